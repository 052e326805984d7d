#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace bgtm::test {

class CliRunner;
class SandboxProcess;

/// How one crash scenario ends the CLI: at a named kill point (BGTM_TEST_KILL_AT), with SIGKILL after a random
/// delay, or not at all (the control row).
struct KillScenario {
    enum class Mode { NamedPoint, RandomDelay, None };
    enum class Operation { Create, Rotate };
    QString name; ///< the kill point's name, "random" or "none"
    Mode mode = Mode::None;
    Operation operation = Operation::Create;
    int maxDelayMs = 0; ///< RandomDelay: SIGKILL after a uniform delay in [0, maxDelayMs]
};

/// What a scenario left behind after N runs, counted after each run's restart (`tokens list` reconciles).
struct KillCounts {
    QString scenario;
    int runs = 0;
    int killed = 0;          ///< the process died at the kill point or from SIGKILL
    int live = 0;            ///< access tokens of the runs' labels live on the sandbox after the restart
    int stored = 0;          ///< …of which the index says "stored" and the keychain holds a secret the sandbox issued
    int flagged = 0;         ///< …of which `tokens list` flags to the user (flagged-for-revocation, store-failed)
    int lost = 0;            ///< live, neither stored nor flagged: must be 0
    int pendingLeft = 0;     ///< index entries still "pending" after the restart: must be 0
    int restartFailures = 0; ///< `tokens list` after the restart did not exit 0
    QStringList problems;    ///< one line per lost token / failed restart (ids and labels only, never secrets)
};

/// Crash consistency of token creation (and rotation, when the CLI has it) against the real sandbox and the real
/// keyring: runs the real CLI, kills it, restarts it, and compares the sandbox's state with the index and the
/// keychain. Used by the benchmark-style executable (many runs, scripts/crash-consistency.sh) and by a fast CTest
/// guard (few runs). Never prints or returns a secret.
class CrashConsistency
{
public:
    /// `sandbox` must be running with `--issued-secrets-log issuedSecretsLog` and `--runtime-file` in the CLI's
    /// runtime directory.
    CrashConsistency(SandboxProcess *sandbox, CliRunner *cli, QString issuedSecretsLog, quint32 seed);
    ~CrashConsistency();

    /// Signs the demo account in (once; the session is reused from the keychain by every later run).
    bool login(QString *error);
    /// Median wall time of `runs` uninterrupted creates: the range random kills are spread over.
    int measureCreateMs(int runs);
    /// True when this CLI has `tokens rotate`.
    bool canRotate();

    KillCounts run(const KillScenario &scenario, int runs);

    /// Counts one label's live tokens against the index and keychain after a `tokens list` (exposed so the test can
    /// give it a positive control: a token made behind the CLI's back must be counted as lost).
    KillCounts countAfterRestart(const QString &scenario, const QStringList &labels);

    /// The Markdown table of `rows`.
    static QString table(const QList<KillCounts> &rows);

private:
    struct RunResult {
        bool killed = false;
        int exitCode = -1;
    };
    RunResult runCli(const QStringList &args, const QProcessEnvironment &extra, int killAfterMs);
    QString createLabelledToken(const QString &label);
    QSet<QByteArray> issuedSecrets() const;

    SandboxProcess *m_sandbox;
    CliRunner *m_cli;
    QString m_issuedLog;
    QRandomGenerator m_random;
    int m_sequence = 0;
};

} // namespace bgtm::test
