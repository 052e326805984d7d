#include "Ecdh.h"

#include "Digest.h"
#include "Secp256k1Context.h"
#include "Sjcl.h"

#include <openssl/crypto.h>

#include <array>

namespace bgtm::ecdh {

namespace {
CryptoError err(CryptoError::Kind kind, const char *message)
{
    return digest::error(kind, message);
}

CryptoError withContext(const CryptoError &e, const char *what)
{
    return CryptoError {e.kind, QString::fromLatin1(what) + QStringLiteral(": ") + e.message};
}
} // namespace

CryptoResult<SecretBytes> sharedSecretHex(const SecretBytes &privateKey, const QByteArray &publicKey)
{
    if (privateKey.size() != 32)
        return err(CryptoError::Kind::BadKey, "ECDH private key must be 32 bytes");
    if (publicKey.size() != 33 && publicKey.size() != 65)
        return err(CryptoError::Kind::BadKey, "ECDH public key must be 33 or 65 bytes");
    const auto *priv = reinterpret_cast<const unsigned char *>(privateKey.bytes().constData());
    if (secp256k1_ec_seckey_verify(secp::context(), priv) != 1)
        return err(CryptoError::Kind::BadKey, "ECDH private key is not a valid secp256k1 key");
    secp256k1_pubkey point;
    if (secp256k1_ec_pubkey_parse(secp::context(), &point,
                                  reinterpret_cast<const unsigned char *>(publicKey.constData()),
                                  static_cast<size_t>(publicKey.size()))
        != 1)
        return err(CryptoError::Kind::BadKey, "ECDH public key is not a valid secp256k1 point");
    // BitGo uses the full compressed point (secp256k1.publicKeyTweakMul in its SDK), not a hashed ECDH output.
    if (secp256k1_ec_pubkey_tweak_mul(secp::context(), &point, priv) != 1)
        return err(CryptoError::Kind::BadKey, "ECDH multiplication failed");
    std::array<unsigned char, 33> shared {};
    size_t length = shared.size();
    secp256k1_ec_pubkey_serialize(secp::context(), shared.data(), &length, &point, SECP256K1_EC_COMPRESSED);
    SecretBytes hex(QByteArray(reinterpret_cast<const char *>(shared.data()), 33).toHex());
    OPENSSL_cleanse(shared.data(), shared.size());
    OPENSSL_cleanse(&point, sizeof point);
    return hex;
}

CryptoResult<SecretBytes> derivedSecretHex(const ExtendedKey &ownKey, const ExtendedKey &otherKey,
                                           QStringView derivationPath)
{
    if (!ownKey.isPrivate())
        return err(CryptoError::Kind::BadKey, "ECDH needs our private extended key, got a public one");
    auto own = ownKey.derivePath(derivationPath);
    if (!cryptoOk(own))
        return cryptoError(own);
    auto other = otherKey.neutered().derivePath(derivationPath);
    if (!cryptoOk(other))
        return cryptoError(other);
    return sharedSecretHex(std::get<ExtendedKey>(own).privateKey(), std::get<ExtendedKey>(other).publicKey());
}

CryptoResult<SecretBytes> decryptToken(const ExtendedKey &ecdhXprv, const ExtendedKey &serverXpub,
                                       QStringView derivationPath, const QByteArray &encryptedToken)
{
    auto secret = derivedSecretHex(ecdhXprv, serverXpub, derivationPath);
    if (!cryptoOk(secret))
        return cryptoError(secret);
    auto token = sjcl::decrypt(std::get<SecretBytes>(secret), encryptedToken);
    if (!cryptoOk(token) && cryptoError(token).kind == CryptoError::Kind::WrongPassword) {
        // The password was right (the ECDH key opened), so a tag failure here means the secret is wrong:
        // a server xpub that is not the environment's, or a reply that was altered. Not the user's password.
        return err(CryptoError::Kind::BadKey,
                   "The token did not decrypt with the ECDH secret: the environment's "
                   "server key does not match, or the reply was altered");
    }
    if (!cryptoOk(token))
        return withContext(cryptoError(token), "Encrypted token");
    return token;
}

CryptoResult<SecretBytes> decryptToken(const SecretBytes &password, const QByteArray &encryptedEcdhXprv,
                                       const QByteArray &serverXpub, QStringView derivationPath,
                                       const QByteArray &encryptedToken)
{
    auto server = ExtendedKey::fromBase58(serverXpub);
    if (!cryptoOk(server))
        return withContext(cryptoError(server), "Server xpub");
    auto xprvText = sjcl::decrypt(password, encryptedEcdhXprv);
    if (!cryptoOk(xprvText))
        return withContext(cryptoError(xprvText), "Could not decrypt the ECDH key");
    auto xprv = ExtendedKey::fromBase58(std::get<SecretBytes>(xprvText).bytes());
    if (!cryptoOk(xprv))
        return withContext(cryptoError(xprv), "Decrypted ECDH key");
    if (!std::get<ExtendedKey>(xprv).isPrivate())
        return err(CryptoError::Kind::BadKey, "Decrypted ECDH key is not a private extended key");
    return decryptToken(std::get<ExtendedKey>(xprv), std::get<ExtendedKey>(server), derivationPath, encryptedToken);
}

} // namespace bgtm::ecdh
