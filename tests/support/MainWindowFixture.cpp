#include "MainWindowFixture.h"

#include "MainWindow.h"
#include "SignInDialog.h"
#include "VaultTestUtil.h"

#include "history/ActionHistory.h"
#include "history/TokenTemplates.h"
#include "settings/Settings.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenIndex.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QTest>

namespace bgtm::test {

namespace {
// app/main.cpp's name of the sandbox environment, in its translation context.
constexpr const char *kSandboxNameContext = "main";
constexpr const char *kSandboxName = QT_TRANSLATE_NOOP("main", "Local sandbox (offline)");
} // namespace

MainWindowFixture::MainWindowFixture() = default;

MainWindowFixture::~MainWindowFixture()
{
    // The window before the parts it uses.
    m_window.reset();
}

QList<EnvironmentChoice> MainWindowFixture::environments()
{
    return {{QStringLiteral("sandbox"), QCoreApplication::translate(kSandboxNameContext, kSandboxName), false,
             kSandboxNameContext, kSandboxName}};
}

bool MainWindowFixture::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool MainWindowFixture::start(const Options &options, int deadlineMs)
{
    if (!inTestSession())
        return fail(QString::fromLatin1(kNotInSession));
    if (!m_dir.isValid())
        return fail(QStringLiteral("no temporary directory: ") + m_dir.errorString());
    if (!m_sandbox.start(options.sandboxArguments))
        return fail(QStringLiteral("sandbox: ") + m_sandbox.errorString());
    m_settings = std::make_unique<Settings>(filePath(QStringLiteral("settings.ini")));
    m_keychain = std::make_unique<KeychainSecretStore>(options.keychainService);
    if (options.wrapKeychain)
        m_wrapped = options.wrapKeychain(m_keychain.get());
    m_index = std::make_unique<TokenIndex>(filePath(QStringLiteral("tokens.json")));
    if (!m_index->load())
        return fail(QStringLiteral("the token index did not load"));
    m_vault =
        std::make_unique<Vault>(m_wrapped ? m_wrapped.get() : m_keychain.get(), m_index.get(), options.keychainTimeout);
    m_history = std::make_unique<ActionHistory>(filePath(QStringLiteral("history.jsonl")));
    MainWindow::Services s;
    s.settings = m_settings.get();
    s.vault = m_vault.get();
    s.network = &m_network;
    s.clipboard = QApplication::clipboard();
    s.history = m_history.get();
    m_templates = std::make_unique<TokenTemplates>(filePath(QStringLiteral("templates.json")));
    s.templates = m_templates.get();
    s.environments = environments();
    s.resolveEnvironment = [this](const QString &, QObject *, std::function<void(Result<Environment>)> done) {
        done(Environment::sandbox(m_sandbox.baseUrl(), m_sandbox.serverXpub()));
    };
    m_window = std::make_unique<MainWindow>(std::move(s));
    m_window->show();
    m_window->showSignIn(QStringLiteral("sandbox"), true); // the demo account, submitted at once
    if (!QTest::qWaitFor([this] { return m_window->client() && m_window->client()->hasSession(); }, deadlineMs))
        return fail(QStringLiteral("the demo account did not sign in"));
    return true;
}

bool MainWindowFixture::stop(int deadlineMs)
{
    bool forgotten = true;
    const QList<StoredToken> tokens = m_vault ? m_vault->tokens() : QList<StoredToken>();
    for (const StoredToken &token : tokens) {
        bool done = false;
        QObject context;
        m_vault->forget(token, &context, [&done](const Result<Done> &) { done = true; });
        forgotten = QTest::qWaitFor([&done] { return done; }, deadlineMs) && forgotten;
    }
    m_window.reset();
    m_sandbox.stop();
    return forgotten;
}

} // namespace bgtm::test
