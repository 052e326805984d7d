#include "TokenTableModel.h"

#include "app/WorkerThreads.h"

#include <QFutureWatcher>
#include <QPromise>

#include <algorithm>
#include <limits>
#include <memory>
#include <numeric>

namespace bgtm {

QString TokenRow::tokenId() const
{
    return server ? server->id : local->tokenId;
}
QString TokenRow::label() const
{
    return server ? server->label : local->label;
}
QStringList TokenRow::scope() const
{
    return server ? server->scope : local->scope;
}
QStringList TokenRow::ipRestrict() const
{
    return server ? server->ipRestrict : local->ipRestrict;
}
// A server entry without a date falls back to the local one, if there is one (found by TestTokenProxyModel: a
// server-only token without dates read an empty optional).
QDateTime TokenRow::created() const
{
    return server && (server->created.isValid() || !local) ? server->created : local->created;
}
QDateTime TokenRow::expires() const
{
    return server && (server->expires.isValid() || !local) ? server->expires : local->expires;
}
QString TokenRow::environmentId() const
{
    return local ? local->environmentId : QString();
}

TokenRow::SecretLocation TokenRow::secretLocation() const
{
    if (!local || local->state == StoredToken::State::Pending || local->state == StoredToken::State::StoreFailed
        || local->state == StoredToken::State::FlaggedForRevocation)
        return SecretLocation::NotOnThisMachine;
    if (local->state == StoredToken::State::Unverified)
        return SecretLocation::Unverified;
    if (!presence)
        return SecretLocation::Unknown; // indexed as stored; the keychain has not been asked yet
    switch (*presence) {
    case SecretPresence::InKeychain:
        return SecretLocation::InKeychain;
    case SecretPresence::NotOnThisMachine:
        return SecretLocation::NotOnThisMachine;
    case SecretPresence::KeychainLocked:
        return SecretLocation::KeychainLocked;
    }
    return SecretLocation::Unknown;
}

bool TokenRow::secretHere() const
{
    // The index says the secret was written and read back; a keychain check may since have said otherwise.
    const SecretLocation where = secretLocation();
    return where == SecretLocation::InKeychain || where == SecretLocation::Unknown
        || where == SecretLocation::Unverified;
}

namespace {

// Below this many rows, loadTokens builds on the calling thread: a few milliseconds, and the table is up to date
// when the caller continues (as it always was for the sizes a BitGo account has).
constexpr qsizetype kBuildOnWorkerFrom = 2000;

qint64 sortableTime(const QDateTime &when)
{
    // As QDateTime's own order, which the table sorted by before: an invalid date first.
    return when.isValid() ? when.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

TokenRow::Status statusOf(const TokenRow &r, const QDateTime &now, int expiryWarningDays)
{
    using S = TokenRow::Status;
    if (r.local) {
        switch (r.local->state) {
        case StoredToken::State::Pending:
            return S::Pending;
        case StoredToken::State::StoreFailed:
            return S::StoreFailed;
        case StoredToken::State::FlaggedForRevocation:
            return S::FlaggedForRevocation;
        case StoredToken::State::RevokedOnServer:
            return S::Revoked;
        case StoredToken::State::Expired:
            return S::Expired;
        default:
            break;
        }
    }
    const QDateTime expires = r.expires();
    if (expires.isValid() && expires <= now)
        return S::Expired;
    if (expires.isValid() && expires <= now.addDays(expiryWarningDays))
        return S::ExpiringSoon;
    return S::Active;
}

bool labelShowsStatus(TokenRow::Status s)
{
    return s != TokenRow::Status::Active && s != TokenRow::Status::ExpiringSoon;
}

QString statusText(TokenRow::Status s)
{
    switch (s) {
    case TokenRow::Status::Active:
        return {};
    case TokenRow::Status::ExpiringSoon:
        return TokenTableModel::tr("expires soon");
    case TokenRow::Status::Expired:
        return TokenTableModel::tr("expired");
    case TokenRow::Status::Revoked:
        return TokenTableModel::tr("revoked");
    case TokenRow::Status::Pending:
        return TokenTableModel::tr("creation pending");
    case TokenRow::Status::StoreFailed:
        return TokenTableModel::tr("not stored: act now");
    case TokenRow::Status::FlaggedForRevocation:
        return TokenTableModel::tr("live, secret nowhere: revoke");
    }
    return {};
}

QString labelText(const TokenRow &r, TokenRow::Status s)
{
    // A creation that got no answer, with more live look-alikes than it may have made: the user decides which.
    if (s == TokenRow::Status::Pending && r.local && !r.local->candidates.isEmpty())
        return TokenTableModel::tr("%1 (no answer; may be one of %2: revoke yours, the rest are someone else's)")
            .arg(r.label(), r.local->candidates.join(QStringLiteral(", ")));
    return labelShowsStatus(s) ? TokenTableModel::tr("%1 (%2)").arg(r.label(), statusText(s)) : r.label();
}

QString locationText(TokenRow::SecretLocation l)
{
    switch (l) {
    case TokenRow::SecretLocation::InKeychain:
        return TokenTableModel::tr("in keychain");
    case TokenRow::SecretLocation::NotOnThisMachine:
        return TokenTableModel::tr("not on this machine");
    case TokenRow::SecretLocation::KeychainLocked:
        return TokenTableModel::tr("keychain locked");
    case TokenRow::SecretLocation::Unverified:
        return TokenTableModel::tr("unverified");
    case TokenRow::SecretLocation::Unknown:
        return TokenTableModel::tr("in keychain (not checked)");
    }
    return {};
}

QString ipRulesText(const TokenRow &r)
{
    const QStringList ips = r.ipRestrict();
    return ips.isEmpty() ? TokenTableModel::tr("any address") : ips.join(QStringLiteral(", "));
}

QStringList limitTextsOf(const TokenRow &r, const TokenTableModel::AmountFormatter &formatAmount)
{
    const auto fmt = [&formatAmount](const QString &coin, const QString &base) {
        return formatAmount ? formatAmount(coin, base) : TokenTableModel::tr("%1 %2 (base units)").arg(base, coin);
    };
    QStringList out;
    if (r.server && !r.server->spendingLimits.isEmpty()) {
        for (const SpendingUsage &u : r.server->spendingLimits) {
            const QString approx = u.txValueLimit.exact ? QString() : TokenTableModel::tr(" (approximate)");
            QString text = u.txValueLimit.digits.isEmpty() ? TokenTableModel::tr("%1: no cap").arg(u.coin)
                                                           : fmt(u.coin, u.txValueLimit.digits) + approx;
            // BitGo counts every send against the lifetime limit: what is spent says what is left.
            const bool spentSome = !u.txValue.digits.isEmpty()
                && std::any_of(u.txValue.digits.cbegin(), u.txValue.digits.cend(),
                               [](QChar digit) { return digit != QLatin1Char('0'); });
            if (spentSome)
                text = TokenTableModel::tr("%1, %2 spent").arg(text, fmt(u.coin, u.txValue.digits));
            out.append(text);
        }
    } else if (r.local) {
        for (const SpendingLimit &l : r.local->spendingLimits)
            out.append(l.maxLimit ? TokenTableModel::tr("%1: no cap").arg(l.coin) : fmt(l.coin, l.txValueLimit));
        if (r.local->allErc20TokensLimit && r.local->allErc20TokensLimit->enabled) {
            const Erc20Limit &e = *r.local->allErc20TokensLimit;
            out.append(e.maxLimit ? TokenTableModel::tr("all ERC-20: no cap")
                                  : TokenTableModel::tr("all ERC-20: %1 base units").arg(e.txValueLimit));
        }
    }
    return out;
}

// The same limits as limitTextsOf, in the same order, as exact keys.
QList<LimitSortKey> limitKeysOf(const TokenRow &r)
{
    const auto key = [](const QString &coin, bool noCap, const QString &digits) {
        qsizetype zeros = 0;
        while (zeros + 1 < digits.size() && digits.at(zeros) == QLatin1Char('0'))
            ++zeros;
        return LimitSortKey {coin.toLower(), noCap, digits.mid(zeros)};
    };
    QList<LimitSortKey> out;
    if (r.server && !r.server->spendingLimits.isEmpty()) {
        for (const SpendingUsage &u : r.server->spendingLimits)
            out.append(key(u.coin, u.txValueLimit.digits.isEmpty(), u.txValueLimit.digits));
    } else if (r.local) {
        for (const SpendingLimit &l : r.local->spendingLimits)
            out.append(key(l.coin, l.maxLimit, l.txValueLimit));
        if (r.local->allErc20TokensLimit && r.local->allErc20TokensLimit->enabled) {
            const Erc20Limit &e = *r.local->allErc20TokensLimit;
            out.append(key(QStringLiteral("all erc-20"), e.maxLimit, e.txValueLimit));
        }
    }
    return out;
}

int compareLimit(const LimitSortKey &a, const LimitSortKey &b)
{
    if (const int c = a.coin.compare(b.coin))
        return c;
    if (a.noCap != b.noCap)
        return a.noCap ? 1 : -1;
    if (a.digits.size() != b.digits.size()) // no leading zeros: the longer number is the larger one
        return a.digits.size() < b.digits.size() ? -1 : 1;
    return a.digits.compare(b.digits);
}

int compareLimits(const QList<LimitSortKey> &a, const QList<LimitSortKey> &b)
{
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i)
        if (const int c = compareLimit(a.at(i), b.at(i)))
            return c;
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

QString searchTextOf(const TokenRow &r, const TokenTableModel::AmountFormatter &formatAmount)
{
    return QStringList {r.label(),
                        r.tokenId(),
                        r.scope().join(QLatin1Char(' ')),
                        r.ipRestrict().join(QLatin1Char(' ')),
                        limitTextsOf(r, formatAmount).join(QLatin1Char(' ')),
                        r.environmentId()}
        .join(QLatin1Char(' '))
        .toCaseFolded();
}

// Fills each row's rank of one string key: its position among the distinct keys, in code unit order.
void rankKeys(QList<TokenRowSortKeys> &keys, QString TokenRowSortKeys::*key, int TokenRowSortKeys::*rank)
{
    QList<int> byKey(keys.size());
    std::iota(byKey.begin(), byKey.end(), 0);
    std::sort(byKey.begin(), byKey.end(), [&keys, key](int a, int b) { return keys.at(a).*key < keys.at(b).*key; });
    int r = 0;
    for (qsizetype i = 0; i < byKey.size(); ++i) {
        if (i > 0 && keys.at(byKey.at(i - 1)).*key != keys.at(byKey.at(i)).*key)
            ++r;
        keys[byKey.at(i)].*rank = r;
    }
}

void rankAllKeys(QList<TokenRowSortKeys> &keys)
{
    rankKeys(keys, &TokenRowSortKeys::label, &TokenRowSortKeys::labelRank);
    rankKeys(keys, &TokenRowSortKeys::ipRules, &TokenRowSortKeys::ipRulesRank);
    rankKeys(keys, &TokenRowSortKeys::environment, &TokenRowSortKeys::environmentRank);
}

// The view order of `rows` sorted by `column`, stable from the build order. Strings compare as the table shows
// them, lower-cased, code unit by code unit (as the proxy compared SortRole before). A label whose status changed
// since the rows were built (it expired) and the Secret column (a keychain check) are worded here.
QList<int> sortedOrder(const QList<TokenRow> &rows, const QList<TokenRowSortKeys> &keys, int column,
                       Qt::SortOrder order, const QDateTime &now, int expiryWarningDays)
{
    QList<int> out(rows.size());
    std::iota(out.begin(), out.end(), 0);
    if (column < 0 || column >= TokenTableModel::ColumnCount)
        return out;
    QList<QString> words; // LabelColumn, when a status changed since the build: the label as shown
    QList<int> locations; // SecretColumn: rank of the shown text
    if (column == TokenTableModel::LabelColumn) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const TokenRow::Status s = statusOf(rows.at(i), now, expiryWarningDays);
            if (s == keys.at(i).status)
                continue;
            if (words.isEmpty()) {
                words.reserve(rows.size());
                for (const TokenRowSortKeys &k : keys)
                    words.append(k.label);
            }
            words[i] = labelText(rows.at(i), s).toLower();
        }
    } else if (column == TokenTableModel::SecretColumn) {
        constexpr int kLocations = int(TokenRow::SecretLocation::Unknown) + 1;
        QList<QString> texts;
        for (int l = 0; l < kLocations; ++l)
            texts.append(locationText(TokenRow::SecretLocation(l)).toLower());
        QList<int> rank(kLocations, 0);
        for (int l = 0; l < kLocations; ++l)
            for (int m = 0; m < kLocations; ++m)
                rank[l] += texts.at(m).compare(texts.at(l)) < 0 ? 1 : 0;
        locations.reserve(rows.size());
        for (const TokenRow &r : rows)
            locations.append(rank.at(int(r.secretLocation())));
    }
    const auto compare = [&](int a, int b) -> int {
        const TokenRowSortKeys &x = keys.at(a);
        const TokenRowSortKeys &y = keys.at(b);
        const auto cmp = [](auto l, auto r) { return l < r ? -1 : (r < l ? 1 : 0); };
        switch (column) {
        case TokenTableModel::LabelColumn:
            return words.isEmpty() ? cmp(x.labelRank, y.labelRank) : words.at(a).compare(words.at(b));
        case TokenTableModel::ScopesColumn:
            return cmp(x.scopeCount, y.scopeCount);
        case TokenTableModel::LimitsColumn:
            return compareLimits(x.limits, y.limits);
        case TokenTableModel::IpRulesColumn:
            return cmp(x.ipRulesRank, y.ipRulesRank);
        case TokenTableModel::CreatedColumn:
            return cmp(x.created, y.created);
        case TokenTableModel::ExpiresColumn:
            return cmp(x.expires, y.expires);
        case TokenTableModel::SecretColumn:
            return cmp(locations.at(a), locations.at(b));
        case TokenTableModel::EnvironmentColumn:
            return cmp(x.environmentRank, y.environmentRank);
        default:
            return 0;
        }
    };
    if (order == Qt::AscendingOrder)
        std::stable_sort(out.begin(), out.end(), [&](int a, int b) { return compare(a, b) < 0; });
    else
        std::stable_sort(out.begin(), out.end(), [&](int a, int b) { return compare(a, b) > 0; });
    return out;
}

QList<int> inverse(const QList<int> &order)
{
    QList<int> out(order.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        out[order.at(i)] = static_cast<int>(i);
    return out;
}

} // namespace

TokenTableModel::TokenTableModel(QObject *parent) : QAbstractTableModel(parent) { }

int TokenTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_order.size());
}

int TokenTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TokenTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    ++m_wording;
    rewordRows(); // limits are searchable as worded and formatted; "any address" is sorted as worded
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    resortIfSortedBy({LabelColumn, IpRulesColumn, SecretColumn});
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case ScopesColumn:
        return tr("Scopes");
    case LimitsColumn:
        return tr("Spending limits");
    case IpRulesColumn:
        return tr("IP rules");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    case SecretColumn:
        return tr("Secret");
    case EnvironmentColumn:
        return tr("Environment");
    default:
        return {};
    }
}

QVariant TokenTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TokenRow &r = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(r, index.column());
    case Qt::ToolTipRole:
        return toolTip(r, index.column());
    case SortRole:
        switch (index.column()) {
        case CreatedColumn:
            return r.created();
        case ExpiresColumn:
            return r.expires();
        case ScopesColumn:
            return r.scope().size();
        default:
            return displayText(r, index.column()).toLower();
        }
    case TokenIdRole:
        return r.tokenId();
    case StatusRole:
        return static_cast<int>(status(r));
    case SecretHereRole:
        return r.secretHere();
    case SecretLocationRole:
        return static_cast<int>(r.secretLocation());
    case SearchRole:
        return searchText(index.row());
    default:
        return {};
    }
}

TokenTableModel::BuildContext TokenTableModel::buildContext() const
{
    return {now(), m_expiryWarningDays, m_formatAmount, m_presence, m_sortColumn, m_sortOrder, m_wording};
}

TokenTableModel::Rows TokenTableModel::buildRows(const BuildContext &context, const QList<AccessToken> &server,
                                                 const QList<StoredToken> &local)
{
    Rows out;
    out.rows.reserve(server.size() + local.size()); // rows are large: growing would copy them again and again
    out.byId.reserve(server.size() + local.size());
    // A local entry merges into the server's row of its token; local-only entries stay one row each (a pending
    // entry and a stored one of the same id included). rowOf finds the first row of an id.
    QHash<QString, int> onServer;
    onServer.reserve(server.size());
    for (const AccessToken &t : server) {
        TokenRow r;
        r.server = t;
        onServer.insert(t.id, static_cast<int>(out.rows.size()));
        out.rows.append(std::move(r));
    }
    for (const StoredToken &s : local) {
        const auto it = s.tokenId.isEmpty() ? onServer.cend() : onServer.constFind(s.tokenId);
        if (it != onServer.cend()) {
            out.rows[*it].local = s;
            continue;
        }
        TokenRow r;
        r.local = s;
        out.rows.append(std::move(r));
    }
    for (qsizetype i = out.rows.size() - 1; i >= 0; --i) { // backwards: the first row of an id wins
        const QString id = out.rows.at(i).tokenId();
        if (!id.isEmpty())
            out.byId.insert(id, static_cast<int>(i));
    }
    for (auto p = context.presence.cbegin(); p != context.presence.cend(); ++p) {
        const auto it = out.byId.constFind(p.key());
        if (it != out.byId.cend())
            out.rows[*it].presence = p.value();
    }
    out.keys.reserve(out.rows.size());
    out.searchTexts.reserve(out.rows.size());
    for (const TokenRow &r : std::as_const(out.rows)) {
        const TokenRow::Status s = statusOf(r, context.now, context.expiryWarningDays);
        out.keys.append({labelText(r, s).toLower(), s, ipRulesText(r).toLower(), r.environmentId().toLower(),
                         sortableTime(r.created()), sortableTime(r.expires()), static_cast<int>(r.scope().size()),
                         limitKeysOf(r)});
        out.searchTexts.append(searchTextOf(r, context.formatAmount));
    }
    rankAllKeys(out.keys);
    out.order =
        sortedOrder(out.rows, out.keys, context.sortColumn, context.sortOrder, context.now, context.expiryWarningDays);
    out.sortColumn = context.sortColumn;
    out.sortOrder = context.sortOrder;
    out.wording = context.wording;
    return out;
}

void TokenTableModel::adoptRows(Rows rows)
{
    beginResetModel();
    m_rows = std::move(rows.rows);
    m_keys = std::move(rows.keys);
    m_searchTexts = std::move(rows.searchTexts);
    m_order = std::move(rows.order);
    m_byId = std::move(rows.byId);
    // What changed while the rows were built elsewhere: keychain answers, the wording, the sort.
    for (auto p = m_presence.cbegin(); p != m_presence.cend(); ++p) {
        const auto it = m_byId.constFind(p.key());
        if (it != m_byId.cend())
            m_rows[*it].presence = p.value();
    }
    if (rows.wording != m_wording)
        rewordRows();
    if (rows.sortColumn != m_sortColumn || rows.sortOrder != m_sortOrder)
        m_order = sortedOrder(m_rows, m_keys, m_sortColumn, m_sortOrder, now(), m_expiryWarningDays);
    m_position = inverse(m_order);
    endResetModel();
}

void TokenTableModel::setTokens(const QList<AccessToken> &server, const QList<StoredToken> &local)
{
    ++m_loadGeneration;
    adoptRows(buildRows(buildContext(), server, local));
}

void TokenTableModel::loadTokens(QList<AccessToken> server, QList<StoredToken> local, std::function<void()> adopted)
{
    const quint64 generation = ++m_loadGeneration;
    if (server.size() + local.size() < kBuildOnWorkerFrom) {
        adoptRows(buildRows(buildContext(), server, local));
        if (adopted)
            adopted();
        return;
    }
    // A watcher owned by the model: if the model is destroyed first, the result is simply never adopted.
    auto promise = std::make_shared<QPromise<Rows>>();
    auto *watcher = new QFutureWatcher<Rows>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, adopted = std::move(adopted)] {
        watcher->deleteLater();
        if (generation != m_loadGeneration)
            return; // superseded (a newer list, or cleared when the app locked)
        // Taken, not copied: a copy would share the rows with the future, and the first write to them (a keychain
        // answer) would copy every row on this thread.
        adoptRows(watcher->future().takeResult());
        if (adopted)
            adopted();
    });
    promise->start();
    watcher->setFuture(promise->future());
    runOnWorkerThread([promise, context = buildContext(), server = std::move(server), local = std::move(local)] {
        promise->addResult(buildRows(context, server, local));
        promise->finish();
    });
}

void TokenTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<int> newOrder = sortedOrder(m_rows, m_keys, column, order, now(), m_expiryWarningDays);
    QList<int> newPosition = inverse(newOrder);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &i : from)
        to.append(index(newPosition.at(m_order.at(i.row())), i.column()));
    m_order = std::move(newOrder);
    m_position = std::move(newPosition);
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TokenTableModel::resortIfSortedBy(std::initializer_list<int> columns)
{
    // The proxy re-sorted on every change of data before; the keys that change with time, wording or a keychain
    // check keep the order right the same way.
    if (!m_rows.isEmpty() && std::find(columns.begin(), columns.end(), m_sortColumn) != columns.end())
        sort(m_sortColumn, m_sortOrder);
}

void TokenTableModel::setPresence(const QString &tokenId, SecretPresence presence)
{
    m_presence.insert(tokenId, presence);
    const int i = rowOf(tokenId);
    if (i < 0)
        return;
    m_rows[m_order.at(i)].presence = presence;
    Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    resortIfSortedBy({SecretColumn});
}

void TokenTableModel::clearPresence()
{
    m_presence.clear();
    for (TokenRow &r : m_rows)
        r.presence.reset();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    resortIfSortedBy({SecretColumn});
}

void TokenTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    resortIfSortedBy({LabelColumn});
}

void TokenTableModel::setExpiryWarningDays(int days)
{
    m_expiryWarningDays = days;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TokenTableModel::setAmountFormatter(AmountFormatter formatter)
{
    // The formatter may arrive while the user works (the coin catalogue is parsed off the UI thread): a change of
    // data, not a reset, so the selection and scroll position stay. Limits sort by base units: no re-sort.
    m_formatAmount = std::move(formatter);
    ++m_wording;
    rewordRows(); // the limits are searchable as formatted
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TokenTableModel::rowOf(const QString &tokenId) const
{
    if (tokenId.isEmpty())
        return -1;
    const auto it = m_byId.constFind(tokenId);
    return it == m_byId.cend() ? -1 : m_position.at(*it);
}

QDateTime TokenTableModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

TokenRow::Status TokenTableModel::status(const TokenRow &r) const
{
    return statusOf(r, now(), m_expiryWarningDays);
}

QString TokenTableModel::relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("unknown");
    const qint64 secs = now.secsTo(when);
    const qint64 abs = secs < 0 ? -secs : secs;
    // Plural forms spelled out: "%n day(s)" reads badly when no translation is loaded (the English default).
    const auto count = [](qint64 n, const QString &one, const QString &many) { return n == 1 ? one : many.arg(n); };
    // To the nearest unit: a 30-day token made a moment ago expires "in 30 days", not in 29 and some hours.
    const auto nearest = [abs](qint64 unit) { return (abs + unit / 2) / unit; };
    QString amount;
    if (nearest(60) < 60)
        amount = count(nearest(60), tr("1 minute"), tr("%1 minutes"));
    else if (nearest(3600) < 48)
        amount = count(nearest(3600), tr("1 hour"), tr("%1 hours"));
    else if (nearest(86400) < 730)
        amount = count(nearest(86400), tr("1 day"), tr("%1 days"));
    else
        amount = count(nearest(365 * 86400LL), tr("1 year"), tr("%1 years"));
    return secs < 0 ? tr("%1 ago").arg(amount) : tr("in %1").arg(amount);
}

QStringList TokenTableModel::limitTexts(const TokenRow &r) const
{
    return limitTextsOf(r, m_formatAmount);
}

void TokenTableModel::rewordRows()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        m_searchTexts[i] = searchTextOf(m_rows.at(i), m_formatAmount);
        m_keys[i].label = labelText(m_rows.at(i), m_keys.at(i).status).toLower();
        m_keys[i].ipRules = ipRulesText(m_rows.at(i)).toLower();
    }
    rankAllKeys(m_keys);
}

QString TokenTableModel::displayText(const TokenRow &r, int column) const
{
    switch (column) {
    case LabelColumn:
        return labelText(r, status(r));
    case ScopesColumn: {
        const QStringList scope = r.scope();
        if (scope.size() <= 2)
            return scope.join(QStringLiteral(", "));
        return tr("%1, %2 and %3 more").arg(scope.at(0), scope.at(1)).arg(scope.size() - 2);
    }
    case LimitsColumn: {
        const QStringList limits = limitTexts(r);
        return limits.isEmpty() ? tr("none") : limits.join(QStringLiteral("; "));
    }
    case IpRulesColumn:
        return ipRulesText(r);
    case CreatedColumn:
        return QLocale().toString(r.created().toLocalTime(), QLocale::ShortFormat);
    case ExpiresColumn: {
        const TokenRow::Status s = status(r);
        if (s == TokenRow::Status::Revoked)
            return tr("revoked");
        return relativeTime(r.expires(), now());
    }
    case SecretColumn:
        return locationText(r.secretLocation());
    case EnvironmentColumn:
        return r.environmentId();
    default:
        return {};
    }
}

QString TokenTableModel::toolTip(const TokenRow &r, int column) const
{
    switch (column) {
    case ScopesColumn:
        return r.scope().join(QLatin1Char('\n'));
    case LimitsColumn:
        return limitTexts(r).join(QLatin1Char('\n'));
    case IpRulesColumn:
        return r.ipRestrict().join(QLatin1Char('\n'));
    case CreatedColumn:
        return QLocale().toString(r.created().toLocalTime(), QLocale::LongFormat);
    case ExpiresColumn: {
        const QString when = QLocale().toString(r.expires().toLocalTime(), QLocale::LongFormat);
        const QString s = statusText(status(r));
        return s.isEmpty() ? when : tr("%1 (%2)").arg(when, s);
    }
    default:
        return displayText(r, column);
    }
}

} // namespace bgtm
