#include "model/Environment.h"

#include <QTest>

using namespace bgtm;

class TestEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testEnvironmentIsBitGoTestWithoutProductionRules();
    void productionEnvironmentIsBitGoWithProductionRules();
    void sandboxKeepsItsUrlAndXpub();
    void customEnvironmentIdIsASlugOfItsName_data();
    void customEnvironmentIdIsASlugOfItsName();
    void transportAllowsHttpsAnywhereAndHttpOnlyToLoopback_data();
    void transportAllowsHttpsAnywhereAndHttpOnlyToLoopback();
    void transportProblemNeverRepeatsCredentials();
};

void TestEnvironment::testEnvironmentIsBitGoTestWithoutProductionRules()
{
    const Environment env = Environment::test();
    QCOMPARE(env.kind, Environment::Kind::Test);
    QCOMPARE(env.id, QStringLiteral("test"));
    // Protocol doc §1 and §3.
    QCOMPARE(env.baseUrl, QUrl(QStringLiteral("https://app.bitgo-test.com")));
    QVERIFY(!env.productionRules);
    QCOMPARE(env.serverXpub,
             QStringLiteral("xpub661MyMwAqRbcErFqVXGiUFv9YeoPbhN72UiNCUdj9nj3T6M8h7iKNmbCYpMVWVZP7LA2ma3HWcPngz1gRTm4FP"
                            "dtm9mHfrNvU93MCoszsGL"));
    QVERIFY(!env.name.isEmpty());
    QCOMPARE(env.transportProblem(), QString());
}

void TestEnvironment::productionEnvironmentIsBitGoWithProductionRules()
{
    const Environment env = Environment::production();
    QCOMPARE(env.kind, Environment::Kind::Production);
    QCOMPARE(env.id, QStringLiteral("prod"));
    QCOMPARE(env.baseUrl, QUrl(QStringLiteral("https://app.bitgo.com")));
    QVERIFY(env.productionRules);
    QCOMPARE(env.serverXpub,
             QStringLiteral("xpub661MyMwAqRbcEtUgu9HF8ai4ipuVKKHBzUqks4jSFypW8dwwQL1zygLgQx99NmC7zJJznSiwKG6RQfVjAKMtCs"
                            "x8VjR6kQW8x7HrkXFZdnQ"));
    QCOMPARE(env.transportProblem(), QString());
}

void TestEnvironment::sandboxKeepsItsUrlAndXpub()
{
    const QUrl url(QStringLiteral("http://127.0.0.1:41234"));
    const Environment env = Environment::sandbox(url, QStringLiteral("xpub-sandbox"));
    QCOMPARE(env.kind, Environment::Kind::Sandbox);
    QCOMPARE(env.id, QStringLiteral("sandbox"));
    QCOMPARE(env.baseUrl, url);
    QCOMPARE(env.serverXpub, QStringLiteral("xpub-sandbox"));
    QVERIFY(!env.productionRules);
    QCOMPARE(env.transportProblem(), QString());
}

void TestEnvironment::customEnvironmentIdIsASlugOfItsName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("id");
    QTest::newRow("wordsAndPunctuation") << "My Proxy (EU)"
                                         << "https://proxy.example"
                                         << "custom-my-proxy-eu";
    QTest::newRow("alreadyASlug") << "express"
                                  << "http://localhost:3080"
                                  << "custom-express";
    QTest::newRow("emptyNameFallsBackToHost") << "  "
                                              << "https://bitgo.internal.example"
                                              << "custom-bitgo-internal-example";
    QTest::newRow("nothingUsable") << "!!!"
                                   << ""
                                   << "custom-unnamed";
}

void TestEnvironment::customEnvironmentIdIsASlugOfItsName()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, id);
    const Environment env = Environment::custom(name, QUrl(url), true, QString());
    QCOMPARE(env.kind, Environment::Kind::Custom);
    QCOMPARE(env.id, id);
    QVERIFY(env.productionRules);
}

void TestEnvironment::transportAllowsHttpsAnywhereAndHttpOnlyToLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("httpsHost") << "https://example.com" << true;
    QTest::newRow("httpsHostPort") << "https://example.com:8443" << true;
    QTest::newRow("httpsTrailingSlash") << "https://example.com/" << true;
    QTest::newRow("httpsIpAddress") << "https://203.0.113.5" << true;
    QTest::newRow("httpLoopbackV4") << "http://127.0.0.1:8080" << true;
    QTest::newRow("httpAnywhereIn127Slash8") << "http://127.5.6.7" << true;
    QTest::newRow("httpLocalhost") << "http://localhost:3000" << true;
    QTest::newRow("httpLocalhostUpperCase") << "http://LOCALHOST:3000" << true;
    QTest::newRow("httpLoopbackV6") << "http://[::1]:8080" << true;
    QTest::newRow("httpRemoteHostRefused") << "http://example.com" << false;
    QTest::newRow("httpPrivateAddressRefused") << "http://10.0.0.1" << false;
    QTest::newRow("httpJustOutside127Slash8Refused") << "http://128.0.0.1" << false;
    QTest::newRow("httpAnyAddressRefused") << "http://0.0.0.0:8080" << false;
    QTest::newRow("httpOtherV6Refused") << "http://[::2]" << false;
    QTest::newRow("httpLocalhostLookalikeRefused") << "http://localhost.evil.example" << false;
    QTest::newRow("httpLoopbackLookalikeRefused") << "http://127.0.0.1.evil.example" << false;
    QTest::newRow("userinfoRefused") << "https://user:secret@example.com" << false;
    QTest::newRow("userOnlyRefused") << "https://user@example.com" << false;
    QTest::newRow("pathRefused") << "https://example.com/api/v1" << false;
    QTest::newRow("queryRefused") << "https://example.com/?x=1" << false;
    QTest::newRow("fragmentRefused") << "https://example.com/#top" << false;
    QTest::newRow("otherSchemeRefused") << "ftp://example.com" << false;
    QTest::newRow("noSchemeRefused") << "example.com" << false;
    QTest::newRow("emptyRefused") << "" << false;
    QTest::newRow("noHostRefused") << "https://" << false;
}

void TestEnvironment::transportAllowsHttpsAnywhereAndHttpOnlyToLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, acceptable);
    const Environment env = Environment::custom(QStringLiteral("x"), QUrl(url), false, QString());
    const QString problem = env.transportProblem();
    QCOMPARE(problem.isEmpty(), acceptable);
}

void TestEnvironment::transportProblemNeverRepeatsCredentials()
{
    const Environment env = Environment::custom(
        QStringLiteral("x"), QUrl(QStringLiteral("https://alice:hunter2@example.com")), false, QString());
    const QString problem = env.transportProblem();
    QVERIFY(!problem.isEmpty());
    QVERIFY(!problem.contains(QStringLiteral("hunter2")));
    QVERIFY(!problem.contains(QStringLiteral("alice")));
}

QTEST_GUILESS_MAIN(TestEnvironment)
#include "TestEnvironment.moc"
