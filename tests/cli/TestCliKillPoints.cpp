// Crash safety on the real path: the real CLI creates a token on the real sandbox and is stopped at a named
// kill point (BGTM_TEST_KILL_AT, app/core/app/KillPoints.h: right after the server replied, after the keychain write,
// after the index write). A restarted CLI (`tokens list`, which reconciles the index with the server's complete list
// and reads the keychain for what it flags) must then show every token that is live ON THE SANDBOX as stored (its
// secret in the real keychain, and working) or flagged for revocation — never silently lost.
#include "CliRunner.h"
#include "SandboxProcess.h"
#include "SecretScan.h"

#include "app/KillPoints.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace bgtm;
using namespace bgtm::test;

namespace {

// An account of this test only: the CLI keeps its session in the keychain under `sandbox/_session/<username>`, and
// other CLI tests running beside this one (ctest -j) sign in as the demo account with their own sandboxes.
const QString kUser = QStringLiteral("kill-points@sandbox.bitgo.local");
const QByteArray kPassword = "kill-points-password";
const QString kUserId = QStringLiteral("5d0c1a2b3c4d5e6f7a8b9c1f");

/// `--env sandbox --user <this test's account>`, then `command`.
QStringList asUser(const QStringList &command)
{
    return QStringList {QStringLiteral("--env"), QStringLiteral("sandbox"), QStringLiteral("--user"), kUser} + command;
}

} // namespace

class TestCliKillPoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyTokenLiveOnTheServerIsStoredOrFlaggedAfterTheCliWasStopped_data();
    void everyTokenLiveOnTheServerIsStoredOrFlaggedAfterTheCliWasStopped();

private:
    QJsonArray liveTokens();

    QTemporaryDir m_dir;
    QString m_runtimeDir;
    QString m_issuedLog;
    SandboxProcess m_sandbox;
    std::vector<std::unique_ptr<CliRunner>> m_runners; // kept to the end: their data is scanned for secrets
    QByteArray m_stderr;
    QByteArray m_exported; ///< one stored token as `tokens export` printed it: the scan's positive control
};

void TestCliKillPoints::initTestCase()
{
    QVERIFY2(CliRunner::inTestSession(), "run inside scripts/with-test-session.sh (private D-Bus + gnome-keyring)");
    QVERIFY(m_dir.isValid());
    m_runtimeDir = m_dir.filePath(QStringLiteral("run"));
    QVERIFY(QDir().mkpath(m_runtimeDir + QStringLiteral("/bitgo-token-manager")));
    QFile::setPermissions(m_runtimeDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_issuedLog = m_dir.filePath(QStringLiteral("issued-secrets.log"));
    const QString users = m_dir.filePath(QStringLiteral("users.json"));
    QFile usersFile(users);
    QVERIFY(usersFile.open(QIODevice::WriteOnly));
    usersFile.write(QJsonDocument(QJsonArray {QJsonObject {{QStringLiteral("username"), kUser},
                                                           {QStringLiteral("password"), QLatin1String(kPassword)},
                                                           {QStringLiteral("userId"), kUserId}}})
                        .toJson());
    usersFile.close();
    QVERIFY2(m_sandbox.start({QStringLiteral("--runtime-file"),
                              m_runtimeDir + QStringLiteral("/bitgo-token-manager/sandbox.json"),
                              QStringLiteral("--issued-secrets-log"), m_issuedLog, QStringLiteral("--users"), users}),
             qPrintable(m_sandbox.errorString()));
}

QJsonArray TestCliKillPoints::liveTokens()
{
    QJsonArray live;
    const QJsonArray tokens =
        m_sandbox.admin("GET", QStringLiteral("/_sandbox/state")).object().value(QStringLiteral("tokens")).toArray();
    for (const QJsonValue &value : tokens) {
        const QJsonObject token = value.toObject();
        if (token.value(QStringLiteral("user")).toString() == kUserId
            && token.value(QStringLiteral("kind")).toString() != QLatin1String("session")
            && !token.value(QStringLiteral("revoked")).toBool() && !token.value(QStringLiteral("expired")).toBool())
            live.append(token);
    }
    return live;
}

void TestCliKillPoints::everyTokenLiveOnTheServerIsStoredOrFlaggedAfterTheCliWasStopped_data()
{
    QTest::addColumn<QString>("killAt");
    QTest::addColumn<QString>("expected"); // the restarted CLI's "storedHere" for the new token
    // The request went out and the process died before reading the reply: the server made a token nobody got.
    QTest::newRow("after-create-sent") << QStringLiteral("after-create-sent")
                                       << QStringLiteral("flagged-for-revocation");
    // The token exists only in the stopped process's memory: nobody can ever use it, so it must be revoked.
    QTest::newRow("after-server-reply") << QStringLiteral("after-server-reply")
                                        << QStringLiteral("flagged-for-revocation");
    // The secret reached the keychain but the index still says "pending": the read-back on restart finds it.
    QTest::newRow("after-keychain-write") << QStringLiteral("after-keychain-write") << QStringLiteral("stored");
    QTest::newRow("after-index-write") << QStringLiteral("after-index-write") << QStringLiteral("stored");
    QTest::newRow("no kill point (control)") << QString() << QStringLiteral("stored");
}

void TestCliKillPoints::everyTokenLiveOnTheServerIsStoredOrFlaggedAfterTheCliWasStopped()
{
    QFETCH(QString, killAt);
    QFETCH(QString, expected);
    // Each row starts from nothing on the server and on this machine, so "every live token" is this row's.
    int status = 0;
    m_sandbox.admin("POST", QStringLiteral("/_sandbox/reset"), {}, &status);
    QCOMPARE(status, 200);
    m_runners.push_back(std::make_unique<CliRunner>(m_runtimeDir));
    CliRunner &cli = *m_runners.back();

    const CliResult login = cli.run(asUser({QStringLiteral("login"), QStringLiteral("--password-stdin")}),
                                    kPassword + '\n' + SandboxProcess::testOtp + '\n');
    QVERIFY2(login.exitCode == 0, diagnose(login).constData());

    const QString label = QStringLiteral("kill ") + (killAt.isEmpty() ? QStringLiteral("none") : killAt);
    QProcessEnvironment kill;
    if (!killAt.isEmpty())
        kill.insert(QStringLiteral("BGTM_TEST_KILL_AT"), killAt);
    const CliResult created =
        cli.run(asUser({QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--label"), label,
                        QStringLiteral("--scope"), QStringLiteral("wallet_view_all"), QStringLiteral("--otp"),
                        QLatin1String(SandboxProcess::testOtp)}),
                {}, 60000, kill);
    QVERIFY2(created.exitCode == (killAt.isEmpty() ? 0 : kKillPointExitCode), diagnose(created).constData());
    if (!killAt.isEmpty())
        QVERIFY2(!created.out.contains("Created"), "the process must stop before it reports the token");

    // The server made the token (a request read after its sender died is still performed, so it may land a moment
    // after the process is gone).
    QTRY_COMPARE_WITH_TIMEOUT(liveTokens().size(), qsizetype(1), 15000);
    const QJsonArray live = liveTokens();

    // Restart: a new process reconciles with the server's complete list.
    const CliResult list =
        cli.run(asUser({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("list")}));
    QVERIFY2(list.exitCode == 0, diagnose(list).constData());
    QHash<QString, QString> storedHere;
    const QJsonArray listed =
        QJsonDocument::fromJson(list.out).object().value(QStringLiteral("accessTokens")).toArray();
    for (const QJsonValue &value : listed)
        storedHere.insert(value.toObject().value(QStringLiteral("id")).toString(),
                          value.toObject().value(QStringLiteral("storedHere")).toString());

    for (const QJsonValue &value : live) {
        const QString id = value.toObject().value(QStringLiteral("id")).toString();
        QVERIFY2(storedHere.contains(id), "a token live on the server is missing from the list");
        const QString state = storedHere.value(id);
        QVERIFY2(state == QLatin1String("stored") || state == QLatin1String("flagged-for-revocation"),
                 qPrintable(QStringLiteral("a token live on the server is %1 here").arg(state)));
        QCOMPARE(state, expected);
        const std::optional<QByteArray> secret =
            CliRunner::keychainLookup(QStringLiteral("sandbox/%1/%2").arg(kUserId, id));
        if (state == QLatin1String("stored")) {
            // The stored secret is the live token itself: the sandbox accepts it and names this token's id.
            QVERIFY2(secret.has_value(), "stored, but not in the keychain");
            const RawHttpReply session = m_sandbox.signedRequest(*secret, "GET", "/api/v1/user/session");
            QCOMPARE(session.status, 200);
            QCOMPARE(QJsonDocument::fromJson(session.body)
                         .object()
                         .value(QStringLiteral("session"))
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toString(),
                     id);
            const CliResult exported = cli.run(asUser({QStringLiteral("tokens"), QStringLiteral("export"), id}));
            QVERIFY2(exported.exitCode == 0, diagnose(exported).constData());
            m_exported = exported.out;
        } else {
            QVERIFY2(!secret.has_value(), "flagged for revocation although the keychain holds the secret");
            // One token, in English with its plural form (translations/bitgo-token-manager_en.ts).
            QVERIFY2(list.err.contains("1 token is live on the server but its secret is nowhere; revoke it."),
                     diagnose(list).constData());
        }
    }
    // The flag (or the stored state) is in the index, not only in one run's output.
    const CliResult again =
        cli.run(asUser({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("list")}));
    QVERIFY2(again.exitCode == 0, diagnose(again).constData());
    QCOMPARE(QJsonDocument::fromJson(again.out)
                 .object()
                 .value(QStringLiteral("accessTokens"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("storedHere"))
                 .toString(),
             expected);
    m_stderr += cli.allStderr();
}

void TestCliKillPoints::cleanupTestCase()
{
    // Secret scan of what the stopped and restarted processes left behind: every CLI home (index, settings, cache)
    // and every stderr. The issued secrets come from the sandbox's log, which lies outside the scanned tree.
    QFile log(m_issuedLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QList<QByteArray> issued;
    for (const QByteArray &line : log.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            issued.append(line.trimmed());
    }
    QVERIFY(issued.size() >= 8); // four logins, four tokens
    QTemporaryDir scanned;
    QFile captured(scanned.filePath(QStringLiteral("captured-stderr.txt")));
    QVERIFY(captured.open(QIODevice::WriteOnly));
    captured.write(m_stderr + m_sandbox.stderrOutput());
    captured.close();
    QStringList paths {scanned.path()};
    for (const auto &runner : m_runners) {
        for (const char *variable : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
            paths.append(runner->environment().value(QString::fromLatin1(variable)));
    }
    // Positive control first: a token the CLI exported, planted in a scanned file, must be found.
    QVERIFY(!m_exported.trimmed().isEmpty());
    QFile planted(scanned.filePath(QStringLiteral("planted.txt")));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write("noise " + m_exported + " noise");
    planted.close();
    QCOMPARE(scanForSecrets(issued, paths).size(), qsizetype(1));
    QVERIFY(planted.remove());
    const QList<SecretHit> hits = scanForSecrets(issued, paths);
    QVERIFY2(hits.isEmpty(), qPrintable(describe(hits)));
    m_sandbox.stop();
}

QTEST_GUILESS_MAIN(TestCliKillPoints)
#include "TestCliKillPoints.moc"
