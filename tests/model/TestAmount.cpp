#include "model/Amount.h"

#include <QLocale>
#include <QTest>

using namespace bgtm;

class TestAmount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coinUnitsConvertToExactBaseUnits_data();
    void coinUnitsConvertToExactBaseUnits();
    void malformedCoinUnitsAreRefusedWithAMessage_data();
    void malformedCoinUnitsAreRefusedWithAMessage();
    void baseUnitsConvertToCoinUnitsWithTrailingZerosTrimmed_data();
    void baseUnitsConvertToCoinUnitsWithTrailingZerosTrimmed();
    void malformedBaseUnitsAreRefused_data();
    void malformedBaseUnitsAreRefused();
    void amountsBeyondTwoToThe64RoundTripExactly_data();
    void amountsBeyondTwoToThe64RoundTripExactly();
    void canonicalBaseUnitsHaveNoSignOrLeadingZeros_data();
    void canonicalBaseUnitsHaveNoSignOrLeadingZeros();
    void localizedInputAcceptsTheLocalesDecimalSeparator_data();
    void localizedInputAcceptsTheLocalesDecimalSeparator();
    void localizedFormattingParsesBackExactly_data();
    void localizedFormattingParsesBackExactly();
    void compareOrdersNumbersNotStrings_data();
    void compareOrdersNumbersNotStrings();
    void remainingBudgetIsExactLimitMinusSpent_data();
    void remainingBudgetIsExactLimitMinusSpent();
    void remainingBudgetRefusesApproximateOrMalformedAmounts_data();
    void remainingBudgetRefusesApproximateOrMalformedAmounts();
};

void TestAmount::coinUnitsConvertToExactBaseUnits_data()
{
    QTest::addColumn<QString>("coinUnits");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("baseUnits");
    // Protocol doc §4: the guide's example, 10 TBTC = 1000000000.
    QTest::newRow("guideExampleTenTbtc") << "10" << 8 << "1000000000";
    QTest::newRow("tenAndAHalfTbtc") << "10.5" << 8 << "1050000000";
    QTest::newRow("oneSatoshi") << "0.00000001" << 8 << "1";
    QTest::newRow("oneEther") << "1" << 18 << "1000000000000000000";
    QTest::newRow("leadingZerosNormalised") << "007.50" << 8 << "750000000";
    QTest::newRow("zero") << "0" << 8 << "0";
    QTest::newRow("zeroWithFraction") << "0.000" << 8 << "0";
    QTest::newRow("fractionWithoutWholePart") << ".5" << 8 << "50000000";
    QTest::newRow("pointWithoutFraction") << "5." << 8 << "500000000";
    QTest::newRow("allDecimalsOfNear") << "1.000000000000000000000001" << 24 << "1000000000000000000000001";
    QTest::newRow("coinWithoutDecimals") << "12" << 0 << "12";
    QTest::newRow("eosFourDecimals") << "1.2345" << 4 << "12345";
    QTest::newRow("thirtyDigitsOfEther") << "123456789012345678901234567890" << 18
                                         << "123456789012345678901234567890000000000000000000";
}

void TestAmount::coinUnitsConvertToExactBaseUnits()
{
    QFETCH(QString, coinUnits);
    QFETCH(int, decimals);
    QFETCH(QString, baseUnits);
    const Result<QString> result = Amount::toBaseUnits(coinUnits, decimals);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value(), baseUnits);
}

void TestAmount::malformedCoinUnitsAreRefusedWithAMessage_data()
{
    QTest::addColumn<QString>("coinUnits");
    QTest::addColumn<int>("decimals");
    QTest::newRow("empty") << "" << 8;
    QTest::newRow("negative") << "-1" << 8;
    QTest::newRow("explicitPlus") << "+1" << 8;
    QTest::newRow("exponent") << "1e5" << 8;
    QTest::newRow("fractionalExponent") << "1.5E3" << 8;
    QTest::newRow("leadingSpace") << " 1" << 8;
    QTest::newRow("trailingSpace") << "1 " << 8;
    QTest::newRow("trailingJunk") << "1.5btc" << 8;
    QTest::newRow("twoPoints") << "1.2.3" << 8;
    QTest::newRow("pointAlone") << "." << 8;
    QTest::newRow("letters") << "abc" << 8;
    QTest::newRow("comma") << "1,5" << 8;
    QTest::newRow("hex") << "0x10" << 8;
    QTest::newRow("underscoreGrouping") << "1_000" << 8;
    QTest::newRow("arabicIndicDigit") << QString(QChar(0x0661)) << 8;
    QTest::newRow("moreFractionDigitsThanTbtcHas") << "0.000000001" << 8;
    QTest::newRow("fractionOnCoinWithoutDecimals") << "1.5" << 0;
    QTest::newRow("trailingZeroBeyondDecimalsStillRefused") << "1.000000000" << 8;
    QTest::newRow("unknownDecimals") << "1" << -1;
}

void TestAmount::malformedCoinUnitsAreRefusedWithAMessage()
{
    QFETCH(QString, coinUnits);
    QFETCH(int, decimals);
    const Result<QString> result = Amount::toBaseUnits(coinUnits, decimals);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Validation);
    QVERIFY(!result.error().message.isEmpty());
}

void TestAmount::baseUnitsConvertToCoinUnitsWithTrailingZerosTrimmed_data()
{
    QTest::addColumn<QString>("baseUnits");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("coinUnits");
    QTest::newRow("tenAndAHalfTbtc") << "1050000000" << 8 << "10.5";
    QTest::newRow("oneSatoshi") << "1" << 8 << "0.00000001";
    QTest::newRow("zero") << "0" << 8 << "0";
    QTest::newRow("wholeCoin") << "100000000" << 8 << "1";
    QTest::newRow("leadingZerosTolerated") << "000100" << 2 << "1";
    QTest::newRow("coinWithoutDecimals") << "12" << 0 << "12";
    QTest::newRow("smallestNear") << "1" << 24 << "0.000000000000000000000001";
    QTest::newRow("tdotTwelveDecimals") << "1500000000000" << 12 << "1.5";
}

void TestAmount::baseUnitsConvertToCoinUnitsWithTrailingZerosTrimmed()
{
    QFETCH(QString, baseUnits);
    QFETCH(int, decimals);
    QFETCH(QString, coinUnits);
    const Result<QString> result = Amount::fromBaseUnits(baseUnits, decimals);
    QVERIFY(result.ok());
    QCOMPARE(result.value(), coinUnits);
}

void TestAmount::malformedBaseUnitsAreRefused_data()
{
    QTest::addColumn<QString>("baseUnits");
    QTest::newRow("empty") << "";
    QTest::newRow("negative") << "-1";
    QTest::newRow("fraction") << "1.5";
    QTest::newRow("exponent") << "1e21";
    QTest::newRow("space") << "1 000";
}

void TestAmount::malformedBaseUnitsAreRefused()
{
    QFETCH(QString, baseUnits);
    const Result<QString> result = Amount::fromBaseUnits(baseUnits, 8);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY(Amount::formatLocalized(baseUnits, 8, QLocale::c()).isEmpty());
}

void TestAmount::amountsBeyondTwoToThe64RoundTripExactly_data()
{
    QTest::addColumn<QString>("baseUnits");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("coinUnits");
    // 2^64 = 18446744073709551616: one past what any 64-bit integer holds.
    QTest::newRow("twoToThe64Wei") << "18446744073709551616" << 18 << "18.446744073709551616";
    QTest::newRow("twoToThe64PlusOneWei") << "18446744073709551617" << 18 << "18.446744073709551617";
    QTest::newRow("thirtyDigitsOfYoctoNear")
        << "123456789012345678901234567890" << 24 << "123456.78901234567890123456789";
    QTest::newRow("fortyDigitsOfWei") << "1000000000000000000000000000000000000001" << 18
                                      << "1000000000000000000000.000000000000000001";
    QTest::newRow("twoToThe128Satoshi") << "340282366920938463463374607431768211456" << 8
                                        << "3402823669209384634633746074317.68211456";
}

void TestAmount::amountsBeyondTwoToThe64RoundTripExactly()
{
    QFETCH(QString, baseUnits);
    QFETCH(int, decimals);
    QFETCH(QString, coinUnits);
    const Result<QString> coin = Amount::fromBaseUnits(baseUnits, decimals);
    QVERIFY(coin.ok());
    QCOMPARE(coin.value(), coinUnits);
    const Result<QString> base = Amount::toBaseUnits(coinUnits, decimals);
    QVERIFY(base.ok());
    QCOMPARE(base.value(), baseUnits);
}

void TestAmount::canonicalBaseUnitsHaveNoSignOrLeadingZeros_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("canonical");
    QTest::newRow("zero") << "0" << true;
    QTest::newRow("plain") << "1000000000" << true;
    QTest::newRow("beyondTwoToThe64") << "18446744073709551616" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("leadingZero") << "01" << false;
    QTest::newRow("doubleZero") << "00" << false;
    QTest::newRow("negative") << "-1" << false;
    QTest::newRow("plus") << "+1" << false;
    QTest::newRow("decimal") << "1.0" << false;
    QTest::newRow("exponent") << "1e9" << false;
    QTest::newRow("space") << " 1" << false;
}

void TestAmount::canonicalBaseUnitsHaveNoSignOrLeadingZeros()
{
    QFETCH(QString, text);
    QFETCH(bool, canonical);
    QCOMPARE(Amount::isCanonicalBaseUnits(text), canonical);
}

void TestAmount::localizedInputAcceptsTheLocalesDecimalSeparator_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("baseUnits"); // empty: refused
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale french(QLocale::French, QLocale::France);
    QTest::newRow("germanComma") << german << "10,5"
                                 << "1050000000";
    QTest::newRow("germanSurroundingSpacesIgnored") << german << " 10,5 "
                                                    << "1050000000";
    QTest::newRow("germanDotIsAGroupSeparatorAndRefused") << german << "10.5"
                                                          << "";
    QTest::newRow("germanGroupedThousandsRefused") << german << "1.000,5"
                                                   << "";
    QTest::newRow("englishDot") << english << "10.5"
                                << "1050000000";
    QTest::newRow("englishCommaIsAGroupSeparatorAndRefused") << english << "10,5"
                                                             << "";
    QTest::newRow("englishGroupedThousandsRefused") << english << "1,000.5"
                                                    << "";
    QTest::newRow("frenchComma") << french << "10,5"
                                 << "1050000000";
    QTest::newRow("frenchDotAlsoAccepted") << french << "10.5"
                                           << "1050000000";
    QTest::newRow("germanTooManyDecimals") << german << "0,000000001"
                                           << "";
    QTest::newRow("germanNegative") << german << "-1"
                                    << "";
    QTest::newRow("cLocale") << QLocale::c() << "0.00000001"
                             << "1";
}

void TestAmount::localizedInputAcceptsTheLocalesDecimalSeparator()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, input);
    QFETCH(QString, baseUnits);
    const Result<QString> result = Amount::parseLocalized(input, 8, locale);
    if (baseUnits.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY(!result.error().message.isEmpty());
    } else {
        QVERIFY(result.ok());
        QCOMPARE(result.value(), baseUnits);
    }
}

void TestAmount::localizedFormattingParsesBackExactly_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("baseUnits");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("formatted");
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("germanHalf") << german << "1050000000" << 8 << "10,5";
    QTest::newRow("germanLargeNoGroupSeparators")
        << german << "123456789012345678901234567890" << 18 << "123456789012,34567890123456789";
    QTest::newRow("englishHalf") << english << "1050000000" << 8 << "10.5";
    QTest::newRow("englishWhole") << english << "100000000000" << 8 << "1000";
    QTest::newRow("germanZero") << german << "0" << 8 << "0";
}

void TestAmount::localizedFormattingParsesBackExactly()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, baseUnits);
    QFETCH(int, decimals);
    QFETCH(QString, formatted);
    QCOMPARE(Amount::formatLocalized(baseUnits, decimals, locale), formatted);
    const Result<QString> parsed = Amount::parseLocalized(formatted, decimals, locale);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value(), baseUnits);
}

void TestAmount::compareOrdersNumbersNotStrings_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("sign");
    QTest::newRow("shorterIsSmaller") << "9"
                                      << "10" << -1;
    QTest::newRow("equal") << "18446744073709551616"
                           << "18446744073709551616" << 0;
    QTest::newRow("leadingZerosIgnored") << "0010"
                                         << "10" << 0;
    QTest::newRow("greaterBeyond64Bits") << "18446744073709551617"
                                         << "18446744073709551616" << 1;
}

void TestAmount::compareOrdersNumbersNotStrings()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, sign);
    const int result = Amount::compare(a, b);
    QCOMPARE((result > 0) - (result < 0), sign);
}

void TestAmount::remainingBudgetIsExactLimitMinusSpent_data()
{
    QTest::addColumn<QString>("limit");
    QTest::addColumn<QString>("spent");
    QTest::addColumn<QString>("remaining");
    QTest::newRow("nothingSpent") << "1000000000"
                                  << "0"
                                  << "1000000000";
    QTest::newRow("partlySpent") << "1000000000"
                                 << "250000000"
                                 << "750000000";
    QTest::newRow("borrowAcrossDigits") << "1000000000000000000000"
                                        << "1"
                                        << "999999999999999999999";
    QTest::newRow("beyondTwoToThe64") << "36893488147419103232"
                                      << "18446744073709551616"
                                      << "18446744073709551616";
    QTest::newRow("fullySpent") << "500"
                                << "500"
                                << "0";
    QTest::newRow("overspentIsExhaustedNotNegative") << "500"
                                                     << "501"
                                                     << "0";
}

void TestAmount::remainingBudgetIsExactLimitMinusSpent()
{
    QFETCH(QString, limit);
    QFETCH(QString, spent);
    QFETCH(QString, remaining);
    const Result<QString> result = Amount::remaining(ServerAmount {limit, true}, ServerAmount {spent, true});
    QVERIFY(result.ok());
    QCOMPARE(result.value(), remaining);
}

void TestAmount::remainingBudgetRefusesApproximateOrMalformedAmounts_data()
{
    QTest::addColumn<bool>("limitExact");
    QTest::addColumn<bool>("spentExact");
    QTest::addColumn<QString>("spent");
    QTest::newRow("approximateLimit") << false << true << "1";
    QTest::newRow("approximateSpent") << true << false << "1";
    QTest::newRow("negativeSpent") << true << true << "-1";
    QTest::newRow("emptySpent") << true << true << "";
}

void TestAmount::remainingBudgetRefusesApproximateOrMalformedAmounts()
{
    QFETCH(bool, limitExact);
    QFETCH(bool, spentExact);
    QFETCH(QString, spent);
    const Result<QString> result = Amount::remaining(
        ServerAmount {QStringLiteral("10000000000000000000000"), limitExact}, ServerAmount {spent, spentExact});
    QVERIFY(!result.ok());
    QVERIFY(!result.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestAmount)
#include "TestAmount.moc"
