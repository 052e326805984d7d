#include "Bip32.h"

#include "Base58.h"
#include "Digest.h"
#include "Secp256k1Context.h"

#include <QList>
#include <QtEndian>

#include <openssl/crypto.h>

#include <array>
#include <cstring>
#include <vector>

namespace bgtm {

namespace {
// BIP32 version bytes: mainnet xprv/xpub and testnet tprv/tpub.
constexpr quint32 kXprv = 0x0488ADE4u;
constexpr quint32 kXpub = 0x0488B21Eu;
constexpr quint32 kTprv = 0x04358394u;
constexpr quint32 kTpub = 0x043587CFu;
constexpr qsizetype kPayloadLength = 78;

bool isPrivateVersion(quint32 v)
{
    return v == kXprv || v == kTprv;
}
bool isPublicVersion(quint32 v)
{
    return v == kXpub || v == kTpub;
}
quint32 publicVersionOf(quint32 v)
{
    return v == kTprv ? kTpub : (v == kXprv ? kXpub : v);
}

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

/// Compressed public key of a valid 32-byte private key; empty on failure.
QByteArray publicKeyOf(const QByteArray &privateKey)
{
    secp256k1_pubkey pub;
    if (secp256k1_ec_pubkey_create(secp::context(), &pub, bytes(privateKey)) != 1)
        return {};
    QByteArray out(33, Qt::Uninitialized);
    size_t length = 33;
    secp256k1_ec_pubkey_serialize(secp::context(), reinterpret_cast<unsigned char *>(out.data()), &length, &pub,
                                  SECP256K1_EC_COMPRESSED);
    return out;
}

void appendBe32(QByteArray &out, quint32 value)
{
    char be[4];
    qToBigEndian(value, be);
    out.append(be, 4);
}

CryptoError err(CryptoError::Kind kind, const char *message)
{
    return digest::error(kind, message);
}
} // namespace

ExtendedKey ExtendedKey::copy() const
{
    ExtendedKey k;
    k.m_version = m_version;
    k.m_depth = m_depth;
    k.m_parentFingerprint = m_parentFingerprint;
    k.m_childNumber = m_childNumber;
    k.m_chainCode = m_chainCode;
    k.m_publicKey = m_publicKey;
    k.m_privateKey = m_privateKey.copy();
    return k;
}

CryptoResult<ExtendedKey> ExtendedKey::fromBase58(const QByteArray &text)
{
    auto decoded = base58::decodeCheck(text);
    if (!cryptoOk(decoded))
        return cryptoError(decoded);
    // The payload of an xprv holds the private key: wipe it when we are done.
    SecretBytes payload(std::move(std::get<QByteArray>(decoded)));
    const QByteArray &p = payload.bytes();
    if (p.size() != kPayloadLength)
        return err(CryptoError::Kind::Malformed, "Extended key has the wrong length");

    ExtendedKey k;
    k.m_version = qFromBigEndian<quint32>(p.constData());
    k.m_depth = static_cast<quint8>(p.at(4));
    k.m_parentFingerprint = qFromBigEndian<quint32>(p.constData() + 5);
    k.m_childNumber = qFromBigEndian<quint32>(p.constData() + 9);
    k.m_chainCode = p.mid(13, 32);
    const QByteArray keyData = p.mid(45, 33);
    if (k.m_depth == 0 && (k.m_parentFingerprint != 0 || k.m_childNumber != 0))
        return err(CryptoError::Kind::Malformed, "Master extended key has a parent fingerprint or child number");

    if (isPrivateVersion(k.m_version)) {
        SecretBytes keyBytes(keyData.mid(1));
        if (keyData.at(0) != 0)
            return err(CryptoError::Kind::Malformed, "Extended private key does not start with a zero byte");
        if (secp256k1_ec_seckey_verify(secp::context(), bytes(keyBytes.bytes())) != 1)
            return err(CryptoError::Kind::BadKey, "Extended private key is not a valid secp256k1 key");
        k.m_publicKey = publicKeyOf(keyBytes.bytes());
        k.m_privateKey = std::move(keyBytes);
    } else if (isPublicVersion(k.m_version)) {
        secp256k1_pubkey pub;
        if (secp256k1_ec_pubkey_parse(secp::context(), &pub, bytes(keyData), 33) != 1)
            return err(CryptoError::Kind::BadKey, "Extended public key is not a valid secp256k1 point");
        k.m_publicKey = keyData;
    } else {
        return err(CryptoError::Kind::Unsupported,
                   "Extended key has an unknown version (expected xprv, xpub, tprv or tpub)");
    }
    if (k.m_publicKey.size() != 33)
        return err(CryptoError::Kind::Internal, "Could not compute the public key");
    return k;
}

CryptoResult<ExtendedKey> ExtendedKey::fromSeed(const SecretBytes &seed)
{
    if (seed.size() < 16 || seed.size() > 64)
        return err(CryptoError::Kind::BadKey, "BIP32 seed must be 16 to 64 bytes");
    SecretBytes i(digest::hmacSha512(QByteArrayLiteral("Bitcoin seed"), seed.bytes()));
    if (i.size() != 64)
        return err(CryptoError::Kind::Internal, "HMAC-SHA512 failed");
    SecretBytes key(i.bytes().first(32));
    if (secp256k1_ec_seckey_verify(secp::context(), bytes(key.bytes())) != 1)
        return err(CryptoError::Kind::BadKey, "Seed yields an invalid master key");
    ExtendedKey k;
    k.m_version = kXprv;
    k.m_chainCode = i.bytes().last(32);
    k.m_publicKey = publicKeyOf(key.bytes());
    k.m_privateKey = std::move(key);
    return k;
}

ExtendedKey ExtendedKey::neutered() const
{
    ExtendedKey k = copy();
    k.m_privateKey.clear();
    k.m_version = publicVersionOf(m_version);
    return k;
}

QByteArray ExtendedKey::toXpub() const
{
    QByteArray p;
    p.reserve(kPayloadLength);
    appendBe32(p, publicVersionOf(m_version));
    p.append(static_cast<char>(m_depth));
    appendBe32(p, m_parentFingerprint);
    appendBe32(p, m_childNumber);
    p.append(m_chainCode);
    p.append(m_publicKey);
    return base58::encodeCheck(p);
}

SecretBytes ExtendedKey::toXprv() const
{
    if (!isPrivate())
        return {};
    QByteArray raw;
    raw.reserve(kPayloadLength);
    appendBe32(raw, m_version);
    raw.append(static_cast<char>(m_depth));
    appendBe32(raw, m_parentFingerprint);
    appendBe32(raw, m_childNumber);
    raw.append(m_chainCode);
    raw.append('\0');
    raw.append(m_privateKey.bytes());
    const SecretBytes p(std::move(raw));
    return SecretBytes(base58::encodeCheck(p.bytes()));
}

quint32 ExtendedKey::fingerprint() const
{
    const QByteArray h = digest::hash160(m_publicKey);
    if (h.size() < 4)
        return 0; // RIPEMD160 unavailable; see Digest.h
    return qFromBigEndian<quint32>(h.constData());
}

CryptoResult<ExtendedKey> ExtendedKey::deriveChild(quint32 index) const
{
    if (index >= kHardenedOffset)
        return err(CryptoError::Kind::BadPath, "Hardened derivation is not supported");
    if (m_depth == 255)
        return err(CryptoError::Kind::BadPath, "Derivation path is too deep");
    if (digest::hash160(m_publicKey).size() < 4)
        return err(CryptoError::Kind::Internal, "RIPEMD160 is unavailable in this OpenSSL");

    // Non-hardened: I = HMAC-SHA512(chain code, serP(K) ‖ ser32(i)).
    QByteArray data = m_publicKey;
    appendBe32(data, index);
    SecretBytes i(digest::hmacSha512(m_chainCode, data));
    if (i.size() != 64)
        return err(CryptoError::Kind::Internal, "HMAC-SHA512 failed");
    const QByteArray il = i.bytes().first(32); // tweak; not secret on its own (derivable from the xpub)

    ExtendedKey child;
    child.m_version = m_version;
    child.m_depth = static_cast<quint8>(m_depth + 1);
    child.m_parentFingerprint = fingerprint();
    child.m_childNumber = index;
    child.m_chainCode = i.bytes().last(32);
    if (isPrivate()) {
        std::array<unsigned char, 32> key {};
        std::memcpy(key.data(), m_privateKey.bytes().constData(), key.size());
        const bool ok = secp256k1_ec_seckey_tweak_add(secp::context(), key.data(), bytes(il)) == 1;
        SecretBytes childKey(
            QByteArray(reinterpret_cast<const char *>(key.data()), static_cast<qsizetype>(key.size())));
        OPENSSL_cleanse(key.data(), key.size());
        if (!ok)
            return err(CryptoError::Kind::BadKey, "Derived child key is invalid; use the next index");
        child.m_publicKey = publicKeyOf(childKey.bytes());
        child.m_privateKey = std::move(childKey);
    } else {
        secp256k1_pubkey pub;
        if (secp256k1_ec_pubkey_parse(secp::context(), &pub, bytes(m_publicKey), 33) != 1)
            return err(CryptoError::Kind::BadKey, "Public key is not a valid secp256k1 point");
        if (secp256k1_ec_pubkey_tweak_add(secp::context(), &pub, bytes(il)) != 1)
            return err(CryptoError::Kind::BadKey, "Derived child key is invalid; use the next index");
        QByteArray out(33, Qt::Uninitialized);
        size_t length = 33;
        secp256k1_ec_pubkey_serialize(secp::context(), reinterpret_cast<unsigned char *>(out.data()), &length, &pub,
                                      SECP256K1_EC_COMPRESSED);
        child.m_publicKey = out;
    }
    if (child.m_publicKey.size() != 33)
        return err(CryptoError::Kind::Internal, "Could not compute the child public key");
    return child;
}

CryptoResult<ExtendedKey> ExtendedKey::derivePath(QStringView path) const
{
    if (path.isEmpty())
        return err(CryptoError::Kind::BadPath, "Derivation path is empty");
    const QList<QStringView> parts = path.split(u'/');
    qsizetype first = 0;
    if (!parts.isEmpty() && parts.first() == u"m")
        first = 1;
    if (parts.size() - first > kMaxPathDepth)
        return err(CryptoError::Kind::BadPath, "Derivation path has too many components");
    std::vector<quint32> indexes;
    for (qsizetype n = first; n < parts.size(); ++n) {
        const QStringView part = parts.at(n);
        if (part.endsWith(u'\'') || part.endsWith(u'h') || part.endsWith(u'H'))
            return err(CryptoError::Kind::BadPath, "Hardened derivation is not supported");
        if (part.isEmpty() || part.size() > 10)
            return err(CryptoError::Kind::BadPath, "Derivation path component is empty or too long");
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return err(CryptoError::Kind::BadPath, "Derivation path component is not a decimal number");
        }
        bool ok = false;
        const qulonglong value = part.toULongLong(&ok);
        if (!ok || value >= kHardenedOffset)
            return err(CryptoError::Kind::BadPath, "Derivation path index is out of range (must be below 2^31)");
        indexes.push_back(static_cast<quint32>(value));
    }
    ExtendedKey current = copy();
    for (quint32 index : indexes) {
        auto next = current.deriveChild(index);
        if (!cryptoOk(next))
            return next;
        current = std::move(std::get<ExtendedKey>(next));
    }
    return current;
}

} // namespace bgtm
