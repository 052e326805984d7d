#include "TokenTableModel.h"

#include <QSet>

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

TokenTableModel::TokenTableModel(QObject *parent) : QAbstractTableModel(parent) { }

int TokenTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TokenTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TokenTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    rebuildSearchTexts(); // limits are searchable as worded and formatted
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
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
    const TokenRow &r = m_rows.at(index.row());
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
        case LabelColumn: {
            // Asked twice per comparison while sorting: the plain label's key is kept per row; only a label that
            // shows its status (which changes with time) is worded here.
            const TokenRow::Status s = status(r);
            if (s == TokenRow::Status::Active || s == TokenRow::Status::ExpiringSoon)
                return m_labelSortKeys.at(index.row());
            return displayText(r, index.column()).toLower();
        }
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
        return m_searchTexts.at(index.row());
    default:
        return {};
    }
}

void TokenTableModel::setTokens(const QList<AccessToken> &server, const QList<StoredToken> &local)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(server.size() + local.size()); // rows are large: growing would copy them again and again
    QHash<QString, qsizetype> byId;
    byId.reserve(server.size());
    for (const AccessToken &t : server) {
        TokenRow r;
        r.server = t;
        byId.insert(t.id, m_rows.size());
        m_rows.append(r);
    }
    for (const StoredToken &s : local) {
        const auto it = s.tokenId.isEmpty() ? byId.cend() : byId.constFind(s.tokenId);
        if (it != byId.cend()) {
            m_rows[*it].local = s;
            continue;
        }
        TokenRow r;
        r.local = s;
        m_rows.append(r);
    }
    for (TokenRow &r : m_rows) {
        const auto p = m_presence.constFind(r.tokenId());
        if (p != m_presence.cend())
            r.presence = *p;
    }
    rebuildSearchTexts();
    m_labelSortKeys.clear();
    m_labelSortKeys.reserve(m_rows.size());
    for (const TokenRow &r : std::as_const(m_rows))
        m_labelSortKeys.append(r.label().toLower());
    endResetModel();
}

void TokenTableModel::setPresence(const QString &tokenId, SecretPresence presence)
{
    m_presence.insert(tokenId, presence);
    const int i = rowOf(tokenId);
    if (i < 0)
        return;
    m_rows[i].presence = presence;
    Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
}

void TokenTableModel::clearPresence()
{
    m_presence.clear();
    for (TokenRow &r : m_rows)
        r.presence.reset();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TokenTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
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
    // data, not a reset, so the selection and scroll position stay.
    m_formatAmount = std::move(formatter);
    rebuildSearchTexts(); // the limits are searchable as formatted
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TokenTableModel::rowOf(const QString &tokenId) const
{
    if (tokenId.isEmpty())
        return -1;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).tokenId() == tokenId)
            return i;
    return -1;
}

QDateTime TokenTableModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

TokenRow::Status TokenTableModel::status(const TokenRow &r) const
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
    if (expires.isValid() && expires <= now())
        return S::Expired;
    if (expires.isValid() && expires <= now().addDays(m_expiryWarningDays))
        return S::ExpiringSoon;
    return S::Active;
}

QString TokenTableModel::relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("unknown");
    const qint64 secs = now.secsTo(when);
    const qint64 abs = secs < 0 ? -secs : secs;
    // Plural forms spelled out: "%n day(s)" reads badly when no translation is loaded (the English default).
    const auto count = [](qint64 n, const QString &one, const QString &many) { return n == 1 ? one : many.arg(n); };
    QString amount;
    if (abs < 3600)
        amount = count(abs / 60, tr("1 minute"), tr("%1 minutes"));
    else if (abs < 2 * 86400)
        amount = count(abs / 3600, tr("1 hour"), tr("%1 hours"));
    else if (abs < 730 * 86400LL)
        amount = count(abs / 86400, tr("1 day"), tr("%1 days"));
    else
        amount = count(abs / (365 * 86400LL), tr("1 year"), tr("%1 years"));
    return secs < 0 ? tr("%1 ago").arg(amount) : tr("in %1").arg(amount);
}

QStringList TokenTableModel::limitTexts(const TokenRow &r) const
{
    const auto fmt = [this](const QString &coin, const QString &base) {
        return m_formatAmount ? m_formatAmount(coin, base) : tr("%1 %2 (base units)").arg(base, coin);
    };
    QStringList out;
    if (r.server && !r.server->spendingLimits.isEmpty()) {
        for (const SpendingUsage &u : r.server->spendingLimits) {
            const QString approx = u.txValueLimit.exact ? QString() : tr(" (approximate)");
            out.append(u.txValueLimit.digits.isEmpty() ? tr("%1: no cap").arg(u.coin)
                                                       : fmt(u.coin, u.txValueLimit.digits) + approx);
        }
    } else if (r.local) {
        for (const SpendingLimit &l : r.local->spendingLimits)
            out.append(l.maxLimit ? tr("%1: no cap").arg(l.coin) : fmt(l.coin, l.txValueLimit));
        if (r.local->allErc20TokensLimit && r.local->allErc20TokensLimit->enabled) {
            const Erc20Limit &e = *r.local->allErc20TokensLimit;
            out.append(e.maxLimit ? tr("all ERC-20: no cap") : tr("all ERC-20: %1 base units").arg(e.txValueLimit));
        }
    }
    return out;
}

QString TokenTableModel::searchText(const TokenRow &r) const
{
    return QStringList {r.label(),
                        r.tokenId(),
                        r.scope().join(QLatin1Char(' ')),
                        r.ipRestrict().join(QLatin1Char(' ')),
                        limitTexts(r).join(QLatin1Char(' ')),
                        r.environmentId()}
        .join(QLatin1Char(' '))
        .toCaseFolded();
}

void TokenTableModel::rebuildSearchTexts()
{
    m_searchTexts.clear();
    m_searchTexts.reserve(m_rows.size());
    for (const TokenRow &r : std::as_const(m_rows))
        m_searchTexts.append(searchText(r));
}

QString TokenTableModel::statusText(TokenRow::Status s) const
{
    switch (s) {
    case TokenRow::Status::Active:
        return {};
    case TokenRow::Status::ExpiringSoon:
        return tr("expires soon");
    case TokenRow::Status::Expired:
        return tr("expired");
    case TokenRow::Status::Revoked:
        return tr("revoked");
    case TokenRow::Status::Pending:
        return tr("creation pending");
    case TokenRow::Status::StoreFailed:
        return tr("not stored: act now");
    case TokenRow::Status::FlaggedForRevocation:
        return tr("live, secret nowhere: revoke");
    }
    return {};
}

QString TokenTableModel::locationText(TokenRow::SecretLocation l) const
{
    switch (l) {
    case TokenRow::SecretLocation::InKeychain:
        return tr("in keychain");
    case TokenRow::SecretLocation::NotOnThisMachine:
        return tr("not on this machine");
    case TokenRow::SecretLocation::KeychainLocked:
        return tr("keychain locked");
    case TokenRow::SecretLocation::Unverified:
        return tr("unverified");
    case TokenRow::SecretLocation::Unknown:
        return tr("in keychain (not checked)");
    }
    return {};
}

QString TokenTableModel::displayText(const TokenRow &r, int column) const
{
    switch (column) {
    case LabelColumn: {
        const TokenRow::Status s = status(r);
        const bool showStatus = s != TokenRow::Status::Active && s != TokenRow::Status::ExpiringSoon;
        return showStatus ? tr("%1 (%2)").arg(r.label(), statusText(s)) : r.label();
    }
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
    case IpRulesColumn: {
        const QStringList ips = r.ipRestrict();
        return ips.isEmpty() ? tr("any address") : ips.join(QStringLiteral(", "));
    }
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
