#include "ExpiryNotifier.h"

#include "ExpiryBanner.h"

#include "review/ExpiryWatch.h"

#include <QApplication>
#include <QSystemTrayIcon>

#include <chrono>

namespace bgtm {

ExpiryNotifier::ExpiryNotifier(ExpiryBanner *banner, QObject *parent, Clock clock)
    : QObject(parent), m_banner(banner), m_clock(std::move(clock))
{
    using namespace std::chrono_literals;
    m_daily.setInterval(24h);
    connect(&m_daily, &QTimer::timeout, this, &ExpiryNotifier::notifyNow);
    m_daily.start();
    if (m_banner)
        connect(m_banner, &ExpiryBanner::rotateRequested, this, &ExpiryNotifier::rotateRequested);
}

ExpiryNotifier::~ExpiryNotifier() = default;

QDateTime ExpiryNotifier::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void ExpiryNotifier::tokensListed(const QList<AccessToken> &tokens)
{
    m_tokens = tokens;
    if (!m_listed) {
        m_listed = true;
        notifyNow();
    } else if (m_banner && m_banner->isVisible()) {
        m_banner->showTokens(ExpiryWatch::expiringWithin(m_tokens, now(), m_days), m_days, now());
    }
}

void ExpiryNotifier::reset()
{
    m_tokens.clear();
    m_listed = false;
    if (m_banner)
        m_banner->hide();
}

void ExpiryNotifier::notifyNow()
{
    if (!m_listed)
        return; // nothing known yet: the first list will announce
    const QDateTime when = now();
    const QList<AccessToken> expiring = ExpiryWatch::expiringWithin(m_tokens, when, m_days);
    QStringList ids;
    for (const AccessToken &token : expiring)
        ids.append(token.id);
    if (expiring.isEmpty()) {
        if (m_banner)
            m_banner->hide();
        return;
    }
    const bool viaTray = QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
    if (viaTray) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
            // Clicking the notification is its action: rotate the tokens it listed.
            connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                    [this]() { Q_EMIT rotateRequested(m_trayTokenIds); });
        }
        m_trayTokenIds = ids;
        m_tray->show();
        m_tray->showMessage(tr("Access tokens expire soon"),
                            ExpiryBanner::describe(expiring, m_days, when) + QLatin1Char('\n')
                                + tr("Click to rotate them."),
                            QSystemTrayIcon::Warning);
    } else if (m_banner) {
        m_banner->showTokens(expiring, m_days, when);
    }
    Q_EMIT notified(ids, viaTray);
}

} // namespace bgtm
