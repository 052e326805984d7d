#include "ServerKeys.h"

#include <Bip32.h>
#include <Ecdh.h>
#include <SecretBytes.h>
#include <Sjcl.h>

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace bgtm::sandbox {

namespace {

// Fixed, public seeds: the sandbox is a test server and its keys must be stable across runs.
SecretBytes seedFor(const QByteArray &label)
{
    return SecretBytes(QCryptographicHash::hash(QByteArray("bitgo-sandbox/" + label), QCryptographicHash::Sha256));
}

CryptoResult<ExtendedKey> serverKey()
{
    return ExtendedKey::fromSeed(seedFor("server-ecdh-key/v1"));
}

} // namespace

QByteArray ServerKeys::serverXpub()
{
    const auto key = serverKey();
    return cryptoOk(key) ? std::get<ExtendedKey>(key).toXpub() : QByteArray();
}

bool ServerKeys::userEcdhKey(const QString &username, const QByteArray &rawPassword, QByteArray *xpub,
                             QByteArray *encryptedXprv, QString *error)
{
    const auto key = ExtendedKey::fromSeed(seedFor(QByteArray("user-ecdh-key/v1/" + username.toUtf8())));
    if (!cryptoOk(key)) {
        *error = cryptoError(key).message;
        return false;
    }
    const ExtendedKey &k = std::get<ExtendedKey>(key);
    const auto envelope = sjcl::encryptV1(SecretBytes(rawPassword), k.toXprv());
    if (!cryptoOk(envelope)) {
        *error = cryptoError(envelope).message;
        return false;
    }
    *xpub = k.toXpub();
    *encryptedXprv = std::get<QByteArray>(envelope);
    return true;
}

bool ServerKeys::encryptForUser(const QByteArray &userXpub, const QByteArray &secret, QString *derivationPath,
                                QByteArray *encryptedToken, QString *error)
{
    const auto server = serverKey();
    const auto user = ExtendedKey::fromBase58(userXpub);
    if (!cryptoOk(server) || !cryptoOk(user)) {
        *error = QStringLiteral("sandbox ECDH keys unavailable");
        return false;
    }
    // Non-hardened indexes (< 2^31), like BitGo's m/999999/a/b.
    const quint32 a = QRandomGenerator::system()->bounded(0x7fffffffu);
    const quint32 b = QRandomGenerator::system()->bounded(0x7fffffffu);
    const QString path = QStringLiteral("m/999999/%1/%2").arg(a).arg(b);
    const auto shared = ecdh::derivedSecretHex(std::get<ExtendedKey>(server), std::get<ExtendedKey>(user), path);
    if (!cryptoOk(shared)) {
        *error = cryptoError(shared).message;
        return false;
    }
    const auto envelope = sjcl::encryptV1(std::get<SecretBytes>(shared), SecretBytes(secret));
    if (!cryptoOk(envelope)) {
        *error = cryptoError(envelope).message;
        return false;
    }
    *derivationPath = path;
    *encryptedToken = std::get<QByteArray>(envelope);
    return true;
}

} // namespace bgtm::sandbox
