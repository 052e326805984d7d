// The search field's filter (TokenProxyModel over TokenTableModel): every word must appear somewhere in the row,
// in any case; the model keeps each row's search text, so it must follow the limits' wording as it changes.
#include "TokenProxyModel.h"
#include "itemmodels/TokenTableModel.h"

#include <QTest>

using namespace bgtm;

class TestTokenProxyModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void searchMatchesEveryWordInAnyCase_data();
    void searchMatchesEveryWordInAnyCase();
    void searchFindsLimitsAsTheFormatterWordsThem();

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

QTEST_GUILESS_MAIN(TestTokenProxyModel)
#include "TestTokenProxyModel.moc"
