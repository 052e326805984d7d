#include "ScopeCatalogue.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace bgtm {

namespace {

struct ScopeRow {
    const char *name;
    ScopeGroup group;
    const char *description;
    bool legacy;
    bool testOnly;
    bool movesFunds;
    bool acceptsWalletId;
};

// Protocol doc §4 "scope": the 2026 list, then the seed's older names (openid_enterprises,
// third_party_user_lookup, private_verify_email, scim) marked legacy. Per-wallet forms are the doc's
// view/spend/manage/approve/edit/freeze/stake. Which scopes move funds (spend, approve and `all`, which
// includes both) drives the editor's "needs unlocking" warning. Descriptions are ours, from BitGo's docs.
constexpr ScopeRow s_rows[] = {
    {"openid", ScopeGroup::UserProfile,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Identify the user (OpenID sign-in)."), false, false, false, false},
    {"profile", ScopeGroup::UserProfile,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Read the user's profile (name, email)."), false, false, false, false},
    {"user_manage", ScopeGroup::UserProfile, QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Change the user's settings."),
     false, false, false, false},
    {"openid_enterprises", ScopeGroup::UserProfile,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Identify the user's enterprises (older name)."), true, false, false,
     false},
    {"third_party_user_lookup", ScopeGroup::UserProfile,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Look up other users (older name)."), true, false, false, false},
    {"private_verify_email", ScopeGroup::UserProfile,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Verify an email address (older name)."), true, false, false, false},

    {"enterprise_view_all", ScopeGroup::Enterprise,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "View every enterprise the user belongs to."), false, false, false,
     false},
    {"enterprise_manage_all", ScopeGroup::Enterprise,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Manage every enterprise the user belongs to."), false, false, false,
     false},
    {"auditlogs_view_all", ScopeGroup::Enterprise,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Read the enterprise audit logs."), false, false, false, false},
    {"scim", ScopeGroup::Enterprise,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Provision users through SCIM (older name)."), true, false, false,
     false},

    {"wallet_view", ScopeGroup::WalletView,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "View wallets; add :<walletId> for one wallet."), false, false, false,
     true},
    {"wallet_view_enterprise", ScopeGroup::WalletView,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "View the enterprise's wallets."), false, false, false, false},
    {"wallet_view_all", ScopeGroup::WalletView,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "View every wallet the user can see."), false, false, false, false},

    {"wallet_spend", ScopeGroup::WalletSpend,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Send funds from wallets; add :<walletId> for one wallet."), false,
     false, true, true},
    {"wallet_spend_enterprise", ScopeGroup::WalletSpend,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Send funds from the enterprise's wallets."), false, false, true, false},
    {"wallet_spend_all", ScopeGroup::WalletSpend,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Send funds from every wallet the user can spend from."), false, false,
     true, false},

    {"wallet_approve", ScopeGroup::WalletApprove,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Approve pending transactions; add :<walletId> for one wallet."), false,
     false, true, true},
    {"wallet_approve_enterprise", ScopeGroup::WalletApprove,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Approve pending transactions of the enterprise's wallets."), false,
     false, true, false},
    {"wallet_approve_all", ScopeGroup::WalletApprove,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Approve pending transactions of every wallet."), false, false, true,
     false},
    {"pending_approval_update", ScopeGroup::WalletApprove,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Approve or reject pending approvals."), false, false, true, false},

    {"wallet_manage", ScopeGroup::WalletManage,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue",
                       "Manage wallet settings, users and policies; add :<walletId> for one wallet."),
     false, false, false, true},
    {"wallet_manage_enterprise", ScopeGroup::WalletManage,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Manage the enterprise's wallets."), false, false, false, false},
    {"wallet_manage_all", ScopeGroup::WalletManage, QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Manage every wallet."),
     false, false, false, false},

    {"wallet_edit", ScopeGroup::WalletEdit,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Edit wallet labels and metadata; add :<walletId> for one wallet."),
     false, false, false, true},
    {"wallet_edit_enterprise", ScopeGroup::WalletEdit,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Edit the enterprise's wallets."), false, false, false, false},
    {"wallet_edit_all", ScopeGroup::WalletEdit, QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Edit every wallet."), false,
     false, false, false},

    {"wallet_create", ScopeGroup::WalletCreate,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Create wallets and addresses."), false, false, false, false},

    {"wallet_freeze", ScopeGroup::WalletFreeze,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Freeze wallets; add :<walletId> for one wallet."), false, false, false,
     true},
    {"wallet_freeze_all", ScopeGroup::WalletFreeze, QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Freeze every wallet."),
     false, false, false, false},

    {"wallet_stake", ScopeGroup::WalletStake,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Stake and unstake; add :<walletId> for one wallet."), false, false,
     false, true},
    {"wallet_stake_all", ScopeGroup::WalletStake,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Stake and unstake from every wallet."), false, false, false, false},

    {"portfolio_view", ScopeGroup::TradingPortfolio, QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "View the portfolio."),
     false, false, false, false},
    {"trade_view", ScopeGroup::TradingPortfolio,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "View trading accounts and orders."), false, false, false, false},
    {"trade_trade", ScopeGroup::TradingPortfolio, QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Place and cancel trades."),
     false, false, false, false},
    {"trade_fix", ScopeGroup::TradingPortfolio,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Trade over the FIX protocol."), false, false, false, false},

    {"settlement_network_read", ScopeGroup::SettlementNetwork,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "View settlement-network balances and settlements."), false, false,
     false, false},
    {"settlement_network_write", ScopeGroup::SettlementNetwork,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Create and approve settlements."), false, false, false, false},

    {"metamask_institutional", ScopeGroup::Other,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Connect MetaMask Institutional."), false, false, false, false},
    {"crypto_compare", ScopeGroup::Other, QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Read market prices."), false,
     false, false, false},
    {"all", ScopeGroup::Other,
     QT_TRANSLATE_NOOP("bgtm::ScopeCatalogue", "Every action, including spending. Test environment only."), false, true,
     true, false},
};

ScopeInfo toInfo(const ScopeRow &row)
{
    return ScopeInfo {QString::fromLatin1(row.name),
                      row.group,
                      QCoreApplication::translate("bgtm::ScopeCatalogue", row.description),
                      row.legacy,
                      row.testOnly,
                      row.movesFunds,
                      row.acceptsWalletId};
}

} // namespace

QList<ScopeInfo> ScopeCatalogue::all()
{
    QList<ScopeInfo> result;
    result.reserve(static_cast<qsizetype>(std::size(s_rows)));
    for (const ScopeRow &row : s_rows)
        result.append(toInfo(row));
    return result;
}

std::optional<ScopeInfo> ScopeCatalogue::find(const QString &name)
{
    const auto it = std::find_if(std::begin(s_rows), std::end(s_rows),
                                 [&name](const ScopeRow &row) { return name == QLatin1String(row.name); });
    if (it == std::end(s_rows))
        return std::nullopt;
    return toInfo(*it);
}

ScopeParts ScopeCatalogue::split(const QString &scope)
{
    const qsizetype colon = scope.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return ScopeParts {scope, QString(), false};
    return ScopeParts {scope.left(colon), scope.mid(colon + 1), true};
}

bool ScopeCatalogue::isWalletId(const QString &text)
{
    // anchoredPattern, not ^…$: '$' also matches before a trailing newline.
    static const QRegularExpression s_walletId(QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{32}")));
    return s_walletId.match(text).hasMatch();
}

QString ScopeCatalogue::groupName(ScopeGroup group)
{
    switch (group) {
    case ScopeGroup::UserProfile:
        return tr("User & profile");
    case ScopeGroup::Enterprise:
        return tr("Enterprise");
    case ScopeGroup::WalletView:
        return tr("Wallets — view");
    case ScopeGroup::WalletSpend:
        return tr("Wallets — spend");
    case ScopeGroup::WalletApprove:
        return tr("Wallets — approve");
    case ScopeGroup::WalletManage:
        return tr("Wallets — manage");
    case ScopeGroup::WalletEdit:
        return tr("Wallets — edit");
    case ScopeGroup::WalletCreate:
        return tr("Wallets — create");
    case ScopeGroup::WalletFreeze:
        return tr("Wallets — freeze");
    case ScopeGroup::WalletStake:
        return tr("Wallets — stake");
    case ScopeGroup::TradingPortfolio:
        return tr("Trading & portfolio");
    case ScopeGroup::SettlementNetwork:
        return tr("Settlement network");
    case ScopeGroup::Other:
        return tr("Other");
    }
    return QString();
}

QString ScopeCatalogue::presetName(ScopePreset preset)
{
    switch (preset) {
    case ScopePreset::ReadOnly:
        return tr("Read only");
    case ScopePreset::Spender:
        return tr("Spender");
    case ScopePreset::WalletAdmin:
        return tr("Wallet admin");
    case ScopePreset::Everything:
        return tr("Everything");
    }
    return QString();
}

QString ScopeCatalogue::presetDescription(ScopePreset preset)
{
    switch (preset) {
    case ScopePreset::ReadOnly:
        return tr("See the user, enterprises, wallets, trading and settlements; change nothing.");
    case ScopePreset::Spender:
        return tr("See wallets and send from them. Add spending limits.");
    case ScopePreset::WalletAdmin:
        return tr("Everything wallets allow: view, spend, approve, manage, edit, create, freeze, stake.");
    case ScopePreset::Everything:
        return tr("Every current scope listed one by one (not \"all\", which is test-only).");
    }
    return QString();
}

QStringList ScopeCatalogue::preset(ScopePreset preset)
{
    // Our documented choice: presets name scopes explicitly so they stay valid under production rules and
    // never pick older (legacy) names. "Everything" is every current scope except the test-only `all`.
    switch (preset) {
    case ScopePreset::ReadOnly:
        return {QStringLiteral("openid"),
                QStringLiteral("profile"),
                QStringLiteral("enterprise_view_all"),
                QStringLiteral("wallet_view_all"),
                QStringLiteral("portfolio_view"),
                QStringLiteral("trade_view"),
                QStringLiteral("settlement_network_read")};
    case ScopePreset::Spender:
        return {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("wallet_view_all"),
                QStringLiteral("wallet_spend_all")};
    case ScopePreset::WalletAdmin:
        return {QStringLiteral("openid"),
                QStringLiteral("profile"),
                QStringLiteral("wallet_view_all"),
                QStringLiteral("wallet_spend_all"),
                QStringLiteral("wallet_approve_all"),
                QStringLiteral("wallet_manage_all"),
                QStringLiteral("wallet_edit_all"),
                QStringLiteral("wallet_create"),
                QStringLiteral("wallet_freeze_all"),
                QStringLiteral("wallet_stake_all")};
    case ScopePreset::Everything: {
        QStringList names;
        for (const ScopeRow &row : s_rows) {
            if (!row.legacy && !row.testOnly)
                names.append(QString::fromLatin1(row.name));
        }
        return names;
    }
    }
    return {};
}

} // namespace bgtm
