#pragma once

#include "Bip32.h"
#include "CryptoError.h"
#include "SecretBytes.h"

#include <QByteArray>
#include <QStringView>

namespace bgtm::ecdh {

/// BitGo's ECDH secret (protocol doc §3): lowercase hex (66 chars) of the 33-byte compressed point
/// publicKey × privateKey. Not hashed. Symmetric: secret(a, B) == secret(b, A).
/// BadKey when the private key is not 32 valid bytes or the public key is not a valid 33/65-byte point.
[[nodiscard]] CryptoResult<SecretBytes> sharedSecretHex(const SecretBytes &privateKey, const QByteArray &publicKey);

/// Derives both keys at `derivationPath` (non-hardened) and returns the secret. `ownKey` must be private;
/// `otherKey` may be public or private (only its public half is used). The client calls it as
/// (its ECDH xprv, server xpub), the server as (server xprv, the user's ECDH xpub): both get the same secret.
[[nodiscard]] CryptoResult<SecretBytes> derivedSecretHex(const ExtendedKey &ownKey, const ExtendedKey &otherKey,
                                                         QStringView derivationPath);

/// The whole client side of an ECDH login/create reply (protocol doc §3, §4):
/// decrypt `encryptedEcdhXprv` (SJCL envelope JSON) with the raw password, then decrypt `encryptedToken`
/// with the secret derived at `derivationPath` against `serverXpub`. Returns the token bytes.
/// WrongPassword only when the password does not open the xprv envelope. When the token envelope's tag fails
/// (server xpub not the environment's, wrong path, altered reply) the error is BadKey: the password was right.
[[nodiscard]] CryptoResult<SecretBytes> decryptToken(const SecretBytes &password, const QByteArray &encryptedEcdhXprv,
                                                     const QByteArray &serverXpub, QStringView derivationPath,
                                                     const QByteArray &encryptedToken);

/// Same, when the session already holds the decrypted ECDH xprv (token creation over an HMAC session).
[[nodiscard]] CryptoResult<SecretBytes> decryptToken(const ExtendedKey &ecdhXprv, const ExtendedKey &serverXpub,
                                                     QStringView derivationPath, const QByteArray &encryptedToken);

} // namespace bgtm::ecdh
