#include "SecretScan.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bgtm::test;

class TestSecretScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plantedSecretIsFoundInEveryEncoding_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("raw") << QStringLiteral("raw");
        QTest::newRow("base64") << QStringLiteral("base64");
        QTest::newRow("hex") << QStringLiteral("hex");
    }
    void plantedSecretIsFoundInEveryEncoding()
    {
        QFETCH(QString, encoding);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray secret = QByteArrayLiteral("v2x0123456789abcdef0123456789abcdef0123456789abcdef");
        const QByteArray planted = encoding == QLatin1String("raw") ? secret
            : encoding == QLatin1String("base64")                   ? secret.toBase64()
                                                                    : secret.toHex();
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("deep/er"))));
        QFile file(dir.filePath(QStringLiteral("deep/er/log.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("line before\n" + planted + "\nline after\n");
        file.close();

        const QList<SecretHit> hits = scanForSecrets({QByteArrayLiteral("unrelated-secret-xyz"), secret}, {dir.path()});
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().secretIndex, 1);
        QCOMPARE(hits.first().encoding, encoding);
        QVERIFY(!describe(hits).contains(QString::fromLatin1(secret)));
    }

    void cleanTreeHasNoHits()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("index.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"version\": 1, \"tokens\": []}");
        file.close();
        QVERIFY(scanForSecrets({QByteArrayLiteral("v2x0123456789abcdef")}, {dir.path()}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretScan)
#include "TestSecretScan.moc"
