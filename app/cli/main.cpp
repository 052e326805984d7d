// bitgo-token-manager-cli: the same core as the desktop app, for scripts and terminals.
// The only place in the CLI that wires real parts together.
#include "CommandLine.h"
#include "Commands.h"
#include "EnvironmentSecret.h"
#include "ExitCodes.h"
#include "Output.h"
#include "Translations.h"

#include "app/ProcessHardening.h"
#include "app/WorkerThreads.h"
#include "history/ActionHistory.h"
#include "history/TokenTemplates.h"
#include "sandbox/LocalSandbox.h"
#include "settings/Settings.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenIndex.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTimer>

#include <cstdlib>

using namespace bgtm;
using namespace bgtm::cli;

namespace {

// Keychain calls have no timeout of their own (toolchain.md): the vault stops waiting after this.
constexpr std::chrono::seconds kKeychainTimeout {10};

int runCli(int argc, char **argv)
{
    hardenProcess(); // before anything can hold a secret
    useOneHeapForAllThreads();
    QCoreApplication app(argc, argv);
    // Shared with the desktop app: the same settings, index (AppDataLocation) and keychain service.
    QCoreApplication::setApplicationName(QStringLiteral("bitgo-token-manager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BGTM_VERSION));
    // Messages in the language of the preferences, else the system's (LANG, LC_MESSAGES, LANGUAGE).
    Translations translations;
    translations.install(Translations::chooseLocale(Settings().language()));

    // BITGO_ACCESS_TOKEN authenticates this one call. Taken out of the process environment (and wiped there)
    // before the copy below is made, so that neither that copy nor anything this process starts (the sandbox)
    // holds it.
    SecretBytes accessToken = takeEnvironmentSecret("BITGO_ACCESS_TOKEN");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    const CommandLine::Parsed parsed = CommandLine::parse(app.arguments().mid(1), environment);
    if (!parsed.ok()) {
        Output::message(QCoreApplication::translate("bgtm::cli::main", "error: %1").arg(parsed.error));
        Output::message(QCoreApplication::translate("bgtm::cli::main", "Run with --help for usage."));
        return int(ExitCode::Usage);
    }
    const Invocation &invocation = parsed.invocation;
    if (invocation.command == Invocation::Command::Help) {
        Output(false).line(CommandLine::helpText());
        return int(ExitCode::Ok);
    }
    if (invocation.command == Invocation::Command::Version) {
        Output(false).line(QStringLiteral("bitgo-token-manager-cli %1").arg(QCoreApplication::applicationVersion()));
        return int(ExitCode::Ok);
    }

    Settings settings;
    QNetworkAccessManager network;
    KeychainSecretStore store;
    TokenIndex index(TokenIndex::defaultPath());
    if (const Status loaded = index.load(); !loaded.ok()) {
        Output::message(QCoreApplication::translate("bgtm::cli::main", "error: %1").arg(loaded.error().message));
        return int(ExitCode::Failure);
    }
    if (const QString warning = index.takeWarning(); !warning.isEmpty())
        Output::message(QCoreApplication::translate("bgtm::cli::main", "warning: %1").arg(warning));
    std::chrono::milliseconds keychainTimeout = kKeychainTimeout;
#ifdef BGTM_TEST_HOOKS
    // Test hook: end-to-end tests that stop the keyring daemon shorten the wait. Not in release builds.
    if (const int ms = qEnvironmentVariableIntValue("BGTM_TEST_KEYCHAIN_TIMEOUT_MS"); ms > 0)
        keychainTimeout = std::chrono::milliseconds(ms);
#endif
    Vault vault(&store, &index, keychainTimeout);
    LocalSandbox sandbox(&network, LocalSandbox::defaultOptions());
    // Shared with the desktop app (next to the index): what was done on this machine, and the saved token shapes.
    ActionHistory history(ActionHistory::defaultPath());
    TokenTemplates templates(TokenTemplates::defaultPath());

    Commands::Services services;
    services.network = &network;
    services.vault = &vault;
    services.settings = &settings;
    services.sandbox = &sandbox;
    services.history = &history;
    services.templates = &templates;
    services.accessTokenFromEnvironment = std::move(accessToken);
    Commands commands(std::move(services), invocation);
    QObject::connect(&commands, &Commands::finished, &app, [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, &commands, &Commands::run);
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    waitForQtThreadsAtExit();
    return runCli(argc, argv);
}
