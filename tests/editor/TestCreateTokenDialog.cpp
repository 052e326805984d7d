// The create-token editor end to end: real widgets found by objectName, the real sandbox over loopback HTTP,
// the real OS keychain (gnome-keyring of scripts/with-test-session.sh). Tokens are compared, never printed.
#include "MessageBox.h"
#include "clipboard/SecretClipboard.h"
#include "editor/CoinCatalogueLoader.h"
#include "editor/CreateTokenDialog.h"
#include "editor/ScopeTreeModel.h"

#include "CliRunner.h"
#include "ControlledSecretStore.h"
#include "SandboxProcess.h"
#include "VaultTestUtil.h"

#include "itemmodels/TokenTableModel.h"
#include "model/CoinCatalogue.h"
#include "model/ScopeCatalogue.h"
#include "settings/Settings.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenIndex.h"
#include "vault/Vault.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPromise>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace bgtm;
using bgtm::test::SandboxProcess;

namespace {

constexpr int kDeadline = 30000; // generous: the machine is shared; never a timing assertion
const QString kService = QStringLiteral("bgtm-editor-test");
const QString kWalletId = QStringLiteral("0123456789abcdef0123456789abcdef");

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

} // namespace

class TestCreateTokenDialog : public QObject
{
    Q_OBJECT
private:
    struct Fixture {
        QTemporaryDir dir;
        std::unique_ptr<Settings> settings;
        QNetworkAccessManager network;
        std::unique_ptr<KeychainSecretStore> keychain;
        std::unique_ptr<test::ControlledSecretStore> store;
        std::unique_ptr<TokenIndex> index;
        std::unique_ptr<Vault> vault;
        std::unique_ptr<BitGoClient> client;
        std::unique_ptr<SecretClipboard> clipboard;
        std::unique_ptr<CreateTokenDialog> dialog;
    };

    SandboxProcess m_sandbox;

    /// Signs the demo account in on `sandbox` and opens the editor. Null on failure. With `sharedDataDir` (a CLI's
    /// XDG data folder) the editor's vault is that CLI's: its token index and the app's own keychain items, as the
    /// desktop app and the CLI share them on one machine.
    std::unique_ptr<Fixture> open(SandboxProcess &sandbox, const QString &sharedDataDir = {})
    {
        auto f = std::make_unique<Fixture>();
        f->settings = std::make_unique<Settings>(f->dir.filePath(QStringLiteral("settings.ini")));
        f->keychain = sharedDataDir.isEmpty() ? std::make_unique<KeychainSecretStore>(kService)
                                              : std::make_unique<KeychainSecretStore>();
        f->store = std::make_unique<test::ControlledSecretStore>(f->keychain.get());
        f->index = std::make_unique<TokenIndex>(sharedDataDir.isEmpty() ? f->dir.filePath(QStringLiteral("tokens.json"))
                                                                        : sharedDataDir
                                                        + QStringLiteral("/bitgo-token-manager/tokens.json"));
        if (!f->index->load())
            return nullptr;
        f->vault = std::make_unique<Vault>(f->store.get(), f->index.get(), std::chrono::milliseconds(8000));
        const Environment environment = Environment::sandbox(sandbox.baseUrl(), sandbox.serverXpub());
        BitGoClient::Options options;
        options.transferTimeout = std::chrono::milliseconds(5000);
        options.totalDeadline = std::chrono::milliseconds(15000);
        f->client = std::make_unique<BitGoClient>(&f->network, environment, options);
        bool signedIn = false;
        bool answered = false;
        f->client->login(QLatin1String(SandboxProcess::demoUsername),
                         SecretBytes(QByteArray(SandboxProcess::demoPassword)), QLatin1String(SandboxProcess::demoOtp),
                         f->client.get(), [&](const Result<SignedInSession> &r) {
                             signedIn = r.ok();
                             answered = true;
                         });
        if (!QTest::qWaitFor([&] { return answered; }, kDeadline) || !signedIn)
            return nullptr;
        f->clipboard = std::make_unique<SecretClipboard>(QApplication::clipboard(), std::chrono::seconds(3));
        // These tests fill limits at once: the catalogue is there first (the loading state has its own test).
        if (!QTest::qWaitFor([] { return CoinCatalogueLoader::load().isFinished(); }, kDeadline))
            return nullptr;
        CreateTokenDialog::Dependencies deps;
        deps.client = f->client.get();
        deps.vault = f->vault.get();
        deps.clipboard = f->clipboard.get();
        deps.settings = f->settings.get();
        deps.environment = environment;
        deps.userId = f->client->session().user.id;
        f->dialog = std::make_unique<CreateTokenDialog>(std::move(deps));
        f->dialog->show();
        return f;
    }

    static void type(QWidget *dialog, const char *lineEdit, const QString &text)
    {
        auto *edit = child<QLineEdit>(dialog, lineEdit);
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
        else
            QTest::keyClicks(edit, text);
    }

    static void click(QWidget *dialog, const char *button)
    {
        QTest::mouseClick(child<QAbstractButton>(dialog, button), Qt::LeftButton);
    }

    /// Adds a limit row and fills it in; `amount` empty means "no cap".
    static void addLimit(QWidget *dialog, const QString &coin, const QString &amount)
    {
        click(dialog, "addLimitPushButton");
        auto *table = child<QTableWidget>(dialog, "spendingLimitsTableWidget");
        const int row = table->rowCount() - 1;
        QTest::keyClicks(qobject_cast<QLineEdit *>(table->cellWidget(row, 0)), coin);
        if (amount.isEmpty())
            qobject_cast<QCheckBox *>(table->cellWidget(row, 2))->setChecked(true);
        else
            QTest::keyClicks(qobject_cast<QLineEdit *>(table->cellWidget(row, 1)), amount);
    }

    /// A valid minimal form: label, code and the read-only preset.
    static void fillValid(QWidget *dialog)
    {
        type(dialog, "labelLineEdit", QStringLiteral("ci reader"));
        type(dialog, "otpLineEdit", QLatin1String(SandboxProcess::demoOtp));
        click(dialog, "readOnlyPresetPushButton");
    }

    static bool waitForResult(CreateTokenDialog *dialog)
    {
        auto *pages = child<QStackedWidget>(dialog, "pagesStackedWidget");
        return QTest::qWaitFor(
            [&] { return pages->currentWidget()->objectName() == QLatin1String("resultPageWidget"); }, kDeadline);
    }

    static bool waitForKeychainStatus(CreateTokenDialog *dialog, const QString &text)
    {
        auto *status = child<QLabel>(dialog, "keychainStatusLabel");
        return QTest::qWaitFor([&] { return status->text().contains(text); }, kDeadline);
    }

    /// Creates with the form as it stands and returns the body the sandbox received (code redacted), or {}.
    QJsonObject createAndReadBody(CreateTokenDialog *d)
    {
        if (!child<QPushButton>(d, "createPushButton")->isEnabled())
            return {};
        click(d, "createPushButton");
        if (!waitForResult(d) || !waitForKeychainStatus(d, QStringLiteral("Stored in your keychain")))
            return {};
        const QJsonObject last = m_sandbox.admin("GET", QStringLiteral("/_sandbox/last-create")).object();
        return last.value(QStringLiteral("received")).toBool() ? last.value(QStringLiteral("body")).toObject()
                                                               : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::inTestSession(), test::kNotInSession);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }

    void init()
    {
        QVERIFY(m_sandbox.clearFaults());
        int status = 0;
        m_sandbox.admin("POST", QStringLiteral("/_sandbox/reset"), {}, &status);
        QCOMPARE(status, 200);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void createSendsExactlyTheFormAndStoresTheTokenInTheKeychain()
    {
        auto f = open(m_sandbox);
        QVERIFY(f);
        CreateTokenDialog *d = f->dialog.get();
        QVERIFY(!child<QPushButton>(d, "createPushButton")->isEnabled());

        type(d, "labelLineEdit", QStringLiteral("treasury bot"));
        auto *lifetime = child<QComboBox>(d, "lifetimeComboBox");
        lifetime->setCurrentIndex(lifetime->findData(qint64(7) * 86400));
        click(d, "spenderPresetPushButton");
        type(d, "walletScopesLineEdit", QStringLiteral("wallet_approve:") + kWalletId);
        addLimit(d, QStringLiteral("tbtc"), QStringLiteral("1.5"));
        // 100 of an 18-decimal coin is 10^20 base units: beyond 2^64 (≈1.8·10^19), so never an integer type.
        addLimit(d, QStringLiteral("hteth"), QStringLiteral("100"));
        type(d, "ipRestrictLineEdit", QStringLiteral("203.0.113.0/24"));
        type(d, "otpLineEdit", QLatin1String(SandboxProcess::demoOtp));

        auto *table = child<QTableWidget>(d, "spendingLimitsTableWidget");
        QCOMPARE(qobject_cast<QLabel *>(table->cellWidget(0, 3))->text(), QStringLiteral("150000000 base units"));
        QCOMPARE(qobject_cast<QLabel *>(table->cellWidget(1, 3))->text(),
                 QStringLiteral("100000000000000000000 base units"));
        QVERIFY2(d->issues().isEmpty(),
                 qPrintable(d->issues().isEmpty() ? QString() : d->issues().constFirst().message));
        QVERIFY(child<QPushButton>(d, "createPushButton")->isEnabled());

        // "Show request" shows the body with the code masked.
        click(d, "showRequestPushButton");
        const QString shown = child<QPlainTextEdit>(d, "requestPlainTextEdit")->toPlainText();
        QVERIFY(shown.contains(QLatin1String("100000000000000000000")));
        const QJsonObject shownJson = QJsonDocument::fromJson(shown.toUtf8()).object();
        QVERIFY(!shownJson.isEmpty());
        QVERIFY(shownJson.value(QStringLiteral("otp")).toString() != QLatin1String(SandboxProcess::demoOtp));
        QVERIFY(!shownJson.value(QStringLiteral("otp")).toString().contains(QLatin1Char('0')));

        const CreateTokenRequest expected = d->request();
        click(d, "createPushButton");
        QVERIFY(waitForResult(d));
        QVERIFY(waitForKeychainStatus(d, QStringLiteral("Stored in your keychain")));
        // The window fits the few lines of the result instead of keeping the form's height.
        const int resultHeight = child<QWidget>(d, "resultPageWidget")->sizeHint().height();
        QVERIFY2(d->height() <= resultHeight + 60 && d->height() >= d->sizeHint().height(),
                 qPrintable(QStringLiteral("%1 for %2").arg(d->height()).arg(resultHeight)));

        // What the sandbox received is the form, field for field (its admin route redacts the code).
        const QJsonObject last = m_sandbox.admin("GET", QStringLiteral("/_sandbox/last-create")).object();
        QVERIFY(last.value(QStringLiteral("received")).toBool());
        QJsonObject sent = expected.toJson();
        sent.insert(QStringLiteral("otp"), QStringLiteral("<redacted>"));
        QCOMPARE(last.value(QStringLiteral("body")).toObject(), sent);
        const QJsonObject body = last.value(QStringLiteral("body")).toObject();
        QCOMPARE(body.value(QStringLiteral("label")).toString(), QStringLiteral("treasury bot"));
        QCOMPARE(body.value(QStringLiteral("duration")).toInteger(), qint64(7) * 86400);
        QVERIFY(body.value(QStringLiteral("scope"))
                    .toArray()
                    .contains(QString(QStringLiteral("wallet_approve:") + kWalletId)));
        QCOMPARE(body.value(QStringLiteral("scope")).toArray().size(),
                 ScopeCatalogue::preset(ScopePreset::Spender).size() + 1);
        const QJsonArray limits = body.value(QStringLiteral("spendingLimits")).toArray();
        QCOMPARE(limits.size(), 2);
        QCOMPARE(limits.at(0).toObject().value(QStringLiteral("coin")).toString(), QStringLiteral("tbtc"));
        QCOMPARE(limits.at(0).toObject().value(QStringLiteral("txValueLimit")).toString(), QStringLiteral("150000000"));
        QCOMPARE(limits.at(1).toObject().value(QStringLiteral("coin")).toString(), QStringLiteral("hteth"));
        QCOMPARE(limits.at(1).toObject().value(QStringLiteral("txValueLimit")).toString(),
                 QStringLiteral("100000000000000000000"));
        QCOMPARE(body.value(QStringLiteral("ipRestrict")).toArray(), QJsonArray {QStringLiteral("203.0.113.0/24")});

        // The secret shown once is the one in the keychain, seen from outside with secret-tool.
        const QList<StoredToken> stored = f->vault->tokens();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().state, StoredToken::State::Stored);
        const auto lookup = test::secretToolLookup(stored.first().keychainKey(), kService);
        QCOMPARE(lookup.exitCode, 0);
        auto *tokenEdit = child<QLineEdit>(d, "tokenLineEdit");
        QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
        QVERIFY2(!lookup.value.isEmpty() && lookup.value == tokenEdit->text().toUtf8(),
                 "keychain item differs from the token shown");

        // The token table (the core model the main window shows) lists it with its secret here.
        bool listed = false;
        std::optional<TokenList> list;
        f->client->listTokens(f->client.get(), [&](Result<TokenList> r) {
            listed = true;
            if (r)
                list = r.value();
        });
        QVERIFY(QTest::qWaitFor([&] { return listed; }, kDeadline));
        QVERIFY(list);
        TokenTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTokens(list->tokens, f->vault->tokens());
        bool inTable = false;
        for (int r = 0; r < model.rowCount(); ++r)
            inTable = inTable || model.index(r, 0).data(TokenTableModel::TokenIdRole) == stored.first().tokenId;
        QVERIFY(inTable);

        // Reveal toggles the mask; a stored token closes without a question.
        click(d, "revealToolButton");
        QCOMPARE(tokenEdit->echoMode(), QLineEdit::Normal);
        const int boxes = MessageBox::count();
        click(d, "closePushButton");
        QCOMPARE(MessageBox::count(), boxes);
        QVERIFY(!d->isVisible());
    }

    void eachInvalidFieldShowsItsMessageAndKeepsCreateDisabled_data()
    {
        QTest::addColumn<QByteArray>("lineEdit");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QByteArray>("errorLabel");
        QTest::addColumn<QString>("message");
        QTest::newRow("label") << QByteArray("labelLineEdit") << QString() << QByteArray("labelErrorLabel")
                               << QStringLiteral("Give the token a label");
        QTest::newRow("otp") << QByteArray("otpLineEdit") << QString() << QByteArray("otpErrorLabel")
                             << QStringLiteral("one-time code");
        QTest::newRow("ip range too wide") << QByteArray("ipRestrictLineEdit") << QStringLiteral("10.0.0.0/8")
                                           << QByteArray("ipRestrictErrorLabel") << QStringLiteral("/24");
        QTest::newRow("ip not an address")
            << QByteArray("ipRestrictLineEdit") << QStringLiteral("300.1.1.1") << QByteArray("ipRestrictErrorLabel")
            << QStringLiteral("not an IPv4 or IPv6 address");
        QTest::newRow("enterprise") << QByteArray("enterpriseLineEdit") << QStringLiteral("ABC")
                                    << QByteArray("enterpriseErrorLabel") << QStringLiteral("32 lowercase hexadecimal");
        QTest::newRow("wallet id") << QByteArray("walletScopesLineEdit") << QStringLiteral("wallet_spend:xyz")
                                   << QByteArray("walletScopesErrorLabel") << QStringLiteral("wallet id");
        QTest::newRow("unknown scope") << QByteArray("walletScopesLineEdit") << QStringLiteral("wallet_teleport")
                                       << QByteArray("walletScopesErrorLabel")
                                       << QStringLiteral("not a scope BitGo knows");
    }

    void eachInvalidFieldShowsItsMessageAndKeepsCreateDisabled()
    {
        QFETCH(QByteArray, lineEdit);
        QFETCH(QString, input);
        QFETCH(QByteArray, errorLabel);
        QFETCH(QString, message);
        auto f = open(m_sandbox);
        QVERIFY(f);
        CreateTokenDialog *d = f->dialog.get();
        fillValid(d);
        auto *create = child<QPushButton>(d, "createPushButton");
        QVERIFY(create->isEnabled());
        auto *label = child<QLabel>(d, errorLabel.constData());
        QVERIFY(label->isHidden());

        const QString before = child<QLineEdit>(d, lineEdit.constData())->text();
        type(d, lineEdit.constData(), input);
        QVERIFY(!create->isEnabled());
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(message), qPrintable(label->text()));

        // Fixing the field removes the message and enables Create again.
        type(d, lineEdit.constData(), before);
        QVERIFY(label->isHidden());
        QVERIFY(create->isEnabled());
    }

    void invalidSpendingLimitsShowTheirMessageInTheirRow()
    {
        auto f = open(m_sandbox);
        QVERIFY(f);
        CreateTokenDialog *d = f->dialog.get();
        fillValid(d);
        auto *create = child<QPushButton>(d, "createPushButton");
        auto *table = child<QTableWidget>(d, "spendingLimitsTableWidget");
        // More decimals than the coin has.
        addLimit(d, QStringLiteral("tbtc"), QStringLiteral("0.000000001"));
        QVERIFY(!create->isEnabled());
        QVERIFY(qobject_cast<QLabel *>(table->cellWidget(0, 3))->text().contains(QLatin1String("decimal places")));
        // A coin at most once.
        addLimit(d, QStringLiteral("tbtc"), QStringLiteral("1"));
        QVERIFY(qobject_cast<QLabel *>(table->cellWidget(1, 3))->text().contains(QLatin1String("already has")));
        // Removing the duplicate and fixing the amount makes the form valid again.
        QTest::mouseClick(qobject_cast<QToolButton *>(table->cellWidget(1, 4)), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        auto *amount = qobject_cast<QLineEdit *>(table->cellWidget(0, 1));
        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("0.5"));
        QVERIFY(create->isEnabled());
        // An unknown coin.
        addLimit(d, QStringLiteral("notacoin"), QString());
        QVERIFY(!create->isEnabled());
        QVERIFY(qobject_cast<QLabel *>(table->cellWidget(1, 3))->text().contains(QLatin1String("not a coin")));
    }

    void spendScopesWithoutLimitWarnThatTheTokenNeedsUnlocking()
    {
        auto f = open(m_sandbox);
        QVERIFY(f);
        CreateTokenDialog *d = f->dialog.get();
        auto *warning = child<QLabel>(d, "noLimitWarningLabel");
        click(d, "readOnlyPresetPushButton");
        QVERIFY(warning->isHidden());
        click(d, "spenderPresetPushButton");
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QLatin1String("unlocked")));
        addLimit(d, QStringLiteral("tbtc"), QStringLiteral("1"));
        QVERIFY(warning->isHidden());
    }

    void presetsSelectTheirScopesAndTheFilterNarrowsTheTree_data()
    {
        QTest::addColumn<QByteArray>("button");
        QTest::addColumn<int>("preset");
        QTest::newRow("read only") << QByteArray("readOnlyPresetPushButton") << int(ScopePreset::ReadOnly);
        QTest::newRow("spender") << QByteArray("spenderPresetPushButton") << int(ScopePreset::Spender);
        QTest::newRow("wallet admin") << QByteArray("walletAdminPresetPushButton") << int(ScopePreset::WalletAdmin);
        QTest::newRow("everything") << QByteArray("everythingPresetPushButton") << int(ScopePreset::Everything);
    }

    void presetsSelectTheirScopesAndTheFilterNarrowsTheTree()
    {
        QFETCH(QByteArray, button);
        QFETCH(int, preset);
        auto f = open(m_sandbox);
        QVERIFY(f);
        CreateTokenDialog *d = f->dialog.get();
        auto *tree = child<QTreeView>(d, "scopeTreeView");
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(tree->model());
        QVERIFY(proxy);
        auto *model = qobject_cast<ScopeTreeModel *>(proxy->sourceModel());
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        click(d, button.constData());
        QStringList expected = ScopeCatalogue::preset(static_cast<ScopePreset>(preset));
        QStringList checked = model->checkedScopes();
        expected.sort();
        checked.sort();
        QCOMPARE(checked, expected);
        QCOMPARE(d->request().scope.size(), expected.size());

        // The filter keeps only scopes whose name or description matches, with their groups.
        QTest::keyClicks(child<QLineEdit>(d, "scopeFilterLineEdit"), QStringLiteral("spend"));
        int leaves = 0;
        for (int g = 0; g < proxy->rowCount(); ++g) {
            const QModelIndex group = proxy->index(g, 0);
            for (int r = 0; r < proxy->rowCount(group); ++r) {
                const QString name = proxy->index(r, 0, group).data().toString();
                const QString description = proxy->index(r, 1, group).data().toString();
                QVERIFY2(QString(name + description).contains(QLatin1String("spend"), Qt::CaseInsensitive),
                         qPrintable(name));
                ++leaves;
            }
        }
        QVERIFY(leaves > 0);
        QVERIFY(proxy->rowCount() < model->rowCount());
        // Filtering does not change the selection.
        checked = model->checkedScopes();
        checked.sort();
        QCOMPARE(checked, expected);
        child<QLineEdit>(d, "scopeFilterLineEdit")->clear();
        QCOMPARE(proxy->rowCount(), model->rowCount());
    }

    void allIsMarkedTestOnlyAndLegacyScopesAreMarked()
    {
        ScopeTreeModel test(false);
        ScopeTreeModel production(true);
        QAbstractItemModelTester tester(&test, QAbstractItemModelTester::FailureReportingMode::QtTest);
        bool sawAll = false;
        bool sawLegacy = false;
        for (int g = 0; g < test.rowCount(); ++g) {
            for (int r = 0; r < test.item(g)->rowCount(); ++r) {
                const QStandardItem *item = test.item(g)->child(r);
                const QString name = item->data(ScopeTreeModel::ScopeNameRole).toString();
                const auto info = ScopeCatalogue::find(name);
                QVERIFY(info);
                QVERIFY(!test.item(g)->child(r, ScopeTreeModel::DescriptionColumn)->text().isEmpty());
                if (info->testOnly) {
                    sawAll = true;
                    QVERIFY(item->text().contains(QLatin1String("test environment only")));
                    QVERIFY(item->isEnabled());
                    QVERIFY(!production.item(g)->child(r)->isEnabled());
                }
                if (info->legacy) {
                    sawLegacy = true;
                    QVERIFY(item->text().contains(QLatin1String("legacy")));
                }
            }
        }
        QVERIFY(sawAll);
        QVERIFY(sawLegacy);
    }

    void revealedTokenLeavesOnlyThroughTheSecretClipboard()
    {
        auto f = open(m_sandbox);
        QVERIFY(f);
        CreateTokenDialog *d = f->dialog.get();
        fillValid(d);
        click(d, "createPushButton");
        QVERIFY(waitForResult(d));
        QVERIFY(waitForKeychainStatus(d, QStringLiteral("Stored in your keychain")));
        QApplication::clipboard()->clear();
        click(d, "revealToolButton");
        auto *tokenEdit = child<QLineEdit>(d, "tokenLineEdit");
        QCOMPARE(tokenEdit->echoMode(), QLineEdit::Normal);
        const QString token = tokenEdit->text();
        QVERIFY(!token.isEmpty());

        // Not selectable by mouse or keyboard: on X11 a selection is the PRIMARY clipboard, unmarked, never cleared.
        QTest::mouseDClick(tokenEdit, Qt::LeftButton);
        QVERIFY(!tokenEdit->hasSelectedText());
        QTest::mousePress(tokenEdit, Qt::LeftButton, {}, QPoint(2, tokenEdit->height() / 2));
        QTest::mouseMove(tokenEdit, QPoint(tokenEdit->width() - 2, tokenEdit->height() / 2));
        QTest::mouseRelease(tokenEdit, Qt::LeftButton, {}, QPoint(tokenEdit->width() - 2, tokenEdit->height() / 2));
        QVERIFY(!tokenEdit->hasSelectedText());
        QVERIFY(tokenEdit->hasFocus()); // a click still focuses it
        QTest::keyClick(tokenEdit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(tokenEdit, Qt::Key_Home);
        QTest::keyClick(tokenEdit, Qt::Key_End, Qt::ShiftModifier);
        QVERIFY(!tokenEdit->hasSelectedText());
        QCOMPARE(tokenEdit->contextMenuPolicy(), Qt::NoContextMenu);
        QVERIFY(QApplication::clipboard()->text().isEmpty());

        // Ctrl+C copies it through the secret clipboard: marked for clipboard managers, cleared after the delay.
        QTest::keyClick(tokenEdit, Qt::Key_C, Qt::ControlModifier);
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QVERIFY(mime->text() == token);
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
        QVERIFY(f->clipboard->isCountingDown());
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), kDeadline);
        click(d, "closePushButton");
    }

    void keychainFailureAfterCreationKeepsTheTokenVisibleWithRetry()
    {
        auto f = open(m_sandbox);
        QVERIFY(f);
        CreateTokenDialog *d = f->dialog.get();
        fillValid(d);
        f->store->failing = true;
        click(d, "createPushButton");
        QVERIFY(waitForResult(d));
        QVERIFY(waitForKeychainStatus(d, QStringLiteral("Retry")));
        QVERIFY(child<QPushButton>(d, "retryPushButton")->isVisible());
        QVERIFY(child<QPushButton>(d, "copyOncePushButton")->isVisible());
        QVERIFY(child<QPushButton>(d, "revokeNowPushButton")->isVisible());
        const QString shown = child<QLineEdit>(d, "tokenLineEdit")->text();
        QVERIFY(!shown.isEmpty());
        QCOMPARE(f->vault->tokens().first().state, StoredToken::State::StoreFailed);

        // Closing now would lose the token: the user is asked, and "Cancel" keeps the dialog open.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        const int boxes = MessageBox::count();
        click(d, "closePushButton");
        QCOMPARE(MessageBox::count(), boxes + 1);
        QVERIFY(d->isVisible());
        QVERIFY(child<QLineEdit>(d, "tokenLineEdit")->text() == shown);

        // The keychain recovers: Retry stores the same token.
        f->store->failing = false;
        click(d, "retryPushButton");
        QVERIFY(waitForKeychainStatus(d, QStringLiteral("Stored in your keychain")));
        QVERIFY(child<QPushButton>(d, "retryPushButton")->isHidden());
        const StoredToken entry = f->vault->tokens().first();
        QCOMPARE(entry.state, StoredToken::State::Stored);
        const auto lookup = test::secretToolLookup(entry.keychainKey(), kService);
        QCOMPARE(lookup.exitCode, 0);
        QVERIFY2(lookup.value == shown.toUtf8(), "keychain item differs from the token shown");
        click(d, "closePushButton");
        QCOMPARE(MessageBox::count(), boxes + 1);
    }

    void keychainFailureOffersRevokeNow()
    {
        auto f = open(m_sandbox);
        QVERIFY(f);
        CreateTokenDialog *d = f->dialog.get();
        fillValid(d);
        f->store->failing = true;
        click(d, "createPushButton");
        QVERIFY(waitForResult(d));
        QVERIFY(waitForKeychainStatus(d, QStringLiteral("Retry")));
        QCOMPARE(m_sandbox.liveTokenCount(), 1);
        click(d, "revokeNowPushButton");
        QVERIFY(waitForKeychainStatus(d, QStringLiteral("Revoked")));
        QCOMPARE(m_sandbox.liveTokenCount(), 0);
        QVERIFY(QTest::qWaitFor([&] { return f->vault->tokens().isEmpty(); }, kDeadline));
        const int boxes = MessageBox::count();
        click(d, "closePushButton");
        QCOMPARE(MessageBox::count(), boxes);
    }

    void serverRefusalTheClientDidNotPredictIsShownBesideItsField()
    {
        // A server with production rules behind an environment that does not say so: the validator lets a
        // token without IP rules through, the server refuses it naming `ipRestrict`.
        SandboxProcess strict;
        QVERIFY2(strict.start({QStringLiteral("--production-rules")}), qPrintable(strict.errorString()));
        auto f = open(strict);
        QVERIFY(f);
        CreateTokenDialog *d = f->dialog.get();
        fillValid(d);
        auto *ipError = child<QLabel>(d, "ipRestrictErrorLabel");
        QVERIFY(ipError->isHidden());
        click(d, "createPushButton");
        auto *formError = child<QLabel>(d, "formErrorLabel");
        QVERIFY2(QTest::qWaitFor([&] { return ipError->isVisible(); }, kDeadline), qPrintable(formError->text()));
        QVERIFY(!ipError->text().isEmpty());
        // The form keeps what was typed, nothing is left pending, and Create stays disabled until the field changes.
        QCOMPARE(child<QStackedWidget>(d, "pagesStackedWidget")->currentWidget()->objectName(),
                 QStringLiteral("formPageWidget"));
        QCOMPARE(child<QLineEdit>(d, "labelLineEdit")->text(), QStringLiteral("ci reader"));
        QVERIFY(f->vault->tokens().isEmpty());
        QVERIFY(!child<QPushButton>(d, "createPushButton")->isEnabled());
        type(d, "ipRestrictLineEdit", QStringLiteral("127.0.0.1"));
        QVERIFY(ipError->isHidden());
        QVERIFY(child<QPushButton>(d, "createPushButton")->isEnabled());
        click(d, "createPushButton");
        QVERIFY(waitForResult(d));
        QVERIFY(waitForKeychainStatus(d, QStringLiteral("Stored in your keychain")));
    }

    void closeAfterCommitRevokesTheSurplusAndSaysSo()
    {
        auto f = open(m_sandbox);
        QVERIFY(f);
        CreateTokenDialog *d = f->dialog.get();
        fillValid(d);
        QVERIFY(m_sandbox.setFault(QStringLiteral("close-after-commit"),
                                   {{QStringLiteral("count"), 1},
                                    {QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/user/accesstoken")}}));
        click(d, "createPushButton");
        // Qt sent the POST twice and the server made two tokens: the one nobody holds is revoked (one per extra
        // send, found in a complete list), the window says which, and there is nothing left to revoke by hand.
        auto *surplus = child<QLabel>(d, "surplusLabel");
        QVERIFY(QTest::qWaitFor([&] { return surplus->isVisible(); }, kDeadline));
        QVERIFY2(surplus->text().contains(QLatin1String("were revoked")), qPrintable(surplus->text()));
        QVERIFY(child<QPushButton>(d, "revokeSurplusPushButton")->isHidden());
        QVERIFY(waitForKeychainStatus(d, QStringLiteral("Stored in your keychain")));
        QCOMPARE(m_sandbox.liveTokenCount(), 1);
        const StoredToken stored = f->vault->tokens().first();
        QVERIFY2(surplus->text().contains(stored.tokenId) == false, "the stored token was named as surplus");
    }

    // The desktop app and a CLI on one machine (one index, one keyring) make a token of the same label and shape at
    // the same moment: the server commits the CLI's at once and holds its reply 10 s, and the app creates its own
    // meanwhile. Neither touches the other's: an app list while the CLI waits leaves the CLI's record alone, and
    // both end stored here, live, nothing revoked.
    void appAndCliOnOneMachineCreatingTheSameTokenAtOnceBothKeepTheirs()
    {
        QTemporaryDir dir;
        SandboxProcess sandbox;
        const std::optional<test::CliSandboxFiles> files = test::startSandboxForCli(sandbox, dir.path());
        QVERIFY2(files, qPrintable(sandbox.errorString()));
        test::CliRunner cli(files->runtimeDir);
        const test::CliResult login =
            cli.run(test::base({QStringLiteral("login"), QStringLiteral("--password-stdin")}), test::demoLoginInput());
        QVERIFY2(login.exitCode == 0, test::diagnose(login).constData());
        auto f = open(sandbox, cli.dataDir());
        QVERIFY(f);
        const QString label = QStringLiteral("deploy from two places");
        QVERIFY(sandbox.setFault(QStringLiteral("latency"),
                                 {{QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/user/accesstoken")},
                                  {QStringLiteral("latencyMs"), 10000},
                                  {QStringLiteral("count"), 1}}));
        QStringList create {QStringLiteral("--json"),
                            QStringLiteral("tokens"),
                            QStringLiteral("create"),
                            QStringLiteral("--label"),
                            label,
                            QStringLiteral("--otp"),
                            QLatin1String(SandboxProcess::demoOtp)};
        for (const QString &scope : ScopeCatalogue::preset(ScopePreset::ReadOnly))
            create << QStringLiteral("--scope") << scope;
        const std::unique_ptr<QProcess> cliCreate = cli.start(test::base(create));

        // The CLI's token is committed and its reply held: an app list now sees it live, its record pending.
        QVERIFY(QTest::qWaitFor([&] { return sandbox.liveTokenCount() == 1; }, kDeadline));
        std::optional<Result<TokenList>> listed;
        f->client->listTokens(f->client.get(), [&](const Result<TokenList> &r) { listed = r; });
        QVERIFY(QTest::qWaitFor([&] { return listed.has_value(); }, kDeadline));
        QVERIFY(listed->ok() && listed->value().complete);
        std::optional<Result<int>> flagged;
        f->vault->reconcileWithKeychain(QStringLiteral("sandbox"), f->client->session().user.id, listed->value(),
                                        f->client.get(), [&](const Result<int> &r) { flagged = r; });
        QVERIFY(QTest::qWaitFor([&] { return flagged.has_value(); }, kDeadline));
        QVERIFY(flagged->ok());
        QCOMPARE(flagged->value(), 0);

        // The app creates the same token while the CLI still waits for its reply.
        type(f->dialog.get(), "labelLineEdit", label);
        type(f->dialog.get(), "otpLineEdit", QLatin1String(SandboxProcess::demoOtp));
        click(f->dialog.get(), "readOnlyPresetPushButton");
        QVERIFY(child<QPushButton>(f->dialog.get(), "createPushButton")->isEnabled());
        click(f->dialog.get(), "createPushButton");
        QVERIFY(waitForResult(f->dialog.get()));
        QVERIFY(waitForKeychainStatus(f->dialog.get(), QStringLiteral("Stored in your keychain")));
        QCOMPARE(cliCreate->state(), QProcess::Running); // the two creations overlapped
        const test::CliResult created = cli.finish(*cliCreate);
        QVERIFY2(created.exitCode == 0, test::diagnose(created).constData());
        QVERIFY(test::jsonOf(created).value(QStringLiteral("stored")).toBool());
        QVERIFY(sandbox.clearFaults());

        QCOMPARE(sandbox.liveTokenCount(), 2);
        const test::CliResult list =
            cli.run(test::base({QStringLiteral("--json"), QStringLiteral("tokens"), QStringLiteral("list")}));
        QVERIFY2(list.exitCode == 0, test::diagnose(list).constData());
        QStringList storedHere;
        const QJsonArray tokens = test::jsonOf(list).value(QStringLiteral("accessTokens")).toArray();
        for (const QJsonValue &token : tokens) {
            if (token[QStringLiteral("label")].toString() == label)
                storedHere.append(token[QStringLiteral("storedHere")].toString());
        }
        QCOMPARE(storedHere, (QStringList {QStringLiteral("stored"), QStringLiteral("stored")}));
        // Each secret is the one its token was made with: it signs a request in.
        const QList<StoredToken> held = f->vault->tokens();
        QCOMPARE(held.size(), qsizetype(2));
        for (const StoredToken &stored : held) {
            std::optional<Result<SecretBytes>> secret;
            f->vault->readSecret(stored, f->client.get(), [&](Result<SecretBytes> r) { secret = std::move(r); });
            QVERIFY(QTest::qWaitFor([&] { return secret.has_value(); }, kDeadline));
            QVERIFY(secret->ok());
            QProcessEnvironment withToken;
            withToken.insert(QStringLiteral("BITGO_ACCESS_TOKEN"), QString::fromLatin1(secret->value().bytes()));
            test::CliRunner other(files->runtimeDir);
            const test::CliResult me = other.run({QStringLiteral("--env"), QStringLiteral("sandbox"),
                                                  QStringLiteral("--json"), QStringLiteral("session")},
                                                 {}, 60000, withToken);
            QVERIFY2(me.exitCode == 0, test::diagnose(me).constData());
        }
        // Leave the shared keychain as it was found.
        for (const StoredToken &stored : held) {
            bool forgotten = false;
            f->vault->forget(stored, f->client.get(), [&](const Result<Done> &) { forgotten = true; });
            QVERIFY(QTest::qWaitFor([&] { return forgotten; }, kDeadline));
        }
    }

    // Escape on a half-filled form asks before throwing the entries away; on an untouched form it just closes.
    // Create disabled always says why, below the form where it is in view: missing fields and fields to correct,
    // and activating the line goes to the first of them (scrolled into view, focused).
    void summaryNamesEveryBlockingFieldAndGoesToTheFirst()
    {
        auto f = open(m_sandbox);
        QVERIFY(f);
        CreateTokenDialog *d = f->dialog.get();
        d->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(d));
        auto *summary = child<QLabel>(d, "missingLabel");
        QVERIFY(summary->isVisible());
        QVERIFY2(summary->text().contains(QStringLiteral("Still needed: a label")), qPrintable(summary->text()));

        fillValid(d);
        type(d, "ipRestrictLineEdit", QStringLiteral("10.0.0.300"));
        QVERIFY(!child<QPushButton>(d, "createPushButton")->isEnabled());
        QVERIFY(summary->isVisible());
        QVERIFY2(summary->text().contains(QStringLiteral("To correct: the IP allow-list")),
                 qPrintable(summary->text()));
        QVERIFY2(!summary->text().contains(QStringLiteral("Still needed")), qPrintable(summary->text()));
        child<QLineEdit>(d, "labelLineEdit")->setFocus();
        Q_EMIT summary->linkActivated(QStringLiteral("#first"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(d, "ipRestrictLineEdit")->hasFocus(), kDeadline);

        type(d, "ipRestrictLineEdit", QString());
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(d, "createPushButton")->isEnabled(), kDeadline);
        QVERIFY(!summary->isVisible());
    }

    void groupBoxShowsItsScopesAndTicksThem()
    {
        auto f = open(m_sandbox);
        QVERIFY(f);
        auto *tree = child<QTreeView>(f->dialog.get(), "scopeTreeView");
        QAbstractItemModel *view = tree->model();
        const QModelIndex group = view->index(0, ScopeTreeModel::NameColumn);
        QVERIFY(view->rowCount(group) > 1);
        const QModelIndex first = view->index(0, ScopeTreeModel::NameColumn, group);
        const auto state = [](const QModelIndex &i) { return i.data(Qt::CheckStateRole).value<Qt::CheckState>(); };

        // What the view's delegate does when the user ticks a box.
        QVERIFY(view->setData(first, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(state(group), Qt::PartiallyChecked);
        QVERIFY(view->setData(group, Qt::Checked, Qt::CheckStateRole));
        for (int r = 0; r < view->rowCount(group); ++r)
            QCOMPARE(state(view->index(r, 0, group)), Qt::Checked);
        QCOMPARE(f->dialog->request().scope.size(), view->rowCount(group));
        QVERIFY(view->setData(first, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(state(group), Qt::PartiallyChecked);
        QVERIFY(view->setData(group, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(state(first), Qt::Unchecked);
        QVERIFY(f->dialog->request().scope.isEmpty());
    }

    void presetLifetimeShowsTheDateItEndsOn()
    {
        auto f = open(m_sandbox);
        QVERIFY(f);
        auto *lifetime = child<QComboBox>(f->dialog.get(), "lifetimeComboBox");
        auto *date = child<QDateTimeEdit>(f->dialog.get(), "expiryDateTimeEdit");
        QVERIFY(!date->isEnabled());
        const auto daysAhead = [&] { return QDateTime::currentDateTime().daysTo(date->dateTime()); };
        QCOMPARE(daysAhead(), qint64(Settings::DefaultTokenLifetimeDays));
        lifetime->setCurrentIndex(lifetime->findText(QStringLiteral("7 days")));
        QVERIFY(!date->isEnabled());
        QCOMPARE(daysAhead(), qint64(7));
        lifetime->setCurrentIndex(lifetime->count() - 1); // "Until a date…" starts from the last preset's end
        QVERIFY(date->isEnabled());
        QCOMPARE(daysAhead(), qint64(7));
    }

    void showingTheRequestDoesNotWidenTheEditor()
    {
        auto f = open(m_sandbox);
        QVERIFY(f);
        CreateTokenDialog *d = f->dialog.get();
        QVERIFY(QTest::qWaitForWindowExposed(d));
        fillValid(d);
        addLimit(d, QStringLiteral("teth"), QStringLiteral("1.000000000000000001"));
        const QSize before = d->size();
        auto *form = child<QScrollArea>(d, "formScrollArea");
        click(d, "showRequestPushButton");
        QVERIFY(child<QPlainTextEdit>(d, "requestPlainTextEdit")->isVisible());
        QTest::qWait(50); // let the layout settle
        QCOMPARE(d->width(), before.width());
        QVERIFY(!form->horizontalScrollBar()->isVisible());
        QCOMPARE(form->widget()->width(), form->viewport()->width());
    }

    void limitAboveAllOfTheCoinIsWarnedWithItsFigures()
    {
        auto f = open(m_sandbox);
        QVERIFY(f);
        CreateTokenDialog *d = f->dialog.get();
        fillValid(d);
        addLimit(d, QStringLiteral("tbtc"), QStringLiteral("99999999999999999999999"));
        auto *warning = child<QLabel>(d, "noLimitWarningLabel");
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("99999999999999999999999 tbtc")), qPrintable(warning->text()));
        QVERIFY2(warning->text().contains(QStringLiteral("(21000000 tbtc)")), qPrintable(warning->text()));
        auto *note = qobject_cast<QLabel *>(child<QTableWidget>(d, "spendingLimitsTableWidget")->cellWidget(0, 3));
        QCOMPARE(note->toolTip(), QStringLiteral("Sent as 9999999999999999999999900000000 base units"));
        QVERIFY(child<QPushButton>(d, "createPushButton")->isEnabled()); // a warning, not a refusal

        auto *amount = qobject_cast<QLineEdit *>(child<QTableWidget>(d, "spendingLimitsTableWidget")->cellWidget(0, 1));
        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("21000000"));
        QVERIFY(!warning->isVisible());
        QCOMPARE(note->text(), QStringLiteral("2100000000000000 base units"));
    }

    void escapeAsksBeforeDiscardingAHalfFilledForm()
    {
        auto untouched = open(m_sandbox);
        QVERIFY(untouched);
        const int asked = MessageBox::count();
        QTest::keyClick(untouched->dialog.get(), Qt::Key_Escape);
        QVERIFY(!untouched->dialog->isVisible());
        QCOMPARE(MessageBox::count(), asked);

        auto f = open(m_sandbox);
        QVERIFY(f);
        type(f->dialog.get(), "labelLineEdit", QStringLiteral("half filled"));
        click(f->dialog.get(), "readOnlyPresetPushButton");
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::keyClick(f->dialog.get(), Qt::Key_Escape);
        QCOMPARE(MessageBox::count(), asked + 1);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("not saved anywhere")));
        QVERIFY(f->dialog->isVisible());
        QCOMPARE(child<QLineEdit>(f->dialog.get(), "labelLineEdit")->text(), QStringLiteral("half filled"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(f->dialog.get(), Qt::Key_Escape);
        QVERIFY(!f->dialog->isVisible());
    }

    void canaryFailureSendsNothing()
    {
        auto f = open(m_sandbox);
        QVERIFY(f);
        f->dialog->hide();
        // The canary fails: a store that refuses every write.
        class Refusing : public SecretStore
        {
        public:
            void write(const QString &, const SecretBytes &, std::chrono::milliseconds, QObject *context,
                       Callback<Done> done) override
            {
                Error e;
                e.kind = ErrorKind::KeychainUnavailable;
                e.message = QStringLiteral("The keychain is locked (test).");
                QTimer::singleShot(0, context, [done, e] { done(e); });
            }
            void read(const QString &, std::chrono::milliseconds, QObject *context, Callback<SecretBytes> done) override
            {
                Error e;
                e.kind = ErrorKind::NotFound;
                QTimer::singleShot(0, context, [done, e] { done(e); });
            }
            void remove(const QString &, std::chrono::milliseconds, QObject *context, Callback<Done> done) override
            {
                QTimer::singleShot(0, context, [done] { done(Done {}); });
            }
        } refusing;
        Vault vault(&refusing, f->index.get(), std::chrono::milliseconds(5000));
        CreateTokenDialog::Dependencies deps;
        deps.client = f->client.get();
        deps.vault = &vault;
        deps.clipboard = f->clipboard.get();
        deps.settings = f->settings.get();
        deps.environment = f->client->environment();
        deps.userId = f->client->session().user.id;
        CreateTokenDialog locked(std::move(deps));
        locked.show();
        fillValid(&locked);
        click(&locked, "createPushButton");
        auto *formError = child<QLabel>(&locked, "formErrorLabel");
        QVERIFY(QTest::qWaitFor([&] { return formError->isVisible(); }, kDeadline));
        QVERIFY(formError->text().contains(QLatin1String("Nothing was sent")));
        QVERIFY(!m_sandbox.admin("GET", QStringLiteral("/_sandbox/last-create"))
                     .object()
                     .value(QStringLiteral("received"))
                     .toBool());
        QCOMPARE(m_sandbox.liveTokenCount(), 0);
    }

    void customExpiryDateIsSentAsTheSecondsUntilThatDate()
    {
        auto f = open(m_sandbox);
        QVERIFY(f);
        CreateTokenDialog *d = f->dialog.get();
        fillValid(d);
        auto *lifetime = child<QComboBox>(d, "lifetimeComboBox");
        auto *expiry = child<QDateTimeEdit>(d, "expiryDateTimeEdit");
        QVERIFY(!expiry->isEnabled());
        lifetime->setCurrentIndex(lifetime->count() - 1); // "Until a date…"
        QVERIFY(expiry->isEnabled());
        const QDateTime until = QDateTime::currentDateTime().addDays(3).addSecs(5 * 3600);
        expiry->setDateTime(until);
        QVERIFY(!child<QLabel>(d, "expiryLabel")->text().isEmpty()); // the resulting expiry is shown

        const QJsonObject body = createAndReadBody(d);
        QVERIFY(!body.isEmpty());
        // Seconds from the moment Create was pressed to the chosen date (QDateTimeEdit keeps whole seconds).
        const qint64 expected = QDateTime::currentDateTime().secsTo(until);
        const qint64 sent = body.value(QStringLiteral("duration")).toInteger();
        QVERIFY2(sent <= expected + 2 && sent >= expected - 120,
                 qPrintable(QStringLiteral("sent %1, expected about %2").arg(sent).arg(expected)));
        QVERIFY(sent > 3 * 86400);
    }

    void adminFlagIsSentWithItsAdminScope_data()
    {
        QTest::addColumn<bool>("admin");
        QTest::addColumn<QString>("adminScope");
        QTest::newRow("not admin") << false << QString();
        QTest::newRow("admin, read") << true << QStringLiteral("read");
        QTest::newRow("admin, full") << true << QStringLiteral("full");
    }

    void adminFlagIsSentWithItsAdminScope()
    {
        QFETCH(bool, admin);
        QFETCH(QString, adminScope);
        auto f = open(m_sandbox);
        QVERIFY(f);
        CreateTokenDialog *d = f->dialog.get();
        fillValid(d);
        auto *scopeBox = child<QComboBox>(d, "adminScopeComboBox");
        QVERIFY(!scopeBox->isEnabled()); // no admin scope without the admin flag
        if (admin) {
            click(d, "adminCheckBox");
            QVERIFY(scopeBox->isEnabled());
            scopeBox->setCurrentIndex(scopeBox->findData(adminScope));
            QVERIFY(scopeBox->currentIndex() >= 0);
        }
        const QJsonObject body = createAndReadBody(d);
        QVERIFY(!body.isEmpty());
        QCOMPARE(body.value(QStringLiteral("admin")).toBool(), admin);
        QCOMPARE(body.contains(QStringLiteral("admin")), admin);
        QCOMPARE(body.value(QStringLiteral("adminScope")).toString(), adminScope);
        QCOMPARE(body.contains(QStringLiteral("adminScope")), admin);
    }

    void erc20LimitIsSentInBaseUnits_data()
    {
        QTest::addColumn<QString>("amount"); // empty: no cap
        QTest::addColumn<QJsonObject>("expected");
        // 5000 tokens of 18 decimals: 5·10^21 base units, beyond 2^64.
        QTest::newRow("amount beyond 2^64")
            << QStringLiteral("5000000000000000000000")
            << QJsonObject {{QStringLiteral("enabled"), true},
                            {QStringLiteral("txValueLimit"), QStringLiteral("5000000000000000000000")}};
        QTest::newRow("no cap") << QString()
                                << QJsonObject {{QStringLiteral("enabled"), true}, {QStringLiteral("maxLimit"), true}};
    }

    void erc20LimitIsSentInBaseUnits()
    {
        QFETCH(QString, amount);
        QFETCH(QJsonObject, expected);
        auto f = open(m_sandbox);
        QVERIFY(f);
        CreateTokenDialog *d = f->dialog.get();
        fillValid(d);
        auto *erc20 = child<QLineEdit>(d, "erc20LineEdit");
        QVERIFY(!erc20->isEnabled());
        click(d, "erc20CheckBox");
        QVERIFY(erc20->isEnabled());
        // Enabled with neither an amount nor "no cap" limits nothing: refused beside the field.
        QVERIFY(!child<QPushButton>(d, "createPushButton")->isEnabled());
        type(d, "erc20LineEdit", QStringLiteral("1.5"));
        QVERIFY(child<QLabel>(d, "erc20ErrorLabel")->isVisible());
        QVERIFY(!child<QPushButton>(d, "createPushButton")->isEnabled());
        if (amount.isEmpty()) {
            type(d, "erc20LineEdit", QString());
            click(d, "erc20NoCapCheckBox");
            QVERIFY(!erc20->isEnabled());
        } else {
            type(d, "erc20LineEdit", amount);
        }
        QVERIFY(!child<QLabel>(d, "erc20ErrorLabel")->isVisible());
        const QJsonObject body = createAndReadBody(d);
        QVERIFY(!body.isEmpty());
        QCOMPARE(body.value(QStringLiteral("allErc20TokensLimit")).toObject(), expected);
    }

    void editorIsUsableBeforeTheCoinCatalogueArrives()
    {
        auto f = open(m_sandbox);
        QVERIFY(f);
        // A second editor whose catalogue the test hands over when it chooses.
        QPromise<const CoinCatalogue *> coins;
        coins.start();
        CreateTokenDialog::Dependencies deps;
        deps.client = f->client.get();
        deps.vault = f->vault.get();
        deps.clipboard = f->clipboard.get();
        deps.settings = f->settings.get();
        deps.environment = f->client->environment();
        deps.userId = f->client->session().user.id;
        deps.coins = coins.future();
        CreateTokenDialog d(std::move(deps));
        d.show();

        fillValid(&d);
        QVERIFY(child<QPushButton>(&d, "createPushButton")->isEnabled());
        click(&d, "addLimitPushButton");
        auto *table = child<QTableWidget>(&d, "spendingLimitsTableWidget");
        auto *coin = qobject_cast<QLineEdit *>(table->cellWidget(0, 0));
        QVERIFY(coin);
        QVERIFY(coin->isEnabled());
        QVERIFY(coin->placeholderText().contains(QStringLiteral("loading")));
        QVERIFY(!coin->completer());
        QTest::keyClicks(coin, QStringLiteral("tbtc"));
        QTest::keyClicks(qobject_cast<QLineEdit *>(table->cellWidget(0, 1)), QStringLiteral("0.5"));
        QVERIFY(qobject_cast<QLabel *>(table->cellWidget(0, 3))->text().contains(QStringLiteral("loading")));
        // Nothing can be checked or converted yet, so nothing can be sent.
        QVERIFY(!child<QPushButton>(&d, "createPushButton")->isEnabled());
        type(&d, "labelLineEdit", QStringLiteral("typed while loading")); // still editable

        coins.addResult(&CoinCatalogue::embedded());
        coins.finish();
        QVERIFY(QTest::qWaitFor([&] { return coin->completer() != nullptr; }, kDeadline));
        QCOMPARE(qobject_cast<QLabel *>(table->cellWidget(0, 3))->text(), QStringLiteral("50000000 base units"));
        QVERIFY2(d.issues().isEmpty(), qPrintable(d.issues().isEmpty() ? QString() : d.issues().constFirst().message));
        QVERIFY(child<QPushButton>(&d, "createPushButton")->isEnabled());
        QCOMPARE(d.request().label, QStringLiteral("typed while loading"));
    }
};

QTEST_MAIN(TestCreateTokenDialog)
#include "TestCreateTokenDialog.moc"
