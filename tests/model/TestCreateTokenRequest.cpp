#include "model/CoinCatalogue.h"
#include "model/CreateTokenRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace bgtm;

namespace {

const QString s_walletId = QStringLiteral("59cd72485007a239fb00282ed480da1f");

// A valid test-environment request; each data row overlays fields on it.
QJsonObject baseJson()
{
    return QJsonObject {{QStringLiteral("label"), QStringLiteral("ci deploy")},
                        {QStringLiteral("otp"), QStringLiteral("0000000")},
                        {QStringLiteral("scope"), QJsonArray {QStringLiteral("wallet_view_all")}}};
}

QJsonObject overlay(const QByteArray &json)
{
    QJsonObject result = baseJson();
    const QJsonObject patch = QJsonDocument::fromJson(json).object();
    for (auto it = patch.begin(); it != patch.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

QString describe(const QList<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines.append(issue.field + QStringLiteral(": ") + issue.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCreateTokenRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validatorAcceptsRequestsThatFollowEveryRule_data();
    void validatorAcceptsRequestsThatFollowEveryRule();
    void validatorRejectsEachViolationNamingItsField_data();
    void validatorRejectsEachViolationNamingItsField();
    void createTokenRejectsEnterpriseIdThatIsNotHex();
    void validatorReportsOneMessagePerViolation();
    void validatorChecksCoinNamesOnlyWhenGivenACatalogue();
    void limitAboveAllOfAFixedSupplyCoinIsCautionedNotRefused();
    void toJsonSendsAmountsAsStringsAndOmitsEmptyFields();
    void toJsonWritesEveryFieldOfTheSeedSchema();
    void fromJsonInvertsToJson();
    void fromJsonKeepsInexactNumbersForTheValidatorToRefuse();
};

void TestCreateTokenRequest::validatorAcceptsRequestsThatFollowEveryRule_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<bool>("productionRules");
    const QByteArray wallet = s_walletId.toLatin1();
    QTest::newRow("minimal") << QByteArray("{}") << false;
    QTest::newRow("duplicateLabelsAreAllowedSoAnyLabelIs") << QByteArray(R"({"label":"x"})") << false;
    QTest::newRow("legacyScopeFromTheSeed") << QByteArray(R"({"scope":["scim","openid_enterprises"]})") << false;
    for (const char *base : {"wallet_view", "wallet_spend", "wallet_manage", "wallet_approve", "wallet_edit",
                             "wallet_freeze", "wallet_stake"}) {
        QTest::addRow("perWalletScope_%s", base)
            << QByteArray(R"({"scope":[")" + QByteArray(base) + ":" + wallet + R"("]})") << false;
    }
    QTest::newRow("sameWalletScopeForTwoWallets")
        << QByteArray(R"({"scope":["wallet_spend:)" + wallet + R"(","wallet_spend:0123456789abcdef0123456789abcdef"]})")
        << false;
    QTest::newRow("allInTheTestEnvironment") << QByteArray(R"({"scope":["all"]})") << false;
    QTest::newRow("durationOneSecond") << QByteArray(R"({"duration":1})") << false;
    QTest::newRow("durationTenYears") << QByteArray(R"({"duration":315360000})") << false;
    QTest::newRow("ipv4Address") << QByteArray(R"({"ipRestrict":["203.0.113.7"]})") << false;
    QTest::newRow("ipv6Address") << QByteArray(R"({"ipRestrict":["2001:db8::1","::1"]})") << false;
    QTest::newRow("ipv4CidrSlash24") << QByteArray(R"({"ipRestrict":["203.0.113.0/24"]})") << false;
    QTest::newRow("ipv4CidrSlash32") << QByteArray(R"({"ipRestrict":["203.0.113.7/32"]})") << false;
    QTest::newRow("productionWithIpRestrict") << QByteArray(R"({"ipRestrict":["203.0.113.7"]})") << true;
    QTest::newRow("enterpriseId") << QByteArray(R"({"enterprise":"59cd72485007a239fb00282ed480da1f"})") << false;
    QTest::newRow("adminReadScope") << QByteArray(R"({"admin":true,"adminScope":"read"})") << false;
    QTest::newRow("adminFullScope") << QByteArray(R"({"admin":true,"adminScope":"full"})") << false;
    QTest::newRow("adminWithoutScope") << QByteArray(R"({"admin":true})") << false;
    QTest::newRow("guideSpendingLimit") << QByteArray(
        R"({"spendingLimits":[{"coin":"tbtc","txValueLimit":"1000000000"}]})")
                                        << false;
    QTest::newRow("zeroLimit") << QByteArray(R"({"spendingLimits":[{"coin":"tbtc","txValueLimit":"0"}]})") << false;
    QTest::newRow("noCapWithoutAmount") << QByteArray(R"({"spendingLimits":[{"coin":"teth","maxLimit":true}]})")
                                        << false;
    QTest::newRow("limitBeyondTwoToThe64")
        << QByteArray(R"({"spendingLimits":[{"coin":"teth","txValueLimit":"123456789012345678901234567890"}]})")
        << false;
    QTest::newRow("twoCoins") << QByteArray(
        R"({"spendingLimits":[{"coin":"tbtc","txValueLimit":"1"},{"coin":"tsol:usdc","txValueLimit":"2"}]})")
                              << false;
    QTest::newRow("erc20Amount") << QByteArray(R"({"allErc20TokensLimit":{"enabled":true,"txValueLimit":"5000"}})")
                                 << false;
    QTest::newRow("erc20NoCap") << QByteArray(R"({"allErc20TokensLimit":{"enabled":true,"maxLimit":true}})") << false;
    QTest::newRow("erc20Disabled") << QByteArray(R"({"allErc20TokensLimit":{"enabled":false}})") << false;
    QTest::newRow("everythingUnderProductionRules") << QByteArray(
        R"({"scope":["openid","wallet_spend_all","wallet_view:)" + wallet
        + R"("],"duration":86400,)"
          R"("admin":true,"adminScope":"read","ipRestrict":["203.0.113.0/24","2001:db8::5"],)"
          R"("enterprise":"0123456789abcdef0123456789abcdef",)"
          R"("spendingLimits":[{"coin":"btc","txValueLimit":"100000000"},{"coin":"eth","maxLimit":true}],)"
          R"("allErc20TokensLimit":{"enabled":true,"txValueLimit":"18446744073709551616"}})")
                                                    << true;
}

void TestCreateTokenRequest::validatorAcceptsRequestsThatFollowEveryRule()
{
    QFETCH(QByteArray, patch);
    QFETCH(bool, productionRules);
    const CreateTokenRequest request = CreateTokenRequest::fromJson(overlay(patch));
    const QList<ValidationIssue> issues = validate(request, {productionRules, &CoinCatalogue::embedded()});
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

void TestCreateTokenRequest::validatorRejectsEachViolationNamingItsField_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<bool>("productionRules");
    QTest::addColumn<QString>("field");
    const QByteArray wallet = s_walletId.toLatin1();

    QTest::newRow("labelEmpty") << QByteArray(R"({"label":""})") << false << "label";
    QTest::newRow("labelOnlySpaces") << QByteArray(R"({"label":"   "})") << false << "label";
    QTest::newRow("otpMissing") << QByteArray(R"({"otp":""})") << false << "otp";

    QTest::newRow("scopeEmpty") << QByteArray(R"({"scope":[]})") << false << "scope";
    QTest::newRow("scopeUnknown") << QByteArray(R"({"scope":["openid","wallet_destroy"]})") << false << "scope[1]";
    QTest::newRow("scopeEmptyString") << QByteArray(R"({"scope":[""]})") << false << "scope[0]";
    QTest::newRow("scopeWrongCase") << QByteArray(R"({"scope":["Wallet_View_All"]})") << false << "scope[0]";
    QTest::newRow("scopeDuplicate") << QByteArray(R"({"scope":["openid","openid"]})") << false << "scope[1]";
    QTest::newRow("scopeWalletIdTooShort") << QByteArray(R"({"scope":["wallet_spend:abc123"]})") << false << "scope[0]";
    QTest::newRow("scopeWalletIdUpperCase")
        << QByteArray(R"({"scope":["wallet_spend:59CD72485007A239FB00282ED480DA1F"]})") << false << "scope[0]";
    QTest::newRow("scopeWalletIdEmpty") << QByteArray(R"({"scope":["wallet_spend:"]})") << false << "scope[0]";
    QTest::newRow("scopeWalletIdOnScopeThatTakesNone")
        << QByteArray(R"({"scope":["wallet_spend_all:)" + wallet + R"("]})") << false << "scope[0]";
    QTest::newRow("scopeWalletIdOnWalletCreate")
        << QByteArray(R"({"scope":["wallet_create:)" + wallet + R"("]})") << false << "scope[0]";
    QTest::newRow("scopeDuplicatePerWallet")
        << QByteArray(R"({"scope":["wallet_view:)" + wallet + R"(","wallet_view:)" + wallet + R"("]})") << false
        << "scope[1]";
    QTest::newRow("allRefusedUnderProductionRules")
        << QByteArray(R"({"scope":["all"],"ipRestrict":["203.0.113.7"]})") << true << "scope[0]";

    QTest::newRow("durationZero") << QByteArray(R"({"duration":0})") << false << "duration";
    QTest::newRow("durationNegative") << QByteArray(R"({"duration":-5})") << false << "duration";
    QTest::newRow("durationAboveTenYears") << QByteArray(R"({"duration":315360001})") << false << "duration";
    QTest::newRow("durationFractional") << QByteArray(R"({"duration":1.5})") << false << "duration";

    QTest::newRow("ipRestrictRequiredUnderProductionRules") << QByteArray("{}") << true << "ipRestrict";
    QTest::newRow("ipv4OctetTooLarge") << QByteArray(R"({"ipRestrict":["300.1.1.1"]})") << false << "ipRestrict[0]";
    QTest::newRow("ipv4ThreeOctets") << QByteArray(R"({"ipRestrict":["1.2.3"]})") << false << "ipRestrict[0]";
    QTest::newRow("ipv4LeadingZeroOctet") << QByteArray(R"({"ipRestrict":["010.1.1.1"]})") << false << "ipRestrict[0]";
    QTest::newRow("ipv4CidrSlash23TooWide")
        << QByteArray(R"({"ipRestrict":["10.0.0.0/23"]})") << false << "ipRestrict[0]";
    QTest::newRow("ipv4CidrSlash33") << QByteArray(R"({"ipRestrict":["10.0.0.0/33"]})") << false << "ipRestrict[0]";
    QTest::newRow("ipv4CidrEmptyPrefix") << QByteArray(R"({"ipRestrict":["10.0.0.0/"]})") << false << "ipRestrict[0]";
    QTest::newRow("ipv4CidrNegativePrefix")
        << QByteArray(R"({"ipRestrict":["10.0.0.0/-24"]})") << false << "ipRestrict[0]";
    QTest::newRow("ipv6CidrNotAccepted") << QByteArray(R"({"ipRestrict":["2001:db8::/64"]})") << false
                                         << "ipRestrict[0]";
    QTest::newRow("ipv6ZoneId") << QByteArray(R"({"ipRestrict":["fe80::1%eth0"]})") << false << "ipRestrict[0]";
    QTest::newRow("hostName") << QByteArray(R"({"ipRestrict":["example.com"]})") << false << "ipRestrict[0]";
    QTest::newRow("emptyEntry") << QByteArray(R"({"ipRestrict":[""]})") << false << "ipRestrict[0]";
    QTest::newRow("entryWithSpaces") << QByteArray(R"({"ipRestrict":[" 1.2.3.4"]})") << false << "ipRestrict[0]";
    QTest::newRow("secondEntryBad") << QByteArray(R"({"ipRestrict":["1.2.3.4","1.2.3.4.5"]})") << false
                                    << "ipRestrict[1]";
    QTest::newRow("ipv4Duplicate") << QByteArray(R"({"ipRestrict":["1.2.3.4","1.2.3.4"]})") << false << "ipRestrict[1]";
    QTest::newRow("ipv6DuplicateSpelledDifferently")
        << QByteArray(R"({"ipRestrict":["2001:db8::1","2001:0db8:0:0:0:0:0:1"]})") << false << "ipRestrict[1]";

    QTest::newRow("enterpriseUpperCase") << QByteArray(R"({"enterprise":"59CD72485007A239FB00282ED480DA1F"})") << false
                                         << "enterprise";
    QTest::newRow("enterprise31Characters")
        << QByteArray(R"({"enterprise":"59cd72485007a239fb00282ed480da1"})") << false << "enterprise";
    QTest::newRow("enterpriseTrailingNewline")
        << QByteArray(R"({"enterprise":"59cd72485007a239fb00282ed480da1f\n"})") << false << "enterprise";
    QTest::newRow("enterpriseNotHex") << QByteArray(R"({"enterprise":"zzcd72485007a239fb00282ed480da1f"})") << false
                                      << "enterprise";

    QTest::newRow("adminScopeUnknown") << QByteArray(R"({"admin":true,"adminScope":"write"})") << false << "adminScope";
    QTest::newRow("adminScopeWithoutAdmin") << QByteArray(R"({"adminScope":"read"})") << false << "adminScope";

    QTest::newRow("limitCoinMissing") << QByteArray(R"({"spendingLimits":[{"txValueLimit":"1"}]})") << false
                                      << "spendingLimits[0].coin";
    QTest::newRow("limitCoinUnknown") << QByteArray(R"({"spendingLimits":[{"coin":"notacoin","txValueLimit":"1"}]})")
                                      << false << "spendingLimits[0].coin";
    QTest::newRow("limitCoinWrongCase") << QByteArray(R"({"spendingLimits":[{"coin":"TBTC","txValueLimit":"1"}]})")
                                        << false << "spendingLimits[0].coin";
    QTest::newRow("limitCoinTwice") << QByteArray(
        R"({"spendingLimits":[{"coin":"tbtc","txValueLimit":"1"},{"coin":"tbtc","txValueLimit":"2"}]})")
                                    << false << "spendingLimits[1].coin";
    const QByteArray limitField = "spendingLimits[0].txValueLimit";
    for (const char *bad : {"-1", "+1", "01", "1.5", "1e9", " 1", "1 000", "0x10"}) {
        QTest::addRow("limitAmountRefused_%s", bad)
            << QByteArray(R"({"spendingLimits":[{"coin":"tbtc","txValueLimit":")" + QByteArray(bad) + R"("}]})")
            << false << QString::fromLatin1(limitField);
    }
    QTest::newRow("limitAmountMissingWithoutNoCap")
        << QByteArray(R"({"spendingLimits":[{"coin":"tbtc"}]})") << false << QString::fromLatin1(limitField);
    QTest::newRow("limitAmountAsHugeJsonNumber")
        << QByteArray(R"({"spendingLimits":[{"coin":"teth","txValueLimit":1e21}]})") << false
        << QString::fromLatin1(limitField);
    QTest::newRow("secondLimitAmountRefused")
        << QByteArray(R"({"spendingLimits":[{"coin":"tbtc","txValueLimit":"1"},{"coin":"teth","txValueLimit":"-2"}]})")
        << false << "spendingLimits[1].txValueLimit";

    QTest::newRow("erc20AmountNegative") << QByteArray(
        R"({"allErc20TokensLimit":{"enabled":true,"txValueLimit":"-5"}})")
                                         << false << "allErc20TokensLimit.txValueLimit";
    QTest::newRow("erc20EnabledWithoutAmountOrNoCap")
        << QByteArray(R"({"allErc20TokensLimit":{"enabled":true}})") << false << "allErc20TokensLimit.txValueLimit";
}

void TestCreateTokenRequest::validatorRejectsEachViolationNamingItsField()
{
    QFETCH(QByteArray, patch);
    QFETCH(bool, productionRules);
    QFETCH(QString, field);
    const CreateTokenRequest request = CreateTokenRequest::fromJson(overlay(patch));
    const QList<ValidationIssue> issues = validate(request, {productionRules, &CoinCatalogue::embedded()});
    QVERIFY2(issues.size() == 1, qPrintable(describe(issues)));
    QCOMPARE(issues.first().field, field);
    QVERIFY(!issues.first().message.trimmed().isEmpty());
}

void TestCreateTokenRequest::createTokenRejectsEnterpriseIdThatIsNotHex()
{
    CreateTokenRequest request = CreateTokenRequest::fromJson(baseJson());
    request.enterprise = QStringLiteral("not-an-enterprise-id-at-all-0000");
    const QList<ValidationIssue> issues = validate(request, {});
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, QStringLiteral("enterprise"));
    QVERIFY(issues.first().message.contains(QStringLiteral("32")));
}

void TestCreateTokenRequest::validatorReportsOneMessagePerViolation()
{
    CreateTokenRequest request;
    request.durationSeconds = 0;
    request.ipRestrict = {QStringLiteral("nope")};
    const QList<ValidationIssue> issues = validate(request, {true, nullptr});
    QStringList fields;
    for (const ValidationIssue &issue : issues) {
        fields.append(issue.field);
        QVERIFY(!issue.message.isEmpty());
    }
    QCOMPARE(fields,
             (QStringList {QStringLiteral("label"), QStringLiteral("otp"), QStringLiteral("scope"),
                           QStringLiteral("duration"), QStringLiteral("ipRestrict[0]")}));
}

void TestCreateTokenRequest::validatorChecksCoinNamesOnlyWhenGivenACatalogue()
{
    CreateTokenRequest request = CreateTokenRequest::fromJson(baseJson());
    request.spendingLimits = {SpendingLimit {QStringLiteral("futurecoin"), QStringLiteral("1"), false}};
    QVERIFY(validate(request, {false, nullptr}).isEmpty());
    const QList<ValidationIssue> issues = validate(request, {false, &CoinCatalogue::embedded()});
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, QStringLiteral("spendingLimits[0].coin"));
}

void TestCreateTokenRequest::limitAboveAllOfAFixedSupplyCoinIsCautionedNotRefused()
{
    CreateTokenRequest request = CreateTokenRequest::fromJson(baseJson());
    const ValidationContext context {false, &CoinCatalogue::embedded()};
    // 21 000 000 tbtc exactly is every bitcoin there can be: a cap, if a generous one.
    request.spendingLimits = {
        SpendingLimit {QStringLiteral("tbtc"), QStringLiteral("2100000000000000"), false},
        SpendingLimit {QStringLiteral("xrp"), QStringLiteral("100000000000000001"), false},
        SpendingLimit {QStringLiteral("teth"), QStringLiteral("9999999999999999999999999999999"), false},
        SpendingLimit {QStringLiteral("ltc"), QString(), true}};
    QVERIFY(validate(request, context).isEmpty());
    QList<ValidationIssue> found = cautions(request, context);
    QCOMPARE(found.size(), 1); // xrp only: ether's supply grows, and "no cap" says what it means
    QCOMPARE(found.first().field, QStringLiteral("spendingLimits[1].txValueLimit"));
    QVERIFY2(found.first().message.contains(QStringLiteral("100000000000.000001 xrp")),
             qPrintable(found.first().message));
    QVERIFY2(found.first().message.contains(QStringLiteral("(100000000000 xrp)")), qPrintable(found.first().message));

    request.spendingLimits = {
        SpendingLimit {QStringLiteral("tbtc"), QStringLiteral("9999999999999999999999900000000"), false}};
    found = cautions(request, context);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().message.contains(QStringLiteral("99999999999999999999999 tbtc")),
             qPrintable(found.first().message));
    QVERIFY(cautions(request, {false, nullptr}).isEmpty());
}

void TestCreateTokenRequest::toJsonSendsAmountsAsStringsAndOmitsEmptyFields()
{
    CreateTokenRequest request = CreateTokenRequest::fromJson(baseJson());
    QCOMPARE(request.toJson().keys(),
             (QStringList {QStringLiteral("label"), QStringLiteral("otp"), QStringLiteral("scope")}));

    request.spendingLimits = {
        SpendingLimit {QStringLiteral("teth"), QStringLiteral("123456789012345678901234567890"), false},
        SpendingLimit {QStringLiteral("tbtc"), QString(), true}};
    const QJsonArray limits = request.toJson().value(QStringLiteral("spendingLimits")).toArray();
    QCOMPARE(limits.size(), 2);
    QVERIFY(limits.at(0).toObject().value(QStringLiteral("txValueLimit")).isString());
    QCOMPARE(limits.at(0).toObject().value(QStringLiteral("txValueLimit")).toString(),
             QStringLiteral("123456789012345678901234567890"));
    QVERIFY(!limits.at(0).toObject().contains(QStringLiteral("maxLimit")));
    QVERIFY(!limits.at(1).toObject().contains(QStringLiteral("txValueLimit")));
    QCOMPARE(limits.at(1).toObject().value(QStringLiteral("maxLimit")), QJsonValue(true));
}

void TestCreateTokenRequest::toJsonWritesEveryFieldOfTheSeedSchema()
{
    CreateTokenRequest request;
    request.label = QStringLiteral("l");
    request.otp = QStringLiteral("0000000");
    request.scope = {QStringLiteral("wallet_view_all")};
    request.durationSeconds = 3600;
    request.admin = true;
    request.adminScope = QStringLiteral("read");
    request.ipRestrict = {QStringLiteral("203.0.113.7")};
    request.enterprise = QStringLiteral("0123456789abcdef0123456789abcdef");
    request.spendingLimits = {SpendingLimit {QStringLiteral("tbtc"), QStringLiteral("1000000000"), false}};
    request.allErc20TokensLimit = Erc20Limit {true, false, QStringLiteral("18446744073709551616")};
    const QJsonObject json = request.toJson();
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys,
             (QStringList {QStringLiteral("admin"), QStringLiteral("adminScope"), QStringLiteral("allErc20TokensLimit"),
                           QStringLiteral("duration"), QStringLiteral("enterprise"), QStringLiteral("ipRestrict"),
                           QStringLiteral("label"), QStringLiteral("otp"), QStringLiteral("scope"),
                           QStringLiteral("spendingLimits")}));
    QVERIFY(json.value(QStringLiteral("duration")).isDouble());
    QCOMPARE(json.value(QStringLiteral("duration")).toInteger(), 3600);
    const QJsonObject erc20 = json.value(QStringLiteral("allErc20TokensLimit")).toObject();
    QCOMPARE(erc20.value(QStringLiteral("enabled")), QJsonValue(true));
    QCOMPARE(erc20.value(QStringLiteral("txValueLimit")), QJsonValue(QStringLiteral("18446744073709551616")));
}

void TestCreateTokenRequest::fromJsonInvertsToJson()
{
    CreateTokenRequest request;
    request.label = QStringLiteral("round trip");
    request.otp = QStringLiteral("123456");
    request.scope = {QStringLiteral("openid"), QStringLiteral("wallet_spend:") + s_walletId};
    request.durationSeconds = 315360000;
    request.admin = true;
    request.adminScope = QStringLiteral("full");
    request.ipRestrict = {QStringLiteral("203.0.113.0/24"), QStringLiteral("2001:db8::1")};
    request.enterprise = QStringLiteral("0123456789abcdef0123456789abcdef");
    request.spendingLimits = {
        SpendingLimit {QStringLiteral("teth"), QStringLiteral("340282366920938463463374607431768211456"), false},
        SpendingLimit {QStringLiteral("tbtc"), QString(), true}};
    request.allErc20TokensLimit = Erc20Limit {false, true, QString()};
    QCOMPARE(CreateTokenRequest::fromJson(request.toJson()), request);

    const CreateTokenRequest minimal = CreateTokenRequest::fromJson(baseJson());
    QCOMPARE(CreateTokenRequest::fromJson(minimal.toJson()), minimal);
    QCOMPARE(minimal.toJson(), baseJson());
}

void TestCreateTokenRequest::fromJsonKeepsInexactNumbersForTheValidatorToRefuse()
{
    const QJsonObject json =
        overlay(R"({"spendingLimits":[{"coin":"tbtc","txValueLimit":1000000000},{"coin":"teth","txValueLimit":1.5}]})");
    const CreateTokenRequest request = CreateTokenRequest::fromJson(json);
    QCOMPARE(request.spendingLimits.at(0).txValueLimit, QStringLiteral("1000000000"));
    QVERIFY(!request.spendingLimits.at(1).txValueLimit.isEmpty());
    const QList<ValidationIssue> issues = validate(request, {});
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, QStringLiteral("spendingLimits[1].txValueLimit"));
}

QTEST_GUILESS_MAIN(TestCreateTokenRequest)
#include "TestCreateTokenRequest.moc"
