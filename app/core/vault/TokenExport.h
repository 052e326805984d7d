#pragma once

#include "model/Result.h"

#include "SecretBytes.h"

#include <QString>

namespace bgtm {

/// Turning a token into text for other tools, and writing that text to a file nobody else can read.
namespace TokenExport {

enum class Format {
    Raw,    ///< the token as is
    DotEnv, ///< `BITGO_ACCESS_TOKEN=…` (a line for a .env file)
    Shell,  ///< `export BITGO_ACCESS_TOKEN='…'` (quoted for POSIX shells)
};

/// The export text, ending with a newline except for Raw. Refuses (Validation) a token with characters
/// that no format can carry safely (control characters, newlines).
[[nodiscard]] Result<SecretBytes> format(const SecretBytes &token, Format format);

/// POSIX-shell single-quoting: safe for any byte string without NUL.
[[nodiscard]] QByteArray shellQuote(const QByteArray &text);

/// Writes `content` to `path`, which must not exist yet (the caller asked the user to confirm the path):
/// created exclusively with mode 0600, never through a symlink, never as a world-readable temporary.
/// On failure nothing is left behind.
[[nodiscard]] Status writeFile(const QString &path, const SecretBytes &content);

} // namespace TokenExport
} // namespace bgtm
