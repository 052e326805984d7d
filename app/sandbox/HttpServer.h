#pragma once

#include "HostCheck.h"
#include "HttpMessage.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QString>

#include <functional>

class QSslCertificate;
class QSslKey;

namespace bgtm::sandbox {

/// The only class that touches Qt HTTP Server (a Technology Preview in 6.4 whose API changes later: 6.8 replaces
/// `listen` by `bind`). It turns QHttpServerRequest into our HttpRequest, calls one handler, and writes the reply
/// itself on the connection's socket — which is what lets the fault modes cut a body short or close the
/// connection before the first response byte. A request whose `Host` does not name this server (HostCheck) never
/// reaches the handler.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<HttpReply(const HttpRequest &)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);

    /// HTTPS from PEM files. False with `error` on unreadable or invalid files.
    bool setupTls(const QString &certificatePath, const QString &keyPath, QString *error);

    /// Listens; returns the port, 0 on failure (Qt returns 0 silently when the port is taken). From then on only
    /// requests whose `Host` names this address (or loopback) and port are answered.
    quint16 listenOn(const QHostAddress &address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static void write(QTcpSocket *socket, const HttpReply &reply, bool closeAfter);

    Handler m_handler;
    HostCheck m_hosts;
    bool m_tls = false;
};

} // namespace bgtm::sandbox
