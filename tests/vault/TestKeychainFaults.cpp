#include "VaultTestUtil.h"

#include "vault/KeychainSecretStore.h"
#include "vault/TokenIndex.h"
#include "vault/Vault.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace bgtm;
using namespace bgtm::test;

namespace {

const QString kEnv = QStringLiteral("sandbox");
const QString kUser = QStringLiteral("5f1234567890abcdef123456");

/// The real keychain store, counting writes per key (to prove a retry did not write again).
class CountingStore : public SecretStore
{
public:
    explicit CountingStore(SecretStore *inner) : m_inner(inner) { }
    void write(const QString &key, const SecretBytes &secret, std::chrono::milliseconds timeout, QObject *context,
               Callback<Done> done) override
    {
        ++writes[key];
        m_inner->write(key, secret, timeout, context, std::move(done));
    }
    void read(const QString &key, std::chrono::milliseconds timeout, QObject *context,
              Callback<SecretBytes> done) override
    {
        m_inner->read(key, timeout, context, std::move(done));
    }
    void remove(const QString &key, std::chrono::milliseconds timeout, QObject *context, Callback<Done> done) override
    {
        m_inner->remove(key, timeout, context, std::move(done));
    }
    QHash<QString, int> writes;

private:
    SecretStore *m_inner;
};

QMap<QString, QString> parseLines(const QByteArray &output)
{
    QMap<QString, QString> out;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            out.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<absent>");
}

} // namespace

class TestKeychainFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(inTestSession(), kNotInSession); }

    void noSecretServiceRefusesCreationWithAReason()
    {
        const QString index = m_dir.filePath(QStringLiteral("nodbus/tokens.json"));
        QProcess helper;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-such-bus")));
        env.insert(QStringLiteral("BGTM_HELPER_INDEX"), index);
        helper.setProcessEnvironment(env);
        helper.start(QStringLiteral(BGTM_VAULT_HELPER), {QStringLiteral("check-usable")});
        // The helper's keychain timeout is 5 s; the answer must come well before this deadline.
        QVERIFY(helper.waitForFinished(30000));
        const auto result = parseLines(helper.readAllStandardOutput());
        QCOMPARE(result.value(QStringLiteral("check-usable")), QStringLiteral("KeychainUnavailable"));
        QVERIFY(!QFile::exists(index) || TokenIndex(index).load().ok());
    }

    void keychainServiceNobodyProvidesIsAbsentWithTheBusText()
    {
        // A session bus of its own with no service files at all: nothing provides org.freedesktop.secrets, as on a
        // desktop without GNOME Keyring or KeePassXC's integration.
        const QString config = m_dir.filePath(QStringLiteral("bare-bus.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                   " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                   "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth>"
                   "<policy context=\"default\"><allow send_destination=\"*\"/><allow receive_sender=\"*\"/>"
                   "<allow own=\"*\"/></policy>"
                   "</busconfig>\n");
        file.close();
        QProcess helper;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BGTM_HELPER_INDEX"), m_dir.filePath(QStringLiteral("barebus/tokens.json")));
        helper.setProcessEnvironment(env);
        helper.start(QStringLiteral("dbus-run-session"),
                     {QStringLiteral("--config-file=") + config, QStringLiteral("--"),
                      QStringLiteral(BGTM_VAULT_HELPER), QStringLiteral("keychain-status")});
        QVERIFY(helper.waitForFinished(30000));
        const auto result = parseLines(helper.readAllStandardOutput());
        QCOMPARE(result.value(QStringLiteral("keychain-status")), QStringLiteral("Absent"));
        QVERIFY2(result.value(QStringLiteral("detail")).contains(QStringLiteral("org.freedesktop.secrets")),
                 qPrintable(result.value(QStringLiteral("detail"))));

        // No session bus at all: absent too, with the reason.
        QProcess noBus;
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-such-bus")));
        noBus.setProcessEnvironment(env);
        noBus.start(QStringLiteral(BGTM_VAULT_HELPER), {QStringLiteral("keychain-status")});
        QVERIFY(noBus.waitForFinished(30000));
        QCOMPARE(parseLines(noBus.readAllStandardOutput()).value(QStringLiteral("keychain-status")),
                 QStringLiteral("Absent"));
    }

    void lockedKeyringRefusesCreationAndReportsLockedNotGone()
    {
        // A second private session, so that locking its keyring cannot disturb the other tests.
        const QString index = m_dir.filePath(QStringLiteral("locked/tokens.json"));
        QProcess session;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("BGTM_TEST_SESSION_DIR"));
        // Otherwise the nested daemon's --replace finds ours through this variable and replaces (kills) it.
        env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
        session.setProcessEnvironment(env);
        session.start(QStringLiteral(BGTM_TEST_SESSION_SCRIPT),
                      {QStringLiteral(BGTM_VAULT_HELPER), QStringLiteral("locked-scenario"), index});
        QVERIFY(session.waitForFinished(120000));
        QCOMPARE(session.exitCode(), 0);
        const auto result = parseLines(session.readAllStandardOutput());
        QCOMPARE(result.value(QStringLiteral("import")), QStringLiteral("ok"));
        QCOMPARE(result.value(QStringLiteral("locked")), QStringLiteral("yes"));
        QCOMPARE(result.value(QStringLiteral("keychain-status")), QStringLiteral("Locked"));
        QCOMPARE(result.value(QStringLiteral("check-usable")), QStringLiteral("KeychainUnavailable"));
        QCOMPARE(result.value(QStringLiteral("presence")), QStringLiteral("KeychainLocked"));
        QCOMPARE(result.value(QStringLiteral("read")), QStringLiteral("KeychainUnavailable"));
        QCOMPARE(result.value(QStringLiteral("index-unchanged")), QStringLiteral("yes"));
        QCOMPARE(result.value(QStringLiteral("entries")), QStringLiteral("1"));
    }

    void hungKeyringTimesOutAndLeavesTheIndexUntouched()
    {
        const qint64 pid = keyringDaemonPid();
        QVERIFY2(pid > 0, "no gnome-keyring.pid in XDG_RUNTIME_DIR (with-test-session.sh writes it)");
        KeychainSecretStore store;
        TokenIndex index(m_dir.filePath(QStringLiteral("hung/tokens.json")));
        QVERIFY(index.load().ok());
        constexpr std::chrono::milliseconds kTimeout {1500};
        Vault vault(&store, &index, kTimeout);
        CreateTokenRequest request;
        request.label = QStringLiteral("before the hang");
        QVERIFY(vault.recordPending(kEnv, kUser, request).ok());
        const QByteArray before = fileBytes(index.path());

        StoppedKeyring stopped(pid);
        QVERIFY(stopped.ok());
        const auto usable = waitFor<Done>([&](QObject *c, Callback<Done> d) { vault.checkUsable(c, std::move(d)); },
                                          int(kTimeout.count()) + 10000);
        stopped.resume();
        QVERIFY2(usable.has_value(), "no answer within the timeout plus a 10 s margin");
        QVERIFY(!usable->ok());
        QVERIFY(usable->error().kind == ErrorKind::KeychainTimeout);
        QVERIFY(!usable->error().message.isEmpty());
        QCOMPARE(fileBytes(index.path()), before);
    }

    void lateAnswerAfterATimeoutIsDroppedAndTheCallbackRunsOnce()
    {
        const qint64 pid = keyringDaemonPid();
        QVERIFY(pid > 0);
        KeychainSecretStore store;
        QObject context; // stays alive when the late answer arrives
        int calls = 0;
        std::optional<Error> firstError;
        {
            StoppedKeyring stopped(pid);
            QVERIFY(stopped.ok());
            store.read(QStringLiteral("sandbox/late/answer"), std::chrono::milliseconds(500), &context,
                       [&](Result<SecretBytes> r) {
                           ++calls;
                           if (!r)
                               firstError = r.error();
                       });
            QTRY_VERIFY_WITH_TIMEOUT(calls > 0, 10000);
        }
        QVERIFY(firstError && firstError->kind == ErrorKind::KeychainTimeout);
        // Jobs run one after the other: once a later read answers, the timed-out one has finished too.
        const auto after = waitFor<SecretBytes>(
            [&](QObject *c, Callback<SecretBytes> d) {
                store.read(QStringLiteral("sandbox/late/answer"), std::chrono::seconds(30), c, std::move(d));
            },
            40000);
        QVERIFY(after.has_value());
        QTest::qWait(100);
        QCOMPARE(calls, 1);
    }

    void hungKeyringDuringStoreKeepsTheTokenAndRetryFindsTheLateWrite()
    {
        const qint64 pid = keyringDaemonPid();
        QVERIFY(pid > 0);
        KeychainSecretStore real;
        CountingStore store(&real);
        TokenIndex index(m_dir.filePath(QStringLiteral("late/tokens.json")));
        QVERIFY(index.load().ok());
        constexpr std::chrono::milliseconds kTimeout {1500};
        Vault vault(&store, &index, kTimeout);
        const auto usable =
            waitFor<Done>([&](QObject *c, Callback<Done> d) { vault.checkUsable(c, std::move(d)); }, 60000);
        QVERIFY(usable && usable->ok());
        CreateTokenRequest request;
        request.label = QStringLiteral("created during a hang");
        const Result<QString> pending = vault.recordPending(kEnv, kUser, request);
        QVERIFY(pending.ok());

        CreatedToken token;
        token.token.id = QUuid::createUuid().toString(QUuid::Id128);
        token.token.label = request.label;
        token.token.created = QDateTime::currentDateTimeUtc();
        token.token.expires = token.token.created.addDays(1);
        const QByteArray secret = "v2x" + QUuid::createUuid().toByteArray(QUuid::Id128);
        token.secret = SecretBytes(secret);
        const QString key = kEnv + u'/' + kUser + u'/' + token.token.id;

        StoppedKeyring stopped(pid);
        QVERIFY(stopped.ok());
        const auto first = waitFor<Done>(
            [&](QObject *c, Callback<Done> d) { vault.storeCreated(pending.value(), token, c, std::move(d)); },
            int(kTimeout.count()) + 10000);
        QVERIFY2(first.has_value(), "no answer within the timeout plus a 10 s margin");
        QVERIFY(!first->ok());
        QVERIFY(first->error().kind == ErrorKind::KeychainTimeout);
        QVERIFY(token.secret.bytes() == secret); // still in memory for Retry / copy once / revoke
        QCOMPARE(index.tokens().size(), 1);
        QVERIFY(index.tokens().constFirst().state == StoredToken::State::StoreFailed);
        QCOMPARE(store.writes.value(key), 1);
        stopped.resume();

        // The job was left alive: once the daemon runs again the write lands by itself.
        QElapsedTimer waited;
        waited.start();
        while (secretToolLookup(key).exitCode != 0 && waited.elapsed() < 40000)
            QTest::qWait(200);
        QCOMPARE(secretToolLookup(key).exitCode, 0);

        const auto retry = waitFor<Done>(
            [&](QObject *c, Callback<Done> d) { vault.storeCreated(pending.value(), token, c, std::move(d)); }, 60000);
        QVERIFY(retry && retry->ok());
        QCOMPARE(store.writes.value(key), 1); // read back first: no second write
        QVERIFY(index.tokens().constFirst().state == StoredToken::State::Stored);
    }
};

QTEST_GUILESS_MAIN(TestKeychainFaults)
#include "TestKeychainFaults.moc"
