#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace bgtm {

/// Help ▸ About: the app's version, the Qt it runs on and was built with, Qt Keychain's version and the keychain
/// backend Qt Keychain picks on this desktop, the license, and where to report a vulnerability. What a bug report
/// needs, in one place that can be copied.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// The keychain backend Qt Keychain 0.13 chooses on Linux: KWallet on KDE Plasma, else the Secret Service
    /// through libsecret. Qt Keychain does not expose its choice, so this follows its rule (XDG_CURRENT_DESKTOP).
    [[nodiscard]] static QString keychainBackend();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillTexts();

    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace bgtm
