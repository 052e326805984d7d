#include "FuzzEntries.h"

#include "Bip32.h"

#include <QByteArray>
#include <QString>

#include <cstdlib>

namespace bgtm::fuzz {

int bip32(const std::uint8_t *data, std::size_t size)
{
    // line 1: Base58Check extended key; line 2 (optional): derivation path
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray keyText = newline < 0 ? input : input.left(newline);
    const QString path = newline < 0 ? QString() : QString::fromUtf8(input.mid(newline + 1));

    auto parsed = ExtendedKey::fromBase58(keyText);
    if (!cryptoOk(parsed))
        return 0;
    const ExtendedKey &key = std::get<ExtendedKey>(parsed);
    if (key.publicKey().size() != 33 || key.chainCode().size() != 32)
        std::abort();
    // A parsed key re-encodes to a key that parses to the same public key.
    auto again = ExtendedKey::fromBase58(key.toXpub());
    if (!cryptoOk(again) || std::get<ExtendedKey>(again).publicKey() != key.publicKey())
        std::abort();
    if (!path.isEmpty()) {
        auto child = key.derivePath(path);
        if (cryptoOk(child) && std::get<ExtendedKey>(child).isPrivate() != key.isPrivate())
            std::abort();
    }
    return 0;
}

} // namespace bgtm::fuzz
