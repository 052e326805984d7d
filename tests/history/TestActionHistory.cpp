// The local history file: JSON lines, mode 0600, append-only, a torn last line tolerated, CSV export.
#include "history/ActionHistory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bgtm;

namespace {

HistoryEntry entry(HistoryAction action, const QString &label, const QString &detail = {})
{
    HistoryEntry e;
    e.time = QDateTime(QDate(2026, 12, 6), QTime(3, 4, 5, 678), Qt::UTC);
    e.action = action;
    e.environmentId = QStringLiteral("sandbox");
    e.user = QStringLiteral("demo@sandbox.bitgo.local");
    e.tokenId = QStringLiteral("5f0c1a2b3c4d5e6f7a8b9c0d");
    e.label = label;
    e.origin = QStringLiteral("cli");
    e.detail = detail;
    return e;
}

bool sameEntry(const HistoryEntry &a, const HistoryEntry &b)
{
    return a.time == b.time && a.action == b.action && a.environmentId == b.environmentId && a.user == b.user
        && a.tokenId == b.tokenId && a.label == b.label && a.origin == b.origin && a.detail == b.detail;
}

/// Mode 0600: the owner reads and writes, nobody else has any right.
bool ownerOnly(const QString &path)
{
    const QFileDevice::Permissions p = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther | QFileDevice::ExeOwner;
    return p.testFlag(QFileDevice::ReadOwner) && p.testFlag(QFileDevice::WriteOwner) && (p & others) == 0;
}

} // namespace

class TestActionHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void appendedEntriesReadBackInOrderWithEveryField();
    void everyActionNameRoundTrips();
    void fileIsCreatedOwnerOnlyAndOneLinePerEntry();
    void labelWithLineBreakStaysOnOneLine();
    void tornLastLineIsSkippedAndTheNextAppendStartsAFreshLine();
    void foreignLinesAreCountedNotFatal();
    void missingFileIsAnEmptyHistory();
    void unwritableLocationIsAnIoError();
    void appendFillsInTheTimeWhenMissing();
    void csvEscapesSeparatorsQuotesLineBreaksAndFormulas_data();
    void csvEscapesSeparatorsQuotesLineBreaksAndFormulas();
    void csvHasAHeaderAndOneRecordPerEntry();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestActionHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("data/history.jsonl"));
}

void TestActionHistory::appendedEntriesReadBackInOrderWithEveryField()
{
    const ActionHistory history(m_path);
    const HistoryEntry first = entry(HistoryAction::Created, QStringLiteral("ci-deploy"));
    const HistoryEntry second =
        entry(HistoryAction::Exported, QStringLiteral("ci-deploy"), QStringLiteral("format env"));
    QVERIFY(history.append(first));
    QVERIFY(history.append(second));
    const Result<ActionHistory::ReadResult> read = history.read();
    QVERIFY(read);
    QCOMPARE(read.value().entries.size(), 2);
    QCOMPARE(read.value().skippedLines, 0);
    QVERIFY(sameEntry(read.value().entries.at(0), first));
    QVERIFY(sameEntry(read.value().entries.at(1), second));
}

void TestActionHistory::everyActionNameRoundTrips()
{
    QStringList names;
    for (const HistoryAction action : ActionHistory::allActions()) {
        const QString name = ActionHistory::actionName(action);
        QVERIFY(!names.contains(name));
        names.append(name);
        QCOMPARE(ActionHistory::actionFromName(name), std::optional<HistoryAction>(action));
    }
    QCOMPARE(names.size(), 11);
    QVERIFY(!ActionHistory::actionFromName(QStringLiteral("stolen")));
}

void TestActionHistory::fileIsCreatedOwnerOnlyAndOneLinePerEntry()
{
    const ActionHistory history(m_path);
    QVERIFY(history.append(entry(HistoryAction::SignedIn, {})));
    QVERIFY(history.append(entry(HistoryAction::SignedOut, {})));
    QVERIFY(ownerOnly(m_path));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.count('\n'), 2);
    QVERIFY(bytes.endsWith('\n'));
}

void TestActionHistory::labelWithLineBreakStaysOnOneLine()
{
    const ActionHistory history(m_path);
    QVERIFY(history.append(entry(HistoryAction::Copied, QStringLiteral("two\nlines\r\tand \"quotes\""))));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 1);
    const Result<ActionHistory::ReadResult> read = history.read();
    QVERIFY(read);
    QCOMPARE(read.value().entries.first().label, QStringLiteral("two\nlines\r\tand \"quotes\""));
}

void TestActionHistory::tornLastLineIsSkippedAndTheNextAppendStartsAFreshLine()
{
    const ActionHistory history(m_path);
    QVERIFY(history.append(entry(HistoryAction::Created, QStringLiteral("before"))));
    {
        // What a crash in the middle of a write leaves: half a line, no newline.
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::Append));
        const QByteArray line = ActionHistory::toJsonLine(entry(HistoryAction::Stored, QStringLiteral("torn")));
        QVERIFY(file.write(line.left(line.size() / 2)) > 0);
    }
    Result<ActionHistory::ReadResult> read = history.read();
    QVERIFY(read);
    QCOMPARE(read.value().entries.size(), 1);
    QCOMPARE(read.value().skippedLines, 1);

    QVERIFY(history.append(entry(HistoryAction::Revoked, QStringLiteral("after"))));
    read = history.read();
    QVERIFY(read);
    QCOMPARE(read.value().entries.size(), 2);
    QCOMPARE(read.value().entries.at(1).label, QStringLiteral("after"));
    QCOMPARE(read.value().skippedLines, 1);
}

void TestActionHistory::foreignLinesAreCountedNotFatal()
{
    {
        QFile file(m_path);
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not json\n{\"action\":\"teleported\",\"time\":\"2026-01-01T00:00:00Z\"}\n[1,2]\n\n");
        file.write(ActionHistory::toJsonLine(entry(HistoryAction::Forgotten, QStringLiteral("kept"))) + '\n');
    }
    const Result<ActionHistory::ReadResult> read = ActionHistory(m_path).read();
    QVERIFY(read);
    QCOMPARE(read.value().entries.size(), 1);
    QCOMPARE(read.value().entries.first().label, QStringLiteral("kept"));
    QCOMPARE(read.value().skippedLines, 3);
}

void TestActionHistory::missingFileIsAnEmptyHistory()
{
    const Result<ActionHistory::ReadResult> read = ActionHistory(m_path).read();
    QVERIFY(read);
    QVERIFY(read.value().entries.isEmpty());
    QVERIFY(!QFile::exists(m_path));
}

void TestActionHistory::unwritableLocationIsAnIoError()
{
    // A regular file where the folder should be.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Status appended =
        ActionHistory(blocker + QStringLiteral("/history.jsonl")).append(entry(HistoryAction::Created, {}));
    QVERIFY(!appended);
    QCOMPARE(appended.error().kind, ErrorKind::Io);
}

void TestActionHistory::appendFillsInTheTimeWhenMissing()
{
    const ActionHistory history(m_path);
    HistoryEntry e = entry(HistoryAction::Created, QStringLiteral("now"));
    e.time = QDateTime();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(history.append(e));
    const Result<ActionHistory::ReadResult> read = history.read();
    QVERIFY(read);
    const QDateTime recorded = read.value().entries.first().time;
    QVERIFY(recorded >= before);
    QVERIFY(recorded <= QDateTime::currentDateTimeUtc().addSecs(1));
}

void TestActionHistory::csvEscapesSeparatorsQuotesLineBreaksAndFormulas_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("plain") << QStringLiteral("ci-deploy") << QByteArray(",ci-deploy,");
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray(",\"a,b\",");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray(",\"say \"\"hi\"\"\",");
    QTest::newRow("line break") << QStringLiteral("two\nlines") << QByteArray(",\"two\nlines\",");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(1)") << QByteArray(",'=HYPERLINK(1),");
    QTest::newRow("formula with comma") << QStringLiteral("@x,y") << QByteArray(",\"'@x,y\",");
    QTest::newRow("unicode") << QStringLiteral("déploiement ✓") << QStringLiteral(",déploiement ✓,").toUtf8();
}

void TestActionHistory::csvEscapesSeparatorsQuotesLineBreaksAndFormulas()
{
    QFETCH(QString, label);
    QFETCH(QByteArray, field);
    const QByteArray csv = ActionHistory::toCsv({entry(HistoryAction::Created, label)});
    QVERIFY2(csv.contains(field), csv.constData());
}

void TestActionHistory::csvHasAHeaderAndOneRecordPerEntry()
{
    const QByteArray csv = ActionHistory::toCsv(
        {entry(HistoryAction::Created, QStringLiteral("a")), entry(HistoryAction::StoreFailed, QStringLiteral("b"))});
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 4); // header, two records, the empty piece after the last CRLF
    QCOMPARE(lines.at(0), QByteArray("time,action,environment,user,token id,label,origin,detail\r"));
    QCOMPARE(
        lines.at(1),
        QByteArray("2026-12-06T03:04:05Z,created,sandbox,demo@sandbox.bitgo.local,5f0c1a2b3c4d5e6f7a8b9c0d,a,cli,\r"));
    QVERIFY(lines.at(2).startsWith("2026-12-06T03:04:05Z,store-failed,"));
    QVERIFY(lines.at(3).isEmpty());
}

QTEST_GUILESS_MAIN(TestActionHistory)
#include "TestActionHistory.moc"
