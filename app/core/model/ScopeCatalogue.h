#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bgtm {

/// How the editor groups scopes.
enum class ScopeGroup {
    UserProfile,
    Enterprise,
    WalletView,
    WalletSpend,
    WalletApprove,
    WalletManage,
    WalletEdit,
    WalletCreate,
    WalletFreeze,
    WalletStake,
    TradingPortfolio,
    SettlementNetwork,
    Other,
};

/// Named scope selections offered by the editor.
enum class ScopePreset { ReadOnly, Spender, WalletAdmin, Everything };

struct ScopeInfo {
    QString name;
    ScopeGroup group = ScopeGroup::Other;
    QString description;          ///< one line, translated
    bool legacy = false;          ///< only in the seed's older spec, not in the 2026 list
    bool testOnly = false;        ///< `all`: test environment only, refused under production rules
    bool movesFunds = false;      ///< spend or approve: the editor warns when no spending limit is set
    bool acceptsWalletId = false; ///< may be written `<name>:<walletId>`
};

/// A scope string split into its known base and an optional wallet id suffix.
struct ScopeParts {
    QString base;
    QString walletId;       ///< empty when the scope has no `:<walletId>` suffix
    bool hasSuffix = false; ///< true even when the suffix after ':' is empty
};

/// Every access-token scope BitGo knows (protocol doc §4: the 2026 list ∪ the seed's older names).
/// The single source of truth: the validator, the editor and the CLI help all read it.
class ScopeCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(bgtm::ScopeCatalogue)

public:
    /// All scopes in display order, descriptions translated into the current language.
    [[nodiscard]] static QList<ScopeInfo> all();
    /// The scope with that exact name (no wallet suffix), if known.
    [[nodiscard]] static std::optional<ScopeInfo> find(const QString &name);
    /// Splits `wallet_spend:<id>` into base and id; a plain scope has an empty id.
    [[nodiscard]] static ScopeParts split(const QString &scope);
    /// BitGo wallet ids are 32 lowercase hex [inferred from the seed's id pattern].
    [[nodiscard]] static bool isWalletId(const QString &text);

    [[nodiscard]] static QString groupName(ScopeGroup group);
    [[nodiscard]] static QString presetName(ScopePreset preset);
    [[nodiscard]] static QString presetDescription(ScopePreset preset);
    /// The scopes a preset selects. Never contains `all` or legacy names, so every preset
    /// is valid under production rules.
    [[nodiscard]] static QStringList preset(ScopePreset preset);
};

} // namespace bgtm
