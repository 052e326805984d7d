#include "CrashConsistency.h"

#include "CliRunner.h"
#include "SandboxProcess.h"

#include "app/KillPoints.h"
#include "vault/TokenIndex.h"

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

QString CrashConsistency::createLabelledToken(const QString &label)
{
    QProcess process;
    process.setProcessEnvironment(m_cli->environment());
    process.start(QStringLiteral(BGTM_CLI_EXE), createArgs(label));
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object().value(QStringLiteral("id")).toString();
}

int CrashConsistency::measureCreateMs(int runs)
{
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QString label = QStringLiteral("crash baseline %1").arg(++m_sequence);
        if (runCli(createArgs(label), {}, -1).exitCode == 0)
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
    QStringList labels;
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
        QStringList args = createArgs(label);
        if (scenario.operation == KillScenario::Operation::Rotate) {
            // The token to rotate is made first, uninterrupted; the rotation is what gets killed. The rotated
            // token keeps the label, so the count below covers the old and the new token.
            const QString id = createLabelledToken(label);
            args = base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("rotate"), id,
                         QStringLiteral("--otp"), QString::fromLatin1(SandboxProcess::demoOtp)});
        }
        if (runCli(args, extra, killAfter).killed)
            ++killed;
    }
    KillCounts counts = countAfterRestart(scenario.name, labels);
    counts.runs = runs;
    counts.killed = killed;
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

KillCounts CrashConsistency::countAfterRestart(const QString &scenario, const QStringList &labels)
{
    KillCounts counts;
    counts.scenario = scenario;
    // The restart: one `tokens list`, which reconciles the index with the server's complete list.
    const CliResult list =
        m_cli->run(base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("list")}));
    QHash<QString, QString> storedHere;
    if (list.exitCode != 0) {
        ++counts.restartFailures;
        counts.problems.append(QStringLiteral("restart: tokens list exited %1").arg(list.exitCode));
    }
    const QJsonArray listed = jsonOf(list).value(QStringLiteral("accessTokens")).toArray();
    for (const QJsonValue &token : listed)
        storedHere.insert(token[QStringLiteral("id")].toString(), token[QStringLiteral("storedHere")].toString());

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
        if (state == QLatin1String("stored")) {
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

    TokenIndex index(m_cli->dataDir() + QStringLiteral("/bitgo-token-manager/tokens.json"));
    if (index.load().ok()) {
        for (const StoredToken &entry : index.tokens()) {
            if (wanted.contains(entry.label) && entry.state == StoredToken::State::Pending) {
                ++counts.pendingLeft;
                counts.problems.append(QStringLiteral("pending left: \"%1\"").arg(entry.label));
            }
        }
    } else {
        counts.problems.append(QStringLiteral("the index could not be read after the restart"));
    }
    return counts;
}

QString CrashConsistency::table(const QList<KillCounts> &rows)
{
    QString out = QStringLiteral("| kill point | runs | killed | live on sandbox | stored (keychain + index) | "
                                 "flagged to the user | LOST | pending, no server token | restart failed |\n"
                                 "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const KillCounts &c : rows) {
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n")
                   .arg(c.scenario)
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

} // namespace bgtm::test
