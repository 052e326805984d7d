#include "Environment.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace bgtm {

namespace {

// The built-ins' names; translated where they are shown (Environment::nameSource).
constexpr const char *kTestName = QT_TRANSLATE_NOOP("bgtm::Environment", "BitGo Test");
constexpr const char *kProductionName = QT_TRANSLATE_NOOP("bgtm::Environment", "BitGo Production");
constexpr const char *kSandboxName = QT_TRANSLATE_NOOP("bgtm::Environment", "Sandbox");

// Protocol doc §3: the server xpubs BitGo's SDK uses to derive the ECDH secret per environment.
const char s_productionXpub[] =
    "xpub661MyMwAqRbcEtUgu9HF8ai4ipuVKKHBzUqks4jSFypW8dwwQL1zygLgQx99NmC7zJJznSiwKG6RQfVjAKMtCsx8VjR6kQW8x7HrkXFZdnQ";
const char s_testXpub[] =
    "xpub661MyMwAqRbcErFqVXGiUFv9YeoPbhN72UiNCUdj9nj3T6M8h7iKNmbCYpMVWVZP7LA2ma3HWcPngz1gRTm4FPdtm9mHfrNvU93MCoszsGL";

// "My Proxy (EU)" → "my-proxy-eu": stable ids for the vault and settings.
QString slug(const QString &text)
{
    QString result;
    const QString lower = text.toLower();
    for (QChar c : lower) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            result.append(c);
        else if (!result.isEmpty() && !result.endsWith(QLatin1Char('-')))
            result.append(QLatin1Char('-'));
    }
    while (result.endsWith(QLatin1Char('-')))
        result.chop(1);
    return result;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // QHostAddress also accepts shorthand like "127.1"; QUrl has already normalised the host, and any
    // address in 127.0.0.0/8 or ::1 is loopback either way.
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

} // namespace

Environment Environment::test()
{
    // Protocol doc §1.
    return Environment {Kind::Test,
                        QStringLiteral("test"),
                        QCoreApplication::translate(kNameContext, kTestName),
                        QUrl(QStringLiteral("https://app.bitgo-test.com")),
                        false,
                        QString::fromLatin1(s_testXpub),
                        kTestName};
}

Environment Environment::production()
{
    // Protocol doc §1: production tokens must be IP-restricted, hence production rules.
    return Environment {Kind::Production,
                        QStringLiteral("prod"),
                        QCoreApplication::translate(kNameContext, kProductionName),
                        QUrl(QStringLiteral("https://app.bitgo.com")),
                        true,
                        QString::fromLatin1(s_productionXpub),
                        kProductionName};
}

Environment Environment::sandbox(const QUrl &baseUrl, const QString &serverXpub)
{
    return Environment {Kind::Sandbox,
                        QStringLiteral("sandbox"),
                        QCoreApplication::translate(kNameContext, kSandboxName),
                        baseUrl,
                        false,
                        serverXpub,
                        kSandboxName};
}

Environment Environment::custom(const QString &name, const QUrl &baseUrl, bool productionRules,
                                const QString &serverXpub)
{
    QString key = slug(name);
    if (key.isEmpty())
        key = slug(baseUrl.host());
    if (key.isEmpty())
        key = QStringLiteral("unnamed");
    return Environment {Kind::Custom, QStringLiteral("custom-") + key, name.trimmed(), baseUrl, productionRules,
                        serverXpub};
}

QString Environment::transportProblem() const
{
    if (!baseUrl.isValid() || baseUrl.isEmpty())
        return QCoreApplication::translate("bgtm::Environment", "The address is not a valid URL.");
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return QCoreApplication::translate("bgtm::Environment", "The address must start with https://.");
    if (baseUrl.host().isEmpty())
        return QCoreApplication::translate("bgtm::Environment", "The address has no host name.");
    // Credentials in the URL would be sent to the server and shown wherever the URL is shown.
    if (!baseUrl.userInfo().isEmpty())
        return QCoreApplication::translate("bgtm::Environment",
                                           "The address must not contain a user name or password.");
    // Paths are appended to the base (/api/v1/…): anything already there would be silently misrouted.
    if (!(baseUrl.path().isEmpty() || baseUrl.path() == QLatin1String("/")))
        return QCoreApplication::translate(
            "bgtm::Environment", "The address must be a server only (scheme, host and port), without a path.");
    if (baseUrl.hasQuery() || baseUrl.hasFragment())
        return QCoreApplication::translate("bgtm::Environment",
                                           "The address must not contain a query (?…) or fragment (#…).");
    if (scheme == QLatin1String("http") && !isLoopbackHost(baseUrl.host())) {
        return QCoreApplication::translate(
            "bgtm::Environment",
            "Plain http:// would send passwords and tokens readable by anyone on the network; "
            "it is allowed only to this computer (localhost, 127.0.0.0/8, ::1). Use https://.");
    }
    return QString();
}

} // namespace bgtm
