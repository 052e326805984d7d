#include "RequestJob.h"

#include "ReplyMappers.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslError>

#include <algorithm>
#include <utility>

namespace bgtm {

namespace {

Error makeError(ErrorKind kind, const QString &message)
{
    Error error;
    error.kind = kind;
    error.message = message;
    return error;
}

// Qt's read buffer for the reply: small, so that a huge reply stays in the socket until we have read and
// measured what came so far (bounded memory while refusing it).
constexpr qint64 kReadBufferBytes = 64 * 1024;

bool isHttpLevelError(QNetworkReply::NetworkError code)
{
    // Content (2xx enum range) and server (4xx enum range) errors mean "an HTTP status arrived"; the body is whole.
    // Qt reports HTTP 400 as ProtocolInvalidOperationError: BitGo's validation errors arrive that way, and their
    // body (error, name, context.field) must reach the user, not be mistaken for a broken connection.
    const int value = static_cast<int>(code);
    return code == QNetworkReply::NoError || code == QNetworkReply::ProtocolInvalidOperationError
        || (value >= 201 && value <= 299) || (value >= 401 && value <= 499);
}

} // namespace

RequestJob::RequestJob(QNetworkAccessManager *network, TransportSettings settings, RequestSpec spec, Handler handler,
                       QObject *parent)
    : QObject(parent),
      m_network(network),
      m_settings(std::move(settings)),
      m_spec(std::move(spec)),
      m_handler(std::move(handler))
{
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire up to 5% early: a deadline must not end a request before it, nor a Retry-After wait
    // resend before the server allowed (found by drippingServerEndsAtTheTotalDeadline, 1 899 ms of 2 000).
    m_deadline.setTimerType(Qt::PreciseTimer);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &RequestJob::onDeadline);
    connect(&m_retryTimer, &QTimer::timeout, this, &RequestJob::send);
}

RequestJob::~RequestJob()
{
    if (m_reply) {
        m_stop = Stop::Silenced;
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    wipeInPlace(m_spec.body); // when no finish() did (an abort)
}

void RequestJob::start()
{
    m_elapsed.start();
    // The total deadline covers the whole exchange including any 429 wait: a dripping server that never falls
    // silent long enough for the transfer timeout still ends here.
    m_deadline.start(m_settings.totalDeadline);
    send();
}

void RequestJob::abort()
{
    m_done = true;
    stop(Stop::Silenced);
    m_deadline.stop();
    m_retryTimer.stop();
}

QByteArray RequestJob::pathWithQuery() const
{
    QByteArray out = QUrl(m_spec.path).toEncoded(QUrl::FullyEncoded);
    if (!m_spec.query.isEmpty())
        out += '?' + m_spec.query.toString(QUrl::FullyEncoded).toUtf8();
    return out;
}

void RequestJob::send()
{
    ++m_attempt;
    discardBody();
    m_tlsProblem.clear();

    QUrl url = m_settings.baseUrl;
    url.setPath(m_spec.path);
    if (!m_spec.query.isEmpty())
        url.setQuery(m_spec.query);

    QNetworkRequest request(url);
    // Qt's default follows redirects (to other hosts too, Authorization included): never follow; a 3xx is an error.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // HTTP/1.1 only, decided on purpose: one request per connection at a time keeps a close-before-reply
    // observable per request (the close-after-commit check), the sandbox (Qt HTTP Server 6.4) speaks HTTP/1.1 only,
    // and a handful of small JSON calls gains nothing from multiplexing.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // No cache: every answer must come from the server and be verified.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Qt 6.4 has no attribute that stops it from silently resending a request whose connection closed before
    // any reply byte; every send is reported to m_spec.onSent (BitGoClient::createToken counts them).
    request.setTransferTimeout(static_cast<int>(m_settings.transferTimeout.count()));
    // QSslConfiguration::defaultConfiguration() loads the TLS backend and OpenSSL even for plain http (the loopback
    // sandbox); QNetworkRequest falls back to it on its own for https, so only an explicit configuration is set.
    if (m_settings.ssl)
        request.setSslConfiguration(*m_settings.ssl);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("bitgo-token-manager/" BGTM_VERSION));
    if (!m_spec.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    const QByteArray &token = m_spec.token.bytes();
    m_timestampMs = QDateTime::currentMSecsSinceEpoch();
    const bool hmac = m_spec.auth == AuthMode::Session && hmac::isHmacToken(token);
    const QByteArray authVersion = hmac::versionHeader(m_spec.hmacVersion);
    if (hmac) {
        // Protocol doc §2: the raw token never travels; its hash and an HMAC over the exact request do.
        const QByteArray subject =
            hmac::requestSubject(m_spec.hmacVersion, m_spec.method, m_timestampMs, pathWithQuery(), m_spec.body);
        request.setRawHeader("BitGo-Auth-Version", authVersion);
        request.setRawHeader("Auth-Timestamp", QByteArray::number(m_timestampMs));
        request.setRawHeader("Authorization", "Bearer " + hmac::tokenHash(token));
        request.setRawHeader("HMAC", hmac::sign(token, subject));
    } else if (m_spec.auth != AuthMode::None) {
        // v1 bearer (legacy tokens) and the SDK's create downgrade: the raw token, nothing else.
        request.setRawHeader("Authorization", "Bearer " + token);
    } else if (m_spec.authVersionHeader) {
        request.setRawHeader("BitGo-Auth-Version", authVersion);
    }

    if (m_spec.method == "GET")
        m_reply = m_network->get(request);
    else if (m_spec.method == "DELETE" && m_spec.body.isEmpty())
        m_reply = m_network->deleteResource(request);
    else {
        // Read in place from m_spec.body, not from the copy QNetworkAccessManager's QByteArray overload keeps
        // (shared until the reply is deleted), so that finish() can wipe the one buffer that holds the body.
        // Qt reads the device until the reply has finished, and a previous attempt's reply has.
        m_upload = std::make_unique<QBuffer>(&m_spec.body);
        m_upload->open(QIODevice::ReadOnly);
        m_reply = m_network->sendCustomRequest(request, m_spec.method, m_upload.get());
    }

    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &RequestJob::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &RequestJob::onReadyRead);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (received > m_settings.maxReplyBytes || total > m_settings.maxReplyBytes)
            stop(Stop::TooLarge);
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails. Keep the first reason for the message.
        if (!errors.isEmpty() && m_tlsProblem.isEmpty())
            m_tlsProblem = errors.first().errorString();
    });
    if (m_spec.onSent)
        connect(m_reply, &QNetworkReply::requestSent, this, [this] { m_spec.onSent(); });
    connect(m_reply, &QNetworkReply::finished, this, &RequestJob::onFinished);
}

void RequestJob::onMetaDataChanged()
{
    if (!m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_settings.maxReplyBytes)
        stop(Stop::TooLarge);
}

void RequestJob::onReadyRead()
{
    if (!m_reply)
        return;
    appendToBody(m_reply->readAll());
    if (m_body.size() > m_settings.maxReplyBytes)
        stop(Stop::TooLarge);
}

void RequestJob::appendToBody(QByteArray chunk)
{
    // A reply may carry a token (login, create): neither the chunk nor a buffer outgrown is freed unwiped.
    if (m_body.isEmpty()) {
        m_body = std::move(chunk);
        return;
    }
    if (m_body.size() + chunk.size() > m_body.capacity()) {
        QByteArray larger;
        larger.reserve(std::max(m_body.capacity() * 2, m_body.size() + chunk.size()));
        larger.append(m_body.constData(), m_body.size());
        discardBody();
        m_body = std::move(larger);
    }
    m_body.append(chunk.constData(), chunk.size());
    wipeInPlace(chunk);
}

void RequestJob::discardBody()
{
    wipeInPlace(m_body);
    m_body.clear();
}

void RequestJob::onDeadline()
{
    if (m_retryTimer.isActive()) {
        m_retryTimer.stop();
        finish(makeError(ErrorKind::Timeout, tr("The server did not answer in time.")));
        return;
    }
    stop(Stop::Deadline);
}

void RequestJob::stop(Stop reason)
{
    if (m_stop == Stop::None)
        m_stop = reason;
    if (m_reply)
        m_reply->abort(); // emits finished → onFinished reports m_stop (or nothing when silenced)
}

void RequestJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const Stop stopped = std::exchange(m_stop, Stop::None);
    if (stopped == Stop::Silenced || m_done)
        return;
    if (stopped == Stop::Deadline) {
        finish(makeError(ErrorKind::Timeout,
                         tr("The server did not finish answering within %n second(s).", nullptr,
                            static_cast<int>(m_settings.totalDeadline.count() / 1000))));
        return;
    }
    if (stopped == Stop::TooLarge) {
        discardBody();
        finish(mappers::malformed(
            tr("the reply is larger than %n byte(s)", nullptr, static_cast<int>(m_settings.maxReplyBytes))));
        return;
    }
    if (reply->isOpen())
        appendToBody(reply->readAll());
    if (m_body.size() > m_settings.maxReplyBytes) {
        discardBody();
        finish(mappers::malformed(tr("the reply is too large")));
        return;
    }

    const QNetworkReply::NetworkError code = reply->error();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    // A reply cut mid-body still carries status 200: the error decides, never the status alone.
    if (status == 0 || !isHttpLevelError(code)) {
        discardBody();
        finish(transportError(code));
        return;
    }
    // A connection reset after part of the body can reach us as a finished reply without an error: a body
    // shorter than its Content-Length is cut, even when the part is valid JSON (found by tests/hostile). Qt
    // decompresses gzip/deflate itself, so the length is only comparable for an identity encoding.
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (announced.isValid() && (encoding.isEmpty() || encoding == "identity")
        && m_body.size() != announced.toLongLong()) {
        discardBody();
        finish(makeError(ErrorKind::Network, tr("The connection closed before the whole reply arrived.")));
        return;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    mappers::ErrorContext context;
    context.kind = m_spec.kind;
    context.hmacRequest = m_spec.auth == AuthMode::Session && hmac::isHmacToken(m_spec.token.bytes());
    context.xAuthRequired = reply->rawHeader("x-auth-required").trimmed().compare("true", Qt::CaseInsensitive) == 0;
    context.retryAfterSeconds = mappers::retryAfterSeconds(reply->rawHeader("Retry-After"), now);
    if (const QDateTime serverDate = mappers::httpDate(reply->rawHeader("Date")); serverDate.isValid())
        context.clockSkewMs = now.msecsTo(serverDate);

    if (status >= 200 && status < 300) {
        const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        // The media type before any parameters must be exactly application/json: a prefix test also let
        // "application/jsonp" (script) through (found by tests/hostile).
        const QByteArray mediaType = contentType.split(';').value(0).trimmed().toLower();
        if (mediaType != "application/json") {
            discardBody();
            finish(mappers::malformed(
                tr("the reply is not JSON (content type “%1”)").arg(QString::fromLatin1(contentType.left(80)))));
            return;
        }
        if (context.hmacRequest) {
            const QByteArray timestamp = reply->rawHeader("Timestamp");
            const QByteArray signature = reply->rawHeader("HMAC");
            bool timestampOk = false;
            const qint64 timestampMs = timestamp.toLongLong(&timestampOk);
            QByteArray subject =
                hmac::responseSubject(m_spec.hmacVersion, m_spec.method, timestampMs, pathWithQuery(), status, m_body);
            const bool signatureOk =
                timestampOk && !signature.isEmpty() && hmac::verify(m_spec.token.bytes(), subject, signature);
            wipeInPlace(subject); // a copy of the body, which may carry a token
            if (!signatureOk) {
                discardBody();
                finish(makeError(ErrorKind::SignatureMismatch,
                                 tr("The server's reply failed its signature check and was discarded "
                                    "(it may have been tampered with).")));
                return;
            }
            if (!hmac::isFreshReply(m_spec.hmacVersion, timestampMs, now.toMSecsSinceEpoch())) {
                discardBody();
                if (context.clockSkewMs && std::llabs(*context.clockSkewMs) > mappers::kMaxClockSkewMs) {
                    finish(makeError(ErrorKind::ClockSkew,
                                     tr("This computer's clock differs from the server's too much to accept its "
                                        "signed replies. Correct the clock and try again.")));
                } else {
                    finish(makeError(ErrorKind::SignatureMismatch,
                                     tr("The server's reply is not fresh (signed more than 5 minutes ago or more "
                                        "than 1 minute ahead) and was discarded: it may have been replayed.")));
                }
                return;
            }
        }
        HttpReply ok;
        ok.status = status;
        ok.body = std::exchange(m_body, QByteArray());
        ok.verified = context.hmacRequest;
        finish(std::move(ok));
        return;
    }

    if (status == 429 && m_spec.kind == CallKind::Read && m_attempt <= m_settings.maxReadRetries) {
        const qint64 waitMs = static_cast<qint64>(std::max(context.retryAfterSeconds, 1)) * 1000;
        if (m_elapsed.elapsed() + waitMs < m_settings.totalDeadline.count()) {
            discardBody();
            m_retryTimer.start(std::chrono::milliseconds(waitMs));
            return;
        }
    }
    Error error = mappers::errorFromReply(status, m_body, context);
    discardBody();
    finish(std::move(error));
}

void RequestJob::finish(Result<HttpReply> result)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_retryTimer.stop();
    // The exchange is over (a reply finished or none is running): nothing reads the body again. At login it holds
    // the password's HMAC.
    wipeInPlace(m_spec.body);
    Handler handler = std::move(m_handler);
    if (handler)
        handler(std::move(result));
}

Error RequestJob::transportError(QNetworkReply::NetworkError code) const
{
    using E = QNetworkReply::NetworkError;
    switch (code) {
    case E::OperationCanceledError:
    case E::TimeoutError:
        // OperationCanceled without our own stop is Qt's transfer timeout: the server fell silent.
        return makeError(ErrorKind::Timeout, tr("The server stopped answering."));
    case E::SslHandshakeFailedError:
        return makeError(ErrorKind::Tls,
                         m_tlsProblem.isEmpty() ? tr("The secure connection to the server failed.")
                                                : tr("The server's certificate was refused: %1").arg(m_tlsProblem));
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::ProxyAuthenticationRequiredError:
    case E::UnknownProxyError:
        return makeError(ErrorKind::Proxy, tr("The proxy refused or failed the connection."));
    case E::ConnectionRefusedError:
        return makeError(ErrorKind::Network, tr("The server refused the connection."));
    case E::HostNotFoundError:
        return makeError(ErrorKind::Network, tr("The server's name could not be resolved."));
    case E::RemoteHostClosedError:
        return makeError(ErrorKind::Network, tr("The server closed the connection before answering completely."));
    default:
        break;
    }
    if (!m_tlsProblem.isEmpty())
        return makeError(ErrorKind::Tls, tr("The server's certificate was refused: %1").arg(m_tlsProblem));
    return makeError(ErrorKind::Network,
                     tr("The connection to the server failed (network error %1).").arg(static_cast<int>(code)));
}

} // namespace bgtm
