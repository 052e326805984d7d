#include "Sjcl.h"

#include "Digest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <argon2.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <cmath>
#include <memory>
#include <optional>

// SJCL envelopes (protocol doc §8). v1 mirrors sjcl.json.encrypt/decrypt of BitGo's @bitgo/sjcl, v2 mirrors
// encryptV2/decryptV2 of @bitgo/sdk-api. Every field of an envelope is untrusted: lengths and parameters are
// checked before any allocation or key derivation.
namespace bgtm::sjcl {

namespace {
using Kind = CryptoError::Kind;

constexpr int kGcmIvLength = 12;
constexpr int kGcmTagLength = 16;
constexpr int kV2KeyLength = 32;
constexpr int kHkdfSaltLength = 32;
constexpr int kSjclMinIterations = 101; // sjcl.json refuses iter <= 100 for passwords
constexpr char kHkdfInfo[] = "bitgo-v2-session";

CryptoError err(Kind kind, const char *message)
{
    return digest::error(kind, message);
}

const unsigned char *u8(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}
unsigned char *u8(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}

struct CipherCtxDeleter {
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    if (RAND_bytes(u8(out), n) != 1)
        return {};
    return out;
}

// ---- JSON field access --------------------------------------------------------------------------------------

/// Integer field: absent → fallback; present but not an integral number → nullopt (Malformed).
std::optional<qint64> intField(const QJsonObject &o, QLatin1StringView name, qint64 fallback, bool *present = nullptr)
{
    const QJsonValue v = o.value(name);
    if (present != nullptr)
        *present = !v.isUndefined();
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.0e15)
        return std::nullopt;
    return static_cast<qint64>(d);
}

/// Strict base64 of a required string field; nullopt when missing, not a string, or not base64.
std::optional<QByteArray> base64Field(const QJsonObject &o, QLatin1StringView name)
{
    const QJsonValue v = o.value(name);
    if (!v.isString())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

// ---- JavaScript escape()/unescape(), which sjcl.json uses for string fields such as adata ------------------

QByteArray jsEscape(const QByteArray &utf8)
{
    static const QByteArray kSafe =
        QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@*_+-./");
    QByteArray out;
    const QString text = QString::fromUtf8(utf8);
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 128 && kSafe.contains(static_cast<char>(u)))
            out.append(static_cast<char>(u));
        else if (u < 256)
            out.append('%').append(QByteArray::number(u, 16).toUpper().rightJustified(2, '0'));
        else
            out.append("%u").append(QByteArray::number(u, 16).toUpper().rightJustified(4, '0'));
    }
    return out;
}

QByteArray jsUnescape(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        bool ok = false;
        if (text.at(i) == u'%' && i + 5 < text.size() && text.at(i + 1) == u'u') {
            const ushort code = QStringView(text).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out.append(QChar(code));
                i += 5;
                continue;
            }
        }
        if (text.at(i) == u'%' && i + 2 < text.size()) {
            const ushort code = QStringView(text).mid(i + 1, 2).toUShort(&ok, 16);
            if (ok) {
                out.append(QChar(code));
                i += 2;
                continue;
            }
        }
        out.append(text.at(i));
    }
    return out.toUtf8();
}

// ---- v1: PBKDF2-HMAC-SHA256 + AES-CCM -----------------------------------------------------------------------

const EVP_CIPHER *ccmCipher(int keySizeBits)
{
    switch (keySizeBits) {
    case 128:
        return EVP_aes_128_ccm();
    case 192:
        return EVP_aes_192_ccm();
    case 256:
        return EVP_aes_256_ccm();
    default:
        return nullptr;
    }
}

/// SJCL's CCM length-field size: 2 bytes below 64 KiB, 3 below 16 MiB, else 4; at least 15 − iv length.
int ccmL(qsizetype plaintextLength, qsizetype ivLength)
{
    int l = 2;
    while (l < 4 && (static_cast<quint64>(plaintextLength) >> (8 * l)) != 0)
        ++l;
    if (l < 15 - ivLength)
        l = static_cast<int>(15 - ivLength);
    return l;
}

CryptoResult<SecretBytes> pbkdf2(const SecretBytes &password, const QByteArray &salt, int iterations, int keyBytes)
{
    QByteArray key(keyBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.bytes().constData(), static_cast<int>(password.size()), u8(salt),
                          static_cast<int>(salt.size()), iterations, EVP_sha256(), keyBytes, u8(key))
        != 1)
        return err(Kind::Internal, "PBKDF2 failed");
    return SecretBytes(std::move(key));
}

CryptoResult<QByteArray> ccmSeal(const SecretBytes &key, int keySizeBits, const QByteArray &nonce,
                                 const QByteArray &aad, const QByteArray &plaintext, int tagBytes)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    QByteArray out(plaintext.size() + tagBytes, Qt::Uninitialized);
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), ccmCipher(keySizeBits), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_CCM_SET_IVLEN, static_cast<int>(nonce.size()), nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_CCM_SET_TAG, tagBytes, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, u8(key.bytes()), u8(nonce)) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len, nullptr, static_cast<int>(plaintext.size())) != 1)
        return err(Kind::Internal, "AES-CCM setup failed");
    if (!aad.isEmpty() && EVP_EncryptUpdate(ctx.get(), nullptr, &len, u8(aad), static_cast<int>(aad.size())) != 1)
        return err(Kind::Internal, "AES-CCM failed on the additional data");
    static const unsigned char kNothing = 0;
    if (EVP_EncryptUpdate(ctx.get(), u8(out), &len, plaintext.isEmpty() ? &kNothing : u8(plaintext),
                          static_cast<int>(plaintext.size()))
            != 1
        || EVP_EncryptFinal_ex(ctx.get(), u8(out) + len, &len) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_CCM_GET_TAG, tagBytes, u8(out) + plaintext.size()) != 1)
        return err(Kind::Internal, "AES-CCM encryption failed");
    return out;
}

CryptoResult<SecretBytes> ccmOpen(const SecretBytes &key, int keySizeBits, const QByteArray &nonce,
                                  const QByteArray &aad, const QByteArray &ciphertext, const QByteArray &tag)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    QByteArray out(ciphertext.size(), Qt::Uninitialized);
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), ccmCipher(keySizeBits), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_CCM_SET_IVLEN, static_cast<int>(nonce.size()), nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_CCM_SET_TAG, static_cast<int>(tag.size()),
                               const_cast<char *>(tag.constData()))
            != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, u8(key.bytes()), u8(nonce)) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &len, nullptr, static_cast<int>(ciphertext.size())) != 1)
        return err(Kind::Internal, "AES-CCM setup failed");
    if (!aad.isEmpty() && EVP_DecryptUpdate(ctx.get(), nullptr, &len, u8(aad), static_cast<int>(aad.size())) != 1)
        return err(Kind::Internal, "AES-CCM failed on the additional data");
    static const unsigned char kNothing = 0;
    // For CCM the tag is checked inside this update call.
    const int ok = EVP_DecryptUpdate(ctx.get(), u8(out), &len, ciphertext.isEmpty() ? &kNothing : u8(ciphertext),
                                     static_cast<int>(ciphertext.size()));
    SecretBytes plaintext(std::move(out));
    if (ok <= 0)
        return err(Kind::WrongPassword, "Wrong password, or the envelope was altered (authentication tag mismatch)");
    return plaintext;
}

CryptoResult<SecretBytes> decryptV1(const SecretBytes &password, const QJsonObject &o)
{
    // Missing fields take sjcl.json's defaults, as SJCL itself would.
    const auto iter = intField(o, QLatin1StringView("iter"), 1000);
    const auto ks = intField(o, QLatin1StringView("ks"), 128);
    const auto ts = intField(o, QLatin1StringView("ts"), 64);
    if (!iter || !ks || !ts)
        return err(Kind::Malformed, "Envelope fields iter, ks and ts must be integers");
    const QJsonValue mode = o.value(QLatin1StringView("mode"));
    const QJsonValue cipher = o.value(QLatin1StringView("cipher"));
    const QJsonValue adata = o.value(QLatin1StringView("adata"));
    if ((!mode.isUndefined() && !mode.isString()) || (!cipher.isUndefined() && !cipher.isString())
        || (!adata.isUndefined() && !adata.isString()))
        return err(Kind::Malformed, "Envelope fields mode, cipher and adata must be strings");
    if (mode.toString(QStringLiteral("ccm")) != u"ccm")
        return err(Kind::Unsupported, "Unsupported envelope mode (only ccm)");
    if (cipher.toString(QStringLiteral("aes")) != u"aes")
        return err(Kind::Unsupported, "Unsupported envelope cipher (only aes)");
    if (*ks != 128 && *ks != 192 && *ks != 256)
        return err(Kind::Unsupported, "Unsupported key size ks (128, 192 or 256)");
    if (*ts != 64 && *ts != 96 && *ts != 128)
        return err(Kind::Unsupported, "Unsupported tag size ts (64, 96 or 128)");
    if (*iter < kSjclMinIterations || *iter > kMaxPbkdf2Iterations)
        return err(Kind::Unsupported, "Unsupported PBKDF2 iteration count iter");

    const auto iv = base64Field(o, QLatin1StringView("iv"));
    const auto salt = base64Field(o, QLatin1StringView("salt"));
    const auto ct = base64Field(o, QLatin1StringView("ct"));
    if (!iv || !salt || !ct)
        return err(Kind::Malformed, "Envelope fields iv, salt and ct must be present and base64");
    if (iv->size() < 7 || iv->size() > 16)
        return err(Kind::Malformed, "Envelope iv must be 7 to 16 bytes");
    if (salt->isEmpty() || salt->size() > 64)
        return err(Kind::Malformed, "Envelope salt must be 1 to 64 bytes");
    const int tagBytes = static_cast<int>(*ts / 8);
    if (ct->size() < tagBytes)
        return err(Kind::Malformed, "Envelope ciphertext is shorter than its tag");

    const QByteArray ciphertext = ct->first(ct->size() - tagBytes);
    const QByteArray tag = ct->last(tagBytes);
    const int l = ccmL(ciphertext.size(), iv->size());
    const QByteArray nonce = iv->first(15 - l);
    const QByteArray aad = jsUnescape(adata.toString());

    auto key = pbkdf2(password, *salt, static_cast<int>(*iter), static_cast<int>(*ks / 8));
    if (!cryptoOk(key))
        return cryptoError(key);
    return ccmOpen(std::get<SecretBytes>(key), static_cast<int>(*ks), nonce, aad, ciphertext, tag);
}

// ---- v2: Argon2id (+ HKDF-SHA256) + AES-256-GCM -------------------------------------------------------------

CryptoResult<SecretBytes> argon2Key(const SecretBytes &password, const QByteArray &salt, quint32 m, quint32 t,
                                    quint32 p)
{
    QByteArray key(kV2KeyLength, Qt::Uninitialized);
    const int rc =
        argon2id_hash_raw(t, m, p, password.bytes().constData(), static_cast<size_t>(password.size()), salt.constData(),
                          static_cast<size_t>(salt.size()), key.data(), static_cast<size_t>(key.size()));
    SecretBytes result(std::move(key));
    if (rc == ARGON2_MEMORY_TOO_LITTLE)
        return err(Kind::Unsupported, "Argon2 memory m is too small for the lane count p (needs m >= 8 p)");
    if (rc == ARGON2_MEMORY_ALLOCATION_ERROR)
        return err(Kind::Internal, "Out of memory running Argon2");
    if (rc != ARGON2_OK)
        return err(Kind::Unsupported, "Argon2 rejected the envelope parameters");
    return result;
}

CryptoResult<SecretBytes> hkdf(const SecretBytes &inputKey, const QByteArray &salt)
{
    EVP_KDF *kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    EVP_KDF_CTX *ctx = kdf != nullptr ? EVP_KDF_CTX_new(kdf) : nullptr;
    EVP_KDF_free(kdf);
    if (ctx == nullptr)
        return err(Kind::Internal, "HKDF is unavailable");
    char digestName[] = "SHA256";
    QByteArray info(kHkdfInfo);
    QByteArray saltCopy = salt;
    QByteArray keyCopy(inputKey.bytes().constData(), inputKey.size());
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digestName, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, keyCopy.data(), static_cast<size_t>(keyCopy.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, saltCopy.data(), static_cast<size_t>(saltCopy.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info.data(), static_cast<size_t>(info.size())),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(kV2KeyLength, Qt::Uninitialized);
    const int rc = EVP_KDF_derive(ctx, u8(out), static_cast<size_t>(out.size()), params);
    EVP_KDF_CTX_free(ctx);
    OPENSSL_cleanse(keyCopy.data(), static_cast<size_t>(keyCopy.size()));
    SecretBytes result(std::move(out));
    if (rc != 1)
        return err(Kind::Internal, "HKDF failed");
    return result;
}

CryptoResult<QByteArray> gcmSeal(const SecretBytes &key, const QByteArray &iv, const QByteArray &aad,
                                 const QByteArray &plaintext)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    QByteArray out(plaintext.size() + kGcmTagLength, Qt::Uninitialized);
    int len = 0;
    int total = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(iv.size()), nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, u8(key.bytes()), u8(iv)) != 1)
        return err(Kind::Internal, "AES-GCM setup failed");
    if (!aad.isEmpty() && EVP_EncryptUpdate(ctx.get(), nullptr, &len, u8(aad), static_cast<int>(aad.size())) != 1)
        return err(Kind::Internal, "AES-GCM failed on the additional data");
    if (!plaintext.isEmpty()) {
        if (EVP_EncryptUpdate(ctx.get(), u8(out), &len, u8(plaintext), static_cast<int>(plaintext.size())) != 1)
            return err(Kind::Internal, "AES-GCM encryption failed");
        total = len;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), u8(out) + total, &len) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kGcmTagLength, u8(out) + plaintext.size()) != 1)
        return err(Kind::Internal, "AES-GCM encryption failed");
    return out;
}

CryptoResult<SecretBytes> gcmOpen(const SecretBytes &key, const QByteArray &iv, const QByteArray &aad,
                                  const QByteArray &ctAndTag)
{
    const QByteArray ciphertext = ctAndTag.first(ctAndTag.size() - kGcmTagLength);
    QByteArray tag = ctAndTag.last(kGcmTagLength);
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    QByteArray out(ciphertext.size() + 16, Qt::Uninitialized);
    int len = 0;
    int total = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(iv.size()), nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, u8(key.bytes()), u8(iv)) != 1)
        return err(Kind::Internal, "AES-GCM setup failed");
    if (!aad.isEmpty() && EVP_DecryptUpdate(ctx.get(), nullptr, &len, u8(aad), static_cast<int>(aad.size())) != 1)
        return err(Kind::Internal, "AES-GCM failed on the additional data");
    if (!ciphertext.isEmpty()) {
        if (EVP_DecryptUpdate(ctx.get(), u8(out), &len, u8(ciphertext), static_cast<int>(ciphertext.size())) != 1)
            return err(Kind::Internal, "AES-GCM decryption failed");
        total = len;
    }
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kGcmTagLength, tag.data()) != 1)
        return err(Kind::Internal, "AES-GCM setup failed");
    const int ok = EVP_DecryptFinal_ex(ctx.get(), u8(out) + total, &len);
    out.truncate(total);
    SecretBytes plaintext(std::move(out));
    if (ok <= 0)
        return err(Kind::WrongPassword, "Wrong password, or the envelope was altered (authentication tag mismatch)");
    return plaintext;
}

CryptoResult<SecretBytes> v2Key(const SecretBytes &password, const QByteArray &salt, quint32 m, quint32 t, quint32 p,
                                const QByteArray *hkdfSalt)
{
    auto key = argon2Key(password, salt, m, t, p);
    if (!cryptoOk(key) || hkdfSalt == nullptr)
        return key;
    return hkdf(std::get<SecretBytes>(key), *hkdfSalt);
}

CryptoResult<SecretBytes> decryptV2(const SecretBytes &password, const QJsonObject &o)
{
    bool hasM = false;
    bool hasT = false;
    bool hasP = false;
    const auto m = intField(o, QLatin1StringView("m"), 0, &hasM);
    const auto t = intField(o, QLatin1StringView("t"), 0, &hasT);
    const auto p = intField(o, QLatin1StringView("p"), 0, &hasP);
    if (!m || !t || !p || !hasM || !hasT || !hasP)
        return err(Kind::Malformed, "Envelope fields m, t and p must be present integers");
    if (*m < 1 || *m > kMaxArgon2MemoryKiB)
        return err(Kind::Unsupported, "Argon2 memory m is out of range (1 to 262144 KiB)");
    if (*t < 1 || *t > kMaxArgon2Iterations)
        return err(Kind::Unsupported, "Argon2 iterations t is out of range (1 to 16)");
    if (*p < 1 || *p > kMaxArgon2Lanes)
        return err(Kind::Unsupported, "Argon2 parallelism p is out of range (1 to 16)");

    const auto salt = base64Field(o, QLatin1StringView("salt"));
    const auto iv = base64Field(o, QLatin1StringView("iv"));
    const auto ct = base64Field(o, QLatin1StringView("ct"));
    if (!salt || !iv || !ct)
        return err(Kind::Malformed, "Envelope fields salt, iv and ct must be present and base64");
    if (salt->size() < 8 || salt->size() > 64)
        return err(Kind::Malformed, "Envelope salt must be 8 to 64 bytes");
    if (iv->size() != kGcmIvLength)
        return err(Kind::Malformed, "Envelope iv must be 12 bytes");
    if (ct->size() < kGcmTagLength)
        return err(Kind::Malformed, "Envelope ciphertext is shorter than its tag");

    // BitGo's decryptV2 uses HKDF only when hkdfSalt is a non-empty string; an empty adata means none.
    std::optional<QByteArray> hkdfSalt;
    const QJsonValue hkdfValue = o.value(QLatin1StringView("hkdfSalt"));
    if (!hkdfValue.isUndefined()) {
        hkdfSalt = base64Field(o, QLatin1StringView("hkdfSalt"));
        if (!hkdfSalt || hkdfSalt->size() > 64)
            return err(Kind::Malformed, "Envelope hkdfSalt must be base64 of at most 64 bytes");
    }
    const QJsonValue adata = o.value(QLatin1StringView("adata"));
    if (!adata.isUndefined() && !adata.isString())
        return err(Kind::Malformed, "Envelope adata must be a string");

    const bool useHkdf = hkdfSalt && !hkdfSalt->isEmpty();
    auto key = v2Key(password, *salt, static_cast<quint32>(*m), static_cast<quint32>(*t), static_cast<quint32>(*p),
                     useHkdf ? &*hkdfSalt : nullptr);
    if (!cryptoOk(key))
        return cryptoError(key);
    return gcmOpen(std::get<SecretBytes>(key), *iv, adata.toString().toUtf8(), *ct);
}

QByteArray jsonInt(qint64 v)
{
    return QByteArray::number(v);
}
} // namespace

CryptoResult<SecretBytes> decrypt(const SecretBytes &password, const QByteArray &envelopeJson)
{
    if (envelopeJson.size() > kMaxEnvelopeBytes)
        return err(Kind::Malformed, "Envelope is too large");
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(envelopeJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return err(Kind::Malformed, "Envelope is not a JSON object");
    const QJsonObject o = doc.object();
    const auto version = intField(o, QLatin1StringView("v"), 1);
    if (!version)
        return err(Kind::Malformed, "Envelope version v must be an integer");
    if (*version == 1)
        return decryptV1(password, o);
    if (*version == 2)
        return decryptV2(password, o);
    return err(Kind::Unsupported, "Unsupported envelope version (only 1 and 2)");
}

CryptoResult<QByteArray> encryptV1(const SecretBytes &password, const SecretBytes &plaintext, const V1Params &params)
{
    const QByteArray salt = randomBytes(8);
    const QByteArray iv = randomBytes(16);
    if (salt.isEmpty() || iv.isEmpty())
        return err(Kind::Internal, "No randomness available");
    return encryptV1(password, plaintext, params, salt, iv);
}

CryptoResult<QByteArray> encryptV1(const SecretBytes &password, const SecretBytes &plaintext, const V1Params &params,
                                   const QByteArray &salt, const QByteArray &iv)
{
    if (ccmCipher(params.keySizeBits) == nullptr)
        return err(Kind::Unsupported, "Unsupported key size ks (128, 192 or 256)");
    if (params.tagSizeBits != 64 && params.tagSizeBits != 96 && params.tagSizeBits != 128)
        return err(Kind::Unsupported, "Unsupported tag size ts (64, 96 or 128)");
    if (params.iterations < kSjclMinIterations || params.iterations > kMaxPbkdf2Iterations)
        return err(Kind::Unsupported, "Unsupported PBKDF2 iteration count iter");
    if (salt.isEmpty() || salt.size() > 64 || iv.size() < 7 || iv.size() > 16)
        return err(Kind::Malformed, "Salt must be 1 to 64 bytes and iv 7 to 16 bytes");
    if (plaintext.size() > kMaxEnvelopeBytes / 2)
        return err(Kind::Unsupported, "Plaintext is too large");

    const QByteArray escapedAdata = jsEscape(params.adata);
    const QByteArray aad = QString::fromUtf8(params.adata).toUtf8();
    const int l = ccmL(plaintext.size(), iv.size());
    auto key = pbkdf2(password, salt, params.iterations, params.keySizeBits / 8);
    if (!cryptoOk(key))
        return cryptoError(key);
    auto ct = ccmSeal(std::get<SecretBytes>(key), params.keySizeBits, iv.first(15 - l), aad, plaintext.bytes(),
                      params.tagSizeBits / 8);
    if (!cryptoOk(ct))
        return ct;
    // Field order and formatting of sjcl.json.encode, so that our envelopes equal SJCL's byte for byte.
    return QByteArray("{\"iv\":\"" + iv.toBase64() + "\",\"v\":1,\"iter\":" + jsonInt(params.iterations)
                      + ",\"ks\":" + jsonInt(params.keySizeBits) + ",\"ts\":" + jsonInt(params.tagSizeBits)
                      + ",\"mode\":\"ccm\",\"adata\":\"" + escapedAdata + "\",\"cipher\":\"aes\",\"salt\":\""
                      + salt.toBase64() + "\",\"ct\":\"" + std::get<QByteArray>(ct).toBase64() + "\"}");
}

CryptoResult<QByteArray> encryptV2(const SecretBytes &password, const SecretBytes &plaintext, const V2Params &params)
{
    const QByteArray salt = randomBytes(16);
    const QByteArray iv = randomBytes(kGcmIvLength);
    const QByteArray hkdfSalt = randomBytes(kHkdfSaltLength);
    if (salt.isEmpty() || iv.isEmpty() || hkdfSalt.isEmpty())
        return err(Kind::Internal, "No randomness available");
    return encryptV2(password, plaintext, params, salt, iv, hkdfSalt);
}

CryptoResult<QByteArray> encryptV2(const SecretBytes &password, const SecretBytes &plaintext, const V2Params &params,
                                   const QByteArray &salt, const QByteArray &iv, const QByteArray &hkdfSalt)
{
    if (params.memoryKiB < 1 || params.memoryKiB > kMaxArgon2MemoryKiB || params.iterations < 1
        || params.iterations > kMaxArgon2Iterations || params.parallelism < 1 || params.parallelism > kMaxArgon2Lanes)
        return err(Kind::Unsupported, "Argon2 parameters are out of range");
    if (salt.size() < 8 || salt.size() > 64 || iv.size() != kGcmIvLength
        || (params.useHkdf && hkdfSalt.size() != kHkdfSaltLength))
        return err(Kind::Malformed, "Salt must be 8 to 64 bytes, iv 12 bytes and hkdfSalt 32 bytes");
    if (plaintext.size() > kMaxEnvelopeBytes / 2)
        return err(Kind::Unsupported, "Plaintext is too large");

    auto key = v2Key(password, salt, params.memoryKiB, params.iterations, params.parallelism,
                     params.useHkdf ? &hkdfSalt : nullptr);
    if (!cryptoOk(key))
        return cryptoError(key);
    auto ct = gcmSeal(std::get<SecretBytes>(key), iv, params.adata, plaintext.bytes());
    if (!cryptoOk(ct))
        return ct;
    // Field order of BitGo's JSON.stringify: encryptV2 (no hkdfSalt) and EncryptionSession (hkdfSalt after salt).
    QByteArray out = "{\"v\":2,\"m\":" + jsonInt(params.memoryKiB) + ",\"t\":" + jsonInt(params.iterations)
        + ",\"p\":" + jsonInt(params.parallelism) + ",\"salt\":\"" + salt.toBase64() + "\"";
    if (params.useHkdf)
        out += ",\"hkdfSalt\":\"" + hkdfSalt.toBase64() + "\"";
    out += ",\"iv\":\"" + iv.toBase64() + "\",\"ct\":\"" + std::get<QByteArray>(ct).toBase64() + "\"";
    if (!params.adata.isEmpty())
        out += ",\"adata\":"
            + QJsonDocument(QJsonObject {{QStringLiteral("a"), QString::fromUtf8(params.adata)}})
                  .toJson(QJsonDocument::Compact)
                  .mid(5)
                  .chopped(1);
    out += "}";
    return out;
}

} // namespace bgtm::sjcl
