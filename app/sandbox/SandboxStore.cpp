#include "SandboxStore.h"

#include <Hmac.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

namespace bgtm::sandbox {

namespace {

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toHex();
}

} // namespace

const Account *SandboxStore::accountByUsername(const QString &username) const
{
    const QString wanted = username.toLower();
    for (const Account &a : m_accounts) {
        if (a.username == wanted)
            return &a;
    }
    return nullptr;
}

const Account *SandboxStore::accountById(const QString &userId) const
{
    for (const Account &a : m_accounts) {
        if (a.userId == userId)
            return &a;
    }
    return nullptr;
}

TokenRecord &SandboxStore::issue(TokenRecord record, const Account &account)
{
    record.id = QString::fromLatin1(randomHex(16));
    // §2: v2x + 64 hex (67 chars) for HMAC accounts; legacy accounts get 64-hex v1 bearer tokens.
    record.secret = account.legacy ? randomHex(32) : "v2x" + randomHex(32);
    record.secretHash = hmac::tokenHash(record.secret);
    record.userId = account.userId;
    logIssuedSecret(record.secret);
    m_tokens.push_back(std::move(record));
    return m_tokens.back();
}

TokenRecord &SandboxStore::insert(TokenRecord record)
{
    record.secretHash = hmac::tokenHash(record.secret);
    m_tokens.push_back(std::move(record));
    return m_tokens.back();
}

TokenRecord *SandboxStore::findBySecret(const QByteArray &secret)
{
    for (TokenRecord &t : m_tokens) {
        if (t.secret == secret)
            return &t;
    }
    return nullptr;
}

TokenRecord *SandboxStore::findByHash(const QByteArray &secretHash)
{
    const QByteArray wanted = secretHash.toLower();
    for (TokenRecord &t : m_tokens) {
        if (t.secretHash == wanted)
            return &t;
    }
    return nullptr;
}

TokenRecord *SandboxStore::findById(const QString &id)
{
    for (TokenRecord &t : m_tokens) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QString SandboxStore::setStateFile(const QString &path)
{
    m_stateFile = path;
    QFile file(path);
    if (!file.exists()) {
        // A first start (e.g. a fresh app data directory): create the folder now, owner-only, so saving works.
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder))
            return QStringLiteral("cannot create the folder of state file %1").arg(path);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return {};
    }
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read state file %1").arg(path);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return QStringLiteral("state file %1 is not valid JSON: %2").arg(path, error.errorString());
    m_tokens.clear();
    const QJsonArray tokens = doc.object().value(QStringLiteral("tokens")).toArray();
    for (const QJsonValue &v : tokens) {
        TokenRecord t = TokenRecord::fromStorage(v.toObject());
        t.secretHash = hmac::tokenHash(t.secret);
        m_tokens.push_back(std::move(t));
    }
    return {};
}

QString SandboxStore::save() const
{
    if (m_stateFile.isEmpty())
        return {};
    QJsonArray tokens;
    for (const TokenRecord &t : m_tokens)
        tokens.append(t.toStorage());
    QSaveFile file(m_stateFile);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write state file %1").arg(m_stateFile);
    // QSaveFile's temporary file is created 0600-ish by umask; make sure before any secret is written.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(QJsonObject {{QStringLiteral("version"), 1}, {QStringLiteral("tokens"), tokens}})
                   .toJson(QJsonDocument::Indented));
    if (!file.commit())
        return QStringLiteral("cannot write state file %1").arg(m_stateFile);
    return {};
}

void SandboxStore::reset()
{
    m_tokens.clear();
    m_lastCreateBody.clear();
}

void SandboxStore::logIssuedSecret(const QByteArray &secret) const
{
    if (m_secretsLog.isEmpty())
        return;
    QFile file(m_secretsLog);
    const bool existed = file.exists();
    if (!file.open(QIODevice::Append))
        return;
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(secret + '\n');
}

} // namespace bgtm::sandbox
