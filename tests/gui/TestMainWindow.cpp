// Whole-flow GUI tests: the real widgets (found by objectName), the real sandbox over loopback HTTP and the real
// OS keychain (gnome-keyring in scripts/with-test-session.sh). Without a keychain these tests fail, never skip.
#include "ExportFileDialog.h"
#include "ImportTokenDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SignInDialog.h"
#include "UnlockDialog.h"
#include "editor/CreateTokenDialog.h"

#include "SandboxProcess.h"
#include "SecretScan.h"

#include "settings/Settings.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenIndex.h"
#include "vault/Vault.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>

using namespace bgtm;
using bgtm::test::SandboxProcess;

namespace {
constexpr int kDeadline = 20000; // generous: the machine is shared; never a timing assertion

// Secret scan: every fixture's files (index, settings) live under one root kept until the end, and every
// message logged while the tests ran is captured; cleanupTestCase searches both for every secret the sandbox issued.
QString &scanRoot()
{
    static QString root;
    return root;
}
QString fixtureTemplate()
{
    return (scanRoot().isEmpty() ? QDir::tempPath() : scanRoot()) + QStringLiteral("/fixture-XXXXXX");
}
QMutex g_capturedMutex; // the client decrypts on a worker thread, which may log too
QByteArray g_captured;
QtMessageHandler g_previousHandler = nullptr;
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_capturedMutex);
        g_captured += qFormatLogMessage(type, context, message).toUtf8() + '\n';
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    struct Fixture {
        QTemporaryDir dir {fixtureTemplate()};
        std::unique_ptr<Settings> settings;
        QNetworkAccessManager network;
        std::unique_ptr<KeychainSecretStore> store;
        std::unique_ptr<TokenIndex> index;
        std::unique_ptr<Vault> vault;
        std::unique_ptr<MainWindow> window;
    };

    SandboxProcess m_sandbox;
    QTemporaryDir m_scanned;    ///< the fixtures' files and the captured messages: scanned at the end
    QTemporaryDir m_notScanned; ///< the sandbox's list of the secrets it issued

    std::unique_ptr<Fixture> makeWindow(Fixture *reuse = nullptr,
                                        std::chrono::milliseconds messageLifetime = std::chrono::seconds(10))
    {
        auto f = std::make_unique<Fixture>();
        f->dir.setAutoRemove(false); // removed with m_scanned, after the secret scan
        const QString base = reuse ? reuse->dir.path() : f->dir.path();
        f->settings = std::make_unique<Settings>(base + QStringLiteral("/settings.ini"));
        f->settings->setClipboardClearDelay(std::chrono::seconds(2));
        f->store = std::make_unique<KeychainSecretStore>(QStringLiteral("bgtm-gui-test"));
        f->index = std::make_unique<TokenIndex>(base + QStringLiteral("/tokens.json"));
        if (!f->index->load())
            return nullptr;
        f->vault = std::make_unique<Vault>(f->store.get(), f->index.get(), std::chrono::milliseconds(8000));
        MainWindow::Services s;
        s.settings = f->settings.get();
        s.vault = f->vault.get();
        s.network = &f->network;
        s.clipboard = QApplication::clipboard();
        s.environments = {{QStringLiteral("test"), QStringLiteral("BitGo Test"), false},
                          {QStringLiteral("sandbox"), QStringLiteral("Local sandbox (offline)"), false}};
        s.resolveEnvironment = [this](const QString &id, QObject *, std::function<void(Result<Environment>)> done) {
            if (id == QLatin1String("sandbox"))
                return done(Environment::sandbox(m_sandbox.baseUrl(), m_sandbox.serverXpub()));
            Error e;
            e.kind = ErrorKind::NotFound;
            e.message = QStringLiteral("only the sandbox in tests");
            done(e);
        };
        s.clientOptions.transferTimeout = std::chrono::milliseconds(3000);
        s.clientOptions.totalDeadline = std::chrono::milliseconds(8000);
        s.messageLifetime = messageLifetime;
        f->window = std::make_unique<MainWindow>(std::move(s));
        f->window->show();
        return f;
    }

    static SignInDialog *signInDialog(MainWindow *w)
    {
        const auto dialogs = w->findChildren<SignInDialog *>();
        for (SignInDialog *d : dialogs)
            if (d->isVisible())
                return d;
        return nullptr;
    }

    template <typename T>
    static T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    /// Signs in with the demo account through the dialog; `withCode` false leaves the code empty first.
    bool signIn(MainWindow *w, bool withCode)
    {
        w->showSignIn(QStringLiteral("sandbox"));
        SignInDialog *d = signInDialog(w);
        if (!d)
            return false;
        child<QLineEdit>(d, "usernameLineEdit")->setText(QLatin1String(SandboxProcess::demoUsername));
        child<QLineEdit>(d, "passwordLineEdit")->setText(QLatin1String(SandboxProcess::demoPassword));
        child<QLineEdit>(d, "otpLineEdit")->setText(withCode ? QLatin1String(SandboxProcess::demoOtp) : QString());
        QTest::mouseClick(child<QPushButton>(d, "signInPushButton"), Qt::LeftButton);
        if (!withCode) {
            auto *otpError = child<QLabel>(d, "otpErrorLabel");
            if (!QTest::qWaitFor([&] { return otpError->isVisible() && !otpError->text().isEmpty(); }, kDeadline))
                return false;
            child<QLineEdit>(d, "otpLineEdit")->setText(QLatin1String(SandboxProcess::demoOtp));
            QTest::mouseClick(child<QPushButton>(d, "signInPushButton"), Qt::LeftButton);
        }
        return QTest::qWaitFor([&] { return w->client() && w->client()->hasSession() && !signInDialog(w); }, kDeadline);
    }

    static bool waitForRows(MainWindow *w, int rows)
    {
        return QTest::qWaitFor([&] { return w->tokenModel()->rowCount() == rows; }, kDeadline);
    }

    static void selectTokens(MainWindow *w, const QStringList &ids)
    {
        auto *view = child<QTableView>(w, "tokenTableView");
        view->clearSelection();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex i = view->model()->index(r, 0);
            if (ids.contains(i.data(TokenTableModel::TokenIdRole).toString()))
                view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    QString createOnServer(const QString &label, QByteArray *secret = nullptr)
    {
        QJsonObject doc;
        const QByteArray s =
            m_sandbox.createTokenDirect({{QStringLiteral("label"), label},
                                         {QStringLiteral("scope"), QJsonArray {QStringLiteral("wallet_view_all")}}},
                                        &doc);
        if (secret)
            *secret = s;
        return doc.value(QStringLiteral("id")).toString();
    }

    /// "Store a token I already have…" through its dialog; waits until the index holds it.
    bool importThroughDialog(Fixture *f, const QString &label, const QByteArray &secret)
    {
        const int before = static_cast<int>(f->vault->tokens().size());
        child<QAction>(f->window.get(), "actionImportToken")->trigger();
        auto *d = f->window->findChild<ImportTokenDialog *>();
        if (!d)
            return false;
        child<QLineEdit>(d, "labelLineEdit")->setText(label);
        child<QLineEdit>(d, "tokenLineEdit")->setText(QString::fromLatin1(secret));
        d->accept();
        return QTest::qWaitFor([&] { return f->vault->tokens().size() == before + 1; }, kDeadline);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scanned.isValid() && m_notScanned.isValid());
        scanRoot() = m_scanned.filePath(QStringLiteral("fixtures"));
        QVERIFY(QDir().mkpath(scanRoot()));
        g_previousHandler = qInstallMessageHandler(captureMessage);
        // A secret-hygiene sweep running this test (tests/hygiene) collects issued secrets in a file of its own.
        const QString issued = qEnvironmentVariable("BGTM_TEST_ISSUED_SECRETS_LOG",
                                                    m_notScanned.filePath(QStringLiteral("issued-secrets.log")));
        QVERIFY2(m_sandbox.start({QStringLiteral("--issued-secrets-log"), issued}),
                 qPrintable(m_sandbox.errorString()));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        QFile log(qEnvironmentVariable("BGTM_TEST_ISSUED_SECRETS_LOG",
                                       m_notScanned.filePath(QStringLiteral("issued-secrets.log"))));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QList<QByteArray> issued;
        for (const QByteArray &line : log.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                issued.append(line.trimmed());
        QVERIFY2(issued.size() >= 2, "the tests above signed in and made tokens: the sandbox issued secrets");
        QFile captured(m_scanned.filePath(QStringLiteral("captured-output.txt")));
        QVERIFY(captured.open(QIODevice::WriteOnly));
        {
            const QMutexLocker lock(&g_capturedMutex);
            captured.write(g_captured + m_sandbox.stderrOutput());
        }
        captured.close();
        QVERIFY2(!QDir(scanRoot()).entryList({QStringLiteral("fixture-*")}, QDir::Dirs).isEmpty(), "no fixture kept");
        // Positive control first: an issued token planted in the scanned tree is found.
        QFile planted(m_scanned.filePath(QStringLiteral("fixtures/planted.txt")));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write("before " + issued.last() + " after");
        planted.close();
        QCOMPARE(bgtm::test::scanForSecrets(issued, {m_scanned.path()}).size(), qsizetype(1));
        QVERIFY(planted.remove());
        // Then none of them in any index, settings file or captured message.
        const QList<bgtm::test::SecretHit> hits = bgtm::test::scanForSecrets(issued, {m_scanned.path()});
        QVERIFY2(hits.isEmpty(), qPrintable(bgtm::test::describe(hits)));
    }

    void init()
    {
        QVERIFY(m_sandbox.clearFaults());
        int status = 0;
        m_sandbox.admin("POST", QStringLiteral("/_sandbox/reset"), {}, &status);
        QCOMPARE(status, 200);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void signInAsksForTheCodeBesideItsFieldThenShowsTheServersTokens()
    {
        const QString id = createOnServer(QStringLiteral("made by admin"));
        auto f = makeWindow();
        QVERIFY(f);
        QAbstractItemModelTester tester(f->window->tokenModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(signIn(f->window.get(), false));
        QVERIFY(waitForRows(f->window.get(), 1));
        QCOMPARE(f->window->tokenModel()->row(0).tokenId(), id);
        QCOMPARE(f->settings->lastUsername(), QLatin1String(SandboxProcess::demoUsername));
        // The password is never remembered.
        QVERIFY(!f->dir.isValid() || !QFile(f->dir.filePath(QStringLiteral("settings.ini"))).exists()
                || !QFile(f->dir.filePath(QStringLiteral("settings.ini"))).readAll().contains("sandbox-demo-password"));
    }

    void wrongPasswordIsSaidWholeBesideTheFieldAndGoesWhenRetyped()
    {
        auto f = makeWindow();
        QVERIFY(f);
        f->window->showSignIn(QStringLiteral("sandbox"));
        SignInDialog *d = signInDialog(f->window.get());
        QVERIFY(d);
        QTest::keyClicks(child<QLineEdit>(d, "usernameLineEdit"), QLatin1String(SandboxProcess::demoUsername));
        QTest::keyClicks(child<QLineEdit>(d, "passwordLineEdit"), QStringLiteral("not-the-password"));
        QTest::keyClicks(child<QLineEdit>(d, "otpLineEdit"), QLatin1String(SandboxProcess::demoOtp));
        QTest::mouseClick(child<QPushButton>(d, "signInPushButton"), Qt::LeftButton);
        auto *error = child<QLabel>(d, "passwordErrorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kDeadline);
        QVERIFY(error->text().contains(QStringLiteral("not correct")));
        // As wide as its field, and every line of it inside the label and the dialog (none clipped).
        auto *password = child<QLineEdit>(d, "passwordLineEdit");
        QVERIFY2(error->width() >= password->width(),
                 qPrintable(QStringLiteral("%1 < %2").arg(error->width()).arg(password->width())));
        QTRY_VERIFY_WITH_TIMEOUT(error->height() >= error->heightForWidth(error->width()), kDeadline);
        QVERIFY(error->mapTo(d, QPoint(0, error->height())).y() <= d->height());
        // Retyping the password takes the message away.
        QTest::keyClick(password, Qt::Key_Backspace);
        QVERIFY(!error->isVisible());
        d->reject();
    }

    void tableFitsA800By500WindowWithoutScrollingSideways()
    {
        // Long lists (every scope of a broad token, a long label) next to the dates and the secret's state.
        QJsonArray scopes;
        for (const char *scope : {"wallet_view_all", "wallet_spend_all", "wallet_create", "wallet_manage_all",
                                  "enterprise_view_all", "enterprise_manage_all", "trade_view", "trade_trade"})
            scopes.append(QLatin1String(scope));
        QByteArray secret;
        QJsonObject doc;
        secret = m_sandbox.createTokenDirect(
            {{QStringLiteral("label"), QStringLiteral("treasury settlement bot for the overnight batch")},
             {QStringLiteral("scope"), scopes}},
            &doc);
        auto f = makeWindow();
        QVERIFY(f);
        f->window->resize(800, 500);
        QVERIFY(signIn(f->window.get(), true));
        QVERIFY(
            importThroughDialog(f.get(), QStringLiteral("treasury settlement bot for the overnight batch"), secret));
        f->window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(
            f->window->tokenModel()->rowCount() == 1 && f->window->tokenModel()->row(0).server.has_value(), kDeadline);
        auto *view = child<QTableView>(f->window.get(), "tokenTableView");
        selectTokens(f->window.get(), {doc.value(QStringLiteral("id")).toString()});
        QTRY_VERIFY_WITH_TIMEOUT(f->window->tokenModel()->row(0).presence.has_value(), kDeadline);
        QTest::qWait(50); // the layout after the last change
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        const QAbstractItemView *items = view;
        for (int c : {int(TokenTableModel::CreatedColumn), int(TokenTableModel::ExpiresColumn),
                      int(TokenTableModel::SecretColumn)}) {
            QVERIFY2(view->columnViewportPosition(c) + view->columnWidth(c) <= view->viewport()->width(),
                     qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                    .arg(c)
                                    .arg(view->columnViewportPosition(c) + view->columnWidth(c))
                                    .arg(view->viewport()->width())));
            QVERIFY2(view->columnWidth(c) >= items->sizeHintForColumn(c), qPrintable(QString::number(c))); // not cut
        }
        // A list column that gave way elides; its tooltip has it all.
        const QModelIndex scopesCell = view->model()->index(0, TokenTableModel::ScopesColumn);
        QVERIFY(scopesCell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("trade_trade")));
        // The details pane shows its lines without scrolling.
        auto *details = child<QTextBrowser>(f->window.get(), "detailsTextBrowser");
        QTRY_COMPARE_WITH_TIMEOUT(details->verticalScrollBar()->maximum(), 0, kDeadline);
    }

    void newTokenOpensTheEditorForTheSignedInAccount()
    {
        auto f = makeWindow();
        QVERIFY(f);
        auto *newToken = child<QAction>(f->window.get(), "actionNewToken");
        QCOMPARE(newToken->shortcut(), QKeySequence(QKeySequence::New));
        QVERIFY(signIn(f->window.get(), true));
        QVERIFY(newToken->isEnabled());
        newToken->trigger();
        CreateTokenDialog *editor = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((editor = f->window->findChild<CreateTokenDialog *>()) != nullptr, kDeadline);
        QTRY_VERIFY_WITH_TIMEOUT(editor->isVisible(), kDeadline);
        // An empty form is not sendable: the one validator keeps Create disabled.
        QVERIFY(!editor->issues().isEmpty());
        editor->reject();
    }

    // A token just made in the editor is selected in the table and says what was verified: its secret was written to
    // the keychain and read back, so "in keychain", not "(not checked)".
    void newTokenIsSelectedAndShownAsInTheKeychain()
    {
        createOnServer(QStringLiteral("older token"));
        auto f = makeWindow();
        QVERIFY(f);
        QVERIFY(signIn(f->window.get(), true));
        QVERIFY(waitForRows(f->window.get(), 1));
        child<QAction>(f->window.get(), "actionNewToken")->trigger();
        CreateTokenDialog *editor = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((editor = f->window->findChild<CreateTokenDialog *>()) != nullptr, kDeadline);
        QTRY_VERIFY_WITH_TIMEOUT(editor->isVisible(), kDeadline);
        QTest::keyClicks(child<QLineEdit>(editor, "labelLineEdit"), QStringLiteral("made just now"));
        QTest::keyClicks(child<QLineEdit>(editor, "otpLineEdit"), QLatin1String(SandboxProcess::demoOtp));
        QTest::mouseClick(child<QPushButton>(editor, "readOnlyPresetPushButton"), Qt::LeftButton);
        auto *create = child<QPushButton>(editor, "createPushButton");
        QTRY_VERIFY_WITH_TIMEOUT(create->isEnabled(), kDeadline);
        QTest::mouseClick(create, Qt::LeftButton);
        auto *status = child<QLabel>(editor, "keychainStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Stored in your keychain")), kDeadline);
        editor->accept();
        QVERIFY(waitForRows(f->window.get(), 2));
        QString created;
        const QList<StoredToken> stored = f->vault->tokens();
        for (const StoredToken &t : stored)
            created = t.label == QLatin1String("made just now") ? t.tokenId : created;
        QVERIFY(!created.isEmpty());
        auto *view = child<QTableView>(f->window.get(), "tokenTableView");
        QTRY_COMPARE_WITH_TIMEOUT(view->selectionModel()->currentIndex().data(TokenTableModel::TokenIdRole).toString(),
                                  created, kDeadline);
        QCOMPARE(view->selectionModel()->selectedRows().size(), qsizetype(1));
        const QModelIndex secret =
            view->model()->index(view->selectionModel()->currentIndex().row(), TokenTableModel::SecretColumn);
        QTRY_COMPARE_WITH_TIMEOUT(secret.data().toString(), QStringLiteral("in keychain"), kDeadline);
        QVERIFY(child<QAction>(f->window.get(), "actionCopyToken")->isEnabled());
    }

    void signInWithTheCodeGoesStraightThrough()
    {
        auto f = makeWindow();
        QVERIFY(f);
        QVERIFY(signIn(f->window.get(), true));
        QCOMPARE(f->window->client()->session().user.username, QLatin1String(SandboxProcess::demoUsername));
    }

    void detailsPaneShowsWhereTheServerIssuedTheToken()
    {
        const QString id = createOnServer(QStringLiteral("with an origin"));
        auto f = makeWindow();
        QVERIFY(f);
        QVERIFY(signIn(f->window.get(), true));
        QVERIFY(waitForRows(f->window.get(), 1));
        selectTokens(f->window.get(), {id});
        auto *details = child<QTextBrowser>(f->window.get(), "detailsTextBrowser");
        QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(QStringLiteral("with an origin")), kDeadline);
        // The token document's `origin`: the host the sandbox serves as.
        const QString text = details->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Origin")) && text.contains(QStringLiteral("sandbox.bitgo.local")),
                 qPrintable(text));
    }

    void copyPutsTheTokenOnTheClipboardAndClearsIt()
    {
        QByteArray secret;
        const QString id = createOnServer(QStringLiteral("to copy"), &secret);
        auto f = makeWindow();
        QVERIFY(f);
        QVERIFY(signIn(f->window.get(), true));
        QVERIFY(importThroughDialog(f.get(), QStringLiteral("to copy"), secret));
        QVERIFY(waitForRows(f->window.get(), 1));
        selectTokens(f->window.get(), {id});
        auto *copy = child<QAction>(f->window.get(), "actionCopyToken");
        QTRY_VERIFY_WITH_TIMEOUT(copy->isEnabled(), kDeadline);
        QApplication::clipboard()->clear();
        copy->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().toLatin1() == secret, kDeadline);
        QVERIFY(QApplication::clipboard()->mimeData()->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
        QVERIFY(child<QLabel>(f->window.get(), "clipboardStatusLabel")->text().contains(QStringLiteral("clears in")));
        auto *message = child<QLabel>(f->window.get(), "messageLabel");
        QVERIFY(message->text().contains(QStringLiteral("Copied")));
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), kDeadline);
        // What the status line said stops being true with the clearing: it goes too.
        QTRY_VERIFY_WITH_TIMEOUT(!message->text().contains(QStringLiteral("Copied")), kDeadline);
        QVERIFY(child<QLabel>(f->window.get(), "clipboardStatusLabel")->text().isEmpty());
    }

    void confirmationsLeaveTheMessageLineErrorsStay()
    {
        auto f = makeWindow(nullptr, std::chrono::milliseconds(300));
        QVERIFY(f);
        auto *message = child<QLabel>(f->window.get(), "messageLabel");
        QVERIFY(QTest::qWaitForWindowExposed(f->window.get()));
        auto *table = child<QTableView>(f->window.get(), "tokenTableView");
        const QPoint rowsAt = table->viewport()->mapTo(f->window.get(), QPoint(0, 0));
        f->window->showMessage(QStringLiteral("Exported."), false);
        QVERIFY(message->isVisible());
        QCoreApplication::sendPostedEvents();                                      // the layout settles
        QCOMPARE(table->viewport()->mapTo(f->window.get(), QPoint(0, 0)), rowsAt); // nothing moved under the pointer
        QTRY_VERIFY_WITH_TIMEOUT(!message->isVisible(), kDeadline);

        f->window->showMessage(QStringLiteral("Something went wrong."), true);
        f->window->showMessage(QStringLiteral("Done."), false);
        f->window->showMessage(QStringLiteral("Something went wrong."), true); // replaces the confirmation
        QTest::qWait(1000); // over three lifetimes: the error was never on a timer
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("Something went wrong."));
    }

    // The selection and the current row survive every reload the app makes itself: a copy by its shortcut (the
    // keys still held when the keychain answers), a refresh. A second Ctrl+Shift+C copies again.
    void selectionSurvivesCopyAndRefresh()
    {
        QByteArray secret;
        const QString copied = createOnServer(QStringLiteral("copy twice"), &secret);
        const QString other = createOnServer(QStringLiteral("also selected"));
        createOnServer(QStringLiteral("not selected"));
        auto f = makeWindow();
        QVERIFY(f);
        QVERIFY(signIn(f->window.get(), true));
        QVERIFY(importThroughDialog(f.get(), QStringLiteral("copy twice"), secret));
        QVERIFY(waitForRows(f->window.get(), 3));
        auto *view = child<QTableView>(f->window.get(), "tokenTableView");
        const auto selectedIds = [view]() {
            QStringList ids;
            const QModelIndexList rows = view->selectionModel()->selectedRows();
            for (const QModelIndex &i : rows)
                ids.append(i.data(TokenTableModel::TokenIdRole).toString());
            ids.sort();
            return ids;
        };
        const auto currentId = [view]() {
            return view->selectionModel()->currentIndex().data(TokenTableModel::TokenIdRole).toString();
        };
        selectTokens(f->window.get(), {copied});
        view->selectionModel()->setCurrentIndex(view->selectionModel()->selectedRows().value(0),
                                                QItemSelectionModel::NoUpdate);
        auto *copy = child<QAction>(f->window.get(), "actionCopyToken");
        QTRY_VERIFY_WITH_TIMEOUT(copy->isEnabled(), kDeadline);
        QSignalSpy reloads(f->window->tokenModel(), &QAbstractItemModel::modelReset);
        f->window->activateWindow(); // the shortcut is the window's
        QVERIFY(QTest::qWaitForWindowActive(f->window.get()));
        for (int round = 0; round < 2; ++round) {
            QApplication::clipboard()->clear();
            reloads.clear();
            // Pressed, not clicked: Ctrl and Shift stay down until the copy has landed and the table reloaded.
            QTest::keyPress(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
            QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().toLatin1() == secret, kDeadline);
            QTRY_VERIFY_WITH_TIMEOUT(!reloads.isEmpty(), kDeadline); // the copy's index change reloaded the table
            QTRY_COMPARE_WITH_TIMEOUT(selectedIds(), QStringList {copied}, kDeadline);
            QCOMPARE(currentId(), copied);
            QVERIFY(copy->isEnabled());
            QTest::keyRelease(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        }

        QStringList both {copied, other};
        both.sort();
        selectTokens(f->window.get(), both);
        reloads.clear();
        f->window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!reloads.isEmpty(), kDeadline);
        QTRY_COMPARE_WITH_TIMEOUT(selectedIds(), both, kDeadline);
        QApplication::clipboard()->clear();
    }

    // Export: one dialog for file and format, starting at home with a name from the label; an existing file is
    // refused inside the dialog (it stays open for another name); the next export starts in the folder just used.
    void exportSuggestsANameAndRefusesAnExistingFileInTheDialog()
    {
        QByteArray secret;
        const QString id = createOnServer(QStringLiteral("ci deploy/prod"), &secret);
        auto f = makeWindow();
        QVERIFY(f);
        QVERIFY(signIn(f->window.get(), true));
        QVERIFY(importThroughDialog(f.get(), QStringLiteral("ci deploy/prod"), secret));
        QVERIFY(waitForRows(f->window.get(), 1));
        selectTokens(f->window.get(), {id});
        auto *exportAction = child<QAction>(f->window.get(), "actionExportToken");
        QTRY_VERIFY_WITH_TIMEOUT(exportAction->isEnabled(), kDeadline);

        exportAction->trigger();
        auto *dialog = f->window->findChild<ExportFileDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kDeadline);
        QCOMPARE(QDir(dialog->directory()).canonicalPath(), QDir(QDir::homePath()).canonicalPath());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("ci-deploy-prod.env"));
        QCOMPARE(dialog->format(), TokenExport::Format::DotEnv);

        QTemporaryDir folder(f->dir.filePath(QStringLiteral("exports-XXXXXX")));
        QFile existing(folder.filePath(QStringLiteral("taken.env")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("kept\n");
        existing.close();
        dialog->setDirectory(folder.path());
        // Typed as a user types, into the focused name field (the dialog's completion follows the focused field).
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        name->setFocus();
        const auto typeName = [name](const QString &text) {
            name->selectAll();
            QTest::keyClick(name, Qt::Key_Backspace);
            QTest::keyClicks(name, text);
        };
        typeName(QStringLiteral("taken.env"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("exists already")), qPrintable(MessageBox::lastText()));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("kept\n"));
        existing.close();

        typeName(QStringLiteral("new.env"));
        dialog->accept();
        QFile written(folder.filePath(QStringLiteral("new.env")));
        QTRY_VERIFY_WITH_TIMEOUT(written.exists(), kDeadline);
        QCOMPARE(written.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("BITGO_ACCESS_TOKEN=") + secret + '\n');

        exportAction->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = f->window->findChild<ExportFileDialog *>()) != nullptr && dialog->isVisible(), kDeadline);
        QCOMPARE(QDir(dialog->directory()).canonicalPath(), QDir(folder.path()).canonicalPath());
        dialog->reject();
    }

    void revokeOneAndThreeAtOnce_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("one") << 1;
        QTest::newRow("three") << 3;
    }

    void revokeOneAndThreeAtOnce()
    {
        QFETCH(int, count);
        QStringList ids;
        for (int i = 0; i < count; ++i)
            ids.append(createOnServer(QStringLiteral("revoke me %1").arg(i)));
        const QString keep = createOnServer(QStringLiteral("keep me"));
        auto f = makeWindow();
        QVERIFY(f);
        QVERIFY(signIn(f->window.get(), true));
        QVERIFY(waitForRows(f->window.get(), count + 1));
        selectTokens(f->window.get(), ids);
        MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation naming the tokens
        MessageBox::setNextAnswer(QMessageBox::Ok);  // the per-token report (several tokens)
        const int boxesBefore = MessageBox::count();
        child<QAction>(f->window.get(), "actionRevokeToken")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(f->window->tokenModel()->rowCount() == 1, kDeadline);
        QCOMPARE(f->window->tokenModel()->row(0).tokenId(), keep);
        if (count > 1) {
            QTRY_COMPARE_WITH_TIMEOUT(MessageBox::count(), boxesBefore + 2, kDeadline);
            for (int i = 0; i < count; ++i)
                QVERIFY(MessageBox::lastText().contains(QStringLiteral("revoke me %1: revoked").arg(i)));
        }
        const QJsonArray tokens = m_sandbox.admin("GET", QStringLiteral("/_sandbox/state"))
                                      .object()
                                      .value(QStringLiteral("tokens"))
                                      .toArray();
        int revoked = 0;
        for (const QJsonValue &t : tokens)
            if (ids.contains(t.toObject().value(QStringLiteral("id")).toString()))
                revoked += t.toObject().value(QStringLiteral("revoked")).toBool() ? 1 : 0;
        QCOMPARE(revoked, count);
    }

    // A create from this machine that got no answer, with two live look-alikes (another machine made the same token
    // at that moment): the table names both on the creation's row. The user revokes theirs from its own row and
    // dismisses the creation with Forget; dismissing touches nothing on the server, and it is refused while the
    // creation's maker still runs (here, this process before it gave the record up).
    void unansweredCreationWithLookAlikesCanBeDismissed()
    {
        const QString label = QStringLiteral("made twice at once");
        const QStringList lookAlikes {createOnServer(label), createOnServer(label)};
        auto f = makeWindow();
        QVERIFY(f);
        QVERIFY(signIn(f->window.get(), true));
        QVERIFY(waitForRows(f->window.get(), 2));
        CreateTokenRequest request;
        request.label = label;
        request.scope = {QStringLiteral("wallet_view_all")};
        const Result<QString> pending =
            f->vault->recordPending(QStringLiteral("sandbox"), QLatin1String(SandboxProcess::demoUserId), request);
        QVERIFY(pending);
        const auto creationRow = [&]() {
            for (int r = 0; r < f->window->tokenModel()->rowCount(); ++r) {
                const TokenRow &row = f->window->tokenModel()->row(r);
                if (row.local && row.local->pendingId == pending.value())
                    return r;
            }
            return -1;
        };
        const auto forgetCreation = [&]() {
            auto *view = child<QTableView>(f->window.get(), "tokenTableView");
            view->clearSelection();
            for (int r = 0; r < view->model()->rowCount(); ++r) {
                const QModelIndex i = view->model()->index(r, 0);
                if (i.data(TokenTableModel::TokenIdRole).toString().isEmpty())
                    view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
            MessageBox::setNextAnswer(QMessageBox::Yes);
            child<QAction>(f->window.get(), "actionForgetToken")->trigger();
        };
        f->window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(creationRow() >= 0, kDeadline);
        forgetCreation(); // its maker is alive: refused, kept
        auto *message = child<QLabel>(f->window.get(), "messageLabel");
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("still creating")), kDeadline);
        QVERIFY(creationRow() >= 0);

        QVERIFY(f->vault->leavePending(pending.value()));
        f->window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(
            creationRow() >= 0 && f->window->tokenModel()->row(creationRow()).local->candidates.size() == 2, kDeadline);
        const QString shown = f->window->tokenModel()
                                  ->index(creationRow(), TokenTableModel::LabelColumn)
                                  .data(Qt::DisplayRole)
                                  .toString();
        QVERIFY2(shown.contains(lookAlikes.at(0)) && shown.contains(lookAlikes.at(1)), qPrintable(shown));
        forgetCreation();
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("Dismissed")), kDeadline);
        QCOMPARE(creationRow(), -1);
        QVERIFY(f->vault->tokens().isEmpty());
        QCOMPARE(m_sandbox.liveTokenCount(), 2); // both look-alikes stay as they are
    }

    void unlockWarnsAboutSpendingLimitsThenCountsDown()
    {
        auto f = makeWindow();
        QVERIFY(f);
        QVERIFY(signIn(f->window.get(), true));
        child<QAction>(f->window.get(), "actionUnlockSession")->trigger();
        auto *d = f->window->findChild<UnlockDialog *>();
        QVERIFY(d);
        QVERIFY(child<QLabel>(d, "warningLabel")->text().contains(QStringLiteral("removes spending limits")));
        child<QLineEdit>(d, "otpLineEdit")->setText(QLatin1String(SandboxProcess::demoOtp));
        d->accept();
        auto *status = child<QLabel>(f->window.get(), "unlockStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("left")), kDeadline);
        const QString first = status->text();
        QTRY_VERIFY_WITH_TIMEOUT(status->text() != first, kDeadline); // the countdown moves
        QVERIFY(child<QAction>(f->window.get(), "actionLockSession")->isEnabled());
        // Unlocked, the action says what it would do now; and the risky step is not a toolbar button.
        QCOMPARE(child<QAction>(f->window.get(), "actionUnlockSession")->text(), QStringLiteral("&Extend unlock…"));
        QVERIFY(!child<QToolBar>(f->window.get(), "mainToolBar")
                     ->actions()
                     .contains(child<QAction>(f->window.get(), "actionUnlockSession")));
    }

    // An empty table says why and what to do, where the rows would be: signed in with no tokens, a search that
    // matches nothing; it goes when there are rows.
    void emptyTableSaysWhatToDo()
    {
        auto f = makeWindow();
        QVERIFY(f);
        QVERIFY(signIn(f->window.get(), true));
        auto *hint = child<QLabel>(f->window.get(), "emptyTableLabel");
        QTRY_VERIFY_WITH_TIMEOUT(hint->isVisible() && hint->text().contains(QStringLiteral("New token (Ctrl+N)")),
                                 kDeadline);
        createOnServer(QStringLiteral("first token"));
        f->window->refresh();
        QVERIFY(waitForRows(f->window.get(), 1));
        QTRY_VERIFY_WITH_TIMEOUT(!hint->isVisible(), kDeadline);
        QTest::keyClicks(child<QLineEdit>(f->window.get(), "searchLineEdit"), QStringLiteral("zzz"));
        QTRY_VERIFY_WITH_TIMEOUT(hint->isVisible() && hint->text().contains(QStringLiteral("No token matches")),
                                 kDeadline);
        child<QLineEdit>(f->window.get(), "searchLineEdit")->clear();
        QTRY_VERIFY_WITH_TIMEOUT(!hint->isVisible(), kDeadline);
    }

    void sessionExpiryMidWorkAsksToSignInAgainThenFinishesTheAction()
    {
        auto f = makeWindow();
        QVERIFY(f);
        QVERIFY(signIn(f->window.get(), true));
        QVERIFY(waitForRows(f->window.get(), 0));
        const QString id = createOnServer(QStringLiteral("appears after re-sign-in"));
        int status = 0;
        m_sandbox.admin("POST", QStringLiteral("/_sandbox/sessions/expire"), {}, &status);
        QCOMPARE(status, 200);
        f->window->refresh();
        SignInDialog *d = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((d = f->window->findChild<SignInDialog *>(QStringLiteral("reauthenticateDialog"))),
                                 kDeadline);
        QCOMPARE(child<QLineEdit>(d, "usernameLineEdit")->text(), QLatin1String(SandboxProcess::demoUsername));
        child<QLineEdit>(d, "passwordLineEdit")->setText(QLatin1String(SandboxProcess::demoPassword));
        child<QLineEdit>(d, "otpLineEdit")->setText(QLatin1String(SandboxProcess::demoOtp));
        QTest::mouseClick(child<QPushButton>(d, "signInPushButton"), Qt::LeftButton);
        QVERIFY(waitForRows(f->window.get(), 1)); // the interrupted refresh completed
        QCOMPARE(f->window->tokenModel()->row(0).tokenId(), id);
    }

    void offlineListsStoredTokensAndCopies()
    {
        QByteArray secret;
        createOnServer(QStringLiteral("offline copy"), &secret);
        auto online = makeWindow();
        QVERIFY(online);
        QVERIFY(signIn(online->window.get(), true));
        QVERIFY(importThroughDialog(online.get(), QStringLiteral("offline copy"), secret));
        online->window.reset();
        // A second window on the same index and keychain, never signed in.
        auto offline = makeWindow(online.get());
        QVERIFY(offline);
        QVERIFY(!offline->window->client());
        QVERIFY(waitForRows(offline->window.get(), 1));
        QCOMPARE(offline->window->tokenModel()->row(0).label(), QStringLiteral("offline copy"));
        selectTokens(offline->window.get(), {offline->window->tokenModel()->row(0).tokenId()});
        QApplication::clipboard()->clear();
        child<QAction>(offline->window.get(), "actionCopyToken")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().toLatin1() == secret, kDeadline);
        QApplication::clipboard()->clear();
    }

    void lockHidesContentsAndThePasswordReopens()
    {
        createOnServer(QStringLiteral("hidden while locked"));
        auto f = makeWindow();
        QVERIFY(f);
        QVERIFY(signIn(f->window.get(), true));
        QVERIFY(waitForRows(f->window.get(), 1));
        f->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f->window.get()));
        QTest::keyClick(f->window.get(), Qt::Key_L, Qt::ControlModifier); // the keyboard path, Ctrl+L
        auto *pages = child<QStackedWidget>(f->window.get(), "pagesStackedWidget");
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("lockedPage"));
        QCOMPARE(f->window->tokenModel()->rowCount(), 0);
        QVERIFY(!child<QAction>(f->window.get(), "actionCopyToken")->isEnabled());
        auto *password = child<QLineEdit>(f->window.get(), "lockPasswordLineEdit");
        password->setText(QStringLiteral("not the password"));
        QTest::mouseClick(child<QPushButton>(f->window.get(), "unlockAppPushButton"), Qt::LeftButton);
        auto *error = child<QLabel>(f->window.get(), "lockErrorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), kDeadline);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("lockedPage"));
        password->setText(QLatin1String(SandboxProcess::demoPassword));
        QTest::mouseClick(child<QPushButton>(f->window.get(), "unlockAppPushButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(), QStringLiteral("tokensPage"), kDeadline);
        QVERIFY(waitForRows(f->window.get(), 1));
    }

    void faultsShowAnErrorAndTheWindowStaysUsable_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("latencyMs");
        QTest::newRow("server error 500") << QStringLiteral("500") << 0;
        QTest::newRow("tampered reply") << QStringLiteral("wrong-hmac") << 0;
        QTest::newRow("timeout") << QStringLiteral("latency") << 12000;
    }

    void faultsShowAnErrorAndTheWindowStaysUsable()
    {
        QFETCH(QString, mode);
        QFETCH(int, latencyMs);
        createOnServer(QStringLiteral("survivor"));
        auto f = makeWindow();
        QVERIFY(f);
        QVERIFY(signIn(f->window.get(), true));
        QVERIFY(waitForRows(f->window.get(), 1));
        QJsonObject options {{QStringLiteral("count"), 1}};
        if (latencyMs)
            options.insert(QStringLiteral("latencyMs"), latencyMs);
        QVERIFY(m_sandbox.setFault(mode, options));
        f->window->refresh();
        auto *message = child<QLabel>(f->window.get(), "messageLabel");
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && !message->text().isEmpty(), kDeadline);
        QVERIFY(!f->window->findChild<SignInDialog *>(QStringLiteral("reauthenticateDialog")));
        // Still usable: the next refresh works and the table is intact.
        f->window->refresh();
        QVERIFY(waitForRows(f->window.get(), 1));
        QTRY_VERIFY_WITH_TIMEOUT(!child<QProgressBar>(f->window.get(), "waitProgressBar")->isVisible(), kDeadline);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
