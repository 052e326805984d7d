#include "FuzzEntries.h"

#include "TokenPageOracle.h"
#include "net/ReplyMappers.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

namespace bgtm::fuzz {

int tokenListDiff(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString difference = test::tokenPageDifference(test::tokenPageOracle(body), mappers::tokenPage(body));
    if (!difference.isEmpty()) {
        // A token list holds no secrets: the difference may be printed to help reproduce it.
        std::fprintf(stderr, "tokenPage disagrees with the QJsonDocument mapping: %s\n", qPrintable(difference));
        std::abort();
    }
    return 0;
}

} // namespace bgtm::fuzz
