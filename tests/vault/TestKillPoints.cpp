#include "SecretScan.h"
#include "VaultTestUtil.h"

#include "app/KillPoints.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenIndex.h"
#include "vault/Vault.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace bgtm;
using namespace bgtm::test;

namespace {
const QString kEnv = QStringLiteral("sandbox");
const QString kUser = QStringLiteral("5f1234567890abcdef123456");
} // namespace

// Crash safety: the storing sequence runs in a helper process that dies at a named kill point (as if the machine
// lost power). A restarted vault, reconciling with the server's list, must then hold every live token as stored
// or flagged for revocation — never silently lose one.
class TestKillPoints : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<QByteArray> m_secrets;
    QByteArray m_capturedOutput;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(inTestSession(), kNotInSession); }

    void everyLiveTokenIsStoredOrFlaggedAfterACrash_data()
    {
        QTest::addColumn<QString>("killAt");
        QTest::addColumn<int>("expectedExit");
        QTest::addColumn<int>("expectedState");
        QTest::newRow("after-server-reply") << QStringLiteral("after-server-reply") << kKillPointExitCode
                                            << int(StoredToken::State::FlaggedForRevocation);
        QTest::newRow("after-keychain-write")
            << QStringLiteral("after-keychain-write") << kKillPointExitCode << int(StoredToken::State::Stored);
        QTest::newRow("after-index-write")
            << QStringLiteral("after-index-write") << kKillPointExitCode << int(StoredToken::State::Stored);
        QTest::newRow("no crash") << QString() << 0 << int(StoredToken::State::Stored);
    }
    void everyLiveTokenIsStoredOrFlaggedAfterACrash()
    {
        QFETCH(QString, killAt);
        QFETCH(int, expectedExit);
        QFETCH(int, expectedState);
        const QString indexPath = m_dir.filePath(QStringLiteral("data/tokens.json"));
        const QString tokenId = QUuid::createUuid().toString(QUuid::Id128);
        const QString label = QStringLiteral("kill ") + killAt + u' ' + tokenId.left(6);
        const QByteArray secret =
            "v2x" + QUuid::createUuid().toByteArray(QUuid::Id128) + QUuid::createUuid().toByteArray(QUuid::Id128);
        m_secrets << secret;

        QProcess helper;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (killAt.isEmpty())
            env.remove(QStringLiteral("BGTM_TEST_KILL_AT"));
        else
            env.insert(QStringLiteral("BGTM_TEST_KILL_AT"), killAt);
        helper.setProcessEnvironment(env);
        // The secret goes through stdin, never argv.
        helper.start(QStringLiteral(BGTM_VAULT_HELPER),
                     {QStringLiteral("store-sequence"), indexPath, kEnv, kUser, tokenId, label});
        QVERIFY(helper.waitForStarted(10000));
        helper.write(secret + '\n');
        helper.closeWriteChannel();
        QVERIFY(helper.waitForFinished(60000));
        m_capturedOutput += helper.readAllStandardOutput() + helper.readAllStandardError();
        QCOMPARE(helper.exitCode(), expectedExit);

        // "Restart": a new vault over the same index and keychain, reconciling with the server's complete list.
        KeychainSecretStore store;
        TokenIndex index(indexPath);
        QVERIFY(index.load().ok());
        Vault vault(&store, &index, std::chrono::seconds(10));
        AccessToken live;
        live.id = tokenId;
        live.label = label;
        live.scope = {QStringLiteral("wallet_view_all")}; // what the helper's create asked for (VaultHelper.cpp)
        live.user = kUser;
        live.created = QDateTime::currentDateTimeUtc();
        live.expires = live.created.addDays(30);
        TokenList list;
        list.tokens.append(live);
        const auto reconciled = waitFor<int>(
            [&](QObject *c, const Callback<int> &d) { vault.reconcileWithKeychain(kEnv, kUser, list, c, d); });
        QVERIFY(reconciled && reconciled->ok());

        std::optional<StoredToken> entry;
        for (const StoredToken &t : vault.tokens()) {
            if (t.tokenId == tokenId)
                entry = t;
        }
        QVERIFY2(entry.has_value(), "the live token is unknown after restart");
        QCOMPARE(int(entry->state), expectedState);
        if (entry->state == StoredToken::State::Stored) {
            QVERIFY(secretToolLookup(entry->keychainKey()).value == secret);
        }
        for (const StoredToken &t : vault.tokens())
            QVERIFY2(t.state != StoredToken::State::Pending || t.label != label,
                     "a pending record was left unresolved");
    }

    void killPointIsHarmlessWhenUnsetOrDifferent()
    {
        qunsetenv("BGTM_TEST_KILL_AT");
        killPoint("after-index-write");
        qputenv("BGTM_TEST_KILL_AT", "after-keychain-write");
        killPoint("after-index-write");
        qunsetenv("BGTM_TEST_KILL_AT");
        QVERIFY(true); // reaching this line is the check: the process was not stopped
    }

    // Last: the index and the helpers' captured output must not contain any secret.
    void noSecretInIndexOrCapturedOutput()
    {
        QVERIFY(!m_secrets.isEmpty());
        const QString captured = m_dir.filePath(QStringLiteral("captured-output.txt"));
        QFile file(captured);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_capturedOutput);
        file.close();
        // Positive control first.
        const QString planted = m_dir.filePath(QStringLiteral("planted"));
        QFile p(planted);
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write("x" + m_secrets.last() + "x");
        p.close();
        QCOMPARE(scanForSecrets(m_secrets, {m_dir.path()}).size(), 1);
        QVERIFY(QFile::remove(planted));
        const QList<SecretHit> hits = scanForSecrets(m_secrets, {m_dir.path()});
        QVERIFY2(hits.isEmpty(), qPrintable(describe(hits)));
    }
};

QTEST_GUILESS_MAIN(TestKillPoints)
#include "TestKillPoints.moc"
