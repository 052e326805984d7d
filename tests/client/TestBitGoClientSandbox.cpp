// BitGoClient against the real bitgo-sandbox over loopback HTTP and HTTPS (test CA): every call, success and each
// failure, every fault mode, close-after-commit, v3 signing, ECDH login and create, legacy v1 bearer, pasted tokens.
// Tests compare secrets, never print them.
#include "ClientTestUtils.h"
#include "FakeHttpServer.h"
#include "SandboxProcess.h"

#include "model/CreateTokenRequest.h"
#include "net/BitGoClient.h"
#include "settings/Settings.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

#include <memory>
#include <optional>
#include <utility>

using namespace bgtm;
using namespace bgtm::test;

Q_DECLARE_METATYPE(bgtm::ErrorKind)

namespace {

CreateTokenRequest requestLabelled(const QString &label)
{
    CreateTokenRequest request;
    request.label = label;
    request.otp = QString::fromLatin1(SandboxProcess::testOtp);
    request.scope = {QStringLiteral("wallet_view_all"), QStringLiteral("openid")};
    request.durationSeconds = 3600;
    return request;
}

QString failure(const Error &error)
{
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(kindName(error.kind)), error.message);
}

/// The value of the first header `name` in a raw request (case-insensitive name), or empty.
QByteArray headerOf(const QByteArray &request, const QByteArray &name)
{
    const QList<QByteArray> lines = request.left(request.indexOf("\r\n\r\n")).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

/// Makes `hop` a loopback hop to the sandbox that records each request exactly as the client sent it: passed on
/// unchanged but for its Host line (which no signature covers), the sandbox's reply handed back as it came.
void forwardTo(FakeHttpServer &hop, const SandboxProcess &sandbox)
{
    hop.setResponder([&sandbox](QTcpSocket *socket, const QByteArray &request) {
        static const QRegularExpression hostLine(QStringLiteral("\r\nHost:[^\r]*"),
                                                 QRegularExpression::CaseInsensitiveOption);
        const qsizetype headEnd = request.indexOf("\r\n\r\n");
        QString head = QString::fromLatin1(request.left(headEnd));
        head.replace(hostLine, QStringLiteral("\r\nHost: ") + sandbox.baseUrl().authority());
        const RawHttpReply reply = sandbox.raw().sendRaw(head.toLatin1() + request.mid(headEnd));
        QList<QByteArray> headers;
        for (const auto &[name, value] : reply.headers) {
            const QByteArray lower = name.toLower();
            if (lower != "content-length" && lower != "content-type" && lower != "connection")
                headers.append(name + ": " + value);
        }
        socket->write(FakeHttpServer::reply(reply.status, reply.body, headers, reply.header("Content-Type")));
    });
}

} // namespace

class TestBitGoClientSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void loginOverEcdhHoldsTheKeyAndIsNotDowngraded();
    void loginOfLegacyAccountIsPlaintextAndDowngraded();
    void loginWithoutServerKeyAsksForTheDowngrade();
    void loginFailuresAreDistinct_data();
    void loginFailuresAreDistinct();
    void signInWithPastedTokenNamesItsUser();
    void signInWithPastedTokenCanSkipTheProfile();
    void signInWithUnknownTokenIsRefusedAndKeepsNoSession();
    void sessionMeUnlockLockLogout();
    void tokenRestrictedToAnotherAddressIsIpRestricted();
    void unlockRefusesDurationOutsideRangeWithoutARequest_data();
    void unlockRefusesDurationOutsideRangeWithoutARequest();
    void expiredSessionSaysSignInAgain();
    void createOverEcdhSessionIsSignedVerifiedAndDecrypted_data();
    void createOverEcdhSessionIsSignedVerifiedAndDecrypted();
    void createWithPastedTokenUsesTheSdkDowngrade();
    void createForLegacyAccountUsesV1Bearer();
    void createRefusesInvalidRequestWithoutARequest();
    void serverValidationErrorKeepsBitGosMessageAndField();
    void listSeesEveryPageAndRevokeRemovesTheToken();
    void revokeOfUnknownIdIsNotFound();
    void faultModesBecomeTheirErrors_data();
    void faultModesBecomeTheirErrors();
    void rateLimitedReadIsRetriedAfterRetryAfter();
    void rateLimitedLoginIsNeverRetried();
    void closeAfterCommitReportsOnlyTheResendsTokenAsSurplus_data();
    void closeAfterCommitReportsOnlyTheResendsTokenAsSurplus();
    void createSentOnceIsOneRequest();
    void unansweredCreateSaysTheTokenMayExist_data();
    void unansweredCreateSaysTheTokenMayExist();
    void cancelDuringLatencyReportsCancelled();
    void httpsWithTheTestCaWorks();
    void httpsWithoutTrustingTheCaIsATlsError();
    void signsWithAuthV3UnlessTheEnvironmentFallsBackToV2_data();
    void signsWithAuthV3UnlessTheEnvironmentFallsBackToV2();
    void sessionIsNotUsedAfterTheCustomEnvironmentsAddressChanged();

private:
    std::unique_ptr<BitGoClient> makeClient(BitGoClient::Options options = {}, bool withXpub = true,
                                            std::optional<HmacVersion> hmacVersion = std::nullopt);
    bool loginDemo(BitGoClient &client);

    SandboxProcess m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestBitGoClientSandbox::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(!m_sandbox.serverXpub().isEmpty());
}

void TestBitGoClientSandbox::init()
{
    m_sandbox.clearFaults();
    int status = 0;
    m_sandbox.admin("POST", QStringLiteral("/_sandbox/reset"), {}, &status);
    QCOMPARE(status, 200);
}

std::unique_ptr<BitGoClient> TestBitGoClientSandbox::makeClient(BitGoClient::Options options, bool withXpub,
                                                                std::optional<HmacVersion> hmacVersion)
{
    m_network = std::make_unique<QNetworkAccessManager>();
    if (m_sandbox.baseUrl().scheme() == QLatin1String("https"))
        options.ssl = m_sandbox.sslConfiguration();
    Environment environment = Environment::sandbox(m_sandbox.baseUrl(), withXpub ? m_sandbox.serverXpub() : QString());
    if (hmacVersion)
        environment.hmacVersion = *hmacVersion;
    return std::make_unique<BitGoClient>(m_network.get(), environment, options);
}

bool TestBitGoClientSandbox::loginDemo(BitGoClient &client)
{
    const auto result = await<SignedInSession>([&](Callback<SignedInSession> done) {
        client.login(QString::fromLatin1(SandboxProcess::demoUsername),
                     SecretBytes(QByteArray(SandboxProcess::demoPassword)),
                     QString::fromLatin1(SandboxProcess::demoOtp), this, std::move(done));
    });
    if (!result || !result->ok()) {
        qWarning("demo login failed: %s", result ? qPrintable(failure(result->error())) : "no callback");
        return false;
    }
    return true;
}

void TestBitGoClientSandbox::loginOverEcdhHoldsTheKeyAndIsNotDowngraded()
{
    auto client = makeClient();
    const auto result = await<SignedInSession>([&](Callback<SignedInSession> done) {
        client->login(QStringLiteral("Demo@Sandbox.BitGo.Local"), SecretBytes(QByteArray(SandboxProcess::demoPassword)),
                      QString::fromLatin1(SandboxProcess::demoOtp), this, std::move(done));
    });
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(failure(result->error())));
    QVERIFY(!result->value().downgraded);
    QCOMPARE(result->value().user.id, QString::fromLatin1(SandboxProcess::demoUserId));
    QVERIFY(result->value().expires > QDateTime::currentDateTimeUtc());
    QVERIFY(client->hasSession());
    QVERIFY(client->canCreateWithoutDowngrade());
    const SessionSecrets secrets = client->sessionSecrets();
    QVERIFY(secrets.token.bytes().startsWith("v2x"));
    QCOMPARE(secrets.token.size(), 67);
    QVERIFY(!secrets.ecdhXprv.isEmpty());
}

void TestBitGoClientSandbox::loginOfLegacyAccountIsPlaintextAndDowngraded()
{
    auto client = makeClient();
    const auto result = await<SignedInSession>([&](Callback<SignedInSession> done) {
        client->login(QString::fromLatin1(SandboxProcess::legacyUsername),
                      SecretBytes(QByteArray(SandboxProcess::legacyPassword)),
                      QString::fromLatin1(SandboxProcess::testOtp), this, std::move(done));
    });
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(failure(result->error())));
    QVERIFY(result->value().downgraded);
    QVERIFY(!client->canCreateWithoutDowngrade());
    QVERIFY(client->sessionSecrets().ecdhXprv.isEmpty());
}

void TestBitGoClientSandbox::loginWithoutServerKeyAsksForTheDowngrade()
{
    auto client = makeClient({}, false);
    QVERIFY(loginDemo(*client));
    QVERIFY(client->session().downgraded);
    QVERIFY(!client->canCreateWithoutDowngrade());
    QVERIFY(client->sessionSecrets().token.bytes().startsWith("v2x"));
}

void TestBitGoClientSandbox::loginFailuresAreDistinct_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QString>("otp");
    QTest::addColumn<ErrorKind>("expected");
    const QString demo = QString::fromLatin1(SandboxProcess::demoUsername);
    QTest::newRow("wrong password") << demo << QByteArray("not-the-password") << QStringLiteral("0000000")
                                    << ErrorKind::WrongPassword;
    QTest::newRow("wrong otp") << demo << QByteArray(SandboxProcess::demoPassword) << QStringLiteral("1234567")
                               << ErrorKind::NeedsOtp;
    QTest::newRow("missing otp") << demo << QByteArray(SandboxProcess::demoPassword) << QString()
                                 << ErrorKind::NeedsOtp;
    QTest::newRow("empty password refused locally")
        << demo << QByteArray() << QStringLiteral("0000000") << ErrorKind::Validation;
}

void TestBitGoClientSandbox::loginFailuresAreDistinct()
{
    QFETCH(QString, username);
    QFETCH(QByteArray, password);
    QFETCH(QString, otp);
    QFETCH(ErrorKind, expected);
    auto client = makeClient();
    const auto result = await<SignedInSession>([&](Callback<SignedInSession> done) {
        client->login(username, SecretBytes(password), otp, this, std::move(done));
    });
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, expected);
    QVERIFY(!client->hasSession());
    QVERIFY(!result->error().message.contains(QString::fromLatin1(SandboxProcess::demoPassword)));
}

void TestBitGoClientSandbox::signInWithPastedTokenNamesItsUser()
{
    QJsonObject document;
    const QByteArray token =
        m_sandbox.createTokenDirect({{QStringLiteral("label"), QStringLiteral("pasted")}}, &document);
    QVERIFY(!token.isEmpty());
    auto client = makeClient();
    const auto result = await<SignedInSession>(
        [&](Callback<SignedInSession> done) { client->signInWithToken(SecretBytes(token), this, std::move(done)); });
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(failure(result->error())));
    QCOMPARE(result->value().user.id, QString::fromLatin1(SandboxProcess::demoUserId));
    QCOMPARE(result->value().user.username, QString::fromLatin1(SandboxProcess::demoUsername));
    QVERIFY(result->value().downgraded);
    QVERIFY(client->sessionSecrets().token == SecretBytes(token));
}

void TestBitGoClientSandbox::signInWithPastedTokenCanSkipTheProfile()
{
    const QByteArray token = m_sandbox.createTokenDirect({{QStringLiteral("label"), QStringLiteral("no-profile")}});
    QVERIFY(!token.isEmpty());
    auto client = makeClient();
    const auto result = await<SignedInSession>([&](Callback<SignedInSession> done) {
        client->signInWithToken(SecretBytes(token), this, std::move(done), BitGoClient::Profile::Skip);
    });
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(failure(result->error())));
    // The session call alone: whose token it is (the id the index is keyed by), but no GET me for the name.
    QCOMPARE(result->value().user.id, QString::fromLatin1(SandboxProcess::demoUserId));
    QVERIFY(result->value().user.username.isEmpty());
    QVERIFY(result->value().user.email.isEmpty());
    QCOMPARE(result->value().tokenLabel, QStringLiteral("no-profile"));
    QVERIFY(client->hasSession());
}

void TestBitGoClientSandbox::signInWithUnknownTokenIsRefusedAndKeepsNoSession()
{
    auto client = makeClient();
    QSignalSpy expired(client.get(), &BitGoClient::sessionExpired);
    const QByteArray bogus = QByteArrayLiteral("v2x") + QByteArray(64, 'c');
    const auto result = await<SignedInSession>(
        [&](Callback<SignedInSession> done) { client->signInWithToken(SecretBytes(bogus), this, std::move(done)); });
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, ErrorKind::Unauthorized);
    QVERIFY(!client->hasSession());
    QCOMPARE(expired.count(), 0); // a refused candidate is not the current session expiring
}

void TestBitGoClientSandbox::sessionMeUnlockLockLogout()
{
    auto client = makeClient();
    QVERIFY(loginDemo(*client));

    const auto info =
        await<SessionInfo>([&](Callback<SessionInfo> done) { client->sessionInfo(this, std::move(done)); });
    QVERIFY(info && info->ok());
    QCOMPARE(info->value().user, QString::fromLatin1(SandboxProcess::demoUserId));
    QCOMPARE(info->value().origin, QStringLiteral("sandbox.bitgo.local"));
    QVERIFY(!info->value().unlock.has_value());

    const auto me = await<User>([&](Callback<User> done) { client->me(this, std::move(done)); });
    QVERIFY(me && me->ok());
    QCOMPARE(me->value().id, QString::fromLatin1(SandboxProcess::demoUserId));

    const auto wrongOtp = await<SessionInfo>(
        [&](Callback<SessionInfo> done) { client->unlock(QStringLiteral("1111111"), 600, this, std::move(done)); });
    QVERIFY(wrongOtp && !wrongOtp->ok());
    QCOMPARE(wrongOtp->error().kind, ErrorKind::NeedsOtp);

    const auto unlocked = await<SessionInfo>([&](Callback<SessionInfo> done) {
        client->unlock(QString::fromLatin1(SandboxProcess::testOtp), 600, this, std::move(done));
    });
    QVERIFY2(unlocked && unlocked->ok(), unlocked && !unlocked->ok() ? qPrintable(failure(unlocked->error())) : "");
    QVERIFY(unlocked->value().unlock.has_value());

    const auto locked = await<SessionInfo>([&](Callback<SessionInfo> done) { client->lock(this, std::move(done)); });
    QVERIFY2(locked && locked->ok(), locked && !locked->ok() ? qPrintable(failure(locked->error())) : "");
    QVERIFY(!locked->value().unlock.has_value());

    const auto verified = await<bool>([&](Callback<bool> done) {
        client->verifyPassword(SecretBytes(QByteArray(SandboxProcess::demoPassword)), this, std::move(done));
    });
    QVERIFY2(verified && verified->ok(), verified && !verified->ok() ? qPrintable(failure(verified->error())) : "");
    QVERIFY(verified->value());
    const auto refused = await<bool>([&](Callback<bool> done) {
        client->verifyPassword(SecretBytes(QByteArrayLiteral("wrong")), this, std::move(done));
    });
    QVERIFY(refused && refused->ok());
    QVERIFY(!refused->value());

    const SessionSecrets before = client->sessionSecrets();
    const auto out = await<Done>([&](Callback<Done> done) { client->logout(this, std::move(done)); });
    QVERIFY2(out && out->ok(), out && !out->ok() ? qPrintable(failure(out->error())) : "");
    QVERIFY(!client->hasSession());
    // The old token no longer works on the server.
    auto other = makeClient();
    const auto reuse = await<SignedInSession>(
        [&](Callback<SignedInSession> done) { other->signInWithToken(before.token.copy(), this, std::move(done)); });
    QVERIFY(reuse && !reuse->ok());
    QCOMPARE(reuse->error().kind, ErrorKind::Unauthorized);
}

void TestBitGoClientSandbox::tokenRestrictedToAnotherAddressIsIpRestricted()
{
    const QByteArray token =
        m_sandbox.createTokenDirect({{QStringLiteral("label"), QStringLiteral("elsewhere")},
                                     {QStringLiteral("ipRestrict"), QJsonArray {QStringLiteral("192.0.2.10")}}});
    QVERIFY(!token.isEmpty());
    auto client = makeClient();
    const auto result = await<SignedInSession>(
        [&](Callback<SignedInSession> done) { client->signInWithToken(SecretBytes(token), this, std::move(done)); });
    QVERIFY(result && !result->ok());
    QVERIFY2(result->error().kind == ErrorKind::IpRestricted, qPrintable(failure(result->error())));
    QVERIFY(!client->hasSession());
}

void TestBitGoClientSandbox::unlockRefusesDurationOutsideRangeWithoutARequest_data()
{
    QTest::addColumn<int>("duration");
    QTest::newRow("zero") << 0;
    QTest::newRow("over an hour") << 3601;
    QTest::newRow("negative") << -5;
}

void TestBitGoClientSandbox::unlockRefusesDurationOutsideRangeWithoutARequest()
{
    QFETCH(int, duration);
    auto client = makeClient();
    QVERIFY(loginDemo(*client));
    m_sandbox.setFault(QStringLiteral("500")); // any request would fail differently
    const auto result = await<SessionInfo>([&](Callback<SessionInfo> done) {
        client->unlock(QString::fromLatin1(SandboxProcess::testOtp), duration, this, std::move(done));
    });
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::Validation);
    QCOMPARE(result->error().field, QStringLiteral("duration"));
}

void TestBitGoClientSandbox::expiredSessionSaysSignInAgain()
{
    auto client = makeClient();
    QVERIFY(loginDemo(*client));
    QSignalSpy expired(client.get(), &BitGoClient::sessionExpired);
    int status = 0;
    m_sandbox.admin("POST", QStringLiteral("/_sandbox/sessions/expire"), {}, &status);
    QCOMPARE(status, 200);
    const auto me = await<User>([&](Callback<User> done) { client->me(this, std::move(done)); });
    QVERIFY(me && !me->ok());
    QCOMPARE(me->error().kind, ErrorKind::Unauthorized);
    QCOMPARE(expired.count(), 1);
}

void TestBitGoClientSandbox::createOverEcdhSessionIsSignedVerifiedAndDecrypted_data()
{
    QTest::addColumn<bool>("v3");
    QTest::newRow("HMAC v2") << false;
    QTest::newRow("HMAC v3") << true;
}

void TestBitGoClientSandbox::createOverEcdhSessionIsSignedVerifiedAndDecrypted()
{
    QFETCH(bool, v3);
    auto client = makeClient({}, true, v3 ? HmacVersion::V3 : HmacVersion::V2);
    QVERIFY(loginDemo(*client));
    QVERIFY(client->canCreateWithoutDowngrade());

    CreateTokenRequest request = requestLabelled(QStringLiteral("ecdh-create"));
    request.spendingLimits = {SpendingLimit {QStringLiteral("tbtc"), QStringLiteral("1000000000"), false}};
    const auto created =
        await<CreatedToken>([&](Callback<CreatedToken> done) { client->createToken(request, this, std::move(done)); });
    QVERIFY(created.has_value());
    QVERIFY2(created->ok(), created->ok() ? "" : qPrintable(failure(created->error())));
    const CreatedToken &token = created->value();
    QVERIFY(token.replyVerified);
    QVERIFY(!token.downgraded);
    QVERIFY(token.surplus.isEmpty());
    QVERIFY(token.surplusCheckComplete);
    QCOMPARE(token.token.label, QStringLiteral("ecdh-create"));
    QCOMPARE(token.token.origin, QStringLiteral("sandbox.bitgo.local"));
    QVERIFY(token.secret.bytes().startsWith("v2x"));
    QCOMPARE(m_sandbox.liveTokenCount(), 1);

    // The sandbox received amounts as strings.
    const QJsonObject last = m_sandbox.admin("GET", QStringLiteral("/_sandbox/last-create")).object();
    const QJsonArray limits =
        last.value(QLatin1String("body")).toObject().value(QLatin1String("spendingLimits")).toArray();
    QCOMPARE(limits.first().toObject().value(QLatin1String("txValueLimit")).toString(), QStringLiteral("1000000000"));

    // The decrypted secret is the real token: it signs in.
    auto other = makeClient();
    const auto signedIn = await<SignedInSession>(
        [&](Callback<SignedInSession> done) { other->signInWithToken(token.secret.copy(), this, std::move(done)); });
    QVERIFY2(signedIn && signedIn->ok(), signedIn && !signedIn->ok() ? qPrintable(failure(signedIn->error())) : "");
}

void TestBitGoClientSandbox::createWithPastedTokenUsesTheSdkDowngrade()
{
    const QByteArray pasted = m_sandbox.createTokenDirect(
        {{QStringLiteral("label"), QStringLiteral("admin-made")},
         {QStringLiteral("scope"),
          QJsonArray {QStringLiteral("user_manage"), QStringLiteral("wallet_view_all"), QStringLiteral("openid")}}});
    QVERIFY(pasted.startsWith("v2x"));
    auto client = makeClient();
    const auto signedIn = await<SignedInSession>(
        [&](Callback<SignedInSession> done) { client->signInWithToken(SecretBytes(pasted), this, std::move(done)); });
    QVERIFY(signedIn && signedIn->ok());
    QVERIFY(!client->canCreateWithoutDowngrade());
    const auto created = await<CreatedToken>([&](Callback<CreatedToken> done) {
        client->createToken(requestLabelled(QStringLiteral("downgraded")), this, std::move(done));
    });
    QVERIFY(created.has_value());
    QVERIFY2(created->ok(), created->ok() ? "" : qPrintable(failure(created->error())));
    QVERIFY(created->value().downgraded);
    QVERIFY(!created->value().replyVerified);
    QVERIFY(!created->value().secret.isEmpty());
    QVERIFY(!(created->value().secret == SecretBytes(pasted)));
}

void TestBitGoClientSandbox::createForLegacyAccountUsesV1Bearer()
{
    auto client = makeClient();
    const auto login = await<SignedInSession>([&](Callback<SignedInSession> done) {
        client->login(QString::fromLatin1(SandboxProcess::legacyUsername),
                      SecretBytes(QByteArray(SandboxProcess::legacyPassword)),
                      QString::fromLatin1(SandboxProcess::testOtp), this, std::move(done));
    });
    QVERIFY(login && login->ok());
    QVERIFY(!client->sessionSecrets().token.bytes().startsWith("v2x")); // legacy 64-hex: v1 bearer
    const auto list = await<TokenList>([&](Callback<TokenList> done) { client->listTokens(this, std::move(done)); });
    QVERIFY2(list && list->ok(), list && !list->ok() ? qPrintable(failure(list->error())) : "");
    const auto created = await<CreatedToken>([&](Callback<CreatedToken> done) {
        client->createToken(requestLabelled(QStringLiteral("legacy")), this, std::move(done));
    });
    QVERIFY(created.has_value());
    QVERIFY2(created->ok(), created->ok() ? "" : qPrintable(failure(created->error())));
    QVERIFY(created->value().downgraded);
    QVERIFY(!created->value().replyVerified);
    QCOMPARE(created->value().secret.size(), 64);
}

void TestBitGoClientSandbox::createRefusesInvalidRequestWithoutARequest()
{
    auto client = makeClient();
    QVERIFY(loginDemo(*client));
    CreateTokenRequest request = requestLabelled(QString());
    const auto created =
        await<CreatedToken>([&](Callback<CreatedToken> done) { client->createToken(request, this, std::move(done)); });
    QVERIFY(created && !created->ok());
    QCOMPARE(created->error().kind, ErrorKind::Validation);
    QCOMPARE(created->error().field, QStringLiteral("label"));
    QCOMPARE(m_sandbox.liveTokenCount(), 0);
}

void TestBitGoClientSandbox::listSeesEveryPageAndRevokeRemovesTheToken()
{
    // 205 tokens: more than one v2 page of 200.
    for (int i = 0; i < 205; ++i)
        QVERIFY(!m_sandbox.createTokenDirect({{QStringLiteral("label"), QStringLiteral("bulk-%1").arg(i)}}).isEmpty());
    auto client = makeClient();
    QVERIFY(loginDemo(*client));
    const auto list = await<TokenList>([&](Callback<TokenList> done) { client->listTokens(this, std::move(done)); });
    QVERIFY2(list && list->ok(), list && !list->ok() ? qPrintable(failure(list->error())) : "");
    QVERIFY(list->value().complete);
    QCOMPARE(list->value().tokens.size(), 205);
    QSet<QString> ids;
    for (const AccessToken &token : list->value().tokens) {
        ids.insert(token.id);
        QCOMPARE(token.origin, QStringLiteral("sandbox.bitgo.local")); // the streaming reader keeps it
    }
    QCOMPARE(ids.size(), 205);

    const QString victim = list->value().tokens.first().id;
    const auto revoked =
        await<AccessToken>([&](Callback<AccessToken> done) { client->revokeToken(victim, this, std::move(done)); });
    QVERIFY2(revoked && revoked->ok(), revoked && !revoked->ok() ? qPrintable(failure(revoked->error())) : "");
    QCOMPARE(revoked->value().id, victim);
    QVERIFY(revoked->value().expires <= QDateTime::currentDateTimeUtc().addSecs(5));
    const auto after = await<TokenList>([&](Callback<TokenList> done) { client->listTokens(this, std::move(done)); });
    QVERIFY(after && after->ok());
    QCOMPARE(after->value().tokens.size(), 204);
}

void TestBitGoClientSandbox::revokeOfUnknownIdIsNotFound()
{
    auto client = makeClient();
    QVERIFY(loginDemo(*client));
    const auto revoked = await<AccessToken>([&](Callback<AccessToken> done) {
        client->revokeToken(QStringLiteral("0123456789abcdef0123456789abcdef"), this, std::move(done));
    });
    QVERIFY(revoked && !revoked->ok());
    QCOMPARE(revoked->error().kind, ErrorKind::NotFound);
    const auto odd = await<AccessToken>(
        [&](Callback<AccessToken> done) { client->revokeToken(QStringLiteral("../session"), this, std::move(done)); });
    QVERIFY(odd && !odd->ok());
    QCOMPARE(odd->error().kind, ErrorKind::Validation);
}

void TestBitGoClientSandbox::faultModesBecomeTheirErrors_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("v3");
    QTest::addColumn<ErrorKind>("expected");
    QTest::newRow("500") << QStringLiteral("500") << false << ErrorKind::ServerError;
    QTest::newRow("503") << QStringLiteral("503") << false << ErrorKind::ServerError;
    QTest::newRow("malformed json") << QStringLiteral("malformed-json") << false << ErrorKind::MalformedReply;
    QTest::newRow("wrong hmac v2") << QStringLiteral("wrong-hmac") << false << ErrorKind::SignatureMismatch;
    QTest::newRow("wrong hmac v3") << QStringLiteral("wrong-hmac") << true << ErrorKind::SignatureMismatch;
    QTest::newRow("stale timestamp v3") << QStringLiteral("stale-timestamp") << true << ErrorKind::SignatureMismatch;
    QTest::newRow("drop mid body") << QStringLiteral("drop-mid-body") << false << ErrorKind::Network;
    QTest::newRow("latency beyond deadline") << QStringLiteral("latency") << false << ErrorKind::Timeout;
}

void TestBitGoClientSandbox::faultModesBecomeTheirErrors()
{
    QFETCH(QString, mode);
    QFETCH(bool, v3);
    QFETCH(ErrorKind, expected);
    BitGoClient::Options options;
    options.totalDeadline = std::chrono::milliseconds(1500);
    auto client = makeClient(options, true, v3 ? HmacVersion::V3 : HmacVersion::V2);
    QVERIFY(loginDemo(*client));
    QVERIFY(m_sandbox.setFault(
        mode,
        {{QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/user/me")}, {QStringLiteral("latencyMs"), 4000}}));
    const auto me = await<User>([&](Callback<User> done) { client->me(this, std::move(done)); });
    QVERIFY(me.has_value());
    QVERIFY(!me->ok());
    QVERIFY2(me->error().kind == expected, qPrintable(failure(me->error())));
    // The session itself still works once the fault is gone.
    m_sandbox.clearFaults();
    const auto again = await<User>([&](Callback<User> done) { client->me(this, std::move(done)); });
    QVERIFY(again && again->ok());
}

void TestBitGoClientSandbox::rateLimitedReadIsRetriedAfterRetryAfter()
{
    auto client = makeClient();
    QVERIFY(loginDemo(*client));
    QVERIFY(
        m_sandbox.setFault(QStringLiteral("429"), {{QStringLiteral("count"), 1}, {QStringLiteral("retryAfter"), 1}}));
    const auto list = await<TokenList>([&](Callback<TokenList> done) { client->listTokens(this, std::move(done)); });
    QVERIFY2(list && list->ok(), list && !list->ok() ? qPrintable(failure(list->error())) : "");

    // A create is never retried: the 429 is reported with its Retry-After.
    QVERIFY(m_sandbox.setFault(QStringLiteral("429"),
                               {{QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/user/accesstoken")},
                                {QStringLiteral("retryAfter"), 7}}));
    auto request = requestLabelled(QStringLiteral("limited"));
    const auto created =
        await<CreatedToken>([&](Callback<CreatedToken> done) { client->createToken(request, this, std::move(done)); });
    QVERIFY(created && !created->ok());
    QCOMPARE(created->error().kind, ErrorKind::RateLimited);
    QCOMPARE(created->error().retryAfterSeconds, 7);
    QCOMPARE(m_sandbox.liveTokenCount(), 0);
}

void TestBitGoClientSandbox::rateLimitedLoginIsNeverRetried()
{
    auto client = makeClient();
    QVERIFY(
        m_sandbox.setFault(QStringLiteral("429"), {{QStringLiteral("count"), 1}, {QStringLiteral("retryAfter"), 1}}));
    const auto result = await<SignedInSession>([&](Callback<SignedInSession> done) {
        client->login(QString::fromLatin1(SandboxProcess::demoUsername),
                      SecretBytes(QByteArray(SandboxProcess::demoPassword)),
                      QString::fromLatin1(SandboxProcess::demoOtp), this, std::move(done));
    });
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::RateLimited);
    QCOMPARE(result->error().retryAfterSeconds, 1);
    QVERIFY(!client->hasSession());
}

void TestBitGoClientSandbox::closeAfterCommitReportsOnlyTheResendsTokenAsSurplus_data()
{
    QTest::addColumn<bool>("otherHasOurShape");
    QTest::newRow("someone's token with our label, other scopes") << false;
    QTest::newRow("someone's token identical to ours") << true;
}

void TestBitGoClientSandbox::closeAfterCommitReportsOnlyTheResendsTokenAsSurplus()
{
    QFETCH(bool, otherHasOurShape);
    auto client = makeClient();
    QVERIFY(loginDemo(*client));
    const CreateTokenRequest request = requestLabelled(QStringLiteral("twice"));
    // Someone else's token with our label, made a moment before ours on another machine.
    QJsonObject fields {{QStringLiteral("label"), request.label}};
    if (otherHasOurShape)
        fields.insert(QStringLiteral("scope"), QJsonArray::fromStringList(request.scope));
    QJsonObject other;
    QVERIFY(!m_sandbox.createTokenDirect(fields, &other).isEmpty());
    const QString otherId = other.value(QStringLiteral("id")).toString();
    QVERIFY(!otherId.isEmpty());
    QVERIFY(m_sandbox.setFault(
        QStringLiteral("close-after-commit"),
        {{QStringLiteral("count"), 1}, {QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/user/accesstoken")}}));
    const auto created =
        await<CreatedToken>([&](Callback<CreatedToken> done) { client->createToken(request, this, std::move(done)); });
    QVERIFY(created.has_value());
    // Qt 6.4 resends a POST whose connection closed before the reply (requestSent fired twice, so the client
    // looked): we hold the second token; the first send's token is the surplus.
    QVERIFY2(created->ok(), created->ok() ? "" : qPrintable(failure(created->error())));
    QCOMPARE(m_sandbox.liveTokenCount(), 3);
    QStringList surplusIds;
    for (const AccessToken &token : created->value().surplus)
        surplusIds.append(token.id);
    QVERIFY(!surplusIds.contains(created->value().token.id));
    if (!otherHasOurShape) {
        // Certain: exactly one token of our shape per extra send, and the other token is not among them.
        QVERIFY(created->value().surplusCheckComplete);
        QCOMPARE(surplusIds.size(), 1);
        QVERIFY(!surplusIds.contains(otherId));
    } else {
        // Two candidates for one extra send: not certain, so the caller is to show both and revoke nothing.
        QVERIFY(!created->value().surplusCheckComplete);
        QCOMPARE(surplusIds.size(), 2);
        QVERIFY(surplusIds.contains(otherId));
        surplusIds.removeAll(otherId);
    }
    const auto revoked = await<AccessToken>(
        [&](Callback<AccessToken> done) { client->revokeToken(surplusIds.first(), this, std::move(done)); });
    QVERIFY(revoked && revoked->ok());
    QCOMPARE(m_sandbox.liveTokenCount(), 2); // ours, and the other one
}

void TestBitGoClientSandbox::createSentOnceIsOneRequest()
{
    auto client = makeClient();
    QVERIFY(loginDemo(*client));
    for (int i = 0; i < 3; ++i) // tokens on the account: their number must not matter
        QVERIFY(!m_sandbox.createTokenDirect().isEmpty());
    // A fault that adds no latency counts the requests the sandbox serves from here on.
    constexpr int kCount = 1000;
    QVERIFY(m_sandbox.setFault(QStringLiteral("latency"),
                               {{QStringLiteral("latencyMs"), 0},
                                {QStringLiteral("count"), kCount},
                                {QStringLiteral("pathPrefix"), QStringLiteral("/")}}));
    const auto created = await<CreatedToken>([&](Callback<CreatedToken> done) {
        client->createToken(requestLabelled(QStringLiteral("once")), this, std::move(done));
    });
    const QJsonArray faults =
        m_sandbox.admin("GET", QStringLiteral("/_sandbox/faults")).object().value(QStringLiteral("faults")).toArray();
    m_sandbox.clearFaults();
    QVERIFY(created && created->ok());
    QVERIFY(created->value().surplusCheckComplete);
    QVERIFY(created->value().surplus.isEmpty());
    QCOMPARE(faults.size(), 1);
    QCOMPARE(kCount - faults.at(0).toObject().value(QStringLiteral("remaining")).toInt(), 1); // the POST alone
}

void TestBitGoClientSandbox::unansweredCreateSaysTheTokenMayExist_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("live");
    // An edge's 502/504 after the backend committed is what the sandbox's commit-then-5xx faults play.
    QTest::newRow("commit, then 502") << QStringLiteral("commit-then-502") << 1 << 1;
    QTest::newRow("commit, then 504") << QStringLiteral("commit-then-504") << 1 << 1;
    QTest::newRow("closed after commit, resend closed too") << QStringLiteral("close-after-commit") << 2 << 2;
    QTest::newRow("cut mid-body") << QStringLiteral("drop-mid-body") << 1 << 1;
    QTest::newRow("wrong signature") << QStringLiteral("wrong-hmac") << 1 << 1;
    QTest::newRow("refused before commit (503)") << QStringLiteral("503") << 1 << 0;
}

void TestBitGoClientSandbox::unansweredCreateSaysTheTokenMayExist()
{
    QFETCH(QString, fault);
    QFETCH(int, count);
    QFETCH(int, live);
    auto client = makeClient();
    QVERIFY(loginDemo(*client));
    QVERIFY(m_sandbox.setFault(fault,
                               {{QStringLiteral("count"), count},
                                {QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/user/accesstoken")}}));
    const CreateTokenRequest request = requestLabelled(QStringLiteral("unanswered"));
    const auto created =
        await<CreatedToken>([&](Callback<CreatedToken> done) { client->createToken(request, this, std::move(done)); });
    m_sandbox.clearFaults();
    QVERIFY(created && !created->ok());
    QCOMPARE(m_sandbox.liveTokenCount(), live);
    // Performed or not, the caller is told whether the token may exist: a 503 is a refusal, the rest are not.
    QCOMPARE(created->error().outcomeUnknown, live > 0);
}

void TestBitGoClientSandbox::cancelDuringLatencyReportsCancelled()
{
    auto client = makeClient();
    QVERIFY(loginDemo(*client));
    QVERIFY(m_sandbox.setFault(QStringLiteral("latency"), {{QStringLiteral("latencyMs"), 5000}}));
    int calls = 0;
    ErrorKind kind = ErrorKind::Network;
    CallHandle handle = client->listTokens(this, [&](const Result<TokenList> &result) {
        ++calls;
        if (!result.ok())
            kind = result.error().kind;
    });
    QTest::qWait(300);
    handle.cancel();
    QCOMPARE(calls, 1);
    QCOMPARE(kind, ErrorKind::Cancelled);
}

void TestBitGoClientSandbox::serverValidationErrorKeepsBitGosMessageAndField()
{
    // A server with production rules behind an environment that does not claim them: our validator lets the
    // request through, the server refuses it with a 400. That reply's body must reach the caller intact.
    SandboxProcess production;
    QVERIFY2(production.start({QStringLiteral("--production-rules")}), qPrintable(production.errorString()));
    QNetworkAccessManager network;
    BitGoClient client(&network, Environment::sandbox(production.baseUrl(), production.serverXpub()));
    QVERIFY(loginDemo(client));
    const auto created = await<CreatedToken>([&](Callback<CreatedToken> done) {
        client.createToken(requestLabelled(QStringLiteral("no ip rule")), this, std::move(done));
    });
    QVERIFY(created.has_value());
    QVERIFY(!created->ok());
    const Error &error = created->error();
    QCOMPARE(error.kind, ErrorKind::Http);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.field, QStringLiteral("ipRestrict"));
    QVERIFY2(!error.name.isEmpty(), "BitGo's stable error name is kept");
    QVERIFY2(!error.requestId.isEmpty(), "BitGo's request id is kept for support");
    const QJsonObject state = production.admin("GET", QStringLiteral("/_sandbox/state")).object();
    QCOMPARE(state.value(QLatin1String("counts")).toObject().value(QLatin1String("liveTokens")).toInt(-1), 0);
}

void TestBitGoClientSandbox::httpsWithTheTestCaWorks()
{
    SandboxProcess tls;
    QVERIFY2(tls.startTls(), qPrintable(tls.errorString()));
    QNetworkAccessManager network;
    BitGoClient::Options options;
    options.ssl = tls.sslConfiguration();
    BitGoClient client(&network, Environment::sandbox(tls.baseUrl(), tls.serverXpub()), options);
    QVERIFY(loginDemo(client));
    QVERIFY(!client.session().downgraded);
    const auto list = await<TokenList>([&](Callback<TokenList> done) { client.listTokens(this, std::move(done)); });
    QVERIFY2(list && list->ok(), list && !list->ok() ? qPrintable(failure(list->error())) : "");
}

void TestBitGoClientSandbox::httpsWithoutTrustingTheCaIsATlsError()
{
    SandboxProcess tls;
    QVERIFY2(tls.startTls(), qPrintable(tls.errorString()));
    QNetworkAccessManager network;
    BitGoClient client(&network, Environment::sandbox(tls.baseUrl(), tls.serverXpub()));
    const auto result = await<SignedInSession>([&](Callback<SignedInSession> done) {
        client.login(QString::fromLatin1(SandboxProcess::demoUsername),
                     SecretBytes(QByteArray(SandboxProcess::demoPassword)),
                     QString::fromLatin1(SandboxProcess::demoOtp), this, std::move(done));
    });
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ErrorKind::Tls);
}

void TestBitGoClientSandbox::signsWithAuthV3UnlessTheEnvironmentFallsBackToV2_data()
{
    QTest::addColumn<bool>("fallback");
    QTest::newRow("default") << false;
    QTest::newRow("environment falls back to v2") << true;
}

void TestBitGoClientSandbox::signsWithAuthV3UnlessTheEnvironmentFallsBackToV2()
{
    QFETCH(bool, fallback);
    FakeHttpServer hop;
    QVERIFY(hop.listen());
    forwardTo(hop, m_sandbox);
    m_network = std::make_unique<QNetworkAccessManager>();
    Environment environment = Environment::sandbox(hop.url(), m_sandbox.serverXpub());
    if (fallback)
        environment.hmacVersion = HmacVersion::V2;
    BitGoClient client(m_network.get(), environment);
    QVERIFY(loginDemo(client));
    const auto me = await<User>([&](Callback<User> done) { client.me(this, std::move(done)); });
    QVERIFY(me.has_value());
    QVERIFY2(me->ok(), me->ok() ? "" : qPrintable(failure(me->error())));
    QCOMPARE(me->value().id, QString::fromLatin1(SandboxProcess::demoUserId));

    // The login says which version this client speaks (like the SDK); the signed call speaks it.
    const QByteArray expected = fallback ? QByteArrayLiteral("2.0") : QByteArrayLiteral("3.0");
    QCOMPARE(hop.requests().size(), 2);
    QCOMPARE(headerOf(hop.requests().at(0), "BitGo-Auth-Version"), expected);
    QCOMPARE(headerOf(hop.requests().at(1), "BitGo-Auth-Version"), expected);
    QVERIFY(!headerOf(hop.requests().at(1), "HMAC").isEmpty());
}

void TestBitGoClientSandbox::sessionIsNotUsedAfterTheCustomEnvironmentsAddressChanged()
{
    CustomEnvironment custom;
    custom.name = QStringLiteral("My server");
    custom.baseUrl = m_sandbox.baseUrl().toString();
    custom.serverXpub = m_sandbox.serverXpub();
    m_network = std::make_unique<QNetworkAccessManager>();
    BitGoClient issuer(m_network.get(), custom.toEnvironment());
    QVERIFY(loginDemo(issuer));

    // The address is edited; the name, and so the id the session is stored under, stay. The new address would
    // answer anything: it must not be asked.
    FakeHttpServer other;
    QVERIFY(other.listen());
    other.setResponder([](QTcpSocket *socket, const QByteArray &) {
        socket->write(FakeHttpServer::reply(200, R"({"user":{"id":"5d0c1a2b3c4d5e6f7a8b9c0d"}})"));
    });
    custom.baseUrl = other.url().toString();
    const Environment edited = custom.toEnvironment();
    QCOMPARE(edited.id, issuer.environment().id);

    BitGoClient client(m_network.get(), edited);
    const Status restored = client.restoreSession(issuer.sessionSecrets(), issuer.session());
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().kind, ErrorKind::Unauthorized);
    QVERIFY2(restored.error().message.contains(m_sandbox.baseUrl().toDisplayString())
                 && restored.error().message.contains(other.url().toDisplayString()),
             qPrintable(restored.error().message));
    QVERIFY(!client.hasSession());
    const auto me = await<User>([&](Callback<User> done) { client.me(this, std::move(done)); });
    QVERIFY(me.has_value());
    QVERIFY(!me->ok());
    QTest::qWait(100);
    QCOMPARE(other.connectionCount(), 0);

    // The address that issued the session still takes it.
    BitGoClient again(m_network.get(), issuer.environment());
    QVERIFY(again.restoreSession(issuer.sessionSecrets(), issuer.session()).ok());
    const auto mine = await<User>([&](Callback<User> done) { again.me(this, std::move(done)); });
    QVERIFY(mine.has_value());
    QVERIFY2(mine->ok(), mine->ok() ? "" : qPrintable(failure(mine->error())));
}

QTEST_GUILESS_MAIN(TestBitGoClientSandbox)
#include "TestBitGoClientSandbox.moc"
