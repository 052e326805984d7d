#pragma once

#include "history/TokenTemplates.h"
#include "model/AccessToken.h"
#include "model/CreateTokenRequest.h"
#include "model/Result.h"
#include "vault/StoredToken.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace bgtm {

/// The lifetime budget of one coin of the old token, and what the new token gets for it (lifetime
/// spending limits restart on a new token, so the user may carry over only what is left).
struct CarryOver {
    QString coin;             ///< "tbtc", or "erc20" for allErc20TokensLimit
    ServerAmount limit;       ///< the old token's limit, base units
    ServerAmount spent;       ///< spent so far with the old token, base units
    QString remaining;        ///< limit − spent, exact base units; empty when it could not be computed
    QString refusedReason;    ///< why `remaining` is empty (approximate server numbers); human, translated
    QString newLimit;         ///< base units the new token is asked for (remaining when carried over, else the limit)
    bool carriedOver = false; ///< newLimit is the remaining budget
};

/// What the user chose for the new token.
struct RotationOptions {
    std::optional<qint64> lifetimeSeconds; ///< default: the old token's own lifetime (expires − created)
    QString newLabel;                      ///< empty: keep the old label
    bool carryOverRemaining = false;       ///< ask for limit − spent instead of the full limit
    /// A suggested change (security review's "Fix"): when set, its scope, limits, IP rules, enterprise and admin
    /// flag replace the old token's (label and lifetime still follow the two options above).
    std::optional<CreateTokenRequest> suggested;
    /// Rotate into a template's shape: its scopes, limits, IP rules, enterprise, admin flag and lifetime
    /// replace the old token's; `lifetimeSeconds` and `newLabel` still win. Not together with `suggested`.
    /// With a new shape (template or suggestion), carry-over caps the shape's limit of a coin the old token also
    /// limited by what is left of the old budget: min(shape's limit, old limit − spent). "Unlimited" stays so.
    std::optional<TokenTemplate> fromTemplate;
};

/// Old → new, ready to run: the request for the new token (without the one-time code) and the carry-over figures.
struct RotationPlan {
    AccessToken oldToken;              ///< as the server lists it (with its spending figures)
    std::optional<StoredToken> stored; ///< the local entry of the old token, when this machine holds it
    CreateTokenRequest request;        ///< the new token; `otp` is filled in when the rotation starts
    QList<CarryOver> carryOver;        ///< one per limited coin of the old token
    QString templateName;              ///< the template the new token is shaped after; empty: none
};

/// Builds rotation plans. Pure: no network, no keychain.
class RotationPlanner
{
    Q_DECLARE_TR_FUNCTIONS(bgtm::RotationPlanner)

public:
    /// The lifetime BitGo accepts (protocol doc §4): 1 s … 10 years.
    static constexpr qint64 kMaxLifetimeSeconds = 315360000;

    /// Plan the rotation of `old`. A Validation error when the new token cannot reproduce the old one exactly
    /// (e.g. a limit the server sent as an approximate number) or when the resulting request is invalid.
    [[nodiscard]] static Result<RotationPlan> plan(const AccessToken &old, const std::optional<StoredToken> &stored,
                                                   const RotationOptions &options);

    /// The old token's lifetime in seconds (expires − created), clamped to what BitGo accepts; nullopt when unknown.
    [[nodiscard]] static std::optional<qint64> lifetimeOf(const AccessToken &token);

    /// True when `token` (as listed by the server) has exactly the scopes, IP rules, spending limits, enterprise
    /// and admin flag `request` asked for. `difference` receives a human reason when not.
    [[nodiscard]] static bool matches(const AccessToken &token, const CreateTokenRequest &request,
                                      QString *difference = nullptr);
};

} // namespace bgtm
