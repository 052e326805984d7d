#pragma once

#include "model/Result.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

class QLocalServer;
class QLockFile;

namespace bgtm {

/// Keeps the desktop app to one instance per user: a lock file decides who runs, a local socket next to it lets a
/// second start ask the running one to raise its window. A lock left by a killed process is taken over (QLockFile
/// sees the dead pid). The CLI does not use this: it may run alongside the GUI.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role { Primary, Secondary };

    /// `directory` holds `<name>.lock` and the socket; injectable for tests (the app passes its runtime dir).
    SingleInstance(const QString &directory, const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Primary: this process holds the lock and listens for activation requests.
    /// Secondary: another live process holds it; call requestActivation() and exit.
    Result<Role> start();
    /// Asks the primary to raise its window. Fails after `timeout` when nobody answers.
    void requestActivation(std::chrono::milliseconds timeout, QObject *context, Callback<Done> done);

    [[nodiscard]] QString lockPath() const;
    [[nodiscard]] QString socketPath() const;

Q_SIGNALS:
    /// Another start of the app asked this one to show itself.
    void activationRequested();

private:
    QString m_directory;
    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace bgtm
