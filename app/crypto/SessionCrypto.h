#pragma once

#include "CryptoError.h"
#include "SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace bgtm::crypto {

/// What the ECDH login yields: the session token and the ECDH key, or why not.
struct EcdhLoginKeys {
    std::optional<CryptoError> error;
    SecretBytes sessionToken;
    SecretBytes ecdhXprv;
};

/// The client's part of the protocol cryptography (protocol doc §3/§4), built as a module of its own
/// (session-crypto.so) that the client loads on first use: OpenSSL, secp256k1 and argon2 then cost nothing to a
/// process that never signs in with a password or opens a created token (every `tokens list` with a stored or
/// pasted token). Both functions are pure, so they may run on any thread.
struct SessionCryptoV1 {
    /// Opens an encrypted token with our ECDH key and the server's public key.
    CryptoResult<SecretBytes> (*openWithEcdhKey)(const QByteArray &ecdhXprv, const QByteArray &serverXpub,
                                                 const QString &derivationPath, const QByteArray &encryptedToken);
    /// Opens the SJCL envelope of our ECDH key with the password, then the session token with that key.
    EcdhLoginKeys (*openEcdhLogin)(const QByteArray &rawPassword, const QByteArray &encryptedEcdhXprv,
                                   const QByteArray &serverXpub, const QString &derivationPath,
                                   const QByteArray &encryptedToken);
    /// Frees the calling thread's OpenSSL state (ThreadState.h).
    void (*releaseThreadState)();
};

} // namespace bgtm::crypto

/// The module's one exported symbol. The version is in the name: a changed struct gets a new name, so a stale
/// module fails to load instead of being called with the wrong layout.
#define BGTM_SESSION_CRYPTO_ENTRY "bgtm_session_crypto_v1"
extern "C" const bgtm::crypto::SessionCryptoV1 *bgtm_session_crypto_v1();
