// bgtm_crash_consistency: kills the real CLI at each named kill point of token creation (and rotation, when the
// CLI has it) and at random moments, N runs each, against the real sandbox and the real keyring; after each run it
// restarts the CLI (`tokens list` reconciles) and counts what is live on the sandbox, stored, flagged and LOST.
// Prints a Markdown table; exits 1 when a token was lost or a restart failed.
// Run it through scripts/crash-consistency.sh (which builds it and provides the private keyring session).
#include "CliRunner.h"
#include "CrashConsistency.h"
#include "SandboxProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace bgtm::test;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Crash-consistency counts of token creation (issue 10)."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("runs per kill point (default 20)"),
                                        QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption pointsOption(
        QStringLiteral("points"),
        QStringLiteral("comma-separated create kill points (default after-server-reply,after-keychain-write,"
                       "after-index-write)"),
        QStringLiteral("names"), QStringLiteral("after-server-reply,after-keychain-write,after-index-write"));
    const QCommandLineOption rotatePointsOption(
        QStringLiteral("rotate-points"),
        QStringLiteral("comma-separated rotation kill points, used when the CLI has `tokens rotate`"),
        QStringLiteral("names"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("random seed (default: time)"),
                                        QStringLiteral("n"));
    parser.addOptions({runsOption, pointsOption, rotatePointsOption, seedOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!CliRunner::inTestSession()) {
        err << "run inside scripts/with-test-session.sh (private D-Bus + gnome-keyring)\n";
        return 2;
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const quint32 seed =
        parser.isSet(seedOption) ? parser.value(seedOption).toUInt() : quint32(QDateTime::currentMSecsSinceEpoch());

    QTemporaryDir dir;
    const QString runtimeDir = dir.filePath(QStringLiteral("run"));
    QDir().mkpath(runtimeDir + QStringLiteral("/bitgo-token-manager"));
    QFile::setPermissions(runtimeDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString issuedLog = dir.filePath(QStringLiteral("issued-secrets.log"));
    SandboxProcess sandbox;
    if (!sandbox.start({QStringLiteral("--runtime-file"),
                        runtimeDir + QStringLiteral("/bitgo-token-manager/sandbox.json"),
                        QStringLiteral("--issued-secrets-log"), issuedLog})) {
        err << "sandbox: " << sandbox.errorString() << '\n';
        return 2;
    }
    CliRunner cli(runtimeDir);
    CrashConsistency crash(&sandbox, &cli, issuedLog, seed);
    QString error;
    if (!crash.login(&error)) {
        err << error << '\n';
        return 2;
    }
    const int createMs = crash.measureCreateMs(3);
    if (createMs <= 0) {
        err << "an uninterrupted create failed\n";
        return 2;
    }
    err << "seed " << seed << ", uninterrupted create " << createMs << " ms (random kills in [0, " << createMs
        << "] ms)\n";
    err.flush();

    QList<KillScenario> scenarios;
    for (const QString &point : parser.value(pointsOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        scenarios.append({point, KillScenario::Mode::NamedPoint, KillScenario::Operation::Create, 0});
    scenarios.append(
        {QStringLiteral("random"), KillScenario::Mode::RandomDelay, KillScenario::Operation::Create, createMs});
    scenarios.append({QStringLiteral("none (control)"), KillScenario::Mode::None, KillScenario::Operation::Create, 0});
    const QStringList rotatePoints = parser.value(rotatePointsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!rotatePoints.isEmpty()) {
        if (crash.canRotate()) {
            for (const QString &point : rotatePoints)
                scenarios.append({QStringLiteral("rotate: ") + point, KillScenario::Mode::NamedPoint,
                                  KillScenario::Operation::Rotate, 0});
            scenarios.append({QStringLiteral("rotate: random"), KillScenario::Mode::RandomDelay,
                              KillScenario::Operation::Rotate, 2 * createMs});
        } else {
            err << "this CLI has no `tokens rotate`; rotation kill points skipped\n";
        }
    }

    QList<KillCounts> rows;
    bool clean = true;
    for (KillScenario scenario : scenarios) {
        // The environment variable carries the bare point name; the row says which operation it was.
        const QString row = scenario.name;
        if (scenario.name.startsWith(QLatin1String("rotate: ")))
            scenario.name = scenario.name.mid(8);
        KillCounts counts = crash.run(scenario, runs);
        counts.scenario = row;
        for (const QString &problem : std::as_const(counts.problems))
            err << row << ": " << problem << '\n';
        err << row << ": done\n";
        err.flush();
        // A pending entry with no token on the server is kept on purpose (the vault drops it 30 min after the
        // attempt: a delayed create could still commit), so it is reported, not failed.
        clean = clean && counts.lost == 0 && counts.restartFailures == 0;
        rows.append(counts);
    }
    out << CrashConsistency::table(rows);
    out.flush();
    sandbox.stop();
    return clean ? 0 : 1;
}
