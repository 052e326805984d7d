#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>

namespace bgtm::sandbox {

/// Which `Host` headers the sandbox answers: the defence against DNS rebinding, where a web page whose name an
/// attacker re-points at 127.0.0.1 gets the browser to talk to the sandbox as that name. Such a request still says
/// `Host: evil.example:PORT`, so only loopback (`localhost`, `127.0.0.1`, `[::1]`), the address the sandbox listens on
/// (with `--host 0.0.0.0`: this machine's addresses), and the listening port are accepted. An address literal cannot
/// be rebound; `localhost` resolves locally and never through DNS.
class HostCheck
{
public:
    /// Accepts nothing (a sandbox that has not started listening).
    HostCheck() = default;
    /// `port` is the port the server listens on; without a port in the header, `tls` chooses the default (443 or 80).
    HostCheck(const QHostAddress &listenAddress, quint16 port, bool tls);

    /// Whether exactly this one `Host` header value names this server.
    [[nodiscard]] bool allows(const QByteArray &host) const;

private:
    [[nodiscard]] bool isOwnAddress(const QHostAddress &address) const;

    QList<QHostAddress> m_addresses;
    quint16 m_port = 0;
    bool m_tls = false;
};

} // namespace bgtm::sandbox
