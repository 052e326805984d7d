#include "model/CoinCatalogue.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace bgtm;

class TestCoinCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedCatalogueLoads();
    void decimalsMatchBitGoStatics_data();
    void decimalsMatchBitGoStatics();
    void networkAndTokenFlagsMatchBitGoStatics_data();
    void networkAndTokenFlagsMatchBitGoStatics();
    void catalogueComesFromThePinnedStatics();
    void unknownCoinIsNotFound_data();
    void unknownCoinIsNotFound();
    void searchPutsExactNameFirstThenPrefixMatches();
    void searchMatchesFullNamesCaseInsensitively();
    void searchCanPutTestnetCoinsFirst();
    void searchRespectsTheLimit();
    void malformedCatalogueIsRefusedWithAMessage_data();
    void malformedCatalogueIsRefusedWithAMessage();
};

void TestCoinCatalogue::embeddedCatalogueLoads()
{
    QElapsedTimer timer;
    timer.start();
    const CoinCatalogue &catalogue = CoinCatalogue::embedded();
    // Reported, not asserted (no timing assertions): the first use pays for parsing.
    qInfo("embedded coin catalogue: %lld coins parsed in %lld ms", static_cast<long long>(catalogue.size()),
          static_cast<long long>(timer.elapsed()));
    QVERIFY(catalogue.size() > 1000);
    QCOMPARE(&CoinCatalogue::embedded(), &catalogue);
}

void TestCoinCatalogue::decimalsMatchBitGoStatics_data()
{
    QTest::addColumn<QString>("coin");
    QTest::addColumn<int>("decimals");
    // Protocol doc §7. Testnet and mainnet differ for dot and sol:usdc: neither is derived from the other.
    const QList<std::pair<const char *, int>> facts {
        {"btc", 8},    {"tbtc", 8},     {"ltc", 8},       {"bch", 8},   {"hbar", 8}, {"eth", 18}, {"teth", 18},
        {"hteth", 18}, {"dai", 18},     {"link", 18},     {"weth", 18}, {"usdc", 6}, {"usdt", 6}, {"xrp", 6},
        {"trx", 6},    {"algo", 6},     {"ada", 6},       {"xlm", 7},   {"sol", 9},  {"tsol", 9}, {"dot", 10},
        {"tdot", 12},  {"sol:usdc", 6}, {"tsol:usdc", 9}, {"near", 24}, {"eos", 4}};
    for (const auto &[coin, decimals] : facts)
        QTest::newRow(coin) << QString::fromLatin1(coin) << decimals;
}

void TestCoinCatalogue::decimalsMatchBitGoStatics()
{
    QFETCH(QString, coin);
    QFETCH(int, decimals);
    const CoinInfo *info = CoinCatalogue::embedded().find(coin);
    QVERIFY(info);
    QCOMPARE(info->name, coin);
    QCOMPARE(info->decimals, decimals);
    QVERIFY(!info->fullName.isEmpty());
    QVERIFY(!info->family.isEmpty());
}

void TestCoinCatalogue::networkAndTokenFlagsMatchBitGoStatics_data()
{
    QTest::addColumn<QString>("coin");
    QTest::addColumn<bool>("testnet");
    QTest::addColumn<bool>("isToken");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("tokenStandard");
    QTest::newRow("tbtc") << "tbtc" << true << false << "btc"
                          << "";
    QTest::newRow("btc") << "btc" << false << false << "btc"
                         << "";
    QTest::newRow("hteth") << "hteth" << true << false << "eth"
                           << "";
    QTest::newRow("dai") << "dai" << false << true << "eth"
                         << "erc20";
    QTest::newRow("tsol:usdc") << "tsol:usdc" << true << true << "sol"
                               << "";
    QTest::newRow("sol:usdc") << "sol:usdc" << false << true << "sol"
                              << "";
}

void TestCoinCatalogue::networkAndTokenFlagsMatchBitGoStatics()
{
    QFETCH(QString, coin);
    QFETCH(bool, testnet);
    QFETCH(bool, isToken);
    QFETCH(QString, family);
    QFETCH(QString, tokenStandard);
    const CoinInfo *info = CoinCatalogue::embedded().find(coin);
    QVERIFY(info);
    QCOMPARE(info->testnet, testnet);
    QCOMPARE(info->isToken, isToken);
    QCOMPARE(info->family, family);
    QCOMPARE(info->tokenStandard, tokenStandard);
}

void TestCoinCatalogue::catalogueComesFromThePinnedStatics()
{
    QFile packageJson(QStringLiteral(BGTM_SOURCE_DIR "/tests/node/package.json"));
    QVERIFY(packageJson.open(QIODevice::ReadOnly));
    const QString pinned = QJsonDocument::fromJson(packageJson.readAll())
                               .object()
                               .value(QStringLiteral("dependencies"))
                               .toObject()
                               .value(QStringLiteral("@bitgo/statics"))
                               .toString();
    QVERIFY(!pinned.isEmpty());
    QCOMPARE(CoinCatalogue::embedded().source(), QStringLiteral("@bitgo/statics ") + pinned);
}

void TestCoinCatalogue::unknownCoinIsNotFound_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("made up") << "notacoin";
    QTest::newRow("empty") << "";
    QTest::newRow("wrong case") << "TBTC";
    QTest::newRow("prefix only") << "tbt";
}

void TestCoinCatalogue::unknownCoinIsNotFound()
{
    QFETCH(QString, name);
    QVERIFY(!CoinCatalogue::embedded().find(name));
}

void TestCoinCatalogue::searchPutsExactNameFirstThenPrefixMatches()
{
    const QList<CoinInfo> hits = CoinCatalogue::embedded().search(QStringLiteral("tsol:"));
    QVERIFY(hits.size() > 1);
    for (const CoinInfo &coin : hits)
        QVERIFY2(coin.name.startsWith(QStringLiteral("tsol:")) || coin.name.contains(QStringLiteral("tsol:"))
                     || coin.fullName.contains(QStringLiteral("tsol:"), Qt::CaseInsensitive),
                 qPrintable(coin.name));
    QVERIFY(hits.first().name.startsWith(QStringLiteral("tsol:")));

    const QList<CoinInfo> btc = CoinCatalogue::embedded().search(QStringLiteral("btc"));
    QVERIFY(!btc.isEmpty());
    QCOMPARE(btc.first().name, QStringLiteral("btc"));
    // Name-prefix matches ("btc…") come before matches elsewhere in the name ("tbtc").
    const auto position = [&btc](const QString &name) {
        for (qsizetype i = 0; i < btc.size(); ++i) {
            if (btc.at(i).name == name)
                return i;
        }
        return qsizetype(-1);
    };
    QVERIFY(position(QStringLiteral("tbtc")) > 0);
    for (qsizetype i = 1; i < btc.size() && btc.at(i).name.startsWith(QStringLiteral("btc")); ++i)
        QVERIFY(i < position(QStringLiteral("tbtc")));
}

void TestCoinCatalogue::searchMatchesFullNamesCaseInsensitively()
{
    const QList<CoinInfo> hits = CoinCatalogue::embedded().search(QStringLiteral("testnet bitcoin"));
    QStringList names;
    for (const CoinInfo &coin : hits)
        names.append(coin.name);
    QVERIFY2(names.contains(QStringLiteral("tbtc")), qPrintable(names.join(QLatin1Char(' '))));
    QCOMPARE(CoinCatalogue::embedded().search(QStringLiteral("TBTC")).first().name, QStringLiteral("tbtc"));
}

void TestCoinCatalogue::searchCanPutTestnetCoinsFirst()
{
    const CoinCatalogue &catalogue = CoinCatalogue::embedded();
    const QList<CoinInfo> hits = catalogue.search(QStringLiteral("sol"), CoinCatalogue::Order::TestnetFirst);
    QVERIFY(hits.size() > 2);
    // After the exact match (sol, a mainnet coin), every testnet coin precedes every mainnet coin.
    QCOMPARE(hits.first().name, QStringLiteral("sol"));
    bool seenMainnet = false;
    for (qsizetype i = 1; i < hits.size(); ++i) {
        if (!hits.at(i).testnet)
            seenMainnet = true;
        else
            QVERIFY2(!seenMainnet, qPrintable(hits.at(i).name));
    }
    QVERIFY(seenMainnet);
    const QList<CoinInfo> mainFirst = catalogue.search(QStringLiteral("sol"), CoinCatalogue::Order::MainnetFirst);
    QVERIFY(mainFirst.size() == hits.size());
    QVERIFY(!mainFirst.at(1).testnet);
}

void TestCoinCatalogue::searchRespectsTheLimit()
{
    QCOMPARE(CoinCatalogue::embedded().search(QString(), CoinCatalogue::Order::Relevance, 25).size(), 25);
    QCOMPARE(CoinCatalogue::embedded().search(QString()).size(), CoinCatalogue::embedded().size());
    QVERIFY(CoinCatalogue::embedded().search(QStringLiteral("zzzz-no-such-coin")).isEmpty());
}

void TestCoinCatalogue::malformedCatalogueIsRefusedWithAMessage_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray fields = R"("fields":["name","fullName","decimals","family","network","isToken","tokenStandard"])";
    QTest::newRow("notJson") << QByteArray("{nope");
    QTest::newRow("wrongFields") << QByteArray(R"({"fields":["name"],"coins":[]})");
    QTest::newRow("badNetwork") << QByteArray("{" + fields + R"(,"coins":[["x","X",8,"btc","moon",0,""]]})");
    QTest::newRow("negativeDecimals") << QByteArray("{" + fields + R"(,"coins":[["x","X",-1,"btc","main",0,""]]})");
    QTest::newRow("duplicateName") << QByteArray(
        "{" + fields + R"(,"coins":[["x","X",8,"btc","main",0,""],["x","X",8,"btc","main",0,""]]})");
    QTest::newRow("shortRow") << QByteArray("{" + fields + R"(,"coins":[["x","X",8]]})");
}

void TestCoinCatalogue::malformedCatalogueIsRefusedWithAMessage()
{
    QFETCH(QByteArray, json);
    const Result<CoinCatalogue> result = CoinCatalogue::fromJson(json);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestCoinCatalogue)
#include "TestCoinCatalogue.moc"
