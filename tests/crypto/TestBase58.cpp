#include "Base58.h"

#include <QTest>

using namespace bgtm;

// Base58 and Base58Check: Bitcoin Core's public encode/decode vectors (src/test/data/base58_encode_decode.json)
// and every malformed-input error.
class TestBase58 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodeAndDecodeMatchBitcoinCoreVectors_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("61") << QByteArray("61") << QByteArray("2g");
        QTest::newRow("626262") << QByteArray("626262") << QByteArray("a3gV");
        QTest::newRow("636363") << QByteArray("636363") << QByteArray("aPEr");
        QTest::newRow("sentence") << QByteArray("73696d706c792061206c6f6e6720737472696e67")
                                  << QByteArray("2cFupjhnEsSn59qHXstmK2ffpLv2");
        QTest::newRow("leading zero") << QByteArray("00eb15231dfceb60925886b67d065299925915aeb172c06647")
                                      << QByteArray("1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L");
        QTest::newRow("516b6fcd0f") << QByteArray("516b6fcd0f") << QByteArray("ABnLTmg");
        QTest::newRow("bf4f89001e670274dd") << QByteArray("bf4f89001e670274dd") << QByteArray("3SEo3LWLoPntC");
        QTest::newRow("572e4794") << QByteArray("572e4794") << QByteArray("3EFU7m");
        QTest::newRow("ecac89cad93923c02321") << QByteArray("ecac89cad93923c02321") << QByteArray("EJDM8drfXA6uyA");
        QTest::newRow("10c8511e") << QByteArray("10c8511e") << QByteArray("Rt5zm");
        QTest::newRow("ten zeros") << QByteArray("00000000000000000000") << QByteArray("1111111111");
    }

    void encodeAndDecodeMatchBitcoinCoreVectors()
    {
        QFETCH(QByteArray, hex);
        QFETCH(QByteArray, text);
        const QByteArray data = QByteArray::fromHex(hex);
        QCOMPARE(base58::encode(data), text);
        const auto decoded = base58::decode(text);
        QVERIFY(cryptoOk(decoded));
        QCOMPARE(std::get<QByteArray>(decoded), data);
    }

    void checkRoundTripsAndKnownXpubDecodesTo78Bytes()
    {
        const QByteArray payload = QByteArray::fromHex("00010203ff");
        const auto back = base58::decodeCheck(base58::encodeCheck(payload));
        QVERIFY(cryptoOk(back));
        QCOMPARE(std::get<QByteArray>(back), payload);
        // BitGo's published test server xpub (protocol doc §3).
        const auto xpub = base58::decodeCheck("xpub661MyMwAqRbcErFqVXGiUFv9YeoPbhN72UiNCUdj9nj3T6M8h7iKNmbCYpMVWVZP7LA2"
                                              "ma3HWcPngz1gRTm4FPdtm9mHfrNvU93MCoszsGL");
        QVERIFY(cryptoOk(xpub));
        QCOMPARE(std::get<QByteArray>(xpub).size(), 78);
    }

    void decodeRejectsMalformedText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("checked");
        const QByteArray xpub = "xpub661MyMwAqRbcErFqVXGiUFv9YeoPbhN72UiNCUdj9nj3T6M8h7iKNmbCYpMVWVZP7LA2ma3HWcPngz1gRT"
                                "m4FPdtm9mHfrNvU93MCoszsGL";
        QByteArray wrongChecksum = xpub;
        wrongChecksum[wrongChecksum.size() - 1] = 'M';
        QTest::newRow("zero digit") << QByteArray("abc0def") << false;
        QTest::newRow("capital O") << QByteArray("abcOdef") << false;
        QTest::newRow("capital I") << QByteArray("abcIdef") << false;
        QTest::newRow("small l") << QByteArray("abcldef") << false;
        QTest::newRow("space") << QByteArray("abc def") << false;
        QTest::newRow("non-ascii") << QByteArray("abc\xc3\xa9") << false;
        QTest::newRow("too long") << QByteArray(2000, '2') << false;
        QTest::newRow("checksum mismatch") << wrongChecksum << true;
        QTest::newRow("shorter than checksum") << base58::encode("abc") << true;
        QTest::newRow("empty checked") << QByteArray() << true;
    }

    void decodeRejectsMalformedText()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, checked);
        const auto result = checked ? base58::decodeCheck(text) : base58::decode(text);
        QVERIFY(!cryptoOk(result));
        QCOMPARE(cryptoError(result).kind, CryptoError::Kind::Malformed);
        QVERIFY(!cryptoError(result).message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBase58)
#include "TestBase58.moc"
