// Loopback is never proxied, whatever the system proxy settings say.
#include "net/LoopbackProxyFactory.h"

#include <QNetworkProxyQuery>
#include <QtTest>

using namespace bgtm;

class TestLoopbackProxyFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesLoopbackHosts_data();
    void recognisesLoopbackHosts();
    void loopbackGetsNoProxyEvenWithProxyEnvironment();
};

void TestLoopbackProxyFactory::recognisesLoopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.1.2.3") << QStringLiteral("127.1.2.3") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LocalHost") << QStringLiteral("LocalHost") << true;
    QTest::newRow("app.localhost") << QStringLiteral("app.localhost") << true;
    QTest::newRow("bitgo") << QStringLiteral("app.bitgo.com") << false;
    QTest::newRow("localhost lookalike") << QStringLiteral("localhost.example.com") << false;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
}

void TestLoopbackProxyFactory::recognisesLoopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(LoopbackProxyFactory::isLoopbackHost(host), loopback);
}

void TestLoopbackProxyFactory::loopbackGetsNoProxyEvenWithProxyEnvironment()
{
    qputenv("https_proxy", "http://127.0.0.1:9");
    qputenv("http_proxy", "http://127.0.0.1:9");
    auto restore = qScopeGuard([] {
        qunsetenv("https_proxy");
        qunsetenv("http_proxy");
    });
    LoopbackProxyFactory factory;
    const QList<QNetworkProxy> local =
        factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://localhost:8443/"))));
    QCOMPARE(local.size(), 1);
    QCOMPARE(local.first().type(), QNetworkProxy::NoProxy);
    const QList<QNetworkProxy> remote =
        factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://app.bitgo.com/"))));
    QVERIFY(!remote.isEmpty());
    QCOMPARE(remote.first().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(remote.first().port(), quint16(9));
}

QTEST_GUILESS_MAIN(TestLoopbackProxyFactory)
#include "TestLoopbackProxyFactory.moc"
