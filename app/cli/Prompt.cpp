#include "Prompt.h"

#include <QByteArray>

#include <cerrno>
#include <cstdio>
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
    const std::optional<SecretBytes> line = readLineFrom(STDIN_FILENO);
    if (!line)
        return std::nullopt;
    return QString::fromLocal8Bit(line->bytes());
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
    std::optional<SecretBytes> line = readLineFrom(STDIN_FILENO);
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        showPrompt(QStringLiteral("\n"));
    }
    if (!line)
        return {};
    return std::move(*line);
}

std::optional<SecretBytes> Prompt::readLineFrom(int fd)
{
    QByteArray line;
    line.reserve(256);
    char byte = 0;
    bool any = false;
    for (;;) {
        const ssize_t got = ::read(fd, &byte, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got != 1)
            break;
        any = true;
        if (byte == '\n')
            break;
        if (line.size() == line.capacity()) {
            // Grown by hand: QByteArray would free the smaller buffer without wiping it.
            QByteArray larger;
            larger.reserve(line.capacity() * 2);
            larger.append(line.constData(), line.size());
            wipeInPlace(line);
            line = std::move(larger);
        }
        line.append(byte);
    }
    secureWipe(&byte, 1);
    if (!any)
        return std::nullopt;
    while (line.endsWith('\r'))
        line.chop(1);
    return SecretBytes(std::move(line));
}

} // namespace bgtm::cli
