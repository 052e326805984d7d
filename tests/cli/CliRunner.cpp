#include "CliRunner.h"

#include "SandboxProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

#include <optional>

namespace bgtm::test {

CliRunner::CliRunner(const QString &runtimeDir, Machine machine)
    : m_machine(machine), m_home(std::make_unique<QTemporaryDir>())
{
    m_environment = QProcessEnvironment::systemEnvironment();
    const QString base = m_home->path();
    for (const char *dir : {"home", "data", "config", "cache"})
        QDir(base).mkpath(QString::fromLatin1(dir));
    m_environment.insert(QStringLiteral("HOME"), base + QStringLiteral("/home"));
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), base + QStringLiteral("/data"));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), base + QStringLiteral("/config"));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), base + QStringLiteral("/cache"));
    m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    for (const char *name : {"BITGO_ENV", "BITGO_USER", "BITGO_ACCESS_TOKEN", "BGTM_TEST_KILL_AT", "DISPLAY"})
        m_environment.remove(QString::fromLatin1(name));
    // Every category on: the secret scan of stderr then also covers anything logged with qDebug.
    m_environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    if (m_machine == Machine::AnotherMachine) {
        // The session script lays its directories out like this runner's; its runtime directory gets the same
        // sandbox (a copy of the runtime file: the address and the admin secret).
        const QString ownRuntime = base + QStringLiteral("/run/bitgo-token-manager");
        QDir().mkpath(ownRuntime);
        QFile::setPermissions(base + QStringLiteral("/run"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile::copy(runtimeDir + QStringLiteral("/bitgo-token-manager/sandbox.json"),
                    ownRuntime + QStringLiteral("/sandbox.json"));
        m_environment.insert(QStringLiteral("BGTM_TEST_SESSION_DIR"), base);
    }
}

QString CliRunner::dataDir() const
{
    return m_environment.value(QStringLiteral("XDG_DATA_HOME"));
}

CliResult CliRunner::run(const QStringList &args, const QByteArray &input, int timeoutMs,
                         const QProcessEnvironment &extra)
{
    const std::unique_ptr<QProcess> process = start(args, input, extra);
    return finish(*process, timeoutMs);
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList &args, const QByteArray &input,
                                           const QProcessEnvironment &extra)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = m_environment;
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    process->setProcessEnvironment(environment);
    if (m_machine == Machine::AnotherMachine)
        process->start(QStringLiteral(BGTM_SOURCE_DIR "/scripts/with-test-session.sh"),
                       QStringList {QStringLiteral(BGTM_CLI_EXE)} + args);
    else
        process->start(QStringLiteral(BGTM_CLI_EXE), args);
    if (process->waitForStarted(10000)) {
        process->write(input);
        process->closeWriteChannel();
    }
    return process;
}

CliResult CliRunner::finish(QProcess &process, int timeoutMs)
{
    CliResult result;
    if (process.error() == QProcess::FailedToStart)
        return result;
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    m_allStderr += result.err;
    return result;
}

std::optional<QByteArray> CliRunner::keychainLookup(const QString &key)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
                  {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("bitgo-token-manager"),
                   QStringLiteral("user"), key});
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return std::nullopt;
    return process.readAllStandardOutput();
}

bool CliRunner::inTestSession()
{
    return !qEnvironmentVariableIsEmpty("BGTM_TEST_SESSION_DIR")
        && !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

std::optional<CliSandboxFiles> startSandboxForCli(SandboxProcess &sandbox, const QString &dir,
                                                  const QStringList &extraArgs)
{
    CliSandboxFiles files {dir + QStringLiteral("/run"), dir + QStringLiteral("/issued-secrets.log")};
    if (!QDir().mkpath(files.runtimeDir + QStringLiteral("/bitgo-token-manager")))
        return std::nullopt;
    QFile::setPermissions(files.runtimeDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QStringList args {QStringLiteral("--runtime-file"),
                            files.runtimeDir + QStringLiteral("/bitgo-token-manager/sandbox.json"),
                            QStringLiteral("--issued-secrets-log"), files.issuedLog};
    if (!sandbox.start(args + extraArgs))
        return std::nullopt;
    return files;
}

QStringList base(const QStringList &command)
{
    return QStringList {QStringLiteral("--env"), QStringLiteral("sandbox"), QStringLiteral("--user"),
                        QString::fromLatin1(SandboxProcess::demoUsername)}
    + command;
}

QByteArray demoLoginInput()
{
    return QByteArray(SandboxProcess::demoPassword) + '\n' + SandboxProcess::demoOtp + '\n';
}

QJsonObject jsonOf(const CliResult &result)
{
    return QJsonDocument::fromJson(result.out).object();
}

QByteArray diagnose(const CliResult &result)
{
    // Qt's own debug categories (plugin loading, file watching) drown what matters: a crash or sanitizer report is
    // at the end of stderr. Keep our lines, and the tail.
    QByteArray kept;
    for (const QByteArray &line : result.err.split('\n')) {
        if (!line.startsWith("qt.") && !line.startsWith("QDEBUG") && !line.trimmed().isEmpty())
            kept += line + '\n';
    }
    constexpr qsizetype tail = 6000;
    return "exit " + QByteArray::number(result.exitCode) + (result.finished ? "" : " (hung)")
        + ", stderr (Qt debug lines left out): " + kept.right(tail);
}

} // namespace bgtm::test
