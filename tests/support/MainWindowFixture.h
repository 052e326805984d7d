#pragma once

#include "SandboxProcess.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>
#include <functional>
#include <memory>

namespace bgtm {
class ActionHistory;
class MainWindow;
class SecretStore;
class Settings;
class TokenTemplates;
class TokenIndex;
class Vault;
struct EnvironmentChoice;
} // namespace bgtm

namespace bgtm::test {

/// The desktop app's main window wired to real parts, as app/main.cpp wires them: settings, token index, history and
/// templates in a temporary directory, the test session's keychain, a vault, and a freshly started sandbox as its only
/// environment; shown and signed in with the sandbox's demo account. For GUI tests that drive the window end to end
/// (run inside scripts/with-test-session.sh). Separate from bgtm_test_support so that only such tests link Widgets.
class MainWindowFixture
{
public:
    struct Options {
        QString keychainService;                          ///< the keychain items' service: one per test
        std::chrono::milliseconds keychainTimeout {8000}; ///< the vault's wait for the keychain
        QStringList sandboxArguments;                     ///< extra `bitgo-sandbox` options (paths: filePath())
        /// Wraps the keychain before the vault uses it (e.g. to stop the keyring before one write); may be null.
        std::function<std::unique_ptr<SecretStore>(SecretStore *keychain)> wrapKeychain;
    };

    MainWindowFixture();
    ~MainWindowFixture();
    MainWindowFixture(const MainWindowFixture &) = delete;
    MainWindowFixture &operator=(const MainWindowFixture &) = delete;

    /// Starts the sandbox, builds the parts and the window, shows it and signs the demo account in (deadline
    /// `deadlineMs`). False with errorString() when a step failed.
    [[nodiscard]] bool start(const Options &options, int deadlineMs = 60000);
    [[nodiscard]] QString errorString() const { return m_error; }

    /// Forgets every token the vault holds, so the test keychain keeps none of them (false when one could not be
    /// forgotten by `deadlineMs`), then closes the window and stops the sandbox.
    bool stop(int deadlineMs = 60000);

    /// The environments the window offers: the sandbox only, named as the app names it (translated when shown).
    [[nodiscard]] static QList<EnvironmentChoice> environments();

    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] SandboxProcess &sandbox() { return m_sandbox; }
    [[nodiscard]] Settings *settings() const { return m_settings.get(); }
    [[nodiscard]] Vault *vault() const { return m_vault.get(); }
    [[nodiscard]] ActionHistory *history() const { return m_history.get(); }
    [[nodiscard]] MainWindow *window() const { return m_window.get(); }

private:
    bool fail(const QString &error);

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QString m_error;
    QNetworkAccessManager m_network;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<SecretStore> m_wrapped; ///< what Options::wrapKeychain made, if anything
    std::unique_ptr<TokenIndex> m_index;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<ActionHistory> m_history;
    std::unique_ptr<TokenTemplates> m_templates;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace bgtm::test
