#pragma once

#include "SecretBytes.h"

#include <QByteArray>
#include <QClipboard>
#include <QDeadlineTimer>
#include <QMimeData>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace bgtm {

/// Puts a secret on the clipboard the way password managers do (KeePassXC): marked secret for clipboard
/// managers and history, never put in the X11 PRIMARY selection, cleared after a delay and on quit — but only
/// while the clipboard (or PRIMARY) still holds our text, so whatever the user copied since is never touched.
/// The remaining time is observable for a countdown. Only a hash of the copied text is kept, not the text.
class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultClearDelay {10000};

    explicit SecretClipboard(QClipboard *clipboard, std::chrono::milliseconds clearDelay = kDefaultClearDelay,
                             QObject *parent = nullptr);
    ~SecretClipboard() override; ///< clears if the clipboard still holds our text

    void setClearDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    [[nodiscard]] std::chrono::milliseconds clearDelay() const { return m_delay; }

    /// Copies `secret` (UTF-8 text) and starts the countdown (none when the delay is zero: clearing is off).
    void copy(const SecretBytes &secret);
    /// Clears now, if the clipboard still holds our text; stops the countdown either way.
    void clearNow();

    /// Whole seconds left before clearing (rounded up); 0 when no countdown runs.
    [[nodiscard]] int remainingSeconds() const;
    [[nodiscard]] bool isCountingDown() const { return m_clearTimer.isActive(); }

    /// The MIME types that mark data secret on this platform (for tests and documentation).
    [[nodiscard]] static QList<QPair<QString, QByteArray>> secretMarkers();

Q_SIGNALS:
    /// Once a second while counting down, and with 0 when the countdown ends (cleared or abandoned).
    void remainingChanged(int seconds);
    /// Our text was removed from the clipboard.
    void cleared();

private:
    [[nodiscard]] bool holdsOurText(QClipboard::Mode mode) const;
    void clipboardChanged();
    void stop();

    QClipboard *m_clipboard;
    std::chrono::milliseconds m_delay;
    QByteArray m_hash;          ///< SHA-256 of what we copied; empty when nothing is ours
    QPointer<QMimeData> m_mime; ///< what we put on the clipboard, while the clipboard keeps it
    QTimer m_clearTimer;
    QTimer m_tick;
    QDeadlineTimer m_deadline;
};

} // namespace bgtm
