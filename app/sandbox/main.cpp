// bitgo-sandbox: a BitGo-compatible server for offline use and for the tests. See --help.
#include "DemoAccounts.h"
#include "HttpServer.h"
#include "SandboxOptions.h"
#include "SandboxService.h"
#include "SandboxStore.h"
#include "ServerKeys.h"
#include "SignalWatcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

#include <cstdio>
#include <sys/stat.h>

using namespace bgtm::sandbox;

namespace {

/// 32 bytes from the system's CSPRNG, hex: the admin secret of this run.
QByteArray newAdminSecret()
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toHex();
}

bool writeRuntimeFile(const QString &path, const QString &baseUrl, const QByteArray &xpub,
                      const QByteArray &adminSecret)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(QJsonObject {{QStringLiteral("baseUrl"), baseUrl},
                                          {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                                          {QStringLiteral("serverXpub"), QString::fromLatin1(xpub)},
                                          {QStringLiteral("adminSecret"), QString::fromLatin1(adminSecret)}})
                   .toJson(QJsonDocument::Compact));
    return file.commit();
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bitgo-sandbox: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    // Everything this server writes (runtime file with the admin secret, state with every token, issued-secrets log)
    // is born private: no moment where a file exists with the umask's wider mode before it is narrowed.
    ::umask(S_IRWXG | S_IRWXO);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bitgo-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BGTM_VERSION));

    SandboxOptions options;
    const QString parseError = options.parse(QCoreApplication::arguments());
    const QByteArray xpub = ServerKeys::serverXpub();
    if (options.help) {
        std::fputs(qPrintable(SandboxOptions::helpText(QString::fromLatin1(xpub))), stdout);
        return 0;
    }
    if (!parseError.isEmpty())
        return fail(parseError);
    if (xpub.isEmpty())
        return fail(QStringLiteral("cannot derive the server key (crypto layer failed)"));

    SandboxStore store;
    QList<Account> accounts = DemoAccounts::builtIn();
    if (!options.usersFile.isEmpty()) {
        const QString error = DemoAccounts::loadUsersFile(options.usersFile, &accounts);
        if (!error.isEmpty())
            return fail(error);
    }
    store.setAccounts(accounts);
    store.setIssuedSecretsLog(options.issuedSecretsLog);
    if (!options.stateFile.isEmpty()) {
        const QString error = store.setStateFile(options.stateFile);
        if (!error.isEmpty())
            return fail(error);
    }

    SandboxService service(options, &store);
    // Known only to this process and to readers of the 0600 runtime file; never printed.
    const QByteArray adminSecret = newAdminSecret();
    service.setAdminSecret(adminSecret);
    HttpServer server([&service](const HttpRequest &request) { return service.handle(request); });
    const bool tls = !options.tlsCertificate.isEmpty();
    if (tls) {
        QString error;
        if (!server.setupTls(options.tlsCertificate, options.tlsKey, &error))
            return fail(error);
    }
    const quint16 port = server.listenOn(options.host, options.port);
    if (port == 0)
        return fail(
            QStringLiteral("cannot listen on %1 port %2 (in use?)").arg(options.host.toString()).arg(options.port));

    QString host = options.host.toString();
    if (options.host.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    const QString baseUrl =
        QStringLiteral("%1://%2:%3").arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host).arg(port);

    SignalWatcher signals;
    if (!signals.isValid())
        return fail(QStringLiteral("cannot install signal handlers"));
    QObject::connect(&signals, &SignalWatcher::terminationRequested, &app, [](int) { QCoreApplication::quit(); });

    if (!options.runtimeFile.isEmpty() && !writeRuntimeFile(options.runtimeFile, baseUrl, xpub, adminSecret))
        return fail(QStringLiteral("cannot write runtime file %1").arg(options.runtimeFile));

    std::printf("listening on %s\nserver xpub %s\n", qPrintable(baseUrl), xpub.constData());
    std::fflush(stdout);

    const int code = QCoreApplication::exec();
    // State first: the runtime file's removal tells clients this server is gone, so it must be the last thing done.
    const QString saveError = store.save();
    if (!options.runtimeFile.isEmpty())
        QFile::remove(options.runtimeFile);
    if (!saveError.isEmpty())
        return fail(saveError);
    return code;
}
