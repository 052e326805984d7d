#include "Hmac.h"

#include "SecretBytes.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace bgtm::hmac {

namespace {
constexpr qsizetype kHmacTokenLength = 67;
constexpr qint64 kV3PastMs = 5 * 60 * 1000;
constexpr qint64 kV3FutureMs = 60 * 1000;

QByteArray join(std::initializer_list<QByteArray> parts)
{
    QByteArray out;
    bool first = true;
    for (const QByteArray &part : parts) {
        if (!first)
            out += '|';
        out += part;
        first = false;
    }
    return out;
}
} // namespace

bool isHmacToken(const QByteArray &token)
{
    return token.size() == kHmacTokenLength && token.startsWith("v2x");
}

QByteArray versionHeader(HmacVersion version)
{
    return version == HmacVersion::V3 ? QByteArrayLiteral("3.0") : QByteArrayLiteral("2.0");
}

QByteArray tokenHash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

QByteArray requestSubject(HmacVersion version, const QByteArray &method, qint64 timestampMs,
                          const QByteArray &pathWithQuery, const QByteArray &body)
{
    const QByteArray ts = QByteArray::number(timestampMs);
    if (version == HmacVersion::V3)
        return join({method.toUpper(), ts, versionHeader(version), pathWithQuery, body});
    return join({ts, pathWithQuery, body});
}

QByteArray responseSubject(HmacVersion version, const QByteArray &method, qint64 timestampMs,
                           const QByteArray &pathWithQuery, int status, const QByteArray &body)
{
    const QByteArray ts = QByteArray::number(timestampMs);
    const QByteArray code = QByteArray::number(status);
    if (version == HmacVersion::V3)
        return join({method.toUpper(), ts, pathWithQuery, code, body});
    return join({ts, pathWithQuery, code, body});
}

QByteArray sign(const QByteArray &token, const QByteArray &subject)
{
    return QMessageAuthenticationCode::hash(subject, token, QCryptographicHash::Sha256).toHex();
}

bool verify(const QByteArray &token, const QByteArray &subject, const QByteArray &receivedHex)
{
    const QByteArray expected = sign(token, subject);
    const QByteArray received = receivedHex.toLower();
    if (received.size() != expected.size())
        return false;
    return constantTimeEqual(expected.constData(), received.constData(), expected.size());
}

bool isWithinV3Window(qint64 responseTimestampMs, qint64 nowMs)
{
    return responseTimestampMs >= nowMs - kV3PastMs && responseTimestampMs <= nowMs + kV3FutureMs;
}

bool isFreshReply(HmacVersion version, qint64 responseTimestampMs, qint64 nowMs)
{
    return version == HmacVersion::V2 || isWithinV3Window(responseTimestampMs, nowMs);
}

} // namespace bgtm::hmac
