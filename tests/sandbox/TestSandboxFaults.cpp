// The admin routes and every fault mode, observed from a raw socket (what a client really receives on the wire).
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QNetworkInterface>
#include <QTest>

using namespace bgtm;
using namespace bgtm::test;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void statusFaultsAnswerWithoutPerformingTheRequest_data();
    void statusFaultsAnswerWithoutPerformingTheRequest();
    void faultCountLimitsItToNextRequests();
    void faultPathPrefixLimitsItToMatchingPaths();
    void malformedJsonIsSignedButUnparsable();
    void wrongHmacFailsVerification();
    void staleTimestampIsOutsideTheV3Window();
    void dropMidBodyCutsTheReplyShort();
    void closeAfterCommitPerformsThenClosesBeforeFirstByte();
    void commitThenGatewayErrorPerformsThenAnswers5xx_data();
    void commitThenGatewayErrorPerformsThenAnswers5xx();
    void latencyDelaysTheReply();
    void unknownFaultModeIsRefused();
    void adminStateCountsTokensAndSessions();
    void adminLastCreateMasksTheOtp();
    void adminRoutesRefuseNonLoopbackCallers();
    void cleanupTestCase();

private:
    SandboxProcess m_sandbox;
    QByteArray m_session;
};

static const QByteArray kCreateBody = R"({"label":"fault test","otp":"0000000","scope":["openid"]})";

void TestSandboxFaults::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_session = m_sandbox.loginPlaintext();
    QVERIFY(hmac::isHmacToken(m_session));
}

void TestSandboxFaults::init()
{
    QVERIFY(m_sandbox.clearFaults());
}

void TestSandboxFaults::cleanupTestCase()
{
    QCOMPARE(m_sandbox.stop(), 0);
}

void TestSandboxFaults::statusFaultsAnswerWithoutPerformingTheRequest_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("status");
    QTest::newRow("500") << QStringLiteral("500") << 500;
    QTest::newRow("503") << QStringLiteral("503") << 503;
    QTest::newRow("429") << QStringLiteral("429") << 429;
}

void TestSandboxFaults::statusFaultsAnswerWithoutPerformingTheRequest()
{
    QFETCH(QString, mode);
    QFETCH(int, status);
    const int before = m_sandbox.liveTokenCount();
    QVERIFY(m_sandbox.setFault(mode, {{QStringLiteral("retryAfter"), 7}}));
    const RawHttpReply reply = m_sandbox.signedRequest(m_session, "POST", "/api/v1/user/accesstoken", kCreateBody);
    QCOMPARE(reply.status, status);
    QVERIFY(reply.complete);
    QVERIFY(!reply.json().value(QStringLiteral("requestId")).toString().isEmpty());
    QCOMPARE(reply.header("Retry-After"), status == 429 ? QByteArray("7") : QByteArray());
    QCOMPARE(m_sandbox.liveTokenCount(), before);
}

void TestSandboxFaults::faultCountLimitsItToNextRequests()
{
    QVERIFY(m_sandbox.setFault(QStringLiteral("503"), {{QStringLiteral("count"), 2}}));
    QCOMPARE(m_sandbox.signedRequest(m_session, "GET", "/api/v1/user/me").status, 503);
    QCOMPARE(m_sandbox.signedRequest(m_session, "GET", "/api/v1/user/me").status, 503);
    QCOMPARE(m_sandbox.signedRequest(m_session, "GET", "/api/v1/user/me").status, 200);
    QVERIFY(m_sandbox.admin("GET", QStringLiteral("/_sandbox/faults"))
                .object()
                .value(QStringLiteral("faults"))
                .toArray()
                .isEmpty());
}

void TestSandboxFaults::faultPathPrefixLimitsItToMatchingPaths()
{
    QVERIFY(
        m_sandbox.setFault(QStringLiteral("500"), {{QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/user/me")}}));
    QCOMPARE(m_sandbox.signedRequest(m_session, "GET", "/api/v1/user/session").status, 200);
    QCOMPARE(m_sandbox.signedRequest(m_session, "GET", "/api/v1/user/me").status, 500);
    // Admin routes are never faulted.
    int status = 0;
    m_sandbox.admin("GET", QStringLiteral("/_sandbox/state"), {}, &status);
    QCOMPARE(status, 200);
}

void TestSandboxFaults::malformedJsonIsSignedButUnparsable()
{
    QVERIFY(m_sandbox.setFault(QStringLiteral("malformed-json"), {{QStringLiteral("count"), 1}}));
    const RawHttpReply reply = m_sandbox.signedRequest(m_session, "GET", "/api/v1/user/me");
    QCOMPARE(reply.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QVERIFY(SandboxProcess::verifyResponse(m_session, "GET", "/api/v1/user/me", reply));
}

void TestSandboxFaults::wrongHmacFailsVerification()
{
    QVERIFY(m_sandbox.setFault(QStringLiteral("wrong-hmac"), {{QStringLiteral("count"), 1}}));
    RawHttpReply reply = m_sandbox.signedRequest(m_session, "GET", "/api/v1/user/me");
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.header("HMAC").isEmpty());
    QVERIFY(!SandboxProcess::verifyResponse(m_session, "GET", "/api/v1/user/me", reply));
    reply = m_sandbox.signedRequest(m_session, "GET", "/api/v1/user/me");
    QVERIFY(SandboxProcess::verifyResponse(m_session, "GET", "/api/v1/user/me", reply));
}

void TestSandboxFaults::staleTimestampIsOutsideTheV3Window()
{
    QVERIFY(m_sandbox.setFault(QStringLiteral("stale-timestamp"), {{QStringLiteral("count"), 1}}));
    const RawHttpReply reply = m_sandbox.signedRequest(m_session, "GET", "/api/v1/user/me", {}, HmacVersion::V3);
    QCOMPARE(reply.status, 200);
    QVERIFY(SandboxProcess::verifyResponse(m_session, "GET", "/api/v1/user/me", reply, HmacVersion::V3));
    QVERIFY(!hmac::isWithinV3Window(reply.header("Timestamp").toLongLong(), QDateTime::currentMSecsSinceEpoch()));
}

void TestSandboxFaults::dropMidBodyCutsTheReplyShort()
{
    QVERIFY(m_sandbox.setFault(QStringLiteral("drop-mid-body"), {{QStringLiteral("count"), 1}}));
    const RawHttpReply reply = m_sandbox.signedRequest(m_session, "GET", "/api/v1/user/me");
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.complete);
    QVERIFY(reply.closedByPeer);
    QVERIFY(!reply.timedOut);
    QVERIFY(reply.body.size() < reply.header("Content-Length").toLongLong());
}

void TestSandboxFaults::closeAfterCommitPerformsThenClosesBeforeFirstByte()
{
    const int before = m_sandbox.liveTokenCount();
    QVERIFY(
        m_sandbox.setFault(QStringLiteral("close-after-commit"),
                           {{QStringLiteral("count"), 1}, {QStringLiteral("pathPrefix"), QStringLiteral("/api/v2/")}}));
    const RawHttpReply reply = m_sandbox.signedRequest(m_session, "POST", "/api/v2/user/accesstoken", kCreateBody);
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.rawBytes.isEmpty());
    QVERIFY(reply.closedByPeer);
    QVERIFY(!reply.timedOut);
    QCOMPARE(m_sandbox.liveTokenCount(), before + 1); // the create was performed
}

void TestSandboxFaults::commitThenGatewayErrorPerformsThenAnswers5xx_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("status");
    QTest::newRow("502") << QStringLiteral("commit-then-502") << 502;
    QTest::newRow("504") << QStringLiteral("commit-then-504") << 504;
}

void TestSandboxFaults::commitThenGatewayErrorPerformsThenAnswers5xx()
{
    QFETCH(QString, mode);
    QFETCH(int, status);
    const int before = m_sandbox.liveTokenCount();
    QVERIFY(m_sandbox.setFault(
        mode, {{QStringLiteral("count"), 1}, {QStringLiteral("pathPrefix"), QStringLiteral("/api/v2/")}}));
    const RawHttpReply reply = m_sandbox.signedRequest(m_session, "POST", "/api/v2/user/accesstoken", kCreateBody);
    QCOMPARE(reply.status, status);
    QVERIFY(reply.header("HMAC").isEmpty());          // an edge's page: nothing the client could verify
    QCOMPARE(m_sandbox.liveTokenCount(), before + 1); // the create was performed
}

void TestSandboxFaults::latencyDelaysTheReply()
{
    // A client deadline (500 ms) far below the added latency (5 s) runs out first...
    QVERIFY(m_sandbox.setFault(QStringLiteral("latency"),
                               {{QStringLiteral("count"), 1}, {QStringLiteral("latencyMs"), 5000}}));
    const RawHttpReply cut = m_sandbox.raw().request("GET", "/api/v1/client/constants", {}, {}, 500);
    QVERIFY(cut.timedOut);
    QCOMPARE(cut.status, 0);
    // ...and without a fault the same request is answered.
    const RawHttpReply normal = m_sandbox.raw().request("GET", "/api/v1/client/constants", {}, {}, 10000);
    QCOMPARE(normal.status, 200);
}

void TestSandboxFaults::unknownFaultModeIsRefused()
{
    int status = 0;
    const QJsonObject reply = m_sandbox
                                  .admin("POST", QStringLiteral("/_sandbox/faults"),
                                         {{QStringLiteral("mode"), QStringLiteral("explode")}}, &status)
                                  .object();
    QCOMPARE(status, 400);
    QCOMPARE(reply.value(QStringLiteral("name")).toString(), QStringLiteral("InvalidFault"));
}

void TestSandboxFaults::adminStateCountsTokensAndSessions()
{
    const QJsonObject before = m_sandbox.admin("GET", QStringLiteral("/_sandbox/state")).object();
    const QJsonObject counts = before.value(QStringLiteral("counts")).toObject();
    QVERIFY(!m_sandbox.loginPlaintext().isEmpty());
    QJsonObject doc;
    QVERIFY(!m_sandbox.createTokenDirect({{QStringLiteral("label"), QStringLiteral("counted")}}, &doc).isEmpty());
    const QJsonObject after = m_sandbox.admin("GET", QStringLiteral("/_sandbox/state")).object();
    const QJsonObject counts2 = after.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts2.value(QStringLiteral("liveSessions")).toInt(),
             counts.value(QStringLiteral("liveSessions")).toInt() + 1);
    QCOMPARE(counts2.value(QStringLiteral("liveTokens")).toInt(),
             counts.value(QStringLiteral("liveTokens")).toInt() + 1);
    // Secrets never appear in the state listing.
    const QByteArray text = QJsonDocument(after).toJson();
    QVERIFY(!text.contains(m_session));
    QVERIFY(!text.contains("\"token\""));
    bool found = false;
    const QJsonArray tokens = after.value(QStringLiteral("tokens")).toArray();
    for (const QJsonValue &t : tokens)
        found = found || t.toObject().value(QStringLiteral("id")) == doc.value(QStringLiteral("id"));
    QVERIFY(found);
}

void TestSandboxFaults::adminLastCreateMasksTheOtp()
{
    QCOMPARE(m_sandbox
                 .signedRequest(m_session, "POST", "/api/v1/user/accesstoken",
                                R"({"label":"recorded","otp":"0000000","scope":["openid"],"duration":600})")
                 .status,
             200);
    const QJsonObject last = m_sandbox.admin("GET", QStringLiteral("/_sandbox/last-create")).object();
    const QJsonObject body = last.value(QStringLiteral("body")).toObject();
    QCOMPARE(body.value(QStringLiteral("label")).toString(), QStringLiteral("recorded"));
    QCOMPARE(body.value(QStringLiteral("duration")).toInt(), 600);
    QCOMPARE(body.value(QStringLiteral("otp")).toString(), QStringLiteral("<redacted>"));
}

void TestSandboxFaults::adminRoutesRefuseNonLoopbackCallers()
{
    // Needs an address of this machine that is not loopback; the sandbox then listens on all interfaces.
    QHostAddress external;
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &a : addresses) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            external = a;
    }
    if (external.isNull())
        QSKIP("this machine has no non-loopback IPv4 address to call from");
    SandboxProcess open;
    QVERIFY2(open.start({QStringLiteral("--host"), QStringLiteral("0.0.0.0")}), qPrintable(open.errorString()));
    QUrl url = open.baseUrl();
    url.setHost(external.toString());
    const RawHttpReply refused = RawHttp(url).request("GET", "/_sandbox/state");
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.json().value(QStringLiteral("name")).toString(), QStringLiteral("Forbidden"));
    QCOMPARE(RawHttp(url).request("GET", "/api/v1/client/constants").status, 200);
    QCOMPARE(open.stop(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "TestSandboxFaults.moc"
