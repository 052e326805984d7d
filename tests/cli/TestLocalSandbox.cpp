// Finding or starting the user's local sandbox (app/core/sandbox/LocalSandbox), directly and through the CLI.
#include "CliRunner.h"
#include "SandboxProcess.h"

#include "sandbox/LocalSandbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace bgtm;
using namespace bgtm::test;

namespace {

struct Outcome {
    bool called = false;
    std::optional<Result<SandboxEndpoint>> result;
};

/// Runs ensureRunning and waits for its callback (deadline well above the finder's own).
Outcome ensure(LocalSandbox &finder, QObject *context, int waitMs)
{
    auto outcome = std::make_shared<Outcome>();
    finder.ensureRunning(context, [outcome](Result<SandboxEndpoint> result) {
        outcome->called = true;
        outcome->result = std::move(result);
    });
    (void)QTest::qWaitFor([outcome]() { return outcome->called; }, waitMs);
    return *outcome;
}

/// The error text of a failed result, for QVERIFY2 (which evaluates its message even on success).
QByteArray errorOf(const std::optional<Result<SandboxEndpoint>> &result)
{
    if (!result)
        return "no callback";
    return result->ok() ? QByteArray() : result->error().message.toUtf8();
}

void terminate(qint64 pid)
{
    if (pid > 0)
        ::kill(pid_t(pid), SIGTERM);
}

/// Stops the sandbox a runtime file names (a sandbox a test started detached).
void stopFromRuntimeFile(const QString &runtimeFile)
{
    const Result<SandboxEndpoint> running = LocalSandbox::readRuntimeFile(runtimeFile);
    if (running.ok())
        terminate(running.value().pid);
}

} // namespace

class TestLocalSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheRunningSandboxThroughItsRuntimeFile();
    void startsOneWhenNoneRunsAndPersistsItsState();
    void replacesAStaleRuntimeFile();
    void reportsAMissingExecutableClearly();
    void cliLoginStartsTheSandboxAndTheNextCommandUsesTheSameOne();
    void quittingStopsTheSandboxItStartedUnlessACliFindsIt();
};

void TestLocalSandbox::findsTheRunningSandboxThroughItsRuntimeFile()
{
    QTemporaryDir dir;
    const QString runtimeFile = dir.filePath(QStringLiteral("sandbox.json"));
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--runtime-file"), runtimeFile}), qPrintable(sandbox.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(runtimeFile), 10000);

    QNetworkAccessManager network;
    LocalSandbox::Options options;
    options.runtimeFile = runtimeFile;
    options.stateFile = dir.filePath(QStringLiteral("state.json"));
    options.executable = QStringLiteral("/nonexistent/bitgo-sandbox"); // must not be needed
    LocalSandbox finder(&network, options);
    const Outcome outcome = ensure(finder, this, 10000);
    QVERIFY(outcome.result && outcome.result->ok());
    const SandboxEndpoint endpoint = outcome.result->value();
    QCOMPARE(endpoint.baseUrl.port(), sandbox.baseUrl().port());
    QCOMPARE(endpoint.serverXpub, sandbox.serverXpub());
    QVERIFY(!endpoint.startedNow);
    QCOMPARE(endpoint.environment().id, QStringLiteral("sandbox"));
}

void TestLocalSandbox::startsOneWhenNoneRunsAndPersistsItsState()
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    LocalSandbox::Options options;
    options.runtimeFile = dir.filePath(QStringLiteral("run/bitgo-token-manager/sandbox.json"));
    options.stateFile = dir.filePath(QStringLiteral("data/sandbox-state.json"));
    options.executable = QStringLiteral(BGTM_SANDBOX_EXE);
    LocalSandbox finder(&network, options);
    // Whatever happens below, the detached sandbox this test starts is stopped.
    auto stopStarted = qScopeGuard([&options]() { stopFromRuntimeFile(options.runtimeFile); });
    const Outcome outcome = ensure(finder, this, 30000);
    QVERIFY(outcome.result);
    QVERIFY2(outcome.result->ok(), errorOf(outcome.result).constData());
    const SandboxEndpoint endpoint = outcome.result->value();
    QVERIFY(endpoint.startedNow);
    QVERIFY(endpoint.pid > 0);
    QVERIFY(QHostAddress(endpoint.baseUrl.host()).isLoopback()
            || endpoint.baseUrl.host() == QLatin1String("localhost"));
    // The runtime file holds the sandbox's admin secret: mode 0600, in a directory only this user may enter.
    struct stat info { };
    QCOMPARE(::stat(QFile::encodeName(options.runtimeFile).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0600));
    QCOMPARE(::stat(QFile::encodeName(QFileInfo(options.runtimeFile).absolutePath()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0700));

    // A second finder sees the same server and starts nothing.
    LocalSandbox again(&network, options);
    const Outcome second = ensure(again, this, 30000);
    QVERIFY(second.result && second.result->ok());
    QCOMPARE(second.result->value().pid, endpoint.pid);
    QVERIFY(!second.result->value().startedNow);

    terminate(endpoint.pid);
    // The sandbox removes its runtime file on a clean exit; its state file stays for next time.
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(options.runtimeFile), 10000);
    QVERIFY(QFile::exists(options.stateFile));
}

void TestLocalSandbox::replacesAStaleRuntimeFile()
{
    QTemporaryDir dir;
    // A port that refuses connections: listen, note the port, close.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 deadPort = probe.serverPort();
    probe.close();
    const QString runtimeFile = dir.filePath(QStringLiteral("sandbox.json"));
    QFile stale(runtimeFile);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write(
        QJsonDocument(QJsonObject {{QStringLiteral("baseUrl"), QStringLiteral("http://127.0.0.1:%1").arg(deadPort)},
                                   {QStringLiteral("pid"), 999999},
                                   {QStringLiteral("serverXpub"), QStringLiteral("xpub-stale")}})
            .toJson());
    stale.close();

    QNetworkAccessManager network;
    LocalSandbox::Options options;
    options.runtimeFile = runtimeFile;
    options.stateFile = dir.filePath(QStringLiteral("state.json"));
    options.executable = QStringLiteral(BGTM_SANDBOX_EXE);
    LocalSandbox finder(&network, options);
    auto stopStarted = qScopeGuard([&options]() { stopFromRuntimeFile(options.runtimeFile); });
    const Outcome outcome = ensure(finder, this, 30000);
    QVERIFY(outcome.result);
    QVERIFY2(outcome.result->ok(), errorOf(outcome.result).constData());
    QVERIFY(outcome.result->value().startedNow);
    QVERIFY(outcome.result->value().baseUrl.port() != deadPort);
}

void TestLocalSandbox::reportsAMissingExecutableClearly()
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    LocalSandbox::Options options;
    options.runtimeFile = dir.filePath(QStringLiteral("sandbox.json"));
    options.stateFile = dir.filePath(QStringLiteral("state.json"));
    options.executable.clear();
    LocalSandbox finder(&network, options);
    const Outcome outcome = ensure(finder, this, 10000);
    QVERIFY(outcome.result && !outcome.result->ok());
    QCOMPARE(outcome.result->error().kind, ErrorKind::Io);
    QVERIFY(outcome.result->error().message.contains(QStringLiteral("bitgo-sandbox")));
}

void TestLocalSandbox::cliLoginStartsTheSandboxAndTheNextCommandUsesTheSameOne()
{
    QVERIFY2(CliRunner::inTestSession(), "run inside scripts/with-test-session.sh (private D-Bus + gnome-keyring)");
    QTemporaryDir dir;
    const QString runtimeDir = dir.filePath(QStringLiteral("run"));
    QVERIFY(QDir().mkpath(runtimeDir));
    QFile::setPermissions(runtimeDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    CliRunner cli(runtimeDir);
    const QStringList account {QStringLiteral("--env"), QStringLiteral("sandbox"), QStringLiteral("--user"),
                               QString::fromLatin1(SandboxProcess::demoUsername)};
    const CliResult login = cli.run(account
                                        + QStringList {QStringLiteral("login"), QStringLiteral("--password-stdin"),
                                                       QStringLiteral("--otp"), QStringLiteral("0000000")},
                                    QByteArray(SandboxProcess::demoPassword) + '\n');
    const QString runtimeFile = runtimeDir + QStringLiteral("/bitgo-token-manager/sandbox.json");
    auto cleanup = qScopeGuard([runtimeFile]() { stopFromRuntimeFile(runtimeFile); });
    const Result<SandboxEndpoint> started = LocalSandbox::readRuntimeFile(runtimeFile);
    const qint64 pid = started.ok() ? started.value().pid : 0;
    QVERIFY2(login.exitCode == 0, login.err.constData());
    QVERIFY(started.ok());
    QVERIFY(login.err.contains("Started the local sandbox"));
    // Its state lives in the app data directory.
    QVERIFY(QFile::exists(cli.dataDir() + QStringLiteral("/bitgo-token-manager/sandbox-state.json")));

    const CliResult session = cli.run(account + QStringList {QStringLiteral("session")});
    QVERIFY2(session.exitCode == 0, session.err.constData());
    QVERIFY(!session.err.contains("Started the local sandbox"));
    const Result<SandboxEndpoint> still = LocalSandbox::readRuntimeFile(runtimeFile);
    QVERIFY(still.ok());
    QCOMPARE(still.value().pid, pid);
}

void TestLocalSandbox::quittingStopsTheSandboxItStartedUnlessACliFindsIt()
{
    QTemporaryDir dir;
    const QString runtimeDir = dir.filePath(QStringLiteral("run"));
    QNetworkAccessManager network;
    LocalSandbox::Options options;
    options.runtimeFile = runtimeDir + QStringLiteral("/bitgo-token-manager/sandbox.json");
    options.stateFile = dir.filePath(QStringLiteral("data/sandbox-state.json"));
    options.executable = QStringLiteral(BGTM_SANDBOX_EXE);
    LocalSandbox finder(&network, options);
    auto stopStarted = qScopeGuard([&options]() { stopFromRuntimeFile(options.runtimeFile); });
    QCOMPARE(finder.stopIfStartedHere().what, LocalSandbox::StopOutcome::What::NotStartedHere);
    const Outcome outcome = ensure(finder, this, 30000);
    QVERIFY2(outcome.result && outcome.result->ok(), errorOf(outcome.result).constData());
    const qint64 sandboxPid = outcome.result->value().pid;

    // A CLI command of this session (its runtime directory leads to the same sandbox), here one waiting for its
    // password on stdin: the sandbox stays, and the outcome names both.
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(BGTM_CLI_EXE),
              {QStringLiteral("--env"), QStringLiteral("test"), QStringLiteral("login"), QStringLiteral("--user"),
               QStringLiteral("someone@example.com"), QStringLiteral("--password-stdin")});
    QVERIFY(cli.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(finder.cliProcessesFindingThisSandbox().contains(cli.processId()), 10000);
    const LocalSandbox::StopOutcome kept = finder.stopIfStartedHere();
    QCOMPARE(kept.what, LocalSandbox::StopOutcome::What::KeptForCli);
    QCOMPARE(kept.sandboxPid, sandboxPid);
    QCOMPARE(kept.cliPid, cli.processId());
    QTest::qWait(500);
    QVERIFY(QFile::exists(options.runtimeFile));
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(10000));

    // A CLI of another session (its own runtime directory) finds another sandbox: it does not keep this one.
    QProcess other;
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("other-run")));
    other.setProcessEnvironment(env);
    other.start(QStringLiteral(BGTM_CLI_EXE),
                {QStringLiteral("--env"), QStringLiteral("test"), QStringLiteral("login"), QStringLiteral("--user"),
                 QStringLiteral("someone@example.com"), QStringLiteral("--password-stdin")});
    QVERIFY(other.waitForStarted());
    const LocalSandbox::StopOutcome stopped = finder.stopIfStartedHere();
    QCOMPARE(stopped.what, LocalSandbox::StopOutcome::What::Stopped);
    QCOMPARE(stopped.sandboxPid, sandboxPid);
    // It exits cleanly: runtime file gone, state kept for the next start.
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(options.runtimeFile), 10000);
    QVERIFY(QFile::exists(options.stateFile));
    QCOMPARE(finder.stopIfStartedHere().what, LocalSandbox::StopOutcome::What::NotStartedHere);
    other.closeWriteChannel();
    QVERIFY(other.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestLocalSandbox)
#include "TestLocalSandbox.moc"
