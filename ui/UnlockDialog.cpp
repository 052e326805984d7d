#include "UnlockDialog.h"
#include "ui_UnlockDialog.h"

#include <QPushButton>

namespace bgtm {

UnlockDialog::UnlockDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::UnlockDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    m_ui->otpLineEdit->setFocus();
}

UnlockDialog::~UnlockDialog() = default;

QString UnlockDialog::otp() const
{
    return m_ui->otpLineEdit->text().trimmed();
}
int UnlockDialog::durationSeconds() const
{
    return m_ui->durationSpinBox->value() * 60;
}

void UnlockDialog::accept()
{
    if (otp().isEmpty()) {
        m_ui->errorLabel->setText(tr("Enter the one-time code."));
        m_ui->otpLineEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace bgtm
