// `tokens review` end to end: the real CLI against the real sandbox (tokens made through its admin route) and the
// real keychain of the test session; --json, the human output and the exit codes for cron and CI.
#include "CliRunner.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace bgtm::test;

namespace {

constexpr int kOk = 0;
constexpr int kUsage = 2;
constexpr int kFindings = 20; // app/cli/ExitCodes.h ReviewFindings

QSet<QString> kindsOf(const QJsonObject &token)
{
    QSet<QString> kinds;
    const QJsonArray findings = token.value(QStringLiteral("findings")).toArray();
    for (const QJsonValue &finding : findings)
        kinds.insert(finding.toObject().value(QStringLiteral("kind")).toString());
    return kinds;
}

QJsonObject tokenIn(const QJsonObject &report, const QString &id)
{
    const QJsonArray tokens = report.value(QStringLiteral("tokens")).toArray();
    for (const QJsonValue &token : tokens) {
        if (token.toObject().value(QStringLiteral("id")).toString() == id)
            return token.toObject();
    }
    return {};
}

} // namespace

class TestCliReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void helpDocumentsReviewAndItsExitCode();
    void reviewOfOnlyACleanHeldTokenExitsZero();
    void reviewJsonListsEachRiskyTokensFindingsAndExitsWithFindingsCode();
    void reviewHumanOutputNamesTokenReasonAndFix();
    void thresholdOptionsOverrideTheSettings();
    void badThresholdIsAUsageError_data();
    void badThresholdIsAUsageError();

private:
    CliResult review(const QStringList &extra = {});

    QTemporaryDir m_dir;
    QString m_runtimeDir;
    QString m_issuedLog;
    SandboxProcess m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    QString m_cleanId;
    QString m_riskyId;
    QString m_adminId;
};

CliResult TestCliReview::review(const QStringList &extra)
{
    return m_cli->run(base(QStringList {QStringLiteral("tokens"), QStringLiteral("review")} + extra));
}

void TestCliReview::initTestCase()
{
    QVERIFY2(CliRunner::inTestSession(), "run inside scripts/with-test-session.sh (private D-Bus + gnome-keyring)");
    QVERIFY(m_dir.isValid());
    const auto files = startSandboxForCli(m_sandbox, m_dir.path());
    QVERIFY2(files, qPrintable(m_sandbox.errorString()));
    m_runtimeDir = files->runtimeDir;
    m_issuedLog = files->issuedLog;
    m_cli = std::make_unique<CliRunner>(m_runtimeDir);
    const CliResult signedIn =
        m_cli->run(base({QStringLiteral("login"), QStringLiteral("--password-stdin")}), demoLoginInput());
    QVERIFY2(signedIn.exitCode == kOk, diagnose(signedIn).constData());

    // The clean token: view only, limited to loopback (where the CLI runs), 30 days, held here (imported).
    QJsonObject document;
    QByteArray secret =
        m_sandbox.createTokenDirect({{QStringLiteral("label"), QStringLiteral("clean")},
                                     {QStringLiteral("scope"), QJsonArray {QStringLiteral("wallet_view_all")}},
                                     {QStringLiteral("ipRestrict"), QJsonArray {QStringLiteral("127.0.0.1")}},
                                     {QStringLiteral("duration"), 30 * 86400}},
                                    &document);
    QVERIFY(!secret.isEmpty());
    m_cleanId = document.value(QStringLiteral("id")).toString();
    const CliResult imported = m_cli->run(
        base({QStringLiteral("tokens"), QStringLiteral("import"), QStringLiteral("--token-stdin")}), secret + '\n');
    secret.fill('\0');
    QVERIFY2(imported.exitCode == kOk, diagnose(imported).constData());
}

void TestCliReview::cleanupTestCase()
{
    // Secret scan with a positive control: the log holds every issued secret; none may appear in any output.
    QFile log(m_issuedLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> issued = log.readAll().split('\n');
    int secrets = 0;
    for (const QByteArray &line : issued) {
        const QByteArray secret = line.trimmed();
        if (secret.isEmpty())
            continue;
        ++secrets;
        QVERIFY(!m_cli->allStderr().contains(secret));
    }
    QVERIFY2(secrets >= 2, "positive control: the sandbox logged the issued secrets");
    m_sandbox.stop();
}

void TestCliReview::helpDocumentsReviewAndItsExitCode()
{
    const CliResult help = m_cli->run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, kOk);
    QVERIFY(help.out.contains("tokens review"));
    QVERIFY(help.out.contains("--max-lifetime-days"));
    QVERIFY(help.out.contains("--expiring-days"));
    static const QRegularExpression findingsLine(QStringLiteral("\\n\\s*%1  \\S").arg(kFindings));
    QVERIFY(findingsLine.match(QString::fromUtf8(help.out)).hasMatch());
}

void TestCliReview::reviewOfOnlyACleanHeldTokenExitsZero()
{
    // Runs before any risky token exists (slots run in declaration order).
    const CliResult result = review({QStringLiteral("--json")});
    QVERIFY2(result.exitCode == kOk, diagnose(result).constData());
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(report.value(QStringLiteral("findingCount")).toInt(-1), 0);
    const QJsonObject clean = tokenIn(report, m_cleanId);
    QCOMPARE(clean.value(QStringLiteral("label")).toString(), QStringLiteral("clean"));
    QVERIFY(clean.value(QStringLiteral("findings")).toArray().isEmpty());

    const CliResult human = review();
    QCOMPARE(human.exitCode, kOk);
    QVERIFY2(human.out.contains("No findings"), human.out.constData());
}

void TestCliReview::reviewJsonListsEachRiskyTokensFindingsAndExitsWithFindingsCode()
{
    QJsonObject document;
    // Spends without a limit, from anywhere, for ten years; nobody here holds it.
    QVERIFY(
        !m_sandbox
             .createTokenDirect({{QStringLiteral("label"), QStringLiteral("risky")},
                                 {QStringLiteral("scope"),
                                  QJsonArray {QStringLiteral("wallet_view_all"), QStringLiteral("wallet_spend_all")}}},
                                &document)
             .isEmpty());
    m_riskyId = document.value(QStringLiteral("id")).toString();
    QVERIFY(!m_sandbox
                 .createTokenDirect({{QStringLiteral("label"), QStringLiteral("everything")},
                                     {QStringLiteral("scope"), QJsonArray {QStringLiteral("all")}},
                                     {QStringLiteral("ipRestrict"), QJsonArray {QStringLiteral("127.0.0.1")}},
                                     {QStringLiteral("duration"), 7 * 86400}},
                                    &document)
                 .isEmpty());
    m_adminId = document.value(QStringLiteral("id")).toString();

    const CliResult result = review({QStringLiteral("--json")});
    QVERIFY2(result.exitCode == kFindings, diagnose(result).constData());
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(report.value(QStringLiteral("thresholds")).toObject().value(QStringLiteral("maxLifetimeDays")).toInt(),
             90);
    QCOMPARE(report.value(QStringLiteral("thresholds")).toObject().value(QStringLiteral("expiringDays")).toInt(), 14);

    const QJsonObject risky = tokenIn(report, m_riskyId);
    QCOMPARE(kindsOf(risky),
             (QSet<QString> {QStringLiteral("spend-without-limit"), QStringLiteral("no-ip-restriction"),
                             QStringLiteral("lifetime-too-long"), QStringLiteral("not-held-here")}));
    const QJsonArray riskyFindings = risky.value(QStringLiteral("findings")).toArray();
    QCOMPARE(riskyFindings.first().toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    for (const QJsonValue &value : riskyFindings) {
        const QJsonObject finding = value.toObject();
        QVERIFY(!finding.value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY(!finding.value(QStringLiteral("fix")).toString().isEmpty());
        if (finding.value(QStringLiteral("kind")).toString() == QLatin1String("lifetime-too-long")) {
            // The suggested request: the same shape, 90 days, no one-time code.
            const QJsonObject suggested = finding.value(QStringLiteral("suggested")).toObject();
            QCOMPARE(suggested.value(QStringLiteral("duration")).toInteger(), 90 * 86400);
            QCOMPARE(suggested.value(QStringLiteral("label")).toString(), QStringLiteral("risky"));
            QCOMPARE(suggested.value(QStringLiteral("scope")).toArray().size(), 2);
            QVERIFY(!suggested.contains(QStringLiteral("otp")));
        }
    }
    QCOMPARE(kindsOf(tokenIn(report, m_adminId)),
             (QSet<QString> {QStringLiteral("all-scope"), QStringLiteral("spend-without-limit"),
                             QStringLiteral("expiring-soon"), QStringLiteral("not-held-here")}));
    QVERIFY(tokenIn(report, m_cleanId).value(QStringLiteral("findings")).toArray().isEmpty());
    QCOMPARE(report.value(QStringLiteral("findingCount")).toInt(), 8);
}

void TestCliReview::reviewHumanOutputNamesTokenReasonAndFix()
{
    QVERIFY(!m_riskyId.isEmpty());
    const CliResult result = review();
    QVERIFY2(result.exitCode == kFindings, diagnose(result).constData());
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(out.contains(m_riskyId + QStringLiteral("  risky")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("No spending limit")));
    QVERIFY(out.contains(QStringLiteral("fix: ")));
    QVERIFY2(!out.contains(m_cleanId), "a token without findings is not listed");
    QVERIFY(result.err.contains("8 finding(s)") || result.err.contains("8 findings"));
}

void TestCliReview::thresholdOptionsOverrideTheSettings()
{
    // A 60-day expiry window catches the clean 30-day token; a 20-year lifetime limit clears the risky one's.
    const CliResult result = review({QStringLiteral("--json"), QStringLiteral("--expiring-days"), QStringLiteral("60"),
                                     QStringLiteral("--max-lifetime-days"), QStringLiteral("3650")});
    QVERIFY2(result.exitCode == kFindings, diagnose(result).constData());
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(kindsOf(tokenIn(report, m_cleanId)), QSet<QString> {QStringLiteral("expiring-soon")});
    QVERIFY(!kindsOf(tokenIn(report, m_riskyId)).contains(QStringLiteral("lifetime-too-long")));
}

void TestCliReview::badThresholdIsAUsageError_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("not a number") << QStringList {QStringLiteral("--expiring-days"), QStringLiteral("soon")};
    QTest::newRow("zero lifetime") << QStringList {QStringLiteral("--max-lifetime-days"), QStringLiteral("0")};
    QTest::newRow("negative") << QStringList {QStringLiteral("--expiring-days=-1")};
    QTest::newRow("option of another command") << QStringList {QStringLiteral("--yes")};
}

void TestCliReview::badThresholdIsAUsageError()
{
    QFETCH(QStringList, extra);
    const CliResult result = review(extra);
    QVERIFY2(result.exitCode == kUsage, diagnose(result).constData());
}

QTEST_GUILESS_MAIN(TestCliReview)
#include "TestCliReview.moc"
