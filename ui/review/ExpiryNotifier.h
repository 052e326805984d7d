#pragma once

#include "model/AccessToken.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>

class QSystemTrayIcon;

namespace bgtm {

class ExpiryBanner;

/// The expiry watch's notifications: after the first token list and then once a day, tokens expiring
/// within the threshold are announced by a desktop notification when a system tray exists, else by the in-window
/// banner. Either way, Rotate is the action (rotateRequested).
class ExpiryNotifier : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    /// `banner` is owned by the window's layout. `clock` defaults to the current time (tests inject one).
    ExpiryNotifier(ExpiryBanner *banner, QObject *parent = nullptr, Clock clock = {});
    ~ExpiryNotifier() override;

    void setWarningDays(int days) { m_days = days; }
    /// Every successful token list. The first one (since start or sign-in) notifies; later ones only keep an
    /// already shown banner up to date (a rotated token drops out of it).
    void tokensListed(const QList<AccessToken> &tokens);
    /// Forget the list (signed out, app locked): nothing to announce, banner hidden; the next list notifies again.
    void reset();
    /// Announce now (the daily timer calls this).
    void notifyNow();

Q_SIGNALS:
    void rotateRequested(const QStringList &tokenIds);
    /// For tests and the status bar: what was announced, and how.
    void notified(const QStringList &tokenIds, bool viaTray);

private:
    [[nodiscard]] QDateTime now() const;

    QPointer<ExpiryBanner> m_banner;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer m_daily;
    Clock m_clock;
    QList<AccessToken> m_tokens;
    QStringList m_trayTokenIds;
    bool m_listed = false;
    int m_days = 14;
};

} // namespace bgtm
