#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace bgtm::test {

class SandboxProcess;

/// What one run of the CLI left behind.
struct CliResult {
    int exitCode = -1;
    bool finished = false; ///< false: it hung past the deadline and was killed
    QByteArray out;
    QByteArray err;
};

/// Runs the real `bitgo-token-manager-cli` (BGTM_CLI_EXE) with its own HOME and XDG data/config/cache
/// directories (fresh per CliRunner), a given XDG_RUNTIME_DIR (where the sandbox's runtime file lives) and the
/// test session's D-Bus (so the real keyring). Every stderr is collected for the secret scan.
/// As AnotherMachine, it stands for a second machine on the same account: every run is inside a private session of
/// its own (scripts/with-test-session.sh over this runner's directories: own HOME, D-Bus and gnome-keyring, whose
/// keyring file persists from run to run as a machine's would), with a copy of the sandbox's runtime file.
class CliRunner
{
public:
    enum class Machine { ThisOne, AnotherMachine };
    explicit CliRunner(const QString &runtimeDir, Machine machine = Machine::ThisOne);

    /// Runs with `args`, writes `input` to stdin and closes it; kills the process after `timeoutMs`.
    CliResult run(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 60000,
                  const QProcessEnvironment &extra = {});
    /// The same, in two halves, for runs that must overlap: start() returns at once, finish() waits.
    std::unique_ptr<QProcess> start(const QStringList &args, const QByteArray &input = {},
                                    const QProcessEnvironment &extra = {});
    CliResult finish(QProcess &process, int timeoutMs = 60000);
    /// Everything the CLI wrote to stderr so far in this runner.
    [[nodiscard]] const QByteArray &allStderr() const { return m_allStderr; }
    [[nodiscard]] QString dataDir() const;
    [[nodiscard]] QProcessEnvironment environment() const { return m_environment; }

    /// `secret-tool lookup server bitgo-token-manager user <key>`: the secret, or nullopt when absent.
    static std::optional<QByteArray> keychainLookup(const QString &key);
    /// True inside scripts/with-test-session.sh (private D-Bus + unlocked keyring).
    static bool inTestSession();

private:
    Machine m_machine;
    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_environment;
    QByteArray m_allStderr;
};

/// The files a CLI test's sandbox writes, under the test's own folder.
struct CliSandboxFiles {
    QString runtimeDir; ///< for CliRunner: the sandbox's runtime file is here, which is how `--env sandbox` finds it
    QString issuedLog;  ///< every secret the sandbox issued, a line each: what the secret scans look for
};

/// Starts `sandbox` for CLI tests with its runtime file and issued-secrets log under `dir`, and `extraArgs`.
/// nullopt when it could not start (sandbox.errorString() says why).
std::optional<CliSandboxFiles> startSandboxForCli(SandboxProcess &sandbox, const QString &dir,
                                                  const QStringList &extraArgs = {});
/// `--env sandbox --user <the demo account>`, then `command`: how the tests address the sandbox's demo account.
QStringList base(const QStringList &command);
/// What `login --password-stdin` reads for the demo account: its password and one-time code, a line each.
QByteArray demoLoginInput();
/// The `--json` output of a run, as one object.
QJsonObject jsonOf(const CliResult &result);
/// A failed run's diagnostics: its exit code and the end of its stderr without Qt's debug lines (stderr never
/// holds secrets; stdout may, so it is left out).
QByteArray diagnose(const CliResult &result);

} // namespace bgtm::test
