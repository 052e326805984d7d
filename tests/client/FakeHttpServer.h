#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace bgtm::test {

/// A tiny scripted HTTP/1.1 server on loopback for the transport tests that the real sandbox cannot stage
/// (a redirect to another host, a dripping or endless reply, a wrong content type, a skewed clock, a proxy).
/// It narrows unit tests only; every user path is also tested against the sandbox.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    /// Called once the request's head (and Content-Length body) arrived. Write the reply on `socket`.
    using Responder = std::function<void(QTcpSocket *socket, const QByteArray &request)>;

    explicit FakeHttpServer(QObject *parent = nullptr);

    [[nodiscard]] bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    [[nodiscard]] QUrl url() const;
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    void setResponder(Responder responder) { m_responder = std::move(responder); }

    [[nodiscard]] int connectionCount() const { return m_connections; }
    /// Every request received (head and body), in order.
    [[nodiscard]] const QList<QByteArray> &requests() const { return m_requests; }

    /// A complete reply with Content-Length.
    static QByteArray reply(int status, const QByteArray &body, const QList<QByteArray> &headers = {},
                            const QByteArray &contentType = QByteArrayLiteral("application/json"));

private:
    void onNewConnection();

    QTcpServer m_server;
    Responder m_responder;
    QList<QByteArray> m_requests;
    int m_connections = 0;
};

} // namespace bgtm::test
