#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

class QTranslator;

namespace bgtm {

/// The app's own translations (embedded under :/i18n) and Qt's (qtbase_*.qm from the system, for standard buttons
/// and dialogs), installed on the running application. Installing again replaces both, so the language can change
/// at run time: Qt then sends every widget a LanguageChange event.
class Translations : public QObject
{
    Q_OBJECT
public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    /// Languages with an embedded translation, besides English (the source language): "de", "fr", ….
    [[nodiscard]] static QStringList available();

    /// The language to use: `override` (a BCP 47 name from the preferences) when set, else the system locale.
    [[nodiscard]] static QLocale chooseLocale(const QString &override);

    /// Installs the translations for `locale`, replacing any installed before. Returns whether an app
    /// translation was found; English (or a language without one) gets the source strings with their English
    /// plural forms.
    bool install(const QLocale &locale);

private:
    void remove();

    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace bgtm
