// A fast guard of the crash-consistency counts: two runs per kill point of token creation. The figures in
// docs/robustness.md come from scripts/crash-consistency.sh (many runs per point, and random kills).
#include "CrashConsistency.h"
#include "SandboxProcess.h"

#include <QTest>

using namespace bgtm::test;

namespace {
constexpr int kRuns = 2;
}

class TestCrashConsistency : public QObject
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

    // Positive control: the counting must see a live token that the CLI never stored.
    void aTokenMadeBehindTheClisBackIsCountedAsLost()
    {
        const KillCounts counts = m_crash->countATokenMadeBehindTheBack(KillScenario::Program::Cli);
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

    void cleanupTestCase() { m_setup.sandbox().stop(); }
};

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "TestCrashConsistency.moc"
