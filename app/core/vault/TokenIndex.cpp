#include "TokenIndex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <array>
#include <utility>

namespace bgtm {
namespace {

constexpr std::array<std::pair<StoredToken::State, const char *>, 7> kStateNames {{
    {StoredToken::State::Pending, "pending"},
    {StoredToken::State::Stored, "stored"},
    {StoredToken::State::Unverified, "unverified"},
    {StoredToken::State::StoreFailed, "storeFailed"},
    {StoredToken::State::FlaggedForRevocation, "flaggedForRevocation"},
    {StoredToken::State::RevokedOnServer, "revokedOnServer"},
    {StoredToken::State::Expired, "expired"},
}};

QString stateName(StoredToken::State state)
{
    for (const auto &[value, name] : kStateNames) {
        if (value == state)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("pending");
}

std::optional<StoredToken::State> stateFromName(const QString &name)
{
    for (const auto &[value, text] : kStateNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString dateText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFrom(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array)
        out << item.toString();
    return out;
}

QJsonObject tokenToJson(const StoredToken &t)
{
    QJsonObject o;
    o[QStringLiteral("environmentId")] = t.environmentId;
    o[QStringLiteral("userId")] = t.userId;
    o[QStringLiteral("tokenId")] = t.tokenId;
    o[QStringLiteral("pendingId")] = t.pendingId;
    if (!t.owner.isNobody())
        o[QStringLiteral("owner")] = QJsonObject {{QStringLiteral("pid"), t.owner.pid},
                                                  {QStringLiteral("startTicks"), QString::number(t.owner.startTicks)}};
    if (t.state == StoredToken::State::Pending) {
        o[QStringLiteral("mayHaveMade")] = t.mayHaveMade;
        if (!t.candidates.isEmpty())
            o[QStringLiteral("candidates")] = stringArray(t.candidates);
    }
    o[QStringLiteral("label")] = t.label;
    o[QStringLiteral("scope")] = stringArray(t.scope);
    QJsonArray limits;
    for (const SpendingLimit &l : t.spendingLimits) {
        QJsonObject lo;
        lo[QStringLiteral("coin")] = l.coin;
        lo[QStringLiteral("txValueLimit")] = l.txValueLimit;
        lo[QStringLiteral("maxLimit")] = l.maxLimit;
        limits.append(lo);
    }
    o[QStringLiteral("spendingLimits")] = limits;
    if (t.allErc20TokensLimit) {
        QJsonObject eo;
        eo[QStringLiteral("enabled")] = t.allErc20TokensLimit->enabled;
        eo[QStringLiteral("maxLimit")] = t.allErc20TokensLimit->maxLimit;
        eo[QStringLiteral("txValueLimit")] = t.allErc20TokensLimit->txValueLimit;
        o[QStringLiteral("allErc20TokensLimit")] = eo;
    }
    o[QStringLiteral("ipRestrict")] = stringArray(t.ipRestrict);
    o[QStringLiteral("enterprise")] = t.enterprise;
    o[QStringLiteral("admin")] = t.admin;
    o[QStringLiteral("adminScope")] = t.adminScope;
    o[QStringLiteral("created")] = dateText(t.created);
    o[QStringLiteral("expires")] = dateText(t.expires);
    o[QStringLiteral("storedAt")] = dateText(t.storedAt);
    o[QStringLiteral("lastCopied")] = dateText(t.lastCopied);
    o[QStringLiteral("state")] = stateName(t.state);
    return o;
}

std::optional<StoredToken> tokenFromJson(const QJsonObject &o)
{
    const auto state = stateFromName(o.value(QStringLiteral("state")).toString());
    if (!state || !o.value(QStringLiteral("environmentId")).isString() || !o.value(QStringLiteral("userId")).isString())
        return std::nullopt;
    StoredToken t;
    t.environmentId = o.value(QStringLiteral("environmentId")).toString();
    t.userId = o.value(QStringLiteral("userId")).toString();
    t.tokenId = o.value(QStringLiteral("tokenId")).toString();
    t.pendingId = o.value(QStringLiteral("pendingId")).toString();
    const QJsonObject owner = o.value(QStringLiteral("owner")).toObject();
    t.owner.pid = owner.value(QStringLiteral("pid")).toInteger();
    t.owner.startTicks = owner.value(QStringLiteral("startTicks")).toString().toULongLong();
    t.mayHaveMade = std::max(1, o.value(QStringLiteral("mayHaveMade")).toInt(1));
    t.candidates = stringList(o.value(QStringLiteral("candidates")));
    t.label = o.value(QStringLiteral("label")).toString();
    t.scope = stringList(o.value(QStringLiteral("scope")));
    const QJsonArray limits = o.value(QStringLiteral("spendingLimits")).toArray();
    for (const QJsonValue &lv : limits) {
        const QJsonObject lo = lv.toObject();
        t.spendingLimits.append(SpendingLimit {lo.value(QStringLiteral("coin")).toString(),
                                               lo.value(QStringLiteral("txValueLimit")).toString(),
                                               lo.value(QStringLiteral("maxLimit")).toBool()});
    }
    if (o.value(QStringLiteral("allErc20TokensLimit")).isObject()) {
        const QJsonObject eo = o.value(QStringLiteral("allErc20TokensLimit")).toObject();
        t.allErc20TokensLimit =
            Erc20Limit {eo.value(QStringLiteral("enabled")).toBool(true), eo.value(QStringLiteral("maxLimit")).toBool(),
                        eo.value(QStringLiteral("txValueLimit")).toString()};
    }
    t.ipRestrict = stringList(o.value(QStringLiteral("ipRestrict")));
    t.enterprise = o.value(QStringLiteral("enterprise")).toString();
    t.admin = o.value(QStringLiteral("admin")).toBool();
    t.adminScope = o.value(QStringLiteral("adminScope")).toString();
    t.created = dateFrom(o.value(QStringLiteral("created")));
    t.expires = dateFrom(o.value(QStringLiteral("expires")));
    t.storedAt = dateFrom(o.value(QStringLiteral("storedAt")));
    t.lastCopied = dateFrom(o.value(QStringLiteral("lastCopied")));
    t.state = *state;
    return t;
}

Error ioError(const QString &message)
{
    return errorOf(ErrorKind::Io, message);
}

} // namespace

TokenIndex::TokenIndex(const QString &path, QObject *parent)
    : QObject(parent), m_path(path), m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &TokenIndex::onFileSystemChange);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &TokenIndex::onFileSystemChange);
}

TokenIndex::~TokenIndex() = default;

QString TokenIndex::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tokens.json");
}

QString TokenIndex::takeWarning()
{
    return std::exchange(m_warning, QString());
}

QByteArray TokenIndex::toJson(const QList<StoredToken> &tokens)
{
    QJsonArray array;
    for (const StoredToken &t : tokens)
        array.append(tokenToJson(t));
    QJsonObject root;
    root[QStringLiteral("version")] = kVersion;
    root[QStringLiteral("tokens")] = array;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

TokenIndex::Snapshot TokenIndex::readFile() const
{
    Snapshot snapshot;
    QFile file(m_path);
    if (!file.exists()) {
        snapshot.outcome = ReadOutcome::Missing;
        return snapshot;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        snapshot.problem = file.errorString();
        return snapshot;
    }
    snapshot.bytes = file.readAll();
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(snapshot.bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        snapshot.problem =
            parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("not a JSON object");
        return snapshot;
    }
    const QJsonObject root = doc.object();
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version < 1 || !root.value(QStringLiteral("tokens")).isArray()) {
        snapshot.problem = tr("no version or token list");
        return snapshot;
    }
    if (version > kVersion) {
        snapshot.problem = tr("written by a newer version (format %1)").arg(version);
        snapshot.outcome = ReadOutcome::TooNew;
        return snapshot;
    }
    const QJsonArray array = root.value(QStringLiteral("tokens")).toArray();
    for (const QJsonValue &v : array) {
        auto token = tokenFromJson(v.toObject());
        if (!token) {
            snapshot.problem = tr("an entry is malformed");
            snapshot.tokens.clear();
            return snapshot;
        }
        snapshot.tokens.append(*token);
    }
    snapshot.outcome = ReadOutcome::Ok;
    return snapshot;
}

Status TokenIndex::writeFile(const QList<StoredToken> &tokens)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return ioError(tr("Cannot create the folder %1.").arg(info.absolutePath()));
    QFile::setPermissions(info.absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(tr("Cannot write the token index %1: %2").arg(m_path, file.errorString()));
    // Metadata only, yet still nobody else's business: owner read/write, set on the temporary file before the rename.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = toJson(tokens);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return ioError(tr("Cannot write the token index %1: %2").arg(m_path, file.errorString()));
    m_tokens = tokens;
    m_lastBytes = bytes;
    return Done {};
}

Status TokenIndex::setAsideCorrupt(const QString &problem)
{
    const QString aside = m_path + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    if (!QFile::rename(m_path, aside))
        return ioError(tr("The token index %1 is damaged (%2) and could not be set aside.").arg(m_path, problem));
    m_warning = tr("The token index was damaged (%1). It was kept as %2 and a new, empty index was started; "
                   "tokens stored in the keychain are not lost.")
                    .arg(problem, aside);
    return writeFile({});
}

Status TokenIndex::load()
{
    return update([](QList<StoredToken> &) { return false; });
}

Status TokenIndex::update(const std::function<bool(QList<StoredToken> &)> &mutate)
{
    // The folder exists from the first read on, so that the watcher sees another process's first write.
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return ioError(tr("Cannot create the folder %1.").arg(info.absolutePath()));
    // Writers replace the file atomically (QSaveFile), so a reader without the lock still sees one whole version.
    // Most calls change nothing (every load, a list that finds the index current): they end here, without the
    // lock file and the fdatasync QLockFile does on it. Only a change, or a damaged file to set aside, locks.
    if (Snapshot snapshot = readFile();
        snapshot.outcome == ReadOutcome::Ok || snapshot.outcome == ReadOutcome::Missing) {
        QList<StoredToken> tokens = snapshot.tokens;
        if (!mutate(tokens)) {
            adopt(std::move(snapshot));
            return Done {};
        }
    }

    QLockFile lock(m_path + QStringLiteral(".lock"));
    // The lock is held for milliseconds; older than this it belongs to a hung or crashed writer. A lock left by
    // a dead process is detected at once by its pid.
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(static_cast<int>(m_lockTimeout.count())))
        return ioError(tr("The token index is busy (locked by another bitgo-token-manager process). Try again."));

    // Read again under the lock, so that what another writer added meanwhile survives.
    Snapshot snapshot = readFile();
    switch (snapshot.outcome) {
    case ReadOutcome::Ok:
    case ReadOutcome::Missing:
        break;
    case ReadOutcome::TooNew:
        return ioError(tr("The token index %1 was %2; this version will not change it.").arg(m_path, snapshot.problem));
    case ReadOutcome::Corrupt:
        if (Status s = setAsideCorrupt(snapshot.problem); !s)
            return s;
        Q_EMIT warningRaised(m_warning);
        snapshot = Snapshot {ReadOutcome::Ok, {}, m_lastBytes, {}}; // the empty index just written
        break;
    }

    QList<StoredToken> tokens = snapshot.tokens;
    if (!mutate(tokens)) {
        lock.unlock();
        adopt(std::move(snapshot));
        return Done {};
    }
    const QList<StoredToken> before = m_tokens;
    Status status = writeFile(tokens);
    lock.unlock();
    watch();
    if (status && toJson(before) != toJson(m_tokens))
        Q_EMIT changed();
    return status;
}

void TokenIndex::adopt(Snapshot snapshot)
{
    const bool differs = toJson(m_tokens) != toJson(snapshot.tokens);
    m_tokens = std::move(snapshot.tokens);
    // A missing file reads as empty bytes, so that onFileSystemChange sees "unchanged" for it too.
    m_lastBytes = std::move(snapshot.bytes);
    watch();
    if (differs)
        Q_EMIT changed();
}

void TokenIndex::watch()
{
    // An atomic rename replaces the file, which drops it from the watcher: re-add after every change.
    if (!m_watcher->files().contains(m_path) && QFile::exists(m_path))
        m_watcher->addPath(m_path);
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!m_watcher->directories().contains(dir) && QFileInfo::exists(dir))
        m_watcher->addPath(dir);
}

void TokenIndex::onFileSystemChange()
{
    // The directory is watched too, and every load() creates and removes the lock file in it: reloading when
    // nothing changed (a missing index included) would trigger itself again, a lock and an fdatasync every few ms
    // for as long as the process runs (found by the benchmarks, docs/benchmarks.md).
    QFile file(m_path);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (bytes == m_lastBytes) {
        watch();
        return;
    }
    load();
}

} // namespace bgtm
