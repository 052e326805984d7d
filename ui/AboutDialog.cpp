#include "AboutDialog.h"
#include "ui_AboutDialog.h"

#include <QEvent>
#include <QtGlobal>

namespace bgtm {

namespace {

const auto kProjectUrl = QStringLiteral("https://github.com/bitgo-token-manager/bitgo-token-manager");

} // namespace

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(windowIcon().pixmap(64, 64));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AboutDialog::reject);
    fillTexts();
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::keychainBackend()
{
#if defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#else
    const QString desktop = qEnvironmentVariable("XDG_CURRENT_DESKTOP");
    if (desktop.contains(QLatin1String("KDE"), Qt::CaseInsensitive))
        return tr("KWallet (KDE Plasma)");
    return tr("Secret Service (libsecret)");
#endif
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillTexts();
    }
    QDialog::changeEvent(event);
}

void AboutDialog::fillTexts()
{
    // The version line is plain text so that it can be selected and pasted into a bug report.
    m_ui->versionValueLabel->setText(QStringLiteral(BGTM_VERSION));
    m_ui->qtRuntimeValueLabel->setText(QString::fromLatin1(qVersion()));
    m_ui->qtCompiledValueLabel->setText(QStringLiteral(QT_VERSION_STR));
    m_ui->keychainVersionValueLabel->setText(QStringLiteral(BGTM_QTKEYCHAIN_VERSION));
    m_ui->keychainBackendValueLabel->setText(keychainBackend());
    m_ui->linksLabel->setText(
        tr("<a href=\"%1\">Project page</a> · <a href=\"%1/blob/main/SECURITY.md\">Reporting a vulnerability "
           "(SECURITY.md)</a>")
            .arg(kProjectUrl));
}

} // namespace bgtm
