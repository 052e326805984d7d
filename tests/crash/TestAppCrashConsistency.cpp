// A fast guard of the desktop app's crash consistency: the unmodified bitgo-token-manager, worked through its
// widgets by the CrashDriver plugin, killed once at each kill point of token creation and of rotation (and once at a
// random moment after Create), then restarted (a fresh window signs in, lists, reconciles and reports its table).
// The figures in docs/robustness.md come from scripts/crash-consistency.sh (many runs per point).
#include "CrashConsistency.h"
#include "SandboxProcess.h"

#include <QTest>

using namespace bgtm::test;

namespace {
constexpr int kRuns = 1; // each run starts the app twice (the kill, the restart): few runs keep this fast
}

class TestAppCrashConsistency : public QObject
{
    Q_OBJECT

private:
    CrashSetup m_setup;
    CrashConsistency *m_crash = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_setup.start(1, &error), qPrintable(error));
        m_crash = &m_setup.crash();
    }

    // Positive control: the app's restart and the counting must see a live token that nothing here stored.
    void aTokenMadeBehindTheAppsBackIsCountedAsLost()
    {
        const KillCounts counts = m_crash->countATokenMadeBehindTheBack(KillScenario::Program::App);
        QCOMPARE(counts.restartFailures, 0);
        QCOMPARE(counts.live, 1);
        QCOMPARE(counts.lost, 1);
        QCOMPARE(counts.stored + counts.flagged, 0);
    }

    void everyLiveTokenIsStoredOrFlaggedAfterTheAppIsKilled_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<QString>("point");
        QTest::addColumn<int>("expectedLive");
        QTest::addColumn<int>("expectedStored");
        QTest::addColumn<int>("expectedFlagged");
        const int create = int(KillScenario::Operation::Create);
        const int rotate = int(KillScenario::Operation::Rotate);
        // Killed between the server's reply and the keychain write, the secret is gone: the token must be flagged.
        QTest::newRow("create, after-server-reply") << create << QStringLiteral("after-server-reply") << 1 << 0 << 1;
        QTest::newRow("create, after-keychain-write")
            << create << QStringLiteral("after-keychain-write") << 1 << 1 << 0;
        QTest::newRow("create, after-index-write") << create << QStringLiteral("after-index-write") << 1 << 1 << 0;
        QTest::newRow("create, no kill") << create << QStringLiteral("none") << 1 << 1 << 0;
        // Rotation: the old token stays stored until the new one is stored and verified; the new one is flagged
        // when the kill comes before it is stored; after the revoke only the new one is live.
        QTest::newRow("rotate, rotate-after-create") << rotate << QStringLiteral("rotate-after-create") << 2 << 1 << 1;
        QTest::newRow("rotate, rotate-after-store") << rotate << QStringLiteral("rotate-after-store") << 2 << 2 << 0;
        QTest::newRow("rotate, rotate-after-verify") << rotate << QStringLiteral("rotate-after-verify") << 2 << 2 << 0;
        QTest::newRow("rotate, rotate-after-revoke") << rotate << QStringLiteral("rotate-after-revoke") << 1 << 1 << 0;
        QTest::newRow("rotate, no kill") << rotate << QStringLiteral("none") << 1 << 1 << 0;
    }
    void everyLiveTokenIsStoredOrFlaggedAfterTheAppIsKilled()
    {
        QFETCH(int, operation);
        QFETCH(QString, point);
        QFETCH(int, expectedLive);
        QFETCH(int, expectedStored);
        QFETCH(int, expectedFlagged);
        const bool none = point == QLatin1String("none");
        const KillScenario scenario {point, none ? KillScenario::Mode::None : KillScenario::Mode::NamedPoint,
                                     KillScenario::Operation(operation), 0, KillScenario::Program::App};
        const KillCounts counts = m_crash->run(scenario, kRuns);
        QVERIFY2(counts.problems.isEmpty(), qPrintable(counts.problems.join(u'\n')));
        QCOMPARE(counts.killed, none ? 0 : kRuns);
        QCOMPARE(counts.live, expectedLive * kRuns);
        QCOMPARE(counts.stored, expectedStored * kRuns);
        QCOMPARE(counts.flagged, expectedFlagged * kRuns);
        QCOMPARE(counts.lost, 0);
        QCOMPARE(counts.pendingLeft, 0);
    }

    // SIGKILL at a random moment within a second after Create: whatever it hit, nothing is lost.
    void aRandomKillDuringCreateLosesNothing()
    {
        const KillScenario scenario {QStringLiteral("random"), KillScenario::Mode::RandomDelay,
                                     KillScenario::Operation::Create, 1000, KillScenario::Program::App};
        const KillCounts counts = m_crash->run(scenario, kRuns);
        QCOMPARE(counts.restartFailures, 0);
        QVERIFY2(counts.lost == 0, qPrintable(counts.problems.join(u'\n')));
        QCOMPARE(counts.stored + counts.flagged, counts.live);
    }

    void cleanupTestCase() { m_setup.sandbox().stop(); }
};

QTEST_GUILESS_MAIN(TestAppCrashConsistency)
#include "TestAppCrashConsistency.moc"
