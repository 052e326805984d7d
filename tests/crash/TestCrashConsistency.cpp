// A fast guard of the crash-consistency counts: two runs per kill point of token creation. The figures in
// docs/robustness.md come from scripts/crash-consistency.sh (many runs per point, and random kills).
#include "CliRunner.h"
#include "CrashConsistency.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bgtm::test;

namespace {
constexpr int kRuns = 2;
}

class TestCrashConsistency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    std::unique_ptr<CrashConsistency> m_crash;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(CliRunner::inTestSession(), "run inside scripts/with-test-session.sh (private D-Bus + gnome-keyring)");
        const QString runtimeDir = m_dir.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(runtimeDir + QStringLiteral("/bitgo-token-manager")));
        QFile::setPermissions(runtimeDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QString issuedLog = m_dir.filePath(QStringLiteral("issued-secrets.log"));
        QVERIFY2(m_sandbox.start({QStringLiteral("--runtime-file"),
                                  runtimeDir + QStringLiteral("/bitgo-token-manager/sandbox.json"),
                                  QStringLiteral("--issued-secrets-log"), issuedLog}),
                 qPrintable(m_sandbox.errorString()));
        m_cli = std::make_unique<CliRunner>(runtimeDir);
        m_crash = std::make_unique<CrashConsistency>(&m_sandbox, m_cli.get(), issuedLog, 1);
        QString error;
        QVERIFY2(m_crash->login(&error), qPrintable(error));
    }

    // Positive control: the counting must see a live token that the CLI never stored.
    void aTokenMadeBehindTheClisBackIsCountedAsLost()
    {
        const QString label = QStringLiteral("made behind the back");
        QVERIFY(!m_sandbox.createTokenDirect(QJsonObject {{QStringLiteral("label"), label}}).isEmpty());
        const KillCounts counts =
            m_crash->countAfterRestart(KillScenario::Program::Cli, QStringLiteral("control"), {label});
        QCOMPARE(counts.live, 1);
        QCOMPARE(counts.lost, 1);
        QCOMPARE(counts.stored + counts.flagged, 0);
    }

    void everyLiveTokenIsStoredOrFlaggedAfterAKill_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("expectedStored");
        QTest::addColumn<int>("expectedFlagged");
        const int named = int(KillScenario::Mode::NamedPoint);
        // Killed between the server's reply and the keychain write, the secret is gone: the token must be flagged.
        QTest::newRow("after-server-reply") << QStringLiteral("after-server-reply") << named << 0 << kRuns;
        QTest::newRow("after-keychain-write") << QStringLiteral("after-keychain-write") << named << kRuns << 0;
        QTest::newRow("after-index-write") << QStringLiteral("after-index-write") << named << kRuns << 0;
        QTest::newRow("no kill") << QStringLiteral("none") << int(KillScenario::Mode::None) << kRuns << 0;
    }
    void everyLiveTokenIsStoredOrFlaggedAfterAKill()
    {
        QFETCH(QString, point);
        QFETCH(int, mode);
        QFETCH(int, expectedStored);
        QFETCH(int, expectedFlagged);
        const KillScenario scenario {point, KillScenario::Mode(mode), KillScenario::Operation::Create, 0};
        const KillCounts counts = m_crash->run(scenario, kRuns);
        QVERIFY2(counts.problems.isEmpty(), qPrintable(counts.problems.join(u'\n')));
        QCOMPARE(counts.killed, scenario.mode == KillScenario::Mode::None ? 0 : kRuns);
        QCOMPARE(counts.live, kRuns);
        QCOMPARE(counts.stored, expectedStored);
        QCOMPARE(counts.flagged, expectedFlagged);
        QCOMPARE(counts.lost, 0);
        QCOMPARE(counts.pendingLeft, 0);
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "TestCrashConsistency.moc"
