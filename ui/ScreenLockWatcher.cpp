#include "ScreenLockWatcher.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

namespace bgtm {

namespace {
Q_LOGGING_CATEGORY(lcScreenLock, "bgtm.ui.screenlock")

const QString kLogindService = QStringLiteral("org.freedesktop.login1");
} // namespace

ScreenLockWatcher::ScreenLockWatcher(const QDBusConnection &sessionBus, std::optional<QDBusConnection> systemBus,
                                     QObject *parent)
    : QObject(parent)
{
    if (sessionBus.isConnected()) {
        // Any sender and any path: KDE emits on /ScreenSaver, others on /org/freedesktop/ScreenSaver, GNOME on
        // /org/gnome/ScreenSaver; a false alarm only locks the app, which is the safe direction.
        QDBusConnection bus = sessionBus;
        for (const QString &interface :
             {QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver")}) {
            if (!bus.connect(QString(), QString(), interface, QStringLiteral("ActiveChanged"), this,
                             SLOT(onScreenSaverActiveChanged(bool))))
                qCDebug(lcScreenLock) << "cannot watch" << interface << bus.lastError().message();
        }
    }
    if (systemBus && systemBus->isConnected())
        watchLogindSession(*systemBus);
}

void ScreenLockWatcher::watchLogindSession(const QDBusConnection &systemBus)
{
    // Only this process's own session: another user's lock must not matter. Asked asynchronously, since the UI
    // thread never waits on D-Bus.
    QDBusMessage call = QDBusMessage::createMethodCall(kLogindService, QStringLiteral("/org/freedesktop/login1"),
                                                       QStringLiteral("org.freedesktop.login1.Manager"),
                                                       QStringLiteral("GetSessionByPID"));
    call << static_cast<uint>(QCoreApplication::applicationPid());
    auto *watcher = new QDBusPendingCallWatcher(systemBus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, systemBus, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *watcher;
        if (reply.isError()) {
            qCDebug(lcScreenLock) << "no logind session:" << reply.error().message();
            return;
        }
        QDBusConnection bus = systemBus;
        if (!bus.connect(kLogindService, reply.value().path(), QStringLiteral("org.freedesktop.login1.Session"),
                         QStringLiteral("Lock"), this, SLOT(onSessionLock())))
            qCDebug(lcScreenLock) << "cannot watch the logind session" << bus.lastError().message();
    });
}

void ScreenLockWatcher::onScreenSaverActiveChanged(bool active)
{
    if (active)
        Q_EMIT screenLocked();
}

void ScreenLockWatcher::onSessionLock()
{
    Q_EMIT screenLocked();
}

} // namespace bgtm
