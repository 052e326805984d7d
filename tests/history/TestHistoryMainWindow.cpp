// The main window's history lines, end to end: the real sandbox over loopback and the real keychain of
// the test session. Sign in, import, copy, forget, import again, revoke, sign out: one line each, origin "gui",
// no secret in the file.
#include "ImportTokenDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"

#include "MainWindowFixture.h"
#include "SandboxProcess.h"

#include "history/ActionHistory.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
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

    test::MainWindowFixture m_fixture;
    MainWindow *m_window = nullptr;
    Vault *m_vault = nullptr;
};

QString TestHistoryMainWindow::createOnServer(const QString &label, QByteArray *secret)
{
    QJsonObject doc;
    *secret = m_fixture.sandbox().createTokenDirect(
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
    const QString issuedLog = m_fixture.filePath(QStringLiteral("issued-secrets.log"));
    test::MainWindowFixture::Options options;
    options.keychainService = QStringLiteral("bgtm-history-gui-test");
    options.sandboxArguments = {QStringLiteral("--issued-secrets-log"), issuedLog};
    QVERIFY2(m_fixture.start(options, kDeadline), qPrintable(m_fixture.errorString()));
    m_window = m_fixture.window();
    m_vault = m_fixture.vault();

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

    const Result<ActionHistory::ReadResult> read = m_fixture.history()->read();
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
    QFile history(m_fixture.history()->filePath());
    QVERIFY(history.open(QIODevice::ReadOnly));
    const QByteArray bytes = history.readAll();
    for (const QByteArray &line : issued.split('\n')) {
        if (!line.trimmed().isEmpty())
            QVERIFY(!bytes.contains(line.trimmed()));
    }
    QVERIFY(!bytes.contains(SandboxProcess::demoPassword));
    QApplication::clipboard()->clear();
    QVERIFY(m_fixture.stop(kDeadline));
}

QTEST_MAIN(TestHistoryMainWindow)
#include "TestHistoryMainWindow.moc"
