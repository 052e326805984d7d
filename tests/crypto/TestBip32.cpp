#include "Base58.h"
#include "Bip32.h"
#include "VectorFile.h"

#include <QTest>
#include <QtEndian>

using namespace bgtm;

namespace {
const QByteArray kTestServerXpub =
    "xpub661MyMwAqRbcErFqVXGiUFv9YeoPbhN72UiNCUdj9nj3T6M8h7iKNmbCYpMVWVZP7LA2ma3HWcPngz1gRTm4FPdtm9mHfrNvU93MCoszsGL";

ExtendedKey parse(const QByteArray &text)
{
    auto r = ExtendedKey::fromBase58(text);
    if (!cryptoOk(r))
        qFatal("vector key does not parse: %s", qPrintable(cryptoError(r).message));
    return std::move(std::get<ExtendedKey>(r));
}

/// An xpub payload with one field replaced, re-encoded with a valid checksum.
QByteArray reencoded(qsizetype offset, const QByteArray &replacement)
{
    QByteArray payload = std::get<QByteArray>(base58::decodeCheck(kTestServerXpub));
    payload.replace(offset, replacement.size(), replacement);
    return base58::encodeCheck(payload);
}

void checkNode(const ExtendedKey &key, const QJsonObject &expected, bool isPrivate)
{
    QCOMPARE(key.toXpub(), test::str(expected, "xpub"));
    QCOMPARE(key.publicKey().toHex(), test::str(expected, "publicKey"));
    QCOMPARE(int(key.depth()), expected.value(QStringLiteral("depth")).toInt());
    QCOMPARE(double(key.childNumber()), expected.value(QStringLiteral("index")).toDouble());
    QCOMPARE(double(key.parentFingerprint()), expected.value(QStringLiteral("parentFingerprint")).toDouble());
    QCOMPARE(double(key.fingerprint()), expected.value(QStringLiteral("fingerprint")).toDouble());
    QCOMPARE(key.isPrivate(), isPrivate);
    if (isPrivate)
        QVERIFY2(key.toXprv().bytes() == test::str(expected, "xprv"), "xprv differs from @bitgo/utxo-lib");
    else
        QVERIFY(key.toXprv().isEmpty());
}
} // namespace

// BIP32 against @bitgo/utxo-lib (vectors/bip32.json), plus every parse and path error.
class TestBip32 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derivationsMatchUtxoLib_data()
    {
        QTest::addColumn<QJsonObject>("c");
        const QJsonArray cases = test::vectorCases("bip32.json");
        QVERIFY(cases.size() >= 4);
        for (qsizetype i = 0; i < cases.size(); ++i)
            QTest::addRow("seed %lld", static_cast<long long>(i)) << cases.at(i).toObject();
    }

    void derivationsMatchUtxoLib()
    {
        QFETCH(QJsonObject, c);
        const SecretBytes seed(QByteArray::fromHex(test::str(c, "seed")));
        auto masterResult = ExtendedKey::fromSeed(seed);
        QVERIFY(cryptoOk(masterResult));
        const ExtendedKey &master = std::get<ExtendedKey>(masterResult);
        checkNode(master, c.value(QStringLiteral("master")).toObject(), true);
        checkNode(master.neutered(), c.value(QStringLiteral("master")).toObject(), false);

        // Parsing the serialized forms gives back the same key.
        const ExtendedKey reparsed = parse(master.toXprv().bytes());
        QCOMPARE(reparsed.toXpub(), master.toXpub());
        QVERIFY(reparsed.toXprv() == master.toXprv());

        const QJsonArray derivations = c.value(QStringLiteral("derivations")).toArray();
        for (const auto &v : derivations) {
            const QJsonObject d = v.toObject();
            const QString path = d.value(QStringLiteral("path")).toString();
            auto priv = master.derivePath(path);
            QVERIFY2(cryptoOk(priv), qPrintable(path));
            checkNode(std::get<ExtendedKey>(priv), d, true);
            auto pub = master.neutered().derivePath(path);
            QVERIFY2(cryptoOk(pub), qPrintable(path));
            checkNode(std::get<ExtendedKey>(pub), d, false);
            // The xpub from the vector derives nothing further wrongly: parse round trip.
            QCOMPARE(parse(test::str(d, "xpub")).toXpub(), test::str(d, "xpub"));
        }

        const QJsonObject rel = c.value(QStringLiteral("relative")).toObject();
        const ExtendedKey from = parse(test::str(rel, "from"));
        auto child = from.derivePath(rel.value(QStringLiteral("path")).toString());
        QVERIFY(cryptoOk(child));
        checkNode(std::get<ExtendedKey>(child), rel, true);
        auto withM = from.derivePath(QString(QStringLiteral("m/") + rel.value(QStringLiteral("path")).toString()));
        QVERIFY(cryptoOk(withM));
        QCOMPARE(std::get<ExtendedKey>(withM).toXpub(), test::str(rel, "xpub"));
    }

    void pathMIsTheKeyItself()
    {
        const ExtendedKey server = parse(kTestServerXpub);
        auto same = server.derivePath(u"m");
        QVERIFY(cryptoOk(same));
        QCOMPARE(std::get<ExtendedKey>(same).toXpub(), kTestServerXpub);
    }

    void derivePathRejectsBadPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("empty") << QString();
        QTest::newRow("hardened apostrophe") << QStringLiteral("m/0'");
        QTest::newRow("hardened h") << QStringLiteral("m/44h/0");
        QTest::newRow("hardened H") << QStringLiteral("m/1H");
        QTest::newRow("index 2^31") << QStringLiteral("m/2147483648");
        QTest::newRow("huge index") << QStringLiteral("m/99999999999999999999");
        QTest::newRow("letters") << QStringLiteral("m/x");
        QTest::newRow("trailing letters") << QStringLiteral("m/1x");
        QTest::newRow("negative") << QStringLiteral("m/-1");
        QTest::newRow("plus sign") << QStringLiteral("m/+1");
        QTest::newRow("space") << QStringLiteral("m/ 1");
        QTest::newRow("double slash") << QStringLiteral("m//1");
        QTest::newRow("trailing slash") << QStringLiteral("m/1/");
        QTest::newRow("leading slash") << QStringLiteral("/1");
        QTest::newRow("m in the middle") << QStringLiteral("1/m/2");
        QTest::newRow("arabic digits") << QStringLiteral("m/\u0661");
        QStringList deep(33, QStringLiteral("1"));
        QTest::newRow("too deep") << QString(QStringLiteral("m/") + deep.join(u'/'));
    }

    void derivePathRejectsBadPaths()
    {
        QFETCH(QString, path);
        const ExtendedKey server = parse(kTestServerXpub);
        const auto result = server.derivePath(path);
        QVERIFY(!cryptoOk(result));
        QCOMPARE(cryptoError(result).kind, CryptoError::Kind::BadPath);
        QVERIFY(!cryptoError(result).message.isEmpty());
    }

    void deriveChildRefusesHardenedIndex()
    {
        const auto result = parse(kTestServerXpub).deriveChild(ExtendedKey::kHardenedOffset);
        QVERIFY(!cryptoOk(result));
        QCOMPARE(cryptoError(result).kind, CryptoError::Kind::BadPath);
    }

    void fromBase58RejectsBadKeys_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<CryptoError::Kind>("kind");
        QByteArray badChecksum = kTestServerXpub;
        badChecksum[10] = badChecksum[10] == 'a' ? 'b' : 'a';
        const QByteArray payload = std::get<QByteArray>(base58::decodeCheck(kTestServerXpub));
        char version[4];
        qToBigEndian<quint32>(0x0488ADE4u, version); // xprv version over public key bytes
        QTest::newRow("checksum") << badChecksum << CryptoError::Kind::Malformed;
        QTest::newRow("not base58") << QByteArray("xpub0OIl") << CryptoError::Kind::Malformed;
        QTest::newRow("empty") << QByteArray() << CryptoError::Kind::Malformed;
        QTest::newRow("77 bytes") << base58::encodeCheck(payload.left(77)) << CryptoError::Kind::Malformed;
        QTest::newRow("79 bytes") << base58::encodeCheck(payload + '\0') << CryptoError::Kind::Malformed;
        QTest::newRow("unknown version") << reencoded(0, QByteArray::fromHex("01020304"))
                                         << CryptoError::Kind::Unsupported;
        QTest::newRow("point prefix 05") << reencoded(45, QByteArray::fromHex("05")) << CryptoError::Kind::BadKey;
        QTest::newRow("point not on curve") << reencoded(46, QByteArray(32, '\xff')) << CryptoError::Kind::BadKey;
        QTest::newRow("xprv without zero byte") << reencoded(0, QByteArray(version, 4)) << CryptoError::Kind::Malformed;
        QTest::newRow("master with parent fingerprint")
            << reencoded(5, QByteArray::fromHex("01020304")) << CryptoError::Kind::Malformed;
    }

    void fromBase58RejectsBadKeys()
    {
        QFETCH(QByteArray, text);
        QFETCH(CryptoError::Kind, kind);
        const auto result = ExtendedKey::fromBase58(text);
        QVERIFY(!cryptoOk(result));
        QCOMPARE(cryptoError(result).kind, kind);
        QVERIFY(!cryptoError(result).message.isEmpty());
    }

    void fromBase58RejectsPrivateKeysOutsideTheCurveOrder()
    {
        // Private key 0 and private key = n (the group order): both outside [1, n-1].
        QByteArray payload = std::get<QByteArray>(base58::decodeCheck(kTestServerXpub));
        char version[4];
        qToBigEndian<quint32>(0x0488ADE4u, version);
        payload.replace(0, 4, QByteArray(version, 4));
        payload.replace(45, 33, QByteArray(33, '\0'));
        auto zero = ExtendedKey::fromBase58(base58::encodeCheck(payload));
        QVERIFY(!cryptoOk(zero));
        QCOMPARE(cryptoError(zero).kind, CryptoError::Kind::BadKey);
        payload.replace(46, 32,
                        QByteArray::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"));
        auto order = ExtendedKey::fromBase58(base58::encodeCheck(payload));
        QVERIFY(!cryptoOk(order));
        QCOMPARE(cryptoError(order).kind, CryptoError::Kind::BadKey);
    }

    void fromSeedRejectsSeedsOutside16To64Bytes()
    {
        for (int size : {0, 15, 65, 1000}) {
            const auto r = ExtendedKey::fromSeed(SecretBytes(QByteArray(size, '\x01')));
            QVERIFY(!cryptoOk(r));
            QCOMPARE(cryptoError(r).kind, CryptoError::Kind::BadKey);
        }
    }

    void publishedServerXpubsParse()
    {
        // Protocol doc §3: BitGo's production and test server xpubs.
        for (const QByteArray &xpub : {QByteArray("xpub661MyMwAqRbcEtUgu9HF8ai4ipuVKKHBzUqks4jSFypW8dwwQL1zygLgQx99NmC7"
                                                  "zJJznSiwKG6RQfVjAKMtCsx8VjR6kQW8x7HrkXFZdnQ"),
                                       kTestServerXpub}) {
            const ExtendedKey key = parse(xpub);
            QVERIFY(!key.isPrivate());
            QCOMPARE(key.toXpub(), xpub);
        }
    }
};

QTEST_GUILESS_MAIN(TestBip32)
#include "TestBip32.moc"
