#include "ScopeCatalogue.h"

#include <QRegularExpression>
#include <QSet>

namespace bgtm::sandbox {

namespace {

// Protocol doc §4, "scope" row of the create body.
const QSet<QString> &currentScopes()
{
    static const QSet<QString> scopes = [] {
        QSet<QString> s;
        const char *names[] = {"openid",
                               "profile",
                               "user_manage",
                               "enterprise_view_all",
                               "enterprise_manage_all",
                               "auditlogs_view_all",
                               "wallet_view",
                               "wallet_view_enterprise",
                               "wallet_view_all",
                               "wallet_create",
                               "wallet_freeze",
                               "wallet_freeze_all",
                               "wallet_manage",
                               "wallet_manage_all",
                               "wallet_approve",
                               "wallet_approve_all",
                               "wallet_spend",
                               "wallet_spend_all",
                               "wallet_edit",
                               "wallet_edit_all",
                               "wallet_stake",
                               "wallet_stake_all",
                               "wallet_edit_enterprise",
                               "wallet_spend_enterprise",
                               "wallet_approve_enterprise",
                               "wallet_manage_enterprise",
                               "settlement_network_read",
                               "settlement_network_write",
                               "portfolio_view",
                               "trade_view",
                               "trade_trade",
                               "trade_fix",
                               "pending_approval_update",
                               "metamask_institutional",
                               "crypto_compare",
                               "all"};
        for (const char *n : names)
            s.insert(QLatin1String(n));
        return s;
    }();
    return scopes;
}

const QSet<QString> &legacyScopes()
{
    static const QSet<QString> scopes = {QStringLiteral("openid_enterprises"),
                                         QStringLiteral("third_party_user_lookup"),
                                         QStringLiteral("private_verify_email"), QStringLiteral("scim")};
    return scopes;
}

} // namespace

bool ScopeCatalogue::isKnown(const QString &scope)
{
    if (currentScopes().contains(scope) || legacyScopes().contains(scope))
        return true;
    static const QRegularExpression walletScope(
        QStringLiteral("^wallet_(view|spend|manage|approve|edit|freeze|stake):([0-9a-f]{24}|[0-9a-f]{32})$"));
    return walletScope.match(scope).hasMatch();
}

bool ScopeCatalogue::isLegacy(const QString &scope)
{
    return legacyScopes().contains(scope);
}

} // namespace bgtm::sandbox
