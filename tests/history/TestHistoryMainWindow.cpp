// The main window's history lines (issue 12), end to end: the real sandbox over loopback and the real keychain of
// the test session. Sign in, import, copy, forget, import again, revoke, sign out: one line each, origin "gui",
// no secret in the file.
#include "ImportTokenDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"

#include "SandboxProcess.h"

#include "history/ActionHistory.h"
#include "settings/Settings.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenIndex.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace bgtm;
using bgtm::test::SandboxProcess;

namespace {

constexpr int kDeadline = 30000; // generous: the machine is shared; never a timing assertion

} // namespace

class TestHistoryMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyWindowActionLeavesOneLineWithoutASecret();

private:
    QString createOnServer(const QString &label, QByteArray *secret);
    bool importThroughDialog(const QString &label, const QByteArray &secret);
    void select(const QString &id);

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    QNetworkAccessManager m_network;
    std::unique_ptr<KeychainSecretStore> m_store;
    std::unique_ptr<TokenIndex> m_index;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<ActionHistory> m_history;
    std::unique_ptr<MainWindow> m_window;
};

QString TestHistoryMainWindow::createOnServer(const QString &label, QByteArray *secret)
{
    QJsonObject doc;
    *secret = m_sandbox.createTokenDirect(
        {{QStringLiteral("label"), label}, {QStringLiteral("scope"), QJsonArray {QStringLiteral("wallet_view_all")}}},
        &doc);
    return doc.value(QStringLiteral("id")).toString();
}

bool TestHistoryMainWindow::importThroughDialog(const QString &label, const QByteArray &secret)
{
    const qsizetype before = m_vault->tokens().size();
    m_window->findChild<QAction *>(QStringLiteral("actionImportToken"))->trigger();
    auto *dialog = m_window->findChild<ImportTokenDialog *>();
    if (!dialog)
        return false;
    dialog->findChild<QLineEdit *>(QStringLiteral("labelLineEdit"))->setText(label);
    dialog->findChild<QLineEdit *>(QStringLiteral("tokenLineEdit"))->setText(QString::fromLatin1(secret));
    dialog->accept();
    return QTest::qWaitFor([&] { return m_vault->tokens().size() == before + 1; }, kDeadline);
}

void TestHistoryMainWindow::select(const QString &id)
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("tokenTableView"));
    view->clearSelection();
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex i = view->model()->index(r, 0);
        if (i.data(TokenTableModel::TokenIdRole).toString() == id)
            view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void TestHistoryMainWindow::everyWindowActionLeavesOneLineWithoutASecret()
{
    QVERIFY(m_dir.isValid());
    const QString issuedLog = m_dir.filePath(QStringLiteral("issued-secrets.log"));
    QVERIFY2(m_sandbox.start({QStringLiteral("--issued-secrets-log"), issuedLog}), qPrintable(m_sandbox.errorString()));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("bgtm-history-gui-test"));
    m_index = std::make_unique<TokenIndex>(m_dir.filePath(QStringLiteral("tokens.json")));
    QVERIFY(m_index->load());
    m_vault = std::make_unique<Vault>(m_store.get(), m_index.get(), std::chrono::milliseconds(8000));
    m_history = std::make_unique<ActionHistory>(m_dir.filePath(QStringLiteral("history.jsonl")));
    MainWindow::Services s;
    s.settings = m_settings.get();
    s.vault = m_vault.get();
    s.network = &m_network;
    s.clipboard = QApplication::clipboard();
    s.history = m_history.get();
    s.environments = {{QStringLiteral("sandbox"), QStringLiteral("Local sandbox (offline)"), false}};
    s.resolveEnvironment = [this](const QString &, QObject *, std::function<void(Result<Environment>)> done) {
        done(Environment::sandbox(m_sandbox.baseUrl(), m_sandbox.serverXpub()));
    };
    m_window = std::make_unique<MainWindow>(std::move(s));
    m_window->show();

    m_window->showSignIn(QStringLiteral("sandbox"), true); // the demo account, submitted at once
    QVERIFY(QTest::qWaitFor([&] { return m_window->client() && m_window->client()->hasSession(); }, kDeadline));

    QByteArray firstSecret;
    const QString first = createOnServer(QStringLiteral("gui-copied"), &firstSecret);
    QVERIFY(importThroughDialog(QStringLiteral("gui-copied"), firstSecret));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->tokenModel()->rowCount() >= 1, kDeadline);
    select(first);
    auto *copy = m_window->findChild<QAction *>(QStringLiteral("actionCopyToken"));
    QTRY_VERIFY_WITH_TIMEOUT(copy->isEnabled(), kDeadline);
    copy->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().toLatin1() == firstSecret, kDeadline);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->findChild<QAction *>(QStringLiteral("actionForgetToken"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_vault->tokens().isEmpty(), kDeadline);

    QByteArray secondSecret;
    const QString second = createOnServer(QStringLiteral("gui-revoked"), &secondSecret);
    QVERIFY(importThroughDialog(QStringLiteral("gui-revoked"), secondSecret));
    m_window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->tokenModel()->rowCount() == 2, kDeadline);
    select(second);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->findChild<QAction *>(QStringLiteral("actionRevokeToken"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_vault->tokens().isEmpty(), kDeadline);
    m_window->signOut();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->client(), kDeadline);

    const Result<ActionHistory::ReadResult> read = m_history->read();
    QVERIFY(read);
    QStringList lines;
    for (const HistoryEntry &e : read.value().entries) {
        lines.append(ActionHistory::actionName(e.action) + QLatin1Char(' ') + e.tokenId);
        QCOMPARE(e.origin, QStringLiteral("gui"));
        QCOMPARE(e.user, QLatin1String(SandboxProcess::demoUsername));
    }
    QCOMPARE(lines,
             (QStringList {QStringLiteral("signed-in "), QStringLiteral("imported ") + first,
                           QStringLiteral("copied ") + first, QStringLiteral("forgotten ") + first,
                           QStringLiteral("imported ") + second, QStringLiteral("revoked ") + second,
                           QStringLiteral("signed-out ")}));

    // The secret scan, with a positive control: both imported secrets are in the sandbox's log and the scan finds
    // them there; none of the issued secrets (sessions included) is in the history file.
    QFile log(issuedLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray issued = log.readAll();
    QVERIFY(issued.contains(firstSecret) && issued.contains(secondSecret));
    QFile history(m_history->filePath());
    QVERIFY(history.open(QIODevice::ReadOnly));
    const QByteArray bytes = history.readAll();
    for (const QByteArray &line : issued.split('\n')) {
        if (!line.trimmed().isEmpty())
            QVERIFY(!bytes.contains(line.trimmed()));
    }
    QVERIFY(!bytes.contains(SandboxProcess::demoPassword));
    QApplication::clipboard()->clear();
    m_window.reset();
    m_sandbox.stop();
}

QTEST_MAIN(TestHistoryMainWindow)
#include "TestHistoryMainWindow.moc"
