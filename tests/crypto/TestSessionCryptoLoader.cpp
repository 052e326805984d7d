#include "app/SessionCryptoLoader.h"

#include <QFile>
#include <QTest>

using namespace bgtm;

namespace {

/// Whether a library whose path contains `name` is mapped into this process.
bool mapped(const char *name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(name);
}

} // namespace

class TestSessionCryptoLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openSslArrivesWithTheModuleOnly()
    {
        for (const char *library : {"libcrypto.so", "libsecp256k1.so", "libargon2.so"})
            QVERIFY2(!mapped(library), library);
        QCOMPARE(loadedSessionCrypto(), nullptr);

        QString whyNot;
        const crypto::SessionCryptoV1 *module = sessionCrypto(&whyNot);
        QVERIFY2(module != nullptr, qPrintable(whyNot));
        QVERIFY(whyNot.isEmpty());
        QCOMPARE(loadedSessionCrypto(), module);
        QCOMPARE(sessionCrypto(), module); // loaded once, kept
        // The module built in this tree, with the libraries it needs.
        QVERIFY(mapped("/lib/bitgo-token-manager/session-crypto.so"));
        for (const char *library : {"libcrypto.so", "libsecp256k1.so", "libargon2.so"})
            QVERIFY2(mapped(library), library);
    }

    void itsFunctionsAnswerThroughTheTable()
    {
        const crypto::SessionCryptoV1 *module = sessionCrypto();
        QVERIFY(module != nullptr);
        const auto opened =
            module->openWithEcdhKey(QByteArrayLiteral("xprv-not-base58-0OIl"), QByteArrayLiteral("xpub"),
                                    QStringLiteral("m/0"), QByteArrayLiteral("{}"));
        QVERIFY(!cryptoOk(opened));
        QCOMPARE(cryptoError(opened).kind, CryptoError::Kind::Malformed);

        const crypto::EcdhLoginKeys keys =
            module->openEcdhLogin(QByteArrayLiteral("password"), QByteArrayLiteral("not an envelope"),
                                  QByteArrayLiteral("xpub"), QStringLiteral("m/0"), QByteArrayLiteral("{}"));
        QVERIFY(keys.error.has_value());
        QCOMPARE(keys.error->kind, CryptoError::Kind::Malformed);
        QVERIFY(keys.sessionToken.isEmpty());
        QVERIFY(keys.ecdhXprv.isEmpty());
        module->releaseThreadState();
    }
};

QTEST_GUILESS_MAIN(TestSessionCryptoLoader)
#include "TestSessionCryptoLoader.moc"
