#pragma once

#include "SignInDialog.h" // EnvironmentChoice

#include "Hmac.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace bgtm {

class Settings;

/// Preferences (.ui form) over Settings. Changes are written only on OK, after validation.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(Settings *settings, QList<EnvironmentChoice> builtInEnvironments, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Every text this class sets in code (the form's are retranslateUi's): at construction and on LanguageChange.
    void retranslate();
    void load();
    void warnOfNever();
    void fitEnvironmentColumns();
    void addEnvironmentRow(const QString &name, const QString &url, bool production, const QString &xpub,
                           HmacVersion hmacVersion);

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Settings *m_settings;
    QList<EnvironmentChoice> m_builtIn;
};

} // namespace bgtm
