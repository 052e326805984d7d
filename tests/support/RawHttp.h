#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

namespace bgtm::test {

/// What came back on a raw socket. `status` is 0 when no status line arrived (connection refused, dropped before the
/// first byte, timeout). `complete` is false when the connection ended before Content-Length bytes of body arrived.
struct RawHttpReply {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; ///< in arrival order, names as sent
    QByteArray body;
    bool complete = false;     ///< status line, headers and the whole body (per Content-Length) arrived
    bool closedByPeer = false; ///< the server closed or reset the connection
    bool timedOut = false;     ///< the deadline passed first
    QByteArray rawBytes;       ///< everything received, for diagnostics (never print it when it holds a token)

    /// First header of that name (case-insensitive), or empty.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    /// Body parsed as a JSON object; empty when it is not one.
    [[nodiscard]] QJsonObject json() const;
};

/// A tiny HTTP/1.1 client on a raw QTcpSocket / QSslSocket, for tests that must control the exact bytes on the wire
/// (signing over the exact body, malformed requests) and observe exactly what the server does (a dropped connection,
/// a reply cut mid-body). One request per connection (`Connection: close`). Synchronous with a local event loop and
/// a deadline: fine in tests, never in product code.
class RawHttp
{
public:
    /// `baseUrl` gives scheme, host and port. For https, `ssl` must trust the server (e.g.
    /// SandboxProcess::sslConfiguration()).
    explicit RawHttp(QUrl baseUrl, const QSslConfiguration &ssl = {});

    /// Sends `bytes` exactly as given and reads until the server closes, the reply is complete, or the deadline.
    [[nodiscard]] RawHttpReply sendRaw(const QByteArray &bytes, int timeoutMs = 10000) const;

    /// Builds a request: `METHOD pathWithQuery HTTP/1.1`, Host, the given headers, Content-Length when a body or a
    /// POST/PUT/PATCH, `Connection: close`, then the exact body bytes.
    [[nodiscard]] RawHttpReply request(const QByteArray &method, const QByteArray &pathWithQuery,
                                       const QList<QPair<QByteArray, QByteArray>> &headers = {},
                                       const QByteArray &body = {}, int timeoutMs = 10000) const;

    /// Convenience: JSON body with `Content-Type: application/json`.
    [[nodiscard]] RawHttpReply requestJson(const QByteArray &method, const QByteArray &pathWithQuery,
                                           const QJsonObject &body,
                                           const QList<QPair<QByteArray, QByteArray>> &headers = {},
                                           int timeoutMs = 10000) const;

    [[nodiscard]] const QUrl &baseUrl() const { return m_baseUrl; }

private:
    QUrl m_baseUrl;
    QSslConfiguration m_ssl;
};

} // namespace bgtm::test
