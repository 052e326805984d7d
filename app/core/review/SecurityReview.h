#pragma once

#include "model/AccessToken.h"
#include "model/CreateTokenRequest.h"
#include "vault/StoredToken.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bgtm {

class Settings;

/// What the security review can say about a token. Stable: the CLI's JSON names them (kindCode).
enum class FindingKind {
    SpendWithoutLimit, ///< a spend or approve scope (or `all`) and no spending limit on any coin
    NoIpRestriction,   ///< usable from any address
    AllScope,          ///< the test-only catch-all scope `all`
    AdminAccess,       ///< the admin flag (enterprise admin rights)
    LifetimeTooLong,   ///< created with a lifetime over the threshold
    ExpiringSoon,      ///< expires within the threshold: rotate before it breaks whatever uses it
    NotHeldHere,       ///< live on the server, no secret on this machine
    SecretNeverStored, ///< this app created it but the secret never reached the keychain (pending, failed, flagged)
    UnusedScopes,      ///< spend/approve scopes never used: a narrower preset would do
    LimitUsedUp, ///< a coin's lifetime spending limit is spent, or nearly (BitGo then refuses, or asks for unlock)
};

enum class FindingSeverity { Info, Warning, Critical };

/// One finding: why it matters and what to do, in one line each (translated). `suggested` is the whole request a
/// rotation would send to fix it (the token's shape with the change applied), when the fix is mechanical; a fix that
/// needs the user's own values (which limit, which addresses) names instead the request field to change in `field`.
struct Finding {
    FindingKind kind = FindingKind::NoIpRestriction;
    FindingSeverity severity = FindingSeverity::Warning;
    QString reason;
    QString fix;
    std::optional<CreateTokenRequest> suggested;
    QString field; ///< "spendingLimits", "ipRestrict", "scope"; empty when `suggested` is set or no rotation fixes it
};

/// The findings for one token of the server's list, worst first.
struct TokenReview {
    AccessToken token;
    std::optional<StoredToken> local;
    QList<Finding> findings;
};

struct ReviewThresholds {
    int maxLifetimeDays = 90;    ///< a longer lifetime is a finding
    int expiringSoonDays = 14;   ///< expiring within this many days is a finding
    int unusedEvidenceDays = 30; ///< a token must be this old before "never spent" counts as evidence
    int limitUsedPercent = 90;   ///< spent this share of a coin's limit or more is a finding

    /// The thresholds configured in the settings (review lifetime limit, expiry warning days).
    [[nodiscard]] static ReviewThresholds fromSettings(const Settings &settings);
};

/// The security review: a pure function of the server's token list, this machine's index entries and the
/// thresholds, at a given time. No network, no keychain, no clock of its own, so it is deterministic and testable.
class SecurityReview
{
    Q_DECLARE_TR_FUNCTIONS(bgtm::SecurityReview)

public:
    /// One review per server token, in the server's order. `local` may hold entries of other tokens (ignored).
    [[nodiscard]] static QList<TokenReview> review(const QList<AccessToken> &server, const QList<StoredToken> &local,
                                                   const ReviewThresholds &thresholds, const QDateTime &now);
    /// The findings for one token, worst first.
    [[nodiscard]] static QList<Finding> reviewToken(const AccessToken &token, const std::optional<StoredToken> &local,
                                                    const ReviewThresholds &thresholds, const QDateTime &now);

    /// The request that recreates the token's shape (scopes, limits, IP rules, enterprise, admin, lifetime), no
    /// label change, no OTP. Unlimited ("max") limits stay unlimited.
    [[nodiscard]] static CreateTokenRequest requestFrom(const AccessToken &token);

    /// Stable machine name for JSON output: "spend-without-limit", "no-ip-restriction", …
    [[nodiscard]] static QString kindCode(FindingKind kind);
    /// "info", "warning", "critical".
    [[nodiscard]] static QString severityCode(FindingSeverity severity);
    /// Short human title ("No spending limit").
    [[nodiscard]] static QString kindTitle(FindingKind kind);
    [[nodiscard]] static QString severityName(FindingSeverity severity);
    /// Number of findings over all reviews.
    [[nodiscard]] static qsizetype findingCount(const QList<TokenReview> &reviews);
};

} // namespace bgtm
