// Every keychain wait of the main window can be cancelled, tested with a hung keychain: the test session's
// gnome-keyring-daemon is SIGSTOPped, so the Secret Service call never answers. Cancel must give control back at
// once, and the answer that arrives later (here: the vault's timeout) must not act behind the user's back.
#include "MainWindow.h"
#include "clipboard/SecretClipboard.h"
#include "editor/CreateTokenDialog.h"

#include "SandboxProcess.h"

#include "VaultTestUtil.h"

#include "settings/Settings.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenIndex.h"
#include "vault/Vault.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace bgtm;

namespace {
constexpr int kDeadline = 20000; // generous: the machine is shared; never a timing assertion
constexpr auto kVaultTimeout = std::chrono::milliseconds(3000);
const QByteArray kSecret = QByteArrayLiteral("v2xkeychaincanceltestsecret0123456789");
} // namespace

class TestKeychainCancel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    QNetworkAccessManager m_network;
    std::unique_ptr<KeychainSecretStore> m_store;
    std::unique_ptr<TokenIndex> m_index;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<MainWindow> m_window;

    template <typename T>
    T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }

    [[nodiscard]] bool waiting() const
    {
        return child<QProgressBar>("waitProgressBar")->isVisible()
            && child<QPushButton>("cancelWaitPushButton")->isVisible();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::inTestSession(), test::kNotInSession);
        QVERIFY2(test::keyringDaemonPid() > 0,
                 "no gnome-keyring.pid in XDG_RUNTIME_DIR (with-test-session.sh writes it)");
    }

    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setClipboardClearDelay(std::chrono::seconds(30));
        m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("bgtm-gui-cancel-test"));
        m_index = std::make_unique<TokenIndex>(m_dir.filePath(QStringLiteral("tokens.json")));
        QVERIFY(m_index->load().ok());
        m_vault = std::make_unique<Vault>(m_store.get(), m_index.get(), kVaultTimeout);
        StoredToken stored;
        stored.environmentId = QStringLiteral("sandbox");
        stored.userId = QStringLiteral("user-1");
        stored.tokenId = QStringLiteral("token-1");
        stored.label = QStringLiteral("held here");
        const auto imported = test::waitFor<Done>([&](QObject *context, Callback<Done> done) {
            m_vault->importToken(stored, SecretBytes(kSecret), true, context, std::move(done));
        });
        QVERIFY(imported && imported->ok());

        MainWindow::Services services;
        services.settings = m_settings.get();
        services.vault = m_vault.get();
        services.network = &m_network;
        services.clipboard = QApplication::clipboard();
        services.resolveEnvironment = [](const QString &, QObject *, std::function<void(Result<Environment>)> done) {
            Error e;
            e.kind = ErrorKind::NotFound;
            e.message = QStringLiteral("offline test");
            done(e);
        };
        m_window = std::make_unique<MainWindow>(std::move(services));
        m_window->show();
        QVERIFY(QTest::qWaitFor([&] { return m_window->tokenModel()->rowCount() == 1; }, kDeadline));
        QApplication::clipboard()->clear();
    }

    void cleanup()
    {
        m_window.reset();
        if (m_index && !m_index->tokens().isEmpty()) {
            const auto forgotten = test::waitFor<Done>([&](QObject *context, Callback<Done> done) {
                m_vault->forget(m_index->tokens().value(0), context, std::move(done));
            });
            QVERIFY(forgotten && forgotten->ok());
        }
        m_vault.reset();
        m_index.reset();
        m_store.reset();
        m_settings.reset();
        QApplication::clipboard()->clear();
    }

    void cancelledCopyReturnsControlAtOnceAndTheLateAnswerIsDropped()
    {
        auto *view = child<QTableView>("tokenTableView");
        view->selectRow(0);
        // Let the presence check that selecting starts finish before the keyring hangs.
        QVERIFY(QTest::qWaitFor([&] { return m_window->tokenModel()->row(0).presence.has_value(); }, kDeadline));
        auto *copy = child<QAction>("actionCopyToken");
        QVERIFY(copy->isEnabled());
        auto *message = child<QLabel>("messageLabel");
        {
            test::StoppedKeyring hung(test::keyringDaemonPid());
            QVERIFY(hung.ok());
            copy->trigger();
            QVERIFY(waiting());
            QTest::qWait(300); // the keychain really is stuck: still waiting
            QVERIFY(waiting());

            QTest::mouseClick(child<QPushButton>("cancelWaitPushButton"), Qt::LeftButton);
            // No event loop has run since the click: control is back at once.
            QVERIFY(!waiting());
            QVERIFY(message->isVisible());
            QVERIFY2(message->text().contains(QStringLiteral("Stopped waiting for the keychain")),
                     qPrintable(message->text()));
            QVERIFY(copy->isEnabled());

            // The vault's own timeout answers the abandoned read later; that answer must change nothing.
            const QString cancelledText = message->text();
            QTest::qWait(static_cast<int>(kVaultTimeout.count()) + 1500);
            QCOMPARE(message->text(), cancelledText);
            QVERIFY(!waiting());
            QVERIFY(QApplication::clipboard()->text().toUtf8() != kSecret);
        }
        // The keyring answers again: trying again works (a fresh read).
        copy->trigger();
        QVERIFY(QTest::qWaitFor([&] { return !waiting(); }, kDeadline));
        QVERIFY2(message->text().contains(QStringLiteral("Copied")), qPrintable(message->text()));
        QVERIFY(QApplication::clipboard()->text().toUtf8() == kSecret);
    }

    void cancelledOfflineUnlockReenablesUnlock()
    {
        m_window->lockApp();
        QVERIFY(m_window->isAppLocked());
        auto *unlock = child<QPushButton>("unlockAppPushButton");
        {
            test::StoppedKeyring hung(test::keyringDaemonPid());
            QVERIFY(hung.ok());
            QTest::mouseClick(unlock, Qt::LeftButton);
            QVERIFY(waiting());
            QVERIFY(!unlock->isEnabled());
            QTest::mouseClick(child<QPushButton>("cancelWaitPushButton"), Qt::LeftButton);
            QVERIFY(!waiting());
            QVERIFY(unlock->isEnabled());
            QVERIFY(m_window->isAppLocked()); // cancelling never unlocks
            QTest::qWait(static_cast<int>(kVaultTimeout.count()) + 1500);
            QVERIFY(m_window->isAppLocked());
        }
        QTest::mouseClick(unlock, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !m_window->isAppLocked(); }, kDeadline));
    }

    void cancellingTheEditorsKeychainCheckSendsNothing()
    {
        test::SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const Environment environment = Environment::sandbox(sandbox.baseUrl(), sandbox.serverXpub());
        BitGoClient client(&m_network, environment, {});
        std::optional<bool> signedIn;
        client.login(QLatin1String(test::SandboxProcess::demoUsername),
                     SecretBytes(QByteArray(test::SandboxProcess::demoPassword)),
                     QLatin1String(test::SandboxProcess::demoOtp), &client,
                     [&](const Result<SignedInSession> &r) { signedIn = r.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return signedIn.has_value(); }, kDeadline));
        QVERIFY(*signedIn);
        SecretClipboard clipboard(QApplication::clipboard(), std::chrono::seconds(3));
        CreateTokenDialog::Dependencies deps;
        deps.client = &client;
        deps.vault = m_vault.get();
        deps.clipboard = &clipboard;
        deps.settings = m_settings.get();
        deps.environment = environment;
        deps.userId = client.session().user.id;
        CreateTokenDialog dialog(std::move(deps));
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("labelLineEdit")), QStringLiteral("never sent"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("otpLineEdit")),
                         QLatin1String(test::SandboxProcess::demoOtp));
        QTest::mouseClick(dialog.findChild<QAbstractButton *>(QStringLiteral("readOnlyPresetPushButton")),
                          Qt::LeftButton);
        auto *create = dialog.findChild<QPushButton *>(QStringLiteral("createPushButton"));
        QVERIFY(create->isEnabled());
        auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("progressBar"));
        auto *formError = dialog.findChild<QLabel *>(QStringLiteral("formErrorLabel"));
        const auto received = [&sandbox] {
            return sandbox.admin("GET", QStringLiteral("/_sandbox/last-create"))
                .object()
                .value(QStringLiteral("received"))
                .toBool();
        };
        {
            test::StoppedKeyring hung(test::keyringDaemonPid());
            QVERIFY(hung.ok());
            QTest::mouseClick(create, Qt::LeftButton);
            QVERIFY(progress->isVisible()); // the canary is written first, and the keychain does not answer
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("cancelPushButton")), Qt::LeftButton);
            QVERIFY(!progress->isVisible());
            QVERIFY(dialog.isVisible());
            QVERIFY2(formError->text().contains(QStringLiteral("Stopped waiting for the keychain")),
                     qPrintable(formError->text()));
            QVERIFY(create->isEnabled());
            // The abandoned check ends with the vault's timeout later; it must not create anything then.
            QTest::qWait(static_cast<int>(kVaultTimeout.count()) + 1500);
            QVERIFY(!progress->isVisible());
            QVERIFY(!received());
        }
        // With the keychain back, Create goes through (a fresh canary first). A check that timed out meanwhile
        // (the editor asks the keychain's state when it opens) disabled Create with the reason; the banner asks
        // again by itself and Create comes back.
        QTRY_VERIFY_WITH_TIMEOUT(create->isEnabled(), kDeadline);
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(received, kDeadline));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("keychainStatusLabel"));
        QVERIFY(QTest::qWaitFor([&] { return status->text().contains(QStringLiteral("Stored in your keychain")); },
                                kDeadline));
        // Tidy: the stored token leaves the test keychain (cleanup() forgets the first index entry only).
        const QList<StoredToken> tokens = m_vault->tokens();
        for (const StoredToken &t : tokens) {
            if (t.label != QLatin1String("never sent"))
                continue;
            const auto forgotten = test::waitFor<Done>(
                [&](QObject *context, Callback<Done> done) { m_vault->forget(t, context, std::move(done)); });
            QVERIFY(forgotten && forgotten->ok());
        }
    }
};

QTEST_MAIN(TestKeychainCancel)
#include "TestKeychainCancel.moc"
