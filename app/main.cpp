// The desktop app. The only place that wires real parts together: network, keychain, index, sandbox, settings.
#include "FirstPaintProbe.h"
#include "MainWindow.h"
#include "Translations.h"

#include "app/ProcessHardening.h"
#include "app/SingleInstance.h"
#include "app/WorkerThreads.h"
#include "history/ActionHistory.h"
#include "history/TokenTemplates.h"
#include "model/Environment.h"
#include "sandbox/LocalSandbox.h"
#include "settings/Settings.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenIndex.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTimer>

using namespace bgtm;

namespace {

// A Secret Service that never answers must not freeze anything: the vault gives up after this long.
constexpr std::chrono::milliseconds kKeychainTimeout {10000};

QList<EnvironmentChoice> environmentChoices(const Settings &settings)
{
    QList<EnvironmentChoice> list;
    const Environment test = Environment::test();
    const Environment prod = Environment::production();
    list.append({test.id, test.name, test.productionRules, Environment::kNameContext, test.nameSource});
    list.append({prod.id, prod.name, prod.productionRules, Environment::kNameContext, prod.nameSource});
    for (const CustomEnvironment &c : settings.customEnvironments()) {
        const Environment e = c.toEnvironment();
        list.append({e.id, e.name, e.productionRules});
    }
    static constexpr const char *kSandboxName = QT_TRANSLATE_NOOP("main", "Local sandbox (offline)");
    list.append(
        {QStringLiteral("sandbox"), QApplication::translate("main", kSandboxName), false, "main", kSandboxName});
    return list;
}

int runApp(int argc, char **argv)
{
    hardenProcess(); // before anything can hold a secret
    useOneHeapForAllThreads();
    QApplication app(argc, argv);
    // Shared with the CLI: the same settings, index (AppDataLocation) and keychain service.
    QApplication::setApplicationName(QStringLiteral("bitgo-token-manager"));
    QApplication::setApplicationDisplayName(QStringLiteral("BitGo Token Manager"));
    QApplication::setApplicationVersion(QStringLiteral(BGTM_VERSION));
    // Matches the installed .desktop file, so Wayland compositors show the right icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.bitgo_token_manager.TokenManager"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    // Before the first translated string: the language from the preferences, else the system's.
    Translations translations;
    translations.install(Translations::chooseLocale(Settings().language()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Create, keep and revoke BitGo access tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main",
                                "Use the local sandbox (started if needed) and sign in with its demo account."));
    const QCommandLineOption environmentOption(
        QStringLiteral("environment"),
        QApplication::translate("main", "Preselect an environment: test, prod, sandbox or custom-<name>."),
        QStringLiteral("id"));
    const QCommandLineOption offlineOption(QStringLiteral("offline"),
                                           QApplication::translate("main", "Start without the sign-in dialog."));
    parser.addOptions({sandboxOption, environmentOption, offlineOption});
    parser.process(app);

    // One instance per user: a second start asks the running window to come forward, then exits.
    QString runtimeDir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtimeDir.isEmpty())
        runtimeDir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    SingleInstance instance(runtimeDir, QStringLiteral("bitgo-token-manager"));
    const Result<SingleInstance::Role> role = instance.start();
    if (role && role.value() == SingleInstance::Role::Secondary) {
        int exitCode = 0;
        instance.requestActivation(std::chrono::milliseconds(3000), &app, [&exitCode](const Result<Done> &r) {
            exitCode = r ? 0 : 1;
            QCoreApplication::exit(exitCode);
        });
        return QApplication::exec();
    }

    Settings settings;
    QNetworkAccessManager network;
    KeychainSecretStore store;
    // Start-up reads the index only: no keychain or network before the window shows.
    TokenIndex index(TokenIndex::defaultPath());
    const Status loaded = index.load();
    Vault vault(&store, &index, kKeychainTimeout);
    LocalSandbox sandbox(&network, LocalSandbox::defaultOptions());
    // Next to the index, shared with the CLI: what was done on this machine, and the saved token shapes.
    ActionHistory history(ActionHistory::defaultPath());
    TokenTemplates templates(TokenTemplates::defaultPath());

    MainWindow::Services services;
    services.settings = &settings;
    services.vault = &vault;
    services.network = &network;
    services.clipboard = QApplication::clipboard();
    services.history = &history;
    services.templates = &templates;
    services.environments = environmentChoices(settings);
    services.applyLanguage = [&translations](const QString &language) {
        translations.install(Translations::chooseLocale(language));
    };
    // Named as the CLI names them (Settings::environment); the sandbox is started when first chosen.
    services.resolveEnvironment = [&settings, &sandbox](const QString &id, QObject *context,
                                                        std::function<void(Result<Environment>)> done) {
        const Result<Environment> described = settings.environment(id);
        if (!described || described.value().kind != Environment::Kind::Sandbox)
            return done(described);
        sandbox.ensureRunning(context, [done](Result<SandboxEndpoint> endpoint) {
            if (!endpoint)
                return done(endpoint.error());
            done(endpoint.value().environment());
        });
    };

    // The sandbox `--sandbox` (or the sandbox environment) started goes with the app, unless a CLI may be using it.
    services.whenQuitting = [&sandbox]() -> QString {
        const LocalSandbox::StopOutcome stop = sandbox.stopIfStartedHere();
        if (stop.what != LocalSandbox::StopOutcome::What::KeptForCli)
            return {};
        return QApplication::translate("main",
                                       "The local sandbox this app started (process %1) keeps running: "
                                       "bitgo-token-manager-cli (process %2) may be using it. Its tokens are "
                                       "kept either way; stop it with “kill %1” when you are done.")
            .arg(stop.sandboxPid)
            .arg(stop.cliPid);
    };
    MainWindow window(std::move(services));
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    FirstPaintProbe::installFromEnvironment(&window);
    window.show();
    if (!loaded)
        window.showMessage(QApplication::translate("main", "The token list on this machine could not be read: %1")
                               .arg(loaded.error().message),
                           true);
    else if (!index.warning().isEmpty())
        window.showMessage(index.takeWarning(), true);
    const bool sandboxDemo = parser.isSet(sandboxOption) || settings.startWithSandbox();
    const QString environmentId = sandboxDemo ? QStringLiteral("sandbox") : parser.value(environmentOption);
    if (!parser.isSet(offlineOption))
        QTimer::singleShot(0, &window,
                           [&window, environmentId, sandboxDemo] { window.showSignIn(environmentId, sandboxDemo); });
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    waitForQtThreadsAtExit();
    return runApp(argc, argv);
}
