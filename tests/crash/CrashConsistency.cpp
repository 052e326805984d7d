#include "CrashConsistency.h"

#include "CliRunner.h"
#include "SandboxProcess.h"

#include "app/KillPoints.h"
#include "vault/TokenIndex.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>

namespace bgtm::test {

namespace {

QStringList createArgs(const QString &label)
{
    return base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("create"),
                 QStringLiteral("--label"), label, QStringLiteral("--scope"), QStringLiteral("wallet_view_all"),
                 QStringLiteral("--otp"), QString::fromLatin1(SandboxProcess::demoOtp)});
}

QStringList rotateArgs(const QString &id)
{
    return base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("rotate"), id,
                 QStringLiteral("--otp"), QString::fromLatin1(SandboxProcess::demoOtp)});
}

constexpr int kAppDeadlineMs = 150000; // the driver gives up after 120 s; generous, the machine is shared

} // namespace

CrashConsistency::CrashConsistency(SandboxProcess *sandbox, CliRunner *cli, QString issuedSecretsLog, quint32 seed)
    : m_sandbox(sandbox), m_cli(cli), m_issuedLog(std::move(issuedSecretsLog)), m_random(seed)
{ }

CrashConsistency::~CrashConsistency() = default;

bool CrashConsistency::login(QString *error)
{
    const CliResult result =
        m_cli->run(base({QStringLiteral("login"), QStringLiteral("--password-stdin")}), demoLoginInput());
    if (result.exitCode == 0)
        return true;
    *error = QStringLiteral("login exited %1").arg(result.exitCode);
    return false;
}

CrashConsistency::RunResult CrashConsistency::runCli(const QStringList &args, const QProcessEnvironment &extra,
                                                     int killAfterMs)
{
    QProcess process;
    QProcessEnvironment environment = m_cli->environment();
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    process.setProcessEnvironment(environment);
    // Output is read and dropped: stdout may carry a token (exit 9), and nothing here may print one.
    process.start(QStringLiteral(BGTM_CLI_EXE), args);
    RunResult result;
    if (!process.waitForStarted(10000))
        return result;
    process.closeWriteChannel();
    const int wait = killAfterMs >= 0 ? killAfterMs : 120000;
    if (!process.waitForFinished(wait)) {
        process.kill(); // SIGKILL: no handler, no flushing, as a crash
        process.waitForFinished(10000);
        result.killed = killAfterMs >= 0;
    }
    if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
        result.killed = result.killed || result.exitCode == kKillPointExitCode;
    } else {
        result.killed = result.killed || killAfterMs >= 0;
    }
    process.readAllStandardOutput().fill('\0');
    return result;
}

CrashConsistency::RunResult CrashConsistency::runApp(const QString &action, const QString &label,
                                                     const QProcessEnvironment &extra, int killAfterClickMs)
{
    QProcess process;
    // The CLI's HOME and XDG directories (so the same index, settings and sandbox), the test session's keyring,
    // no display; Qt loads the CrashDriver plugin into the unmodified app.
    QProcessEnvironment environment = m_cli->environment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_PLUGIN_PATH"), QStringLiteral(BGTM_CRASH_DRIVER_PLUGIN_DIR));
    environment.insert(QStringLiteral("QT_QPA_GENERIC_PLUGINS"), QStringLiteral("bgtmcrashdriver"));
    environment.insert(QStringLiteral("BGTM_CRASH_DRIVER_ACTION"), action);
    environment.insert(QStringLiteral("BGTM_CRASH_DRIVER_LABEL"), label);
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    process.setProcessEnvironment(environment);
    // The app's log (debug categories on) is kept only when asked for: it is large and the counts are the output.
    const QString log = qEnvironmentVariable("BGTM_CRASH_APP_LOG");
    if (log.isEmpty())
        process.setStandardErrorFile(QProcess::nullDevice());
    else
        process.setStandardErrorFile(log, QIODevice::Append);
    process.start(QStringLiteral(BGTM_GUI_EXE), {QStringLiteral("--environment"), QStringLiteral("sandbox")});
    RunResult result;
    if (!process.waitForStarted(10000)) {
        result.problem = QStringLiteral("the app did not start");
        return result;
    }
    process.closeWriteChannel();
    QElapsedTimer total;
    total.start();
    QElapsedTimer sinceClick;
    const auto readLines = [&] {
        while (process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            if (line == "clicked")
                sinceClick.start();
            else if (line == "done" && sinceClick.isValid())
                result.operationMs = int(sinceClick.elapsed());
            else if (line.startsWith("stuck") || line.startsWith("report") || line.startsWith("unknown"))
                result.problem = QString::fromLatin1(line);
        }
    };
    while (process.state() != QProcess::NotRunning) {
        if (total.elapsed() > kAppDeadlineMs) {
            process.kill();
            process.waitForFinished(10000);
            result.problem = QStringLiteral("the app did not end within %1 s").arg(kAppDeadlineMs / 1000);
            return result;
        }
        qint64 wait = 500;
        if (sinceClick.isValid() && killAfterClickMs >= 0) {
            const qint64 left = killAfterClickMs - sinceClick.elapsed();
            if (left <= 0) {
                process.kill(); // SIGKILL: no handler, no flushing, as a crash
                process.waitForFinished(10000);
                result.killed = true;
                return result;
            }
            wait = std::min(wait, left);
        }
        process.waitForReadyRead(int(wait));
        readLines();
    }
    process.waitForFinished(10000);
    readLines();
    if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
        result.killed = result.exitCode == kKillPointExitCode;
    }
    if (!result.killed && result.exitCode != 0 && result.problem.isEmpty())
        result.problem = QStringLiteral("the app exited %1").arg(result.exitCode);
    return result;
}

QString CrashConsistency::createLabelledToken(const QString &label)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        QProcess process;
        process.setProcessEnvironment(m_cli->environment());
        process.start(QStringLiteral(BGTM_CLI_EXE), createArgs(label));
        if (process.waitForStarted(10000) && process.waitForFinished(120000) && process.exitCode() == 0)
            return QJsonDocument::fromJson(process.readAllStandardOutput())
                .object()
                .value(QStringLiteral("id"))
                .toString();
        // The app signs in and out on its own; should that have ended the CLI's stored session, sign in again.
        QString ignored;
        if (process.exitCode() != 5 || !login(&ignored))
            break;
    }
    return {};
}

int CrashConsistency::measureMs(KillScenario::Program program, KillScenario::Operation operation, int runs)
{
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        const QString label = QStringLiteral("crash baseline %1").arg(++m_sequence);
        const bool rotate = operation == KillScenario::Operation::Rotate;
        const QString id = rotate ? createLabelledToken(label) : QString();
        if (rotate && id.isEmpty())
            continue;
        if (program == KillScenario::Program::App) {
            const RunResult r = runApp(rotate ? QStringLiteral("rotate") : QStringLiteral("create"), label, {}, -1);
            if (r.operationMs >= 0)
                times.append(r.operationMs);
            continue;
        }
        QElapsedTimer timer;
        timer.start();
        if (runCli(rotate ? rotateArgs(id) : createArgs(label), {}, -1).exitCode == 0)
            times.append(timer.elapsed());
    }
    if (times.isEmpty())
        return 0;
    std::sort(times.begin(), times.end());
    return int(times.at(times.size() / 2));
}

bool CrashConsistency::canRotate()
{
    const CliResult help = m_cli->run({QStringLiteral("--help")});
    return help.out.contains("tokens rotate");
}

KillCounts CrashConsistency::run(const KillScenario &scenario, int runs)
{
    const bool app = scenario.program == KillScenario::Program::App;
    const bool rotate = scenario.operation == KillScenario::Operation::Rotate;
    QStringList labels;
    QStringList problems;
    int killed = 0;
    for (int i = 0; i < runs; ++i) {
        const QString label = QStringLiteral("crash run %1").arg(++m_sequence);
        labels.append(label);
        QProcessEnvironment extra;
        if (scenario.mode == KillScenario::Mode::NamedPoint)
            extra.insert(QStringLiteral("BGTM_TEST_KILL_AT"), scenario.name);
        const int killAfter = scenario.mode == KillScenario::Mode::RandomDelay
            ? int(m_random.bounded(quint32(std::max(1, scenario.maxDelayMs + 1))))
            : -1;
        // The token to rotate is made first, uninterrupted, by the CLI (same index and keychain); the rotation is
        // what gets killed. The rotated token keeps the label, so the count below covers the old and the new token.
        const QString id = rotate ? createLabelledToken(label) : QString();
        if (rotate && id.isEmpty()) {
            problems.append(QStringLiteral("run %1: the token to rotate could not be made").arg(label));
            continue;
        }
        RunResult result;
        if (app)
            result = runApp(rotate ? QStringLiteral("rotate") : QStringLiteral("create"), label, extra, killAfter);
        else
            result = runCli(rotate ? rotateArgs(id) : createArgs(label), extra, killAfter);
        if (result.killed)
            ++killed;
        else if (!result.problem.isEmpty())
            problems.append(QStringLiteral("run \"%1\": %2").arg(label, result.problem));
    }
    KillCounts counts = countAfterRestart(scenario.program, scenario.name, labels);
    counts.operation = rotate ? QStringLiteral("rotate") : QStringLiteral("create");
    counts.runs = runs;
    counts.killed = killed;
    counts.problems = problems + counts.problems;
    return counts;
}

QSet<QByteArray> CrashConsistency::issuedSecrets() const
{
    QSet<QByteArray> secrets;
    QFile log(m_issuedLog);
    if (log.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : log.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                secrets.insert(line.trimmed());
        }
    }
    return secrets;
}

QHash<QString, QString> CrashConsistency::restart(KillScenario::Program program, QString *problem)
{
    QHash<QString, QString> shown;
    if (program == KillScenario::Program::App) {
        // A fresh app signs in (its first list reconciles the index) and reports what its token table shows.
        const QString report = m_work.filePath(QStringLiteral("table-%1.json").arg(++m_sequence));
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("BGTM_CRASH_DRIVER_REPORT"), report);
        const RunResult result = runApp(QStringLiteral("list"), QString(), extra, -1);
        QFile file(report);
        if (result.exitCode != 0 || !file.open(QIODevice::ReadOnly)) {
            *problem = QStringLiteral("restart: the app exited %1 %2").arg(result.exitCode).arg(result.problem);
            return shown;
        }
        const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
        for (const QJsonValue &row : rows)
            shown.insert(row[QStringLiteral("id")].toString(), row[QStringLiteral("state")].toString());
        return shown;
    }
    // The CLI's restart: one `tokens list`, which reconciles the index with the server's complete list.
    const CliResult list =
        m_cli->run(base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("list")}));
    if (list.exitCode != 0)
        *problem = QStringLiteral("restart: tokens list exited %1").arg(list.exitCode);
    const QJsonArray listed = jsonOf(list).value(QStringLiteral("accessTokens")).toArray();
    for (const QJsonValue &token : listed)
        shown.insert(token[QStringLiteral("id")].toString(), token[QStringLiteral("storedHere")].toString());
    return shown;
}

KillCounts CrashConsistency::countATokenMadeBehindTheBack(KillScenario::Program program)
{
    const QString label = program == KillScenario::Program::Cli ? QStringLiteral("made behind the CLI's back")
                                                                : QStringLiteral("made behind the app's back");
    KillCounts counts;
    if (m_sandbox->createTokenDirect(QJsonObject {{QStringLiteral("label"), label}}).isEmpty()) {
        counts.problems << QStringLiteral("the sandbox did not make the control token");
        return counts; // live 0: the caller's check fails
    }
    return countAfterRestart(program, QStringLiteral("control"), {label});
}

KillCounts CrashConsistency::countAfterRestart(KillScenario::Program program, const QString &scenario,
                                               const QStringList &labels)
{
    KillCounts counts;
    counts.program = program == KillScenario::Program::App ? QStringLiteral("app") : QStringLiteral("CLI");
    counts.scenario = scenario;
    QString problem;
    const QHash<QString, QString> storedHere = restart(program, &problem);
    if (!problem.isEmpty()) {
        ++counts.restartFailures;
        counts.problems.append(problem);
    }
    TokenIndex index(m_cli->dataDir() + QStringLiteral("/bitgo-token-manager/tokens.json"));
    const bool indexRead = index.load().ok();
    const QList<StoredToken> entries = index.tokens();
    if (!indexRead)
        counts.problems.append(QStringLiteral("the index could not be read after the restart"));

    const QSet<QByteArray> issued = issuedSecrets();
    const QSet<QString> wanted(labels.cbegin(), labels.cend());
    const QJsonArray tokens =
        m_sandbox->admin("GET", QStringLiteral("/_sandbox/state")).object().value(QStringLiteral("tokens")).toArray();
    for (const QJsonValue &value : tokens) {
        const QJsonObject token = value.toObject();
        const QString label = token.value(QStringLiteral("label")).toString();
        if (!wanted.contains(label) || !token.value(QStringLiteral("live")).toBool())
            continue;
        ++counts.live;
        const QString id = token.value(QStringLiteral("id")).toString();
        const QString state = storedHere.value(id, QStringLiteral("absent from the list"));
        const bool indexSaysStored = std::any_of(entries.cbegin(), entries.cend(), [&id](const StoredToken &t) {
            return t.tokenId == id && t.state == StoredToken::State::Stored;
        });
        if (state == QLatin1String("stored") && indexSaysStored) {
            const std::optional<QByteArray> secret = CliRunner::keychainLookup(
                QStringLiteral("sandbox/%1/%2").arg(QLatin1String(SandboxProcess::demoUserId), id));
            if (secret && issued.contains(*secret)) {
                ++counts.stored;
                continue;
            }
        } else if (state == QLatin1String("flagged-for-revocation") || state == QLatin1String("store-failed")) {
            ++counts.flagged;
            continue;
        }
        ++counts.lost;
        counts.problems.append(QStringLiteral("lost: %1 \"%2\" (index: %3)").arg(id, label, state));
    }

    if (indexRead) {
        for (const StoredToken &entry : entries) {
            if (wanted.contains(entry.label) && entry.state == StoredToken::State::Pending) {
                ++counts.pendingLeft;
                counts.problems.append(QStringLiteral("pending left: \"%1\"").arg(entry.label));
            }
        }
    }
    return counts;
}

QString CrashConsistency::table(const QList<KillCounts> &rows)
{
    QString out = QStringLiteral("| program | operation | kill point | runs | killed | live on sandbox | "
                                 "stored (keychain + index) | flagged to the user | LOST | pending, no server token | "
                                 "restart failed |\n"
                                 "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const KillCounts &c : rows) {
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 |\n")
                   .arg(c.program, c.operation, c.scenario)
                   .arg(c.runs)
                   .arg(c.killed)
                   .arg(c.live)
                   .arg(c.stored)
                   .arg(c.flagged)
                   .arg(c.lost)
                   .arg(c.pendingLeft)
                   .arg(c.restartFailures);
    }
    return out;
}

CrashSetup::CrashSetup() : m_sandbox(std::make_unique<SandboxProcess>()) { }

CrashSetup::~CrashSetup() = default;

bool CrashSetup::start(quint32 seed, QString *error)
{
    if (!CliRunner::inTestSession()) {
        *error = QStringLiteral("run inside scripts/with-test-session.sh (private D-Bus + gnome-keyring)");
        return false;
    }
    const QString runtimeDir = m_dir.filePath(QStringLiteral("run"));
    if (!QDir().mkpath(runtimeDir + QStringLiteral("/bitgo-token-manager"))
        || !QFile::setPermissions(runtimeDir,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        *error = QStringLiteral("cannot make the runtime directory ") + runtimeDir;
        return false;
    }
    const QString issuedLog = m_dir.filePath(QStringLiteral("issued-secrets.log"));
    if (!m_sandbox->start({QStringLiteral("--runtime-file"),
                           runtimeDir + QStringLiteral("/bitgo-token-manager/sandbox.json"),
                           QStringLiteral("--issued-secrets-log"), issuedLog})) {
        *error = QStringLiteral("sandbox: ") + m_sandbox->errorString();
        return false;
    }
    m_cli = std::make_unique<CliRunner>(runtimeDir);
    m_crash = std::make_unique<CrashConsistency>(m_sandbox.get(), m_cli.get(), issuedLog, seed);
    return m_crash->login(error); // the CLI makes the tokens that the runs rotate
}

} // namespace bgtm::test
