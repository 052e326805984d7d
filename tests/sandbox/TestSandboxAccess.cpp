// What a valid token may do at the sandbox: IP allow-lists against the caller's address, scope checks, revocation,
// expiry, session routes, v2 list paging and the amount formats (protocol doc §4–§6).
#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace bgtm;
using namespace bgtm::test;

class TestSandboxAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ipAllowListIsCheckedAgainstCaller_data();
    void ipAllowListIsCheckedAgainstCaller();
    void tokenManagementNeedsUserManageScope_data();
    void tokenManagementNeedsUserManageScope();
    void revokedTokenStopsWorkingAtOnce();
    void revokingUnknownTokenIsNotFound();
    void expiredAccessTokenIsRefused();
    void expiredSessionSaysSessionExpired();
    void unlockLockAndLogout();
    void unlockNeedsOtp();
    void verifyPasswordChecksHmacdPassword();
    void loginRefusals_data();
    void loginRefusals();
    void listPagesWithPrevId();
    void listRefusesBadPagingParameters_data();
    void listRefusesBadPagingParameters();
    void amountsAreNumbersByDefault();
    void amountsAsStringsStayExactBeyond2Pow64();
    void sessionTtlOptionShortensLogin();
    void unknownRouteIsBitGoShaped404();
    void cleanupTestCase();

private:
    SandboxProcess m_sandbox;
    QByteArray m_session;
};

void TestSandboxAccess::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_session = m_sandbox.loginPlaintext();
    QVERIFY(hmac::isHmacToken(m_session));
}

void TestSandboxAccess::cleanupTestCase()
{
    QCOMPARE(m_sandbox.stop(), 0);
}

void TestSandboxAccess::ipAllowListIsCheckedAgainstCaller_data()
{
    QTest::addColumn<QStringList>("ipRestrict");
    QTest::addColumn<int>("status");
    QTest::newRow("none") << QStringList() << 200;
    QTest::newRow("caller address") << QStringList {QStringLiteral("127.0.0.1")} << 200;
    QTest::newRow("caller /24") << QStringList {QStringLiteral("127.0.0.0/24")} << 200;
    QTest::newRow("caller among others") << QStringList {QStringLiteral("10.1.1.1"), QStringLiteral("127.0.0.1")}
                                         << 200;
    QTest::newRow("other address") << QStringList {QStringLiteral("10.0.0.1")} << 401;
    QTest::newRow("other /24") << QStringList {QStringLiteral("10.0.0.0/24")} << 401;
    QTest::newRow("neighbour /32") << QStringList {QStringLiteral("127.0.0.2/32")} << 401;
    QTest::newRow("ipv6 loopback is not the caller") << QStringList {QStringLiteral("::1")} << 401;
}

void TestSandboxAccess::ipAllowListIsCheckedAgainstCaller()
{
    QFETCH(QStringList, ipRestrict);
    QFETCH(int, status);
    const QByteArray token =
        m_sandbox.createTokenDirect({{QStringLiteral("scope"), QJsonArray {QStringLiteral("all")}},
                                     {QStringLiteral("ipRestrict"), QJsonArray::fromStringList(ipRestrict)}});
    QVERIFY(!token.isEmpty());
    const RawHttpReply reply = m_sandbox.signedRequest(token, "GET", "/api/v1/user/session");
    QCOMPARE(reply.status, status);
    if (status == 401) {
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized"));
    } else {
        const QJsonObject session = reply.json().value(QStringLiteral("session")).toObject();
        QCOMPARE(session.value(QStringLiteral("ipRestrict")).toArray(), QJsonArray::fromStringList(ipRestrict));
    }
}

void TestSandboxAccess::tokenManagementNeedsUserManageScope_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<int>("status");
    QTest::newRow("wallet_view_all") << QStringLiteral("wallet_view_all") << 403;
    QTest::newRow("user_manage") << QStringLiteral("user_manage") << 200;
    QTest::newRow("all") << QStringLiteral("all") << 200;
}

void TestSandboxAccess::tokenManagementNeedsUserManageScope()
{
    QFETCH(QString, scope);
    QFETCH(int, status);
    const QByteArray token = m_sandbox.createTokenDirect({{QStringLiteral("scope"), QJsonArray {scope}}});
    QVERIFY(!token.isEmpty());
    const RawHttpReply list = m_sandbox.signedRequest(token, "GET", "/api/v1/user/accesstoken");
    QCOMPARE(list.status, status);
    if (status == 403) {
        QCOMPARE(list.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("Access token lacks required scope for this action"));
    }
    // Any valid token may read its own session.
    QCOMPARE(m_sandbox.signedRequest(token, "GET", "/api/v1/user/session").status, 200);
}

void TestSandboxAccess::revokedTokenStopsWorkingAtOnce()
{
    QJsonObject document;
    const QByteArray token = m_sandbox.createTokenDirect({}, &document);
    const QString id = document.value(QStringLiteral("id")).toString();
    QCOMPARE(id.size(), 32);
    QCOMPARE(m_sandbox.signedRequest(token, "GET", "/api/v1/user/session").status, 200);

    const QByteArray path = "/api/v1/user/accesstoken/" + id.toLatin1();
    const RawHttpReply revoke = m_sandbox.signedRequest(m_session, "DELETE", path);
    QCOMPARE(revoke.status, 200);
    QVERIFY(SandboxProcess::verifyResponse(m_session, "DELETE", path, revoke));
    const QDateTime expires =
        QDateTime::fromString(revoke.json().value(QStringLiteral("expires")).toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(expires.msecsTo(QDateTime::currentDateTimeUtc())) < 60000);

    const RawHttpReply after = m_sandbox.signedRequest(token, "GET", "/api/v1/user/session");
    QCOMPARE(after.status, 401);
    QCOMPARE(after.header("x-auth-required"), QByteArray("true"));
    QCOMPARE(m_sandbox.signedRequest(m_session, "DELETE", path).status, 404);
    const QJsonArray listed = m_sandbox.signedRequest(m_session, "GET", "/api/v1/user/accesstoken")
                                  .json()
                                  .value(QStringLiteral("accessTokens"))
                                  .toArray();
    for (const QJsonValue &t : listed)
        QVERIFY(t.toObject().value(QStringLiteral("id")).toString() != id);
}

void TestSandboxAccess::revokingUnknownTokenIsNotFound()
{
    const RawHttpReply reply =
        m_sandbox.signedRequest(m_session, "DELETE", "/api/v2/user/accesstoken/ffffffffffffffffffffffffffffffff");
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json().value(QStringLiteral("name")).toString(), QStringLiteral("NotFound"));
}

void TestSandboxAccess::expiredAccessTokenIsRefused()
{
    const RawHttpReply created =
        m_sandbox.raw().request("POST", "/api/v1/user/accesstoken",
                                {{"Authorization", "Bearer " + m_session}, {"Content-Type", "application/json"}},
                                R"({"label":"short","otp":"0000000","scope":["openid"],"duration":1})");
    QCOMPARE(created.status, 200);
    const QByteArray token = created.json().value(QStringLiteral("token")).toString().toLatin1();
    QVERIFY(hmac::isHmacToken(token));
    // Poll until the one-second lifetime has passed (deadline with a wide margin; no timing assertion).
    QDeadlineTimer deadline(15000);
    int status = 0;
    while (!deadline.hasExpired()) {
        status = m_sandbox.signedRequest(token, "GET", "/api/v1/user/session").status;
        if (status == 401)
            break;
        QThread::msleep(200);
    }
    QCOMPARE(status, 401);
}

void TestSandboxAccess::expiredSessionSaysSessionExpired()
{
    const QByteArray session = m_sandbox.loginPlaintext();
    QCOMPARE(m_sandbox.signedRequest(session, "GET", "/api/v1/user/me").status, 200);
    const QString id = m_sandbox.signedRequest(session, "GET", "/api/v1/user/session")
                           .json()
                           .value(QStringLiteral("session"))
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    const QJsonObject expired =
        m_sandbox.admin("POST", QStringLiteral("/_sandbox/sessions/expire"), {{QStringLiteral("id"), id}}).object();
    QCOMPARE(expired.value(QStringLiteral("expired")).toInt(), 1);
    const RawHttpReply reply = m_sandbox.signedRequest(session, "GET", "/api/v1/user/me");
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("session expired"));
    QCOMPARE(m_sandbox.signedRequest(m_session, "GET", "/api/v1/user/me").status, 200); // others unaffected
}

void TestSandboxAccess::unlockLockAndLogout()
{
    const QByteArray session = m_sandbox.loginPlaintext();
    RawHttpReply reply = m_sandbox.signedRequest(session, "GET", "/api/v1/user/session");
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json().value(QStringLiteral("session")).toObject().contains(QStringLiteral("unlock")));

    reply = m_sandbox.signedRequest(session, "POST", "/api/v1/user/unlock", R"({"otp":"0000000","duration":60})");
    QCOMPARE(reply.status, 200);
    QVERIFY(SandboxProcess::verifyResponse(session, "POST", "/api/v1/user/unlock", reply));
    const QJsonObject unlock =
        reply.json().value(QStringLiteral("session")).toObject().value(QStringLiteral("unlock")).toObject();
    QVERIFY(unlock.contains(QStringLiteral("expires")));
    QVERIFY(m_sandbox.signedRequest(session, "GET", "/api/v2/user/session")
                .json()
                .value(QStringLiteral("session"))
                .toObject()
                .contains(QStringLiteral("unlock")));

    reply = m_sandbox.signedRequest(session, "POST", "/api/v1/user/lock", "{}");
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json().value(QStringLiteral("session")).toObject().contains(QStringLiteral("unlock")));

    reply = m_sandbox.signedRequest(session, "GET", "/api/v1/user/me");
    QCOMPARE(reply.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("username")).toString(),
             QLatin1String(SandboxProcess::demoUsername));

    QCOMPARE(m_sandbox.signedRequest(session, "GET", "/api/v1/user/logout").status, 200);
    QCOMPARE(m_sandbox.signedRequest(session, "GET", "/api/v1/user/me").status, 401);
}

void TestSandboxAccess::unlockNeedsOtp()
{
    RawHttpReply reply = m_sandbox.signedRequest(m_session, "POST", "/api/v1/user/unlock", R"({"duration":60})");
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(QStringLiteral("needsOTP")).toBool(), true);
    reply = m_sandbox.signedRequest(m_session, "POST", "/api/v1/user/unlock", R"({"otp":"0000000","duration":3601})");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("context")).toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("duration"));
}

void TestSandboxAccess::verifyPasswordChecksHmacdPassword()
{
    const QJsonObject good = SandboxProcess::loginBody(QLatin1String(SandboxProcess::demoUsername),
                                                       QLatin1String(SandboxProcess::demoPassword), {}, false);
    const QByteArray right =
        QJsonDocument(QJsonObject {{QStringLiteral("password"), good.value(QStringLiteral("password"))}})
            .toJson(QJsonDocument::Compact);
    RawHttpReply reply = m_sandbox.signedRequest(m_session, "POST", "/api/v1/user/verifypassword", right);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("valid")).toBool(), true);
    const QJsonObject bad = SandboxProcess::loginBody(QLatin1String(SandboxProcess::demoUsername),
                                                      QStringLiteral("not the password"), {}, false);
    const QByteArray wrong =
        QJsonDocument(QJsonObject {{QStringLiteral("password"), bad.value(QStringLiteral("password"))}})
            .toJson(QJsonDocument::Compact);
    reply = m_sandbox.signedRequest(m_session, "POST", "/api/v2/user/verifypassword", wrong);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("valid")).toBool(), false);
    QCOMPARE(m_sandbox.signedRequest(m_session, "POST", "/api/v1/user/verifypassword", "{}").status, 400);
}

void TestSandboxAccess::loginRefusals_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("otp");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("needsOtp");
    const QString demo = QLatin1String(SandboxProcess::demoUsername);
    const QString pw = QLatin1String(SandboxProcess::demoPassword);
    QTest::newRow("wrong password") << demo << QStringLiteral("nope") << QStringLiteral("0000000") << 401 << false;
    QTest::newRow("unknown user") << QStringLiteral("x@y.z") << pw << QStringLiteral("0000000") << 401 << false;
    QTest::newRow("wrong otp") << demo << pw << QStringLiteral("1111111") << 401 << true;
    QTest::newRow("missing otp") << demo << pw << QString() << 401 << true;
    QTest::newRow("upper-case username is the same user")
        << demo.toUpper() << pw << QStringLiteral("0000000") << 200 << false;
}

void TestSandboxAccess::loginRefusals()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, otp);
    QFETCH(int, status);
    QFETCH(bool, needsOtp);
    QJsonObject body = SandboxProcess::loginBody(username, password, otp, true);
    if (otp.isNull())
        body.remove(QStringLiteral("otp"));
    const RawHttpReply reply = m_sandbox.raw().requestJson("POST", "/api/v1/user/login", body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json().contains(QStringLiteral("needsOTP")), needsOtp);
    QCOMPARE(reply.json().contains(QStringLiteral("access_token")), status == 200);
    QVERIFY(reply.header("HMAC").isEmpty()); // login replies are never signed
}

void TestSandboxAccess::listPagesWithPrevId()
{
    QVERIFY(m_sandbox.admin("POST", QStringLiteral("/_sandbox/reset")).isObject());
    m_session = m_sandbox.loginPlaintext(); // the reset forgot every session
    const QByteArray session = m_session;
    QSet<QString> created;
    for (int i = 0; i < 5; ++i) {
        QJsonObject doc;
        QVERIFY(!m_sandbox.createTokenDirect({{QStringLiteral("label"), QStringLiteral("page %1").arg(i)}}, &doc)
                     .isEmpty());
        created.insert(doc.value(QStringLiteral("id")).toString());
    }
    QSet<QString> seen;
    QStringList order;
    QString prevId;
    for (int page = 0; page < 5; ++page) {
        QByteArray path = "/api/v2/user/accesstoken?limit=2";
        if (!prevId.isEmpty())
            path += "&prevId=" + prevId.toLatin1();
        const RawHttpReply reply = m_sandbox.signedRequest(session, "GET", path);
        QCOMPARE(reply.status, 200);
        QVERIFY(SandboxProcess::verifyResponse(session, "GET", path, reply));
        const QJsonArray tokens = reply.json().value(QStringLiteral("accessTokens")).toArray();
        QVERIFY(tokens.size() <= 2);
        for (const QJsonValue &t : tokens) {
            QVERIFY(!t.toObject().contains(QStringLiteral("token")));
            seen.insert(t.toObject().value(QStringLiteral("id")).toString());
            order << t.toObject().value(QStringLiteral("id")).toString();
        }
        prevId = reply.json().value(QStringLiteral("nextBatchPrevId")).toString();
        if (prevId.isEmpty())
            break;
    }
    QCOMPARE(seen, created);
    QCOMPARE(order.size(), 5);
    const QJsonArray descending = m_sandbox.signedRequest(session, "GET", "/api/v2/user/accesstoken?sort=DESC")
                                      .json()
                                      .value(QStringLiteral("accessTokens"))
                                      .toArray();
    QCOMPARE(descending.size(), 5);
    QCOMPARE(descending.first().toObject().value(QStringLiteral("id")).toString(), order.last());
    // v1 has no paging: everything at once.
    QCOMPARE(m_sandbox.signedRequest(session, "GET", "/api/v1/user/accesstoken")
                 .json()
                 .value(QStringLiteral("accessTokens"))
                 .toArray()
                 .size(),
             5);
}

void TestSandboxAccess::listRefusesBadPagingParameters_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("limit 0") << QByteArray("limit=0") << QStringLiteral("limit");
    QTest::newRow("limit 201") << QByteArray("limit=201") << QStringLiteral("limit");
    QTest::newRow("limit text") << QByteArray("limit=ten") << QStringLiteral("limit");
    QTest::newRow("sort sideways") << QByteArray("sort=UP") << QStringLiteral("sort");
    QTest::newRow("unknown prevId") << QByteArray("prevId=ffffffffffffffffffffffffffffffff")
                                    << QStringLiteral("prevId");
}

void TestSandboxAccess::listRefusesBadPagingParameters()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, field);
    const RawHttpReply reply = m_sandbox.signedRequest(m_session, "GET", "/api/v2/user/accesstoken?" + query);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("context")).toObject().value(QStringLiteral("field")).toString(), field);
    QCOMPARE(m_sandbox.signedRequest(m_session, "GET", "/api/v2/user/accesstoken?limit=200").status, 200);
}

void TestSandboxAccess::amountsAreNumbersByDefault()
{
    const RawHttpReply reply = m_sandbox.raw().request(
        "POST", "/api/v1/user/accesstoken",
        {{"Authorization", "Bearer " + m_session}, {"Content-Type", "application/json"}},
        R"({"label":"limits","otp":"0000000","scope":["wallet_spend_all"],"spendingLimits":[{"coin":"tbtc","txValueLimit":"1000000000"}]})");
    QCOMPARE(reply.status, 200);
    const QJsonObject tbtc = reply.json()
                                 .value(QStringLiteral("unlock"))
                                 .toObject()
                                 .value(QStringLiteral("spendingLimits"))
                                 .toObject()
                                 .value(QStringLiteral("tbtc"))
                                 .toObject();
    QVERIFY(tbtc.value(QStringLiteral("txValueLimit")).isDouble());
    QCOMPARE(tbtc.value(QStringLiteral("txValueLimit")).toInteger(), 1000000000);
    QCOMPARE(tbtc.value(QStringLiteral("txValue")).toInteger(), 0);
}

void TestSandboxAccess::amountsAsStringsStayExactBeyond2Pow64()
{
    SandboxProcess strings;
    QVERIFY2(strings.start({QStringLiteral("--amounts-as"), QStringLiteral("strings")}),
             qPrintable(strings.errorString()));
    QJsonObject doc;
    const QByteArray token = strings.createTokenDirect(
        {{QStringLiteral("spendingLimits"),
          QJsonArray {QJsonObject {{QStringLiteral("coin"), QStringLiteral("hteth")},
                                   {QStringLiteral("txValueLimit"), QStringLiteral("100000000000000000000000")}}}}},
        &doc);
    QVERIFY(!token.isEmpty());
    const QString id = doc.value(QStringLiteral("id")).toString();
    for (int i = 0; i < 2; ++i) {
        int status = 0;
        strings.admin("POST", QStringLiteral("/_sandbox/spend"),
                      {{QStringLiteral("id"), id},
                       {QStringLiteral("coin"), QStringLiteral("hteth")},
                       {QStringLiteral("amount"), QStringLiteral("18446744073709551616")}},
                      &status);
        QCOMPARE(status, 200);
    }
    const RawHttpReply session = strings.signedRequest(token, "GET", "/api/v1/user/session");
    QCOMPARE(session.status, 200);
    const QJsonObject hteth = session.json()
                                  .value(QStringLiteral("session"))
                                  .toObject()
                                  .value(QStringLiteral("unlock"))
                                  .toObject()
                                  .value(QStringLiteral("spendingLimits"))
                                  .toObject()
                                  .value(QStringLiteral("hteth"))
                                  .toObject();
    QCOMPARE(hteth.value(QStringLiteral("txValue")).toString(), QStringLiteral("36893488147419103232"));
    QCOMPARE(hteth.value(QStringLiteral("txValueLimit")).toString(), QStringLiteral("100000000000000000000000"));
    QCOMPARE(hteth.value(QStringLiteral("txCount")).toInt(), 2);
    QCOMPARE(strings.stop(), 0);
}

void TestSandboxAccess::sessionTtlOptionShortensLogin()
{
    SandboxProcess shortLived;
    QVERIFY2(shortLived.start({QStringLiteral("--session-ttl"), QStringLiteral("120")}),
             qPrintable(shortLived.errorString()));
    const RawHttpReply reply = shortLived.raw().requestJson(
        "POST", "/api/auth/v1/session",
        SandboxProcess::loginBody(QLatin1String(SandboxProcess::demoUsername),
                                  QLatin1String(SandboxProcess::demoPassword), QStringLiteral("0000000"), true));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("expires_in")).toInt(), 120);
    const qint64 expiresAt = reply.json().value(QStringLiteral("expires_at")).toInteger();
    QVERIFY(qAbs(expiresAt - (QDateTime::currentSecsSinceEpoch() + 120)) < 60);
    QCOMPARE(shortLived.stop(), 0);
}

void TestSandboxAccess::unknownRouteIsBitGoShaped404()
{
    const RawHttpReply reply = m_sandbox.signedRequest(m_session, "GET", "/api/v1/wallets");
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json().value(QStringLiteral("name")).toString(), QStringLiteral("NotFound"));
    QVERIFY(!reply.json().value(QStringLiteral("requestId")).toString().isEmpty());
    const RawHttpReply constants = m_sandbox.raw().request("GET", "/api/v1/client/constants");
    QCOMPARE(constants.status, 200);
    QVERIFY(constants.json().contains(QStringLiteral("constants")));
}

QTEST_GUILESS_MAIN(TestSandboxAccess)
#include "TestSandboxAccess.moc"
