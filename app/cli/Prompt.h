#pragma once

#include "SecretBytes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bgtm::cli {

/// Reads answers from stdin: prompts go to stderr (so stdout stays clean for scripts), secrets are read with the
/// terminal's echo switched off (termios) when stdin is a terminal. Every read stops at end of input.
class Prompt
{
    Q_DECLARE_TR_FUNCTIONS(bgtm::cli::Prompt)
public:
    [[nodiscard]] static bool stdinIsTerminal();
    [[nodiscard]] static bool stderrIsTerminal();
    /// One line without its line break; nullopt at end of input. `prompt` is shown only on a terminal.
    [[nodiscard]] static std::optional<QString> readLine(const QString &prompt);
    /// One line read without echo; the read buffer is wiped. Empty at end of input.
    [[nodiscard]] static SecretBytes readSecret(const QString &prompt);
    /// One line from `fd` without its line break; nullopt at end of input. Read byte by byte, so that nothing
    /// after the line break is read ahead into a buffer (stdio's would keep a password typed or piped in, unwiped,
    /// for the life of the process); the bytes are only ever in buffers that are wiped when left.
    [[nodiscard]] static std::optional<SecretBytes> readLineFrom(int fd);
};

} // namespace bgtm::cli
