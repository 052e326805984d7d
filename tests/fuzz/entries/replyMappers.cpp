#include "FuzzEntries.h"

#include "net/ReplyMappers.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdlib>

namespace bgtm::fuzz {

namespace {
// A fixed clock keeps runs reproducible (expiry checks compare against it).
QDateTime fixedNow()
{
    return QDateTime::fromMSecsSinceEpoch(1'780'000'000'000LL, Qt::UTC);
}

// Every mapper promises "a value or an Error of kind MalformedReply" (ReplyMappers.h); an Error without a
// message would reach the user as a blank dialog.
template <typename T>
void checkResult(const Result<T> &result)
{
    if (!result.ok() && result.error().message.isEmpty())
        std::abort();
}
} // namespace

int replyMappers(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::uint8_t selector = data[0];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    switch (selector % 12) {
    case 0:
        checkResult(mappers::loginReply(body, fixedNow()));
        break;
    case 1:
        checkResult(mappers::createReply(body, fixedNow()));
        break;
    case 2:
        checkResult(mappers::tokenPage(body));
        break;
    case 3:
        checkResult(mappers::tokenDocument(body));
        break;
    case 4:
        checkResult(mappers::sessionInfo(body));
        break;
    case 5:
        checkResult(mappers::user(body));
        break;
    case 6:
        checkResult(mappers::passwordValid(body));
        break;
    case 7: {
        mappers::ErrorContext context;
        static constexpr CallKind kKinds[] = {CallKind::Read, CallKind::Write, CallKind::Login, CallKind::Read};
        context.kind = kKinds[(selector >> 4) & 0x3];
        context.xAuthRequired = (selector & 0x20) != 0;
        context.retryAfterSeconds = (selector & 0x40) != 0 ? 30 : -1;
        context.hmacRequest = (selector & 0x80) != 0;
        static constexpr int kStatuses[] = {400, 401, 403, 404, 429, 500, 502, 503};
        const Error error = mappers::errorFromReply(kStatuses[(selector >> 4) % 8], body, context);
        if (error.message.isEmpty())
            std::abort();
        break;
    }
    case 8: {
        const int seconds = mappers::retryAfterSeconds(body, fixedNow());
        if (seconds < -1)
            std::abort();
        break;
    }
    case 9:
        (void)mappers::httpDate(body);
        break;
    case 10: {
        // amount() takes a JSON value: wrap the bytes as an array element so numbers, strings and literals all reach
        // it.
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[" + body + "]"));
        if (doc.isArray() && !doc.array().isEmpty()) {
            const auto parsed = mappers::amount(doc.array().first());
            if (parsed) {
                for (const QChar c : parsed->digits)
                    if (!c.isDigit())
                        std::abort();
                if (parsed->digits.isEmpty())
                    std::abort();
            }
        }
        break;
    }
    default: {
        // Also reach accessTokenFromObject directly with any object.
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (doc.isObject())
            checkResult(mappers::accessTokenFromObject(doc.object()));
        break;
    }
    }
    return 0;
}

} // namespace bgtm::fuzz
