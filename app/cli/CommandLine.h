#pragma once

#include "Invocation.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

namespace bgtm::cli {

/// Parses `bitgo-token-manager-cli [global options] <command> [options]` into an Invocation.
/// Global options may appear anywhere. Values as `--opt value` or `--opt=value`.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(bgtm::cli::CommandLine)
public:
    struct Parsed {
        Invocation invocation;
        QString error; ///< non-empty: a usage error, human and translated
        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    /// `arguments` without the program name; `environment` supplies BITGO_ENV and BITGO_USER.
    [[nodiscard]] static Parsed parse(const QStringList &arguments, const QProcessEnvironment &environment);

    /// The full --help text, including every command, option, the --json shape and the exit code table.
    [[nodiscard]] static QString helpText();

    /// Duration as accepted by --duration: `<n>d`, `<n>y` (365 days each) or plain seconds.
    /// nullopt when it is not one of those forms.
    [[nodiscard]] static std::optional<qint64> parseDuration(const QString &text);
};

} // namespace bgtm::cli
