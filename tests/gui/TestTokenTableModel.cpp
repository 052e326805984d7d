#include "itemmodels/TokenTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QThreadPool>

#include <algorithm>

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

// Labels of the model's rows, top to bottom.
QStringList shownLabels(const TokenTableModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.row(row).label());
    return out;
}

AccessToken limitedToken(const QString &id, const QString &label, const QList<SpendingUsage> &limits)
{
    AccessToken t = serverToken(id, label, 30);
    t.spendingLimits = limits;
    return t;
}

SpendingUsage limit(const QString &coin, const QString &digits)
{
    return SpendingUsage {coin, {}, {}, {digits, true}};
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

    void spendingLimitsSayWhatIsSpentOfThem()
    {
        TokenTableModel model;
        model.setAmountFormatter([](const QString &coin, const QString &base) -> QString {
            return QString::number(base.toDouble() / 100000000.0) + QLatin1Char(' ') + coin;
        });
        AccessToken t = serverToken(QStringLiteral("a1"), QStringLiteral("x"), 30);
        t.spendingLimits = {
            SpendingUsage {QStringLiteral("tbtc"),
                           {QStringLiteral("2")},
                           {QStringLiteral("25000000")},
                           {QStringLiteral("150000000")}},
            SpendingUsage {
                QStringLiteral("tltc"), {QStringLiteral("0")}, {QStringLiteral("0")}, {QStringLiteral("100000000")}}};
        model.setTokens({t}, {});
        // Spent shows where something was spent; nothing spent adds nothing.
        QCOMPARE(model.index(0, TokenTableModel::LimitsColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("1.5 tbtc, 0.25 tbtc spent\n1 tltc"));
    }

    // Every column, both directions: the order the table showed when the proxy sorted by SortRole (strings
    // lower-cased and compared code unit by code unit, dates as dates, scopes by count), limits by coin then amount.
    void sortOrdersEveryColumnInBothDirections_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending");
        QTest::newRow("label") << int(TokenTableModel::LabelColumn)
                               << QStringList {QStringLiteral("alpha"), QStringLiteral("Bravo"),
                                               QStringLiteral("charlie"), QStringLiteral("delta")};
        QTest::newRow("scopes") << int(TokenTableModel::ScopesColumn)
                                << QStringList {QStringLiteral("charlie"), QStringLiteral("alpha"),
                                                QStringLiteral("Bravo"), QStringLiteral("delta")};
        QTest::newRow("limits") << int(TokenTableModel::LimitsColumn)
                                << QStringList {QStringLiteral("delta"), QStringLiteral("Bravo"),
                                                QStringLiteral("charlie"), QStringLiteral("alpha")};
        QTest::newRow("ip rules") << int(TokenTableModel::IpRulesColumn)
                                  << QStringList {QStringLiteral("alpha"), QStringLiteral("charlie"),
                                                  QStringLiteral("delta"), QStringLiteral("Bravo")};
        QTest::newRow("created") << int(TokenTableModel::CreatedColumn)
                                 << QStringList {QStringLiteral("delta"), QStringLiteral("charlie"),
                                                 QStringLiteral("Bravo"), QStringLiteral("alpha")};
        QTest::newRow("expires") << int(TokenTableModel::ExpiresColumn)
                                 << QStringList {QStringLiteral("delta"), QStringLiteral("Bravo"),
                                                 QStringLiteral("alpha"), QStringLiteral("charlie")};
        QTest::newRow("secret") << int(TokenTableModel::SecretColumn)
                                << QStringList {QStringLiteral("alpha"), QStringLiteral("delta"),
                                                QStringLiteral("Bravo"), QStringLiteral("charlie")};
        QTest::newRow("environment") << int(TokenTableModel::EnvironmentColumn)
                                     << QStringList {QStringLiteral("charlie"), QStringLiteral("alpha"),
                                                     QStringLiteral("Bravo"), QStringLiteral("delta")};
    }

    void sortOrdersEveryColumnInBothDirections()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        TokenTableModel model;
        model.setNow(kNow);
        AccessToken alpha = limitedToken(QStringLiteral("a"), QStringLiteral("alpha"),
                                         {limit(QStringLiteral("tbtc"), QStringLiteral("100"))});
        alpha.scope = {QStringLiteral("a"), QStringLiteral("b")};
        alpha.ipRestrict = {QStringLiteral("10.0.0.1")};
        alpha.created = kNow.addDays(-1);
        alpha.expires = kNow.addDays(40);
        AccessToken bravo = limitedToken(QStringLiteral("b"), QStringLiteral("Bravo"),
                                         {limit(QStringLiteral("TBTC"), QStringLiteral("9"))});
        bravo.scope = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        bravo.ipRestrict = {};
        bravo.created = kNow.addDays(-3);
        bravo.expires = kNow.addDays(20);
        AccessToken charlie = limitedToken(QStringLiteral("c"), QStringLiteral("charlie"),
                                           {limit(QStringLiteral("tbtc"), QStringLiteral("10"))});
        charlie.scope = {QStringLiteral("a")};
        charlie.ipRestrict = {QStringLiteral("10.0.0.2")};
        charlie.created = kNow.addDays(-5);
        charlie.expires = kNow.addDays(90);
        StoredToken delta = storedToken(QStringLiteral("d"), QStringLiteral("delta"), StoredToken::State::Stored);
        delta.scope = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
        delta.ipRestrict = {QStringLiteral("10.0.0.3")};
        delta.created = QDateTime(); // an invalid date sorts first, as QDateTime orders it
        delta.expires = kNow.addDays(15);
        delta.environmentId = QStringLiteral("prod");
        StoredToken localBravo = storedToken(QStringLiteral("b"), QStringLiteral("Bravo"), StoredToken::State::Stored);
        localBravo.environmentId = QStringLiteral("Dev");
        StoredToken localAlpha = storedToken(QStringLiteral("a"), QStringLiteral("alpha"), StoredToken::State::Stored);
        localAlpha.environmentId = QStringLiteral("beta");
        model.setTokens({charlie, alpha, bravo}, {delta, localBravo, localAlpha});
        // Secret, as worded: "in keychain" (alpha) < "in keychain (not checked)" (delta) < "keychain locked" (Bravo)
        // < "not on this machine" (charlie: no local entry).
        model.setPresence(QStringLiteral("a"), SecretPresence::InKeychain);
        model.setPresence(QStringLiteral("b"), SecretPresence::KeychainLocked);
        model.sort(column, Qt::AscendingOrder);
        QCOMPARE(shownLabels(model), ascending);
        model.sort(column, Qt::DescendingOrder);
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(shownLabels(model), descending);
        model.sort(-1);
        QCOMPARE(shownLabels(model),
                 (QStringList {QStringLiteral("charlie"), QStringLiteral("alpha"), QStringLiteral("Bravo"),
                               QStringLiteral("delta")}));
    }

    void equalKeysKeepTheListOrderInBothDirections()
    {
        TokenTableModel model;
        model.setNow(kNow);
        QList<AccessToken> tokens;
        for (const char *label : {"one", "two", "three", "four"})
            tokens.append(serverToken(QString::fromLatin1(label).toUpper(), QString::fromLatin1(label), 30));
        model.setTokens(tokens, {});
        const QStringList listed {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"),
                                  QStringLiteral("four")};
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(TokenTableModel::ExpiresColumn, order); // every token expires at the same time
            QCOMPARE(shownLabels(model), listed);
        }
    }

    void amountsSortExactlyBeyondTwoToThe53_data()
    {
        QTest::addColumn<QStringList>("digits");
        QTest::addColumn<QStringList>("ascending");
        // 2^53 + 1 and 2^53 are equal as doubles; 10^19 and 10^19 + 1 too.
        QTest::newRow("2^53") << QStringList {QStringLiteral("9007199254740993"), QStringLiteral("9007199254740992")}
                              << QStringList {QStringLiteral("9007199254740992"), QStringLiteral("9007199254740993")};
        QTest::newRow("wei") << QStringList {QStringLiteral("10000000000000000001"),
                                             QStringLiteral("10000000000000000000"), QStringLiteral("999")}
                             << QStringList {QStringLiteral("999"), QStringLiteral("10000000000000000000"),
                                             QStringLiteral("10000000000000000001")};
        QTest::newRow("no cap after every amount")
            << QStringList {QString(), QStringLiteral("123456789012345678901234567890")}
            << QStringList {QStringLiteral("123456789012345678901234567890"), QString()};
    }

    void amountsSortExactlyBeyondTwoToThe53()
    {
        QFETCH(QStringList, digits);
        QFETCH(QStringList, ascending);
        TokenTableModel model;
        QList<AccessToken> tokens;
        for (const QString &d : digits)
            tokens.append(limitedToken(QStringLiteral("id-") + d, d, {limit(QStringLiteral("teth"), d)}));
        model.setTokens(tokens, {});
        model.sort(TokenTableModel::LimitsColumn, Qt::AscendingOrder);
        QCOMPARE(shownLabels(model), ascending);
    }

    void anUnansweredCreationNamesItsLookAlikesAndFlagsNone()
    {
        TokenTableModel model;
        model.setNow(kNow);
        StoredToken pending = storedToken(QString(), QStringLiteral("deploy"), StoredToken::State::Pending);
        pending.pendingId = QStringLiteral("p1");
        pending.candidates = {QStringLiteral("x1"), QStringLiteral("x2")};
        model.setTokens({serverToken(QStringLiteral("x1"), QStringLiteral("deploy"), 30),
                         serverToken(QStringLiteral("x2"), QStringLiteral("deploy"), 30)},
                        {pending});
        QCOMPARE(model.rowCount(), 3);
        bool named = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString shown = model.index(row, TokenTableModel::LabelColumn).data().toString();
            const auto status =
                static_cast<TokenRow::Status>(model.index(row, 0).data(TokenTableModel::StatusRole).toInt());
            QVERIFY2(status != TokenRow::Status::FlaggedForRevocation, qPrintable(shown));
            named = named || (shown.contains(QLatin1String("x1, x2")) && status == TokenRow::Status::Pending);
        }
        QVERIFY2(named, "the pending creation's row does not name its look-alikes");
    }

    void aLabelShowingItsStatusSortsAsShown()
    {
        TokenTableModel model;
        model.setNow(kNow);
        // "b (expired)" sorts after "b !" as the cell reads, not before it as the bare label "b" would.
        model.setTokens({serverToken(QStringLiteral("1"), QStringLiteral("b"), -1),
                         serverToken(QStringLiteral("2"), QStringLiteral("b !"), 30)},
                        {});
        model.sort(TokenTableModel::LabelColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("b !"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("b (expired)"));
    }

    void aLabelSortsByTheStatusItShowsNowNotWhenListed()
    {
        TokenTableModel model;
        model.setNow(kNow);
        model.setTokens({serverToken(QStringLiteral("1"), QStringLiteral("b"), 1),
                         serverToken(QStringLiteral("2"), QStringLiteral("b !"), 30)},
                        {});
        model.sort(TokenTableModel::LabelColumn, Qt::AscendingOrder);
        QCOMPARE(shownLabels(model), (QStringList {QStringLiteral("b"), QStringLiteral("b !")}));
        model.setNow(kNow.addDays(2)); // "b" has expired and reads "b (expired)" now
        QCOMPARE(shownLabels(model), (QStringList {QStringLiteral("b !"), QStringLiteral("b")}));
    }

    void rowOfFindsEveryTokenAfterSorting()
    {
        TokenTableModel model;
        model.setNow(kNow);
        QList<AccessToken> tokens;
        for (int i = 0; i < 50; ++i)
            tokens.append(serverToken(QStringLiteral("id%1").arg(i), QStringLiteral("label %1").arg(49 - i), i));
        model.setTokens(tokens,
                        {storedToken(QStringLiteral("local"), QStringLiteral("zz"), StoredToken::State::Stored)});
        for (const int column : {int(TokenTableModel::LabelColumn), int(TokenTableModel::ExpiresColumn), -1}) {
            model.sort(column, Qt::DescendingOrder);
            for (int i = 0; i < 50; ++i)
                QCOMPARE(model.row(model.rowOf(QStringLiteral("id%1").arg(i))).tokenId(),
                         QStringLiteral("id%1").arg(i));
            QCOMPARE(model.row(model.rowOf(QStringLiteral("local"))).label(), QStringLiteral("zz"));
            QCOMPARE(model.rowOf(QStringLiteral("missing")), -1);
            QCOMPARE(model.rowOf(QString()), -1);
        }
    }

    void sortingMovesPersistentIndexesWithTheirRows()
    {
        TokenTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kNow);
        model.setTokens({serverToken(QStringLiteral("a"), QStringLiteral("c"), 1),
                         serverToken(QStringLiteral("b"), QStringLiteral("a"), 2),
                         serverToken(QStringLiteral("c"), QStringLiteral("b"), 3)},
                        {});
        const QPersistentModelIndex held(model.index(0, TokenTableModel::ScopesColumn));
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        model.sort(TokenTableModel::LabelColumn, Qt::AscendingOrder);
        QCOMPARE(layout.count(), 1);
        QCOMPARE(held.row(), 2);
        QCOMPARE(held.column(), int(TokenTableModel::ScopesColumn));
        QCOMPARE(held.data(TokenTableModel::TokenIdRole).toString(), QStringLiteral("a"));
    }

    void aNewListIsShownInTheCurrentSortOrder()
    {
        TokenTableModel model;
        model.sort(TokenTableModel::LabelColumn, Qt::DescendingOrder);
        model.setTokens({serverToken(QStringLiteral("1"), QStringLiteral("a"), 30),
                         serverToken(QStringLiteral("2"), QStringLiteral("c"), 30),
                         serverToken(QStringLiteral("3"), QStringLiteral("b"), 30)},
                        {});
        QCOMPARE(shownLabels(model), (QStringList {QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
    }

    void aLargeListIsBuiltOffThisThreadAndAdoptedSorted()
    {
        TokenTableModel model;
        model.setNow(kNow);
        model.sort(TokenTableModel::LabelColumn, Qt::AscendingOrder);
        QList<AccessToken> tokens;
        for (int i = 0; i < 5000; ++i)
            tokens.append(serverToken(QStringLiteral("id%1").arg(i),
                                      QStringLiteral("t%1").arg(4999 - i, 4, 10, QLatin1Char('0')), 30));
        bool adopted = false;
        model.loadTokens(tokens, {}, [&adopted] { adopted = true; });
        QCOMPARE(model.rowCount(), 0); // not yet: built on a worker, adopted from the event loop
        QTRY_VERIFY_WITH_TIMEOUT(adopted, 60000);
        QCOMPARE(model.rowCount(), 5000);
        QCOMPARE(model.row(0).label(), QStringLiteral("t0000"));
        QCOMPARE(model.row(0).tokenId(), QStringLiteral("id4999"));
        QCOMPARE(model.rowOf(QStringLiteral("id0")), 4999);
    }

    void clearingDropsALoadStillInFlight()
    {
        TokenTableModel model;
        QList<AccessToken> tokens;
        for (int i = 0; i < 5000; ++i)
            tokens.append(serverToken(QStringLiteral("id%1").arg(i), QStringLiteral("t"), 30));
        bool adopted = false;
        model.loadTokens(tokens, {}, [&adopted] { adopted = true; });
        model.setTokens({}, {}); // as locking the app does
        bool later = false;
        model.loadTokens({serverToken(QStringLiteral("x"), QStringLiteral("x"), 30)}, {}, [&later] { later = true; });
        QVERIFY(later); // a small list is adopted at once
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(!adopted);
        QCOMPARE(model.rowCount(), 1);
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
        // A token made a moment ago reads its whole lifetime, not one unit short.
        QTest::newRow("30 days, made 5 s ago") << qint64(30 * 86400 - 5) << QStringLiteral("in 30 days");
        QTest::newRow("90 days, made 2 min ago") << qint64(90 * 86400 - 120) << QStringLiteral("in 90 days");
        QTest::newRow("1 hour, made 10 s ago") << qint64(3600 - 10) << QStringLiteral("in 1 hour");
        QTest::newRow("10 years, made a day ago") << qint64(3650LL * 86400 - 86400) << QStringLiteral("in 10 years");
        QTest::newRow("47 hours ahead") << qint64(47 * 3600) << QStringLiteral("in 47 hours");
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
