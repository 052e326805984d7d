#pragma once

#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace bgtm::test {

class CliRunner;
class SandboxProcess;

/// How one crash scenario ends the CLI or the desktop app: at a named kill point (BGTM_TEST_KILL_AT), with SIGKILL
/// after a random delay, or not at all (the control row).
struct KillScenario {
    enum class Mode { NamedPoint, RandomDelay, None };
    enum class Operation { Create, Rotate };
    enum class Program { Cli, App };
    QString name; ///< the kill point's name, "random" or "none"
    Mode mode = Mode::None;
    Operation operation = Operation::Create;
    int maxDelayMs = 0; ///< RandomDelay: SIGKILL after a uniform delay in [0, maxDelayMs] (see measureMs)
    Program program = Program::Cli;
};

/// What a scenario left behind after N runs, counted after each run's restart (`tokens list` reconciles).
struct KillCounts {
    QString program;   ///< "CLI" or "app"
    QString operation; ///< "create" or "rotate"
    QString scenario;
    int runs = 0;
    int killed = 0;          ///< the process died at the kill point or from SIGKILL
    int live = 0;            ///< access tokens of the runs' labels live on the sandbox after the restart
    int stored = 0;          ///< …of which the index says "stored" and the keychain holds a secret the sandbox issued
    int flagged = 0;         ///< …of which `tokens list` flags to the user (flagged-for-revocation, store-failed)
    int lost = 0;            ///< live, neither stored nor flagged: must be 0
    int pendingLeft = 0;     ///< index entries still "pending" after the restart: must be 0
    int restartFailures = 0; ///< the restart (`tokens list`, or the app's sign-in and list) did not end well
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
    /// Median wall time of `runs` uninterrupted operations: the range random kills are spread over. For the CLI the
    /// whole process (start to exit); for the app from the click on Create / Rotate to the token stored / the
    /// rotation finished (its sign-in before the click is not part of the operation).
    int measureMs(KillScenario::Program program, KillScenario::Operation operation, int runs);
    /// True when this CLI has `tokens rotate`.
    bool canRotate();

    KillCounts run(const KillScenario &scenario, int runs);

    /// Restarts `program` (the CLI: `tokens list`; the app: a fresh window that signs in and lists) and counts the
    /// live tokens with these labels against the index and keychain (exposed so the test can give it a positive
    /// control: a token made behind the program's back must be counted as lost).
    KillCounts countAfterRestart(KillScenario::Program program, const QString &scenario, const QStringList &labels);
    /// That positive control: a live token made on the sandbox directly, behind `program`'s back, counted after the
    /// restart (live 1, lost 1 when the counting works).
    KillCounts countATokenMadeBehindTheBack(KillScenario::Program program);

    /// The Markdown table of `rows`.
    static QString table(const QList<KillCounts> &rows);

private:
    struct RunResult {
        bool killed = false;
        int exitCode = -1;
        int operationMs = -1; ///< app: from the click to "done"
        QString problem;      ///< app: it did not reach its end (a line for the report, no secret)
    };
    RunResult runCli(const QStringList &args, const QProcessEnvironment &extra, int killAfterMs);
    /// Runs the app with the CrashDriver doing `action` on `label`; SIGKILL `killAfterClickMs` after the click
    /// (negative: never).
    RunResult runApp(const QString &action, const QString &label, const QProcessEnvironment &extra,
                     int killAfterClickMs);
    QString createLabelledToken(const QString &label);
    /// What the restarted program shows per token id: "stored", "flagged-for-revocation", "store-failed", …
    QHash<QString, QString> restart(KillScenario::Program program, QString *problem);
    QSet<QByteArray> issuedSecrets() const;

    SandboxProcess *m_sandbox;
    CliRunner *m_cli;
    QString m_issuedLog;
    QTemporaryDir m_work; ///< the app's table reports
    QRandomGenerator m_random;
    int m_sequence = 0;
};

/// What every crash run starts from: a private runtime directory (mode 0700) that the CLI and the app use, the
/// sandbox writing its runtime file there and logging every secret it issues, and a CrashConsistency over them with
/// the demo account signed in.
class CrashSetup
{
public:
    CrashSetup();
    ~CrashSetup();
    CrashSetup(const CrashSetup &) = delete;
    CrashSetup &operator=(const CrashSetup &) = delete;

    /// False with `*error` set when a step failed.
    bool start(quint32 seed, QString *error);

    [[nodiscard]] SandboxProcess &sandbox() { return *m_sandbox; }
    [[nodiscard]] CrashConsistency &crash() { return *m_crash; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    std::unique_ptr<CrashConsistency> m_crash;
};

} // namespace bgtm::test
