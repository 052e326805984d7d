// Not a test: renders the create-token editor into <dir>/editor-{empty,filled,errors,result}.png against a
// throw-away sandbox and the private keychain of scripts/with-test-session.sh (see scripts/screenshots-editor.sh).
#include "clipboard/SecretClipboard.h"
#include "editor/CreateTokenDialog.h"

#include "SandboxProcess.h"

#include "settings/Settings.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenIndex.h"
#include "vault/Vault.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bgtm;
using bgtm::test::SandboxProcess;

namespace {

constexpr int kDeadline = 30000;

template <typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

void type(QWidget *d, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(d, name);
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

void addLimit(QWidget *d, const QString &coin, const QString &amount)
{
    QTest::mouseClick(child<QPushButton>(d, "addLimitPushButton"), Qt::LeftButton);
    auto *table = child<QTableWidget>(d, "spendingLimitsTableWidget");
    const int row = table->rowCount() - 1;
    auto *coinEdit = qobject_cast<QLineEdit *>(table->cellWidget(row, 0));
    coinEdit->setText(coin);
    if (coinEdit->completer() && coinEdit->completer()->popup())
        coinEdit->completer()->popup()->hide();
    QTest::keyClicks(qobject_cast<QLineEdit *>(table->cellWidget(row, 1)), amount);
}

bool save(QWidget *w, const QString &path)
{
    QTest::qWait(300); // let the window manager-less X server paint
    const bool ok = w->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        qCritical("usage: %s <output-dir>", argv[0]);
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    SandboxProcess sandbox;
    if (!sandbox.start()) {
        qCritical("sandbox: %s", qPrintable(sandbox.errorString()));
        return 1;
    }
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    KeychainSecretStore store(QStringLiteral("bgtm-editor-screenshots"));
    TokenIndex index(dir.filePath(QStringLiteral("tokens.json")));
    if (!index.load())
        return 1;
    Vault vault(&store, &index, std::chrono::milliseconds(8000));
    QNetworkAccessManager network;
    const Environment environment = Environment::sandbox(sandbox.baseUrl(), sandbox.serverXpub());
    BitGoClient client(&network, environment);
    bool answered = false;
    bool signedIn = false;
    client.login(QLatin1String(SandboxProcess::demoUsername), SecretBytes(QByteArray(SandboxProcess::demoPassword)),
                 QLatin1String(SandboxProcess::demoOtp), &client, [&](const Result<SignedInSession> &r) {
                     answered = true;
                     signedIn = r.ok();
                 });
    if (!QTest::qWaitFor([&] { return answered; }, kDeadline) || !signedIn) {
        qCritical("sign-in failed");
        return 1;
    }
    SecretClipboard clipboard(QApplication::clipboard());
    const auto makeDialog = [&] {
        CreateTokenDialog::Dependencies deps;
        deps.client = &client;
        deps.vault = &vault;
        deps.clipboard = &clipboard;
        deps.settings = &settings;
        deps.environment = environment;
        deps.userId = client.session().user.id;
        auto dialog = std::make_unique<CreateTokenDialog>(std::move(deps));
        dialog->resize(820, 980);
        dialog->show();
        return dialog;
    };
    bool ok = true;

    auto empty = makeDialog();
    ok = save(empty.get(), out.filePath(QStringLiteral("editor-empty.png"))) && ok;
    empty.reset();

    auto filled = makeDialog();
    type(filled.get(), "labelLineEdit", QStringLiteral("treasury bot"));
    QTest::mouseClick(child<QPushButton>(filled.get(), "spenderPresetPushButton"), Qt::LeftButton);
    type(filled.get(), "scopeFilterLineEdit", QStringLiteral("wallet"));
    type(filled.get(), "walletScopesLineEdit", QStringLiteral("wallet_approve:0123456789abcdef0123456789abcdef"));
    addLimit(filled.get(), QStringLiteral("tbtc"), QStringLiteral("1.5"));
    addLimit(filled.get(), QStringLiteral("hteth"), QStringLiteral("100"));
    type(filled.get(), "ipRestrictLineEdit", QStringLiteral("203.0.113.0/24"));
    type(filled.get(), "otpLineEdit", QLatin1String(SandboxProcess::demoOtp));
    ok = save(filled.get(), out.filePath(QStringLiteral("editor-filled.png"))) && ok;
    // Scroll to the lower half so limits and access show.
    auto *scroll = child<QScrollArea>(filled.get(), "formScrollArea");
    scroll->ensureWidgetVisible(child<QLineEdit>(filled.get(), "otpLineEdit"));
    ok = save(filled.get(), out.filePath(QStringLiteral("editor-filled-limits.png"))) && ok;

    auto errors = makeDialog();
    type(errors.get(), "labelLineEdit", QStringLiteral("x"));
    type(errors.get(), "labelLineEdit", QString());
    QTest::mouseClick(child<QPushButton>(errors.get(), "everythingPresetPushButton"), Qt::LeftButton);
    type(errors.get(), "walletScopesLineEdit", QStringLiteral("wallet_spend:xyz"));
    addLimit(errors.get(), QStringLiteral("tbtc"), QStringLiteral("0.000000001"));
    type(errors.get(), "ipRestrictLineEdit", QStringLiteral("10.0.0.0/8"));
    type(errors.get(), "enterpriseLineEdit", QStringLiteral("ABC"));
    child<QScrollArea>(errors.get(), "formScrollArea")
        ->ensureWidgetVisible(child<QLineEdit>(errors.get(), "labelLineEdit"));
    ok = save(errors.get(), out.filePath(QStringLiteral("editor-errors.png"))) && ok;
    child<QScrollArea>(errors.get(), "formScrollArea")
        ->ensureWidgetVisible(child<QLineEdit>(errors.get(), "otpLineEdit"));
    ok = save(errors.get(), out.filePath(QStringLiteral("editor-errors-access.png"))) && ok;
    errors.reset();

    QTest::mouseClick(child<QPushButton>(filled.get(), "createPushButton"), Qt::LeftButton);
    auto *pages = child<QStackedWidget>(filled.get(), "pagesStackedWidget");
    auto *status = child<QLabel>(filled.get(), "keychainStatusLabel");
    if (!QTest::qWaitFor(
            [&] {
                return pages->currentWidget()->objectName() == QLatin1String("resultPageWidget")
                    && status->text().contains(QLatin1String("Stored"));
            },
            kDeadline)) {
        qCritical("the result page did not show a stored token");
        return 1;
    }
    filled->resize(820, 420);
    ok = save(filled.get(), out.filePath(QStringLiteral("editor-result.png"))) && ok;
    return ok ? 0 : 1;
}
