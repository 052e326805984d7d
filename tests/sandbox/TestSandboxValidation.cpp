// Every rule of the validation table (protocol doc §4), sent over raw HTTP to the real sandbox: status, `name` and
// `context.field` of the BitGo-shaped error, or success.
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QTest>

using namespace bgtm;
using namespace bgtm::test;

class TestSandboxValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createTokenAppliesRuleTable_data();
    void createTokenAppliesRuleTable();
    void cleanupTestCase();

private:
    SandboxProcess m_test;
    SandboxProcess m_production;
    QByteArray m_testSession;
    QByteArray m_productionSession;
};

void TestSandboxValidation::initTestCase()
{
    QVERIFY2(m_test.start(), qPrintable(m_test.errorString()));
    QVERIFY2(m_production.start({QStringLiteral("--production-rules")}), qPrintable(m_production.errorString()));
    m_testSession = m_test.loginPlaintext();
    m_productionSession = m_production.loginPlaintext();
    QVERIFY(hmac::isHmacToken(m_testSession));
    QVERIFY(hmac::isHmacToken(m_productionSession));
}

void TestSandboxValidation::cleanupTestCase()
{
    QCOMPARE(m_test.stop(), 0);
    QCOMPARE(m_production.stop(), 0);
}

void TestSandboxValidation::createTokenAppliesRuleTable_data()
{
    QTest::addColumn<QByteArray>("extra"); // JSON members merged over a valid body; "!" prefix = replace the body
    QTest::addColumn<bool>("production");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field");

    const QString ok;
    const QByteArray hex32 = "0123456789abcdef0123456789abcdef";
    auto row = [](const char *tag, const QByteArray &extra, bool prod, int status, const char *name,
                  const char *field) {
        QTest::newRow(tag) << extra << prod << status << QString::fromLatin1(name) << QString::fromLatin1(field);
    };
    row("valid minimal", "{}", false, 200, "", "");
    row("body not JSON", "!not json", false, 400, "InvalidJson", "");
    row("body JSON array", "![1]", false, 400, "InvalidJson", "");
    // label
    row("label missing", "!{\"otp\":\"0000000\",\"scope\":[\"wallet_view_all\"]}", false, 400, "InvalidLabel", "label");
    row("label blank", "{\"label\":\"   \"}", false, 400, "InvalidLabel", "label");
    row("label number", "{\"label\":5}", false, 400, "InvalidLabel", "label");
    // otp
    row("otp missing", "!{\"label\":\"x\",\"scope\":[\"wallet_view_all\"]}", false, 401, "NeedsOTP", "otp");
    row("otp wrong", "{\"otp\":\"1234567\"}", false, 401, "NeedsOTP", "otp");
    row("otp number", "{\"otp\":0}", false, 400, "InvalidOtp", "otp");
    // scope
    row("scope missing", "!{\"label\":\"x\",\"otp\":\"0000000\"}", false, 400, "InvalidScope", "scope");
    row("scope empty", "{\"scope\":[]}", false, 400, "InvalidScope", "scope");
    row("scope string", "{\"scope\":\"wallet_view_all\"}", false, 400, "InvalidScope", "scope");
    row("scope unknown", "{\"scope\":[\"wallet_view_all\",\"nope\"]}", false, 400, "InvalidScope", "scope[1]");
    row("scope not string", "{\"scope\":[1]}", false, 400, "InvalidScope", "scope[0]");
    row("scope wallet id not hex", "{\"scope\":[\"wallet_spend:XYZ\"]}", false, 400, "InvalidScope", "scope[0]");
    row("scope per-wallet on non-wallet scope", "{\"scope\":[\"trade_view:" + hex32 + "\"]}", false, 400,
        "InvalidScope", "scope[0]");
    row("scope duplicate", "{\"scope\":[\"openid\",\"profile\",\"openid\"]}", false, 400, "DuplicateScope", "scope[2]");
    row("scope per-wallet ok", "{\"scope\":[\"wallet_spend:" + hex32 + "\"]}", false, 200, "", "");
    row("scope legacy name ok", "{\"scope\":[\"scim\"]}", false, 200, "", "");
    row("scope all in test env", "{\"scope\":[\"all\"]}", false, 200, "", "");
    row("scope all refused in production", "{\"scope\":[\"all\"],\"ipRestrict\":[\"127.0.0.1\"]}", true, 400,
        "ScopeNotAllowed", "scope[0]");
    // duration
    row("duration zero", "{\"duration\":0}", false, 400, "InvalidDuration", "duration");
    row("duration over ten years", "{\"duration\":315360001}", false, 400, "InvalidDuration", "duration");
    row("duration fraction", "{\"duration\":1.5}", false, 400, "InvalidDuration", "duration");
    row("duration string", "{\"duration\":\"60\"}", false, 400, "InvalidDuration", "duration");
    row("duration one second", "{\"duration\":1}", false, 200, "", "");
    row("duration ten years exactly", "{\"duration\":315360000}", false, 200, "", "");
    // ipRestrict
    row("ipRestrict not array", "{\"ipRestrict\":\"1.2.3.4\"}", false, 400, "InvalidIpRestrict", "ipRestrict");
    row("ipRestrict garbage", "{\"ipRestrict\":[\"1.2.3.4\",\"nope\"]}", false, 400, "InvalidIpRestrict",
        "ipRestrict[1]");
    row("ipRestrict cidr /23", "{\"ipRestrict\":[\"10.0.0.0/23\"]}", false, 400, "InvalidIpRestrict", "ipRestrict[0]");
    row("ipRestrict cidr /33", "{\"ipRestrict\":[\"10.0.0.0/33\"]}", false, 400, "InvalidIpRestrict", "ipRestrict[0]");
    row("ipRestrict ipv6 cidr", "{\"ipRestrict\":[\"2001:db8::/64\"]}", false, 400, "InvalidIpRestrict",
        "ipRestrict[0]");
    row("ipRestrict v4 v6 and /24 ok", "{\"ipRestrict\":[\"10.0.0.0/24\",\"2001:db8::1\",\"1.2.3.4/32\"]}", false, 200,
        "", "");
    row("ipRestrict required in production", "{}", true, 400, "IpRestrictRequired", "ipRestrict");
    row("ipRestrict empty in production", "{\"ipRestrict\":[]}", true, 400, "IpRestrictRequired", "ipRestrict");
    row("production with ipRestrict ok", "{\"ipRestrict\":[\"127.0.0.1\"]}", true, 200, "", "");
    // enterprise, admin
    row("enterprise upper-case", "{\"enterprise\":\"0123456789ABCDEF0123456789abcdef\"}", false, 400,
        "InvalidEnterprise", "enterprise");
    row("enterprise 31 hex", "{\"enterprise\":\"0123456789abcdef0123456789abcde\"}", false, 400, "InvalidEnterprise",
        "enterprise");
    row("enterprise ok", "{\"enterprise\":\"" + hex32 + "\"}", false, 200, "", "");
    row("admin not boolean", "{\"admin\":\"yes\"}", false, 400, "InvalidAdmin", "admin");
    row("adminScope unknown", "{\"adminScope\":\"write\"}", false, 400, "InvalidAdminScope", "adminScope");
    row("adminScope read ok", "{\"admin\":true,\"adminScope\":\"read\"}", false, 200, "", "");
    // spending limits
    row("limits not array", "{\"spendingLimits\":{}}", false, 400, "InvalidSpendingLimits", "spendingLimits");
    row("limit not object", "{\"spendingLimits\":[1]}", false, 400, "InvalidSpendingLimits", "spendingLimits[0]");
    row("limit coin missing", "{\"spendingLimits\":[{\"txValueLimit\":\"1\"}]}", false, 400, "InvalidCoin",
        "spendingLimits[0].coin");
    row("limit coin unknown", "{\"spendingLimits\":[{\"coin\":\"notacoin\",\"txValueLimit\":\"1\"}]}", false, 400,
        "UnknownCoin", "spendingLimits[0].coin");
    row("limit coin twice",
        "{\"spendingLimits\":[{\"coin\":\"tbtc\",\"txValueLimit\":\"1\"},{\"coin\":\"tbtc\",\"txValueLimit\":\"2\"}]}",
        false, 400, "DuplicateCoin", "spendingLimits[1].coin");
    row("limit negative", "{\"spendingLimits\":[{\"coin\":\"tbtc\",\"txValueLimit\":\"-1\"}]}", false, 400,
        "InvalidTxValueLimit", "spendingLimits[0].txValueLimit");
    row("limit leading zero", "{\"spendingLimits\":[{\"coin\":\"tbtc\",\"txValueLimit\":\"01\"}]}", false, 400,
        "InvalidTxValueLimit", "spendingLimits[0].txValueLimit");
    row("limit decimal point", "{\"spendingLimits\":[{\"coin\":\"tbtc\",\"txValueLimit\":\"1.5\"}]}", false, 400,
        "InvalidTxValueLimit", "spendingLimits[0].txValueLimit");
    row("limit fractional number", "{\"spendingLimits\":[{\"coin\":\"tbtc\",\"txValueLimit\":1.5}]}", false, 400,
        "InvalidTxValueLimit", "spendingLimits[0].txValueLimit");
    row("limit omitted without maxLimit", "{\"spendingLimits\":[{\"coin\":\"tbtc\"}]}", false, 400,
        "InvalidTxValueLimit", "spendingLimits[0].txValueLimit");
    row("maxLimit not boolean", "{\"spendingLimits\":[{\"coin\":\"tbtc\",\"maxLimit\":\"true\"}]}", false, 400,
        "InvalidMaxLimit", "spendingLimits[0].maxLimit");
    row("limit omitted with maxLimit ok", "{\"spendingLimits\":[{\"coin\":\"tbtc\",\"maxLimit\":true}]}", false, 200,
        "", "");
    row("limit beyond 2^64 ok",
        "{\"spendingLimits\":[{\"coin\":\"hteth\",\"txValueLimit\":\"100000000000000000000000\"}]}", false, 200, "",
        "");
    row("limit guide example ok", "{\"spendingLimits\":[{\"coin\":\"tbtc\",\"txValueLimit\":\"1000000000\"}]}", false,
        200, "", "");
    row("erc20 limit not object", "{\"allErc20TokensLimit\":[]}", false, 400, "InvalidAllErc20TokensLimit",
        "allErc20TokensLimit");
    row("erc20 enabled not boolean", "{\"allErc20TokensLimit\":{\"enabled\":\"y\"}}", false, 400,
        "InvalidAllErc20TokensLimit", "allErc20TokensLimit.enabled");
    row("erc20 amount invalid", "{\"allErc20TokensLimit\":{\"txValueLimit\":\"x\"}}", false, 400,
        "InvalidAllErc20TokensLimit", "allErc20TokensLimit.txValueLimit");
    row("erc20 ok", "{\"allErc20TokensLimit\":{\"enabled\":true,\"txValueLimit\":\"5\"}}", false, 200, "", "");
    Q_UNUSED(ok);
}

void TestSandboxValidation::createTokenAppliesRuleTable()
{
    QFETCH(QByteArray, extra);
    QFETCH(bool, production);
    QFETCH(int, status);
    QFETCH(QString, name);
    QFETCH(QString, field);

    QByteArray body;
    if (extra.startsWith('!')) {
        body = extra.mid(1);
    } else {
        QJsonObject merged {{QStringLiteral("label"), QStringLiteral("table test")},
                            {QStringLiteral("otp"), QStringLiteral("0000000")},
                            {QStringLiteral("scope"), QJsonArray {QStringLiteral("wallet_view_all")}}};
        const QJsonObject overrides = QJsonDocument::fromJson(extra).object();
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            merged.insert(it.key(), it.value());
        body = QJsonDocument(merged).toJson(QJsonDocument::Compact);
    }
    SandboxProcess &sandbox = production ? m_production : m_test;
    const QByteArray &session = production ? m_productionSession : m_testSession;
    const RawHttpReply reply = sandbox.signedRequest(session, "POST", "/api/v2/user/accesstoken", body);
    QCOMPARE(reply.status, status);
    const QJsonObject json = reply.json();
    if (status == 200) {
        QVERIFY(!json.value(QStringLiteral("id")).toString().isEmpty());
        // Over an HMAC session of the (ECDH) demo account the secret arrives encrypted.
        QVERIFY(json.contains(QStringLiteral("encryptedToken")));
        QVERIFY(!json.contains(QStringLiteral("token")));
        QVERIFY(SandboxProcess::verifyResponse(session, "POST", "/api/v2/user/accesstoken", reply));
        return;
    }
    QCOMPARE(json.value(QStringLiteral("name")).toString(), name);
    QCOMPARE(json.value(QStringLiteral("context")).toObject().value(QStringLiteral("field")).toString(), field);
    QVERIFY(!json.value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY(!json.value(QStringLiteral("requestId")).toString().isEmpty());
    QCOMPARE(json.contains(QStringLiteral("needsOTP")), name == QLatin1String("NeedsOTP"));
    QVERIFY(reply.header("HMAC").isEmpty()); // error replies are not signed
}

QTEST_GUILESS_MAIN(TestSandboxValidation)
#include "TestSandboxValidation.moc"
