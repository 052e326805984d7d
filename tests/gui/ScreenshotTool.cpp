// Renders the documentation screenshots (scripts/screenshots.sh runs it under Xvfb): the sign-in dialog, the main
// window in the light and dark palettes, the preferences, and the main window with its keychain banner (the session's
// keyring locked from outside). Real widgets, the real sandbox and keychain.
#include "ImportTokenDialog.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "SignInDialog.h"

#include "SandboxProcess.h"
#include "TestKeyring.h"

#include "settings/Settings.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenIndex.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace bgtm;
using bgtm::test::SandboxProcess;

namespace {

bool save(QWidget *w, const QString &path)
{
    QCoreApplication::processEvents();
    QTest::qWait(200); // let layouts and the style settle before grabbing
    const bool ok = w->grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7f, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

bool waitFor(const std::function<bool()> &condition)
{
    return QTest::qWaitFor(condition, 20000);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);

    SandboxProcess sandbox;
    if (!sandbox.start()) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    const auto make = [&sandbox](const QString &label, const QJsonObject &extra) {
        QJsonObject fields = extra;
        fields.insert(QStringLiteral("label"), label);
        return sandbox.createTokenDirect(fields);
    };
    const QByteArray ciSecret =
        make(QStringLiteral("CI deploy (read only)"),
             {{QStringLiteral("scope"), QJsonArray {QStringLiteral("openid"), QStringLiteral("wallet_view_all")}},
              {QStringLiteral("duration"), 90 * 86400}});
    make(QStringLiteral("Treasury payouts"),
         {{QStringLiteral("scope"),
           QJsonArray {QStringLiteral("wallet_view_all"), QStringLiteral("wallet_spend_all"),
                       QStringLiteral("wallet_approve_all")}},
          {QStringLiteral("ipRestrict"), QJsonArray {QStringLiteral("203.0.113.0/24")}},
          {QStringLiteral("duration"), 5 * 86400},
          {QStringLiteral("spendingLimits"),
           QJsonArray {QJsonObject {{QStringLiteral("coin"), QStringLiteral("tbtc")},
                                    {QStringLiteral("txValueLimit"), QStringLiteral("150000000")}}}}});
    make(QStringLiteral("Monitoring"),
         {{QStringLiteral("scope"), QJsonArray {QStringLiteral("wallet_view_all")}},
          {QStringLiteral("duration"), 365 * 86400}});

    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    QNetworkAccessManager network;
    KeychainSecretStore store(QStringLiteral("bgtm-screenshots"));
    TokenIndex index(dir.filePath(QStringLiteral("tokens.json")));
    if (!index.load())
        return 1;
    Vault vault(&store, &index, std::chrono::milliseconds(8000));
    MainWindow::Services s;
    s.settings = &settings;
    s.vault = &vault;
    s.network = &network;
    s.clipboard = QApplication::clipboard();
    s.environments = {{QStringLiteral("test"), QStringLiteral("BitGo Test"), false},
                      {QStringLiteral("prod"), QStringLiteral("BitGo Production"), true},
                      {QStringLiteral("sandbox"), QStringLiteral("Local sandbox (offline)"), false}};
    s.resolveEnvironment = [&sandbox](const QString &, QObject *, std::function<void(Result<Environment>)> done) {
        done(Environment::sandbox(sandbox.baseUrl(), sandbox.serverXpub()));
    };
    MainWindow window(std::move(s));
    window.resize(1180, 760); // tall enough for the details pane to show every field
    window.show();

    int failures = 0;
    window.showSignIn(QStringLiteral("sandbox"), false);
    SignInDialog *dialog = window.findChild<SignInDialog *>();
    if (!dialog)
        return 1;
    dialog->setUsername(QLatin1String(SandboxProcess::demoUsername));
    dialog->setDemoPassword(QLatin1String(SandboxProcess::demoPassword));
    failures += save(dialog, out + QStringLiteral("/sign-in.png")) ? 0 : 1;
    dialog->setOtp(QLatin1String(SandboxProcess::demoOtp));
    dialog->signIn();
    if (!waitFor(
            [&] { return window.client() && window.client()->hasSession() && window.tokenModel()->rowCount() == 3; }))
        return 1;

    // One token kept in the keychain, so the table shows every secret location.
    window.findChild<QAction *>(QStringLiteral("actionImportToken"))->trigger();
    auto *import = window.findChild<ImportTokenDialog *>();
    import->findChild<QLineEdit *>(QStringLiteral("labelLineEdit"))->setText(QStringLiteral("CI deploy (read only)"));
    import->findChild<QLineEdit *>(QStringLiteral("tokenLineEdit"))->setText(QString::fromLatin1(ciSecret));
    import->accept();
    waitFor([&] { return vault.tokens().size() == 1 && window.tokenModel()->rowCount() == 3; });
    auto *view = window.findChild<QTableView *>(QStringLiteral("tokenTableView"));
    view->selectRow(1);
    QTest::qWait(500); // the selected token's keychain check and details pane
    failures += save(&window, out + QStringLiteral("/main-window-light.png")) ? 0 : 1;

    QApplication::setPalette(darkPalette());
    failures += save(&window, out + QStringLiteral("/main-window-dark.png")) ? 0 : 1;
    QApplication::setPalette(QApplication::style()->standardPalette());

    PreferencesDialog preferences(&settings,
                                  {{QStringLiteral("test"), QStringLiteral("BitGo Test"), false},
                                   {QStringLiteral("prod"), QStringLiteral("BitGo Production"), true},
                                   {QStringLiteral("sandbox"), QStringLiteral("Local sandbox (offline)"), false}});
    preferences.show();
    failures += save(&preferences, out + QStringLiteral("/preferences.png")) ? 0 : 1;
    preferences.hide();

    // The keyring locked behind the app's back (a screen lock, Seahorse): F5 asks its state again.
    QString error;
    if (!test::lockTestKeyring(&error)) {
        std::fprintf(stderr, "lock: %s\n", qPrintable(error));
        return failures + 1;
    }
    window.tokenModel()->clearPresence();
    window.findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    auto *banner = window.findChild<QWidget *>(QStringLiteral("keychainBannerFrame"));
    if (!waitFor([&] { return banner->isVisible(); }))
        return failures + 1;
    view->selectRow(0); // the token kept in the keychain: its secret now reads "keychain locked"
    QTest::qWait(500);
    failures += save(&window, out + QStringLiteral("/keychain-locked.png")) ? 0 : 1;
    test::unlockTestKeyring(&error);
    return failures;
}
