#pragma once

#include "CryptoError.h"
#include "SecretBytes.h"

#include <QByteArray>

/// Cost: decrypting runs PBKDF2 (up to kMaxPbkdf2Iterations) or Argon2id (up to 256 MiB, 16 passes), i.e.
/// tens of milliseconds to seconds. Call these off the UI thread (e.g. QtConcurrent::run). Thread-safe.
namespace bgtm::sjcl {

/// Caps on untrusted envelope parameters (protocol doc §8; the PBKDF2 and size caps are ours).
inline constexpr int kMaxPbkdf2Iterations = 2'000'000;
inline constexpr quint32 kMaxArgon2MemoryKiB = 262144;
inline constexpr quint32 kMaxArgon2Iterations = 16;
inline constexpr quint32 kMaxArgon2Lanes = 16;
inline constexpr qsizetype kMaxEnvelopeBytes = 1 << 20; ///< envelope JSON larger than 1 MiB is refused

/// v1: PBKDF2-HMAC-SHA256 + AES-CCM, as SJCL's `sjcl.encrypt` (BitGo's SDK uses iter 10000, ks 256).
struct V1Params {
    int iterations = 10000;
    int keySizeBits = 256; ///< 128, 192 or 256
    int tagSizeBits = 64;  ///< 64, 96 or 128
    QByteArray adata;      ///< additional authenticated data (UTF-8 text in SJCL)
};

/// v2: Argon2id + AES-256-GCM, optional HKDF-SHA256 (info "bitgo-v2-session").
struct V2Params {
    quint32 memoryKiB = 65536;
    quint32 iterations = 3;
    quint32 parallelism = 4;
    bool useHkdf = false;
    QByteArray adata;
};

/// Decrypts a v1 or v2 envelope (JSON text). Errors: Malformed (JSON, base64, lengths, missing fields),
/// Unsupported (v, cipher, mode, ks, ts, iter/m/t/p over caps), WrongPassword (tag mismatch).
[[nodiscard]] CryptoResult<SecretBytes> decrypt(const SecretBytes &password, const QByteArray &envelopeJson);

/// Encrypts to a v1 envelope with a random 8-byte salt and 16-byte iv (OpenSSL RAND_bytes). Compact JSON.
[[nodiscard]] CryptoResult<QByteArray> encryptV1(const SecretBytes &password, const SecretBytes &plaintext,
                                                 const V1Params &params = {});
/// Deterministic variant for known-answer tests: salt (1–64 bytes) and iv (7–16 bytes) are given.
[[nodiscard]] CryptoResult<QByteArray> encryptV1(const SecretBytes &password, const SecretBytes &plaintext,
                                                 const V1Params &params, const QByteArray &salt, const QByteArray &iv);

/// Encrypts to a v2 envelope with a random 16-byte salt, 12-byte iv and (when useHkdf) 32-byte hkdfSalt.
[[nodiscard]] CryptoResult<QByteArray> encryptV2(const SecretBytes &password, const SecretBytes &plaintext,
                                                 const V2Params &params = {});
/// Deterministic variant: salt (8–64 bytes), iv (12 bytes), hkdfSalt (32 bytes; ignored unless useHkdf).
[[nodiscard]] CryptoResult<QByteArray> encryptV2(const SecretBytes &password, const SecretBytes &plaintext,
                                                 const V2Params &params, const QByteArray &salt, const QByteArray &iv,
                                                 const QByteArray &hkdfSalt);

} // namespace bgtm::sjcl
