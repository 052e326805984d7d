#pragma once

#include <QNetworkProxyFactory>

namespace bgtm {

/// The system's proxy settings (on Linux: `http_proxy`, `https_proxy`, `no_proxy`, `all_proxy`), except that
/// loopback hosts are never proxied: a local sandbox or BitGo Express must be reached directly even when a
/// corporate proxy is configured.
class LoopbackProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    /// 127.0.0.0/8, ::1 and "localhost" (and its subdomains).
    static bool isLoopbackHost(const QString &host);
};

} // namespace bgtm
