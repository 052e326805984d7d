// The rotation plan: what the new token asks for, and the carry-over of lifetime spending limits,
// computed exactly on decimal strings (no floating point: 18-decimal coins pass 2^53 base units at 0.009 ETH).
#include "rotation/RotationPlan.h"

#include <QTest>

using namespace bgtm;

namespace {

ServerAmount exact(const QString &digits)
{
    return ServerAmount {digits, true};
}

AccessToken oldToken()
{
    AccessToken t;
    t.id = QStringLiteral("0123456789abcdef0123456789abcdef");
    t.label = QStringLiteral("ci-deploy");
    t.scope = {QStringLiteral("wallet_view_all"), QStringLiteral("wallet_spend_all")};
    t.ipRestrict = {QStringLiteral("203.0.113.0/24")};
    t.enterprise = QStringLiteral("5f1234567890abcdef1234567890abcd");
    t.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    t.expires = t.created.addDays(30);
    t.spendingLimits = {SpendingUsage {QStringLiteral("teth"), exact(QStringLiteral("3")),
                                       exact(QStringLiteral("12345678901234567891")),
                                       exact(QStringLiteral("100000000000000000000"))}};
    return t;
}

} // namespace

class TestRotationPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newTokenCopiesScopesLimitsIpRulesEnterpriseAndLifetime()
    {
        const Result<RotationPlan> plan = RotationPlanner::plan(oldToken(), std::nullopt, {});
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        const CreateTokenRequest &r = plan.value().request;
        QCOMPARE(r.label, QStringLiteral("ci-deploy"));
        QCOMPARE(r.scope, oldToken().scope);
        QCOMPARE(r.ipRestrict, oldToken().ipRestrict);
        QCOMPARE(r.enterprise, oldToken().enterprise);
        QCOMPARE(r.durationSeconds, std::optional<qint64>(30 * 86400));
        QCOMPARE(r.spendingLimits.size(), qsizetype(1));
        QCOMPARE(r.spendingLimits.first().txValueLimit, QStringLiteral("100000000000000000000"));
        QVERIFY(r.otp.isEmpty());
    }

    void givenLabelAndLifetimeReplaceTheOldOnes()
    {
        RotationOptions options;
        options.newLabel = QStringLiteral("ci-deploy-2");
        options.lifetimeSeconds = 7 * 86400;
        const Result<RotationPlan> plan = RotationPlanner::plan(oldToken(), std::nullopt, options);
        QVERIFY(plan.ok());
        QCOMPARE(plan.value().request.label, QStringLiteral("ci-deploy-2"));
        QCOMPARE(plan.value().request.durationSeconds, std::optional<qint64>(7 * 86400));
    }

    void carryOverIsLimitMinusSpentExactlyBeyondTwoToThe53_data()
    {
        QTest::addColumn<QString>("limit");
        QTest::addColumn<QString>("spent");
        QTest::addColumn<QString>("remaining");
        // 2^53 = 9007199254740992: a double would round every one of these.
        QTest::newRow("18 decimals") << "100000000000000000000"
                                     << "12345678901234567891"
                                     << "87654321098765432109";
        QTest::newRow("just above 2^53") << "9007199254740993"
                                         << "1"
                                         << "9007199254740992";
        QTest::newRow("borrow across every digit") << "1000000000000000000000000"
                                                   << "1"
                                                   << "999999999999999999999999";
        QTest::newRow("nothing spent") << "9007199254740993"
                                       << "0"
                                       << "9007199254740993";
        QTest::newRow("all spent") << "9007199254740993"
                                   << "9007199254740993"
                                   << "0";
        QTest::newRow("overspent is exhausted, not negative") << "5"
                                                              << "9007199254740993"
                                                              << "0";
    }
    void carryOverIsLimitMinusSpentExactlyBeyondTwoToThe53()
    {
        QFETCH(QString, limit);
        QFETCH(QString, spent);
        QFETCH(QString, remaining);
        AccessToken old = oldToken();
        old.spendingLimits = {
            SpendingUsage {QStringLiteral("teth"), exact(QStringLiteral("1")), exact(spent), exact(limit)}};
        RotationOptions options;
        options.carryOverRemaining = true;
        const Result<RotationPlan> plan = RotationPlanner::plan(old, std::nullopt, options);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan.value().carryOver.size(), qsizetype(1));
        const CarryOver &c = plan.value().carryOver.first();
        QCOMPARE(c.remaining, remaining);
        QVERIFY(c.carriedOver);
        QCOMPARE(c.newLimit, remaining);
        QCOMPARE(plan.value().request.spendingLimits.first().txValueLimit, remaining);
    }

    void withoutCarryOverTheFullLimitIsKeptAndRemainingStillShown()
    {
        const Result<RotationPlan> plan = RotationPlanner::plan(oldToken(), std::nullopt, {});
        QVERIFY(plan.ok());
        const CarryOver &c = plan.value().carryOver.first();
        QCOMPARE(c.remaining, QStringLiteral("87654321098765432109"));
        QVERIFY(!c.carriedOver);
        QCOMPARE(c.newLimit, QStringLiteral("100000000000000000000"));
    }

    void approximateSpentRefusesCarryOverForThatCoinWithAReason()
    {
        AccessToken old = oldToken();
        old.spendingLimits.first().txValue = ServerAmount {QStringLiteral("12345678901234567000"), false};
        old.spendingLimits.append(SpendingUsage {QStringLiteral("tbtc"), exact(QStringLiteral("1")),
                                                 exact(QStringLiteral("20000000")), exact(QStringLiteral("50000000"))});
        RotationOptions options;
        options.carryOverRemaining = true;
        const Result<RotationPlan> plan = RotationPlanner::plan(old, std::nullopt, options);
        QVERIFY(plan.ok());
        const CarryOver &teth = plan.value().carryOver.at(0);
        QVERIFY(!teth.carriedOver);
        QVERIFY(teth.remaining.isEmpty());
        QVERIFY(teth.refusedReason.contains(QStringLiteral("approximate")));
        QCOMPARE(teth.newLimit, QStringLiteral("100000000000000000000")); // the full limit, never a guess
        const CarryOver &tbtc = plan.value().carryOver.at(1);
        QVERIFY(tbtc.carriedOver); // the other coin is unaffected
        QCOMPARE(tbtc.newLimit, QStringLiteral("30000000"));
    }

    void approximateLimitRefusesThePlanBecauseItCannotBeCopied()
    {
        AccessToken old = oldToken();
        old.spendingLimits.first().txValueLimit = ServerAmount {QStringLiteral("100000000000000000000"), false};
        const Result<RotationPlan> plan = RotationPlanner::plan(old, std::nullopt, {});
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().kind, ErrorKind::Validation);
        QVERIFY(plan.error().message.contains(QStringLiteral("teth")));
    }

    void unlimitedCoinStaysUnlimited()
    {
        AccessToken old = oldToken();
        old.spendingLimits = {SpendingUsage {QStringLiteral("tbtc"), exact(QStringLiteral("0")),
                                             exact(QStringLiteral("0")), ServerAmount {}}};
        const Result<RotationPlan> plan = RotationPlanner::plan(old, std::nullopt, {});
        QVERIFY(plan.ok());
        QVERIFY(plan.value().request.spendingLimits.first().maxLimit);
        QVERIFY(plan.value().carryOver.isEmpty());
    }

    void suggestedChangeReplacesTheShapeButKeepsLabelAndLifetime()
    {
        CreateTokenRequest suggested;
        suggested.scope = {QStringLiteral("wallet_view_all")};
        suggested.ipRestrict = {QStringLiteral("198.51.100.7")};
        RotationOptions options;
        options.suggested = suggested;
        const Result<RotationPlan> plan = RotationPlanner::plan(oldToken(), std::nullopt, options);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan.value().request.scope, suggested.scope);
        QCOMPARE(plan.value().request.ipRestrict, suggested.ipRestrict);
        QVERIFY(plan.value().request.spendingLimits.isEmpty());
        QCOMPARE(plan.value().request.label, QStringLiteral("ci-deploy"));
        QCOMPARE(plan.value().request.durationSeconds, std::optional<qint64>(30 * 86400));
    }

    void templateReplacesTheShapeAndLifetimeButKeepsTheLabel()
    {
        TokenTemplate shape;
        shape.name = QStringLiteral("read-only");
        shape.shape.scope = {QStringLiteral("wallet_view_all")};
        shape.shape.ipRestrict = {QStringLiteral("198.51.100.7")};
        shape.shape.durationSeconds = 7 * 86400;
        RotationOptions options;
        options.fromTemplate = shape;
        const Result<RotationPlan> plan = RotationPlanner::plan(oldToken(), std::nullopt, options);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        const CreateTokenRequest &r = plan.value().request;
        QCOMPARE(plan.value().templateName, QStringLiteral("read-only"));
        QCOMPARE(r.scope, shape.shape.scope);
        QCOMPARE(r.ipRestrict, shape.shape.ipRestrict);
        QVERIFY(r.enterprise.isEmpty());
        QVERIFY(r.spendingLimits.isEmpty());
        QCOMPARE(r.label, QStringLiteral("ci-deploy"));
        QCOMPARE(r.durationSeconds, std::optional<qint64>(7 * 86400));

        options.lifetimeSeconds = 2 * 86400; // a lifetime given for this rotation wins over the template's
        QCOMPARE(RotationPlanner::plan(oldToken(), std::nullopt, options).value().request.durationSeconds,
                 std::optional<qint64>(2 * 86400));
    }

    // Old teth limit 100e18, spent 12345678901234567891: remaining 87654321098765432109.
    void templateLimitIsCappedByTheRemainingBudgetWhenCarriedOver_data()
    {
        QTest::addColumn<QString>("templateLimit");
        QTest::addColumn<bool>("carryOver");
        QTest::addColumn<QString>("newLimit");
        QTest::addColumn<bool>("carriedOver");
        QTest::newRow("above remaining, carried: capped")
            << QStringLiteral("200000000000000000000") << true << QStringLiteral("87654321098765432109") << true;
        QTest::newRow("below remaining, carried: the template's")
            << QStringLiteral("5000000000000000000") << true << QStringLiteral("5000000000000000000") << false;
        QTest::newRow("above remaining, not carried: the template's")
            << QStringLiteral("200000000000000000000") << false << QStringLiteral("200000000000000000000") << false;
    }

    void templateLimitIsCappedByTheRemainingBudgetWhenCarriedOver()
    {
        QFETCH(QString, templateLimit);
        QFETCH(bool, carryOver);
        QFETCH(QString, newLimit);
        QFETCH(bool, carriedOver);
        TokenTemplate shape;
        shape.name = QStringLiteral("spender");
        shape.shape.scope = {QStringLiteral("wallet_view_all"), QStringLiteral("wallet_spend_all")};
        shape.shape.spendingLimits = {SpendingLimit {QStringLiteral("teth"), templateLimit, false},
                                      SpendingLimit {QStringLiteral("tbtc"), QStringLiteral("1000"), false}};
        RotationOptions options;
        options.fromTemplate = shape;
        options.carryOverRemaining = carryOver;
        const Result<RotationPlan> plan = RotationPlanner::plan(oldToken(), std::nullopt, options);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan.value().carryOver.size(), qsizetype(1)); // only the coin both limit
        const CarryOver &c = plan.value().carryOver.first();
        QCOMPARE(c.coin, QStringLiteral("teth"));
        QCOMPARE(c.remaining, QStringLiteral("87654321098765432109"));
        QCOMPARE(c.newLimit, newLimit);
        QCOMPARE(c.carriedOver, carriedOver);
        const QList<SpendingLimit> &limits = plan.value().request.spendingLimits;
        QCOMPARE(limits.size(), qsizetype(2));
        QCOMPARE(limits.at(0).txValueLimit, newLimit);
        QCOMPARE(limits.at(1).txValueLimit, QStringLiteral("1000")); // a coin the old token did not limit: as is
    }

    void templateAndSuggestedChangeTogetherAreRefused()
    {
        RotationOptions options;
        options.fromTemplate = TokenTemplate {QStringLiteral("t"), CreateTokenRequest {}};
        options.suggested = CreateTokenRequest {};
        const Result<RotationPlan> plan = RotationPlanner::plan(oldToken(), std::nullopt, options);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().kind, ErrorKind::Validation);
    }

    void unknownLifetimeNeedsOneGiven()
    {
        AccessToken old = oldToken();
        old.expires = QDateTime();
        QVERIFY(!RotationPlanner::plan(old, std::nullopt, {}).ok());
        RotationOptions options;
        options.lifetimeSeconds = 86400;
        QVERIFY(RotationPlanner::plan(old, std::nullopt, options).ok());
    }

    void listedTokenMatchesOnlyWhenEveryRuleIsAsRequested_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("matches");
        QTest::newRow("same") << "" << true;
        QTest::newRow("scope order differs") << "reorder" << true;
        QTest::newRow("scope missing") << "scope" << false;
        QTest::newRow("ip differs") << "ip" << false;
        QTest::newRow("limit differs by one base unit") << "limit" << false;
        QTest::newRow("admin differs") << "admin" << false;
    }
    void listedTokenMatchesOnlyWhenEveryRuleIsAsRequested()
    {
        QFETCH(QString, change);
        QFETCH(bool, matches);
        const Result<RotationPlan> plan = RotationPlanner::plan(oldToken(), std::nullopt, {});
        QVERIFY(plan.ok());
        AccessToken listed = oldToken();
        if (change == QLatin1String("reorder"))
            // Changing the copy is the point here: it is ours, a detach costs nothing.
            std::reverse(listed.scope.begin(), listed.scope.end()); // clazy:exclude=detaching-member
        else if (change == QLatin1String("scope"))
            listed.scope.removeLast();
        else if (change == QLatin1String("ip"))
            listed.ipRestrict = {QStringLiteral("203.0.113.1")};
        else if (change == QLatin1String("limit"))
            listed.spendingLimits.first().txValueLimit = exact(QStringLiteral("100000000000000000001"));
        else if (change == QLatin1String("admin"))
            listed.admin = true;
        QString why;
        QCOMPARE(RotationPlanner::matches(listed, plan.value().request, &why), matches);
        QCOMPARE(why.isEmpty(), matches);
    }
};

QTEST_GUILESS_MAIN(TestRotationPlan)
#include "TestRotationPlan.moc"
