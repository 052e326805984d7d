#pragma once

#include "CryptoError.h"
#include "SecretBytes.h"

#include <QByteArray>
#include <QStringView>

namespace bgtm {

/// A BIP32 extended key (xprv/xpub; tprv/tpub are accepted too). Move-only because it may hold a private key;
/// `copy()` duplicates explicitly. Only non-hardened derivation is offered: it is all BitGo's ECDH path needs
/// (protocol doc §3), and it works the same for private and public keys.
class ExtendedKey
{
public:
    static constexpr quint32 kHardenedOffset = 0x80000000u;
    static constexpr int kMaxPathDepth = 32; ///< refuse longer paths (untrusted input)

    /// Parses a Base58Check xprv/xpub (78-byte payload). Malformed on bad encoding/length/checksum,
    /// Unsupported on an unknown version, BadKey on a key that is not valid on secp256k1.
    [[nodiscard]] static CryptoResult<ExtendedKey> fromBase58(const QByteArray &text);
    /// Master key from a seed (16–64 bytes): HMAC-SHA512(key = "Bitcoin seed", seed), mainnet xprv version.
    [[nodiscard]] static CryptoResult<ExtendedKey> fromSeed(const SecretBytes &seed);

    ExtendedKey(ExtendedKey &&) noexcept = default;
    ExtendedKey &operator=(ExtendedKey &&) noexcept = default;
    [[nodiscard]] ExtendedKey copy() const;

    [[nodiscard]] bool isPrivate() const { return !m_privateKey.isEmpty(); }
    /// The public counterpart (xpub/tpub) of this key; a public key returns a copy of itself.
    [[nodiscard]] ExtendedKey neutered() const;

    /// Base58Check xpub/tpub of this key (for a private key: of its public counterpart). Not secret.
    [[nodiscard]] QByteArray toXpub() const;
    /// Base58Check xprv/tprv; empty when the key is public. Secret.
    [[nodiscard]] SecretBytes toXprv() const;

    /// Non-hardened child `index` (< 2^31). BadPath for hardened indexes; BadKey in the (2^-127) invalid-child case.
    [[nodiscard]] CryptoResult<ExtendedKey> deriveChild(quint32 index) const;
    /// Path like "m/999999/12/34" or "999999/12/34" (relative to this key, as BitGo's SDK derives the ECDH key).
    /// BadPath for empty components, non-digits, hardened markers (' h H), indexes ≥ 2^31, or more than kMaxPathDepth.
    [[nodiscard]] CryptoResult<ExtendedKey> derivePath(QStringView path) const;

    /// 33-byte compressed public key.
    [[nodiscard]] const QByteArray &publicKey() const { return m_publicKey; }
    /// 32-byte private key; empty for a public key.
    [[nodiscard]] const SecretBytes &privateKey() const { return m_privateKey; }
    [[nodiscard]] const QByteArray &chainCode() const { return m_chainCode; }
    [[nodiscard]] quint8 depth() const { return m_depth; }
    [[nodiscard]] quint32 childNumber() const { return m_childNumber; }
    [[nodiscard]] quint32 parentFingerprint() const { return m_parentFingerprint; }
    /// First 4 bytes of HASH160(publicKey) as a big-endian number.
    [[nodiscard]] quint32 fingerprint() const;

private:
    ExtendedKey() = default;

    quint32 m_version = 0;
    quint8 m_depth = 0;
    quint32 m_parentFingerprint = 0;
    quint32 m_childNumber = 0;
    QByteArray m_chainCode;   // 32 bytes
    QByteArray m_publicKey;   // 33 bytes, compressed
    SecretBytes m_privateKey; // 32 bytes or empty
};

} // namespace bgtm
