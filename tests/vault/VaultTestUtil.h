#pragma once

// Helpers shared by the vault tests: the keychain seen from outside (secret-tool), the private test session,
// and waiting for a callback with a deadline. Secrets are compared, never printed.

#include "model/Result.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTimer>

#include <optional>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

namespace bgtm::test {

inline constexpr auto kService = "bitgo-token-manager";

/// Keychain tests touch only the private keyring of scripts/with-test-session.sh, never the user's own.
inline bool inTestSession()
{
    return qEnvironmentVariableIsSet("BGTM_TEST_SESSION_DIR") && qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
}
inline const char *kNotInSession = "keychain tests must run inside scripts/with-test-session.sh (private D-Bus "
                                   "session with an unlocked gnome-keyring); refusing to touch any other keyring";

struct Lookup {
    int exitCode = -1;
    QByteArray value; ///< compare only; never print
};

/// `secret-tool lookup server <service> user <key>`: exit 0 with the secret, 1 when absent.
inline Lookup secretToolLookup(const QString &key, const QString &service = QString::fromLatin1(kService))
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key});
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return Lookup {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput()};
}

/// Keys (`user` attributes) of every item of `service`, from `secret-tool search --all`.
inline QStringList secretToolKeys(const QString &service = QString::fromLatin1(kService))
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service});
    p.waitForFinished(20000);
    QStringList keys;
    const QByteArray output = p.readAllStandardOutput() + p.readAllStandardError();
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("attribute.user = "))
            keys << QString::fromUtf8(line.mid(17).trimmed());
    }
    return keys;
}

/// The label people see for item `key` in Seahorse and the like, from `secret-tool search` (which also prints the
/// secret: only the label line is kept), or empty when there is no such item.
inline QString secretToolLabel(const QString &key, const QString &service = QString::fromLatin1(kService))
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("server"), service, QStringLiteral("user"), key});
    p.waitForFinished(20000);
    const QByteArray output = p.readAllStandardOutput() + p.readAllStandardError();
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("label = "))
            return QString::fromUtf8(line.mid(8).trimmed());
    }
    return {};
}

/// Pid of the test session's gnome-keyring-daemon (written by with-test-session.sh), or 0.
inline qint64 keyringDaemonPid()
{
    QFile file(qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/gnome-keyring.pid"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

#ifdef Q_OS_UNIX
/// SIGSTOPs the keyring daemon for its lifetime; SIGCONT always follows, even when a check fails.
class StoppedKeyring
{
public:
    explicit StoppedKeyring(qint64 pid) : m_pid(static_cast<pid_t>(pid))
    {
        m_ok = m_pid > 0 && ::kill(m_pid, SIGSTOP) == 0;
    }
    ~StoppedKeyring() { resume(); }
    StoppedKeyring(const StoppedKeyring &) = delete;
    StoppedKeyring &operator=(const StoppedKeyring &) = delete;
    [[nodiscard]] bool ok() const { return m_ok; }
    void resume()
    {
        if (m_ok)
            ::kill(m_pid, SIGCONT);
        m_ok = false;
    }

private:
    pid_t m_pid;
    bool m_ok = false;
};
#endif

/// Runs the event loop until `start`'s callback fires or `deadlineMs` passes (then nullopt).
template <typename T, typename Start>
std::optional<Result<T>> waitFor(Start start, int deadlineMs = 30000)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    QObject context;
    start(&context, [&](Result<T> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(deadlineMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return out;
}

} // namespace bgtm::test
