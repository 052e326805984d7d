// Each embedded translation loads, and the language switches at run time: open windows retranslate themselves
// (LanguageChange) and new ones come up in the new language, including Qt's own standard buttons; dates and coin
// amounts follow the new locale. That amounts parse exactly in each locale is TestAmount's
// (localizedInputAcceptsTheLocalesDecimalSeparator, localizedFormattingParsesBackExactly); here the editor keeps an
// amount exact across a switch.
#include "AboutDialog.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "PreferencesDialog.h"
#include "SignInDialog.h"
#include "Translations.h"
#include "UnlockDialog.h"
#include "editor/CreateTokenDialog.h"

#include "model/CoinCatalogue.h"
#include "settings/Settings.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenIndex.h"
#include "vault/Vault.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFuture>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace bgtm;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void germanAndFrenchAreEmbedded();
    void dialogsAppearInTheChosenLanguage_data();
    void dialogsAppearInTheChosenLanguage();
    void openDialogSwitchesLanguageAtRunTime();
    void pluralFormsFollowTheCount_data();
    void pluralFormsFollowTheCount();
    void preferenceOverridesTheSystemLanguage();
    void openWindowsSwitchLanguageAtRunTime_data();
    void openWindowsSwitchLanguageAtRunTime();
    void preferencesApplyTheLanguageAtOnce();
    void environmentNamesFollowALanguageSwitch();
};

namespace {

/// The texts checked in each language: the window's menu and table, the sign-in dialog, the editor, preferences.
struct Texts {
    QString fileMenu;
    QString rotateAction; ///< made in code, not by the form
    QString labelHeader;  ///< from the table model
    QString signInButton;
    QString signInCancel; ///< set in code
    QString preferencesTitle;
    QString systemLanguage; ///< a combo box entry made in code
    QString lifetimeNote;   ///< an editor explanation worded in code
    QString scopeHeader;    ///< the editor's scope tree
    QString noCap;          ///< a spending-limit row made in code
};

const Texts kEnglish {
    QStringLiteral("&File"),           QStringLiteral("R&otate…"),
    QStringLiteral("Label"),           QStringLiteral("&Sign in"),
    QStringLiteral("Cancel"),          QStringLiteral("Preferences"),
    QStringLiteral("System language"), QStringLiteral("BitGo recommends short lifetimes and regular rotation."),
    QStringLiteral("Scope"),           QStringLiteral("No cap")};

/// A main window over a private index holding one token (a tbtc limit of 10.5), offline: no network, no keychain.
struct Window {
    QTemporaryDir dir;
    Settings settings {dir.filePath(QStringLiteral("settings.ini"))};
    QNetworkAccessManager network;
    KeychainSecretStore store {QStringLiteral("bgtm-test-translations")};
    TokenIndex index {dir.filePath(QStringLiteral("tokens.json"))};
    Vault vault {&store, &index, std::chrono::milliseconds(8000)};
    std::unique_ptr<MainWindow> window;
    QDateTime created = QDateTime(QDate(2026, 3, 14), QTime(15, 9), Qt::UTC);

    explicit Window(std::function<void(const QString &)> applyLanguage = {})
    {
        (void)index.load();
        StoredToken token;
        token.environmentId = QStringLiteral("test");
        token.userId = QStringLiteral("user");
        token.tokenId = QStringLiteral("0123456789abcdef0123456789abcdef");
        token.label = QStringLiteral("ci");
        token.scope = {QStringLiteral("wallet_spend")};
        token.spendingLimits = {SpendingLimit {QStringLiteral("tbtc"), QStringLiteral("1050000000"), false}};
        token.created = created;
        token.expires = created.addYears(5);
        token.storedAt = created;
        token.state = StoredToken::State::Stored;
        (void)index.update([&token](QList<StoredToken> &tokens) {
            tokens.append(token);
            return true;
        });
        MainWindow::Services services;
        services.settings = &settings;
        services.vault = &vault;
        services.network = &network;
        services.clipboard = QApplication::clipboard();
        services.environments = {{QStringLiteral("test"), QStringLiteral("BitGo Test"), false}};
        services.resolveEnvironment = [](const QString &, QObject *, std::function<void(Result<Environment>)> done) {
            Error error;
            error.kind = ErrorKind::Cancelled;
            done(error);
        };
        services.applyLanguage = std::move(applyLanguage);
        window = std::make_unique<MainWindow>(std::move(services));
    }

    [[nodiscard]] QString cell(int column) const
    {
        const QAbstractItemModel *model = window->findChild<QTableView *>(QStringLiteral("tokenTableView"))->model();
        return model->index(0, column).data().toString();
    }
    [[nodiscard]] QString header(int column) const
    {
        const QAbstractItemModel *model = window->findChild<QTableView *>(QStringLiteral("tokenTableView"))->model();
        return model->headerData(column, Qt::Horizontal).toString();
    }
};

} // namespace

Q_DECLARE_METATYPE(Texts)

void TestTranslations::germanAndFrenchAreEmbedded()
{
    const QStringList languages = Translations::available();
    QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(QLatin1Char(' '))));
    QVERIFY2(languages.contains(QStringLiteral("fr")), qPrintable(languages.join(QLatin1Char(' '))));
}

void TestTranslations::dialogsAppearInTheChosenLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("aboutTitle");
    QTest::addColumn<QString>("unlockTitle");
    QTest::addColumn<QString>("closeButton");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Über BitGo Token Manager")
                        << QStringLiteral("Sitzung entsperren") << QStringLiteral("Schließen");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("À propos de BitGo Token Manager")
                        << QStringLiteral("Déverrouiller la session") << QStringLiteral("Fermer");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("About BitGo Token Manager")
                        << QStringLiteral("Unlock session") << QStringLiteral("Close");
}

void TestTranslations::dialogsAppearInTheChosenLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, aboutTitle);
    QFETCH(QString, unlockTitle);
    QFETCH(QString, closeButton);
    Translations translations;
    // English is the source language: nothing to load, and that is reported.
    QCOMPARE(translations.install(QLocale(language)), language != QLatin1String("en"));
    QCOMPARE(QLocale().name().left(2), language);
    AboutDialog about;
    QCOMPARE(about.windowTitle(), aboutTitle);
    // Qt's own strings come from qtbase_<lang>.qm (package qt6-translations-l10n, installed by install-deps.sh).
    const auto *buttons = about.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QCOMPARE(buttons->button(QDialogButtonBox::Close)->text(), closeButton);
    UnlockDialog unlock;
    QCOMPARE(unlock.windowTitle(), unlockTitle);
}

void TestTranslations::openDialogSwitchesLanguageAtRunTime()
{
    Translations translations;
    AboutDialog about;
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    const auto *label = about.findChild<QLabel *>(QStringLiteral("keychainBackendLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Keychain backend:"));
    QVERIFY(translations.install(QLocale(QStringLiteral("de"))));
    QTRY_COMPARE(about.windowTitle(), QStringLiteral("Über BitGo Token Manager"));
    QVERIFY(label->text() != QLatin1String("Keychain backend:"));
    QVERIFY(translations.install(QLocale(QStringLiteral("fr"))));
    QTRY_COMPARE(about.windowTitle(), QStringLiteral("À propos de BitGo Token Manager"));
    translations.install(QLocale(QStringLiteral("en")));
    QTRY_COMPARE(about.windowTitle(), QStringLiteral("About BitGo Token Manager"));
    QCOMPARE(label->text(), QStringLiteral("Keychain backend:"));
}

void TestTranslations::pluralFormsFollowTheCount_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    // English is the source language, but "%n token(s)" still needs its plural forms; a language without a
    // translation (here the C locale) falls back to them.
    QTest::newRow("en, one") << QStringLiteral("en") << 1 << QStringLiteral("Revoked 1 token.");
    QTest::newRow("en, many") << QStringLiteral("en") << 3 << QStringLiteral("Revoked 3 tokens.");
    QTest::newRow("C, one") << QStringLiteral("C") << 1 << QStringLiteral("Revoked 1 token.");
    QTest::newRow("no translation, many") << QStringLiteral("sw") << 2 << QStringLiteral("Revoked 2 tokens.");
    QTest::newRow("fr, one") << QStringLiteral("fr") << 1 << QStringLiteral("1 jeton révoqué.");
    QTest::newRow("fr, many") << QStringLiteral("fr") << 4 << QStringLiteral("4 jetons révoqués.");
}

void TestTranslations::pluralFormsFollowTheCount()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, expected);
    Translations translations;
    translations.install(QLocale(language));
    QCOMPARE(QCoreApplication::translate("bgtm::MainWindow", "Revoked %n token(s).", nullptr, count), expected);
}

void TestTranslations::preferenceOverridesTheSystemLanguage()
{
    QCOMPARE(Translations::chooseLocale(QStringLiteral("fr")).name(), QStringLiteral("fr_FR"));
    QCOMPARE(Translations::chooseLocale(QString()), QLocale::system());
}

void TestTranslations::openWindowsSwitchLanguageAtRunTime_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Texts>("texts");
    QTest::newRow("de") << QStringLiteral("de")
                        << Texts {QStringLiteral("&Datei"),
                                  QStringLiteral("&Erneuern…"),
                                  QStringLiteral("Bezeichnung"),
                                  QStringLiteral("&Anmelden"),
                                  QStringLiteral("Abbrechen"),
                                  QStringLiteral("Einstellungen"),
                                  QStringLiteral("Systemsprache"),
                                  QStringLiteral("BitGo empfiehlt kurze Laufzeiten und regelmäßige Erneuerung."),
                                  QStringLiteral("Berechtigung"),
                                  QStringLiteral("Keine Obergrenze")};
    QTest::newRow("fr") << QStringLiteral("fr")
                        << Texts {QStringLiteral("&Fichier"),
                                  QStringLiteral("Re&nouveler…"),
                                  QStringLiteral("Libellé"),
                                  QStringLiteral("&Se connecter"),
                                  QStringLiteral("Annuler"),
                                  QStringLiteral("Préférences"),
                                  QStringLiteral("Langue du système"),
                                  QStringLiteral("BitGo recommande des durées de vie courtes et un renouvellement "
                                                 "régulier."),
                                  QStringLiteral("Portée"),
                                  QStringLiteral("Sans plafond")};
    // English to English: every window re-sets its texts, and they must come out the same.
    QTest::newRow("en") << QStringLiteral("en") << kEnglish;
}

void TestTranslations::openWindowsSwitchLanguageAtRunTime()
{
    QFETCH(QString, language);
    QFETCH(Texts, texts);
    Translations translations;
    translations.install(QLocale(QStringLiteral("en")));
    Window w;
    w.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
    w.window->showSignIn(QStringLiteral("test"));
    auto *signIn = w.window->findChild<SignInDialog *>();
    QVERIFY(signIn);
    w.window->showPreferences();
    auto *preferences = w.window->findChild<PreferencesDialog *>();
    QVERIFY(preferences);
    CreateTokenDialog::Dependencies deps;
    deps.environment = Environment::test();
    deps.coins = QtFuture::makeReadyFuture(&CoinCatalogue::embedded());
    CreateTokenDialog editor(deps);
    editor.show();
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addLimitPushButton")), Qt::LeftButton);
    auto *coin = editor.findChild<QLineEdit *>(QStringLiteral("coinLineEdit"));
    auto *amount = editor.findChild<QLineEdit *>(QStringLiteral("amountLineEdit"));
    QVERIFY(coin && amount);
    coin->setText(QStringLiteral("tbtc"));
    amount->setText(QStringLiteral("10.5"));

    const auto *fileMenu = w.window->findChild<QMenu *>(QStringLiteral("menuFile"));
    const auto *rotate = w.window->findChild<QAction *>(QStringLiteral("actionRotateToken"));
    const auto *signInButton = signIn->findChild<QPushButton *>(QStringLiteral("signInPushButton"));
    const auto *cancelButton = signIn->findChild<QPushButton *>(QStringLiteral("cancelPushButton"));
    const auto *languages = preferences->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    const auto *lifetimeNote = editor.findChild<QLabel *>(QStringLiteral("lifetimeNoteLabel"));
    const auto *scopes = editor.findChild<QTreeView *>(QStringLiteral("scopeTreeView"));
    const auto *noCap = editor.findChild<QCheckBox *>(QStringLiteral("noCapCheckBox"));
    QVERIFY(fileMenu && rotate && signInButton && cancelButton && languages && lifetimeNote && scopes && noCap);
    const auto check = [&](const Texts &t, const QString &lang) {
        QTRY_COMPARE(fileMenu->title(), t.fileMenu);
        QCOMPARE(rotate->text(), t.rotateAction);
        QCOMPARE(w.header(TokenTableModel::LabelColumn), t.labelHeader);
        QCOMPARE(signInButton->text(), t.signInButton);
        QCOMPARE(cancelButton->text(), t.signInCancel);
        QCOMPARE(preferences->windowTitle(), t.preferencesTitle);
        QCOMPARE(languages->itemText(0), t.systemLanguage);
        QCOMPARE(lifetimeNote->text(), t.lifetimeNote);
        QCOMPARE(scopes->model()->headerData(0, Qt::Horizontal).toString(), t.scopeHeader);
        QCOMPARE(noCap->text(), t.noCap);
        // Dates and coin amounts in the table follow the locale; the amount needs the coin list, parsed off the UI
        // thread, so it may take a moment.
        const QLocale locale(lang);
        QCOMPARE(w.cell(TokenTableModel::CreatedColumn),
                 locale.toString(w.created.toLocalTime(), QLocale::ShortFormat));
        const QString tenAndAHalf = QStringLiteral("10") + locale.decimalPoint() + QStringLiteral("5");
        QTRY_COMPARE(w.cell(TokenTableModel::LimitsColumn), QString(tenAndAHalf + QStringLiteral(" tbtc")));
        // The amount being typed is rewritten for the new locale and stays exactly the same number.
        QCOMPARE(amount->text(), tenAndAHalf);
        const CreateTokenRequest request = editor.request();
        QCOMPARE(request.spendingLimits.size(), 1);
        QCOMPARE(request.spendingLimits.first().txValueLimit, QStringLiteral("1050000000"));
    };
    check(kEnglish, QStringLiteral("en"));
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(translations.install(QLocale(language)), language != QLatin1String("en"));
    check(texts, language);
    if (QTest::currentTestFailed())
        return;
    if (language == QLatin1String("de")) // the locales really differ, so the comparisons above can fail
        QVERIFY(w.cell(TokenTableModel::CreatedColumn)
                != QLocale(QStringLiteral("en")).toString(w.created.toLocalTime(), QLocale::ShortFormat));

    translations.install(QLocale(QStringLiteral("en")));
    check(kEnglish, QStringLiteral("en"));
}

void TestTranslations::preferencesApplyTheLanguageAtOnce()
{
    Translations translations;
    translations.install(QLocale(QStringLiteral("en")));
    // As app/main.cpp wires it: the preference goes straight to the installed translations.
    Window w([&translations](const QString &language) { translations.install(Translations::chooseLocale(language)); });
    w.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
    const auto *fileMenu = w.window->findChild<QMenu *>(QStringLiteral("menuFile"));
    QVERIFY(fileMenu);
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    w.window->showPreferences();
    auto *preferences = w.window->findChild<PreferencesDialog *>();
    QVERIFY(preferences);
    auto *languages = preferences->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    QVERIFY(languages);
    languages->setCurrentIndex(languages->findData(QStringLiteral("de")));
    preferences->accept();
    QCOMPARE(w.settings.language(), QStringLiteral("de"));
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&Datei"));
    QCOMPARE(w.header(TokenTableModel::LabelColumn), QStringLiteral("Bezeichnung"));
    translations.install(QLocale(QStringLiteral("en")));
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
}

// The environments' names are shown, not kept, translated: in the window's title once signed in (to the sandbox,
// as the app names it) and in the sign-in list. Names that differ in every language, so each step can fail.
void TestTranslations::environmentNamesFollowALanguageSwitch()
{
    Translations translations;
    test::MainWindowFixture fixture;
    test::MainWindowFixture::Options options;
    options.keychainService = QStringLiteral("bgtm-translations-test");
    QVERIFY2(fixture.start(options), qPrintable(fixture.errorString()));
    MainWindow *window = fixture.window();
    window->showSignIn(QStringLiteral("sandbox")); // the demo's dialog closed when it signed in: a new one
    auto *signIn = window->findChild<SignInDialog *>();
    QVERIFY(signIn);
    const auto *list = signIn->findChild<QComboBox *>(QStringLiteral("environmentComboBox"));
    QVERIFY(list && list->count() == 1);
    const QList<QPair<QString, QString>> steps {
        {QStringLiteral("en"), QStringLiteral("Local sandbox (offline)")},
        {QStringLiteral("de"), QStringLiteral("Lokale Sandbox (offline)")},
        {QStringLiteral("fr"), QStringLiteral("Bac à sable local (hors ligne)")},
        {QStringLiteral("en"), QStringLiteral("Local sandbox (offline)")}};
    for (const auto &[language, name] : steps) {
        translations.install(QLocale(language));
        QTRY_COMPARE(window->windowTitle(), name);
        QTRY_COMPARE(list->itemText(0), name);
    }
    QVERIFY(fixture.stop());
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
