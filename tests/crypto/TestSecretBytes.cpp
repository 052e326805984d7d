#include "SecretBytes.h"

#include <QTest>

using namespace bgtm;

// The two primitives that stand in for OpenSSL's CRYPTO_memcmp and OPENSSL_cleanse in the client (bgtm_secrets).
class TestSecretBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constantTimeEqualComparesEveryByte_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("equal");
        const QByteArray base(64, 'x');
        QByteArray first = base, last = base, middle = base, oneBit = base;
        first[0] = 'y';
        last[63] = 'y';
        middle[31] = 'y';
        oneBit[17] = static_cast<char>(oneBit[17] ^ 0x01);
        QTest::newRow("same") << base << QByteArray(64, 'x') << true;
        QTest::newRow("empty") << QByteArray() << QByteArray() << true;
        QTest::newRow("first byte") << base << first << false;
        QTest::newRow("last byte") << base << last << false;
        QTest::newRow("middle byte") << base << middle << false;
        QTest::newRow("one bit") << base << oneBit << false;
        QTest::newRow("high bit") << QByteArray("\x80", 1) << QByteArray("\x00", 1) << false;
    }

    void constantTimeEqualComparesEveryByte()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, equal);
        QCOMPARE(constantTimeEqual(a.constData(), b.constData(), a.size()), equal);
        QCOMPARE(SecretBytes(a) == SecretBytes(b), equal);
    }

    void secretsOfDifferentLengthDiffer()
    {
        QVERIFY(!(SecretBytes(QByteArray("abc")) == SecretBytes(QByteArray("abcd"))));
    }

    void secureWipeZeroesTheBuffer()
    {
        QByteArray buffer("a secret that must not stay in memory");
        secureWipe(buffer.data(), buffer.size());
        QCOMPARE(buffer, QByteArray(buffer.size(), '\0'));
    }

    void wipeInPlaceZeroesTheOnlyOwnersBufferWhereItIs()
    {
        QByteArray bytes("a token held by one owner");
        const char *where = bytes.constData();
        QVERIFY(wipeInPlace(bytes));
        // The same buffer, not a detached copy of it, and still its size for its owner to free.
        QCOMPARE(static_cast<const void *>(bytes.constData()), static_cast<const void *>(where));
        QCOMPARE(bytes, QByteArray(bytes.size(), '\0'));
    }

    void wipeInPlaceLeavesASharedBufferToItsLastOwner()
    {
        const QByteArray other("a token with two owners");
        QByteArray bytes = other;
        QVERIFY(!wipeInPlace(bytes));
        // Not detached: wiping would have made a fresh copy of the secret and wiped only that.
        QCOMPARE(static_cast<const void *>(bytes.constData()), static_cast<const void *>(other.constData()));
        QCOMPARE(other, QByteArray("a token with two owners"));
    }

    void wipeInPlaceNeverWritesIntoRawData()
    {
        static const char kept[] = "bytes this array does not own";
        QByteArray raw = QByteArray::fromRawData(kept, sizeof(kept) - 1);
        QVERIFY(!wipeInPlace(raw));
        QCOMPARE(QByteArray(kept), QByteArray("bytes this array does not own"));
    }
};

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "TestSecretBytes.moc"
