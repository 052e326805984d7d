#include "FuzzEntries.h"

#include "Hmac.h"

#include <QByteArray>
#include <QList>

#include <cstdlib>
#include <cstring>

namespace bgtm::fuzz {

int hmacVerify(const std::uint8_t *data, std::size_t size)
{
    // token \n subject \n received-hmac (the subject may itself contain '|' separators, as real ones do)
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype first = input.indexOf('\n');
    const qsizetype last = input.lastIndexOf('\n');
    if (first < 0 || last <= first)
        return 0;
    const QByteArray token = input.left(first);
    const QByteArray subject = input.mid(first + 1, last - first - 1);
    const QByteArray received = input.mid(last + 1);

    (void)hmac::isHmacToken(token);
    if (hmac::tokenHash(token).size() != 64)
        std::abort();
    const bool ok = hmac::verify(token, subject, received);
    const QByteArray expected = hmac::sign(token, subject);
    // verify accepts exactly the correct HMAC, in either hex case, and nothing else.
    if (ok != (received.toLower() == expected))
        std::abort();
    if (!hmac::verify(token, subject, expected) || !hmac::verify(token, subject, expected.toUpper()))
        std::abort();
    if (received.size() >= 8) {
        qint64 ts = 0;
        std::memcpy(&ts, received.constData(), sizeof ts);
        (void)hmac::isWithinV3Window(ts, 1'780'000'000'000LL);
    }
    return 0;
}

} // namespace bgtm::fuzz
