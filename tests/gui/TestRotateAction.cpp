// The main window's "Rotate…" action, end to end: a stored token is selected, the action opens the
// rotation dialog, which rotates it against the real sandbox (loopback) and the real keychain of the test session;
// the table then shows the new token in its place and the sandbox has revoked the old one.
#include "ImportTokenDialog.h"
#include "MainWindow.h"
#include "rotation/RotateTokensDialog.h"

#include "MainWindowFixture.h"
#include "SandboxProcess.h"

#include "history/ActionHistory.h"
#include "vault/Vault.h"

#include <QAction>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace bgtm;
using bgtm::test::SandboxProcess;

namespace {

constexpr int kDeadline = 60000; // generous: the machine is shared; never a timing assertion

} // namespace

class TestRotateAction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rotateActionReplacesTheSelectedStoredTokenAndRevokesTheOld();
    void cleanupTestCase();

private:
    QJsonObject sandboxToken(const QString &id);
    /// The table's rows: token id → (listed by the server, held on this machine).
    [[nodiscard]] QHash<QString, QPair<bool, bool>> tableRows() const;

    test::MainWindowFixture m_fixture;
    MainWindow *m_window = nullptr;
    Vault *m_vault = nullptr;
};

void TestRotateAction::initTestCase()
{
    test::MainWindowFixture::Options options;
    options.keychainService = QStringLiteral("bgtm-rotate-action-test");
    QVERIFY2(m_fixture.start(options, kDeadline), qPrintable(m_fixture.errorString()));
    m_window = m_fixture.window();
    m_vault = m_fixture.vault();
}

QJsonObject TestRotateAction::sandboxToken(const QString &id)
{
    const QJsonArray tokens = m_fixture.sandbox()
                                  .admin("GET", QStringLiteral("/_sandbox/state"))
                                  .object()
                                  .value(QStringLiteral("tokens"))
                                  .toArray();
    for (const QJsonValue &token : tokens)
        if (token.toObject().value(QStringLiteral("id")).toString() == id)
            return token.toObject();
    return {};
}

QHash<QString, QPair<bool, bool>> TestRotateAction::tableRows() const
{
    QHash<QString, QPair<bool, bool>> rows;
    const TokenTableModel *model = m_window->tokenModel();
    for (int r = 0; r < model->rowCount(); ++r)
        rows.insert(model->row(r).tokenId(), {model->row(r).server.has_value(), model->row(r).local.has_value()});
    return rows;
}

void TestRotateAction::rotateActionReplacesTheSelectedStoredTokenAndRevokesTheOld()
{
    // A stored token: made on the server, imported through the window's own dialog.
    QJsonObject document;
    const QByteArray secret = m_fixture.sandbox().createTokenDirect(
        {{QStringLiteral("label"), QStringLiteral("gui-rotate-me")}, {QStringLiteral("duration"), 30 * 86400}},
        &document);
    const QString oldId = document.value(QStringLiteral("id")).toString();
    QVERIFY(!oldId.isEmpty());
    m_window->findChild<QAction *>(QStringLiteral("actionImportToken"))->trigger();
    auto *import = m_window->findChild<ImportTokenDialog *>();
    QVERIFY(import);
    import->findChild<QLineEdit *>(QStringLiteral("labelLineEdit"))->setText(QStringLiteral("gui-rotate-me"));
    import->findChild<QLineEdit *>(QStringLiteral("tokenLineEdit"))->setText(QString::fromLatin1(secret));
    import->accept();
    QVERIFY(QTest::qWaitFor([&] { return m_vault->tokens().size() == 1; }, kDeadline));
    m_window->refresh();
    // Rotate needs the server's figures: wait until the server's list (not only the index) has the token.
    QTRY_VERIFY_WITH_TIMEOUT(tableRows().value(oldId) == qMakePair(true, true), kDeadline);

    auto *view = m_window->findChild<QTableView *>(QStringLiteral("tokenTableView"));
    view->clearSelection();
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex i = view->model()->index(r, 0);
        if (i.data(TokenTableModel::TokenIdRole).toString() == oldId)
            view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    auto *rotate = m_window->findChild<QAction *>(QStringLiteral("actionRotateToken"));
    QTRY_VERIFY_WITH_TIMEOUT(rotate->isEnabled(), kDeadline);
    rotate->trigger();
    RotateTokensDialog *dialog = nullptr;
    const bool opened =
        QTest::qWaitFor([&] { return (dialog = m_window->findChild<RotateTokensDialog *>()) != nullptr; }, kDeadline);
    QVERIFY2(opened, qPrintable(m_window->findChild<QLabel *>(QStringLiteral("messageLabel"))->text()));
    QSignalSpy finished(dialog, &RotateTokensDialog::rotationsFinished);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("otpLineEdit")),
                     QLatin1String(SandboxProcess::demoOtp));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("rotateButton")), Qt::LeftButton);
    QVERIFY(finished.wait(kDeadline) || finished.count() == 1);
    const QString result = dialog->findChild<QTableWidget *>(QStringLiteral("resultsTableWidget"))->item(0, 2)->text();
    QVERIFY2(result.startsWith(QStringLiteral("✓")), qPrintable(result));

    // The sandbox: the old token revoked, a new live one with the same label.
    QVERIFY(sandboxToken(oldId).value(QStringLiteral("revoked")).toBool());
    QCOMPARE(m_vault->tokens().size(), qsizetype(1));
    const QString newId = m_vault->tokens().constFirst().tokenId;
    QVERIFY(!newId.isEmpty() && newId != oldId);
    QVERIFY(sandboxToken(newId).value(QStringLiteral("live")).toBool());
    QCOMPARE(sandboxToken(newId).value(QStringLiteral("label")).toString(), QStringLiteral("gui-rotate-me"));
    // The table (refreshed when the dialog reported): the new token in the old one's place.
    QTRY_VERIFY_WITH_TIMEOUT(tableRows().value(newId) == qMakePair(true, true), kDeadline);
    QVERIFY(!tableRows().value(oldId).second); // the old one is no longer held here (listed revoked, or gone)
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("rotateButton")), Qt::LeftButton); // Close
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<RotateTokensDialog *>() == nullptr, kDeadline);

    int rotated = 0;
    const Result<ActionHistory::ReadResult> read = m_fixture.history()->read();
    QVERIFY(read.ok());
    for (const HistoryEntry &entry : read.value().entries)
        rotated += entry.action == HistoryAction::Rotated && entry.tokenId == oldId ? 1 : 0;
    QCOMPARE(rotated, 1);
}

void TestRotateAction::cleanupTestCase()
{
    // Forget what this test stored, so the test keychain keeps no token of it.
    QVERIFY(m_fixture.stop(kDeadline));
}

QTEST_MAIN(TestRotateAction)
#include "TestRotateAction.moc"
