#pragma once

#include "model/Environment.h"
#include "model/Result.h"

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace bgtm {

/// Where a running local sandbox answers (the contents of its runtime file).
struct SandboxEndpoint {
    QUrl baseUrl;
    QString serverXpub;
    qint64 pid = 0;
    bool startedNow = false; ///< true when this call started it

    /// The environment the client and vault use. Its id is always "sandbox", never a port.
    [[nodiscard]] Environment environment() const { return Environment::sandbox(baseUrl, serverXpub); }
};

/// Finds the user's running `bitgo-sandbox` through its runtime file, checks that it answers, and otherwise
/// starts one detached (state persisted in the app data directory) and waits for its runtime file, so that the
/// GUI, `cli login` and the next CLI command all see the same server. Asynchronous: never blocks the caller's
/// thread; every wait has a deadline.
class LocalSandbox : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString runtimeFile; ///< `<RuntimeLocation>/bitgo-token-manager/sandbox.json`
        QString stateFile;   ///< `<AppDataLocation>/sandbox-state.json`
        QString executable;  ///< empty: next to the running executable, then the build tree, then PATH
        std::chrono::milliseconds probeTimeout {2000};
        std::chrono::milliseconds startDeadline {20000};
        std::chrono::milliseconds pollInterval {100};
    };

    /// Paths from QStandardPaths; the executable found by findExecutable().
    [[nodiscard]] static Options defaultOptions();
    /// `bitgo-sandbox` next to the running executable, in the build tree's sibling folder, or on PATH.
    /// Empty when none is found.
    [[nodiscard]] static QString findExecutable();

    LocalSandbox(QNetworkAccessManager *network, Options options, QObject *parent = nullptr);
    ~LocalSandbox() override;

    /// Calls `done` once (with `context` alive) with the endpoint of a sandbox that answered, or an error:
    /// Io when no executable is found or it cannot start, Timeout when it did not come up in time.
    void ensureRunning(QObject *context, std::function<void(Result<SandboxEndpoint>)> done);

    /// The runtime file parsed, without checking that the server answers. Error when absent or malformed.
    [[nodiscard]] static Result<SandboxEndpoint> readRuntimeFile(const QString &path);

    /// What stopIfStartedHere() did.
    struct StopOutcome {
        enum class What {
            NotStartedHere, ///< this object started no sandbox, or the one it started is already gone or replaced
            Stopped,        ///< asked to stop (SIGTERM): it saves its state and removes its runtime file
            KeptForCli,     ///< left running: a `bitgo-token-manager-cli` that finds the same sandbox runs
        };
        What what = What::NotStartedHere;
        qint64 sandboxPid = 0;
        qint64 cliPid = 0; ///< KeptForCli: one of the CLI processes
    };
    /// For a front end that quits: stops the sandbox this object started, unless a CLI process that finds the same
    /// sandbox runs (a command may be talking to it). Its state is saved, so the next start, by either, continues.
    StopOutcome stopIfStartedHere();
    /// Pids of this user's running `bitgo-token-manager-cli` processes whose runtime directory leads to this
    /// object's runtime file (Linux: /proc; one without XDG_RUNTIME_DIR counts: it may be ours).
    [[nodiscard]] QList<qint64> cliProcessesFindingThisSandbox() const;

private:
    struct Attempt;
    void probe(const SandboxEndpoint &endpoint, const std::shared_ptr<Attempt> &attempt,
               std::function<void(bool)> answered);
    void start(const std::shared_ptr<Attempt> &attempt);
    void waitForRuntimeFile(const std::shared_ptr<Attempt> &attempt);
    void finish(const std::shared_ptr<Attempt> &attempt, Result<SandboxEndpoint> result);

    QNetworkAccessManager *m_network;
    Options m_options;
    std::unique_ptr<QLockFile> m_startLock;
    qint64 m_startedPid = 0; ///< the sandbox this object started, once it answered
};

} // namespace bgtm
