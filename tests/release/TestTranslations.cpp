// Each embedded translation loads, and the language switches at run time: open dialogs retranslate themselves
// (LanguageChange) and new ones come up in the new language, including Qt's own standard buttons.
#include "AboutDialog.h"
#include "Translations.h"
#include "UnlockDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QTest>

using namespace bgtm;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void germanAndFrenchAreEmbedded();
    void dialogsAppearInTheChosenLanguage_data();
    void dialogsAppearInTheChosenLanguage();
    void openDialogSwitchesLanguageAtRunTime();
    void preferenceOverridesTheSystemLanguage();
};

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

void TestTranslations::preferenceOverridesTheSystemLanguage()
{
    QCOMPARE(Translations::chooseLocale(QStringLiteral("fr")).name(), QStringLiteral("fr_FR"));
    QCOMPARE(Translations::chooseLocale(QString()), QLocale::system());
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
