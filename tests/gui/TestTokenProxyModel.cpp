// The search field's filter (TokenProxyModel over TokenTableModel): every word must appear somewhere in the row,
// in any case; the model keeps each row's search text, so it must follow the limits' wording as it changes.
// Sorting is the model's: the header and the proxy forward to it, and filtering never reorders.
#include "TokenProxyModel.h"
#include "itemmodels/TokenTableModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

using namespace bgtm;

class TestTokenProxyModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void searchMatchesEveryWordInAnyCase_data();
    void searchMatchesEveryWordInAnyCase();
    void searchFindsLimitsAsTheFormatterWordsThem();
    void sortingThroughTheHeaderOrTheViewReachesTheModel();
    void filteringKeepsTheModelsOrderAndRowOfStillMaps();

private:
    static QList<AccessToken> tokens();
};

QList<AccessToken> TestTokenProxyModel::tokens()
{
    AccessToken ops;
    ops.id = QStringLiteral("0123456789abcdef0123456789abcdef");
    ops.label = QStringLiteral("Deploy Bot");
    ops.scope = {QStringLiteral("wallet_view_all"), QStringLiteral("wallet_spend_all")};
    ops.ipRestrict = {QStringLiteral("10.0.7.0/24")};
    ops.spendingLimits = {SpendingUsage {QStringLiteral("tbtc"), {}, {}, ServerAmount {QStringLiteral("5000"), true}}};
    AccessToken reader;
    reader.id = QStringLiteral("fedcba9876543210fedcba9876543210");
    reader.label = QStringLiteral("Straße reader");
    reader.scope = {QStringLiteral("wallet_view_all")};
    return {ops, reader};
}

void TestTokenProxyModel::searchMatchesEveryWordInAnyCase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("labels");
    const QString ops = QStringLiteral("Deploy Bot");
    const QString reader = QStringLiteral("Straße reader");
    QTest::newRow("empty shows all") << QString() << QStringList {ops, reader};
    QTest::newRow("label, other case") << QStringLiteral("dEPLOY") << QStringList {ops};
    QTest::newRow("non-ASCII, same letters") << QStringLiteral("STRAßE") << QStringList {reader};
    QTest::newRow("id prefix") << QStringLiteral("FEDCBA98") << QStringList {reader};
    QTest::newRow("scope in both") << QStringLiteral("wallet_view") << QStringList {ops, reader};
    QTest::newRow("every word must match") << QStringLiteral("wallet_view  spend") << QStringList {ops};
    QTest::newRow("ip rule") << QStringLiteral("10.0.7") << QStringList {ops};
    QTest::newRow("limit coin") << QStringLiteral("TBTC") << QStringList {ops};
    QTest::newRow("nothing") << QStringLiteral("no-such-word") << QStringList {};
}

void TestTokenProxyModel::searchMatchesEveryWordInAnyCase()
{
    QFETCH(QString, text);
    QFETCH(QStringList, labels);
    TokenTableModel model;
    TokenProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setTokens(tokens(), {});
    proxy.setSearchText(text);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.append(proxy.index(row, TokenTableModel::LabelColumn).data().toString());
    shown.sort();
    QCOMPARE(shown, labels);
}

void TestTokenProxyModel::searchFindsLimitsAsTheFormatterWordsThem()
{
    TokenTableModel model;
    TokenProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setTokens(tokens(), {});
    proxy.setSearchText(QStringLiteral("0.00005"));
    QCOMPARE(proxy.rowCount(), 0);
    // The coin catalogue arrives later (MainWindow): the cached search text must be rebuilt with the new wording.
    model.setAmountFormatter(
        [](const QString &coin, const QString &) { return QStringLiteral("0.00005 %1").arg(coin); });
    proxy.setSearchText(QStringLiteral("0.00005 TBTC"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, TokenTableModel::LabelColumn).data().toString(), QStringLiteral("Deploy Bot"));
}

void TestTokenProxyModel::sortingThroughTheHeaderOrTheViewReachesTheModel()
{
    TokenTableModel model;
    TokenProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setTokens(tokens(), {});
    QTableView view; // as MainWindow.ui configures the token table
    view.setSortingEnabled(true);
    view.setModel(&proxy);
    // MainWindow restores the saved sort with sortByColumn.
    view.sortByColumn(TokenTableModel::LabelColumn, Qt::DescendingOrder);
    QCOMPARE(model.sortColumn(), int(TokenTableModel::LabelColumn));
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    QCOMPARE(proxy.sortColumn(), -1); // the proxy itself never sorts
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Straße reader"));
    // A click on a header changes the indicator, which sorts the same way.
    view.horizontalHeader()->setSortIndicator(TokenTableModel::LabelColumn, Qt::AscendingOrder);
    QCOMPARE(model.sortOrder(), Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Deploy Bot"));
    QCOMPARE(view.horizontalHeader()->sortIndicatorSection(), int(TokenTableModel::LabelColumn));
    proxy.sort(TokenTableModel::ScopesColumn, Qt::DescendingOrder);
    QCOMPARE(model.sortColumn(), int(TokenTableModel::ScopesColumn));
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Deploy Bot"));
}

void TestTokenProxyModel::filteringKeepsTheModelsOrderAndRowOfStillMaps()
{
    TokenTableModel model;
    TokenProxyModel proxy;
    proxy.setSourceModel(&model);
    QList<AccessToken> many;
    for (int i = 0; i < 30; ++i) {
        AccessToken t;
        t.id = QStringLiteral("id%1").arg(i);
        t.label = QStringLiteral("%1 %2")
                      .arg(i % 2 ? QStringLiteral("odd") : QStringLiteral("even"))
                      .arg(29 - i, 2, 10, QLatin1Char('0'));
        many.append(t);
    }
    model.setTokens(many, {});
    model.sort(TokenTableModel::LabelColumn, Qt::AscendingOrder);
    proxy.setSearchText(QStringLiteral("odd"));
    QCOMPARE(proxy.rowCount(), 15);
    for (int row = 1; row < proxy.rowCount(); ++row) // still in the model's order
        QVERIFY(proxy.mapToSource(proxy.index(row - 1, 0)).row() < proxy.mapToSource(proxy.index(row, 0)).row());
    // As MainWindow restores a selection: the model's row of an id, mapped through the filter.
    const QModelIndex shown = proxy.mapFromSource(model.index(model.rowOf(QStringLiteral("id3")), 0));
    QVERIFY(shown.isValid());
    QCOMPARE(shown.data(TokenTableModel::TokenIdRole).toString(), QStringLiteral("id3"));
    QVERIFY(!proxy.mapFromSource(model.index(model.rowOf(QStringLiteral("id4")), 0)).isValid()); // filtered out
    model.sort(TokenTableModel::LabelColumn, Qt::DescendingOrder); // sorting while filtered
    QCOMPARE(proxy.rowCount(), 15);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("odd 28"));
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 30);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("odd 28"));
}

QTEST_MAIN(TestTokenProxyModel)
#include "TestTokenProxyModel.moc"
