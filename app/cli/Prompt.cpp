#include "Prompt.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace bgtm::cli {

namespace {

void showPrompt(const QString &prompt)
{
    // Prompts are for people: shown whenever stderr is a terminal, so that piped stdout stays clean.
    if (prompt.isEmpty() || !Prompt::stderrIsTerminal())
        return;
    const QByteArray bytes = prompt.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

/// getline() into a buffer that is wiped before it is freed; strips the line break.
std::optional<QByteArray> readRawLine()
{
    char *buffer = nullptr;
    size_t capacity = 0;
    const ssize_t length = ::getline(&buffer, &capacity, stdin);
    std::optional<QByteArray> line;
    if (length >= 0) {
        qsizetype n = length;
        while (n > 0 && (buffer[n - 1] == '\n' || buffer[n - 1] == '\r'))
            --n;
        line = QByteArray(buffer, n);
    }
    if (buffer) {
        std::memset(buffer, 0, capacity);
        std::free(buffer);
    }
    return line;
}

} // namespace

bool Prompt::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool Prompt::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

std::optional<QString> Prompt::readLine(const QString &prompt)
{
    showPrompt(prompt);
    const std::optional<QByteArray> line = readRawLine();
    if (!line)
        return std::nullopt;
    return QString::fromLocal8Bit(*line);
}

SecretBytes Prompt::readSecret(const QString &prompt)
{
    showPrompt(prompt);
    termios saved {};
    const bool terminal = stdinIsTerminal() && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::optional<QByteArray> line = readRawLine();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        showPrompt(QStringLiteral("\n"));
    }
    if (!line)
        return {};
    SecretBytes secret(*line);
    line->fill('\0');
    return secret;
}

} // namespace bgtm::cli
