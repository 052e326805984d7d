#include "TestCertificateAuthority.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>

namespace bgtm::test {

TestCertificateAuthority::TestCertificateAuthority() = default;

QString TestCertificateAuthority::caCertificatePath() const
{
    return m_dir.filePath(QStringLiteral("ca.pem"));
}
QString TestCertificateAuthority::serverCertificatePath() const
{
    return m_dir.filePath(QStringLiteral("server.pem"));
}
QString TestCertificateAuthority::serverKeyPath() const
{
    return m_dir.filePath(QStringLiteral("server.key"));
}

bool TestCertificateAuthority::generate()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    const QString dir = m_dir.path();
    QFile ext(m_dir.filePath(QStringLiteral("server.ext")));
    if (!ext.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write server.ext");
        return false;
    }
    ext.write("basicConstraints=CA:FALSE\n"
              "keyUsage=digitalSignature,keyEncipherment\n"
              "extendedKeyUsage=serverAuth\n"
              "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n");
    ext.close();

    const QList<QStringList> steps = {
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), dir + QStringLiteral("/ca.key"), QStringLiteral("-out"), caCertificatePath(),
         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=bgtm test CA"),
         QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
         QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
         serverKeyPath(), QStringLiteral("-out"), dir + QStringLiteral("/server.csr"), QStringLiteral("-subj"),
         QStringLiteral("/CN=localhost")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), dir + QStringLiteral("/server.csr"),
         QStringLiteral("-CA"), caCertificatePath(), QStringLiteral("-CAkey"), dir + QStringLiteral("/ca.key"),
         QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), serverCertificatePath(), QStringLiteral("-days"),
         QStringLiteral("2"), QStringLiteral("-extfile"), ext.fileName()},
    };
    for (const QStringList &args : steps) {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), args);
        if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit
            || openssl.exitCode() != 0) {
            m_error = QStringLiteral("openssl %1 failed: %2")
                          .arg(args.first(), QString::fromLocal8Bit(openssl.readAllStandardError()));
            return false;
        }
    }
    return true;
}

QSslConfiguration TestCertificateAuthority::clientConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromPath(caCertificatePath()));
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return config;
}

} // namespace bgtm::test
