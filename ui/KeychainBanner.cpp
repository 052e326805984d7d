#include "KeychainBanner.h"

#include "vault/Vault.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

#include <utility>

namespace bgtm {

KeychainBanner::KeychainBanner(Vault *vault, QWidget *parent)
    : QFrame(parent),
      m_vault(vault),
      m_label(new QLabel(this)),
      m_detailLabel(new QLabel(this)),
      m_unlockButton(new QPushButton(this)),
      m_checkButton(new QPushButton(this)),
      m_detailsButton(new QPushButton(this)),
      m_recheck(new QTimer(this))
{
    setObjectName(QStringLiteral("keychainBannerFrame"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    m_label->setObjectName(QStringLiteral("keychainBannerLabel"));
    m_label->setWordWrap(true);
    m_label->setForegroundRole(QPalette::ToolTipText);
    m_detailLabel->setObjectName(QStringLiteral("keychainDetailLabel"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detailLabel->setForegroundRole(QPalette::ToolTipText);
    m_detailLabel->hide();
    m_unlockButton->setObjectName(QStringLiteral("unlockKeychainButton"));
    m_checkButton->setObjectName(QStringLiteral("checkKeychainButton"));
    m_detailsButton->setObjectName(QStringLiteral("keychainDetailsButton"));
    m_detailsButton->setCheckable(true);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_label, 0, 0);
    layout->addWidget(m_unlockButton, 0, 1);
    layout->addWidget(m_checkButton, 0, 2);
    layout->addWidget(m_detailsButton, 0, 3);
    layout->addWidget(m_detailLabel, 1, 0, 1, 4);
    layout->setColumnStretch(0, 1);
    connect(m_unlockButton, &QPushButton::clicked, this, &KeychainBanner::unlock);
    connect(m_checkButton, &QPushButton::clicked, this, &KeychainBanner::check);
    connect(m_detailsButton, &QPushButton::toggled, m_detailLabel, &QWidget::setVisible);
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(kRecheckEvery);
    connect(m_recheck, &QTimer::timeout, this, &KeychainBanner::check);
    connect(vault, &Vault::keychainStatusChanged, this, &KeychainBanner::showStatus);
    showStatus(vault->keychainStatus());
}

void KeychainBanner::check()
{
    if (!m_vault)
        return;
    if (m_waiting) { // the answer on its way may predate what made the caller ask: ask again after it
        m_checkAgain = true;
        return;
    }
    setWaiting(true);
    m_vault->checkKeychain(this, [this](const Result<KeychainStatus> &) { finishWait(); });
}

void KeychainBanner::unlock()
{
    if (!m_vault || m_waiting)
        return;
    setWaiting(true);
    m_vault->unlockKeychain(kUnlockWait, this, [this](const Result<KeychainStatus> &) { finishWait(); });
}

void KeychainBanner::finishWait()
{
    setWaiting(false);
    if (std::exchange(m_checkAgain, false))
        check();
    else if (m_vault && !m_vault->keychainStatus().canStore())
        m_recheck->start();
}

void KeychainBanner::setWaiting(bool waiting)
{
    m_waiting = waiting;
    m_unlockButton->setEnabled(!waiting);
    m_checkButton->setEnabled(!waiting);
    retranslate();
}

void KeychainBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

QString KeychainBanner::reason(const KeychainStatus &status)
{
    switch (status.state) {
    case KeychainStatus::State::Locked:
        return tr("The keychain is locked; unlock it to store new tokens.");
    case KeychainStatus::State::Absent:
        return tr("No keychain service is running to store new tokens in.");
    case KeychainStatus::State::Failed:
        return tr("The keychain answers with errors, so new tokens cannot be stored.");
    case KeychainStatus::State::Unchecked:
    case KeychainStatus::State::Ready:
        break;
    }
    return {};
}

void KeychainBanner::retranslate()
{
    m_unlockButton->setText(tr("&Unlock keychain…"));
    m_unlockButton->setToolTip(tr("Your system asks for the keychain's password"));
    m_checkButton->setText(tr("Check &again"));
    m_detailsButton->setText(tr("&Details"));
    m_detailsButton->setToolTip(tr("What the keychain service itself reported"));
    switch (m_waiting ? KeychainStatus::State::Unchecked : m_status.state) {
    case KeychainStatus::State::Locked:
        m_label->setText(tr("The keychain is locked. New tokens are stored there, so creating one waits until it is "
                            "unlocked; tokens already stored stay where they are."));
        break;
    case KeychainStatus::State::Absent:
        m_label->setText(tr("No keychain service is running, so new tokens cannot be stored and creating one is off. "
                            "Start GNOME Keyring, or turn on “Secret Service integration” in KeePassXC, then check "
                            "again."));
        break;
    case KeychainStatus::State::Failed:
        m_label->setText(tr("The keychain answers with errors, so new tokens cannot be stored and creating one is off. "
                            "Check that it is unlocked and working, then check again."));
        break;
    case KeychainStatus::State::Unchecked:
    case KeychainStatus::State::Ready:
        m_label->setText(m_waiting ? tr("Waiting for the keychain… (its own prompt may be open; it can be cancelled "
                                        "there)")
                                   : QString());
        break;
    }
    m_detailLabel->setText(m_status.detail.isEmpty() ? tr("The keychain service gave no further detail.")
                                                     : m_status.detail);
}

void KeychainBanner::showStatus(const KeychainStatus &status)
{
    m_status = status;
    retranslate();
    m_unlockButton->setVisible(status.state == KeychainStatus::State::Locked);
    setVisible(!status.canStore());
    if (status.canStore())
        m_recheck->stop();
    else if (!m_waiting)
        m_recheck->start();
}

} // namespace bgtm
