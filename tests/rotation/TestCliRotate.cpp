// `tokens rotate` end to end: the real CLI binary against the real sandbox (loopback HTTP, amounts as
// strings so that limits beyond 2^53 stay exact) and the real gnome-keyring of the test session. A failure is
// injected at each step; after each, no live token is without a holder and the old secret is not lost.
#include "CliRunner.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>
#include <sys/types.h>

using namespace bgtm::test;

namespace {

const QString kDemo = QString::fromLatin1(SandboxProcess::demoUsername);
const QString kOtp = QStringLiteral("0000000");

// The CLI's exit codes (app/cli/ExitCodes.h).
enum Exit {
    Ok = 0,
    Validation = 3,
    NeedsOtp = 4,
    NotFound = 6,
    RotationIncomplete = 14,
    RotationUndone = 15,
    KilledAtKillPoint = 86,
};

} // namespace

class TestCliRotate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void helpDocumentsRotateAndItsExitCodes();
    void idThatIsNotAnIdIsRefusedWithoutEchoingIt();
    void rotationStoresAndVerifiesTheNewTokenThenRevokesAndForgetsTheOldKeepingTheLabel();
    void labelLifetimeAndNewLabelAreSentAsGiven();
    void severalTokensAreRotatedInOneGoWithAResultEach();
    void carryOverAsksForTheRemainingBudgetExactlyBeyondTwoToThe53();
    void templateGivesTheNewTokenItsShapeWithItsLimitCappedByTheRemainingBudget();
    void unknownTemplateChangesNothing();
    void refusedCreateChangesNothing();
    void failedVerificationRevokesTheNewTokenAndKeepsTheOld();
    void failedRevokeOfTheOldLeavesBothStoredAndValidToFinishLater();
    void tokenLimitedToAnotherAddressIsVerifiedByListing();
    void keychainWriteFailureRevokesTheNewTokenAndKeepsTheOld();
    void crashAtEachStepLeavesNoTokenWithoutAHolder_data();
    void crashAtEachStepLeavesNoTokenWithoutAHolder();

private:
    void login();
    /// Creates a stored token through the CLI; returns {id, secret}.
    QPair<QString, QByteArray> create(const QString &label, const QStringList &extra = {});
    CliResult rotate(const QStringList &args, const QProcessEnvironment &extra = {});
    QJsonObject sandboxToken(const QString &id);
    QList<QJsonObject> liveTokensLabelled(const QString &label);
    int sessionStatusWith(const QByteArray &secret);
    QByteArray exported(const QStringList &selector);

    QTemporaryDir m_dir;
    QString m_runtimeDir;
    QString m_issuedLog;
    SandboxProcess m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    QByteArray m_allStderr;
    QByteArray m_allStdout;
};

void TestCliRotate::initTestCase()
{
    QVERIFY2(CliRunner::inTestSession(), "run inside scripts/with-test-session.sh (private D-Bus + gnome-keyring)");
    QVERIFY(m_dir.isValid());
    const auto files =
        startSandboxForCli(m_sandbox, m_dir.path(), {QStringLiteral("--amounts-as"), QStringLiteral("strings")});
    QVERIFY2(files, qPrintable(m_sandbox.errorString()));
    m_runtimeDir = files->runtimeDir;
    m_issuedLog = files->issuedLog;
}

void TestCliRotate::init()
{
    if (m_cli)
        m_allStderr += m_cli->allStderr();
    m_cli = std::make_unique<CliRunner>(m_runtimeDir);
    m_sandbox.clearFaults();
    login();
}

void TestCliRotate::cleanupTestCase()
{
    if (m_cli)
        m_allStderr += m_cli->allStderr();
    // Secret scan with a positive control: the tests printed some issued secrets on stdout (exports); none may
    // appear on any stderr.
    QFile log(m_issuedLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    int seenOnStdout = 0;
    int leaked = 0;
    for (const QByteArray &line : log.readAll().split('\n')) {
        const QByteArray secret = line.trimmed();
        if (secret.isEmpty())
            continue;
        seenOnStdout += m_allStdout.contains(secret) ? 1 : 0;
        leaked += m_allStderr.contains(secret) ? 1 : 0;
    }
    QVERIFY2(seenOnStdout > 0, "positive control: exported tokens must be found by the scan");
    QCOMPARE(leaked, 0);
    m_sandbox.stop();
}

void TestCliRotate::login()
{
    const CliResult result =
        m_cli->run(base({QStringLiteral("login"), QStringLiteral("--password-stdin")}), demoLoginInput());
    QVERIFY2(result.exitCode == Ok, diagnose(result).constData());
}

QPair<QString, QByteArray> TestCliRotate::create(const QString &label, const QStringList &extra)
{
    const CliResult result = m_cli->run(
        base(QStringList {QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("create"),
                          QStringLiteral("--label"), label, QStringLiteral("--scope"),
                          QStringLiteral("wallet_view_all"), QStringLiteral("--duration"), QStringLiteral("30d"),
                          QStringLiteral("--otp"), kOtp, QStringLiteral("--print-token")}
             + extra));
    m_allStdout += result.out;
    if (result.exitCode != Ok) {
        qWarning("create failed: %s", diagnose(result).constData());
        return {};
    }
    const QJsonObject json = jsonOf(result);
    return {json.value(QStringLiteral("id")).toString(), json.value(QStringLiteral("token")).toString().toUtf8()};
}

CliResult TestCliRotate::rotate(const QStringList &args, const QProcessEnvironment &extra)
{
    CliResult result = m_cli->run(base(QStringList {QStringLiteral("--json"), QStringLiteral("tokens"),
                                                    QStringLiteral("rotate"), QStringLiteral("--otp"), kOtp}
                                       + args),
                                  {}, 120000, extra);
    m_allStdout += result.out;
    return result;
}

QJsonObject TestCliRotate::sandboxToken(const QString &id)
{
    const QJsonArray tokens =
        m_sandbox.admin("GET", QStringLiteral("/_sandbox/state")).object().value(QStringLiteral("tokens")).toArray();
    for (const QJsonValue &token : tokens) {
        if (token.toObject().value(QStringLiteral("id")).toString() == id)
            return token.toObject();
    }
    return {};
}

QList<QJsonObject> TestCliRotate::liveTokensLabelled(const QString &label)
{
    QList<QJsonObject> live;
    const QJsonArray tokens =
        m_sandbox.admin("GET", QStringLiteral("/_sandbox/state")).object().value(QStringLiteral("tokens")).toArray();
    for (const QJsonValue &value : tokens) {
        const QJsonObject token = value.toObject();
        if (token.value(QStringLiteral("label")).toString() == label && token.value(QStringLiteral("live")).toBool())
            live.append(token);
    }
    return live;
}

int TestCliRotate::sessionStatusWith(const QByteArray &secret)
{
    return m_sandbox.signedRequest(secret, "GET", "/api/v1/user/session").status;
}

QByteArray TestCliRotate::exported(const QStringList &selector)
{
    const CliResult result =
        m_cli->run(base(QStringList {QStringLiteral("tokens"), QStringLiteral("export")} + selector));
    m_allStdout += result.out;
    return result.exitCode == Ok ? result.out.trimmed() : QByteArray();
}

void TestCliRotate::helpDocumentsRotateAndItsExitCodes()
{
    const CliResult help = m_cli->run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, Ok);
    for (const char *needle : {"tokens rotate", "--carry-over-remaining", "--new-label", "--lifetime",
                               "--template <name>] [--otp", "\n  14  ", "\n  15  "})
        QVERIFY2(help.out.contains(needle), needle);
}

void TestCliRotate::idThatIsNotAnIdIsRefusedWithoutEchoingIt()
{
    // A secret pasted where an id belongs must not come back on stderr.
    const QString pasted = QStringLiteral("v2xdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeef");
    const CliResult result = m_cli->run(base({QStringLiteral("tokens"), QStringLiteral("rotate"), pasted}));
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.contains(pasted.toLatin1()));
}

void TestCliRotate::rotationStoresAndVerifiesTheNewTokenThenRevokesAndForgetsTheOldKeepingTheLabel()
{
    const auto [oldId, oldSecret] =
        create(QStringLiteral("rot-basic"), {QStringLiteral("--ip"), QStringLiteral("127.0.0.1")});
    QVERIFY(!oldId.isEmpty());
    QCOMPARE(sessionStatusWith(oldSecret), 200);

    const CliResult result = rotate({oldId});
    QVERIFY2(result.exitCode == Ok, diagnose(result).constData());
    const QJsonObject r = jsonOf(result).value(QStringLiteral("rotations")).toArray().first().toObject();
    const QString newId = r.value(QStringLiteral("newId")).toString();
    QVERIFY(!newId.isEmpty() && newId != oldId);
    QCOMPARE(r.value(QStringLiteral("verified")).toString(), QStringLiteral("session"));
    QVERIFY(r.value(QStringLiteral("oldRevoked")).toBool());
    QVERIFY(r.value(QStringLiteral("oldForgotten")).toBool());

    // The server: old revoked, new live with the same label, scopes, IP rules and lifetime.
    QVERIFY(sandboxToken(oldId).value(QStringLiteral("revoked")).toBool());
    const QJsonObject fresh = sandboxToken(newId);
    QCOMPARE(fresh.value(QStringLiteral("label")).toString(), QStringLiteral("rot-basic"));
    QCOMPARE(fresh.value(QStringLiteral("scope")).toArray(), QJsonArray {QStringLiteral("wallet_view_all")});
    QCOMPARE(fresh.value(QStringLiteral("ipRestrict")).toArray(), QJsonArray {QStringLiteral("127.0.0.1")});
    const QJsonObject sent = m_sandbox.admin("GET", QStringLiteral("/_sandbox/last-create"))
                                 .object()
                                 .value(QStringLiteral("body"))
                                 .toObject();
    QCOMPARE(sent.value(QStringLiteral("duration")).toInteger(), qint64(30 * 86400));

    // This machine: export by label gives the new secret, which works; the old one is gone here and on the server.
    const QByteArray newSecret = exported({QStringLiteral("--label"), QStringLiteral("rot-basic")});
    QVERIFY(!newSecret.isEmpty());
    QVERIFY(newSecret != oldSecret);
    QCOMPARE(sessionStatusWith(newSecret), 200);
    QCOMPARE(sessionStatusWith(oldSecret), 401);
    QVERIFY(exported({oldId}).isEmpty());
    QCOMPARE(liveTokensLabelled(QStringLiteral("rot-basic")).size(), qsizetype(1));
}

void TestCliRotate::labelLifetimeAndNewLabelAreSentAsGiven()
{
    const QString oldId = create(QStringLiteral("rot-relabel")).first;
    QVERIFY(!oldId.isEmpty());
    const CliResult result =
        rotate({QStringLiteral("--label"), QStringLiteral("rot-relabel"), QStringLiteral("--new-label"),
                QStringLiteral("rot-relabelled"), QStringLiteral("--lifetime"), QStringLiteral("7d")});
    QVERIFY2(result.exitCode == Ok, diagnose(result).constData());
    const QJsonObject sent = m_sandbox.admin("GET", QStringLiteral("/_sandbox/last-create"))
                                 .object()
                                 .value(QStringLiteral("body"))
                                 .toObject();
    QCOMPARE(sent.value(QStringLiteral("label")).toString(), QStringLiteral("rot-relabelled"));
    QCOMPARE(sent.value(QStringLiteral("duration")).toInteger(), qint64(7 * 86400));
    QCOMPARE(sent.value(QStringLiteral("otp")).toString(), QStringLiteral("<redacted>"));
    QVERIFY(!exported({QStringLiteral("--label"), QStringLiteral("rot-relabelled")}).isEmpty());
    QVERIFY(liveTokensLabelled(QStringLiteral("rot-relabel")).isEmpty());
}

void TestCliRotate::severalTokensAreRotatedInOneGoWithAResultEach()
{
    const QString a = create(QStringLiteral("rot-many-a")).first;
    const QString b = create(QStringLiteral("rot-many-b")).first;
    const QString unknown = QStringLiteral("0123456789abcdef0123456789abcdef");
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    const CliResult result = rotate({a, unknown, b});
    QVERIFY2(result.exitCode == NotFound, diagnose(result).constData()); // the first failure decides
    const QJsonArray rotations = jsonOf(result).value(QStringLiteral("rotations")).toArray();
    QCOMPARE(rotations.size(), qsizetype(3));
    int rotated = 0;
    for (const QJsonValue &value : rotations) {
        const QJsonObject r = value.toObject();
        const bool isUnknown = r.value(QStringLiteral("oldId")).toString() == unknown;
        QCOMPARE(r.value(QStringLiteral("rotated")).toBool(), !isUnknown);
        rotated += r.value(QStringLiteral("rotated")).toBool() ? 1 : 0;
    }
    QCOMPARE(rotated, 2);
    QVERIFY(sandboxToken(a).value(QStringLiteral("revoked")).toBool());
    QVERIFY(sandboxToken(b).value(QStringLiteral("revoked")).toBool());
    QCOMPARE(liveTokensLabelled(QStringLiteral("rot-many-a")).size(), qsizetype(1));
    QCOMPARE(liveTokensLabelled(QStringLiteral("rot-many-b")).size(), qsizetype(1));
}

void TestCliRotate::carryOverAsksForTheRemainingBudgetExactlyBeyondTwoToThe53()
{
    // 100 teth = 10^20 wei; 12.345678901234567891 teth spent. 2^53 is about 0.009 teth.
    const QString oldId = create(QStringLiteral("rot-carry"),
                                 {QStringLiteral("--scope"), QStringLiteral("wallet_spend_all"),
                                  QStringLiteral("--limit"), QStringLiteral("teth=100")})
                              .first;
    QVERIFY(!oldId.isEmpty());
    int status = 0;
    m_sandbox.admin("POST", QStringLiteral("/_sandbox/spend"),
                    {{QStringLiteral("id"), oldId},
                     {QStringLiteral("coin"), QStringLiteral("teth")},
                     {QStringLiteral("amount"), QStringLiteral("12345678901234567891")}},
                    &status);
    QCOMPARE(status, 200);

    const CliResult result = rotate({oldId, QStringLiteral("--carry-over-remaining")});
    QVERIFY2(result.exitCode == Ok, diagnose(result).constData());
    // The plan is shown: limit, spent and remaining.
    QVERIFY2(result.err.contains("spent 12345678901234567891"), diagnose(result).constData());
    QVERIFY2(result.err.contains("remaining 87.654321098765432109 teth"), diagnose(result).constData());
    const QJsonObject sent = m_sandbox.admin("GET", QStringLiteral("/_sandbox/last-create"))
                                 .object()
                                 .value(QStringLiteral("body"))
                                 .toObject();
    const QJsonObject limit = sent.value(QStringLiteral("spendingLimits")).toArray().first().toObject();
    QCOMPARE(limit.value(QStringLiteral("coin")).toString(), QStringLiteral("teth"));
    QCOMPARE(limit.value(QStringLiteral("txValueLimit")).toString(), QStringLiteral("87654321098765432109"));
}

void TestCliRotate::templateGivesTheNewTokenItsShapeWithItsLimitCappedByTheRemainingBudget()
{
    const QString oldId = create(QStringLiteral("rot-template"),
                                 {QStringLiteral("--scope"), QStringLiteral("wallet_spend_all"),
                                  QStringLiteral("--limit"), QStringLiteral("teth=100")})
                              .first;
    QVERIFY(!oldId.isEmpty());
    int status = 0;
    m_sandbox.admin("POST", QStringLiteral("/_sandbox/spend"),
                    {{QStringLiteral("id"), oldId},
                     {QStringLiteral("coin"), QStringLiteral("teth")},
                     {QStringLiteral("amount"), QStringLiteral("12345678901234567891")}},
                    &status);
    QCOMPARE(status, 200);
    // The template allows more teth than the old token has left, and a coin the old token did not limit.
    CliResult result = m_cli->run(base(
        {QStringLiteral("templates"), QStringLiteral("save"), QStringLiteral("rot-shape"), QStringLiteral("--scope"),
         QStringLiteral("wallet_view_all"), QStringLiteral("--scope"), QStringLiteral("wallet_spend_all"),
         QStringLiteral("--limit"), QStringLiteral("teth=200"), QStringLiteral("--limit"), QStringLiteral("tbtc=0.5"),
         QStringLiteral("--ip"), QStringLiteral("127.0.0.1"), QStringLiteral("--duration"), QStringLiteral("7d")}));
    QVERIFY2(result.exitCode == Ok, diagnose(result).constData());

    result = rotate(
        {oldId, QStringLiteral("--template"), QStringLiteral("rot-shape"), QStringLiteral("--carry-over-remaining")});
    QVERIFY2(result.exitCode == Ok, diagnose(result).constData());
    QVERIFY2(result.err.contains("template \"rot-shape\""), diagnose(result).constData());
    const QJsonObject r = jsonOf(result).value(QStringLiteral("rotations")).toArray().first().toObject();
    QCOMPARE(r.value(QStringLiteral("template")).toString(), QStringLiteral("rot-shape"));
    QVERIFY(r.value(QStringLiteral("oldRevoked")).toBool());
    QVERIFY(sandboxToken(oldId).value(QStringLiteral("revoked")).toBool());

    const QJsonObject sent = m_sandbox.admin("GET", QStringLiteral("/_sandbox/last-create"))
                                 .object()
                                 .value(QStringLiteral("body"))
                                 .toObject();
    QCOMPARE(sent.value(QStringLiteral("label")).toString(), QStringLiteral("rot-template"));
    QCOMPARE(sent.value(QStringLiteral("duration")).toInteger(), qint64(7 * 86400));
    QCOMPARE(sent.value(QStringLiteral("ipRestrict")).toArray(), QJsonArray {QStringLiteral("127.0.0.1")});
    QStringList scopes;
    const QJsonArray sentScopes = sent.value(QStringLiteral("scope")).toArray();
    for (const QJsonValue &scope : sentScopes)
        scopes.append(scope.toString());
    scopes.sort();
    QCOMPARE(scopes, (QStringList {QStringLiteral("wallet_spend_all"), QStringLiteral("wallet_view_all")}));
    QMap<QString, QString> limits;
    const QJsonArray sentLimits = sent.value(QStringLiteral("spendingLimits")).toArray();
    for (const QJsonValue &limit : sentLimits)
        limits.insert(limit.toObject().value(QStringLiteral("coin")).toString(),
                      limit.toObject().value(QStringLiteral("txValueLimit")).toString());
    QCOMPARE(limits.value(QStringLiteral("teth")), QStringLiteral("87654321098765432109")); // min(200 teth, left)
    QCOMPARE(limits.value(QStringLiteral("tbtc")), QStringLiteral("50000000"));             // the template's
}

void TestCliRotate::unknownTemplateChangesNothing()
{
    const auto [oldId, oldSecret] = create(QStringLiteral("rot-no-template"));
    QVERIFY(!oldId.isEmpty());
    const CliResult result = rotate({oldId, QStringLiteral("--template"), QStringLiteral("no-such-template")});
    QVERIFY2(result.exitCode == NotFound, diagnose(result).constData());
    QCOMPARE(liveTokensLabelled(QStringLiteral("rot-no-template")).size(), qsizetype(1));
    QCOMPARE(exported({oldId}), oldSecret);
}

void TestCliRotate::refusedCreateChangesNothing()
{
    const auto [oldId, oldSecret] = create(QStringLiteral("rot-refused"));
    QVERIFY(!oldId.isEmpty());
    const CliResult result =
        m_cli->run(base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("rotate"), oldId,
                         QStringLiteral("--otp"), QStringLiteral("1234567")}));
    QVERIFY2(result.exitCode == NeedsOtp, diagnose(result).constData());
    const QJsonObject r = jsonOf(result).value(QStringLiteral("rotations")).toArray().first().toObject();
    QCOMPARE(r.value(QStringLiteral("failedStep")).toString(), QStringLiteral("create"));
    QCOMPARE(liveTokensLabelled(QStringLiteral("rot-refused")).size(), qsizetype(1));
    QCOMPARE(exported({oldId}), oldSecret);
    QCOMPARE(sessionStatusWith(oldSecret), 200);
    // No pending creation was left in the index.
    QFile index(m_cli->dataDir() + QStringLiteral("/bitgo-token-manager/tokens.json"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QVERIFY(!index.readAll().contains("\"pending\""));
}

void TestCliRotate::failedVerificationRevokesTheNewTokenAndKeepsTheOld()
{
    const auto [oldId, oldSecret] = create(QStringLiteral("rot-verify"));
    QVERIFY(!oldId.isEmpty());
    // The only session call of a rotation is the one made with the new token.
    QVERIFY(m_sandbox.setFault(
        QStringLiteral("500"),
        {{QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/user/session")}, {QStringLiteral("count"), 1}}));
    const CliResult result = rotate({oldId});
    QVERIFY2(result.exitCode == RotationUndone, diagnose(result).constData());
    const QJsonObject r = jsonOf(result).value(QStringLiteral("rotations")).toArray().first().toObject();
    QCOMPARE(r.value(QStringLiteral("failedStep")).toString(), QStringLiteral("verify"));
    QVERIFY(r.value(QStringLiteral("newRevoked")).toBool());
    const QString newId = r.value(QStringLiteral("newId")).toString();
    QVERIFY(sandboxToken(newId).value(QStringLiteral("revoked")).toBool());
    QVERIFY(exported({newId}).isEmpty()); // forgotten here too
    QCOMPARE(liveTokensLabelled(QStringLiteral("rot-verify")).size(), qsizetype(1));
    QCOMPARE(exported({QStringLiteral("--label"), QStringLiteral("rot-verify")}), oldSecret);
    QCOMPARE(sessionStatusWith(oldSecret), 200);
}

void TestCliRotate::failedRevokeOfTheOldLeavesBothStoredAndValidToFinishLater()
{
    const auto [oldId, oldSecret] = create(QStringLiteral("rot-revoke"));
    QVERIFY(!oldId.isEmpty());
    QVERIFY(m_sandbox.setFault(
        QStringLiteral("503"),
        {{QStringLiteral("pathPrefix"), QString(QStringLiteral("/api/v1/user/accesstoken/") + oldId)}}));
    const CliResult result = rotate({oldId});
    m_sandbox.clearFaults();
    QVERIFY2(result.exitCode == RotationIncomplete, diagnose(result).constData());
    QVERIFY(result.err.contains(QByteArray("tokens revoke " + oldId.toLatin1())));
    const QJsonObject r = jsonOf(result).value(QStringLiteral("rotations")).toArray().first().toObject();
    QCOMPARE(r.value(QStringLiteral("failedStep")).toString(), QStringLiteral("revoke-old"));
    const QString newId = r.value(QStringLiteral("newId")).toString();
    // Both live, both held here.
    QCOMPARE(liveTokensLabelled(QStringLiteral("rot-revoke")).size(), qsizetype(2));
    QCOMPARE(exported({oldId}), oldSecret);
    const QByteArray newSecret = exported({newId});
    QVERIFY(!newSecret.isEmpty());
    QCOMPARE(sessionStatusWith(newSecret), 200);
    // Finishing by hand as the message says.
    const CliResult finish =
        m_cli->run(base({QStringLiteral("tokens"), QStringLiteral("revoke"), oldId, QStringLiteral("--yes")}));
    QVERIFY2(finish.exitCode == Ok, diagnose(finish).constData());
    QCOMPARE(exported({QStringLiteral("--label"), QStringLiteral("rot-revoke")}), newSecret);
}

void TestCliRotate::tokenLimitedToAnotherAddressIsVerifiedByListing()
{
    const QString oldId =
        create(QStringLiteral("rot-elsewhere"), {QStringLiteral("--ip"), QStringLiteral("203.0.113.7")}).first;
    QVERIFY(!oldId.isEmpty());
    const CliResult result = rotate({oldId});
    QVERIFY2(result.exitCode == Ok, diagnose(result).constData());
    const QJsonObject r = jsonOf(result).value(QStringLiteral("rotations")).toArray().first().toObject();
    QCOMPARE(r.value(QStringLiteral("verified")).toString(), QStringLiteral("listed"));
    QVERIFY(r.value(QStringLiteral("note")).toString().contains(QStringLiteral("could not be tried from here")));
    QVERIFY(result.err.contains("could not be tried from here"));
    const QJsonObject fresh = sandboxToken(r.value(QStringLiteral("newId")).toString());
    QCOMPARE(fresh.value(QStringLiteral("ipRestrict")).toArray(), QJsonArray {QStringLiteral("203.0.113.7")});
    QVERIFY(sandboxToken(oldId).value(QStringLiteral("revoked")).toBool());
}

void TestCliRotate::keychainWriteFailureRevokesTheNewTokenAndKeepsTheOld()
{
    const auto [oldId, oldSecret] = create(QStringLiteral("rot-unstorable"));
    QVERIFY(!oldId.isEmpty());
    QFile pidFile(qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/gnome-keyring.pid"));
    QVERIFY2(pidFile.open(QIODevice::ReadOnly), "with-test-session.sh records the keyring daemon's pid");
    const pid_t keyring = pid_t(pidFile.readAll().trimmed().toLongLong());
    QVERIFY(keyring > 0);

    // Only the write of the new token may meet the stopped keyring, whatever the machine's load. The CLI is frozen
    // (SIGSTOP) as soon as its pending creation is in the index, which is after the canary proved the keychain usable;
    // while it is frozen the index tells whether it has begun storing (the store records the server's id on the
    // pending entry before it writes the keychain). Only then is the keyring stopped and the CLI let go on. The
    // create's reply is slowed so that the freeze comes first; if it ever did not, the check says so instead of the
    // rotation's outcome failing for no visible reason.
    for (const char *prefix : {"/api/v1/user/accesstoken", "/api/v2/user/accesstoken"})
        QVERIFY(m_sandbox.setFault(
            QStringLiteral("latency"),
            {{QStringLiteral("latencyMs"), 4000}, {QStringLiteral("pathPrefix"), QLatin1String(prefix)}}));
    QProcess process;
    QProcessEnvironment env = m_cli->environment();
    // Long enough for the keychain calls before the stop on a loaded machine; the stopped write then fails after it.
    env.insert(QStringLiteral("BGTM_TEST_KEYCHAIN_TIMEOUT_MS"), QStringLiteral("5000"));
    process.setProcessEnvironment(env);
    process.start(
        QStringLiteral(BGTM_CLI_EXE),
        base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("rotate"), oldId,
              QStringLiteral("--new-label"), QStringLiteral("rot-unstorable-new"), QStringLiteral("--otp"), kOtp}));
    QVERIFY(process.waitForStarted());
    process.closeWriteChannel();
    const auto cli = pid_t(process.processId());
    const QString indexPath = m_cli->dataDir() + QStringLiteral("/bitgo-token-manager/tokens.json");
    // The new token's index entry: absent until the pending creation is recorded.
    const auto newEntry = [&indexPath]() -> std::optional<QJsonObject> {
        QFile index(indexPath);
        if (!index.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QJsonArray tokens =
            QJsonDocument::fromJson(index.readAll()).object().value(QStringLiteral("tokens")).toArray();
        for (const QJsonValue &t : tokens)
            if (t.toObject().value(QStringLiteral("label")).toString() == QLatin1String("rot-unstorable-new"))
                return t.toObject();
        return std::nullopt;
    };
    const bool pending = QTest::qWaitFor([&newEntry] { return newEntry().has_value(); }, 60000);
    bool storeNotBegun = false;
    if (pending) {
        ::kill(cli, SIGSTOP);
        // kill() returns before the CLI has stopped: read the index only once it has ("T" in /proc/<pid>/stat).
        QFile stat(QStringLiteral("/proc/%1/stat").arg(cli));
        const bool frozen = QTest::qWaitFor(
            [&stat] {
                const bool open = stat.open(QIODevice::ReadOnly);
                const QByteArray line = open ? stat.readAll() : QByteArray();
                stat.close();
                return line.mid(line.lastIndexOf(')') + 2, 1) == "T";
            },
            60000);
        storeNotBegun =
            frozen && newEntry().value_or(QJsonObject()).value(QStringLiteral("tokenId")).toString().isEmpty();
        if (storeNotBegun)
            ::kill(keyring, SIGSTOP);
        ::kill(cli, SIGCONT);
    }
    const bool finished = process.waitForFinished(90000);
    ::kill(keyring, SIGCONT);
    m_sandbox.clearFaults();
    QVERIFY(pending);
    QVERIFY2(storeNotBegun, "the CLI was frozen only after it had begun storing the new token");
    QVERIFY(finished);
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    m_allStderr += err;
    m_allStdout += out;
    QVERIFY2(process.exitCode() == RotationUndone, err.right(4000).constData());
    const QJsonObject r =
        QJsonDocument::fromJson(out).object().value(QStringLiteral("rotations")).toArray().first().toObject();
    QCOMPARE(r.value(QStringLiteral("failedStep")).toString(), QStringLiteral("store"));
    QVERIFY(!r.contains(QStringLiteral("token"))); // revoked, so never printed
    QVERIFY(liveTokensLabelled(QStringLiteral("rot-unstorable-new")).isEmpty());
    QCOMPARE(exported({oldId}), oldSecret);
    QCOMPARE(sessionStatusWith(oldSecret), 200);
}

void TestCliRotate::crashAtEachStepLeavesNoTokenWithoutAHolder_data()
{
    QTest::addColumn<QString>("killPoint");
    QTest::addColumn<bool>("oldRevoked");
    QTest::newRow("after create") << "rotate-after-create" << false;
    QTest::newRow("after store") << "rotate-after-store" << false;
    QTest::newRow("after verify") << "rotate-after-verify" << false;
    QTest::newRow("after revoke") << "rotate-after-revoke" << true;
}

void TestCliRotate::crashAtEachStepLeavesNoTokenWithoutAHolder()
{
    QFETCH(QString, killPoint);
    QFETCH(bool, oldRevoked);
    const QString label = QStringLiteral("rot-crash-") + killPoint;
    const auto [oldId, oldSecret] = create(label);
    QVERIFY(!oldId.isEmpty());
    QProcessEnvironment kill;
    kill.insert(QStringLiteral("BGTM_TEST_KILL_AT"), killPoint);
    const CliResult result = rotate({oldId}, kill);
    QVERIFY2(result.exitCode == KilledAtKillPoint, diagnose(result).constData());
    QCOMPARE(sandboxToken(oldId).value(QStringLiteral("revoked")).toBool(), oldRevoked);

    // The next list reconciles the index; then every live token of the label is held here or flagged.
    const CliResult list =
        m_cli->run(base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("list")}));
    QVERIFY2(list.exitCode == Ok, diagnose(list).constData());
    int live = 0;
    const QJsonArray listed = jsonOf(list).value(QStringLiteral("accessTokens")).toArray();
    for (const QJsonValue &value : listed) {
        const QJsonObject token = value.toObject();
        if (token.value(QStringLiteral("label")).toString() != label)
            continue;
        ++live;
        const QString here = token.value(QStringLiteral("storedHere")).toString();
        QVERIFY2(here == QLatin1String("stored") || here == QLatin1String("flagged-for-revocation"),
                 qPrintable(token.value(QStringLiteral("id")).toString() + QLatin1Char(' ') + here));
    }
    QCOMPARE(live, oldRevoked ? 1 : 2);
    // The old secret is never lost while the old token is valid.
    if (!oldRevoked) {
        QCOMPARE(exported({oldId}), oldSecret);
        QCOMPARE(sessionStatusWith(oldSecret), 200);
    }
}

QTEST_GUILESS_MAIN(TestCliRotate)
#include "TestCliRotate.moc"
