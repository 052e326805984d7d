// The token editor's history lines and templates, end to end: the real sandbox over loopback, the real
// keychain of the test session. Save as template → From template → Create gives the request the sandbox received
// for the original form, and the history holds created + stored with origin "gui" and no secret.
#include "clipboard/SecretClipboard.h"
#include "editor/CreateTokenDialog.h"

#include "SandboxProcess.h"

#include "history/ActionHistory.h"
#include "history/TokenTemplates.h"
#include "settings/Settings.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenIndex.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bgtm;
using bgtm::test::SandboxProcess;

namespace {

constexpr int kDeadline = 30000; // generous: the machine is shared; never a timing assertion
const QString kService = QStringLiteral("bgtm-history-editor-test");

} // namespace

class TestHistoryEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void templateFromTheEditorRecreatesTheSameRequestAndTheHistoryHasNoSecret();

private:
    std::unique_ptr<CreateTokenDialog> openDialog();
    bool createAndStore(CreateTokenDialog *dialog, const QString &label);
    QJsonObject lastCreateBody();

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QString m_issuedLog;
    std::unique_ptr<Settings> m_settings;
    QNetworkAccessManager m_network;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<TokenIndex> m_index;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<BitGoClient> m_client;
    std::unique_ptr<SecretClipboard> m_clipboard;
    std::unique_ptr<ActionHistory> m_history;
    std::unique_ptr<TokenTemplates> m_templates;
    Environment m_environment;
};

void TestHistoryEditor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_issuedLog = m_dir.filePath(QStringLiteral("issued-secrets.log"));
    QVERIFY2(m_sandbox.start({QStringLiteral("--issued-secrets-log"), m_issuedLog}),
             qPrintable(m_sandbox.errorString()));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_keychain = std::make_unique<KeychainSecretStore>(kService);
    m_index = std::make_unique<TokenIndex>(m_dir.filePath(QStringLiteral("tokens.json")));
    QVERIFY(m_index->load());
    m_vault = std::make_unique<Vault>(m_keychain.get(), m_index.get(), std::chrono::milliseconds(8000));
    m_environment = Environment::sandbox(m_sandbox.baseUrl(), m_sandbox.serverXpub());
    m_client = std::make_unique<BitGoClient>(&m_network, m_environment);
    bool signedIn = false;
    bool answered = false;
    m_client->login(QLatin1String(SandboxProcess::demoUsername), SecretBytes(QByteArray(SandboxProcess::demoPassword)),
                    QLatin1String(SandboxProcess::demoOtp), m_client.get(), [&](const Result<SignedInSession> &r) {
                        signedIn = r.ok();
                        answered = true;
                    });
    QVERIFY(QTest::qWaitFor([&] { return answered; }, kDeadline));
    QVERIFY(signedIn);
    m_clipboard = std::make_unique<SecretClipboard>(QApplication::clipboard(), std::chrono::seconds(3));
    m_history = std::make_unique<ActionHistory>(m_dir.filePath(QStringLiteral("history.jsonl")));
    m_templates = std::make_unique<TokenTemplates>(m_dir.filePath(QStringLiteral("templates.json")));
}

void TestHistoryEditor::cleanupTestCase()
{
    // Secret scan with a positive control: the issued secrets are found in the clipboard copy of the last token
    // (a place where one must be) and in none of the history's lines.
    QFile log(m_issuedLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QFile history(m_history->filePath());
    QVERIFY(history.open(QIODevice::ReadOnly));
    const QByteArray lines = history.readAll();
    int issued = 0;
    int leaked = 0;
    for (const QByteArray &line : log.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        ++issued;
        leaked += lines.contains(line.trimmed()) ? 1 : 0;
    }
    QVERIFY2(issued >= 3, "positive control: the sandbox logged the session and both tokens");
    QCOMPARE(leaked, 0);
    QVERIFY(!lines.contains(SandboxProcess::demoPassword));
    m_clipboard.reset();
    m_sandbox.stop();
}

std::unique_ptr<CreateTokenDialog> TestHistoryEditor::openDialog()
{
    CreateTokenDialog::Dependencies deps;
    deps.client = m_client.get();
    deps.vault = m_vault.get();
    deps.clipboard = m_clipboard.get();
    deps.settings = m_settings.get();
    deps.environment = m_environment;
    deps.userId = m_client->session().user.id;
    deps.history = m_history.get();
    deps.templates = m_templates.get();
    deps.username = QLatin1String(SandboxProcess::demoUsername);
    auto dialog = std::make_unique<CreateTokenDialog>(std::move(deps));
    dialog->show();
    return dialog;
}

bool TestHistoryEditor::createAndStore(CreateTokenDialog *dialog, const QString &label)
{
    auto *labelEdit = dialog->findChild<QLineEdit *>(QStringLiteral("labelLineEdit"));
    auto *otpEdit = dialog->findChild<QLineEdit *>(QStringLiteral("otpLineEdit"));
    labelEdit->selectAll();
    QTest::keyClicks(labelEdit, label);
    QTest::keyClicks(otpEdit, QLatin1String(SandboxProcess::demoOtp));
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createPushButton"));
    if (!QTest::qWaitFor([create] { return create->isEnabled(); }, kDeadline))
        return false;
    QTest::mouseClick(create, Qt::LeftButton);
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("keychainStatusLabel"));
    return QTest::qWaitFor([status] { return status->text().contains(QLatin1String("Stored")); }, kDeadline);
}

QJsonObject TestHistoryEditor::lastCreateBody()
{
    return m_sandbox.admin("GET", QStringLiteral("/_sandbox/last-create"))
        .object()
        .value(QStringLiteral("body"))
        .toObject();
}

void TestHistoryEditor::templateFromTheEditorRecreatesTheSameRequestAndTheHistoryHasNoSecret()
{
    CreateTokenRequest shape;
    shape.scope = {QStringLiteral("wallet_view_all"), QStringLiteral("wallet_spend_all")};
    shape.durationSeconds = 30 * 86400;
    shape.ipRestrict = {QStringLiteral("203.0.113.0/24")};
    shape.spendingLimits = {SpendingLimit {QStringLiteral("tbtc"), QStringLiteral("50000000"), false}};

    // The first form is filled from a shape, created, and saved as a template.
    auto first = openDialog();
    QVERIFY(QTest::qWaitFor([&] { return first->fillFromShape(shape); }, kDeadline)); // the coin list loads async
    QVERIFY(first->saveAsTemplate(QStringLiteral("spender")));
    QVERIFY(createAndStore(first.get(), QStringLiteral("editor-direct")));
    const QJsonObject direct = lastCreateBody();
    QVERIFY(!direct.isEmpty());
    first.reset();

    // A fresh editor: From template, then Create.
    auto second = openDialog();
    QVERIFY(QTest::qWaitFor([&] { return second->applyTemplate(QStringLiteral("spender")).ok(); }, kDeadline));
    QCOMPARE(TokenTemplate::fromRequest(QStringLiteral("x"), second->request()).shape, shape);
    QVERIFY(createAndStore(second.get(), QStringLiteral("editor-direct")));
    QCOMPARE(lastCreateBody(), direct);
    second.reset();

    const Result<ActionHistory::ReadResult> read = m_history->read();
    QVERIFY(read);
    QStringList actions;
    for (const HistoryEntry &e : read.value().entries) {
        actions.append(ActionHistory::actionName(e.action));
        QCOMPARE(e.origin, QStringLiteral("gui"));
        QCOMPARE(e.environmentId, m_environment.id);
        QCOMPARE(e.user, QLatin1String(SandboxProcess::demoUsername));
        QCOMPARE(e.label, QStringLiteral("editor-direct"));
        QVERIFY(!e.tokenId.isEmpty());
    }
    QCOMPARE(actions,
             (QStringList {QStringLiteral("created"), QStringLiteral("stored"), QStringLiteral("created"),
                           QStringLiteral("stored")}));
}

QTEST_MAIN(TestHistoryEditor)
#include "TestHistoryEditor.moc"
