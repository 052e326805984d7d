#include "RawHttp.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace bgtm::test {

QByteArray RawHttpReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonObject RawHttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

RawHttp::RawHttp(QUrl baseUrl, const QSslConfiguration &ssl) : m_baseUrl(std::move(baseUrl)), m_ssl(ssl) { }

namespace {

// Parses whatever has arrived; returns true once the reply is complete.
bool parseReply(RawHttpReply &reply)
{
    const QByteArray &raw = reply.rawBytes;
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = raw.left(headerEnd).split('\n');
    const QList<QByteArray> statusParts = lines.value(0).trimmed().split(' ');
    reply.status = statusParts.value(1).toInt();
    reply.headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            reply.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    reply.body = raw.mid(headerEnd + 4);
    const QByteArray length = reply.header("Content-Length");
    if (!length.isEmpty())
        return reply.body.size() >= length.toLongLong();
    return false; // without Content-Length the reply ends when the server closes
}

} // namespace

RawHttpReply RawHttp::sendRaw(const QByteArray &bytes, int timeoutMs) const
{
    RawHttpReply reply;
    const bool tls = m_baseUrl.scheme() == QLatin1String("https");
    std::unique_ptr<QTcpSocket> socket;
    if (tls) {
        auto ssl = std::make_unique<QSslSocket>();
        ssl->setSslConfiguration(m_ssl);
        socket = std::move(ssl);
    } else {
        socket = std::make_unique<QTcpSocket>();
    }

    QEventLoop loop;
    bool finished = false;
    QObject::connect(socket.get(), &QTcpSocket::readyRead, &loop, [&] {
        reply.rawBytes += socket->readAll();
        if (parseReply(reply)) {
            reply.complete = true;
            finished = true;
            loop.quit();
        }
    });
    QObject::connect(socket.get(), &QTcpSocket::disconnected, &loop, [&] {
        reply.rawBytes += socket->readAll();
        reply.complete = parseReply(reply) || (reply.status != 0 && reply.header("Content-Length").isEmpty());
        reply.closedByPeer = true;
        finished = true;
        loop.quit();
    });
    QObject::connect(socket.get(), &QTcpSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            reply.closedByPeer = true;
        reply.rawBytes += socket->readAll();
        if (reply.status == 0 || !reply.complete)
            reply.complete = parseReply(reply);
        finished = true;
        loop.quit();
    });
    auto writeRequest = [&] { socket->write(bytes); };
    const quint16 port = static_cast<quint16>(m_baseUrl.port(tls ? 443 : 80));
    if (tls) {
        auto *ssl = static_cast<QSslSocket *>(socket.get());
        QObject::connect(ssl, &QSslSocket::encrypted, &loop, writeRequest);
        ssl->connectToHostEncrypted(m_baseUrl.host(), port);
    } else {
        QObject::connect(socket.get(), &QTcpSocket::connected, &loop, writeRequest);
        socket->connectToHost(m_baseUrl.host(), port);
    }
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        reply.timedOut = true;
        loop.quit();
    });
    deadline.start(timeoutMs);
    if (!finished)
        loop.exec();
    socket->disconnect();
    socket->abort();
    return reply;
}

RawHttpReply RawHttp::request(const QByteArray &method, const QByteArray &pathWithQuery,
                              const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                              int timeoutMs) const
{
    QByteArray bytes = method + ' ' + pathWithQuery + " HTTP/1.1\r\n";
    bytes += "Host: " + m_baseUrl.host().toUtf8() + ':' + QByteArray::number(m_baseUrl.port()) + "\r\n";
    for (const auto &h : headers)
        bytes += h.first + ": " + h.second + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    bytes += "Connection: close\r\n\r\n";
    bytes += body;
    return sendRaw(bytes, timeoutMs);
}

RawHttpReply RawHttp::requestJson(const QByteArray &method, const QByteArray &pathWithQuery, const QJsonObject &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs) const
{
    auto all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return request(method, pathWithQuery, all, QJsonDocument(body).toJson(QJsonDocument::Compact), timeoutMs);
}

} // namespace bgtm::test
