#pragma once

#include <QString>

#include <variant>

namespace bgtm {

/// Why a cryptographic operation failed. Messages never contain secret material (passwords, keys, plaintext).
struct CryptoError {
    enum class Kind {
        Malformed,     ///< input is not well-formed (bad JSON, bad base64/base58, wrong lengths, bad checksum)
        Unsupported,   ///< well-formed but outside what we accept (mode, ks, ts, version, m/t/p over the caps)
        WrongPassword, ///< authentication tag mismatch: wrong password/key or tampered ciphertext
        BadPath,       ///< derivation path unparsable, hardened, or too deep
        BadKey,        ///< key bytes invalid for the curve, or a public key where a private one is needed
        Internal,      ///< a library call failed unexpectedly (allocation, OpenSSL error)
    };
    Kind kind = Kind::Internal;
    QString message;
};

/// A value or the reason it could not be produced. Test with `std::holds_alternative<CryptoError>(r)` or `cryptoOk(r)`.
template <class T>
using CryptoResult = std::variant<T, CryptoError>;

template <class T>
[[nodiscard]] bool cryptoOk(const CryptoResult<T> &result)
{
    return std::holds_alternative<T>(result);
}

/// The error of a failed result (precondition: `!cryptoOk(result)`).
template <class T>
[[nodiscard]] const CryptoError &cryptoError(const CryptoResult<T> &result)
{
    return std::get<CryptoError>(result);
}

} // namespace bgtm
