#include "model/CreateTokenRequest.h"
#include "model/ScopeCatalogue.h"

#include <QSet>
#include <QTest>

using namespace bgtm;

namespace {

QList<ValidationIssue> validateScopes(const QStringList &scopes, bool productionRules)
{
    CreateTokenRequest request;
    request.label = QStringLiteral("scopes");
    request.otp = QStringLiteral("0000000");
    request.scope = scopes;
    if (productionRules)
        request.ipRestrict = {QStringLiteral("203.0.113.7")};
    return validate(request, {productionRules, nullptr});
}

} // namespace

class TestScopeCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyScopeOfTheProtocolDocIsKnown_data();
    void everyScopeOfTheProtocolDocIsKnown();
    void namesAreUniqueAndDescribed();
    void onlyTheSevenWalletScopesTakeAWalletId();
    void spendAndApproveScopesAreMarkedAsMovingFunds_data();
    void spendAndApproveScopesAreMarkedAsMovingFunds();
    void allIsTestOnly();
    void validatorKnowsExactlyTheCatalogueScopes();
    void presetsAreValidUnderProductionRules_data();
    void presetsAreValidUnderProductionRules();
    void readOnlyPresetCannotChangeAnything();
    void spenderPresetCanSpend();
    void walletIdsAre32LowercaseHex_data();
    void walletIdsAre32LowercaseHex();
};

void TestScopeCatalogue::everyScopeOfTheProtocolDocIsKnown_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("legacy");
    // Protocol doc §4 "scope": the 2026 list, then the seed's older names.
    const char *current =
        "openid profile user_manage enterprise_view_all enterprise_manage_all auditlogs_view_all wallet_view "
        "wallet_view_enterprise wallet_view_all wallet_create wallet_freeze wallet_freeze_all wallet_manage "
        "wallet_manage_all wallet_approve wallet_approve_all wallet_spend wallet_spend_all wallet_edit wallet_edit_all "
        "wallet_stake wallet_stake_all wallet_edit_enterprise wallet_spend_enterprise wallet_approve_enterprise "
        "wallet_manage_enterprise settlement_network_read settlement_network_write portfolio_view trade_view "
        "trade_trade trade_fix pending_approval_update metamask_institutional crypto_compare all";
    for (const QString &name : QString::fromLatin1(current).split(QLatin1Char(' ')))
        QTest::newRow(qPrintable(name)) << name << false;
    for (const char *name : {"openid_enterprises", "third_party_user_lookup", "private_verify_email", "scim"})
        QTest::newRow(name) << QString::fromLatin1(name) << true;
}

void TestScopeCatalogue::everyScopeOfTheProtocolDocIsKnown()
{
    QFETCH(QString, name);
    QFETCH(bool, legacy);
    const std::optional<ScopeInfo> info = ScopeCatalogue::find(name);
    QVERIFY(info);
    QCOMPARE(info->legacy, legacy);
}

void TestScopeCatalogue::namesAreUniqueAndDescribed()
{
    const QList<ScopeInfo> all = ScopeCatalogue::all();
    QCOMPARE(all.size(), 40);
    QSet<QString> names;
    for (const ScopeInfo &scope : all) {
        QVERIFY2(!names.contains(scope.name), qPrintable(scope.name));
        names.insert(scope.name);
        QVERIFY(!scope.description.isEmpty());
        QVERIFY(!ScopeCatalogue::groupName(scope.group).isEmpty());
    }
}

void TestScopeCatalogue::onlyTheSevenWalletScopesTakeAWalletId()
{
    QStringList withId;
    for (const ScopeInfo &scope : ScopeCatalogue::all()) {
        if (scope.acceptsWalletId)
            withId.append(scope.name);
    }
    withId.sort();
    QCOMPARE(
        withId,
        (QStringList {QStringLiteral("wallet_approve"), QStringLiteral("wallet_edit"), QStringLiteral("wallet_freeze"),
                      QStringLiteral("wallet_manage"), QStringLiteral("wallet_spend"), QStringLiteral("wallet_stake"),
                      QStringLiteral("wallet_view")}));
}

void TestScopeCatalogue::spendAndApproveScopesAreMarkedAsMovingFunds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("movesFunds");
    QTest::addColumn<ScopeGroup>("group");
    QTest::newRow("spend") << "wallet_spend" << true << ScopeGroup::WalletSpend;
    QTest::newRow("spendAll") << "wallet_spend_all" << true << ScopeGroup::WalletSpend;
    QTest::newRow("spendEnterprise") << "wallet_spend_enterprise" << true << ScopeGroup::WalletSpend;
    QTest::newRow("approve") << "wallet_approve" << true << ScopeGroup::WalletApprove;
    QTest::newRow("approveAll") << "wallet_approve_all" << true << ScopeGroup::WalletApprove;
    QTest::newRow("viewAll") << "wallet_view_all" << false << ScopeGroup::WalletView;
    QTest::newRow("manageAll") << "wallet_manage_all" << false << ScopeGroup::WalletManage;
    QTest::newRow("openid") << "openid" << false << ScopeGroup::UserProfile;
    QTest::newRow("trade") << "trade_trade" << false << ScopeGroup::TradingPortfolio;
    QTest::newRow("settlement") << "settlement_network_write" << false << ScopeGroup::SettlementNetwork;
    QTest::newRow("enterprise") << "enterprise_manage_all" << false << ScopeGroup::Enterprise;
}

void TestScopeCatalogue::spendAndApproveScopesAreMarkedAsMovingFunds()
{
    QFETCH(QString, name);
    QFETCH(bool, movesFunds);
    QFETCH(ScopeGroup, group);
    const std::optional<ScopeInfo> info = ScopeCatalogue::find(name);
    QVERIFY(info);
    QCOMPARE(info->movesFunds, movesFunds);
    QCOMPARE(info->group, group);
}

void TestScopeCatalogue::allIsTestOnly()
{
    const std::optional<ScopeInfo> all = ScopeCatalogue::find(QStringLiteral("all"));
    QVERIFY(all);
    QVERIFY(all->testOnly);
    QVERIFY(all->movesFunds);
    for (const ScopeInfo &scope : ScopeCatalogue::all())
        QCOMPARE(scope.testOnly, scope.name == QLatin1String("all"));
}

void TestScopeCatalogue::validatorKnowsExactlyTheCatalogueScopes()
{
    for (const ScopeInfo &scope : ScopeCatalogue::all()) {
        const QList<ValidationIssue> issues = validateScopes({scope.name}, false);
        QVERIFY2(issues.isEmpty(), qPrintable(scope.name));
    }
    QCOMPARE(validateScopes({QStringLiteral("wallet_view_everything")}, false).size(), 1);
    QVERIFY(!ScopeCatalogue::find(QStringLiteral("wallet_view_everything")));
}

void TestScopeCatalogue::presetsAreValidUnderProductionRules_data()
{
    QTest::addColumn<ScopePreset>("preset");
    QTest::newRow("readOnly") << ScopePreset::ReadOnly;
    QTest::newRow("spender") << ScopePreset::Spender;
    QTest::newRow("walletAdmin") << ScopePreset::WalletAdmin;
    QTest::newRow("everything") << ScopePreset::Everything;
}

void TestScopeCatalogue::presetsAreValidUnderProductionRules()
{
    QFETCH(ScopePreset, preset);
    const QStringList scopes = ScopeCatalogue::preset(preset);
    QVERIFY(!scopes.isEmpty());
    QVERIFY(!ScopeCatalogue::presetName(preset).isEmpty());
    QVERIFY(!ScopeCatalogue::presetDescription(preset).isEmpty());
    const QList<ValidationIssue> issues = validateScopes(scopes, true);
    QVERIFY(issues.isEmpty());
    for (const QString &name : scopes) {
        const std::optional<ScopeInfo> info = ScopeCatalogue::find(name);
        QVERIFY(info);
        QVERIFY(!info->legacy);
        QVERIFY(!info->testOnly);
    }
}

void TestScopeCatalogue::readOnlyPresetCannotChangeAnything()
{
    for (const QString &name : ScopeCatalogue::preset(ScopePreset::ReadOnly)) {
        QVERIFY2(!ScopeCatalogue::find(name)->movesFunds, qPrintable(name));
        for (const char *verb :
             {"manage", "edit", "create", "freeze", "stake", "trade_trade", "write", "spend", "approve"})
            QVERIFY2(!name.contains(QLatin1String(verb)), qPrintable(name));
    }
}

void TestScopeCatalogue::spenderPresetCanSpend()
{
    QVERIFY(ScopeCatalogue::preset(ScopePreset::Spender).contains(QStringLiteral("wallet_spend_all")));
    const QStringList everything = ScopeCatalogue::preset(ScopePreset::Everything);
    QVERIFY(!everything.contains(QStringLiteral("all")));
    QCOMPARE(everything.size(), 35); // the 36 current scopes without `all`
}

void TestScopeCatalogue::walletIdsAre32LowercaseHex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("seedExample") << "59cd72485007a239fb00282ed480da1f" << true;
    QTest::newRow("upperCase") << "59CD72485007A239FB00282ED480DA1F" << false;
    QTest::newRow("tooShort") << "59cd72485007a239fb00282ed480da1" << false;
    QTest::newRow("tooLong") << "59cd72485007a239fb00282ed480da1f0" << false;
    QTest::newRow("notHex") << "59cd72485007a239fb00282ed480da1g" << false;
    QTest::newRow("trailingNewline") << "59cd72485007a239fb00282ed480da1f\n" << false;
    QTest::newRow("empty") << "" << false;
}

void TestScopeCatalogue::walletIdsAre32LowercaseHex()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(ScopeCatalogue::isWalletId(text), valid);
}

QTEST_GUILESS_MAIN(TestScopeCatalogue)
#include "TestScopeCatalogue.moc"
