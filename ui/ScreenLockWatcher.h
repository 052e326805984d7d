#pragma once

#include <QDBusConnection>
#include <QObject>

#include <optional>

namespace bgtm {

/// Tells when the desktop session's screen locks, so the app can lock itself too (KeePassXC's "lock on screen
/// lock"). Listens on the session bus for the screen saver's `ActiveChanged(true)` (org.freedesktop.ScreenSaver:
/// KDE, Xfce, …; org.gnome.ScreenSaver: GNOME) and, when a system bus is given, for logind's `Lock` signal on this
/// process's own session (what `loginctl lock-session` and most lockers send). Without a bus nothing is emitted:
/// the idle timer and Ctrl+L still lock.
class ScreenLockWatcher : public QObject
{
    Q_OBJECT
public:
    /// `systemBus` empty: no logind. The buses are passed in so tests can use their private session bus for both.
    explicit ScreenLockWatcher(const QDBusConnection &sessionBus, std::optional<QDBusConnection> systemBus,
                               QObject *parent = nullptr);

Q_SIGNALS:
    /// The screen was locked (or the screen saver started, which locks it on most desktops).
    void screenLocked();

private Q_SLOTS:
    // QtDBus delivers signals only to slots named by their signature string, hence slots here.
    void onScreenSaverActiveChanged(bool active);
    void onSessionLock();

private:
    void watchLogindSession(const QDBusConnection &systemBus);
};

} // namespace bgtm
