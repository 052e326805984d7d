#include "FuzzEntries.h"

#include "Base58.h"

#include <QByteArray>

#include <cstdlib>

namespace bgtm::fuzz {

int base58(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto decoded = base58::decode(text);
    if (cryptoOk(decoded) && base58::encode(std::get<QByteArray>(decoded)) != text)
        std::abort(); // Base58 is canonical: a successful decode re-encodes to the same text
    const auto checked = base58::decodeCheck(text);
    if (cryptoOk(checked) && base58::encodeCheck(std::get<QByteArray>(checked)) != text)
        std::abort();
    // Encoding arbitrary bytes must decode back.
    if (size <= 256) {
        const auto round = base58::decode(base58::encode(text));
        if (!cryptoOk(round) || std::get<QByteArray>(round) != text)
            std::abort();
    }
    return 0;
}

} // namespace bgtm::fuzz
