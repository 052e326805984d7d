// Keychain trouble is said when the window opens, not at the end of a filled-in form, and a locked keychain is never
// a dead end: against the test session's real gnome-keyring, locked and unlocked from outside as a user's screen lock
// and login do. The keychain is wrapped only to count reads (a read of a locked keyring is what raises the system's
// unlock prompt) and, in one test, to answer as a machine without any keychain service would.
#include "ImportTokenDialog.h"
#include "MainWindow.h"
#include "editor/CreateTokenDialog.h"

#include "ControlledSecretStore.h"
#include "MainWindowFixture.h"
#include "SandboxProcess.h"
#include "TestKeyring.h"

#include "itemmodels/TokenTableModel.h"
#include "vault/Vault.h"

#include <QAction>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace bgtm;

namespace {
constexpr int kDeadline = 60000; // generous: the machine is shared; never a timing assertion
} // namespace

class TestKeychainBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lockedKeychainIsSaidUpFrontNeverPromptedForOnSelectionAndUnlocksFromTheWindow();
    void absentKeychainServiceIsSaidInPlainWordsWithTheServiceTextBehindDetails();
    void cleanupTestCase();

private:
    template <typename T>
    static T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }
    [[nodiscard]] QFrame *banner() const { return child<QFrame>(m_window, "keychainBannerFrame"); }
    [[nodiscard]] std::optional<SecretPresence> presenceOf(const QString &tokenId) const;
    void selectOnly(const QString &tokenId);
    CreateTokenDialog *openEditor();

    test::MainWindowFixture m_fixture;
    test::ControlledSecretStore *m_store = nullptr; ///< owned by the fixture
    MainWindow *m_window = nullptr;
    QString m_tokenId;
};

void TestKeychainBanner::initTestCase()
{
    test::MainWindowFixture::Options options;
    options.keychainService = QStringLiteral("bgtm-keychain-banner-test");
    options.wrapKeychain = [this](SecretStore *keychain) {
        auto store = std::make_unique<test::ControlledSecretStore>(keychain);
        m_store = store.get();
        return store;
    };
    QVERIFY2(m_fixture.start(options, kDeadline), qPrintable(m_fixture.errorString()));
    m_window = m_fixture.window();
    // The healthy keychain checked after the first paint: no banner.
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.vault()->keychainStatus().state == KeychainStatus::State::Ready, kDeadline);
    QVERIFY(!banner()->isVisible());

    // A token whose secret this machine holds, imported through the window's own dialog.
    QJsonObject document;
    const QByteArray secret = m_fixture.sandbox().createTokenDirect(
        {{QStringLiteral("label"), QStringLiteral("banner-held")}, {QStringLiteral("duration"), 86400}}, &document);
    m_tokenId = document.value(QStringLiteral("id")).toString();
    child<QAction>(m_window, "actionImportToken")->trigger();
    auto *import = m_window->findChild<ImportTokenDialog *>();
    QVERIFY(import);
    child<QLineEdit>(import, "labelLineEdit")->setText(QStringLiteral("banner-held"));
    child<QLineEdit>(import, "tokenLineEdit")->setText(QString::fromLatin1(secret));
    import->accept();
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.vault()->tokens().size() == 1, kDeadline);
    m_window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(presenceOf(m_tokenId).has_value() || m_window->tokenModel()->rowCount() > 0, kDeadline);
}

std::optional<SecretPresence> TestKeychainBanner::presenceOf(const QString &tokenId) const
{
    const TokenTableModel *model = m_window->tokenModel();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->row(r).tokenId() == tokenId)
            return model->row(r).presence;
    return std::nullopt;
}

void TestKeychainBanner::selectOnly(const QString &tokenId)
{
    auto *view = child<QTableView>(m_window, "tokenTableView");
    view->clearSelection();
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex i = view->model()->index(r, 0);
        if (i.data(TokenTableModel::TokenIdRole).toString() == tokenId)
            view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

CreateTokenDialog *TestKeychainBanner::openEditor()
{
    child<QAction>(m_window, "actionNewToken")->trigger();
    CreateTokenDialog *editor = nullptr;
    if (!QTest::qWaitFor([&] { return (editor = m_window->findChild<CreateTokenDialog *>()) != nullptr; }, kDeadline))
        return nullptr;
    return editor;
}

void TestKeychainBanner::lockedKeychainIsSaidUpFrontNeverPromptedForOnSelectionAndUnlocksFromTheWindow()
{
    QString error;
    QVERIFY2(test::lockTestKeyring(&error), qPrintable(error));
    // F5 looks at the keychain again (as a user does after locking or unlocking it elsewhere).
    child<QAction>(m_window, "actionRefresh")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisible(), kDeadline);
    QVERIFY(child<QLabel>(banner(), "keychainBannerLabel")->text().contains(QStringLiteral("locked")));
    QVERIFY(child<QPushButton>(banner(), "unlockKeychainButton")->isVisible());
    auto *unlockAction = child<QAction>(m_window, "actionUnlockKeychain");
    QVERIFY(unlockAction->isEnabled());

    // Selecting the token asks the keychain's state, never reads it: no system prompt because a row was selected.
    m_window->tokenModel()->clearPresence();
    const int readsBefore = m_store->reads;
    selectOnly(m_tokenId);
    QTRY_COMPARE_WITH_TIMEOUT(presenceOf(m_tokenId), std::optional(SecretPresence::KeychainLocked), kDeadline);
    QCOMPARE(m_store->reads, readsBefore);
    QVERIFY(!child<QAction>(m_window, "actionCopyToken")->isEnabled());

    // The editor says it before the form is filled in, and Create waits with the reason in the line below the form.
    CreateTokenDialog *editor = openEditor();
    QVERIFY(editor);
    QVERIFY(!editor->keychainCanStore());
    QTRY_VERIFY_WITH_TIMEOUT(child<QFrame>(editor, "keychainBannerFrame")->isVisible(), kDeadline);
    QVERIFY(!child<QPushButton>(editor, "createPushButton")->isEnabled());
    QVERIFY(child<QLabel>(editor, "missingLabel")->text().contains(QStringLiteral("keychain is locked")));
    editor->reject();
    delete editor;

    // Unlocked by the user (here from outside; in the app, the system's prompt): "Unlock keychain…" then finds it
    // unlocked, the banner goes and the secret shows again, and Copy is back.
    QVERIFY2(test::unlockTestKeyring(&error), qPrintable(error));
    unlockAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!banner()->isVisible(), kDeadline);
    QCOMPARE(m_fixture.vault()->keychainStatus().state, KeychainStatus::State::Ready);
    QTRY_COMPARE_WITH_TIMEOUT(presenceOf(m_tokenId), std::optional(SecretPresence::InKeychain), kDeadline);
    QTRY_VERIFY_WITH_TIMEOUT(child<QAction>(m_window, "actionCopyToken")->isEnabled(), kDeadline);
    QVERIFY(!unlockAction->isEnabled());
}

void TestKeychainBanner::absentKeychainServiceIsSaidInPlainWordsWithTheServiceTextBehindDetails()
{
    // What KeychainSecretStore answers on a bus without org.freedesktop.secrets (vault_keychain_faults checks that
    // answer against a real bus with no keyring).
    const QString serviceText =
        QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files");
    m_store->statusOverride = KeychainStatus {KeychainStatus::State::Absent, serviceText};
    child<QAction>(m_window, "actionRefresh")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisible(), kDeadline);
    const QString said = child<QLabel>(banner(), "keychainBannerLabel")->text();
    QVERIFY2(said.contains(QStringLiteral("No keychain service is running")), qPrintable(said));
    QVERIFY2(!said.contains(QStringLiteral("org.freedesktop")), "the plain words carry no D-Bus text");
    QVERIFY(!child<QPushButton>(banner(), "unlockKeychainButton")->isVisible());
    auto *details = child<QLabel>(banner(), "keychainDetailLabel");
    QVERIFY(!details->isVisible());
    QTest::mouseClick(child<QPushButton>(banner(), "keychainDetailsButton"), Qt::LeftButton);
    QVERIFY(details->isVisible());
    QCOMPARE(details->text(), serviceText);
    CreateTokenDialog *editor = openEditor();
    QVERIFY(editor);
    QVERIFY(!child<QPushButton>(editor, "createPushButton")->isEnabled());
    QVERIFY(child<QLabel>(editor, "missingLabel")->text().contains(QStringLiteral("No keychain service")));
    editor->reject();
    delete editor;

    // The service comes back: "Check again" clears it.
    m_store->statusOverride.reset();
    QTest::mouseClick(child<QPushButton>(banner(), "checkKeychainButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!banner()->isVisible(), kDeadline);
}

void TestKeychainBanner::cleanupTestCase()
{
    QString error;
    test::unlockTestKeyring(&error);
    QVERIFY(m_fixture.stop(kDeadline));
}

QTEST_MAIN(TestKeychainBanner)
#include "TestKeychainBanner.moc"
