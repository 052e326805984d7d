// HostCheck in-process: which Host header values name a sandbox listening on a given address and port.
#include <HostCheck.h>

#include <QTest>

using namespace bgtm::sandbox;

class TestHostCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loopbackListener_data();
    void loopbackListener();
    void defaultPortMayBeLeftOut_data();
    void defaultPortMayBeLeftOut();
    void specificListenAddressIsAccepted();
    void notListeningAcceptsNothing();
};

void TestHostCheck::loopbackListener_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1:8787") << true;
    QTest::newRow("other loopback v4") << QByteArray("127.0.0.2:8787") << true;
    QTest::newRow("localhost") << QByteArray("localhost:8787") << true;
    QTest::newRow("LOCALHOST") << QByteArray("LOCALHOST:8787") << true;
    QTest::newRow("[::1]") << QByteArray("[::1]:8787") << true;
    QTest::newRow("foreign name") << QByteArray("evil.example:8787") << false;
    QTest::newRow("name ending in localhost") << QByteArray("evillocalhost:8787") << false;
    QTest::newRow("localhost subdomain") << QByteArray("localhost.evil.example:8787") << false;
    QTest::newRow("trailing dot") << QByteArray("localhost.:8787") << false;
    QTest::newRow("hex-looking name") << QByteArray("deadbeef:8787") << false;
    QTest::newRow("foreign address") << QByteArray("203.0.113.7:8787") << false;
    QTest::newRow("wrong port") << QByteArray("127.0.0.1:8788") << false;
    QTest::newRow("port with sign") << QByteArray("127.0.0.1:+8787") << false;
    QTest::newRow("port with leading zeros") << QByteArray("127.0.0.1:0008787") << false;
    QTest::newRow("no port") << QByteArray("127.0.0.1") << false;
    QTest::newRow("empty port") << QByteArray("localhost:") << false;
    QTest::newRow("unbracketed v6") << QByteArray("::1:8787") << false;
    QTest::newRow("unclosed bracket") << QByteArray("[::1:8787") << false;
    QTest::newRow("bracketed v4") << QByteArray("[127.0.0.1]:8787") << false;
    QTest::newRow("junk after bracket") << QByteArray("[::1]x8787") << false;
    QTest::newRow("userinfo") << QByteArray("evil@127.0.0.1:8787") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestHostCheck::loopbackListener()
{
    QFETCH(QByteArray, host);
    QFETCH(bool, allowed);
    QCOMPARE(HostCheck(QHostAddress::LocalHost, 8787, false).allows(host), allowed);
}

void TestHostCheck::defaultPortMayBeLeftOut_data()
{
    QTest::addColumn<quint16>("port");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("http on 80") << quint16(80) << false << true;
    QTest::newRow("https on 443") << quint16(443) << true << true;
    QTest::newRow("http on 443") << quint16(443) << false << false;
    QTest::newRow("https on 80") << quint16(80) << true << false;
    QTest::newRow("http on 8787") << quint16(8787) << false << false;
}

void TestHostCheck::defaultPortMayBeLeftOut()
{
    QFETCH(quint16, port);
    QFETCH(bool, tls);
    QFETCH(bool, allowed);
    const HostCheck check(QHostAddress::LocalHost, port, tls);
    QCOMPARE(check.allows("localhost"), allowed);
    QCOMPARE(check.allows("127.0.0.1"), allowed);
    QVERIFY(check.allows("localhost:" + QByteArray::number(port)));
}

void TestHostCheck::specificListenAddressIsAccepted()
{
    const HostCheck check(QHostAddress(QStringLiteral("192.0.2.10")), 8787, false);
    QVERIFY(check.allows("192.0.2.10:8787"));
    QVERIFY(!check.allows("192.0.2.11:8787"));
    QVERIFY(!check.allows("sandbox.example:8787"));
}

void TestHostCheck::notListeningAcceptsNothing()
{
    QVERIFY(!HostCheck().allows("127.0.0.1:0"));
    QVERIFY(!HostCheck().allows("localhost"));
}

QTEST_GUILESS_MAIN(TestHostCheck)
#include "TestHostCheck.moc"
