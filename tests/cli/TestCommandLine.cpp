// The CLI's argument parser on its own: no process, no server.
#include "CommandLine.h"

#include <QTest>

using namespace bgtm::cli;

namespace {
// Shaped like a v2x token (67 characters); not a real one.
const QString kPastedToken = QStringLiteral("v2x") + QString(64, QLatin1Char('a'));
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsComeFromBitgoEnvAndBitgoUser();
    void optionsOverrideTheEnvironmentAnywhereOnTheLine();
    void createCollectsRepeatedOptions();
    void durationAcceptsDaysYearsAndSeconds_data();
    void durationAcceptsDaysYearsAndSeconds();
    void secretsAreNeverAcceptedAsArguments_data();
    void secretsAreNeverAcceptedAsArguments();
    void wordWhereAnIdBelongsMustBeATokenId_data();
    void wordWhereAnIdBelongsMustBeATokenId();
    void helpListsEveryExitCode();
};

void TestCommandLine::defaultsComeFromBitgoEnvAndBitgoUser()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("BITGO_ENV"), QStringLiteral("sandbox"));
    environment.insert(QStringLiteral("BITGO_USER"), QStringLiteral("me@example.com"));
    const auto parsed = CommandLine::parse({QStringLiteral("tokens"), QStringLiteral("list")}, environment);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.invocation.environment, QStringLiteral("sandbox"));
    QCOMPARE(parsed.invocation.user, QStringLiteral("me@example.com"));
    QCOMPARE(parsed.invocation.command, Invocation::Command::TokensList);
}

void TestCommandLine::optionsOverrideTheEnvironmentAnywhereOnTheLine()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("BITGO_ENV"), QStringLiteral("sandbox"));
    const auto parsed = CommandLine::parse(
        {QStringLiteral("tokens"), QStringLiteral("list"), QStringLiteral("--env=prod"), QStringLiteral("--json")},
        environment);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.invocation.environment, QStringLiteral("prod"));
    QVERIFY(parsed.invocation.json);
}

void TestCommandLine::createCollectsRepeatedOptions()
{
    const auto parsed = CommandLine::parse(
        {QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--label"), QStringLiteral("ci"),
         QStringLiteral("--scope"), QStringLiteral("a"), QStringLiteral("--scope=b"), QStringLiteral("--limit"),
         QStringLiteral("tbtc=0.5"), QStringLiteral("--max-limit"), QStringLiteral("teth"), QStringLiteral("--ip"),
         QStringLiteral("1.2.3.4"), QStringLiteral("--on-store-failure=revoke"), QStringLiteral("--print-token")},
        {});
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const Invocation &inv = parsed.invocation;
    QCOMPARE(inv.label, std::optional<QString>(QStringLiteral("ci")));
    QCOMPARE(inv.scopes, (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(inv.limits.size(), 1);
    QCOMPARE(inv.limits.first().first, QStringLiteral("tbtc"));
    QCOMPARE(inv.limits.first().second, QStringLiteral("0.5"));
    QCOMPARE(inv.maxLimits, QStringList {QStringLiteral("teth")});
    QCOMPARE(inv.ips, QStringList {QStringLiteral("1.2.3.4")});
    QCOMPARE(inv.onStoreFailure, Invocation::OnStoreFailure::Revoke);
    QVERIFY(inv.printToken);
}

void TestCommandLine::durationAcceptsDaysYearsAndSeconds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // -1: refused
    QTest::newRow("1d") << QStringLiteral("1d") << qint64(86400);
    QTest::newRow("90d") << QStringLiteral("90d") << qint64(7776000);
    QTest::newRow("1y is 365 days") << QStringLiteral("1y") << qint64(31536000);
    QTest::newRow("10y is the protocol maximum") << QStringLiteral("10y") << qint64(315360000);
    QTest::newRow("seconds") << QStringLiteral("3600") << qint64(3600);
    QTest::newRow("negative") << QStringLiteral("-5") << qint64(-1);
    QTest::newRow("words") << QStringLiteral("forever") << qint64(-1);
    QTest::newRow("unit only") << QStringLiteral("d") << qint64(-1);
    QTest::newRow("fraction") << QStringLiteral("1.5d") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
}

void TestCommandLine::durationAcceptsDaysYearsAndSeconds()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const std::optional<qint64> parsed = CommandLine::parseDuration(text);
    QCOMPARE(parsed.value_or(-1), seconds);
}

void TestCommandLine::secretsAreNeverAcceptedAsArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("--password") << QStringList {QStringLiteral("login"), QStringLiteral("--password"), kPastedToken};
    QTest::newRow("--token") << QStringList {QStringLiteral("login"), QStringLiteral("--token"), kPastedToken};
    QTest::newRow("import token as word")
        << QStringList {QStringLiteral("tokens"), QStringLiteral("import"), kPastedToken};
}

void TestCommandLine::secretsAreNeverAcceptedAsArguments()
{
    QFETCH(QStringList, args);
    const auto parsed = CommandLine::parse(args, {});
    QVERIFY(!parsed.ok());
    // The refused value is not echoed back.
    QVERIFY(!parsed.error.contains(kPastedToken));
}

void TestCommandLine::wordWhereAnIdBelongsMustBeATokenId_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("looksLikeToken"); // the refusal says so only then
    const QString v1Token = QStringLiteral("0123456789abcdef").repeated(4);
    const QString localId = QStringLiteral("local-0f8fad5b-d9cb-469f-a165-70867728950e");
    for (const char *command : {"revoke", "export", "forget", "rotate"}) {
        const QString c = QLatin1String(command);
        QTest::addRow("%s a token id", command)
            << c << QStringLiteral("0123456789abcdef0123456789abcdef") << true << false;
        QTest::addRow("%s a v2x token", command) << c << kPastedToken << false << true;
        QTest::addRow("%s an upper-case v2x token", command) << c << kPastedToken.toUpper() << false << true;
        QTest::addRow("%s a v1 token", command) << c << v1Token << false << true;
        QTest::addRow("%s an upper-case id", command)
            << c << QStringLiteral("0123456789ABCDEF0123456789ABCDEF") << false << false;
        QTest::addRow("%s a short word", command) << c << QStringLiteral("x") << false << false;
        QTest::addRow("%s a path", command) << c << QStringLiteral("../../session") << false << false;
        // What `tokens import` names a token the server would not identify: on this machine only.
        const bool local = c == QLatin1String("export") || c == QLatin1String("forget");
        QTest::addRow("%s a local id", command) << c << localId << local << false;
    }
}

void TestCommandLine::wordWhereAnIdBelongsMustBeATokenId()
{
    QFETCH(QString, command);
    QFETCH(QString, word);
    QFETCH(bool, accepted);
    QFETCH(bool, looksLikeToken);
    const auto parsed = CommandLine::parse({QStringLiteral("tokens"), command, word}, {});
    QCOMPARE(parsed.ok(), accepted);
    if (accepted) {
        const Invocation &inv = parsed.invocation;
        QCOMPARE(command == QLatin1String("rotate") ? inv.tokenIds.value(0) : inv.tokenId, word);
        return;
    }
    QVERIFY2(parsed.error.contains(QLatin1String("not a token id")), qPrintable(parsed.error));
    QCOMPARE(parsed.error.contains(QLatin1String("looks like an access token")), looksLikeToken);
    // Not repeated, not even its start (a short word could be any text of the message).
    if (word.size() >= 6)
        QVERIFY2(!parsed.error.contains(word.left(6), Qt::CaseInsensitive), qPrintable(parsed.error));
    QVERIFY(parsed.invocation.tokenId.isEmpty());
    QVERIFY(parsed.invocation.tokenIds.isEmpty());
}

void TestCommandLine::helpListsEveryExitCode()
{
    const QString help = CommandLine::helpText();
    for (int code = 0; code <= 13; ++code)
        QVERIFY2(help.contains(QStringLiteral("\n%1  ").arg(code, 4)), qPrintable(QString::number(code)));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
