#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace bgtm {

namespace {

const auto kResourceDir = QStringLiteral(":/i18n");
const auto kAppName = QStringLiteral("bitgo-token-manager");
// The language of the source strings. Its file holds only their plural forms ("%n token(s)" → "1 token",
// "2 tokens"), and it is what a language without a translation falls back to.
const auto kSourceLanguage = QStringLiteral("en");

} // namespace

Translations::Translations(QObject *parent) : QObject(parent) { }

Translations::~Translations()
{
    remove();
}

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files = QDir(kResourceDir).entryList({kAppName + QStringLiteral("_*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages.append(file.mid(kAppName.size() + 1).chopped(3));
    languages.removeAll(kSourceLanguage);
    return languages;
}

QLocale Translations::chooseLocale(const QString &override)
{
    return override.isEmpty() ? QLocale::system() : QLocale(override);
}

bool Translations::install(const QLocale &locale)
{
    remove();
    // Also sets the default locale, so that dates and numbers follow the chosen language, not only the words.
    QLocale::setDefault(locale);
    auto app = std::make_unique<QTranslator>(this);
    const bool found =
        app->load(locale, kAppName, QStringLiteral("_"), kResourceDir) && !app->language().startsWith(kSourceLanguage);
    if (found || app->load(kAppName + QLatin1Char('_') + kSourceLanguage, kResourceDir)) {
        m_app = app.release();
        QCoreApplication::installTranslator(m_app);
    }
    // Qt's own strings (standard buttons, file dialogs) come with the system's Qt (package qt6-translations-l10n);
    // without it they stay English, which is not an error.
    auto qt = std::make_unique<QTranslator>(this);
    if (found
        && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qt = qt.release();
        QCoreApplication::installTranslator(m_qt);
    }
    return found;
}

void Translations::remove()
{
    for (QTranslator **translator : {&m_app, &m_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

} // namespace bgtm
