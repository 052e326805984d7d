#pragma once

#include "model/AccessToken.h"
#include "vault/StoredToken.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace bgtm {

/// One line of the token table: what the server says about a token and/or what this machine holds.
/// Never a secret.
struct TokenRow {
    enum class Status { Active, ExpiringSoon, Expired, Revoked, Pending, StoreFailed, FlaggedForRevocation };
    enum class SecretLocation { InKeychain, NotOnThisMachine, KeychainLocked, Unverified, Unknown };

    std::optional<AccessToken> server;      ///< from the last server list (signed in)
    std::optional<StoredToken> local;       ///< from the vault's index
    std::optional<SecretPresence> presence; ///< checked on demand; unknown until then

    [[nodiscard]] QString tokenId() const;
    [[nodiscard]] QString label() const;
    [[nodiscard]] QStringList scope() const;
    [[nodiscard]] QStringList ipRestrict() const;
    [[nodiscard]] QDateTime created() const;
    [[nodiscard]] QDateTime expires() const;
    [[nodiscard]] QString environmentId() const;
    [[nodiscard]] SecretLocation secretLocation() const;
    /// True when the secret can be copied or exported from this machine.
    [[nodiscard]] bool secretHere() const;
};

/// The token table: server list merged with the local index, one row per token id (pending entries separately).
/// Colours are the view's business: the core exposes StatusRole and the view highlights from it.
class TokenTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LabelColumn,
        ScopesColumn,
        LimitsColumn,
        IpRulesColumn,
        CreatedColumn,
        ExpiresColumn,
        SecretColumn,
        EnvironmentColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value to sort by (dates as QDateTime)
        TokenIdRole,
        StatusRole,         ///< int(TokenRow::Status)
        SecretHereRole,     ///< bool
        SecretLocationRole, ///< int(TokenRow::SecretLocation)
        SearchRole,         ///< every searchable word of the row, case-folded (compare with folded words)
    };

    /// Formats a spending limit in coin units: (coin, base units) → "0.5 tbtc". Default: base units + coin.
    using AmountFormatter = std::function<QString(const QString &coin, const QString &baseUnits)>;

    explicit TokenTableModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /// Replaces both sources at once and rebuilds the rows (server entries first, then local-only ones).
    void setTokens(const QList<AccessToken> &server, const QList<StoredToken> &local);
    /// Result of an on-demand keychain check for one token.
    void setPresence(const QString &tokenId, SecretPresence presence);
    /// Forget every presence (e.g. after the app locked).
    void clearPresence();
    /// Reference time for "expires in …" (injectable for tests). Invalid = current time.
    void setNow(const QDateTime &now);
    void setExpiryWarningDays(int days);
    void setAmountFormatter(AmountFormatter formatter);
    /// Headers and cells are worded and formatted when asked for; after the language or the default locale changed
    /// this tells the views to ask again (the core gets no LanguageChange event: the view's window forwards it).
    void retranslate();

    [[nodiscard]] const TokenRow &row(int row) const { return m_rows.at(row); }
    [[nodiscard]] int rowOf(const QString &tokenId) const;

    [[nodiscard]] static QString relativeTime(const QDateTime &when, const QDateTime &now);

private:
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] TokenRow::Status status(const TokenRow &row) const;
    [[nodiscard]] QString displayText(const TokenRow &row, int column) const;
    [[nodiscard]] QString toolTip(const TokenRow &row, int column) const;
    [[nodiscard]] QStringList limitTexts(const TokenRow &row) const;
    [[nodiscard]] QString statusText(TokenRow::Status status) const;
    [[nodiscard]] QString locationText(TokenRow::SecretLocation location) const;
    [[nodiscard]] QString searchText(const TokenRow &row) const;
    void rebuildSearchTexts();

    QList<TokenRow> m_rows;
    QList<QString> m_searchTexts;   ///< per row, built on reset: the filter reads it for every row on every keystroke
    QList<QString> m_labelSortKeys; ///< per row, built on reset: the lower-cased label, sorted by
    QHash<QString, SecretPresence> m_presence;
    QDateTime m_now;
    int m_expiryWarningDays = 14;
    AmountFormatter m_formatAmount;
};

} // namespace bgtm
