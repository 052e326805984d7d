#pragma once

#include "CryptoError.h"

#include <QByteArray>

// Internal to bgtm_crypto: thin wrappers over OpenSSL 3 one-shot digests and MACs.
namespace bgtm::digest {

[[nodiscard]] QByteArray sha256(const QByteArray &data);
/// RIPEMD160(SHA-256(data)); empty if OpenSSL's provider lacks RIPEMD160 (it is in the default provider
/// since OpenSSL 3.0.7).
[[nodiscard]] QByteArray hash160(const QByteArray &data);
/// 64-byte HMAC-SHA512; empty on an OpenSSL failure.
[[nodiscard]] QByteArray hmacSha512(const QByteArray &key, const QByteArray &data);

/// A CryptoError with the given kind and message (for terse call sites).
[[nodiscard]] CryptoError error(CryptoError::Kind kind, const char *message);

} // namespace bgtm::digest
