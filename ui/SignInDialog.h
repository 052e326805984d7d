#pragma once

#include "net/BitGoClient.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class SignInDialog;
}

class QLabel;

namespace bgtm {

/// An environment as the sign-in dialog offers it.
struct EnvironmentChoice {
    QString id;   ///< "test", "prod", "sandbox", "custom-…"
    QString name; ///< shown as it is when nameSource is null (a custom environment's own name)
    bool productionRules = false;
    /// A built-in name untranslated, and its translation context (QT_TRANSLATE_NOOP): displayName() translates it
    /// each time, so that the name follows a language switch.
    const char *nameContext = nullptr;
    const char *nameSource = nullptr;

    [[nodiscard]] QString displayName() const;
};

/// What the user typed. Secrets travel as SecretBytes and are wiped after the attempt.
struct SignInRequest {
    QString environmentId;
    QString username;
    SecretBytes password;
    QString otp;
    bool useToken = false;
    SecretBytes token;
};

/// Performs a sign-in (resolves the environment, makes a client, calls it). Returns a handle that cancels.
using SignInFunction =
    std::function<CallHandle(SignInRequest request, QObject *context, Callback<SignedInSession> done)>;

/// Username + password + one-time code, or an existing token. Errors appear beside the field that caused them.
/// Never blocks: the request runs while the dialog stays responsive, with progress and Cancel.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(QList<EnvironmentChoice> environments, SignInFunction signIn, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setEnvironmentId(const QString &id);
    [[nodiscard]] QString environmentId() const;
    void setUsername(const QString &username);
    [[nodiscard]] QString username() const;
    /// Pre-fills the password (the local sandbox's public demo account only).
    void setDemoPassword(const QString &password);
    void setOtp(const QString &otp);
    /// Re-sign-in after the session expired: the environment and user are fixed, the message says why.
    void setReauthentication(const QString &reason);
    /// Hide "Work offline" (e.g. when re-authenticating).
    void setOfflineAllowed(bool allowed);

    [[nodiscard]] const SignedInSession &session() const { return m_session; }
    [[nodiscard]] bool offlineChosen() const { return m_offline; }

public Q_SLOTS:
    void signIn();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setBusy(bool busy);
    /// Every text this class sets in code (the form's are retranslateUi's): on busy changes and LanguageChange.
    void retranslate();
    void clearErrors();
    /// Shows (or with empty text hides) a message under its field, growing the dialog so that it is not clipped.
    void setErrorText(QLabel *label, const QString &text);
    void showError(const Error &error);
    void updateMode();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    QList<EnvironmentChoice> m_environments;
    SignInFunction m_signIn;
    CallHandle m_call;
    SignedInSession m_session;
    bool m_offline = false;
    bool m_busy = false;
    QString m_reauthenticationReason; ///< replaces the form's introduction; already in the caller's language
};

} // namespace bgtm
