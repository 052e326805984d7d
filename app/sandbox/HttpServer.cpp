#include "HttpServer.h"

#include "ApiError.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

namespace bgtm::sandbox {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 421:
        return "Misdirected Request";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

} // namespace

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler)) { }

bool HttpServer::setupTls(const QString &certificatePath, const QString &keyPath, QString *error)
{
    QFile certFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS certificate or key file");
        return false;
    }
    const QSslCertificate certificate(&certFile, QSsl::Pem);
    QSslKey key(&keyFile, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        keyFile.seek(0);
        key = QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
    }
    if (certificate.isNull() || key.isNull()) {
        *error = QStringLiteral("the TLS certificate or key is not valid PEM (EC or RSA key expected)");
        return false;
    }
    sslSetup(certificate, key);
    m_tls = true;
    return true;
}

quint16 HttpServer::listenOn(const QHostAddress &address, quint16 port)
{
    const quint16 bound = listen(address, port);
    if (bound != 0)
        m_hosts = HostCheck(address, bound, m_tls);
    return bound;
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest ours;
    ours.method = methodName(request.method());
    const QUrl url = request.url();
    ours.path = url.path(QUrl::FullyEncoded).toUtf8();
    ours.pathWithQuery = ours.path;
    const QByteArray query = url.query(QUrl::FullyEncoded).toUtf8();
    if (!query.isEmpty())
        ours.pathWithQuery += '?' + query;
    ours.query = request.query();
    ours.headers = request.headers();
    ours.body = request.body();
    ours.peer = request.remoteAddress();

    // Exactly one Host, and it names this server: anything else may be a rebound DNS name (HostCheck).
    qsizetype hostHeaders = 0;
    for (const auto &h : std::as_const(ours.headers))
        hostHeaders += h.first.compare("Host", Qt::CaseInsensitive) == 0 ? 1 : 0;
    const HttpReply reply = hostHeaders == 1 && m_hosts.allows(ours.header("Host"))
        ? m_handler(ours)
        : ApiError::make(421, QStringLiteral("MisdirectedRequest"),
                         QStringLiteral("the Host header must name this sandbox as localhost, 127.0.0.1 or [::1] "
                                        "with its port (other names are refused against DNS rebinding)"),
                         QStringLiteral("Host"));
    const bool closeAfter = ours.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
    if (reply.delayMs > 0) {
        // The socket may be gone by then (client gave up): QPointer guards it.
        QTimer::singleShot(reply.delayMs, socket, [socket = QPointer<QTcpSocket>(socket), reply, closeAfter] {
            if (socket)
                write(socket, reply, closeAfter);
        });
    } else {
        write(socket, reply, closeAfter);
    }
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // Unreachable: handleRequest always answers. Kept because the base class requires it.
    socket->disconnectFromHost();
}

void HttpServer::write(QTcpSocket *socket, const HttpReply &reply, bool closeAfter)
{
    if (reply.delivery == HttpReply::Delivery::CloseBeforeResponse) {
        socket->abort();
        return;
    }
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    bool hasContentType = false;
    for (const auto &h : reply.headers) {
        hasContentType = hasContentType || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
        bytes += h.first + ": " + h.second + "\r\n";
    }
    if (!hasContentType)
        bytes += "Content-Type: application/json; charset=utf-8\r\n";
    bytes += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    if (closeAfter)
        bytes += "Connection: close\r\n";
    bytes += "\r\n";
    if (reply.delivery == HttpReply::Delivery::DropMidBody) {
        bytes += reply.body.left(reply.body.size() / 2);
        socket->write(bytes);
        socket->flush();
        // disconnectFromHost writes what is buffered, then closes: the client sees a short body.
        socket->disconnectFromHost();
        return;
    }
    bytes += reply.body;
    socket->write(bytes);
    if (closeAfter)
        socket->disconnectFromHost();
}

} // namespace bgtm::sandbox
