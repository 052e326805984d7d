// session-crypto.so: the client's protocol cryptography behind one exported symbol (SessionCrypto.h).
#include "SessionCrypto.h"

#include "Bip32.h"
#include "Ecdh.h"
#include "Sjcl.h"
#include "ThreadState.h"

#include <utility>
#include <variant>

namespace bgtm::crypto {
namespace {

CryptoResult<SecretBytes> openWithEcdhKey(const QByteArray &ecdhXprv, const QByteArray &serverXpub,
                                          const QString &derivationPath, const QByteArray &encryptedToken)
{
    auto own = ExtendedKey::fromBase58(ecdhXprv);
    if (!cryptoOk(own))
        return cryptoError(own);
    auto server = ExtendedKey::fromBase58(serverXpub);
    if (!cryptoOk(server))
        return cryptoError(server);
    return ecdh::decryptToken(std::get<ExtendedKey>(own), std::get<ExtendedKey>(server), derivationPath,
                              encryptedToken);
}

EcdhLoginKeys openEcdhLogin(const QByteArray &rawPassword, const QByteArray &encryptedEcdhXprv,
                            const QByteArray &serverXpub, const QString &derivationPath,
                            const QByteArray &encryptedToken)
{
    EcdhLoginKeys keys;
    auto xprv = sjcl::decrypt(SecretBytes(QByteArray(rawPassword.constData(), rawPassword.size())), encryptedEcdhXprv);
    if (!cryptoOk(xprv)) {
        keys.error = cryptoError(xprv);
        return keys;
    }
    keys.ecdhXprv = std::move(std::get<SecretBytes>(xprv));
    auto token = openWithEcdhKey(keys.ecdhXprv.bytes(), serverXpub, derivationPath, encryptedToken);
    if (!cryptoOk(token)) {
        keys.error = cryptoError(token);
        keys.ecdhXprv.clear();
        return keys;
    }
    keys.sessionToken = std::move(std::get<SecretBytes>(token));
    return keys;
}

constexpr SessionCryptoV1 kSessionCrypto {openWithEcdhKey, openEcdhLogin, releaseThreadState};

} // namespace
} // namespace bgtm::crypto

extern "C" __attribute__((visibility("default"))) const bgtm::crypto::SessionCryptoV1 *bgtm_session_crypto_v1()
{
    return &bgtm::crypto::kSessionCrypto;
}
