#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace bgtm::test {

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
class CliRunner
{
public:
    explicit CliRunner(const QString &runtimeDir);

    /// Runs with `args`, writes `input` to stdin and closes it; kills the process after `timeoutMs`.
    CliResult run(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 60000,
                  const QProcessEnvironment &extra = {});
    /// Everything the CLI wrote to stderr so far in this runner.
    [[nodiscard]] const QByteArray &allStderr() const { return m_allStderr; }
    [[nodiscard]] QString dataDir() const;
    [[nodiscard]] QProcessEnvironment environment() const { return m_environment; }

    /// `secret-tool lookup server bitgo-token-manager user <key>`: the secret, or nullopt when absent.
    static std::optional<QByteArray> keychainLookup(const QString &key);
    /// True inside scripts/with-test-session.sh (private D-Bus + unlocked keyring).
    static bool inTestSession();

private:
    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_environment;
    QByteArray m_allStderr;
};

} // namespace bgtm::test
