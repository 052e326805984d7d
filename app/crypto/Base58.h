#pragma once

#include "CryptoError.h"

#include <QByteArray>

namespace bgtm::base58 {

/// Bitcoin alphabet Base58 (leading zero bytes become leading '1's).
[[nodiscard]] QByteArray encode(const QByteArray &data);
/// Malformed on characters outside the alphabet or input longer than 1024 characters.
[[nodiscard]] CryptoResult<QByteArray> decode(const QByteArray &text);

/// Base58Check: payload ‖ first 4 bytes of SHA-256(SHA-256(payload)).
[[nodiscard]] QByteArray encodeCheck(const QByteArray &payload);
/// Malformed on bad characters, input shorter than the 4-byte checksum, or a checksum mismatch.
[[nodiscard]] CryptoResult<QByteArray> decodeCheck(const QByteArray &text);

} // namespace bgtm::base58
