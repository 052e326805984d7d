#include "Sjcl.h"
#include "VectorFile.h"

#include <QTest>

using namespace bgtm;

namespace {
SecretBytes secret(const QByteArray &bytes)
{
    return SecretBytes(bytes);
}

QByteArray expectedPlaintext(const QJsonObject &c)
{
    if (c.contains(QStringLiteral("plaintextPatternLength")))
        return test::patternText(c.value(QStringLiteral("plaintextPatternLength")).toInt());
    return test::str(c, "plaintext");
}

/// A valid v1 envelope made by BitGo's SDK (vectors/sjcl-v1.json, first case), as a JSON object to corrupt.
QJsonObject v1Object()
{
    const QJsonObject c = test::vectorCases("sjcl-v1.json").at(0).toObject();
    return QJsonDocument::fromJson(test::str(c, "envelope")).object();
}
QByteArray v1Password()
{
    return test::str(test::vectorCases("sjcl-v1.json").at(0).toObject(), "password");
}

QJsonObject v2Object()
{
    const QJsonObject c = test::vectorCases("sjcl-v2.json").at(0).toObject();
    return QJsonDocument::fromJson(test::str(c, "envelope")).object();
}
QByteArray v2Password()
{
    return test::str(test::vectorCases("sjcl-v2.json").at(0).toObject(), "password");
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject with(QJsonObject o, const char *key, const QJsonValue &value)
{
    if (value.isUndefined())
        o.remove(QLatin1String(key));
    else
        o.insert(QLatin1String(key), value);
    return o;
}

QString flippedBase64(const QJsonObject &o, const char *key, qsizetype index)
{
    QByteArray raw = QByteArray::fromBase64(o.value(QLatin1String(key)).toString().toLatin1());
    if (index < 0)
        index += raw.size();
    raw[index] = static_cast<char>(raw[index] ^ 0x01);
    return QString::fromLatin1(raw.toBase64());
}

void expectError(const CryptoResult<SecretBytes> &r, CryptoError::Kind kind)
{
    QVERIFY(!cryptoOk(r));
    QCOMPARE(cryptoError(r).kind, kind);
    QVERIFY(!cryptoError(r).message.isEmpty());
}
} // namespace

// SJCL envelopes v1 and v2 (protocol doc §8) against BitGo's own encryptors (vectors/sjcl-v1.json, sjcl-v2.json:
// @bitgo/sjcl, and @bitgo/sdk-api's Argon2id/WebCrypto implementation, which is independent of libargon2/OpenSSL),
// then every corruption and out-of-range parameter.
class TestSjcl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void v1DecryptsAndReencryptsLikeSjcl_data()
    {
        QTest::addColumn<QJsonObject>("c");
        const QJsonArray cases = test::vectorCases("sjcl-v1.json");
        QVERIFY(cases.size() >= 13);
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases.at(i).toObject();
            QTest::addRow("%lld iter %d ks %d ts %d iv %lld", static_cast<long long>(i),
                          c.value(QStringLiteral("iter")).toInt(), c.value(QStringLiteral("ks")).toInt(),
                          c.value(QStringLiteral("ts")).toInt(), static_cast<long long>(test::str(c, "iv").size() / 2))
                << c;
        }
    }

    void v1DecryptsAndReencryptsLikeSjcl()
    {
        QFETCH(QJsonObject, c);
        const SecretBytes password = secret(test::str(c, "password"));
        const QByteArray plaintext = expectedPlaintext(c);
        const QByteArray envelope = test::str(c, "envelope");

        const auto decrypted = sjcl::decrypt(password, envelope);
        QVERIFY2(cryptoOk(decrypted), cryptoOk(decrypted) ? "" : qPrintable(cryptoError(decrypted).message));
        QVERIFY2(std::get<SecretBytes>(decrypted).bytes() == plaintext, "plaintext differs from what SJCL encrypted");

        sjcl::V1Params params;
        params.iterations = c.value(QStringLiteral("iter")).toInt();
        params.keySizeBits = c.value(QStringLiteral("ks")).toInt();
        params.tagSizeBits = c.value(QStringLiteral("ts")).toInt();
        params.adata = test::str(c, "adata");
        const auto encrypted =
            sjcl::encryptV1(password, secret(plaintext), params, QByteArray::fromHex(test::str(c, "salt")),
                            QByteArray::fromHex(test::str(c, "iv")));
        QVERIFY(cryptoOk(encrypted));
        QCOMPARE(std::get<QByteArray>(encrypted), envelope); // byte for byte what sjcl.json.encrypt wrote
    }

    void v2DecryptsAndReencryptsLikeSdkApi_data()
    {
        QTest::addColumn<QJsonObject>("c");
        const QJsonArray cases = test::vectorCases("sjcl-v2.json");
        QVERIFY(cases.size() >= 7);
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases.at(i).toObject();
            QTest::addRow("%lld m %d t %d p %d hkdf %d", static_cast<long long>(i),
                          c.value(QStringLiteral("m")).toInt(), c.value(QStringLiteral("t")).toInt(),
                          c.value(QStringLiteral("p")).toInt(), c.value(QStringLiteral("hkdf")).toBool() ? 1 : 0)
                << c;
        }
    }

    void v2DecryptsAndReencryptsLikeSdkApi()
    {
        QFETCH(QJsonObject, c);
        const SecretBytes password = secret(test::str(c, "password"));
        const QByteArray plaintext = test::str(c, "plaintext");
        const QByteArray envelope = test::str(c, "envelope");

        const auto decrypted = sjcl::decrypt(password, envelope);
        QVERIFY2(cryptoOk(decrypted), cryptoOk(decrypted) ? "" : qPrintable(cryptoError(decrypted).message));
        QVERIFY2(std::get<SecretBytes>(decrypted).bytes() == plaintext,
                 "plaintext differs from what sdk-api encrypted");

        sjcl::V2Params params;
        params.memoryKiB = static_cast<quint32>(c.value(QStringLiteral("m")).toInt());
        params.iterations = static_cast<quint32>(c.value(QStringLiteral("t")).toInt());
        params.parallelism = static_cast<quint32>(c.value(QStringLiteral("p")).toInt());
        params.useHkdf = c.value(QStringLiteral("hkdf")).toBool();
        params.adata = test::str(c, "adata");
        const auto encrypted =
            sjcl::encryptV2(password, secret(plaintext), params, QByteArray::fromHex(test::str(c, "salt")),
                            QByteArray::fromHex(test::str(c, "iv")), QByteArray::fromHex(test::str(c, "hkdfSalt")));
        QVERIFY(cryptoOk(encrypted));
        QCOMPARE(std::get<QByteArray>(encrypted), envelope); // byte for byte what sdk-api's JSON.stringify wrote
    }

    void randomEnvelopesRoundTrip()
    {
        const SecretBytes password = secret("round trip ✓");
        const SecretBytes plaintext = secret(QByteArray("xprv9s21ZrQH143K-not-a-real-key"));
        sjcl::V2Params light;
        light.memoryKiB = 256;
        light.iterations = 1;
        light.parallelism = 1;
        sjcl::V2Params lightHkdf = light;
        lightHkdf.useHkdf = true;
        const QList<CryptoResult<QByteArray>> envelopes = {sjcl::encryptV1(password, plaintext),
                                                           sjcl::encryptV2(password, plaintext, light),
                                                           sjcl::encryptV2(password, plaintext, lightHkdf)};
        QByteArray previous;
        for (const auto &e : envelopes) {
            QVERIFY(cryptoOk(e));
            const QByteArray envelope = std::get<QByteArray>(e);
            QVERIFY(envelope != previous);
            previous = envelope;
            const auto back = sjcl::decrypt(password, envelope);
            QVERIFY(cryptoOk(back));
            QVERIFY(std::get<SecretBytes>(back) == plaintext);
            expectError(sjcl::decrypt(secret("wrong"), envelope), CryptoError::Kind::WrongPassword);
        }
        // Two encryptions of the same plaintext differ (fresh salt and iv).
        QVERIFY(std::get<QByteArray>(sjcl::encryptV1(password, plaintext))
                != std::get<QByteArray>(sjcl::encryptV1(password, plaintext)));
    }

    void wrongPasswordOrTamperingFailsTheTag_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QJsonObject>("envelope");
        const QJsonObject v1 = v1Object();
        const QJsonObject v2 = v2Object();
        QTest::newRow("v1 wrong password") << 1 << QByteArray("wrong") << v1;
        QTest::newRow("v1 empty password") << 1 << QByteArray() << v1;
        QTest::newRow("v1 ciphertext bit") << 1 << v1Password() << with(v1, "ct", flippedBase64(v1, "ct", 0));
        QTest::newRow("v1 tag bit") << 1 << v1Password() << with(v1, "ct", flippedBase64(v1, "ct", -1));
        QTest::newRow("v1 iv bit") << 1 << v1Password() << with(v1, "iv", flippedBase64(v1, "iv", 0));
        QTest::newRow("v1 salt bit") << 1 << v1Password() << with(v1, "salt", flippedBase64(v1, "salt", 0));
        QTest::newRow("v1 adata added") << 1 << v1Password() << with(v1, "adata", QStringLiteral("x"));
        QTest::newRow("v1 other ts") << 1 << v1Password() << with(v1, "ts", 128);
        QTest::newRow("v1 other iter") << 1 << v1Password() << with(v1, "iter", 10001);
        QTest::newRow("v2 wrong password") << 2 << QByteArray("wrong") << v2;
        QTest::newRow("v2 ciphertext bit") << 2 << v2Password() << with(v2, "ct", flippedBase64(v2, "ct", 0));
        QTest::newRow("v2 tag bit") << 2 << v2Password() << with(v2, "ct", flippedBase64(v2, "ct", -1));
        QTest::newRow("v2 iv bit") << 2 << v2Password() << with(v2, "iv", flippedBase64(v2, "iv", 0));
        QTest::newRow("v2 adata added") << 2 << v2Password() << with(v2, "adata", QStringLiteral("x"));
        QTest::newRow("v2 hkdf added") << 2 << v2Password()
                                       << with(v2, "hkdfSalt", QString::fromLatin1(QByteArray(32, 'k').toBase64()));
        QTest::newRow("v2 other t") << 2 << v2Password() << with(v2, "t", 2);
    }

    void wrongPasswordOrTamperingFailsTheTag()
    {
        QFETCH(QByteArray, password);
        QFETCH(QJsonObject, envelope);
        expectError(sjcl::decrypt(secret(password), json(envelope)), CryptoError::Kind::WrongPassword);
    }

    void malformedEnvelopesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("envelope");
        const QJsonObject v1 = v1Object();
        const QJsonObject v2 = v2Object();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("hello");
        QTest::newRow("truncated json") << json(v1).chopped(2);
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("string") << QByteArray("\"v\"");
        QTest::newRow("v is text") << json(with(v1, "v", QStringLiteral("1")));
        QTest::newRow("v fractional") << json(with(v1, "v", 1.5));
        QTest::newRow("v1 no iv") << json(with(v1, "iv", QJsonValue::Undefined));
        QTest::newRow("v1 no salt") << json(with(v1, "salt", QJsonValue::Undefined));
        QTest::newRow("v1 no ct") << json(with(v1, "ct", QJsonValue::Undefined));
        QTest::newRow("v1 ct not base64") << json(with(v1, "ct", QStringLiteral("%%%")));
        QTest::newRow("v1 ct number") << json(with(v1, "ct", 5));
        QTest::newRow("v1 iv 6 bytes") << json(with(v1, "iv", QString::fromLatin1(QByteArray(6, 'i').toBase64())));
        QTest::newRow("v1 iv 17 bytes") << json(with(v1, "iv", QString::fromLatin1(QByteArray(17, 'i').toBase64())));
        QTest::newRow("v1 empty salt") << json(with(v1, "salt", QString()));
        QTest::newRow("v1 ct shorter than tag")
            << json(with(v1, "ct", QString::fromLatin1(QByteArray(7, 'c').toBase64())));
        QTest::newRow("v1 iter text") << json(with(v1, "iter", QStringLiteral("10000")));
        QTest::newRow("v1 ks fractional") << json(with(v1, "ks", 256.5));
        QTest::newRow("v1 mode number") << json(with(v1, "mode", 1));
        QTest::newRow("v1 adata object") << json(with(v1, "adata", QJsonObject()));
        QTest::newRow("v2 no m") << json(with(v2, "m", QJsonValue::Undefined));
        QTest::newRow("v2 t text") << json(with(v2, "t", QStringLiteral("1")));
        QTest::newRow("v2 no salt") << json(with(v2, "salt", QJsonValue::Undefined));
        QTest::newRow("v2 salt 4 bytes") << json(with(v2, "salt", QString::fromLatin1(QByteArray(4, 's').toBase64())));
        QTest::newRow("v2 iv 11 bytes") << json(with(v2, "iv", QString::fromLatin1(QByteArray(11, 'i').toBase64())));
        QTest::newRow("v2 iv 16 bytes") << json(with(v2, "iv", QString::fromLatin1(QByteArray(16, 'i').toBase64())));
        QTest::newRow("v2 ct shorter than tag")
            << json(with(v2, "ct", QString::fromLatin1(QByteArray(15, 'c').toBase64())));
        QTest::newRow("v2 hkdfSalt not base64") << json(with(v2, "hkdfSalt", QStringLiteral("!!")));
        QTest::newRow("v2 adata number") << json(with(v2, "adata", 7));
        QTest::newRow("over 1 MiB") << json(with(v1, "pad", QString(sjcl::kMaxEnvelopeBytes, u'a')));
    }

    void malformedEnvelopesAreRefused()
    {
        QFETCH(QByteArray, envelope);
        expectError(sjcl::decrypt(secret(v1Password()), envelope), CryptoError::Kind::Malformed);
    }

    void unsupportedParametersAreRefusedBeforeAnyWork_data()
    {
        QTest::addColumn<QByteArray>("envelope");
        const QJsonObject v1 = v1Object();
        const QJsonObject v2 = v2Object();
        QTest::newRow("version 3") << json(with(v1, "v", 3));
        QTest::newRow("version 0") << json(with(v1, "v", 0));
        QTest::newRow("mode gcm") << json(with(v1, "mode", QStringLiteral("gcm")));
        QTest::newRow("mode ocb2") << json(with(v1, "mode", QStringLiteral("ocb2")));
        QTest::newRow("cipher") << json(with(v1, "cipher", QStringLiteral("twofish")));
        QTest::newRow("ks 512") << json(with(v1, "ks", 512));
        QTest::newRow("ks 0") << json(with(v1, "ks", 0));
        QTest::newRow("ts 32") << json(with(v1, "ts", 32));
        QTest::newRow("ts 256") << json(with(v1, "ts", 256));
        QTest::newRow("iter 100") << json(with(v1, "iter", 100));
        QTest::newRow("iter negative") << json(with(v1, "iter", -5));
        QTest::newRow("iter over cap") << json(with(v1, "iter", sjcl::kMaxPbkdf2Iterations + 1));
        QTest::newRow("iter 1e15") << json(with(v1, "iter", 1e15));
        QTest::newRow("m over cap") << json(with(v2, "m", 262145));
        QTest::newRow("m 2^32") << json(with(v2, "m", 4294967296.0));
        QTest::newRow("m 0") << json(with(v2, "m", 0));
        QTest::newRow("t over cap") << json(with(v2, "t", 17));
        QTest::newRow("t 0") << json(with(v2, "t", 0));
        QTest::newRow("p over cap") << json(with(v2, "p", 17));
        QTest::newRow("p 0") << json(with(v2, "p", 0));
        QTest::newRow("m below 8p") << json(with(with(v2, "m", 8), "p", 4));
    }

    void unsupportedParametersAreRefusedBeforeAnyWork()
    {
        QFETCH(QByteArray, envelope);
        expectError(sjcl::decrypt(secret(v1Password()), envelope), CryptoError::Kind::Unsupported);
    }

    void encryptRefusesBadParameters()
    {
        const SecretBytes pw = secret("pw");
        const SecretBytes pt = secret("pt");
        sjcl::V1Params v1;
        v1.keySizeBits = 100;
        QVERIFY(!cryptoOk(sjcl::encryptV1(pw, pt, v1)));
        v1 = {};
        v1.tagSizeBits = 8;
        QVERIFY(!cryptoOk(sjcl::encryptV1(pw, pt, v1)));
        v1 = {};
        QVERIFY(!cryptoOk(sjcl::encryptV1(pw, pt, v1, QByteArray(8, 's'), QByteArray(6, 'i'))));
        QVERIFY(!cryptoOk(sjcl::encryptV1(pw, pt, v1, QByteArray(), QByteArray(16, 'i'))));
        sjcl::V2Params v2;
        v2.memoryKiB = sjcl::kMaxArgon2MemoryKiB + 1;
        QVERIFY(!cryptoOk(sjcl::encryptV2(pw, pt, v2)));
        v2 = {};
        v2.parallelism = 0;
        QVERIFY(!cryptoOk(sjcl::encryptV2(pw, pt, v2)));
        v2 = {};
        v2.useHkdf = true;
        QVERIFY(!cryptoOk(sjcl::encryptV2(pw, pt, v2, QByteArray(16, 's'), QByteArray(12, 'i'), QByteArray(31, 'h'))));
        QVERIFY(!cryptoOk(sjcl::encryptV2(pw, pt, v2, QByteArray(16, 's'), QByteArray(16, 'i'), QByteArray(32, 'h'))));
    }
};

QTEST_GUILESS_MAIN(TestSjcl)
#include "TestSjcl.moc"
