#include "Ecdh.h"
#include "Sjcl.h"
#include "VectorFile.h"

#include <QTest>

using namespace bgtm;

namespace {
const QByteArray kProdServerXpub =
    "xpub661MyMwAqRbcEtUgu9HF8ai4ipuVKKHBzUqks4jSFypW8dwwQL1zygLgQx99NmC7zJJznSiwKG6RQfVjAKMtCsx8VjR6kQW8x7HrkXFZdnQ";

ExtendedKey parse(const QByteArray &text)
{
    auto r = ExtendedKey::fromBase58(text);
    if (!cryptoOk(r))
        qFatal("vector key does not parse: %s", qPrintable(cryptoError(r).message));
    return std::move(std::get<ExtendedKey>(r));
}

QJsonObject publicVector()
{
    return test::vectorCases("ecdh.json").at(0).toObject();
}
} // namespace

// The ECDH token path of protocol doc §3: BitGoJS's own public unit-test vector (password → encryptedECDHXprv →
// secret → encryptedToken → v2x… token) and generated accounts that @bitgo/sdk-api's handleTokenIssuance decrypts
// (vectors/ecdh.json); both sides of the secret; and the errors a user can hit.
class TestEcdh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenIssuanceMatchesBitGoSdk_data()
    {
        QTest::addColumn<QJsonObject>("c");
        const QJsonArray cases = test::vectorCases("ecdh.json");
        QVERIFY(cases.size() >= 4);
        for (qsizetype i = 0; i < cases.size(); ++i)
            QTest::addRow("%lld %s", static_cast<long long>(i),
                          qPrintable(cases.at(i).toObject().value(QStringLiteral("derivationPath")).toString()))
                << cases.at(i).toObject();
    }

    void tokenIssuanceMatchesBitGoSdk()
    {
        QFETCH(QJsonObject, c);
        const SecretBytes password(test::str(c, "password"));
        const QString path = c.value(QStringLiteral("derivationPath")).toString();

        // Step 1: the password opens the ECDH xprv.
        const auto xprvText = sjcl::decrypt(password, test::str(c, "encryptedECDHXprv"));
        QVERIFY(cryptoOk(xprvText));
        QVERIFY2(std::get<SecretBytes>(xprvText).bytes() == test::str(c, "ecdhXprv"),
                 "ECDH xprv differs from the SDK's");

        // Step 2: the client-side secret equals secp256k1.publicKeyTweakMul's.
        const ExtendedKey client = parse(std::get<SecretBytes>(xprvText).bytes());
        const ExtendedKey server = parse(test::str(c, "serverXpub"));
        const auto clientSecret = ecdh::derivedSecretHex(client, server, path);
        QVERIFY(cryptoOk(clientSecret));
        QVERIFY2(std::get<SecretBytes>(clientSecret).bytes() == test::str(c, "secret"), "client secret differs");
        QCOMPARE(std::get<SecretBytes>(clientSecret).size(), 66);

        // Step 3: the whole path in one call gives the SDK's token.
        const auto token = ecdh::decryptToken(password, test::str(c, "encryptedECDHXprv"), test::str(c, "serverXpub"),
                                              path, test::str(c, "encryptedToken"));
        QVERIFY2(cryptoOk(token), cryptoOk(token) ? "" : qPrintable(cryptoError(token).message));
        QVERIFY2(std::get<SecretBytes>(token).bytes() == test::str(c, "token"), "token differs from the SDK's");
        QVERIFY(std::get<SecretBytes>(token).bytes().startsWith("v2x"));

        // Server side (our sandbox): server xprv × client xpub gives the same secret.
        if (c.contains(QStringLiteral("serverXprv"))) {
            const ExtendedKey serverPrivate = parse(test::str(c, "serverXprv"));
            const ExtendedKey clientPublic = parse(test::str(c, "clientXpub"));
            const auto serverSecret = ecdh::derivedSecretHex(serverPrivate, clientPublic, path);
            QVERIFY(cryptoOk(serverSecret));
            QVERIFY(std::get<SecretBytes>(serverSecret) == std::get<SecretBytes>(clientSecret));
        }
    }

    void wrongPasswordSaysTheEcdhKeyCouldNotBeDecrypted()
    {
        const QJsonObject c = publicVector();
        const auto r = ecdh::decryptToken(
            SecretBytes(QByteArray("not the password")), test::str(c, "encryptedECDHXprv"), test::str(c, "serverXpub"),
            c.value(QStringLiteral("derivationPath")).toString(), test::str(c, "encryptedToken"));
        QVERIFY(!cryptoOk(r));
        QCOMPARE(cryptoError(r).kind, CryptoError::Kind::WrongPassword);
        QVERIFY(cryptoError(r).message.contains(QStringLiteral("ECDH key")));
    }

    void wrongServerKeyOrPathIsABadKeyNotAWrongPassword_data()
    {
        QTest::addColumn<QByteArray>("serverXpub");
        QTest::addColumn<QString>("path");
        const QJsonObject c = publicVector();
        QTest::newRow("production key for a test account")
            << kProdServerXpub << c.value(QStringLiteral("derivationPath")).toString();
        QTest::newRow("other path") << test::str(c, "serverXpub") << QStringLiteral("m/999999/104490948/173846668");
    }

    void wrongServerKeyOrPathIsABadKeyNotAWrongPassword()
    {
        QFETCH(QByteArray, serverXpub);
        QFETCH(QString, path);
        const QJsonObject c = publicVector();
        const auto r = ecdh::decryptToken(SecretBytes(test::str(c, "password")), test::str(c, "encryptedECDHXprv"),
                                          serverXpub, path, test::str(c, "encryptedToken"));
        QVERIFY(!cryptoOk(r));
        QCOMPARE(cryptoError(r).kind, CryptoError::Kind::BadKey); // the password was right; the secret is not
        QVERIFY(cryptoError(r).message.contains(QStringLiteral("server key")));
    }

    void badInputsGiveTheirError_data()
    {
        QTest::addColumn<QByteArray>("serverXpub");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("encryptedToken");
        QTest::addColumn<CryptoError::Kind>("kind");
        const QJsonObject c = publicVector();
        const QString path = c.value(QStringLiteral("derivationPath")).toString();
        const QByteArray xpub = test::str(c, "serverXpub");
        const QByteArray token = test::str(c, "encryptedToken");
        QTest::newRow("hardened path") << xpub << QStringLiteral("m/999999'/1/2") << token
                                       << CryptoError::Kind::BadPath;
        QTest::newRow("garbage path") << xpub << QStringLiteral("m/abc") << token << CryptoError::Kind::BadPath;
        QTest::newRow("server xpub garbage") << QByteArray("xpub123") << path << token << CryptoError::Kind::Malformed;
        QTest::newRow("token not json") << xpub << path << QByteArray("{") << CryptoError::Kind::Malformed;
        QTest::newRow("token unsupported")
            << xpub << path << QByteArray(R"({"v":9})") << CryptoError::Kind::Unsupported;
    }

    void badInputsGiveTheirError()
    {
        QFETCH(QByteArray, serverXpub);
        QFETCH(QString, path);
        QFETCH(QByteArray, encryptedToken);
        QFETCH(CryptoError::Kind, kind);
        const QJsonObject c = publicVector();
        const auto r = ecdh::decryptToken(SecretBytes(test::str(c, "password")), test::str(c, "encryptedECDHXprv"),
                                          serverXpub, path, encryptedToken);
        QVERIFY(!cryptoOk(r));
        QCOMPARE(cryptoError(r).kind, kind);
    }

    void derivedSecretNeedsOurPrivateKey()
    {
        const ExtendedKey server = parse(test::str(publicVector(), "serverXpub"));
        const auto r = ecdh::derivedSecretHex(server, server, u"m/1");
        QVERIFY(!cryptoOk(r));
        QCOMPARE(cryptoError(r).kind, CryptoError::Kind::BadKey);
    }

    void sharedSecretRejectsBadKeyBytes_data()
    {
        QTest::addColumn<QByteArray>("privateKey");
        QTest::addColumn<QByteArray>("publicKey");
        const QByteArray goodPub = parse(kProdServerXpub).publicKey();
        const QByteArray goodPriv(32, '\x01');
        QTest::newRow("private 31 bytes") << QByteArray(31, '\x01') << goodPub;
        QTest::newRow("private 33 bytes") << QByteArray(33, '\x01') << goodPub;
        QTest::newRow("private zero") << QByteArray(32, '\0') << goodPub;
        QTest::newRow("private = n") << QByteArray::fromHex(
            "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
                                     << goodPub;
        QTest::newRow("public empty") << goodPriv << QByteArray();
        QTest::newRow("public 32 bytes") << goodPriv << goodPub.mid(1);
        QTest::newRow("public bad prefix") << goodPriv << (QByteArray(1, '\x04') + goodPub.mid(1));
        QTest::newRow("public not on curve") << goodPriv << (QByteArray(1, '\x02') + QByteArray(32, '\xff'));
    }

    void sharedSecretRejectsBadKeyBytes()
    {
        QFETCH(QByteArray, privateKey);
        QFETCH(QByteArray, publicKey);
        const auto r = ecdh::sharedSecretHex(SecretBytes(privateKey), publicKey);
        QVERIFY(!cryptoOk(r));
        QCOMPARE(cryptoError(r).kind, CryptoError::Kind::BadKey);
    }

    void sharedSecretIsSymmetric()
    {
        const auto a = ExtendedKey::fromSeed(SecretBytes(QByteArray(32, 'a')));
        const auto b = ExtendedKey::fromSeed(SecretBytes(QByteArray(32, 'b')));
        QVERIFY(cryptoOk(a) && cryptoOk(b));
        const ExtendedKey &ka = std::get<ExtendedKey>(a);
        const ExtendedKey &kb = std::get<ExtendedKey>(b);
        const auto ab = ecdh::sharedSecretHex(ka.privateKey(), kb.publicKey());
        const auto ba = ecdh::sharedSecretHex(kb.privateKey(), ka.publicKey());
        QVERIFY(cryptoOk(ab) && cryptoOk(ba));
        QVERIFY(std::get<SecretBytes>(ab) == std::get<SecretBytes>(ba));
        const QByteArray hex = std::get<SecretBytes>(ab).bytes();
        QCOMPARE(hex.size(), 66);
        QVERIFY(hex.startsWith("02") || hex.startsWith("03"));
        QCOMPARE(hex, hex.toLower());
    }
};

QTEST_GUILESS_MAIN(TestEcdh)
#include "TestEcdh.moc"
