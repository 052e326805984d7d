#pragma once

#include <QObject>

class QSocketNotifier;

namespace bgtm::sandbox {

/// Turns SIGINT/SIGTERM into a Qt signal through a self-pipe (the only async-signal-safe way into the event loop).
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    /// False when the pipe or the handlers could not be set up.
    [[nodiscard]] bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace bgtm::sandbox
