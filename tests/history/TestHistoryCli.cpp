// History and templates through the real CLI binary, against the real sandbox over loopback and the
// real gnome-keyring of the test session: every action leaves its line, no line holds a secret, and a template
// exported, imported elsewhere and used for a create makes the sandbox receive the same request.
#include "CliRunner.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bgtm::test;

namespace {

const QString kDemo = QString::fromLatin1(SandboxProcess::demoUsername);

QStringList shapeOptions()
{
    return {QStringLiteral("--scope"),    QStringLiteral("wallet_view_all"),
            QStringLiteral("--scope"),    QStringLiteral("wallet_spend_all"),
            QStringLiteral("--limit"),    QStringLiteral("tbtc=0.5"),
            QStringLiteral("--ip"),       QStringLiteral("203.0.113.0/24"),
            QStringLiteral("--duration"), QStringLiteral("30d")};
}

} // namespace

class TestHistoryCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyCliActionIsRecordedWithoutASecret();
    void historyFiltersByActionAndLimitAndPrintsCsv();
    void templateExportedImportedElsewhereAndUsedSendsTheSameRequest();
    void explicitOptionsOverrideTheTemplate();
    void unknownTemplateIsNotFoundAndSendsNothing();

private:
    CliResult run(CliRunner &cli, const QStringList &args, const QByteArray &input = {});
    QJsonObject lastCreateBody();
    QString historyPath(const CliRunner &cli) const;

    QTemporaryDir m_dir;
    QString m_runtimeDir;
    QString m_issuedLog;
    SandboxProcess m_sandbox;
    std::unique_ptr<CliRunner> m_cli; ///< the history tests' runner (its history file is scanned at the end)
    QByteArray m_allStdout;
    QByteArray m_allStderr;
};

void TestHistoryCli::initTestCase()
{
    QVERIFY2(CliRunner::inTestSession(), "run inside scripts/with-test-session.sh (private D-Bus + gnome-keyring)");
    QVERIFY(m_dir.isValid());
    const auto files = startSandboxForCli(m_sandbox, m_dir.path());
    QVERIFY2(files, qPrintable(m_sandbox.errorString()));
    m_runtimeDir = files->runtimeDir;
    m_issuedLog = files->issuedLog;
    m_cli = std::make_unique<CliRunner>(m_runtimeDir);
}

void TestHistoryCli::cleanupTestCase()
{
    // The secret scan, with a positive control: the sandbox logged every secret it issued (sessions and tokens);
    // the export printed one on stdout, so the scan must find it there, and it must find none in the history
    // file. The password and the one-time code must not be in it either.
    QFile log(m_issuedLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QFile historyFile(historyPath(*m_cli));
    QVERIFY(historyFile.open(QIODevice::ReadOnly));
    const QByteArray history = historyFile.readAll();
    QVERIFY(!history.isEmpty());
    int seenOnStdout = 0;
    int inHistory = 0;
    int inStderr = 0;
    for (const QByteArray &line : log.readAll().split('\n')) {
        const QByteArray secret = line.trimmed();
        if (secret.isEmpty())
            continue;
        seenOnStdout += m_allStdout.contains(secret) ? 1 : 0;
        inHistory += history.contains(secret) ? 1 : 0;
        inStderr += m_allStderr.contains(secret) ? 1 : 0;
    }
    QVERIFY2(seenOnStdout > 0, "positive control: the exported token must be found by the scan");
    QCOMPARE(inHistory, 0);
    QCOMPARE(inStderr, 0);
    QVERIFY(!history.contains(SandboxProcess::demoPassword));
    QVERIFY(!history.contains(SandboxProcess::demoOtp));
    m_sandbox.stop();
}

CliResult TestHistoryCli::run(CliRunner &cli, const QStringList &args, const QByteArray &input)
{
    CliResult result = cli.run(args, input);
    m_allStdout += result.out;
    m_allStderr += result.err;
    return result;
}

QString TestHistoryCli::historyPath(const CliRunner &cli) const
{
    return cli.dataDir() + QStringLiteral("/bitgo-token-manager/history.jsonl");
}

QJsonObject TestHistoryCli::lastCreateBody()
{
    const QJsonObject last = m_sandbox.admin("GET", QStringLiteral("/_sandbox/last-create")).object();
    return last.value(QStringLiteral("received")).toBool() ? last.value(QStringLiteral("body")).toObject()
                                                           : QJsonObject();
}

void TestHistoryCli::everyCliActionIsRecordedWithoutASecret()
{
    CliRunner &cli = *m_cli;
    CliResult r = run(cli, base({QStringLiteral("login"), QStringLiteral("--password-stdin")}), demoLoginInput());
    QVERIFY2(r.exitCode == 0, diagnose(r).constData());
    r = run(cli,
            base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("create"),
                  QStringLiteral("--label"), QStringLiteral("hist-a"), QStringLiteral("--scope"),
                  QStringLiteral("wallet_view_all"), QStringLiteral("--otp"), QStringLiteral("0000000")}));
    QVERIFY2(r.exitCode == 0, diagnose(r).constData());
    const QString created = jsonOf(r).value(QStringLiteral("id")).toString();
    QVERIFY(!created.isEmpty());
    r = run(cli,
            base({QStringLiteral("tokens"), QStringLiteral("export"), QStringLiteral("--label"),
                  QStringLiteral("hist-a"), QStringLiteral("--format"), QStringLiteral("env")}));
    QVERIFY2(r.exitCode == 0, diagnose(r).constData());
    // A token made elsewhere (the sandbox's admin route), imported from stdin, then forgotten here.
    const QJsonObject made = m_sandbox
                                 .admin("POST", QStringLiteral("/_sandbox/tokens"),
                                        QJsonObject {{QStringLiteral("label"), QStringLiteral("hist-imported")}})
                                 .object();
    const QByteArray secret = made.value(QStringLiteral("token")).toString().toUtf8();
    QVERIFY(!secret.isEmpty());
    r = run(cli,
            base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("import"),
                  QStringLiteral("--token-stdin")}),
            secret + '\n');
    QVERIFY2(r.exitCode == 0, diagnose(r).constData());
    const QString imported = jsonOf(r).value(QStringLiteral("id")).toString();
    r = run(cli, base({QStringLiteral("tokens"), QStringLiteral("forget"), imported}));
    QVERIFY2(r.exitCode == 0, diagnose(r).constData());
    r = run(cli, base({QStringLiteral("tokens"), QStringLiteral("revoke"), created, QStringLiteral("--yes")}));
    QVERIFY2(r.exitCode == 0, diagnose(r).constData());
    r = run(cli, base({QStringLiteral("logout")}));
    QVERIFY2(r.exitCode == 0, diagnose(r).constData());

    r = run(cli, base({QStringLiteral("--json"), QStringLiteral("history")}));
    QVERIFY2(r.exitCode == 0, diagnose(r).constData());
    const QJsonArray entries = jsonOf(r).value(QStringLiteral("entries")).toArray();
    QStringList actions;
    for (const QJsonValue &value : entries) {
        const QJsonObject e = value.toObject();
        actions.append(e.value(QStringLiteral("action")).toString());
        QCOMPARE(e.value(QStringLiteral("origin")).toString(), QStringLiteral("cli"));
        QCOMPARE(e.value(QStringLiteral("environment")).toString(), QStringLiteral("sandbox"));
        QCOMPARE(e.value(QStringLiteral("user")).toString(), kDemo);
        QVERIFY(QDateTime::fromString(e.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).isValid());
    }
    const QStringList expected {QStringLiteral("signed-in"), QStringLiteral("created"),   QStringLiteral("stored"),
                                QStringLiteral("exported"),  QStringLiteral("imported"),  QStringLiteral("forgotten"),
                                QStringLiteral("revoked"),   QStringLiteral("signed-out")};
    QCOMPARE(actions, expected);
    const auto tokenOf = [&entries](int i) {
        return entries.at(i).toObject().value(QStringLiteral("tokenId")).toString();
    };
    QCOMPARE(tokenOf(1), created);
    QCOMPARE(tokenOf(2), created);
    QCOMPARE(tokenOf(3), created);
    QCOMPARE(tokenOf(4), imported);
    QCOMPARE(tokenOf(5), imported);
    QCOMPARE(tokenOf(6), created);
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("hist-a"));
    QCOMPARE(QFile::permissions(historyPath(cli)) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestHistoryCli::historyFiltersByActionAndLimitAndPrintsCsv()
{
    CliResult r = run(*m_cli,
                      base({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--action"),
                            QStringLiteral("created")}));
    QVERIFY2(r.exitCode == 0, diagnose(r).constData());
    const QJsonArray created = jsonOf(r).value(QStringLiteral("entries")).toArray();
    QVERIFY(!created.isEmpty());
    for (const QJsonValue &value : created)
        QCOMPARE(value.toObject().value(QStringLiteral("action")).toString(), QStringLiteral("created"));
    r = run(
        *m_cli,
        base({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("2")}));
    QVERIFY2(r.exitCode == 0, diagnose(r).constData());
    const QJsonArray lastTwo = jsonOf(r).value(QStringLiteral("entries")).toArray();
    QCOMPARE(lastTwo.size(), 2);
    QCOMPARE(lastTwo.at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("signed-out"));
    r = run(*m_cli, base({QStringLiteral("history"), QStringLiteral("--csv")}));
    QVERIFY2(r.exitCode == 0, diagnose(r).constData());
    QVERIFY(r.out.startsWith("time,action,environment,user,token id,label,origin,detail\r\n"));
    QVERIFY(r.out.contains(",signed-out,sandbox,"));
    r = run(*m_cli, base({QStringLiteral("history"), QStringLiteral("--action"), QStringLiteral("teleported")}));
    QCOMPARE(r.exitCode, 2);
    r = run(*m_cli, base({QStringLiteral("history"), QStringLiteral("--csv"), QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 2);
}

void TestHistoryCli::templateExportedImportedElsewhereAndUsedSendsTheSameRequest()
{
    // Alice creates a token with explicit options, and saves the same shape as a template and exports it.
    CliRunner alice(m_runtimeDir);
    CliResult r = run(alice, base({QStringLiteral("login"), QStringLiteral("--password-stdin")}), demoLoginInput());
    QVERIFY2(r.exitCode == 0, diagnose(r).constData());
    r = run(alice,
            base(QStringList {QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--label"),
                              QStringLiteral("tmpl-direct"), QStringLiteral("--otp"), QStringLiteral("0000000")}
                 + shapeOptions()));
    QVERIFY2(r.exitCode == 0, diagnose(r).constData());
    QJsonObject direct = lastCreateBody();
    QVERIFY(!direct.isEmpty());
    r = run(alice,
            base(QStringList {QStringLiteral("templates"), QStringLiteral("save"), QStringLiteral("deploy")}
                 + shapeOptions()));
    QVERIFY2(r.exitCode == 0, diagnose(r).constData());
    const QString shared = m_dir.filePath(QStringLiteral("team-templates.json"));
    r = run(alice, base({QStringLiteral("templates"), QStringLiteral("export"), shared}));
    QVERIFY2(r.exitCode == 0, diagnose(r).constData());
    QFile file(shared);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    QVERIFY(!exported.contains("otp"));
    QVERIFY(!exported.contains("label"));
    // (No substring check for the code itself: 0.5 tbtc is 50000000 base units, which contains "0000000".)

    // Bob, on another machine (fresh data directory), imports it and creates from it.
    CliRunner bob(m_runtimeDir);
    r = run(bob, base({QStringLiteral("templates"), QStringLiteral("import"), shared}));
    QVERIFY2(r.exitCode == 0, diagnose(r).constData());
    r = run(bob, base({QStringLiteral("--json"), QStringLiteral("templates"), QStringLiteral("list")}));
    QCOMPARE(jsonOf(r).value(QStringLiteral("templates")).toArray().size(), 1);
    r = run(bob, base({QStringLiteral("login"), QStringLiteral("--password-stdin")}), demoLoginInput());
    QVERIFY2(r.exitCode == 0, diagnose(r).constData());
    r = run(bob,
            base({QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--label"),
                  QStringLiteral("tmpl-direct"), QStringLiteral("--template"), QStringLiteral("deploy"),
                  QStringLiteral("--otp"), QStringLiteral("0000000")}));
    QVERIFY2(r.exitCode == 0, diagnose(r).constData());
    const QJsonObject fromTemplate = lastCreateBody();
    QCOMPARE(fromTemplate, direct);
    QCOMPARE(fromTemplate.value(QStringLiteral("duration")).toInteger(), 30 * 86400);

    r = run(bob,
            base({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--action"),
                  QStringLiteral("created")}));
    const QJsonArray created = jsonOf(r).value(QStringLiteral("entries")).toArray();
    QCOMPARE(created.size(), 1);
    QVERIFY(created.at(0).toObject().value(QStringLiteral("detail")).toString().contains(QLatin1String("deploy")));
}

void TestHistoryCli::explicitOptionsOverrideTheTemplate()
{
    CliRunner cli(m_runtimeDir);
    CliResult r = run(cli,
                      base(QStringList {QStringLiteral("templates"), QStringLiteral("save"), QStringLiteral("deploy")}
                           + shapeOptions()));
    QVERIFY2(r.exitCode == 0, diagnose(r).constData());
    r = run(cli, base({QStringLiteral("login"), QStringLiteral("--password-stdin")}), demoLoginInput());
    QVERIFY2(r.exitCode == 0, diagnose(r).constData());
    r = run(cli,
            base({QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--label"),
                  QStringLiteral("tmpl-override"), QStringLiteral("--template"), QStringLiteral("deploy"),
                  QStringLiteral("--duration"), QStringLiteral("1d"), QStringLiteral("--scope"),
                  QStringLiteral("wallet_view_all"), QStringLiteral("--otp"), QStringLiteral("0000000")}));
    QVERIFY2(r.exitCode == 0, diagnose(r).constData());
    const QJsonObject body = lastCreateBody();
    QCOMPARE(body.value(QStringLiteral("duration")).toInteger(), 86400);
    QCOMPARE(body.value(QStringLiteral("scope")).toArray(), QJsonArray {QStringLiteral("wallet_view_all")});
    // What was not given comes from the template.
    QCOMPARE(body.value(QStringLiteral("ipRestrict")).toArray(), QJsonArray {QStringLiteral("203.0.113.0/24")});
    QCOMPARE(body.value(QStringLiteral("spendingLimits")).toArray().size(), 1);
}

void TestHistoryCli::unknownTemplateIsNotFoundAndSendsNothing()
{
    CliRunner cli(m_runtimeDir);
    const QJsonObject before = lastCreateBody();
    const CliResult r = run(cli,
                            base({QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--label"),
                                  QStringLiteral("x"), QStringLiteral("--template"), QStringLiteral("nope"),
                                  QStringLiteral("--otp"), QStringLiteral("0000000")}));
    QCOMPARE(r.exitCode, 6);
    QCOMPARE(lastCreateBody(), before);
}

QTEST_GUILESS_MAIN(TestHistoryCli)
#include "TestHistoryCli.moc"
