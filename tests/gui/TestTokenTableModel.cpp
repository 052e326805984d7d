#include "itemmodels/TokenTableModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace bgtm;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC);

AccessToken serverToken(const QString &id, const QString &label, int expiresInDays)
{
    AccessToken t;
    t.id = id;
    t.label = label;
    t.scope = {QStringLiteral("wallet_view_all"), QStringLiteral("wallet_spend_all"), QStringLiteral("openid")};
    t.created = kNow.addDays(-1);
    t.expires = kNow.addDays(expiresInDays);
    return t;
}

StoredToken storedToken(const QString &id, const QString &label, StoredToken::State state)
{
    StoredToken s;
    s.environmentId = QStringLiteral("test");
    s.userId = QStringLiteral("u1");
    s.tokenId = id;
    s.label = label;
    s.scope = {QStringLiteral("wallet_view_all")};
    s.created = kNow.addDays(-2);
    s.expires = kNow.addDays(30);
    s.state = state;
    return s;
}
} // namespace

class TestTokenTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelPassesQAbstractItemModelTesterThroughEveryChange()
    {
        TokenTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kNow);
        model.setTokens({serverToken(QStringLiteral("a1"), QStringLiteral("one"), 30)},
                        {storedToken(QStringLiteral("a1"), QStringLiteral("one"), StoredToken::State::Stored),
                         storedToken(QStringLiteral("b2"), QStringLiteral("two"), StoredToken::State::Stored)});
        model.setPresence(QStringLiteral("b2"), SecretPresence::KeychainLocked);
        model.clearPresence();
        model.setTokens({}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void serverAndLocalEntriesOfTheSameTokenMergeIntoOneRow()
    {
        TokenTableModel model;
        model.setTokens({serverToken(QStringLiteral("a1"), QStringLiteral("server label"), 30),
                         serverToken(QStringLiteral("c3"), QStringLiteral("elsewhere"), 30)},
                        {storedToken(QStringLiteral("a1"), QStringLiteral("local label"), StoredToken::State::Stored),
                         storedToken(QStringLiteral("b2"), QStringLiteral("offline"), StoredToken::State::Stored)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.row(model.rowOf(QStringLiteral("a1"))).label(), QStringLiteral("server label"));
        QVERIFY(model.index(model.rowOf(QStringLiteral("a1")), 0).data(TokenTableModel::SecretHereRole).toBool());
        QVERIFY(!model.index(model.rowOf(QStringLiteral("c3")), 0).data(TokenTableModel::SecretHereRole).toBool());
        QCOMPARE(model.index(model.rowOf(QStringLiteral("c3")), TokenTableModel::SecretColumn).data().toString(),
                 QStringLiteral("not on this machine"));
    }

    void secretColumnFollowsKeychainPresence_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("presence"); // -1 = not checked
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("here");
        QTest::newRow("stored, checked") << int(StoredToken::State::Stored) << int(SecretPresence::InKeychain)
                                         << QStringLiteral("in keychain") << true;
        QTest::newRow("stored, locked") << int(StoredToken::State::Stored) << int(SecretPresence::KeychainLocked)
                                        << QStringLiteral("keychain locked") << false;
        QTest::newRow("stored, gone") << int(StoredToken::State::Stored) << int(SecretPresence::NotOnThisMachine)
                                      << QStringLiteral("not on this machine") << false;
        QTest::newRow("unverified") << int(StoredToken::State::Unverified) << -1 << QStringLiteral("unverified")
                                    << true;
        QTest::newRow("store failed") << int(StoredToken::State::StoreFailed) << -1
                                      << QStringLiteral("not on this machine") << false;
    }

    void secretColumnFollowsKeychainPresence()
    {
        QFETCH(int, state);
        QFETCH(int, presence);
        QFETCH(QString, text);
        QFETCH(bool, here);
        TokenTableModel model;
        model.setTokens({}, {storedToken(QStringLiteral("a1"), QStringLiteral("x"), StoredToken::State(state))});
        if (presence >= 0)
            model.setPresence(QStringLiteral("a1"), SecretPresence(presence));
        QCOMPARE(model.index(0, TokenTableModel::SecretColumn).data().toString(), text);
        QCOMPARE(model.index(0, 0).data(TokenTableModel::SecretHereRole).toBool(), here);
    }

    void expiredSoonAndRevokedTokensAreMarked_data()
    {
        QTest::addColumn<int>("expiresInDays");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("status");
        QTest::newRow("far") << 60 << int(StoredToken::State::Stored) << int(TokenRow::Status::Active);
        QTest::newRow("soon") << 3 << int(StoredToken::State::Stored) << int(TokenRow::Status::ExpiringSoon);
        QTest::newRow("expired") << -1 << int(StoredToken::State::Stored) << int(TokenRow::Status::Expired);
        QTest::newRow("revoked") << 60 << int(StoredToken::State::RevokedOnServer) << int(TokenRow::Status::Revoked);
    }

    void expiredSoonAndRevokedTokensAreMarked()
    {
        QFETCH(int, expiresInDays);
        QFETCH(int, state);
        QFETCH(int, status);
        TokenTableModel model;
        model.setNow(kNow);
        model.setExpiryWarningDays(14);
        StoredToken s = storedToken(QStringLiteral("a1"), QStringLiteral("x"), StoredToken::State(state));
        s.expires = kNow.addDays(expiresInDays);
        model.setTokens({}, {s});
        QCOMPARE(model.index(0, 0).data(TokenTableModel::StatusRole).toInt(), status);
    }

    void scopesAreSummarisedWithTheFullListInTheTooltip()
    {
        TokenTableModel model;
        model.setTokens({serverToken(QStringLiteral("a1"), QStringLiteral("x"), 30)}, {});
        const QModelIndex i = model.index(0, TokenTableModel::ScopesColumn);
        QCOMPARE(i.data().toString(), QStringLiteral("wallet_view_all, wallet_spend_all and 1 more"));
        QCOMPARE(i.data(Qt::ToolTipRole).toString(), QStringLiteral("wallet_view_all\nwallet_spend_all\nopenid"));
    }

    void spendingLimitsUseTheAmountFormatterAndMarkApproximateValues()
    {
        TokenTableModel model;
        model.setAmountFormatter([](const QString &coin, const QString &base) {
            return base == QStringLiteral("1000000000") ? QStringLiteral("10 ") + coin : base;
        });
        AccessToken t = serverToken(QStringLiteral("a1"), QStringLiteral("x"), 30);
        t.spendingLimits = {
            SpendingUsage {QStringLiteral("tbtc"), {}, {}, {QStringLiteral("1000000000"), true}},
            SpendingUsage {QStringLiteral("teth"), {}, {}, {QStringLiteral("99999999999999999999"), false}}};
        model.setTokens({t}, {});
        QCOMPARE(model.index(0, TokenTableModel::LimitsColumn).data().toString(),
                 QStringLiteral("10 tbtc; 99999999999999999999 (approximate)"));
    }

    void relativeTimeReadsNaturally_data()
    {
        QTest::addColumn<qint64>("offsetSeconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("minutes ahead") << qint64(600) << QStringLiteral("in 10 minutes");
        QTest::newRow("hours ahead") << qint64(5 * 3600) << QStringLiteral("in 5 hours");
        QTest::newRow("days ahead") << qint64(90 * 86400) << QStringLiteral("in 90 days");
        QTest::newRow("days ago") << qint64(-3 * 86400) << QStringLiteral("3 days ago");
        QTest::newRow("years ahead") << qint64(3650LL * 86400) << QStringLiteral("in 10 years");
    }

    void relativeTimeReadsNaturally()
    {
        QFETCH(qint64, offsetSeconds);
        QFETCH(QString, text);
        QCOMPARE(TokenTableModel::relativeTime(kNow.addSecs(offsetSeconds), kNow), text);
    }
};

QTEST_GUILESS_MAIN(TestTokenTableModel)
#include "TestTokenTableModel.moc"
