// Request authentication as the sandbox enforces it (protocol doc §2, §4): HMAC v2/v3 accepted and refused,
// response signing, v1 bearer for legacy tokens, and the raw-bearer v2x downgrade on create routes only.
#include "SandboxProcess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace bgtm;
using namespace bgtm::test;

class TestSandboxSigning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signedRequestIsAcceptedAndReplyIsSigned_data();
    void signedRequestIsAcceptedAndReplyIsSigned();
    void timestampWithinFiveMinutesIsAccepted();
    void badlySignedRequestIsRefused_data();
    void badlySignedRequestIsRefused();
    void rawBearerV2xTokenWorksOnlyOnCreateRoutes_data();
    void rawBearerV2xTokenWorksOnlyOnCreateRoutes();
    void legacyAccountUsesV1BearerTokens();
    void cleanupTestCase();

private:
    RawHttpReply sendSigned(const QByteArray &signingToken, const QByteArray &hashToken, const QByteArray &method,
                            const QByteArray &signedPath, const QByteArray &sentPath, const QByteArray &signedBody,
                            const QByteArray &sentBody, qint64 ts, HmacVersion version, const QByteArray &signedMethod,
                            const QByteArray &versionHeader);

    SandboxProcess m_sandbox;
    QByteArray m_session;
};

static const QByteArray kCreateBody = R"({"label":"signing test","otp":"0000000","scope":["wallet_view_all"]})";

void TestSandboxSigning::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_session = m_sandbox.loginPlaintext();
    QVERIFY(hmac::isHmacToken(m_session));
}

void TestSandboxSigning::cleanupTestCase()
{
    QCOMPARE(m_sandbox.stop(), 0);
}

void TestSandboxSigning::signedRequestIsAcceptedAndReplyIsSigned_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("v3");
    for (const bool v3 : {false, true}) {
        const char *v = v3 ? " v3" : " v2";
        QTest::addRow("GET me%s", v) << QByteArray("GET") << QByteArray("/api/v1/user/me") << QByteArray() << v3;
        QTest::addRow("GET session%s", v)
            << QByteArray("GET") << QByteArray("/api/v2/user/session") << QByteArray() << v3;
        QTest::addRow("GET list with query%s", v)
            << QByteArray("GET") << QByteArray("/api/v2/user/accesstoken?limit=5&sort=DESC") << QByteArray() << v3;
        QTest::addRow("POST create v1 route%s", v)
            << QByteArray("POST") << QByteArray("/api/v1/user/accesstoken") << kCreateBody << v3;
        QTest::addRow("POST create auth route%s", v)
            << QByteArray("POST") << QByteArray("/api/auth/v1/accesstoken") << kCreateBody << v3;
        QTest::addRow("POST lock%s", v) << QByteArray("POST") << QByteArray("/api/v1/user/lock") << QByteArray("{}")
                                        << v3;
    }
}

void TestSandboxSigning::signedRequestIsAcceptedAndReplyIsSigned()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(bool, v3);
    const HmacVersion version = v3 ? HmacVersion::V3 : HmacVersion::V2;
    const RawHttpReply reply = m_sandbox.signedRequest(m_session, method, path, body, version);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QVERIFY(SandboxProcess::verifyResponse(m_session, method, path, reply, version));
    // The same reply does not verify under the other version or another path: the signature binds both.
    QVERIFY(!SandboxProcess::verifyResponse(m_session, method, path, reply, v3 ? HmacVersion::V2 : HmacVersion::V3));
    QVERIFY(!SandboxProcess::verifyResponse(m_session, method, path + "x", reply, version));
    const qint64 ts = reply.header("Timestamp").toLongLong();
    QVERIFY(hmac::isWithinV3Window(ts, QDateTime::currentMSecsSinceEpoch()));
}

void TestSandboxSigning::timestampWithinFiveMinutesIsAccepted()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // 4 minutes either side: inside the ±5 min window with a minute of margin.
    QCOMPARE(m_sandbox.signedRequest(m_session, "GET", "/api/v1/user/me", {}, HmacVersion::V2, now - 4 * 60000).status,
             200);
    QCOMPARE(m_sandbox.signedRequest(m_session, "GET", "/api/v1/user/me", {}, HmacVersion::V3, now + 4 * 60000).status,
             200);
}

RawHttpReply TestSandboxSigning::sendSigned(const QByteArray &signingToken, const QByteArray &hashToken,
                                            const QByteArray &method, const QByteArray &signedPath,
                                            const QByteArray &sentPath, const QByteArray &signedBody,
                                            const QByteArray &sentBody, qint64 ts, HmacVersion version,
                                            const QByteArray &signedMethod, const QByteArray &versionHeader)
{
    const QByteArray subject = hmac::requestSubject(version, signedMethod, ts, signedPath, signedBody);
    QList<QPair<QByteArray, QByteArray>> headers {{"Authorization", "Bearer " + hmac::tokenHash(hashToken)},
                                                  {"Auth-Timestamp", QByteArray::number(ts)},
                                                  {"HMAC", hmac::sign(signingToken, subject)},
                                                  {"Content-Type", "application/json"}};
    if (!versionHeader.isEmpty())
        headers.append(qMakePair(QByteArray("BitGo-Auth-Version"), versionHeader));
    return m_sandbox.raw().request(method, sentPath, headers, sentBody);
}

void TestSandboxSigning::badlySignedRequestIsRefused_data()
{
    QTest::addColumn<QByteArray>("what");
    QTest::newRow("wrong key") << QByteArray("wrong key");
    QTest::newRow("re-serialised body") << QByteArray("re-serialised body");
    QTest::newRow("query left out of the subject") << QByteArray("query left out");
    QTest::newRow("stale timestamp") << QByteArray("stale");
    QTest::newRow("timestamp from the future") << QByteArray("future");
    QTest::newRow("v3 method mismatch") << QByteArray("v3 method");
    QTest::newRow("v2 subject sent as v3") << QByteArray("version mismatch");
    QTest::newRow("unsupported auth version") << QByteArray("version 4");
    QTest::newRow("unknown token") << QByteArray("unknown token");
    QTest::newRow("HMAC header missing") << QByteArray("no hmac");
}

void TestSandboxSigning::badlySignedRequestIsRefused()
{
    QFETCH(QByteArray, what);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QByteArray other = "v2x" + QByteArray(64, 'a');
    const QByteArray body = kCreateBody;
    const QByteArray pretty = QJsonDocument::fromJson(body).toJson(QJsonDocument::Indented);
    const QByteArray listPath = "/api/v2/user/accesstoken?limit=5";
    RawHttpReply reply;
    if (what == "wrong key")
        reply = sendSigned(other, m_session, "GET", "/api/v1/user/me", "/api/v1/user/me", {}, {}, now, HmacVersion::V2,
                           "GET", "2.0");
    else if (what == "re-serialised body")
        reply = sendSigned(m_session, m_session, "POST", "/api/v1/user/accesstoken", "/api/v1/user/accesstoken", body,
                           pretty, now, HmacVersion::V2, "POST", "2.0");
    else if (what == "query left out")
        reply = sendSigned(m_session, m_session, "GET", "/api/v2/user/accesstoken", listPath, {}, {}, now,
                           HmacVersion::V2, "GET", "2.0");
    else if (what == "stale")
        reply = sendSigned(m_session, m_session, "GET", "/api/v1/user/me", "/api/v1/user/me", {}, {}, now - 6 * 60000,
                           HmacVersion::V2, "GET", "2.0");
    else if (what == "future")
        reply = sendSigned(m_session, m_session, "GET", "/api/v1/user/me", "/api/v1/user/me", {}, {}, now + 6 * 60000,
                           HmacVersion::V2, "GET", "2.0");
    else if (what == "v3 method")
        reply = sendSigned(m_session, m_session, "POST", "/api/v1/user/lock", "/api/v1/user/lock", "{}", "{}", now,
                           HmacVersion::V3, "GET", "3.0");
    else if (what == "version mismatch")
        reply = sendSigned(m_session, m_session, "GET", "/api/v1/user/me", "/api/v1/user/me", {}, {}, now,
                           HmacVersion::V2, "GET", "3.0");
    else if (what == "version 4")
        reply = sendSigned(m_session, m_session, "GET", "/api/v1/user/me", "/api/v1/user/me", {}, {}, now,
                           HmacVersion::V2, "GET", "4.0");
    else if (what == "unknown token")
        reply = sendSigned(other, other, "GET", "/api/v1/user/me", "/api/v1/user/me", {}, {}, now, HmacVersion::V2,
                           "GET", "2.0");
    else if (what == "no hmac")
        reply = m_sandbox.raw().request("GET", "/api/v1/user/me",
                                        {{"Authorization", "Bearer " + hmac::tokenHash(m_session)},
                                         {"Auth-Timestamp", QByteArray::number(now)},
                                         {"BitGo-Auth-Version", "2.0"}});
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(QStringLiteral("name")).toString(), QStringLiteral("Unauthorized"));
    QCOMPARE(reply.header("x-auth-required"), QByteArray("true"));
    QVERIFY(reply.header("HMAC").isEmpty());
}

void TestSandboxSigning::rawBearerV2xTokenWorksOnlyOnCreateRoutes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("create v1") << QByteArray("POST") << QByteArray("/api/v1/user/accesstoken") << kCreateBody << 200;
    QTest::newRow("create v2") << QByteArray("POST") << QByteArray("/api/v2/user/accesstoken") << kCreateBody << 200;
    QTest::newRow("create auth") << QByteArray("POST") << QByteArray("/api/auth/v1/accesstoken") << kCreateBody << 200;
    QTest::newRow("list") << QByteArray("GET") << QByteArray("/api/v1/user/accesstoken") << QByteArray() << 401;
    QTest::newRow("me") << QByteArray("GET") << QByteArray("/api/v1/user/me") << QByteArray() << 401;
    QTest::newRow("session") << QByteArray("GET") << QByteArray("/api/v1/user/session") << QByteArray() << 401;
    QTest::newRow("revoke") << QByteArray("DELETE")
                            << QByteArray("/api/v1/user/accesstoken/0123456789abcdef0123456789abcdef") << QByteArray()
                            << 401;
    QTest::newRow("unlock") << QByteArray("POST") << QByteArray("/api/v1/user/unlock")
                            << QByteArray(R"({"otp":"0000000"})") << 401;
}

void TestSandboxSigning::rawBearerV2xTokenWorksOnlyOnCreateRoutes()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const RawHttpReply reply = m_sandbox.raw().request(
        method, path, {{"Authorization", "Bearer " + m_session}, {"Content-Type", "application/json"}}, body);
    QCOMPARE(reply.status, status);
    // The downgrade is never signed, and the new token comes back in plaintext (nothing to decrypt it with).
    QVERIFY(reply.header("HMAC").isEmpty());
    QVERIFY(reply.header("Timestamp").isEmpty());
    if (status == 200) {
        const QByteArray token = reply.json().value(QStringLiteral("token")).toString().toLatin1();
        QVERIFY(hmac::isHmacToken(token));
        QVERIFY(!reply.json().contains(QStringLiteral("encryptedToken")));
        QCOMPARE(m_sandbox.signedRequest(token, "GET", "/api/v1/user/session").status, 200);
    }
}

void TestSandboxSigning::legacyAccountUsesV1BearerTokens()
{
    const QByteArray legacy = m_sandbox.loginPlaintext(QLatin1String(SandboxProcess::legacyUsername),
                                                       QLatin1String(SandboxProcess::legacyPassword));
    QCOMPARE(legacy.size(), 64);
    QVERIFY(!hmac::isHmacToken(legacy));
    RawHttpReply reply = m_sandbox.signedRequest(legacy, "GET", "/api/v1/user/me");
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("HMAC").isEmpty());
    QCOMPARE(reply.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString(),
             QLatin1String(SandboxProcess::legacyUserId));
    reply = m_sandbox.signedRequest(legacy, "POST", "/api/v1/user/accesstoken", kCreateBody);
    QCOMPARE(reply.status, 200);
    const QByteArray created = reply.json().value(QStringLiteral("token")).toString().toLatin1();
    QCOMPARE(created.size(), 64);
    QCOMPARE(m_sandbox.signedRequest(created, "GET", "/api/v1/user/session").status, 200);
    // A wrong bearer is refused.
    QByteArray wrong = legacy;
    wrong[0] = wrong[0] == 'a' ? 'b' : 'a';
    QCOMPARE(m_sandbox.signedRequest(wrong, "GET", "/api/v1/user/me").status, 401);
}

QTEST_GUILESS_MAIN(TestSandboxSigning)
#include "TestSandboxSigning.moc"
