#pragma once

#include "model/AccessToken.h"
#include "vault/StoredToken.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>
#include <initializer_list>
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

/// A spending limit as the Limits column sorts it: by coin, then the amount exactly (base units as digits, never
/// through a double), a limit without a cap after every amount.
struct LimitSortKey {
    QString coin; ///< lower-cased
    bool noCap = false;
    QString digits; ///< base units without leading zeros
};

/// What a row is sorted by, computed once when the rows are built (what changes with time or with a keychain check
/// — a label whose status changed since, the Secret column — is worded when sorting).
struct TokenRowSortKeys {
    QString label; ///< the label as shown when the rows were built (with its status, if it shows one), lower-cased
    TokenRow::Status status = TokenRow::Status::Active; ///< the status `label` was worded with
    QString ipRules;                                    ///< the cell's text, lower-cased
    QString environment;                                ///< lower-cased
    qint64 created = 0;                                 ///< ms since the epoch; an invalid date sorts first
    qint64 expires = 0;
    int scopeCount = 0;
    QList<LimitSortKey> limits;
    // Positions of label, ipRules and environment among all rows' (equal strings, equal positions): computed with
    // the rows, off the UI thread, so a click on a header compares integers.
    int labelRank = 0;
    int ipRulesRank = 0;
    int environmentRank = 0;
};

/// The token table: server list merged with the local index, one row per token id (pending entries separately).
/// Colours are the view's business: the core exposes StatusRole and the view highlights from it.
/// Sorting happens here, on keys computed with the rows (the proxy only filters), and the rows of a large list are
/// built on a worker thread (loadTokens), so neither a list reply nor a click on a header stalls the window.
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
        SortRole = Qt::UserRole + 1, ///< raw value to sort by (dates as QDateTime); the model sorts by its own keys
        TokenIdRole,
        StatusRole,         ///< int(TokenRow::Status)
        SecretHereRole,     ///< bool
        SecretLocationRole, ///< int(TokenRow::SecretLocation)
        SearchRole,         ///< every searchable word of the row, case-folded (compare with folded words)
    };

    /// Formats a spending limit in coin units: (coin, base units) → "0.5 tbtc". Default: base units + coin.
    /// May be called on a worker thread (rows are built there): it must only read what it captured.
    using AmountFormatter = std::function<QString(const QString &coin, const QString &baseUnits)>;

    /// Everything building rows depends on, copied on the model's thread so the build can run on any thread.
    struct BuildContext {
        QDateTime now;
        int expiryWarningDays = 14;
        AmountFormatter formatAmount;
        QHash<QString, SecretPresence> presence;
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        quint64 wording = 0; ///< generation of the amount formatter and language the texts were made with
    };
    /// Rows ready to be shown: built by buildRows (any thread), adopted by adoptRows (the model's thread).
    struct Rows {
        QList<TokenRow> rows; ///< in build order: server entries first, then local-only ones
        QList<TokenRowSortKeys> keys;
        QList<QString> searchTexts;
        QList<int> order;         ///< view row → build index, sorted as the context asked
        QHash<QString, int> byId; ///< token id → build index
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        quint64 wording = 0;
    };

    explicit TokenTableModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    /// Stable: equal keys keep the build order, in both directions. Column -1 = the build order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Replaces both sources at once and rebuilds the rows, on this thread; supersedes a load in flight.
    void setTokens(const QList<AccessToken> &server, const QList<StoredToken> &local);
    /// As setTokens, but a large list is built on a worker thread and adopted later; `adopted` runs on this thread
    /// right after the reset (not at all if a later setTokens/loadTokens superseded this one, or the model is gone).
    void loadTokens(QList<AccessToken> server, QList<StoredToken> local, std::function<void()> adopted);
    [[nodiscard]] BuildContext buildContext() const;
    [[nodiscard]] static Rows buildRows(const BuildContext &context, const QList<AccessToken> &server,
                                        const QList<StoredToken> &local);
    void adoptRows(Rows rows);

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

    [[nodiscard]] const TokenRow &row(int row) const { return m_rows.at(m_order.at(row)); }
    /// The row's searchable words, case-folded (what SearchRole returns, without a QVariant: read per keystroke).
    [[nodiscard]] const QString &searchText(int row) const { return m_searchTexts.at(m_order.at(row)); }
    [[nodiscard]] int rowOf(const QString &tokenId) const;

    [[nodiscard]] static QString relativeTime(const QDateTime &when, const QDateTime &now);

private:
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] TokenRow::Status status(const TokenRow &row) const;
    [[nodiscard]] QString displayText(const TokenRow &row, int column) const;
    [[nodiscard]] QString toolTip(const TokenRow &row, int column) const;
    [[nodiscard]] QStringList limitTexts(const TokenRow &row) const;
    void rewordRows();
    void resortIfSortedBy(std::initializer_list<int> columns);

    QList<TokenRow> m_rows; ///< build order; m_order says where each is shown
    QList<TokenRowSortKeys> m_keys;
    QList<QString>
        m_searchTexts;          ///< per row, built with the rows: the filter reads it for every row on every keystroke
    QList<int> m_order;         ///< view row → build index
    QList<int> m_position;      ///< build index → view row
    QHash<QString, int> m_byId; ///< token id → build index
    QHash<QString, SecretPresence> m_presence;
    QDateTime m_now;
    int m_expiryWarningDays = 14;
    AmountFormatter m_formatAmount;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    quint64 m_wording = 0;        ///< bumped when the formatter or the language changes
    quint64 m_loadGeneration = 0; ///< bumped by every setTokens/loadTokens: a superseded load is dropped
};

} // namespace bgtm
