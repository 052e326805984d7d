// CreationMatch: which listed tokens a create request may have made. Only tokens that share everything the request
// set, inside the window, count; a colleague's token with the same label at the same moment is not ours.
#include "model/CreationMatch.h"

#include <QTest>

using namespace bgtm;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 7), QTime(6, 0), Qt::UTC);

CreateTokenRequest request()
{
    CreateTokenRequest r;
    r.label = QStringLiteral("ci-deploy");
    r.otp = QStringLiteral("0000000");
    r.scope = {QStringLiteral("wallet_view_all"), QStringLiteral("openid")};
    r.ipRestrict = {QStringLiteral("10.0.0.1")};
    r.spendingLimits = {SpendingLimit {QStringLiteral("tbtc"), QStringLiteral("50000000"), false},
                        SpendingLimit {QStringLiteral("teth"), QString(), true}};
    return r;
}

/// The token the server lists for request(): scopes and IPs in another order, an uncapped limit in its own form.
AccessToken listedFor(const CreateTokenRequest &r, const QString &id)
{
    AccessToken t;
    t.id = id;
    t.label = r.label;
    t.scope = {QStringLiteral("openid"), QStringLiteral("wallet_view_all")};
    t.ipRestrict = r.ipRestrict;
    t.created = kNow;
    t.spendingLimits = {SpendingUsage {QStringLiteral("teth"), {}, {}, {QStringLiteral("0"), true}},
                        SpendingUsage {QStringLiteral("tbtc"), {}, {}, {QStringLiteral("50000000"), true}}};
    return t;
}

} // namespace

Q_DECLARE_METATYPE(bgtm::AccessToken)

class TestCreationMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theTokenOfTheRequestMatches() { QVERIFY(sharesShape(request(), listedFor(request(), QStringLiteral("a")))); }

    void anyDifferenceInWhatWasAskedForIsAnotherToken_data()
    {
        QTest::addColumn<AccessToken>("token");
        const AccessToken ours = listedFor(request(), QStringLiteral("a"));
        AccessToken t = ours;
        t.label = QStringLiteral("ci-deploy ");
        QTest::newRow("label") << t;
        t = ours;
        t.scope.append(QStringLiteral("wallet_spend_all"));
        QTest::newRow("one scope more") << t;
        t = ours;
        t.scope.removeLast();
        QTest::newRow("one scope less") << t;
        t = ours;
        t.ipRestrict = {QStringLiteral("10.0.0.2")};
        QTest::newRow("IP rule") << t;
        t = ours;
        t.ipRestrict.clear();
        QTest::newRow("no IP rule") << t;
        t = ours;
        t.enterprise = QStringLiteral("5f8a5a3e2d9c4b0012345678abcdef01");
        QTest::newRow("enterprise") << t;
        t = ours;
        t.admin = true;
        QTest::newRow("admin") << t;
        t = ours;
        t.spendingLimits[1].txValueLimit.digits = QStringLiteral("50000001");
        QTest::newRow("capped amount") << t;
        t = ours;
        t.spendingLimits.removeLast();
        QTest::newRow("one coin less") << t;
        t = ours;
        t.spendingLimits[0].coin = QStringLiteral("tsol");
        QTest::newRow("another coin") << t;
        t = ours;
        t.allErc20TokensLimit = SpendingUsage {};
        QTest::newRow("an ERC-20 limit not asked for") << t;
    }
    void anyDifferenceInWhatWasAskedForIsAnotherToken()
    {
        QFETCH(AccessToken, token);
        QVERIFY(!sharesShape(request(), token));
    }

    void anAmountTheServerSentInexactlyIsNotHeldAgainstIt()
    {
        AccessToken t = listedFor(request(), QStringLiteral("a"));
        t.spendingLimits[1].txValueLimit = ServerAmount {QStringLiteral("50000000.000001"), false};
        QVERIFY(sharesShape(request(), t));
    }

    void candidatesAreInsideTheWindowAndNotExcluded()
    {
        const CreateTokenRequest r = request();
        AccessToken before = listedFor(r, QStringLiteral("before"));
        before.created = kNow.addSecs(-61);
        AccessToken inside = listedFor(r, QStringLiteral("inside"));
        inside.created = kNow.addSecs(-30);
        AccessToken ours = listedFor(r, QStringLiteral("ours"));
        AccessToken after = listedFor(r, QStringLiteral("after"));
        after.created = kNow.addSecs(61);
        AccessToken undated = listedFor(r, QStringLiteral("undated"));
        undated.created = QDateTime();
        AccessToken otherShape = listedFor(r, QStringLiteral("other"));
        otherShape.scope = {QStringLiteral("openid")};
        const QList<AccessToken> found =
            creationCandidates(r, {before, inside, ours, after, undated, otherShape}, kNow.addSecs(-60),
                               kNow.addSecs(60), {QStringLiteral("ours")});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, QStringLiteral("inside"));
    }
};

QTEST_GUILESS_MAIN(TestCreationMatch)
#include "TestCreationMatch.moc"
