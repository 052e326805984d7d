// Replays every committed fuzz input (seeds in tests/fuzz/corpus/<target>/ and crash regressions in
// tests/fuzz/regressions/<target>/) through the fuzz targets' entry functions in the normal build, so a fixed
// crash cannot come back unnoticed even where clang/libFuzzer is not used. An entry aborts on a broken invariant,
// which fails this test.
#include "FuzzEntries.h"

#include "net/ReplyMappers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QtTest>

#include <functional>

namespace {

using Entry = std::function<int(const std::uint8_t *, std::size_t)>;

const QList<QPair<QString, Entry>> &entries()
{
    static const QList<QPair<QString, Entry>> list {
        {QStringLiteral("fuzz_reply_mappers"), bgtm::fuzz::replyMappers},
        {QStringLiteral("fuzz_create_validator"), bgtm::fuzz::createValidator},
        {QStringLiteral("fuzz_amount"), bgtm::fuzz::amount},
        {QStringLiteral("fuzz_hmac_verify"), bgtm::fuzz::hmacVerify},
        {QStringLiteral("fuzz_sjcl"), bgtm::fuzz::sjclEnvelope},
        {QStringLiteral("fuzz_bip32"), bgtm::fuzz::bip32},
        {QStringLiteral("fuzz_base58"), bgtm::fuzz::base58},
        {QStringLiteral("fuzz_token_list_diff"), bgtm::fuzz::tokenListDiff},
    };
    return list;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCommittedFuzzInputRunsCleanly_data();
    void everyCommittedFuzzInputRunsCleanly();
    void serverAmountWithATrailingNewlineIsRefused_data();
    void serverAmountWithATrailingNewlineIsRefused();
};

void TestFuzzRegressions::everyCommittedFuzzInputRunsCleanly_data()
{
    QTest::addColumn<int>("entry");
    QTest::addColumn<QString>("path");
    const QDir fuzzDir(QStringLiteral(BGTM_SOURCE_DIR "/tests/fuzz"));
    int rows = 0;
    for (qsizetype i = 0; i < entries().size(); ++i) {
        int seeds = 0;
        for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
            QDirIterator it(fuzzDir.filePath(kind + u'/' + entries().at(i).first), QDir::Files);
            while (it.hasNext()) {
                const QString path = it.next();
                QTest::addRow("%s/%s", qPrintable(entries().at(i).first), qPrintable(it.fileName()))
                    << static_cast<int>(i) << path;
                ++seeds;
            }
        }
        // Every target has committed seeds: an empty folder means the corpus went missing.
        QVERIFY2(seeds > 0, qPrintable(entries().at(i).first));
        rows += seeds;
    }
    QVERIFY(rows > 0);
}

void TestFuzzRegressions::everyCommittedFuzzInputRunsCleanly()
{
    QFETCH(int, entry);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray input = file.readAll();
    const int rc = entries().at(entry).second(reinterpret_cast<const std::uint8_t *>(input.constData()),
                                              static_cast<std::size_t>(input.size()));
    QCOMPARE(rc, 0);
}

// fuzz_reply_mappers found this: "^…$" let "208000000\n" through as the digits of an exact amount.
void TestFuzzRegressions::serverAmountWithATrailingNewlineIsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain digits") << QStringLiteral("208000000") << true;
    QTest::newRow("trailing newline") << QStringLiteral("208000000\n") << false;
    QTest::newRow("leading newline") << QStringLiteral("\n208000000") << false;
    QTest::newRow("newline between") << QStringLiteral("208\n000000") << false;
    QTest::newRow("trailing carriage return") << QStringLiteral("208000000\r") << false;
}

void TestFuzzRegressions::serverAmountWithATrailingNewlineIsRefused()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    const auto parsed = bgtm::mappers::amount(QJsonValue(text));
    QCOMPARE(parsed.has_value(), accepted);
    if (accepted)
        QCOMPARE(parsed->digits, text);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
