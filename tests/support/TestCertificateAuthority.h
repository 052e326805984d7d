#pragma once

#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>

namespace bgtm::test {

/// A throw-away certificate authority and a `localhost` server certificate signed by it (SAN: DNS localhost,
/// IP 127.0.0.1, IP ::1), generated at test time with the `openssl` command-line tool into a temporary directory
/// that is removed with this object. Clients trust `caCertificatePath()` through their own QSslConfiguration —
/// never by ignoring TLS errors.
class TestCertificateAuthority
{
public:
    TestCertificateAuthority();

    /// Runs openssl (deadline 60 s). False with errorString() on failure.
    [[nodiscard]] bool generate();
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] QString caCertificatePath() const;     ///< PEM, the CA to trust
    [[nodiscard]] QString serverCertificatePath() const; ///< PEM, for `--tls-cert`
    [[nodiscard]] QString serverKeyPath() const;         ///< PEM, for `--tls-key`

    /// Default configuration whose only CA is this one (peer verification on).
    [[nodiscard]] QSslConfiguration clientConfiguration() const;

private:
    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace bgtm::test
