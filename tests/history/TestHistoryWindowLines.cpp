// Two history lines of the desktop app, end to end through the main window against the real sandbox
// (loopback) and the real keychain of the test session: "exported" from the window's Export… path (its format and
// file dialogs answered as a user would), and "store-failed" when the keychain does not take a new token (the
// keyring daemon is SIGSTOPped just before that write, as tests/vault does). Neither line, nor any other in
// history.jsonl, holds a secret: every secret the sandbox issued is searched for, with positive controls.
#include "ExportFileDialog.h"
#include "MainWindow.h"
#include "editor/CreateTokenDialog.h"

#include "MainWindowFixture.h"
#include "SandboxProcess.h"
#include "VaultTestUtil.h"

#include "history/ActionHistory.h"
#include "vault/SecretStore.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <chrono>

using namespace bgtm;
using namespace bgtm::test;

namespace {

constexpr int kDeadline = 60000; // generous: the machine is shared; never a timing assertion

/// The real keychain; once armed, the keyring daemon is stopped just before the next write of a token (not of a
/// canary), so that write meets a hung keyring and times out. resume() (or destruction) lets the daemon go on.
class StopBeforeTokenWrite : public SecretStore
{
public:
    explicit StopBeforeTokenWrite(SecretStore *inner) : m_inner(inner) { }
    void arm() { m_armed = true; }
    void resume() { m_stopped.reset(); }
    [[nodiscard]] bool stopped() const { return m_stopped && m_stopped->ok(); }

    void write(const QString &key, const SecretBytes &secret, std::chrono::milliseconds timeout, QObject *context,
               Callback<Done> done) override
    {
        if (m_armed && !key.startsWith(QLatin1String("_canary"))) {
            m_armed = false;
            m_stopped = std::make_unique<StoppedKeyring>(keyringDaemonPid());
        }
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

private:
    SecretStore *m_inner;
    bool m_armed = false;
    std::unique_ptr<StoppedKeyring> m_stopped;
};

} // namespace

class TestHistoryWindowLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportFromTheWindowLeavesAnExportedLine();
    void keychainRefusingTheNewTokenLeavesAStoreFailedLine();
    void cleanupTestCase();

private:
    [[nodiscard]] QList<HistoryEntry> entries(HistoryAction action) const;

    MainWindowFixture m_fixture;
    QString m_issuedLog;
    QByteArray m_exportedSecret;             ///< positive control of the secret scan
    StopBeforeTokenWrite *m_store = nullptr; ///< owned by m_fixture
    MainWindow *m_window = nullptr;
    Vault *m_vault = nullptr;
};

void TestHistoryWindowLines::initTestCase()
{
    m_issuedLog = m_fixture.filePath(QStringLiteral("issued-secrets.log"));
    MainWindowFixture::Options options;
    options.keychainService = QStringLiteral("bgtm-history-window-test");
    options.keychainTimeout = std::chrono::milliseconds(3000); // the stopped daemon makes the write fail in seconds
    options.sandboxArguments = {QStringLiteral("--issued-secrets-log"), m_issuedLog};
    options.wrapKeychain = [this](SecretStore *keychain) {
        auto store = std::make_unique<StopBeforeTokenWrite>(keychain);
        m_store = store.get();
        return std::unique_ptr<SecretStore>(std::move(store));
    };
    QVERIFY2(m_fixture.start(options, kDeadline), qPrintable(m_fixture.errorString()));
    m_window = m_fixture.window();
    m_vault = m_fixture.vault();
}

QList<HistoryEntry> TestHistoryWindowLines::entries(HistoryAction action) const
{
    QList<HistoryEntry> found;
    const Result<ActionHistory::ReadResult> read = m_fixture.history()->read();
    for (const HistoryEntry &entry : read.ok() ? read.value().entries : QList<HistoryEntry>())
        if (entry.action == action)
            found.append(entry);
    return found;
}

void TestHistoryWindowLines::exportFromTheWindowLeavesAnExportedLine()
{
    // A stored token: made on the server, imported through the window's own dialog.
    QJsonObject document;
    m_exportedSecret =
        m_fixture.sandbox().createTokenDirect({{QStringLiteral("label"), QStringLiteral("gui-exported")}}, &document);
    const QString id = document.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    m_window->findChild<QAction *>(QStringLiteral("actionImportToken"))->trigger();
    auto *import = m_window->findChild<QDialog *>(QStringLiteral("ImportTokenDialog"));
    QVERIFY(import);
    import->findChild<QLineEdit *>(QStringLiteral("labelLineEdit"))->setText(QStringLiteral("gui-exported"));
    import->findChild<QLineEdit *>(QStringLiteral("tokenLineEdit"))->setText(QString::fromLatin1(m_exportedSecret));
    import->accept();
    QVERIFY(QTest::qWaitFor([&] { return m_vault->tokens().size() == 1; }, kDeadline));
    m_window->refresh();
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("tokenTableView"));
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 1, kDeadline);
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex i = view->model()->index(r, 0);
        if (i.data(TokenTableModel::TokenIdRole).toString() == id)
            view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    auto *exportAction = m_window->findChild<QAction *>(QStringLiteral("actionExportToken"));
    QTRY_VERIFY_WITH_TIMEOUT(exportAction->isEnabled(), kDeadline);

    const QString path = m_fixture.filePath(QStringLiteral("exported.env"));
    exportAction->trigger();
    // One dialog for the file and the format; the .env format is preselected.
    auto *files = m_window->findChild<ExportFileDialog *>();
    QVERIFY(files);
    QTRY_VERIFY_WITH_TIMEOUT(files->isVisible(), kDeadline);
    QCOMPARE(files->format(), TokenExport::Format::DotEnv);
    files->setDirectory(QFileInfo(path).absolutePath());
    auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->setText(QFileInfo(path).fileName());
    files->accept();
    const bool exported = QTest::qWaitFor([this] { return !entries(HistoryAction::Exported).isEmpty(); }, kDeadline);
    QVERIFY2(exported, qPrintable(m_window->findChild<QLabel *>(QStringLiteral("messageLabel"))->text()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(m_exportedSecret)); // the export happened, so the line is about a real export
    const HistoryEntry line = entries(HistoryAction::Exported).constFirst();
    QCOMPARE(line.tokenId, id);
    QCOMPARE(line.label, QStringLiteral("gui-exported"));
    QCOMPARE(line.origin, QStringLiteral("gui"));
    QCOMPARE(line.user, QLatin1String(SandboxProcess::demoUsername));
    QVERIFY2(line.detail.contains(QStringLiteral("env")), qPrintable(line.detail));
}

void TestHistoryWindowLines::keychainRefusingTheNewTokenLeavesAStoreFailedLine()
{
    m_window->findChild<QAction *>(QStringLiteral("actionNewToken"))->trigger();
    CreateTokenDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<CreateTokenDialog *>()) != nullptr, kDeadline);
    CreateTokenRequest shape;
    shape.scope = {QStringLiteral("wallet_view_all")};
    shape.durationSeconds = 7 * 86400;
    QVERIFY(QTest::qWaitFor([&] { return dialog->fillFromShape(shape); }, kDeadline)); // the coin list loads async
    auto *label = dialog->findChild<QLineEdit *>(QStringLiteral("labelLineEdit"));
    label->selectAll();
    QTest::keyClicks(label, QStringLiteral("gui-unstorable"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("otpLineEdit")),
                     QLatin1String(SandboxProcess::demoOtp));
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createPushButton"));
    QTRY_VERIFY_WITH_TIMEOUT(create->isEnabled(), kDeadline);
    m_store->arm();
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!entries(HistoryAction::StoreFailed).isEmpty(), kDeadline);
    const bool wasStopped = m_store->stopped();
    m_store->resume();
    QVERIFY2(wasStopped, "the keyring daemon was stopped for the write of the new token");

    const HistoryEntry line = entries(HistoryAction::StoreFailed).constFirst();
    QCOMPARE(line.label, QStringLiteral("gui-unstorable"));
    QVERIFY(!line.tokenId.isEmpty());
    QCOMPARE(line.origin, QStringLiteral("gui"));
    QVERIFY(!line.detail.isEmpty()); // why the keychain refused it
    // The "created" line came first, for the same token.
    bool created = false;
    for (const HistoryEntry &entry : entries(HistoryAction::Created))
        created = created || entry.tokenId == line.tokenId;
    QVERIFY(created);
    // The secret is on screen (the positive control of the scan) and nowhere in the history.
    const QByteArray shown = dialog->findChild<QLineEdit *>(QStringLiteral("tokenLineEdit"))->text().toLatin1();
    QVERIFY(!shown.isEmpty());
    QFile history(m_fixture.history()->filePath());
    QVERIFY(history.open(QIODevice::ReadOnly));
    QVERIFY(!history.readAll().contains(shown));
    // Revoke it on the server: no live token without a holder is left behind by this test.
    const QString id = line.tokenId;
    const auto revoked = waitFor<AccessToken>(
        [this, id](QObject *c, Callback<AccessToken> d) { m_window->client()->revokeToken(id, c, std::move(d)); },
        kDeadline);
    QVERIFY(revoked && revoked->ok());
}

void TestHistoryWindowLines::cleanupTestCase()
{
    if (m_store)
        m_store->resume();
    // Every secret the sandbox issued (sessions and tokens), searched for in the whole history file.
    QFile log(m_issuedLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray issued = log.readAll();
    QVERIFY2(m_exportedSecret.isEmpty() || issued.contains(m_exportedSecret), "positive control: the log is complete");
    QFile history(m_fixture.history()->filePath());
    QVERIFY(history.open(QIODevice::ReadOnly));
    const QByteArray lines = history.readAll();
    for (const QByteArray &secret : issued.split('\n'))
        if (!secret.trimmed().isEmpty())
            QVERIFY(!lines.contains(secret.trimmed()));
    QVERIFY(!lines.contains(SandboxProcess::demoPassword));
    QVERIFY(!lines.contains(SandboxProcess::demoOtp));
    QVERIFY(m_fixture.stop(kDeadline)); // the test keychain keeps no token of this test
}

QTEST_MAIN(TestHistoryWindowLines)
#include "TestHistoryWindowLines.moc"
