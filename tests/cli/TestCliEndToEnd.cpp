// End to end: the real CLI binary against the real sandbox (loopback HTTP) and the real gnome-keyring of the
// test session. Each test function gets its own HOME/XDG data+config (a fresh CliRunner); all share the runtime
// directory where the sandbox's runtime file lives, which is how `--env sandbox` finds it.
#include "CliRunner.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/types.h>

using namespace bgtm::test;

namespace {

const QString kDemo = QString::fromLatin1(SandboxProcess::demoUsername);

// The exit codes of the CLI, as documented in --help (app/cli/ExitCodes.h).
enum Exit {
    Ok = 0,
    Usage = 2,
    Validation = 3,
    NeedsOtp = 4,
    AuthFailed = 5,
    NotFound = 6,
    Ambiguous = 7,
    Keychain = 8,
    PrintedNotStored = 9,
    NetworkOrServer = 10,
    SignatureMismatch = 11,
    SurplusRevoked = 12,
    RevokedNotStored = 13,
};

/// Polls the CLI's index until it holds the pending creation of `label` (deadline 30 s).
bool waitForPendingRecord(const QString &dataDir, const QByteArray &label)
{
    QFile index(dataDir + QStringLiteral("/bitgo-token-manager/tokens.json"));
    return QTest::qWaitFor(
        [&index, &label]() {
            if (!index.open(QIODevice::ReadOnly))
                return false;
            const QByteArray bytes = index.readAll();
            index.close();
            return bytes.contains(label);
        },
        30000);
}

} // namespace

class TestCliEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void helpDocumentsCommandsAndEveryExitCode();
    void usageErrorsExitWithUsageCode_data();
    void usageErrorsExitWithUsageCode();
    void commandsWithoutSessionAskToSignIn();
    void loginAnswersTheCodePromptFromStdinAndTheNextCommandReusesTheSession();
    void sessionIsNotSentToAnotherAddressUnderTheSameEnvironmentId();
    void loginWithWrongPasswordFailsAsAuthentication();
    void loginWithWrongCodeSaysACodeIsNeeded();
    void createRefusesInvalidInputBeforeAnyRequest_data();
    void createRefusesInvalidInputBeforeAnyRequest();
    void createWithScopesLimitsAndIpsStoresTokenInKeychain();
    void createWarnsOfALimitAboveAllOfTheCoinAndStillCreates();
    void createSendsTheDefaultLifetimeExplicitly();
    void exportPrintsEachFormatWithoutSession_data();
    void exportPrintsEachFormatWithoutSession();
    void revokeByLabelRefusesAmbiguousLabelThenRevokesByIdAndLabel();
    void revokeOfUnknownIdIsNotFound();
    void pastedTokenWhereAnIdBelongsIsRefusedBeforeAnyRequest_data();
    void pastedTokenWhereAnIdBelongsIsRefusedBeforeAnyRequest();
    void importStoresVerifiedToken();
    void importStoresIpRestrictedTokenAsUnverified();
    void forgetRemovesTokenFromKeychainAndIndex();
    void serverFaultsMapToTheirExitCodes_data();
    void serverFaultsMapToTheirExitCodes();
    void keychainFailureAfterCreatePrintsTokenOnce();
    void keychainFailureAfterCreateRevokesWhenAsked();
    void surplusTokenFromSilentResendIsRevoked();
    void twoMachinesCreatingTheSameLabelAtOnceBothKeepWorkingTokens();
    void listDuringACreateLeavesItToTheCreator();
    void unansweredCreateIsKeptAndTheNextListFlagsItsTokens_data();
    void unansweredCreateIsKeptAndTheNextListFlagsItsTokens();
    void accessTokenFromEnvironmentAuthenticatesOneCall();
    void logoutEndsSessionOnServerAndLocally();

private:
    void login();
    QString create(const QString &label, const QStringList &extra = {});
    QJsonObject sandboxToken(const QString &id);
    int liveTokensLabelled(const QString &label);

    QTemporaryDir m_dir;
    QString m_runtimeDir;
    QString m_issuedLog;
    SandboxProcess m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    QByteArray m_allStderr;
    QByteArray m_allStdout;
};

void TestCliEndToEnd::initTestCase()
{
    // The keychain is real: outside the test session this must fail, not skip.
    QVERIFY2(CliRunner::inTestSession(), "run inside scripts/with-test-session.sh (private D-Bus + gnome-keyring)");
    QVERIFY(m_dir.isValid());
    const auto files = startSandboxForCli(m_sandbox, m_dir.path());
    QVERIFY2(files, qPrintable(m_sandbox.errorString()));
    m_runtimeDir = files->runtimeDir;
    m_issuedLog = files->issuedLog;
}

void TestCliEndToEnd::init()
{
    if (m_cli) {
        m_allStderr += m_cli->allStderr();
    }
    m_cli = std::make_unique<CliRunner>(m_runtimeDir);
    m_sandbox.clearFaults();
}

void TestCliEndToEnd::cleanupTestCase()
{
    if (m_cli)
        m_allStderr += m_cli->allStderr();
    // Secret scan with a positive control: the sandbox logged every secret it issued; the exports above printed
    // some of them on stdout (so the scan can find them), and none may appear on any stderr.
    QFile log(m_issuedLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> issued = log.readAll().split('\n');
    int seenOnStdout = 0;
    int leaked = 0;
    for (const QByteArray &secret : issued) {
        if (secret.trimmed().isEmpty())
            continue;
        if (m_allStdout.contains(secret.trimmed()))
            ++seenOnStdout;
        if (m_allStderr.contains(secret.trimmed()))
            ++leaked;
    }
    QVERIFY2(seenOnStdout > 0, "positive control: exported tokens must be found by the scan");
    QCOMPARE(leaked, 0);
    m_sandbox.stop();
}

void TestCliEndToEnd::login()
{
    const CliResult result =
        m_cli->run(base({QStringLiteral("login"), QStringLiteral("--password-stdin")}), demoLoginInput());
    QVERIFY2(result.exitCode == Ok, diagnose(result).constData());
}

QString TestCliEndToEnd::create(const QString &label, const QStringList &extra)
{
    const CliResult result = m_cli->run(
        base(QStringList {QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("create"),
                          QStringLiteral("--label"), label, QStringLiteral("--scope"),
                          QStringLiteral("wallet_view_all"), QStringLiteral("--otp"), QStringLiteral("0000000")}
             + extra));
    if (result.exitCode != Ok) {
        qWarning("create failed: %s", diagnose(result).constData());
        return {};
    }
    return jsonOf(result).value(QStringLiteral("id")).toString();
}

QJsonObject TestCliEndToEnd::sandboxToken(const QString &id)
{
    const QJsonArray tokens =
        m_sandbox.admin("GET", QStringLiteral("/_sandbox/state")).object().value(QStringLiteral("tokens")).toArray();
    for (const QJsonValue &token : tokens) {
        if (token.toObject().value(QStringLiteral("id")).toString() == id)
            return token.toObject();
    }
    return {};
}

int TestCliEndToEnd::liveTokensLabelled(const QString &label)
{
    int count = 0;
    const QJsonArray tokens =
        m_sandbox.admin("GET", QStringLiteral("/_sandbox/state")).object().value(QStringLiteral("tokens")).toArray();
    for (const QJsonValue &value : tokens) {
        const QJsonObject token = value.toObject();
        if (token.value(QStringLiteral("label")).toString() == label && !token.value(QStringLiteral("revoked")).toBool()
            && !token.value(QStringLiteral("expired")).toBool()
            && token.value(QStringLiteral("kind")).toString() != QLatin1String("session"))
            ++count;
    }
    return count;
}

void TestCliEndToEnd::helpDocumentsCommandsAndEveryExitCode()
{
    const CliResult help = m_cli->run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, Ok);
    for (const char *needle :
         {"login", "logout", "session", "unlock", "tokens list", "tokens create", "tokens revoke", "tokens export",
          "tokens import", "tokens forget", "tokens rotate", "tokens review", "history", "templates",
          "--on-store-failure", "--json", "BITGO_ENV", "BITGO_USER", "BITGO_ACCESS_TOKEN"})
        QVERIFY2(help.out.contains(needle), needle);
    // Every code of app/cli/ExitCodes.h.
    // Each code starts a line of its own in the exit code table: the number, two spaces, its meaning.
    static const QRegularExpression codeLine(QStringLiteral("\\n\\s*(\\d+)  \\S"));
    QSet<int> documented;
    for (auto lines = codeLine.globalMatch(QString::fromUtf8(help.out)); lines.hasNext();)
        documented.insert(lines.next().captured(1).toInt());
    for (const int code : {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 20})
        QVERIFY2(documented.contains(code), qPrintable(QString::number(code)));
    const CliResult version = m_cli->run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, Ok);
    QVERIFY(version.out.startsWith("bitgo-token-manager-cli "));
}

void TestCliEndToEnd::usageErrorsExitWithUsageCode_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no command") << QStringList {} << QByteArray("No command");
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")} << QByteArray("Unknown command");
    QTest::newRow("unknown tokens command")
        << QStringList {QStringLiteral("tokens"), QStringLiteral("steal")} << QByteArray("Unknown tokens command");
    // Secrets are never arguments: there is no --password or --token option.
    QTest::newRow("password as argument")
        << QStringList {QStringLiteral("login"), QStringLiteral("--password"), QStringLiteral("x")}
        << QByteArray("Unknown option --password");
    QTest::newRow("missing value") << QStringList {QStringLiteral("tokens"), QStringLiteral("create"),
                                                   QStringLiteral("--label")}
                                   << QByteArray("needs a value");
    QTest::newRow("revoke without id") << QStringList {QStringLiteral("tokens"), QStringLiteral("revoke")}
                                       << QByteArray("by its id or by --label");
    QTest::newRow("option of another command")
        << QStringList {QStringLiteral("tokens"), QStringLiteral("list"), QStringLiteral("--yes")}
        << QByteArray("does not apply");
    QTest::newRow("bad export format") << QStringList {QStringLiteral("tokens"), QStringLiteral("export"),
                                                       QStringLiteral("x"), QStringLiteral("--format=xml")}
                                       << QByteArray("--format must be");
    QTest::newRow("import without stdin")
        << QStringList {QStringLiteral("tokens"), QStringLiteral("import")} << QByteArray("--token-stdin");
    QTest::newRow("unknown environment") << QStringList {QStringLiteral("--env"), QStringLiteral("mars"),
                                                         QStringLiteral("tokens"), QStringLiteral("list")}
                                         << QByteArray("Unknown environment");
    QTest::newRow("plain http to a remote host")
        << QStringList {QStringLiteral("--env"), QStringLiteral("http://example.com"), QStringLiteral("session")}
        << QByteArray("error:");
}

void TestCliEndToEnd::usageErrorsExitWithUsageCode()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const CliResult result = m_cli->run(args);
    QVERIFY2(result.exitCode == Usage, diagnose(result).constData());
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestCliEndToEnd::commandsWithoutSessionAskToSignIn()
{
    // A fresh user in the keychain: nobody signed in as them.
    const CliResult result =
        m_cli->run({QStringLiteral("--env"), QStringLiteral("sandbox"), QStringLiteral("--user"),
                    QStringLiteral("nobody@sandbox.bitgo.local"), QStringLiteral("tokens"), QStringLiteral("list")});
    QVERIFY2(result.exitCode == AuthFailed, diagnose(result).constData());
    QVERIFY(result.err.contains("login"));
}

void TestCliEndToEnd::loginAnswersTheCodePromptFromStdinAndTheNextCommandReusesTheSession()
{
    // Password on the first line (--password-stdin), the one-time code prompt answered by the second line.
    const CliResult result =
        m_cli->run(base({QStringLiteral("login"), QStringLiteral("--password-stdin")}), demoLoginInput());
    QVERIFY2(result.exitCode == Ok, diagnose(result).constData());
    QVERIFY(result.out.contains(kDemo.toUtf8()));

    const CliResult session = m_cli->run(base({QStringLiteral("--json"), QStringLiteral("session")}));
    QVERIFY2(session.exitCode == Ok, diagnose(session).constData());
    const QJsonObject info = jsonOf(session).value(QStringLiteral("session")).toObject();
    QCOMPARE(info.value(QStringLiteral("user")).toString(), QString::fromLatin1(SandboxProcess::demoUserId));
    QVERIFY(info.contains(QStringLiteral("downgraded")));
    QVERIFY(!info.value(QStringLiteral("expires")).toString().isEmpty());

    // Human output names the downgrade state too.
    const CliResult human = m_cli->run(base({QStringLiteral("session")}));
    QCOMPARE(human.exitCode, Ok);
    QVERIFY(human.out.contains("Downgraded"));
}

void TestCliEndToEnd::sessionIsNotSentToAnotherAddressUnderTheSameEnvironmentId()
{
    // Two addresses on 127.0.0.1 are one environment id ("custom-127-0-0-1"), as a custom environment keeps its id
    // when its address is edited. The other one listens but is never served: a connection would stay pending.
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost));
    QVERIFY(m_sandbox.baseUrl().host() == QLatin1String("127.0.0.1"));
    const QString issuer = m_sandbox.baseUrl().toString();
    const QString elsewhere = QStringLiteral("http://127.0.0.1:%1").arg(other.serverPort());
    auto at = [](const QString &url, const QStringList &command) {
        return QStringList {QStringLiteral("--env"), url, QStringLiteral("--user"), kDemo} + command;
    };
    const CliResult login =
        m_cli->run(at(issuer, {QStringLiteral("login"), QStringLiteral("--password-stdin")}), demoLoginInput());
    QVERIFY2(login.exitCode == Ok, diagnose(login).constData());

    const CliResult refused = m_cli->run(at(elsewhere, {QStringLiteral("session")}));
    QVERIFY2(refused.exitCode == AuthFailed, diagnose(refused).constData());
    QVERIFY2(refused.err.contains(elsewhere.toUtf8()) && refused.err.contains("login"), diagnose(refused).constData());
    QVERIFY(!other.waitForNewConnection(200));

    // The session was deleted, not kept for later: its own address asks to sign in again too.
    const CliResult gone = m_cli->run(at(issuer, {QStringLiteral("session")}));
    QVERIFY2(gone.exitCode == AuthFailed, diagnose(gone).constData());
    QVERIFY2(gone.err.contains("login"), diagnose(gone).constData());
}

void TestCliEndToEnd::loginWithWrongPasswordFailsAsAuthentication()
{
    const CliResult result = m_cli->run(base({QStringLiteral("login"), QStringLiteral("--password-stdin"),
                                              QStringLiteral("--otp"), QStringLiteral("0000000")}),
                                        "wrong-password\n");
    QVERIFY2(result.exitCode == AuthFailed, diagnose(result).constData());
    QVERIFY(!result.err.contains("wrong-password"));
}

void TestCliEndToEnd::loginWithWrongCodeSaysACodeIsNeeded()
{
    const CliResult result = m_cli->run(base({QStringLiteral("login"), QStringLiteral("--password-stdin")}),
                                        QByteArray(SandboxProcess::demoPassword) + "\n1234567\n");
    QVERIFY2(result.exitCode == NeedsOtp, diagnose(result).constData());
    // And an empty answer to the prompt is refused before any request.
    const CliResult empty = m_cli->run(base({QStringLiteral("login"), QStringLiteral("--password-stdin")}),
                                       QByteArray(SandboxProcess::demoPassword) + "\n");
    QVERIFY2(empty.exitCode == NeedsOtp, diagnose(empty).constData());
}

void TestCliEndToEnd::createRefusesInvalidInputBeforeAnyRequest_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("field");
    auto args = [](const QStringList &extra) {
        return QStringList {QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--otp"),
                            QStringLiteral("0000000")}
        + extra;
    };
    const QStringList label {QStringLiteral("--label"), QStringLiteral("ci")};
    const QStringList scope {QStringLiteral("--scope"), QStringLiteral("wallet_view_all")};
    QTest::newRow("no label") << args(scope) << QByteArray("label");
    QTest::newRow("no scope") << args(label) << QByteArray("scope");
    QTest::newRow("unknown scope") << args(label
                                           + QStringList {QStringLiteral("--scope"), QStringLiteral("make_money")})
                                   << QByteArray("scope[0]");
    QTest::newRow("duplicate scope") << args(label + scope + scope) << QByteArray("scope");
    QTest::newRow("ip not an address") << args(label + scope
                                               + QStringList {QStringLiteral("--ip"), QStringLiteral("10.0.0.300")})
                                       << QByteArray("ipRestrict[0]");
    QTest::newRow("ipv4 cidr too wide") << args(label + scope
                                                + QStringList {QStringLiteral("--ip"), QStringLiteral("10.0.0.0/8")})
                                        << QByteArray("ipRestrict[0]");
    QTest::newRow("ipv6 cidr") << args(label + scope
                                       + QStringList {QStringLiteral("--ip"), QStringLiteral("2001:db8::/64")})
                               << QByteArray("ipRestrict[0]");
    QTest::newRow("enterprise not hex") << args(
        label + scope + QStringList {QStringLiteral("--enterprise"), QStringLiteral("ENTERPRISE")})
                                        << QByteArray("enterprise");
    QTest::newRow("duration words") << args(label + scope
                                            + QStringList {QStringLiteral("--duration"), QStringLiteral("forever")})
                                    << QByteArray("duration");
    QTest::newRow("duration over ten years")
        << args(label + scope + QStringList {QStringLiteral("--duration"), QStringLiteral("11y")})
        << QByteArray("duration");
    QTest::newRow("duration zero") << args(label + scope
                                           + QStringList {QStringLiteral("--duration"), QStringLiteral("0")})
                                   << QByteArray("duration");
    QTest::newRow("unknown coin") << args(label + scope
                                          + QStringList {QStringLiteral("--limit"), QStringLiteral("notacoin=1")})
                                  << QByteArray("spendingLimits[0].coin");
    QTest::newRow("too many decimals") << args(
        label + scope + QStringList {QStringLiteral("--limit"), QStringLiteral("tbtc=0.000000001")})
                                       << QByteArray("spendingLimits[0].txValueLimit");
    QTest::newRow("negative amount") << args(label + scope
                                             + QStringList {QStringLiteral("--limit"), QStringLiteral("tbtc=-1")})
                                     << QByteArray("spendingLimits[0].txValueLimit");
    QTest::newRow("coin limited twice") << args(label + scope
                                                + QStringList {QStringLiteral("--limit"), QStringLiteral("tbtc=1"),
                                                               QStringLiteral("--max-limit"), QStringLiteral("tbtc")})
                                        << QByteArray("spendingLimits[1]");
    QTest::newRow("admin scope without admin")
        << args(label + scope + QStringList {QStringLiteral("--admin-scope"), QStringLiteral("full")})
        << QByteArray("adminScope");
}

void TestCliEndToEnd::createRefusesInvalidInputBeforeAnyRequest()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, field);
    login();
    const QJsonDocument before = m_sandbox.admin("GET", QStringLiteral("/_sandbox/last-create"));
    const qsizetype tokensBefore = m_sandbox.admin("GET", QStringLiteral("/_sandbox/state"))
                                       .object()
                                       .value(QStringLiteral("tokens"))
                                       .toArray()
                                       .size();
    const CliResult result = m_cli->run(base(args));
    QVERIFY2(result.exitCode == Validation, diagnose(result).constData());
    QVERIFY2(result.err.contains(field), result.err.constData());
    // Nothing reached the server.
    QCOMPARE(m_sandbox.admin("GET", QStringLiteral("/_sandbox/last-create")), before);
    QCOMPARE(m_sandbox.admin("GET", QStringLiteral("/_sandbox/state"))
                 .object()
                 .value(QStringLiteral("tokens"))
                 .toArray()
                 .size(),
             tokensBefore);
}

void TestCliEndToEnd::createWithScopesLimitsAndIpsStoresTokenInKeychain()
{
    login();
    const CliResult result = m_cli->run(base({QStringLiteral("--json"),
                                              QStringLiteral("tokens"),
                                              QStringLiteral("create"),
                                              QStringLiteral("--label"),
                                              QStringLiteral("ci limited"),
                                              QStringLiteral("--scope"),
                                              QStringLiteral("wallet_view_all"),
                                              QStringLiteral("--scope"),
                                              QStringLiteral("wallet_spend_all"),
                                              QStringLiteral("--limit"),
                                              QStringLiteral("tbtc=0.5"),
                                              QStringLiteral("--limit"),
                                              QStringLiteral("teth=1.000000000000000001"),
                                              QStringLiteral("--ip"),
                                              QStringLiteral("127.0.0.1"),
                                              QStringLiteral("--ip"),
                                              QStringLiteral("10.0.0.0/24"),
                                              QStringLiteral("--duration"),
                                              QStringLiteral("30d"),
                                              QStringLiteral("--otp"),
                                              QStringLiteral("0000000")}));
    QVERIFY2(result.exitCode == Ok, diagnose(result).constData());
    const QJsonObject created = jsonOf(result);
    const QString id = created.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(created.value(QStringLiteral("stored")).toBool());
    QVERIFY2(!created.contains(QStringLiteral("token")), "the token is printed only with --print-token");

    // What the server received: coin units converted exactly to base units, sent as strings.
    const QJsonObject body = m_sandbox.admin("GET", QStringLiteral("/_sandbox/last-create"))
                                 .object()
                                 .value(QStringLiteral("body"))
                                 .toObject();
    QCOMPARE(body.value(QStringLiteral("duration")).toInteger(), 30 * 86400);
    QCOMPARE(body.value(QStringLiteral("ipRestrict")).toArray().size(), qsizetype(2));
    QHash<QString, QString> limits;
    const QJsonArray sentLimits = body.value(QStringLiteral("spendingLimits")).toArray();
    for (const QJsonValue &limit : sentLimits)
        limits.insert(limit[QStringLiteral("coin")].toString(), limit[QStringLiteral("txValueLimit")].toString());
    QCOMPARE(limits.value(QStringLiteral("tbtc")), QStringLiteral("50000000"));
    QCOMPARE(limits.value(QStringLiteral("teth")), QStringLiteral("1000000000000000001"));

    // The secret is in the real keychain under <environment>/<user id>/<token id>.
    const std::optional<QByteArray> secret =
        CliRunner::keychainLookup(QStringLiteral("sandbox/%1/%2").arg(QLatin1String(SandboxProcess::demoUserId), id));
    QVERIFY2(secret.has_value(), "not in the keychain");
    QVERIFY(secret->startsWith("v2x") || secret->size() == 64);

    // The list shows it as stored here, with its limits in coin units.
    const CliResult list =
        m_cli->run(base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("list")}));
    QVERIFY2(list.exitCode == Ok, diagnose(list).constData());
    bool found = false;
    const QJsonArray listed = jsonOf(list).value(QStringLiteral("accessTokens")).toArray();
    for (const QJsonValue &token : listed) {
        if (token[QStringLiteral("id")].toString() == id) {
            found = true;
            QCOMPARE(token[QStringLiteral("storedHere")].toString(), QStringLiteral("stored"));
            QCOMPARE(token[QStringLiteral("label")].toString(), QStringLiteral("ci limited"));
        }
    }
    QVERIFY(found);
    const CliResult human = m_cli->run(base({QStringLiteral("tokens"), QStringLiteral("list")}));
    QCOMPARE(human.exitCode, Ok);
    QVERIFY2(human.out.contains("0.5 tbtc"), human.out.constData());
    QVERIFY(!human.out.contains("\x1b[")); // no colour when not a terminal
    QVERIFY2(!result.err.contains("warning"), result.err.constData());
}

void TestCliEndToEnd::createWarnsOfALimitAboveAllOfTheCoinAndStillCreates()
{
    login();
    const CliResult result = m_cli->run(
        base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--label"),
              QStringLiteral("typo limit"), QStringLiteral("--scope"), QStringLiteral("wallet_spend_all"),
              QStringLiteral("--limit"), QStringLiteral("tbtc=99999999999999999999999"), QStringLiteral("--otp"),
              QStringLiteral("0000000")}));
    QVERIFY2(result.exitCode == Ok, diagnose(result).constData());
    QVERIFY2(result.err.contains("warning: spendingLimits[0].txValueLimit"), result.err.constData());
    QVERIFY2(result.err.contains("(21000000 tbtc)"), result.err.constData());
    QVERIFY(jsonOf(result).value(QStringLiteral("stored")).toBool());
}

void TestCliEndToEnd::createSendsTheDefaultLifetimeExplicitly()
{
    login();
    QVERIFY(!create(QStringLiteral("default lifetime")).isEmpty());
    const QJsonObject body = m_sandbox.admin("GET", QStringLiteral("/_sandbox/last-create"))
                                 .object()
                                 .value(QStringLiteral("body"))
                                 .toObject();
    QCOMPARE(body.value(QStringLiteral("duration")).toInteger(), 90 * 86400);
}

void TestCliEndToEnd::exportPrintsEachFormatWithoutSession_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("suffix");
    QTest::newRow("raw") << QStringLiteral("raw") << QByteArray() << QByteArray("\n");
    QTest::newRow("env") << QStringLiteral("env") << QByteArray("BITGO_ACCESS_TOKEN=") << QByteArray("\n");
    QTest::newRow("shell") << QStringLiteral("shell") << QByteArray("export BITGO_ACCESS_TOKEN='") << QByteArray("'\n");
}

void TestCliEndToEnd::exportPrintsEachFormatWithoutSession()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, suffix);
    login();
    const QString label = QStringLiteral("export ") + format;
    const QString id = create(label);
    QVERIFY(!id.isEmpty());
    const CliResult logout = m_cli->run(base({QStringLiteral("logout")}));
    QVERIFY2(logout.exitCode == Ok, diagnose(logout).constData());

    const std::optional<QByteArray> secret =
        CliRunner::keychainLookup(QStringLiteral("sandbox/%1/%2").arg(QLatin1String(SandboxProcess::demoUserId), id));
    QVERIFY(secret.has_value());
    for (const QStringList &select : {QStringList {id}, QStringList {QStringLiteral("--label"), label}}) {
        const CliResult result = m_cli->run(base(QStringList {QStringLiteral("tokens"), QStringLiteral("export")}
                                                 + select + QStringList {QStringLiteral("--format"), format}));
        QVERIFY2(result.exitCode == Ok, diagnose(result).constData());
        QVERIFY(result.out == prefix + *secret + suffix); // compared, never printed
        m_allStdout += result.out;
    }
    // Offline: with the sandbox's runtime file hidden, export still works (no server is asked).
    const QString runtime = m_runtimeDir + QStringLiteral("/bitgo-token-manager/sandbox.json");
    QVERIFY(QFile::rename(runtime, runtime + QStringLiteral(".hidden")));
    const CliResult offline = m_cli->run(
        base({QStringLiteral("tokens"), QStringLiteral("export"), id, QStringLiteral("--format"), format}), {}, 20000);
    QVERIFY(QFile::rename(runtime + QStringLiteral(".hidden"), runtime));
    QVERIFY2(offline.exitCode == Ok, diagnose(offline).constData());
    QVERIFY(offline.out == prefix + *secret + suffix);
}

void TestCliEndToEnd::revokeByLabelRefusesAmbiguousLabelThenRevokesByIdAndLabel()
{
    login();
    const QString first = create(QStringLiteral("twin"));
    const QString second = create(QStringLiteral("twin"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    const CliResult ambiguous =
        m_cli->run(base({QStringLiteral("tokens"), QStringLiteral("revoke"), QStringLiteral("--label"),
                         QStringLiteral("twin"), QStringLiteral("--yes")}));
    QVERIFY2(ambiguous.exitCode == Ambiguous, diagnose(ambiguous).constData());
    QVERIFY(ambiguous.err.contains(first.toUtf8()) && ambiguous.err.contains(second.toUtf8()));
    QCOMPARE(liveTokensLabelled(QStringLiteral("twin")), 2);

    // Without --yes and without a terminal to ask: refused, nothing revoked.
    const CliResult unconfirmed = m_cli->run(base({QStringLiteral("tokens"), QStringLiteral("revoke"), first}));
    QVERIFY2(unconfirmed.exitCode == Usage, diagnose(unconfirmed).constData());
    QCOMPARE(liveTokensLabelled(QStringLiteral("twin")), 2);

    const CliResult byId =
        m_cli->run(base({QStringLiteral("tokens"), QStringLiteral("revoke"), first, QStringLiteral("--yes")}));
    QVERIFY2(byId.exitCode == Ok, diagnose(byId).constData());
    QVERIFY(sandboxToken(first).value(QStringLiteral("revoked")).toBool());
    // Revoke is server, then forget: the secret left the keychain.
    QVERIFY(!CliRunner::keychainLookup(
        QStringLiteral("sandbox/%1/%2").arg(QLatin1String(SandboxProcess::demoUserId), first)));

    const CliResult byLabel =
        m_cli->run(base({QStringLiteral("tokens"), QStringLiteral("revoke"), QStringLiteral("--label"),
                         QStringLiteral("twin"), QStringLiteral("--yes")}));
    QVERIFY2(byLabel.exitCode == Ok, diagnose(byLabel).constData());
    QCOMPARE(liveTokensLabelled(QStringLiteral("twin")), 0);

    const CliResult gone =
        m_cli->run(base({QStringLiteral("tokens"), QStringLiteral("revoke"), QStringLiteral("--label"),
                         QStringLiteral("twin"), QStringLiteral("--yes")}));
    QVERIFY2(gone.exitCode == NotFound, diagnose(gone).constData());
}

void TestCliEndToEnd::revokeOfUnknownIdIsNotFound()
{
    login();
    const CliResult result =
        m_cli->run(base({QStringLiteral("tokens"), QStringLiteral("revoke"),
                         QStringLiteral("0123456789abcdef0123456789abcdef"), QStringLiteral("--yes")}));
    QVERIFY2(result.exitCode == NotFound, diagnose(result).constData());
}

void TestCliEndToEnd::pastedTokenWhereAnIdBelongsIsRefusedBeforeAnyRequest_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("username"); // whose token is pasted: demo's are v2x, legacy's 64-hex v1
    for (const char *command : {"revoke", "export", "forget"}) {
        QTest::addRow("%s v2x", command) << QString::fromLatin1(command) << kDemo;
        QTest::addRow("%s v1", command) << QString::fromLatin1(command)
                                        << QString::fromLatin1(SandboxProcess::legacyUsername);
    }
}

void TestCliEndToEnd::pastedTokenWhereAnIdBelongsIsRefusedBeforeAnyRequest()
{
    QFETCH(QString, command);
    QFETCH(QString, username);
    login(); // so that revoke would send its request
    const QByteArray secret = m_sandbox.createTokenDirect({{QStringLiteral("username"), username}});
    QVERIFY(!secret.isEmpty());
    QCOMPARE(secret.startsWith("v2x"), username == kDemo);
    // A fault that adds no latency counts the requests the sandbox serves from here on.
    constexpr int kCount = 1000;
    QVERIFY(m_sandbox.setFault(QStringLiteral("latency"),
                               {{QStringLiteral("latencyMs"), 0},
                                {QStringLiteral("count"), kCount},
                                {QStringLiteral("pathPrefix"), QStringLiteral("/")}}));

    QStringList args {QStringLiteral("tokens"), command, QString::fromLatin1(secret)};
    if (command == QLatin1String("revoke"))
        args.append(QStringLiteral("--yes"));
    const CliResult result = m_cli->run(base(args));

    QVERIFY2(result.exitCode == Usage, diagnose(result).constData());
    QVERIFY(result.err.contains("not a token id"));
    QVERIFY(result.err.contains("looks like an access token"));
    QVERIFY(!result.err.contains(secret));
    QVERIFY(!result.out.contains(secret));
    QVERIFY(!result.err.contains(secret.left(8)));
    const QJsonArray faults =
        m_sandbox.admin("GET", QStringLiteral("/_sandbox/faults")).object().value(QStringLiteral("faults")).toArray();
    QCOMPARE(faults.size(), 1);
    QCOMPARE(faults.at(0).toObject().value(QStringLiteral("remaining")).toInt(), kCount); // no request at all
}

void TestCliEndToEnd::importStoresVerifiedToken()
{
    QJsonObject document;
    const QByteArray secret =
        m_sandbox.createTokenDirect({{QStringLiteral("label"), QStringLiteral("pasted")}}, &document);
    QVERIFY(!secret.isEmpty());
    const QString id = document.value(QStringLiteral("id")).toString();
    const CliResult result = m_cli->run(base({QStringLiteral("--json"), QStringLiteral("tokens"),
                                              QStringLiteral("import"), QStringLiteral("--token-stdin")}),
                                        secret + '\n');
    QVERIFY2(result.exitCode == Ok, diagnose(result).constData());
    QCOMPARE(jsonOf(result).value(QStringLiteral("id")).toString(), id);
    QVERIFY(jsonOf(result).value(QStringLiteral("verified")).toBool());
    QCOMPARE(
        CliRunner::keychainLookup(QStringLiteral("sandbox/%1/%2").arg(QLatin1String(SandboxProcess::demoUserId), id)),
        std::optional<QByteArray>(secret));
}

void TestCliEndToEnd::importStoresIpRestrictedTokenAsUnverified()
{
    QJsonObject document;
    const QByteArray secret =
        m_sandbox.createTokenDirect({{QStringLiteral("label"), QStringLiteral("server only")},
                                     {QStringLiteral("ipRestrict"), QJsonArray {QStringLiteral("192.0.2.10")}}},
                                    &document);
    QVERIFY(!secret.isEmpty());
    const CliResult result =
        m_cli->run(base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("import"),
                         QStringLiteral("--token-stdin"), QStringLiteral("--label"), QStringLiteral("server only")}),
                   secret + '\n');
    QVERIFY2(result.exitCode == Ok, diagnose(result).constData());
    QVERIFY(!jsonOf(result).value(QStringLiteral("verified")).toBool(true));
    QVERIFY(result.err.contains("unverified"));
    // It can be exported by its label, offline.
    const CliResult exported = m_cli->run(base({QStringLiteral("tokens"), QStringLiteral("export"),
                                                QStringLiteral("--label"), QStringLiteral("server only")}));
    QVERIFY2(exported.exitCode == Ok, diagnose(exported).constData());
    QVERIFY(exported.out == secret + '\n');
    m_allStdout += exported.out;
}

void TestCliEndToEnd::forgetRemovesTokenFromKeychainAndIndex()
{
    login();
    const QString id = create(QStringLiteral("to forget"));
    QVERIFY(!id.isEmpty());
    const QString key = QStringLiteral("sandbox/%1/%2").arg(QLatin1String(SandboxProcess::demoUserId), id);
    QVERIFY(CliRunner::keychainLookup(key));
    const CliResult result = m_cli->run(base({QStringLiteral("tokens"), QStringLiteral("forget"), id}));
    QVERIFY2(result.exitCode == Ok, diagnose(result).constData());
    QVERIFY(!CliRunner::keychainLookup(key));
    QFile index(m_cli->dataDir() + QStringLiteral("/bitgo-token-manager/tokens.json"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QVERIFY(!index.readAll().contains(id.toUtf8()));
    // Still live on the server: forget is not revoke.
    QVERIFY(!sandboxToken(id).value(QStringLiteral("revoked")).toBool());
    const CliResult again = m_cli->run(base({QStringLiteral("tokens"), QStringLiteral("export"), id}));
    QVERIFY2(again.exitCode == NotFound, diagnose(again).constData());
}

void TestCliEndToEnd::serverFaultsMapToTheirExitCodes_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("500") << QStringLiteral("500") << int(NetworkOrServer);
    QTest::newRow("503") << QStringLiteral("503") << int(NetworkOrServer);
    QTest::newRow("malformed json") << QStringLiteral("malformed-json") << int(NetworkOrServer);
    QTest::newRow("dropped mid-body") << QStringLiteral("drop-mid-body") << int(NetworkOrServer);
    QTest::newRow("wrong response hmac") << QStringLiteral("wrong-hmac") << int(SignatureMismatch);
    // The CLI speaks auth v3, whose replies must be fresh: a 10-minute-old signed reply is a replay.
    QTest::newRow("stale response timestamp (not fresh)")
        << QStringLiteral("stale-timestamp") << int(SignatureMismatch);
}

void TestCliEndToEnd::serverFaultsMapToTheirExitCodes()
{
    QFETCH(QString, mode);
    QFETCH(int, exitCode);
    login();
    QVERIFY(m_sandbox.setFault(
        mode,
        {{QStringLiteral("pathPrefix"), QStringLiteral("/api/v2/user/accesstoken")}, {QStringLiteral("count"), 1}}));
    QVERIFY(m_sandbox.setFault(
        mode,
        {{QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/user/accesstoken")}, {QStringLiteral("count"), 1}}));
    const CliResult result = m_cli->run(base({QStringLiteral("tokens"), QStringLiteral("list")}));
    m_sandbox.clearFaults();
    QVERIFY2(result.exitCode == exitCode, diagnose(result).constData());
    if (exitCode != Ok)
        QVERIFY(result.err.contains("error:"));
}

void TestCliEndToEnd::keychainFailureAfterCreatePrintsTokenOnce()
{
    login();
    QFile pidFile(qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/gnome-keyring.pid"));
    QVERIFY2(pidFile.open(QIODevice::ReadOnly), "with-test-session.sh records the keyring daemon's pid");
    const pid_t keyring = pid_t(pidFile.readAll().trimmed().toLongLong());
    QVERIFY(keyring > 0);

    // Slow the server so that the keyring can be stopped after the CLI proved it usable (keychain steps take
    // milliseconds) and before the token arrives (three slowed requests: list, create, list).
    for (const char *prefix : {"/api/v1/user/", "/api/v2/user/", "/api/auth/"})
        QVERIFY(m_sandbox.setFault(
            QStringLiteral("latency"),
            {{QStringLiteral("latencyMs"), 4000}, {QStringLiteral("pathPrefix"), QLatin1String(prefix)}}));
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("BGTM_TEST_KEYCHAIN_TIMEOUT_MS"), QStringLiteral("1500"));
    QProcess process;
    QProcessEnvironment env = m_cli->environment();
    env.insert(extra);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BGTM_CLI_EXE),
                  base({QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--label"),
                        QStringLiteral("unstorable"), QStringLiteral("--scope"), QStringLiteral("wallet_view_all"),
                        QStringLiteral("--otp"), QStringLiteral("0000000")}));
    QVERIFY(process.waitForStarted());
    process.closeWriteChannel();
    // The pending record is written after the keychain proved usable and before the create is sent: stop the
    // keyring then, so that only the write of the new token meets it (the slowed server leaves seconds of margin,
    // wide enough for a machine loaded by a parallel test run).
    QVERIFY(waitForPendingRecord(m_cli->dataDir(), "unstorable"));
    ::kill(keyring, SIGSTOP);
    const bool finished = process.waitForFinished(60000);
    ::kill(keyring, SIGCONT);
    m_sandbox.clearFaults();
    QVERIFY(finished);
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    m_allStderr += err;
    QVERIFY2(process.exitCode() == PrintedNotStored, err.constData());
    QVERIFY(err.contains("WARNING"));
    // Exactly one token, printed once, and it is the one the server issued (and it is live).
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), qsizetype(2)); // "Created <id> <label>" and the token
    const QByteArray token = lines.at(1).trimmed();
    QFile log(m_issuedLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().split('\n').contains(token));
    QCOMPARE(out.count(token), qsizetype(1));
    QCOMPARE(liveTokensLabelled(QStringLiteral("unstorable")), 1);
    m_allStdout += out;
}

void TestCliEndToEnd::keychainFailureAfterCreateRevokesWhenAsked()
{
    login();
    QFile pidFile(qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/gnome-keyring.pid"));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const pid_t keyring = pid_t(pidFile.readAll().trimmed().toLongLong());
    QVERIFY(keyring > 0);
    for (const char *prefix : {"/api/v1/user/", "/api/v2/user/", "/api/auth/"})
        QVERIFY(m_sandbox.setFault(
            QStringLiteral("latency"),
            {{QStringLiteral("latencyMs"), 4000}, {QStringLiteral("pathPrefix"), QLatin1String(prefix)}}));
    QProcess process;
    QProcessEnvironment env = m_cli->environment();
    env.insert(QStringLiteral("BGTM_TEST_KEYCHAIN_TIMEOUT_MS"), QStringLiteral("1500"));
    process.setProcessEnvironment(env);
    process.start(
        QStringLiteral(BGTM_CLI_EXE),
        base({QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--label"),
              QStringLiteral("revoke on failure"), QStringLiteral("--scope"), QStringLiteral("wallet_view_all"),
              QStringLiteral("--otp"), QStringLiteral("0000000"), QStringLiteral("--on-store-failure=revoke")}));
    QVERIFY(process.waitForStarted());
    process.closeWriteChannel();
    // The pending record is written after the keychain proved usable and before the create is sent: stop the
    // keyring then, so that only the write of the new token meets it (the slowed server leaves seconds of margin,
    // wide enough for a machine loaded by a parallel test run).
    QVERIFY(waitForPendingRecord(m_cli->dataDir(), "revoke on failure"));
    ::kill(keyring, SIGSTOP);
    const bool finished = process.waitForFinished(60000);
    ::kill(keyring, SIGCONT);
    m_sandbox.clearFaults();
    QVERIFY(finished);
    const QByteArray err = process.readAllStandardError();
    m_allStderr += err;
    QVERIFY2(process.exitCode() == RevokedNotStored, err.constData());
    QCOMPARE(liveTokensLabelled(QStringLiteral("revoke on failure")), 0);
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY(!out.contains("v2x"));
}

void TestCliEndToEnd::surplusTokenFromSilentResendIsRevoked()
{
    login();
    // The server performs the create, then closes before answering; Qt resends the POST silently.
    QVERIFY(m_sandbox.setFault(
        QStringLiteral("close-after-commit"),
        {{QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/user/accesstoken")}, {QStringLiteral("count"), 1}}));
    const CliResult result =
        m_cli->run(base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("create"),
                         QStringLiteral("--label"), QStringLiteral("resent"), QStringLiteral("--scope"),
                         QStringLiteral("wallet_view_all"), QStringLiteral("--otp"), QStringLiteral("0000000")}));
    m_sandbox.clearFaults();
    QVERIFY2(result.exitCode == SurplusRevoked, diagnose(result).constData());
    QCOMPARE(jsonOf(result).value(QStringLiteral("surplusRevoked")).toArray().size(), qsizetype(1));
    QCOMPARE(liveTokensLabelled(QStringLiteral("resent")), 1);
}

void TestCliEndToEnd::twoMachinesCreatingTheSameLabelAtOnceBothKeepWorkingTokens()
{
    // Two CI jobs on two machines (each its own HOME, D-Bus and keyring), one account, one label, at the same moment.
    login();
    CliRunner other(m_runtimeDir, CliRunner::Machine::AnotherMachine);
    const CliResult otherLogin =
        other.run(base({QStringLiteral("login"), QStringLiteral("--password-stdin")}), demoLoginInput());
    m_allStderr += other.allStderr();
    QVERIFY2(otherLogin.exitCode == Ok, diagnose(otherLogin).constData());
    // Each create reply is held 3 s (the token is made at once): the two creates overlap.
    QVERIFY(m_sandbox.setFault(QStringLiteral("latency"),
                               {{QStringLiteral("latencyMs"), 3000},
                                {QStringLiteral("count"), 2},
                                {QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/user/accesstoken")}}));
    const QStringList create =
        base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--label"),
              QStringLiteral("ci-deploy"), QStringLiteral("--scope"), QStringLiteral("wallet_view_all"),
              QStringLiteral("--otp"), QStringLiteral("0000000")});
    const std::unique_ptr<QProcess> there = other.start(create);
    const std::unique_ptr<QProcess> here = m_cli->start(create);
    const CliResult mine = m_cli->finish(*here, 120000);
    const CliResult theirs = other.finish(*there, 120000);
    m_allStderr += other.allStderr();
    m_sandbox.clearFaults();

    QVERIFY2(mine.exitCode == Ok, diagnose(mine).constData());
    QVERIFY2(theirs.exitCode == Ok, diagnose(theirs).constData());
    const QString myId = jsonOf(mine).value(QStringLiteral("id")).toString();
    const QString theirId = jsonOf(theirs).value(QStringLiteral("id")).toString();
    QVERIFY(!myId.isEmpty() && !theirId.isEmpty() && myId != theirId);
    QCOMPARE(liveTokensLabelled(QStringLiteral("ci-deploy")), 2); // nothing revoked
    // Each machine holds its own token, in its own keychain, and does not take over the other's.
    const auto storedHere = [](const CliResult &list, const QString &id) {
        const QJsonArray tokens = jsonOf(list).value(QStringLiteral("accessTokens")).toArray();
        for (const QJsonValue &token : tokens) {
            if (token[QStringLiteral("id")].toString() == id)
                return token[QStringLiteral("storedHere")].toString();
        }
        return QStringLiteral("absent");
    };
    const QStringList list = base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("list")});
    const CliResult myList = m_cli->run(list);
    const CliResult theirList = other.run(list);
    m_allStderr += other.allStderr();
    QCOMPARE(storedHere(myList, myId), QStringLiteral("stored"));
    QCOMPARE(storedHere(myList, theirId), QStringLiteral("no"));
    QCOMPARE(storedHere(theirList, theirId), QStringLiteral("stored"));
    QCOMPARE(storedHere(theirList, myId), QStringLiteral("no"));
    // And both tokens work.
    for (const QString &id : {myId, theirId}) {
        const CliResult exported =
            (id == myId ? *m_cli : other).run(base({QStringLiteral("tokens"), QStringLiteral("export"), id}));
        QVERIFY2(exported.exitCode == Ok, diagnose(exported).constData());
        QVERIFY(exported.out.startsWith("v2x")); // the secret itself, from that machine's keychain
        QVERIFY(!sandboxToken(id).value(QStringLiteral("revoked")).toBool());
    }
}

void TestCliEndToEnd::listDuringACreateLeavesItToTheCreator()
{
    login();
    const QString label = QStringLiteral("created while listed");
    // The create's reply is held 3 s; the token is made at once. A cron `tokens list` runs in that moment.
    QVERIFY(m_sandbox.setFault(QStringLiteral("latency"),
                               {{QStringLiteral("latencyMs"), 3000},
                                {QStringLiteral("count"), 1},
                                {QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/user/accesstoken")}}));
    const std::unique_ptr<QProcess> creating =
        m_cli->start(base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("create"),
                           QStringLiteral("--label"), label, QStringLiteral("--scope"),
                           QStringLiteral("wallet_view_all"), QStringLiteral("--otp"), QStringLiteral("0000000")}));
    QTRY_COMPARE_WITH_TIMEOUT(liveTokensLabelled(label), 1, 20000);
    const CliResult list =
        m_cli->run(base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("list")}));
    QVERIFY2(list.exitCode == Ok, diagnose(list).constData());
    const QJsonArray tokens = jsonOf(list).value(QStringLiteral("accessTokens")).toArray();
    for (const QJsonValue &token : tokens) {
        if (token[QStringLiteral("label")].toString() == label)
            QVERIFY2(token[QStringLiteral("storedHere")].toString() != QLatin1String("flagged-for-revocation"),
                     "the list took over a creation still being made");
    }
    const CliResult created = m_cli->finish(*creating, 120000);
    m_sandbox.clearFaults();
    QVERIFY2(created.exitCode == Ok, diagnose(created).constData());
    QVERIFY(jsonOf(created).value(QStringLiteral("stored")).toBool());
    QVERIFY(!jsonOf(created).contains(QStringLiteral("token"))); // stored, so never printed
}

void TestCliEndToEnd::unansweredCreateIsKeptAndTheNextListFlagsItsTokens_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("live");
    QTest::addColumn<bool>("lookAlike"); // the other token has exactly the requested shape
    // The create is performed but never answered, and so is Qt's silent resend: two live tokens nobody holds.
    QTest::newRow("closed after commit, twice") << QStringLiteral("close-after-commit") << 2 << 2 << false;
    QTest::newRow("commit, then 502") << QStringLiteral("commit-then-502") << 1 << 1 << false;
    QTest::newRow("commit, then 504") << QStringLiteral("commit-then-504") << 1 << 1 << false;
    // Two look-alikes for a create that may have made one: neither is flagged, both are named for the user.
    QTest::newRow("commit, then 502, a look-alike beside") << QStringLiteral("commit-then-502") << 1 << 1 << true;
}

void TestCliEndToEnd::unansweredCreateIsKeptAndTheNextListFlagsItsTokens()
{
    QFETCH(QString, fault);
    QFETCH(int, count);
    QFETCH(int, live);
    QFETCH(bool, lookAlike);
    login();
    const QString label = QStringLiteral("unanswered ") + QString::fromLatin1(QTest::currentDataTag());
    // Someone else's token with the same label, made at the same moment: never ours to flag.
    QJsonObject other;
    QJsonObject fields {{QStringLiteral("label"), label}};
    if (lookAlike)
        fields.insert(QStringLiteral("scope"),
                      QJsonArray {QStringLiteral("wallet_view_all"), QStringLiteral("openid")});
    QVERIFY(!m_sandbox.createTokenDirect(fields, &other).isEmpty());
    QVERIFY(m_sandbox.setFault(fault,
                               {{QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/user/accesstoken")},
                                {QStringLiteral("count"), count}}));
    const CliResult result = m_cli->run(
        base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--label"),
              label, QStringLiteral("--scope"), QStringLiteral("wallet_view_all"), QStringLiteral("--scope"),
              QStringLiteral("openid"), QStringLiteral("--otp"), QStringLiteral("0000000")}));
    m_sandbox.clearFaults();
    QVERIFY2(result.exitCode == NetworkOrServer, diagnose(result).constData());
    QVERIFY(jsonOf(result).value(QStringLiteral("mayHaveBeenCreated")).toBool());
    QVERIFY(result.err.contains("may have made the token"));
    QCOMPARE(liveTokensLabelled(label), live + 1);

    // The next list settles the pending creation: each token of its shape is flagged, the other one is not; with
    // a look-alike beside it nothing is flagged and both are named, for the user to revoke theirs.
    const CliResult list =
        m_cli->run(base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("list")}));
    QVERIFY2(list.exitCode == Ok, diagnose(list).constData());
    QStringList flagged;
    QStringList ours;
    const QString otherId = other.value(QStringLiteral("id")).toString();
    const QJsonArray tokens = jsonOf(list).value(QStringLiteral("accessTokens")).toArray();
    for (const QJsonValue &token : tokens) {
        if (token[QStringLiteral("label")].toString() != label)
            continue;
        const QString id = token[QStringLiteral("id")].toString();
        const QString state = token[QStringLiteral("storedHere")].toString();
        if (lookAlike)
            QCOMPARE(state, QStringLiteral("may-have-been-created"));
        else if (id == otherId)
            QCOMPARE(state, QStringLiteral("no"));
        if (state == QLatin1String("flagged-for-revocation"))
            flagged.append(id);
        if (id != otherId)
            ours.append(id);
    }
    QCOMPARE(flagged.size(), lookAlike ? 0 : live);
    QCOMPARE(ours.size(), live);
    if (lookAlike)
        QVERIFY2(list.err.contains(otherId.toLatin1()), list.err.constData());
    for (const QString &id : std::as_const(ours)) {
        const CliResult revoked =
            m_cli->run(base({QStringLiteral("tokens"), QStringLiteral("revoke"), id, QStringLiteral("--yes")}));
        QVERIFY2(revoked.exitCode == Ok, diagnose(revoked).constData());
    }
    QCOMPARE(liveTokensLabelled(label), 1); // only the other one
    if (!lookAlike)
        return;

    // The user revoked theirs; the look-alike left is someone else's, so the record still warns about it until
    // the user dismisses it by that id. Dismissing touches nothing on the server.
    const QList<QString> listArgs {QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("list")};
    const CliResult stillWarned = m_cli->run(base(listArgs));
    QVERIFY2(stillWarned.exitCode == Ok && stillWarned.err.contains(otherId.toLatin1()),
             diagnose(stillWarned).constData());
    const CliResult dismissed =
        m_cli->run(base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("forget"), otherId}));
    QVERIFY2(dismissed.exitCode == Ok, diagnose(dismissed).constData());
    QVERIFY(jsonOf(dismissed).value(QStringLiteral("forgotten")).toBool());
    const CliResult settled = m_cli->run(base(listArgs));
    QVERIFY2(settled.exitCode == Ok && !settled.err.contains(otherId.toLatin1()), diagnose(settled).constData());
    const QJsonArray after = jsonOf(settled).value(QStringLiteral("accessTokens")).toArray();
    for (const QJsonValue &token : after) {
        if (token[QStringLiteral("id")].toString() == otherId)
            QCOMPARE(token[QStringLiteral("storedHere")].toString(), QStringLiteral("no"));
    }
    QCOMPARE(liveTokensLabelled(label), 1);
}

void TestCliEndToEnd::accessTokenFromEnvironmentAuthenticatesOneCall()
{
    // Listing tokens needs user_manage (the sandbox enforces BitGo's scope checks).
    const QByteArray secret = m_sandbox.createTokenDirect(
        {{QStringLiteral("label"), QStringLiteral("env token")},
         {QStringLiteral("scope"), QJsonArray {QStringLiteral("openid"), QStringLiteral("user_manage")}}});
    QVERIFY(!secret.isEmpty());
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("BITGO_ACCESS_TOKEN"), QString::fromLatin1(secret));
    CliRunner fresh(m_runtimeDir); // nobody signed in here
    const CliResult result = fresh.run({QStringLiteral("--env"), QStringLiteral("sandbox"), QStringLiteral("--json"),
                                        QStringLiteral("tokens"), QStringLiteral("list")},
                                       {}, 60000, extra);
    m_allStderr += fresh.allStderr();
    QVERIFY2(result.exitCode == Ok, diagnose(result).constData());
    QVERIFY(jsonOf(result).contains(QStringLiteral("accessTokens")));
    // Nothing was stored: the next call without the variable is not signed in.
    const CliResult next = fresh.run(
        {QStringLiteral("--env"), QStringLiteral("sandbox"), QStringLiteral("tokens"), QStringLiteral("list")});
    m_allStderr += next.err;
    QVERIFY2(next.exitCode == AuthFailed, diagnose(next).constData());
}

void TestCliEndToEnd::logoutEndsSessionOnServerAndLocally()
{
    login();
    const int sessionsBefore = m_sandbox.admin("GET", QStringLiteral("/_sandbox/state"))
                                   .object()
                                   .value(QStringLiteral("counts"))
                                   .toObject()
                                   .value(QStringLiteral("liveSessions"))
                                   .toInt();
    const CliResult result = m_cli->run(base({QStringLiteral("logout")}));
    QVERIFY2(result.exitCode == Ok, diagnose(result).constData());
    const int sessionsAfter = m_sandbox.admin("GET", QStringLiteral("/_sandbox/state"))
                                  .object()
                                  .value(QStringLiteral("counts"))
                                  .toObject()
                                  .value(QStringLiteral("liveSessions"))
                                  .toInt();
    QCOMPARE(sessionsAfter, sessionsBefore - 1);
    const CliResult session = m_cli->run(base({QStringLiteral("session")}));
    QVERIFY2(session.exitCode == AuthFailed, diagnose(session).constData());
}

QTEST_GUILESS_MAIN(TestCliEndToEnd)
#include "TestCliEndToEnd.moc"
