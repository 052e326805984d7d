#include "Base58.h"

#include "Digest.h"

#include <QVarLengthArray>

namespace bgtm::base58 {

namespace {
constexpr char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
constexpr qsizetype kMaxTextLength = 1024; // far above the 111 characters of an xprv; bounds the O(n²) loop
constexpr qsizetype kChecksumLength = 4;

int digitOf(char c)
{
    for (int i = 0; i < 58; ++i) {
        if (kAlphabet[i] == c)
            return i;
    }
    return -1;
}

QByteArray checksum(const QByteArray &payload)
{
    return digest::sha256(digest::sha256(payload)).left(kChecksumLength);
}
} // namespace

QByteArray encode(const QByteArray &data)
{
    qsizetype zeros = 0;
    while (zeros < data.size() && data.at(zeros) == 0)
        ++zeros;
    // Base-256 to base-58 by repeated multiply-add; log(256)/log(58) < 1.38.
    QVarLengthArray<unsigned char, 128> digits(data.size() * 138 / 100 + 1, 0);
    qsizetype used = 0;
    for (qsizetype i = zeros; i < data.size(); ++i) {
        int carry = static_cast<unsigned char>(data.at(i));
        qsizetype j = 0;
        for (; j < used || carry != 0; ++j) {
            carry += 256 * digits[j];
            digits[j] = static_cast<unsigned char>(carry % 58);
            carry /= 58;
        }
        used = j;
    }
    QByteArray out(zeros, '1');
    out.reserve(zeros + used);
    for (qsizetype i = used - 1; i >= 0; --i)
        out.append(kAlphabet[digits[i]]);
    return out;
}

CryptoResult<QByteArray> decode(const QByteArray &text)
{
    if (text.size() > kMaxTextLength)
        return digest::error(CryptoError::Kind::Malformed, "Base58 text is too long");
    qsizetype ones = 0;
    while (ones < text.size() && text.at(ones) == '1')
        ++ones;
    QVarLengthArray<unsigned char, 128> bytes(text.size() * 733 / 1000 + 1, 0); // log(58)/log(256) < 0.733
    qsizetype used = 0;
    for (qsizetype i = ones; i < text.size(); ++i) {
        int carry = digitOf(text.at(i));
        if (carry < 0)
            return digest::error(CryptoError::Kind::Malformed, "Base58 text contains a character outside the alphabet");
        qsizetype j = 0;
        for (; j < used || carry != 0; ++j) {
            carry += 58 * bytes[j];
            bytes[j] = static_cast<unsigned char>(carry & 0xff);
            carry >>= 8;
        }
        used = j;
    }
    QByteArray out(ones, '\0');
    out.reserve(ones + used);
    for (qsizetype i = used - 1; i >= 0; --i)
        out.append(static_cast<char>(bytes[i]));
    return out;
}

QByteArray encodeCheck(const QByteArray &payload)
{
    return encode(payload + checksum(payload));
}

CryptoResult<QByteArray> decodeCheck(const QByteArray &text)
{
    auto decoded = decode(text);
    if (!cryptoOk(decoded))
        return decoded;
    QByteArray &bytes = std::get<QByteArray>(decoded);
    if (bytes.size() < kChecksumLength)
        return digest::error(CryptoError::Kind::Malformed, "Base58Check text is too short for its checksum");
    const QByteArray payload = bytes.first(bytes.size() - kChecksumLength);
    if (checksum(payload) != bytes.last(kChecksumLength))
        return digest::error(CryptoError::Kind::Malformed, "Base58Check checksum does not match");
    return payload;
}

} // namespace bgtm::base58
