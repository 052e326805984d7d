#include "HostCheck.h"

#include <QNetworkInterface>

#include <algorithm>

namespace bgtm::sandbox {

HostCheck::HostCheck(const QHostAddress &listenAddress, quint16 port, bool tls) : m_port(port), m_tls(tls)
{
    const bool anyAddress = listenAddress == QHostAddress::Any || listenAddress == QHostAddress::AnyIPv4
        || listenAddress == QHostAddress::AnyIPv6;
    if (anyAddress)
        m_addresses = QNetworkInterface::allAddresses();
    else
        m_addresses = {listenAddress};
}

bool HostCheck::allows(const QByteArray &host) const
{
    if (m_port == 0 || host.isEmpty())
        return false;
    QByteArray name;
    QByteArray port;
    if (host.startsWith('[')) {
        // An IPv6 literal: [address] or [address]:port (RFC 3986 §3.2.2).
        const qsizetype close = host.indexOf(']');
        if (close < 0)
            return false;
        name = host.mid(1, close - 1);
        const QByteArray rest = host.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(':'))
            return false;
        port = rest.mid(1);
        if (!name.contains(':'))
            return false;
    } else {
        const qsizetype colon = host.indexOf(':');
        if (colon != host.lastIndexOf(':'))
            return false; // an unbracketed IPv6 address or garbage
        name = colon < 0 ? host : host.left(colon);
        port = colon < 0 ? QByteArray() : host.mid(colon + 1);
    }
    if (port.isEmpty()) {
        if (host.endsWith(':') || m_port != (m_tls ? 443 : 80))
            return false;
    } else {
        bool ok = false;
        const uint number = port.toUInt(&ok);
        const bool digitsOnly = std::all_of(port.cbegin(), port.cend(), [](char c) { return c >= '0' && c <= '9'; });
        if (!ok || !digitsOnly || port.size() > 5 || number != m_port)
            return false;
    }
    if (name.compare("localhost", Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    // Only numeric addresses from here on: a name other than localhost is exactly what a rebinding page sends.
    const bool literal = std::all_of(name.cbegin(), name.cend(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.' || c == ':';
    });
    if (!literal || !address.setAddress(QString::fromLatin1(name)))
        return false;
    return address.isLoopback() || isOwnAddress(address);
}

bool HostCheck::isOwnAddress(const QHostAddress &address) const
{
    return std::any_of(m_addresses.cbegin(), m_addresses.cend(), [&address](const QHostAddress &own) {
        return own.isEqual(address, QHostAddress::TolerantConversion);
    });
}

} // namespace bgtm::sandbox
