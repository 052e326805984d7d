#include "ImportTokenDialog.h"
#include "ui_ImportTokenDialog.h"

namespace bgtm {

ImportTokenDialog::ImportTokenDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::ImportTokenDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImportTokenDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportTokenDialog::reject);
}

ImportTokenDialog::~ImportTokenDialog() = default;

QString ImportTokenDialog::label() const
{
    return m_ui->labelLineEdit->text().trimmed();
}

SecretBytes ImportTokenDialog::takeToken()
{
    SecretBytes token = SecretBytes::fromUtf8(m_ui->tokenLineEdit->text().trimmed());
    m_ui->tokenLineEdit->clear();
    return token;
}

void ImportTokenDialog::accept()
{
    if (label().isEmpty()) {
        m_ui->errorLabel->setText(tr("Give the token a label so you can recognise it."));
        m_ui->labelLineEdit->setFocus();
        return;
    }
    const QString token = m_ui->tokenLineEdit->text().trimmed();
    if (token.isEmpty() || token.contains(QLatin1Char(' '))) {
        m_ui->errorLabel->setText(tr("Paste the whole token (no spaces)."));
        m_ui->tokenLineEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace bgtm
