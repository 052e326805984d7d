#include "SecretClipboard.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMimeData>

namespace bgtm {
namespace {

QByteArray hashOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

SecretClipboard::SecretClipboard(QClipboard *clipboard, std::chrono::milliseconds clearDelay, QObject *parent)
    : QObject(parent), m_clipboard(clipboard), m_delay(clearDelay)
{
    m_clearTimer.setSingleShot(true);
    connect(&m_clearTimer, &QTimer::timeout, this, &SecretClipboard::clearNow);
    m_tick.setInterval(std::chrono::seconds(1));
    connect(&m_tick, &QTimer::timeout, this, [this] { Q_EMIT remainingChanged(remainingSeconds()); });
    connect(m_clipboard, &QClipboard::dataChanged, this, &SecretClipboard::clipboardChanged);
    // Quitting must not leave the token behind (the destructor may run too late, after the clipboard is gone).
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &SecretClipboard::clearNow);
}

SecretClipboard::~SecretClipboard()
{
    clearNow();
}

QList<QPair<QString, QByteArray>> SecretClipboard::secretMarkers()
{
    QList<QPair<QString, QByteArray>> markers;
    // KDE Klipper and other Linux clipboard managers skip data carrying this hint.
    markers.append({QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret")});
#if defined(Q_OS_MACOS)
    markers.append({QStringLiteral("application/x-nspasteboard-concealed-type"), QByteArrayLiteral("secret")});
#elif defined(Q_OS_WIN)
    // Keeps the token out of clipboard history and the cloud clipboard (Windows 10+), as KeePassXC does.
    markers.append({QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArray(4, '\0')});
    markers.append({QStringLiteral("CanIncludeInClipboardHistory"), QByteArray(4, '\0')});
    markers.append({QStringLiteral("CanUploadToCloudClipboard"), QByteArray(4, '\0')});
#endif
    return markers;
}

void SecretClipboard::copy(const SecretBytes &secret)
{
    QString text = QString::fromUtf8(secret.bytes());
    auto *mime = new QMimeData;
    mime->setText(text);
    const auto markers = secretMarkers();
    for (const auto &[type, value] : markers)
        mime->setData(type, value);
    m_hash = hashOf(text);
    m_mime = mime;
    // The clipboard only, never the X11 PRIMARY selection: whatever is selected anywhere is in PRIMARY, a middle
    // click pastes it into any window, and clipboard managers and terminals read it without a secret marker.
    m_clipboard->setMimeData(mime, QClipboard::Clipboard);
    text.fill(QChar(u'\0'));

    // A delay of zero means the user turned automatic clearing off: no countdown, but quit still clears.
    if (m_delay <= std::chrono::milliseconds::zero()) {
        m_clearTimer.stop();
        m_tick.stop();
        Q_EMIT remainingChanged(0);
        return;
    }
    m_deadline = QDeadlineTimer(m_delay);
    m_clearTimer.start(m_delay);
    m_tick.start();
    Q_EMIT remainingChanged(remainingSeconds());
}

bool SecretClipboard::holdsOurText(QClipboard::Mode mode) const
{
    return !m_hash.isEmpty() && hashOf(m_clipboard->text(mode)) == m_hash;
}

void SecretClipboard::clipboardChanged()
{
    // Someone copied something else: there is nothing of ours left to clear, so the countdown ends now instead of
    // announcing a clearing that will not happen. Decided without reading the other program's data (on X11 that is a
    // round trip to it): by whether the clipboard still holds the object we gave it. While this process owns PRIMARY
    // the token may be selected there, and the countdown goes on to clear it.
    if (m_hash.isEmpty() || (m_mime && m_clipboard->mimeData(QClipboard::Clipboard) == m_mime))
        return;
    if (m_clipboard->supportsSelection() && m_clipboard->ownsSelection())
        return;
    stop();
}

void SecretClipboard::clearNow()
{
    if (m_hash.isEmpty())
        return;
    bool clearedAny = false;
    if (holdsOurText(QClipboard::Clipboard)) {
        m_clipboard->clear(QClipboard::Clipboard);
        clearedAny = true;
    }
    // Not written by copy(), but PRIMARY holds the token if it was selected where it is shown: clear it too.
    if (m_clipboard->supportsSelection() && holdsOurText(QClipboard::Selection)) {
        m_clipboard->clear(QClipboard::Selection);
        clearedAny = true;
    }
    stop();
    if (clearedAny)
        Q_EMIT cleared();
}

void SecretClipboard::stop()
{
    m_hash.clear();
    m_clearTimer.stop();
    m_tick.stop();
    Q_EMIT remainingChanged(0);
}

int SecretClipboard::remainingSeconds() const
{
    if (!m_clearTimer.isActive())
        return 0;
    const qint64 ms = m_deadline.remainingTime();
    return static_cast<int>((qMax<qint64>(ms, 0) + 999) / 1000);
}

} // namespace bgtm
