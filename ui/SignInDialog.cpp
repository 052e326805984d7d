#include "SignInDialog.h"
#include "ui_SignInDialog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPushButton>

namespace bgtm {

QString EnvironmentChoice::displayName() const
{
    return nameContext && nameSource ? QCoreApplication::translate(nameContext, nameSource) : name;
}

SignInDialog::SignInDialog(QList<EnvironmentChoice> environments, SignInFunction signIn, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::SignInDialog>()),
      m_environments(std::move(environments)),
      m_signIn(std::move(signIn))
{
    m_ui->setupUi(this);
    for (const EnvironmentChoice &e : std::as_const(m_environments))
        m_ui->environmentComboBox->addItem(e.displayName(), e.id);
    // Error labels use the palette's error-ish colour so they follow light and dark themes.
    for (QLabel *l : {m_ui->usernameErrorLabel, m_ui->passwordErrorLabel, m_ui->otpErrorLabel, m_ui->tokenErrorLabel,
                      m_ui->generalErrorLabel}) {
        QPalette p = l->palette();
        p.setColor(QPalette::WindowText, QColor(0xd3, 0x2f, 0x2f));
        l->setPalette(p);
    }
    clearErrors();
    setBusy(false);
    // A message about a field goes once the user changes that field; username and password share "not correct".
    const auto clearOnEdit = [this](QLineEdit *edit, std::initializer_list<QLabel *> labels) {
        connect(edit, &QLineEdit::textEdited, this, [this, labels = QList<QLabel *>(labels)] {
            for (QLabel *label : labels)
                setErrorText(label, {});
            setErrorText(m_ui->generalErrorLabel, {});
        });
    };
    clearOnEdit(m_ui->usernameLineEdit, {m_ui->usernameErrorLabel, m_ui->passwordErrorLabel});
    clearOnEdit(m_ui->passwordLineEdit, {m_ui->usernameErrorLabel, m_ui->passwordErrorLabel});
    clearOnEdit(m_ui->otpLineEdit, {m_ui->otpErrorLabel});
    clearOnEdit(m_ui->tokenLineEdit, {m_ui->tokenErrorLabel});
    connect(m_ui->environmentComboBox, &QComboBox::currentIndexChanged, this, &SignInDialog::updateMode);
    connect(m_ui->useTokenCheckBox, &QCheckBox::toggled, this, &SignInDialog::updateMode);
    connect(m_ui->signInPushButton, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, [this] {
        if (m_call.isRunning())
            m_call.cancel(); // the callback reports Cancelled and re-enables the form
        else
            reject();
    });
    connect(m_ui->offlinePushButton, &QPushButton::clicked, this, [this] {
        m_offline = true;
        reject();
    });
    updateMode();
}

SignInDialog::~SignInDialog()
{
    m_call.cancel();
}

void SignInDialog::setEnvironmentId(const QString &id)
{
    const int i = m_ui->environmentComboBox->findData(id);
    if (i >= 0)
        m_ui->environmentComboBox->setCurrentIndex(i);
}

QString SignInDialog::environmentId() const
{
    return m_ui->environmentComboBox->currentData().toString();
}
void SignInDialog::setUsername(const QString &username)
{
    m_ui->usernameLineEdit->setText(username);
}
QString SignInDialog::username() const
{
    return m_ui->usernameLineEdit->text().trimmed();
}
void SignInDialog::setDemoPassword(const QString &password)
{
    m_ui->passwordLineEdit->setText(password);
}
void SignInDialog::setOtp(const QString &otp)
{
    m_ui->otpLineEdit->setText(otp);
}

void SignInDialog::setReauthentication(const QString &reason)
{
    m_ui->environmentComboBox->setEnabled(false);
    m_ui->usernameLineEdit->setReadOnly(true);
    m_reauthenticationReason = reason;
    m_ui->introLabel->setText(reason);
    setOfflineAllowed(false);
    m_ui->passwordLineEdit->setFocus();
}

void SignInDialog::setOfflineAllowed(bool allowed)
{
    m_ui->offlinePushButton->setVisible(allowed);
}

void SignInDialog::updateMode()
{
    const bool token = m_ui->useTokenCheckBox->isChecked();
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_ui->usernameLabel, m_ui->usernameLineEdit, m_ui->passwordLabel,
                                           m_ui->passwordLineEdit, m_ui->otpLabel, m_ui->otpLineEdit})
        w->setEnabled(!token);
    m_ui->tokenLabel->setVisible(token);
    m_ui->tokenLineEdit->setVisible(token);
    const int i = m_ui->environmentComboBox->currentIndex();
    m_ui->productionNoteLabel->setVisible(i >= 0 && i < m_environments.size() && m_environments.at(i).productionRules);
}

void SignInDialog::setErrorText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    label->setAccessibleName(text);
    // A wrapped message needs more height at the dialog's width; a top-level window does not grow for it by itself
    // (its layout cannot give a minimum height that depends on the width), so the message would be clipped.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void SignInDialog::clearErrors()
{
    for (QLabel *l : {m_ui->usernameErrorLabel, m_ui->passwordErrorLabel, m_ui->otpErrorLabel, m_ui->tokenErrorLabel,
                      m_ui->generalErrorLabel})
        setErrorText(l, {});
}

void SignInDialog::setBusy(bool busy)
{
    m_ui->progressBar->setVisible(busy);
    m_ui->signInPushButton->setEnabled(!busy);
    m_ui->offlinePushButton->setEnabled(!busy);
    m_ui->useTokenCheckBox->setEnabled(!busy);
    m_busy = busy;
    retranslate();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    for (qsizetype i = 0; i < m_environments.size(); ++i)
        m_ui->environmentComboBox->setItemText(int(i), m_environments.at(i).displayName());
    m_ui->cancelPushButton->setText(m_busy ? tr("Cancel sign-in") : tr("Cancel"));
    if (!m_reauthenticationReason.isEmpty())
        m_ui->introLabel->setText(m_reauthenticationReason);
}

void SignInDialog::signIn()
{
    if (m_call.isRunning())
        return;
    clearErrors();
    SignInRequest request;
    request.environmentId = environmentId();
    request.useToken = m_ui->useTokenCheckBox->isChecked();
    if (request.useToken) {
        const QString token = m_ui->tokenLineEdit->text().trimmed();
        if (token.isEmpty()) {
            setErrorText(m_ui->tokenErrorLabel, tr("Paste the access token."));
            m_ui->tokenLineEdit->setFocus();
            return;
        }
        request.token = SecretBytes::fromUtf8(token);
    } else {
        request.username = username();
        if (request.username.isEmpty()) {
            setErrorText(m_ui->usernameErrorLabel, tr("Enter your BitGo username (your e-mail address)."));
            m_ui->usernameLineEdit->setFocus();
            return;
        }
        if (m_ui->passwordLineEdit->text().isEmpty()) {
            setErrorText(m_ui->passwordErrorLabel, tr("Enter your password."));
            m_ui->passwordLineEdit->setFocus();
            return;
        }
        request.password = SecretBytes::fromUtf8(m_ui->passwordLineEdit->text());
        request.otp = m_ui->otpLineEdit->text().trimmed();
    }
    setBusy(true);
    m_call = m_signIn(std::move(request), this, [this](Result<SignedInSession> result) {
        setBusy(false);
        if (!result) {
            showError(result.error());
            return;
        }
        m_session = result.value();
        // The password and token fields are cleared once they have served.
        m_ui->passwordLineEdit->clear();
        m_ui->tokenLineEdit->clear();
        accept();
    });
}

void SignInDialog::showError(const Error &error)
{
    const QString support =
        error.requestId.isEmpty() ? QString() : tr(" (request id %1 — quote it to BitGo support)").arg(error.requestId);
    switch (error.kind) {
    case ErrorKind::Cancelled:
        setErrorText(m_ui->generalErrorLabel, tr("Sign-in cancelled."));
        return;
    case ErrorKind::NeedsOtp:
        setErrorText(m_ui->otpErrorLabel,
                     m_ui->otpLineEdit->text().isEmpty() ? tr("Enter the one-time code from your authenticator app.")
                                                         : tr("This code was not accepted. Enter the current code."));
        m_ui->otpLineEdit->selectAll();
        m_ui->otpLineEdit->setFocus();
        return;
    case ErrorKind::WrongPassword:
        setErrorText(m_ui->passwordErrorLabel, tr("The username or password is not correct."));
        m_ui->passwordLineEdit->selectAll();
        m_ui->passwordLineEdit->setFocus();
        return;
    case ErrorKind::Unauthorized:
    case ErrorKind::IpRestricted:
        if (m_ui->useTokenCheckBox->isChecked()) {
            setErrorText(m_ui->tokenErrorLabel, error.message + support);
            m_ui->tokenLineEdit->setFocus();
        } else {
            setErrorText(m_ui->passwordErrorLabel, error.message + support);
            m_ui->passwordLineEdit->setFocus();
        }
        return;
    case ErrorKind::Validation:
        if (error.field == QLatin1String("username") || error.field == QLatin1String("email"))
            setErrorText(m_ui->usernameErrorLabel, error.message);
        else if (error.field == QLatin1String("otp"))
            setErrorText(m_ui->otpErrorLabel, error.message);
        else
            setErrorText(m_ui->generalErrorLabel, error.message);
        return;
    case ErrorKind::ClockSkew:
        setErrorText(m_ui->generalErrorLabel,
                     tr("This computer's clock differs from BitGo's: %1 Correct the system time and try again.")
                         .arg(error.message));
        return;
    default:
        setErrorText(m_ui->generalErrorLabel, error.message + support);
        return;
    }
}

} // namespace bgtm
