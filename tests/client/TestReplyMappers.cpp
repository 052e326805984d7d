// Unit tests of the pure reply mappers: JSON bytes → typed values, error bodies → Error (protocol doc §3–§6).
#include "net/ReplyMappers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace bgtm;

Q_DECLARE_METATYPE(bgtm::ErrorKind)
Q_DECLARE_METATYPE(bgtm::CallKind)

class TestReplyMappers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void amountsFollowTheExactnessRules_data();
    void amountsFollowTheExactnessRules();
    void createReplyAcceptsSecretUnderTokenOrAccessToken_data();
    void createReplyAcceptsSecretUnderTokenOrAccessToken();
    void createReplyToleratesTheGuideShapeWithLifetime();
    void createReplyKeepsEncryptedTokenParts();
    void createReplyWithoutAnySecretIsMalformed();
    void loginReplyPlaintextAndEcdhShapes();
    void tokenPageReadsLimitsAndPaging();
    void tokenDatesReadExactlyAsQtReadsIsoDates_data();
    void tokenDatesReadExactlyAsQtReadsIsoDates();
    void sessionInfoReadsUnlock();
    void hostileInputIsMalformedNeverACrash_data();
    void hostileInputIsMalformedNeverACrash();
    void errorBodiesMapToKinds_data();
    void errorBodiesMapToKinds();
    void errorKeepsBitGoFieldsForSupport();
    void retryAfterReadsSecondsAndDates();
};

void TestReplyMappers::amountsFollowTheExactnessRules_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("exact");
    QTest::newRow("string is exact") << QByteArray(R"({"v":"1000000000"})") << true << "1000000000" << true;
    QTest::newRow("string beyond 2^64 stays exact")
        << QByteArray(R"({"v":"123456789012345678901234567890"})") << true << "123456789012345678901234567890" << true;
    QTest::newRow("small number is exact") << QByteArray(R"({"v":12345})") << true << "12345" << true;
    QTest::newRow("2^53-1 is exact") << QByteArray(R"({"v":9007199254740991})") << true << "9007199254740991" << true;
    QTest::newRow("2^53 is approximate") << QByteArray(R"({"v":9007199254740992})") << true << "9007199254740992"
                                         << false;
    QTest::newRow("2^53+1 kept as parsed, approximate")
        << QByteArray(R"({"v":9007199254740993})") << true << "9007199254740993" << false;
    QTest::newRow("beyond 2^63 is approximate")
        << QByteArray(R"({"v":100000000000000000000})") << true << "100000000000000000000" << false;
    QTest::newRow("fraction is approximate") << QByteArray(R"({"v":1.5})") << true << "2" << false;
    QTest::newRow("negative refused") << QByteArray(R"({"v":-5})") << false << "" << false;
    QTest::newRow("signed string refused") << QByteArray(R"({"v":"-5"})") << false << "" << false;
    QTest::newRow("leading zero string refused") << QByteArray(R"({"v":"007"})") << false << "" << false;
    QTest::newRow("exponent string refused") << QByteArray(R"({"v":"1e9"})") << false << "" << false;
    QTest::newRow("bool refused") << QByteArray(R"({"v":true})") << false << "" << false;
    QTest::newRow("zero string is exact") << QByteArray(R"({"v":"0"})") << true << "0" << true;
    QTest::newRow("empty string refused") << QByteArray(R"({"v":""})") << false << "" << false;
    QTest::newRow("trailing newline refused") << QByteArray(R"({"v":"1000\n"})") << false << "" << false;
    QTest::newRow("space refused") << QByteArray(R"({"v":" 1000"})") << false << "" << false;
    QTest::newRow("non-ASCII digit refused") << QByteArray(R"({"v":"1\u0663"})") << false << "" << false;
}

void TestReplyMappers::amountsFollowTheExactnessRules()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, present);
    QFETCH(QString, digits);
    QFETCH(bool, exact);
    const auto value = mappers::amount(QJsonDocument::fromJson(json).object().value(QLatin1String("v")));
    QCOMPARE(value.has_value(), present);
    if (present) {
        QCOMPARE(value->digits, digits);
        QCOMPARE(value->exact, exact);
    }
}

void TestReplyMappers::createReplyAcceptsSecretUnderTokenOrAccessToken_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("seed shape: token") << QByteArray(
        R"({"id":"0123456789abcdef0123456789abcdef","token":"v2xsecret","label":"ci","scope":["wallet_view_all"],)"
        R"("created":"2026-01-01T00:00:00.000Z","expires":"2027-01-01T00:00:00.000Z","isExtensible":false,)"
        R"("unlock":{"spendingLimits":{"tbtc":{"txCount":1,"txValue":"10","txValueLimit":"1000000000"}}}})");
    QTest::newRow("access_token") << QByteArray(
        R"({"id":"0123456789abcdef0123456789abcdef","access_token":"v2xsecret","label":"ci"})");
}

void TestReplyMappers::createReplyAcceptsSecretUnderTokenOrAccessToken()
{
    QFETCH(QByteArray, json);
    const auto reply = mappers::createReply(json, QDateTime::currentDateTimeUtc());
    QVERIFY(reply.ok());
    QVERIFY(reply.value().secret == SecretBytes(QByteArrayLiteral("v2xsecret")));
    QVERIFY(!reply.value().isEncrypted());
    QCOMPARE(reply.value().token.id, QStringLiteral("0123456789abcdef0123456789abcdef"));
    QCOMPARE(reply.value().token.label, QStringLiteral("ci"));
}

void TestReplyMappers::createReplyToleratesTheGuideShapeWithLifetime()
{
    // Seed 001's sample result: no id, expires_at as a 10-year lifetime, user as an object.
    const QByteArray json = R"({"access_token":"9b72c68ef394f5146f0f3efc1feafb7a971752cb00e79fafcfd8c1d2db83639c",)"
                            R"("expires_at":315360000,"scope":["openid","profile"],)"
                            R"("user":{"id":"59cd72485007a239fb00282ed480da1f","username":"user@example.com"}})";
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate);
    const auto reply = mappers::createReply(json, now);
    QVERIFY(reply.ok());
    QCOMPARE(reply.value().secret.size(), 64);
    QCOMPARE(reply.value().token.user, QStringLiteral("59cd72485007a239fb00282ed480da1f"));
    QCOMPARE(reply.value().token.expires, now.addSecs(315360000));
    QCOMPARE(reply.value().token.scope, QStringList({QStringLiteral("openid"), QStringLiteral("profile")}));
}

void TestReplyMappers::createReplyKeepsEncryptedTokenParts()
{
    const QByteArray json = R"({"id":"0123456789abcdef0123456789abcdef","derivationPath":"m/999999/1/2",)"
                            R"("encryptedToken":"{\"iv\":\"x\"}","label":"x"})";
    const auto reply = mappers::createReply(json, QDateTime::currentDateTimeUtc());
    QVERIFY(reply.ok());
    QVERIFY(reply.value().isEncrypted());
    QCOMPARE(reply.value().derivationPath, QStringLiteral("m/999999/1/2"));
    QCOMPARE(reply.value().encryptedToken, QByteArray(R"({"iv":"x"})"));
}

void TestReplyMappers::createReplyWithoutAnySecretIsMalformed()
{
    const auto reply =
        mappers::createReply(R"({"id":"0123456789abcdef0123456789abcdef"})", QDateTime::currentDateTimeUtc());
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error().kind, ErrorKind::MalformedReply);
}

void TestReplyMappers::loginReplyPlaintextAndEcdhShapes()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto plain = mappers::loginReply(
        R"({"access_token":"v2xabc","expires_in":3600,"scope":["openid"],"user":{"id":"u1","username":"a@b.c",)"
        R"("name":{"full":"A B"},"email":{"email":"a@b.c"}}})",
        now);
    QVERIFY(plain.ok());
    QVERIFY(!plain.value().isEcdh());
    QCOMPARE(plain.value().expires, now.addSecs(3600));
    QCOMPARE(plain.value().user.id, QStringLiteral("u1"));
    QCOMPARE(plain.value().user.fullName, QStringLiteral("A B"));
    QCOMPARE(plain.value().user.email, QStringLiteral("a@b.c"));

    const auto ecdh = mappers::loginReply(R"({"encryptedECDHXprv":"{}","derivationPath":"m/1/2",)"
                                          R"("encryptedToken":"{}","user":{"id":"u1"}})",
                                          now);
    QVERIFY(ecdh.ok());
    QVERIFY(ecdh.value().isEcdh());

    const auto neither = mappers::loginReply(R"({"user":{"id":"u1"}})", now);
    QVERIFY(!neither.ok());
    QCOMPARE(neither.error().kind, ErrorKind::MalformedReply);
}

void TestReplyMappers::tokenPageReadsLimitsAndPaging()
{
    const auto page =
        mappers::tokenPage(R"({"accessTokens":[{"id":"a","label":"one","unlock":{"spendingLimits":{"teth":)"
                           R"({"txCount":0,"txValue":0,"txValueLimit":"1000000000000000000000"}}}},{"id":"b"}],)"
                           R"("nextBatchPrevId":"b"})");
    QVERIFY(page.ok());
    QCOMPARE(page.value().tokens.size(), 2);
    QCOMPARE(page.value().nextBatchPrevId, QStringLiteral("b"));
    const SpendingUsage &usage = page.value().tokens.first().spendingLimits.first();
    QCOMPARE(usage.coin, QStringLiteral("teth"));
    QCOMPARE(usage.txValueLimit.digits, QStringLiteral("1000000000000000000000"));
    QVERIFY(usage.txValueLimit.exact);
}

void TestReplyMappers::tokenDatesReadExactlyAsQtReadsIsoDates_data()
{
    QTest::addColumn<QString>("text");
    // The servers' format (read by a fast path) and its neighbours (left to Qt): the result must not differ.
    QTest::newRow("utc with milliseconds") << QStringLiteral("2026-06-01T12:34:56.789Z");
    QTest::newRow("utc without milliseconds") << QStringLiteral("2026-06-01T12:34:56Z");
    QTest::newRow("leap day") << QStringLiteral("2028-02-29T00:00:00.000Z");
    QTest::newRow("no leap day") << QStringLiteral("2027-02-29T00:00:00.000Z");
    QTest::newRow("month 13") << QStringLiteral("2026-13-01T00:00:00.000Z");
    QTest::newRow("hour 24") << QStringLiteral("2026-06-01T24:00:00.000Z");
    QTest::newRow("second 60") << QStringLiteral("2026-06-01T23:59:60.000Z");
    QTest::newRow("offset") << QStringLiteral("2026-06-01T12:34:56.789+02:00");
    QTest::newRow("no zone") << QStringLiteral("2026-06-01T12:34:56.789");
    QTest::newRow("one fraction digit") << QStringLiteral("2026-06-01T12:34:56.7Z");
    QTest::newRow("space separator") << QStringLiteral("2026-06-01 12:34:56.789Z");
    QTest::newRow("sign in a number") << QStringLiteral("2026-06-+1T12:34:56.789Z");
    QTest::newRow("not a date") << QStringLiteral("yesterday, roughly");
    QTest::newRow("empty") << QString();
}

void TestReplyMappers::tokenDatesReadExactlyAsQtReadsIsoDates()
{
    QFETCH(QString, text);
    const QByteArray json = QJsonDocument(QJsonObject {{QStringLiteral("id"), QStringLiteral("a")},
                                                       {QStringLiteral("created"), text},
                                                       {QStringLiteral("expires"), text}})
                                .toJson();
    const auto token = mappers::tokenDocument(json);
    QVERIFY(token.ok());
    const QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs);
    QCOMPARE(token.value().created.isValid(), expected.isValid());
    QCOMPARE(token.value().created, expected);
    QCOMPARE(token.value().created.timeSpec(), expected.timeSpec());
    QCOMPARE(token.value().expires, expected);
}

void TestReplyMappers::sessionInfoReadsUnlock()
{
    const auto info = mappers::sessionInfo(
        R"({"session":{"id":"s","user":"u","scope":["openid"],"expires":"2030-01-01T00:00:00Z",)"
        R"("unlock":{"time":"2026-01-01T00:00:00Z","expires":"2026-01-01T00:10:00Z","spendingLimits":{}}}})");
    QVERIFY(info.ok());
    QCOMPARE(info.value().user, QStringLiteral("u"));
    QVERIFY(info.value().unlock.has_value());
    QCOMPARE(info.value().unlock->expires, QDateTime(QDate(2026, 1, 1), QTime(0, 10), Qt::UTC));
}

void TestReplyMappers::hostileInputIsMalformedNeverACrash_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("<html>hi</html>");
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("truncated") << QByteArray(R"({"accessTokens":[{"id":"a")");
    QTest::newRow("wrong types") << QByteArray(R"({"accessTokens":"no","session":5,"user":[],"valid":"yes"})");
    QTest::newRow("token without id") << QByteArray(R"({"accessTokens":[{"label":"x"}]})");
    QTest::newRow("deep nesting") << QByteArray(5000, '[');
}

void TestReplyMappers::hostileInputIsMalformedNeverACrash()
{
    QFETCH(QByteArray, bytes);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(mappers::tokenPage(bytes).error().kind, ErrorKind::MalformedReply);
    QCOMPARE(mappers::sessionInfo(bytes).error().kind, ErrorKind::MalformedReply);
    QCOMPARE(mappers::user(bytes).error().kind, ErrorKind::MalformedReply);
    QCOMPARE(mappers::passwordValid(bytes).error().kind, ErrorKind::MalformedReply);
    QCOMPARE(mappers::loginReply(bytes, now).error().kind, ErrorKind::MalformedReply);
    QCOMPARE(mappers::createReply(bytes, now).error().kind, ErrorKind::MalformedReply);
    QCOMPARE(mappers::tokenDocument(bytes).error().kind, ErrorKind::MalformedReply);
    // An error body that is not JSON still maps by status.
    QCOMPARE(mappers::errorFromReply(500, bytes, {}).kind, ErrorKind::ServerError);
}

void TestReplyMappers::errorBodiesMapToKinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<CallKind>("kind");
    QTest::addColumn<bool>("xAuthRequired");
    QTest::addColumn<qint64>("skewMs");
    QTest::addColumn<ErrorKind>("expected");
    const QByteArray none;
    QTest::newRow("401 needsOTP") << 401 << QByteArray(R"({"error":"needs otp","needsOTP":true})") << CallKind::Write
                                  << false << qint64(0) << ErrorKind::NeedsOtp;
    QTest::newRow("400 needsOTP") << 400 << QByteArray(R"({"error":"otp","needsOTP":false})") << CallKind::Write
                                  << false << qint64(0) << ErrorKind::NeedsOtp;
    QTest::newRow("needsUnlock wins") << 401 << QByteArray(R"({"needsOTP":true,"needsUnlock":true})") << CallKind::Write
                                      << false << qint64(0) << ErrorKind::NeedsUnlock;
    QTest::newRow("login 401 wrong password") << 401 << QByteArray(R"({"error":"invalid credentials"})")
                                              << CallKind::Login << false << qint64(0) << ErrorKind::WrongPassword;
    QTest::newRow("login 401 needs otp") << 401 << QByteArray(R"({"error":"x","needsOTP":true})") << CallKind::Login
                                         << false << qint64(0) << ErrorKind::NeedsOtp;
    QTest::newRow("x-auth-required") << 401 << QByteArray(R"({"error":"unknown token","name":"Unauthorized"})")
                                     << CallKind::Read << true << qint64(0) << ErrorKind::Unauthorized;
    QTest::newRow("session expired") << 401 << QByteArray(R"({"error":"session expired"})") << CallKind::Read << false
                                     << qint64(0) << ErrorKind::Unauthorized;
    QTest::newRow("ip restricted with x-auth-required")
        << 401 << QByteArray(R"({"error":"unauthorized","name":"Unauthorized"})") << CallKind::Read << true << qint64(0)
        << ErrorKind::IpRestricted;
    QTest::newRow("revoked") << 401 << QByteArray(R"({"error":"token expired or revoked","name":"Unauthorized"})")
                             << CallKind::Read << true << qint64(0) << ErrorKind::Unauthorized;
    QTest::newRow("ip restricted") << 401 << QByteArray(R"({"error":"unauthorized"})") << CallKind::Read << false
                                   << qint64(0) << ErrorKind::IpRestricted;
    QTest::newRow("clock skew") << 401 << QByteArray(R"({"error":"invalid request HMAC","name":"Unauthorized"})")
                                << CallKind::Read << true << qint64(10 * 60 * 1000) << ErrorKind::ClockSkew;
    QTest::newRow("403 scope") << 403 << QByteArray(R"({"error":"Access token lacks required scope for this action"})")
                               << CallKind::Read << false << qint64(0) << ErrorKind::ForbiddenScope;
    QTest::newRow("404") << 404 << none << CallKind::Write << false << qint64(0) << ErrorKind::NotFound;
    QTest::newRow("429") << 429 << none << CallKind::Write << false << qint64(0) << ErrorKind::RateLimited;
    QTest::newRow("500") << 500 << none << CallKind::Read << false << qint64(0) << ErrorKind::ServerError;
    QTest::newRow("503") << 503 << none << CallKind::Read << false << qint64(0) << ErrorKind::ServerError;
    QTest::newRow("400 invalid") << 400 << QByteArray(R"({"error":"invalid scope","context":{"field":"scope"}})")
                                 << CallKind::Write << false << qint64(0) << ErrorKind::Http;
    QTest::newRow("302") << 302 << none << CallKind::Read << false << qint64(0) << ErrorKind::Redirect;
}

void TestReplyMappers::errorBodiesMapToKinds()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(CallKind, kind);
    QFETCH(bool, xAuthRequired);
    QFETCH(qint64, skewMs);
    QFETCH(ErrorKind, expected);
    mappers::ErrorContext context;
    context.kind = kind;
    context.xAuthRequired = xAuthRequired;
    context.hmacRequest = true;
    if (skewMs != 0)
        context.clockSkewMs = skewMs;
    const Error error = mappers::errorFromReply(status, body, context);
    QCOMPARE(error.kind, expected);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(!error.message.isEmpty());
}

void TestReplyMappers::errorKeepsBitGoFieldsForSupport()
{
    mappers::ErrorContext context;
    context.retryAfterSeconds = 7;
    const Error error = mappers::errorFromReply(
        400, R"({"error":"invalid scope","name":"InvalidScope","requestId":"req-1","context":{"field":"scope[2]"}})",
        context);
    QCOMPARE(error.name, QStringLiteral("InvalidScope"));
    QCOMPARE(error.requestId, QStringLiteral("req-1"));
    QCOMPARE(error.field, QStringLiteral("scope[2]"));
    QVERIFY(error.message.contains(QStringLiteral("invalid scope")));
    QCOMPARE(error.retryAfterSeconds, 7);
}

void TestReplyMappers::retryAfterReadsSecondsAndDates()
{
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    QCOMPARE(mappers::retryAfterSeconds("3", now), 3);
    QCOMPARE(mappers::retryAfterSeconds("", now), -1);
    QCOMPARE(mappers::retryAfterSeconds("soon", now), -1);
    QCOMPARE(mappers::retryAfterSeconds("Mon, 23 Nov 2026 12:00:30 GMT", now), 30);
    QCOMPARE(mappers::httpDate("Mon, 23 Nov 2026 12:00:30 GMT"), now.addSecs(30));
}

QTEST_GUILESS_MAIN(TestReplyMappers)
#include "TestReplyMappers.moc"
