#include "DemoAccounts.h"

#include <Hmac.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace bgtm::sandbox {

QString DemoAccounts::makeAccount(const QString &username, const QString &password, const QString &userId, bool legacy,
                                  bool ecdh, const QString &oneTimeCode, Account *out)
{
    Account account;
    account.username = username.trimmed().toLower();
    account.userId = userId;
    account.fullName = account.username.section(QLatin1Char('@'), 0, 0);
    // Protocol doc §3: what the client sends is HMAC-SHA256(key = lower-cased username, message = raw password).
    account.passwordHmac = hmac::sign(account.username.toUtf8(), password.toUtf8());
    account.otp = oneTimeCode;
    account.legacy = legacy;
    if (ecdh && !legacy) {
        QString error;
        if (!ServerKeys::userEcdhKey(account.username, password.toUtf8(), &account.ecdhXpub, &account.encryptedEcdhXprv,
                                     &error))
            return QStringLiteral("ECDH key for %1: %2").arg(account.username, error);
    }
    *out = std::move(account);
    return {};
}

QList<Account> DemoAccounts::builtIn()
{
    QList<Account> accounts;
    Account demo;
    Account legacy;
    // The demo account gets an ECDH keychain; if the crypto layer cannot make one, it degrades to plaintext login.
    if (!makeAccount(QLatin1String(demoUsername), QLatin1String(demoPassword), QLatin1String(demoUserId), false, true,
                     QLatin1String(otp), &demo)
             .isEmpty()) {
        (void)makeAccount(QLatin1String(demoUsername), QLatin1String(demoPassword), QLatin1String(demoUserId), false,
                          false, QLatin1String(otp), &demo);
    }
    (void)makeAccount(QLatin1String(legacyUsername), QLatin1String(legacyPassword), QLatin1String(legacyUserId), true,
                      false, QLatin1String(otp), &legacy);
    accounts << demo << legacy;
    return accounts;
}

QString DemoAccounts::loadUsersFile(const QString &path, QList<Account> *accounts)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read users file %1").arg(path);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isArray())
        return QStringLiteral("users file %1: expected a JSON array of objects (%2)")
            .arg(path, parseError.errorString());
    static const QRegularExpression idPattern(QStringLiteral("^[0-9a-f]{24}$"));
    int index = 0;
    const QJsonArray users = doc.array();
    for (const QJsonValue &value : users) {
        const QJsonObject u = value.toObject();
        const QString username = u.value(QStringLiteral("username")).toString();
        const QString password = u.value(QStringLiteral("password")).toString();
        if (username.isEmpty() || password.isEmpty())
            return QStringLiteral("users file %1: entry %2 needs username and password").arg(path).arg(index);
        QString userId = u.value(QStringLiteral("userId")).toString();
        if (userId.isEmpty())
            userId = QString::fromLatin1(hmac::sign("bitgo-sandbox user id", username.toLower().toUtf8()).left(24));
        if (!idPattern.match(userId).hasMatch())
            return QStringLiteral("users file %1: entry %2: userId must be 24 lowercase hex").arg(path).arg(index);
        Account account;
        QString error = makeAccount(username, password, userId, u.value(QStringLiteral("legacy")).toBool(),
                                    u.value(QStringLiteral("ecdh")).toBool(true),
                                    u.value(QStringLiteral("otp")).toString(QLatin1String(otp)), &account);
        if (!error.isEmpty())
            return error;
        accounts->append(account);
        ++index;
    }
    return {};
}

} // namespace bgtm::sandbox
