// Locking the app when the screen locks: a fake desktop on the test session's private D-Bus owns the
// screen saver's and logind's names and emits their signals, exactly as a real desktop would.
#include "MainWindow.h"
#include "ScreenLockWatcher.h"

#include "VaultTestUtil.h"

#include "settings/Settings.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenIndex.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QClipboard>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bgtm;

namespace {
constexpr int kDeadline = 20000; // generous: the machine is shared; never a timing assertion
const QString kFakeDesktop = QStringLiteral("bgtm-fake-desktop");
const QString kOwnSession = QStringLiteral("/org/freedesktop/login1/session/_31");
const QString kOtherSession = QStringLiteral("/org/freedesktop/login1/session/_32");
} // namespace

/// logind's manager as far as the watcher asks it: which session this process belongs to.
class FakeLogindManager : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")
public:
    int calls = 0;
public Q_SLOTS:
    QDBusObjectPath GetSessionByPID(uint pid)
    {
        ++calls;
        return QDBusObjectPath(pid == QCoreApplication::applicationPid() ? kOwnSession : kOtherSession);
    }
};

class TestScreenLock : public QObject
{
    Q_OBJECT
private:
    /// A second connection to the same bus: the "desktop" is another client, as in real life.
    QDBusConnection m_desktop {QString()};

    bool emitSignal(const QString &path, const QString &interface, const QString &name, const QVariantList &args)
    {
        QDBusMessage signal = QDBusMessage::createSignal(path, interface, name);
        signal.setArguments(args);
        return m_desktop.send(signal);
    }

    /// Qt sends a watcher's AddMatch to the bus without waiting for the answer, and the bus may handle the fake
    /// desktop's signal (another connection) first. A call on the watcher's own connection returns only after the
    /// bus has handled everything that connection sent before it, the subscription included.
    static void waitForSubscriptions()
    {
        QDBusConnection::sessionBus().interface()->isServiceRegistered(QStringLiteral("org.freedesktop.DBus"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::inTestSession(), test::kNotInSession);
        m_desktop = QDBusConnection::connectToBus(QDBusConnection::SessionBus, kFakeDesktop);
        QVERIFY2(m_desktop.isConnected(), qPrintable(m_desktop.lastError().message()));
        QVERIFY(QDBusConnection::sessionBus().isConnected());
    }

    void cleanupTestCase()
    {
        m_desktop = QDBusConnection(QString());
        QDBusConnection::disconnectFromBus(kFakeDesktop);
    }

    void screenSaverActivationReportsTheLock_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("interface");
        QTest::newRow("freedesktop") << QStringLiteral("org.freedesktop.ScreenSaver")
                                     << QStringLiteral("/org/freedesktop/ScreenSaver")
                                     << QStringLiteral("org.freedesktop.ScreenSaver");
        QTest::newRow("kde") << QStringLiteral("org.freedesktop.ScreenSaver") << QStringLiteral("/ScreenSaver")
                             << QStringLiteral("org.freedesktop.ScreenSaver");
        QTest::newRow("gnome") << QStringLiteral("org.gnome.ScreenSaver") << QStringLiteral("/org/gnome/ScreenSaver")
                               << QStringLiteral("org.gnome.ScreenSaver");
    }

    void screenSaverActivationReportsTheLock()
    {
        QFETCH(QString, service);
        QFETCH(QString, path);
        QFETCH(QString, interface);
        QVERIFY(m_desktop.registerService(service));
        ScreenLockWatcher watcher(QDBusConnection::sessionBus(), std::nullopt);
        QSignalSpy locked(&watcher, &ScreenLockWatcher::screenLocked);
        waitForSubscriptions();
        // The screen saver ending is no lock; signals from one sender arrive in order, so once the second signal
        // is counted the first one has been seen and ignored.
        QVERIFY(emitSignal(path, interface, QStringLiteral("ActiveChanged"), {false}));
        QVERIFY(emitSignal(path, interface, QStringLiteral("ActiveChanged"), {true}));
        QVERIFY(locked.wait(kDeadline));
        QCoreApplication::processEvents();
        QCOMPARE(locked.count(), 1);
        QVERIFY(m_desktop.unregisterService(service));
    }

    void logindLockOfThisSessionReportsTheLockAndOtherSessionsDoNot()
    {
        FakeLogindManager manager;
        QVERIFY(m_desktop.registerObject(QStringLiteral("/org/freedesktop/login1"), &manager,
                                         QDBusConnection::ExportAllSlots));
        QVERIFY(m_desktop.registerService(QStringLiteral("org.freedesktop.login1")));
        // The private session bus stands in for the system bus.
        ScreenLockWatcher watcher(QDBusConnection::sessionBus(), QDBusConnection::sessionBus());
        QSignalSpy locked(&watcher, &ScreenLockWatcher::screenLocked);
        const QString session = QStringLiteral("org.freedesktop.login1.Session");
        // The watcher subscribes once logind has answered; until then signals are missed, so keep locking.
        QVERIFY(QTest::qWaitFor(
            [&] {
                emitSignal(kOwnSession, session, QStringLiteral("Lock"), {});
                return locked.count() > 0;
            },
            kDeadline));
        QCOMPARE(manager.calls, 1);
        // Let the locks the loop sent before the first one was seen arrive, so they are not counted below.
        QTest::qWait(1000);
        const qsizetype before = locked.count();
        QVERIFY(emitSignal(kOtherSession, session, QStringLiteral("Lock"), {}));
        QVERIFY(emitSignal(kOwnSession, session, QStringLiteral("Lock"), {}));
        QVERIFY(QTest::qWaitFor([&] { return locked.count() > before; }, kDeadline));
        QCoreApplication::processEvents();
        QCOMPARE(locked.count(), before + 1); // the other session's lock, sent first, was not counted
        m_desktop.unregisterService(QStringLiteral("org.freedesktop.login1"));
        m_desktop.unregisterObject(QStringLiteral("/org/freedesktop/login1"));
    }

    void screenLockHidesTheMainWindowsContents()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        QNetworkAccessManager network;
        KeychainSecretStore store(QStringLiteral("bgtm-gui-screenlock-test"));
        TokenIndex index(dir.filePath(QStringLiteral("tokens.json")));
        QVERIFY(index.load().ok());
        Vault vault(&store, &index, std::chrono::milliseconds(8000));
        StoredToken stored;
        stored.environmentId = QStringLiteral("sandbox");
        stored.userId = QStringLiteral("user-1");
        stored.tokenId = QStringLiteral("token-1");
        stored.label = QStringLiteral("held here");
        const auto imported = test::waitFor<Done>([&](QObject *context, Callback<Done> done) {
            vault.importToken(stored, SecretBytes(QByteArrayLiteral("v2xscreenlocktestsecret")), true, context,
                              std::move(done));
        });
        QVERIFY(imported && imported->ok());

        MainWindow::Services services;
        services.settings = &settings;
        services.vault = &vault;
        services.network = &network;
        services.clipboard = QApplication::clipboard();
        services.resolveEnvironment = [](const QString &, QObject *, std::function<void(Result<Environment>)> done) {
            Error e;
            e.kind = ErrorKind::NotFound;
            e.message = QStringLiteral("offline test");
            done(e);
        };
        MainWindow window(std::move(services));
        window.show();
        QVERIFY(QTest::qWaitFor([&] { return window.tokenModel()->rowCount() == 1; }, kDeadline));
        QVERIFY(!window.isAppLocked());
        // The window starts watching just after its first paint (start-up).
        QVERIFY(QTest::qWaitFor([&] { return window.findChild<ScreenLockWatcher *>() != nullptr; }, kDeadline));

        QVERIFY(m_desktop.registerService(QStringLiteral("org.freedesktop.ScreenSaver")));
        waitForSubscriptions();
        QVERIFY(emitSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
                           QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"), {true}));
        QVERIFY(QTest::qWaitFor([&] { return window.isAppLocked(); }, kDeadline));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"));
        QVERIFY(pages);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("lockedPage"));
        QCOMPARE(window.tokenModel()->rowCount(), 0); // nothing of the tokens is left in the model either
        QVERIFY(m_desktop.unregisterService(QStringLiteral("org.freedesktop.ScreenSaver")));

        const auto forgotten = test::waitFor<Done>([&](QObject *context, Callback<Done> done) {
            vault.forget(index.tokens().value(0), context, std::move(done));
        });
        QVERIFY(forgotten && forgotten->ok());
    }
};

QTEST_MAIN(TestScreenLock)
#include "TestScreenLock.moc"
