#include "vault/TokenIndex.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bgtm;

namespace {

StoredToken entry(const QString &id, StoredToken::State state = StoredToken::State::Stored)
{
    StoredToken t;
    t.environmentId = QStringLiteral("sandbox");
    t.userId = QStringLiteral("5f0c0c0c0c0c0c0c0c0c0c0c");
    t.tokenId = id;
    t.label = QStringLiteral("label ") + id;
    t.scope = {QStringLiteral("wallet_view_all"), QStringLiteral("openid")};
    t.spendingLimits = {SpendingLimit {QStringLiteral("tbtc"), QStringLiteral("1000000000"), false}};
    t.allErc20TokensLimit = Erc20Limit {true, false, QStringLiteral("5")};
    t.ipRestrict = {QStringLiteral("192.0.2.1")};
    t.created = QDateTime::currentDateTimeUtc();
    t.expires = t.created.addDays(30);
    t.state = state;
    return t;
}

Status add(TokenIndex &index, const StoredToken &t)
{
    return index.update([&](QList<StoredToken> &tokens) {
        tokens.append(t);
        return true;
    });
}

QStringList ids(const QList<StoredToken> &tokens)
{
    QStringList out;
    for (const StoredToken &t : tokens)
        out << t.tokenId;
    out.sort();
    return out;
}

} // namespace

class TestTokenIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("sub/tokens.%1.json").arg(++m_n));
    }

    void missingFileLoadsAsEmptyIndex()
    {
        TokenIndex index(m_path);
        QVERIFY(index.load().ok());
        QVERIFY(index.tokens().isEmpty());
        QVERIFY(index.warning().isEmpty());
    }

    void writtenIndexIsVersionedOwnerOnlyAndRoundTripsEveryField()
    {
        TokenIndex writer(m_path);
        const StoredToken original = entry(QStringLiteral("a1"));
        QVERIFY(add(writer, original).ok());
        QCOMPARE(QFile::permissions(m_path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"version\": 1"));

        TokenIndex reader(m_path);
        QVERIFY(reader.load().ok());
        QCOMPARE(reader.tokens().size(), 1);
        const StoredToken back = reader.tokens().constFirst();
        QCOMPARE(back.tokenId, original.tokenId);
        QCOMPARE(back.label, original.label);
        QCOMPARE(back.scope, original.scope);
        QVERIFY(back.spendingLimits == original.spendingLimits);
        QVERIFY(back.allErc20TokensLimit == original.allErc20TokensLimit);
        QCOMPARE(back.ipRestrict, original.ipRestrict);
        QCOMPARE(back.created.toMSecsSinceEpoch(), original.created.toMSecsSinceEpoch());
        QCOMPARE(back.expires.toMSecsSinceEpoch(), original.expires.toMSecsSinceEpoch());
        QVERIFY(back.state == StoredToken::State::Stored);
        QCOMPARE(back.keychainKey(), QStringLiteral("sandbox/5f0c0c0c0c0c0c0c0c0c0c0c/a1"));
    }

    void twoInstancesOnTheSameFileKeepBothWritersEntries()
    {
        // The GUI and the CLI each hold an index loaded before the other wrote.
        TokenIndex gui(m_path);
        TokenIndex cli(m_path);
        QVERIFY(gui.load().ok());
        QVERIFY(cli.load().ok());
        QVERIFY(add(gui, entry(QStringLiteral("gui"))).ok());
        QVERIFY(add(cli, entry(QStringLiteral("cli"))).ok());
        TokenIndex reader(m_path);
        QVERIFY(reader.load().ok());
        QCOMPARE(ids(reader.tokens()), (QStringList {QStringLiteral("cli"), QStringLiteral("gui")}));
    }

    void twoProcessesWritingAtOnceLoseNoEntry()
    {
        constexpr int kEach = 25;
        QProcess first, second;
        first.start(QStringLiteral(BGTM_VAULT_HELPER),
                    {QStringLiteral("index-add"), m_path, QStringLiteral("gui-"), QString::number(kEach)});
        second.start(QStringLiteral(BGTM_VAULT_HELPER),
                     {QStringLiteral("index-add"), m_path, QStringLiteral("cli-"), QString::number(kEach)});
        QVERIFY(first.waitForFinished(60000));
        QVERIFY(second.waitForFinished(60000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);
        TokenIndex reader(m_path);
        QVERIFY(reader.load().ok());
        QCOMPARE(reader.tokens().size(), 2 * kEach);
    }

    void corruptIndexIsKeptAsideAndRebuiltEmptyWithWarning_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArrayLiteral("{\"version\": 1, \"tokens\": [");
        QTest::newRow("not an object") << QByteArrayLiteral("[1, 2, 3]");
        QTest::newRow("no version") << QByteArrayLiteral("{\"tokens\": []}");
        QTest::newRow("malformed entry") << QByteArrayLiteral(
            "{\"version\": 1, \"tokens\": [{\"state\": \"nonsense\"}]}");
        QTest::newRow("empty file") << QByteArray();
    }
    void corruptIndexIsKeptAsideAndRebuiltEmptyWithWarning()
    {
        QFETCH(QByteArray, content);
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        TokenIndex index(m_path);
        QSignalSpy warnings(&index, &TokenIndex::warningRaised);
        QVERIFY(index.load().ok());
        QVERIFY(index.tokens().isEmpty());
        QCOMPARE(warnings.size(), 1);
        QVERIFY(!index.warning().isEmpty());

        const QStringList aside =
            QFileInfo(m_path).dir().entryList({QFileInfo(m_path).fileName() + QStringLiteral(".corrupt-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(QFileInfo(m_path).dir().filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), content);
        QVERIFY(index.warning().contains(aside.first()));

        QVERIFY(add(index, entry(QStringLiteral("after"))).ok());
        QCOMPARE(index.takeWarning().isEmpty(), false);
        QVERIFY(index.warning().isEmpty());
    }

    void indexFromANewerVersionIsNeverOverwritten()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray newer = QByteArrayLiteral("{\"version\": 99, \"tokens\": []}");
        file.write(newer);
        file.close();
        TokenIndex index(m_path);
        const Status s = add(index, entry(QStringLiteral("x")));
        QVERIFY(!s.ok());
        QVERIFY(s.error().kind == ErrorKind::Io);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), newer);
    }

    void anotherWritersChangeIsNoticedThroughTheWatcher()
    {
        TokenIndex gui(m_path);
        QVERIFY(add(gui, entry(QStringLiteral("first"))).ok());
        QSignalSpy changed(&gui, &TokenIndex::changed);
        TokenIndex cli(m_path);
        QVERIFY(add(cli, entry(QStringLiteral("second"))).ok());
        QTRY_VERIFY_WITH_TIMEOUT(gui.tokens().size() == 2, 10000);
        QVERIFY(changed.size() >= 1);
    }

    void lockHeldByALiveWriterMakesUpdateFailWithReadableError()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        QLockFile held(m_path + QStringLiteral(".lock"));
        QVERIFY(held.tryLock(0));
        TokenIndex index(m_path);
        index.setLockTimeout(std::chrono::milliseconds(200));
        const Status s = add(index, entry(QStringLiteral("blocked")));
        QVERIFY(!s.ok());
        QVERIFY(s.error().kind == ErrorKind::Io);
        QVERIFY(!s.error().message.isEmpty());
    }

    void readsAndUpdatesThatChangeNothingNeedNoLock()
    {
        TokenIndex writer(m_path);
        QVERIFY(add(writer, entry(QStringLiteral("kept"))).ok());
        QLockFile held(m_path + QStringLiteral(".lock"));
        QVERIFY(held.tryLock(0));

        // A reader sees the whole file the last writer renamed into place, even while another process writes.
        TokenIndex reader(m_path);
        reader.setLockTimeout(std::chrono::milliseconds(200));
        QVERIFY(reader.load().ok());
        QCOMPARE(ids(reader.tokens()), QStringList {QStringLiteral("kept")});
        int calls = 0;
        const Status unchanged = reader.update([&](QList<StoredToken> &tokens) {
            ++calls;
            return tokens.isEmpty(); // nothing to do: the index has its entry
        });
        QVERIFY(unchanged.ok());
        QCOMPARE(calls, 1);
        // A change still waits for the lock, and says so when it cannot have it.
        calls = 0;
        const Status change = reader.update([&](QList<StoredToken> &tokens) {
            ++calls;
            tokens.clear();
            return true;
        });
        QVERIFY(!change.ok());
        QCOMPARE(calls, 1); // asked once without the lock; never applied
        QCOMPARE(ids(reader.tokens()), QStringList {QStringLiteral("kept")});
    }

    void aChangeIsAppliedToTheFileAsReadUnderTheLock()
    {
        TokenIndex mine(m_path);
        QVERIFY(mine.load().ok());
        TokenIndex other(m_path);
        int calls = 0;
        const Status s = mine.update([&](QList<StoredToken> &tokens) {
            // Between the unlocked look and the locked write another process adds an entry: it must survive.
            if (++calls == 1)
                [&] { QVERIFY(add(other, entry(QStringLiteral("theirs"))).ok()); }();
            tokens.append(entry(QStringLiteral("mine")));
            return true;
        });
        QVERIFY(s.ok());
        QCOMPARE(calls, 2);
        QCOMPARE(ids(mine.tokens()), (QStringList {QStringLiteral("mine"), QStringLiteral("theirs")}));
        TokenIndex fresh(m_path);
        QVERIFY(fresh.load().ok());
        QCOMPARE(ids(fresh.tokens()), (QStringList {QStringLiteral("mine"), QStringLiteral("theirs")}));
    }

    void lockLeftByAKilledWriterIsTakenOver()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        // A real pid that is certainly dead: a process that has exited and been reaped.
        QProcess dead;
        dead.start(QStringLiteral("true"), {});
        QVERIFY(dead.waitForFinished(10000));
        const qint64 deadPid = dead.processId() ? dead.processId() : 999999;
        QFile lock(m_path + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\nbitgo-token-manager-cli\n" + QSysInfo::machineHostName().toUtf8()
                   + "\n");
        lock.close();
        TokenIndex index(m_path);
        index.setLockTimeout(std::chrono::milliseconds(3000));
        QVERIFY(add(index, entry(QStringLiteral("taken-over"))).ok());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestTokenIndex)
#include "TestTokenIndex.moc"
