// How the CLI reads answers and secrets from stdin (Prompt), on pipes: one line and not a byte more, so that no
// read-ahead buffer (stdio's) keeps a password that later input followed.
#include "Prompt.h"

#include <QTest>

#include <unistd.h>

using namespace bgtm;
using namespace bgtm::cli;

namespace {

/// The read end of a pipe that holds `input` and then ends.
int pipeWith(const QByteArray &input)
{
    int fds[2] = {-1, -1};
    if (::pipe(fds) != 0)
        return -1;
    const ssize_t written = ::write(fds[1], input.constData(), size_t(input.size()));
    ::close(fds[1]);
    return written == input.size() ? fds[0] : -1;
}

/// Everything left in `fd` up to its end.
QByteArray rest(int fd)
{
    QByteArray out;
    char buffer[4096];
    ssize_t got = 0;
    while ((got = ::read(fd, buffer, sizeof buffer)) > 0)
        out.append(buffer, got);
    return out;
}

} // namespace

class TestPrompt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readLineFromReadsOneLineAndNotAByteMore_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("left");
        QTest::newRow("line feed") << QByteArray("sandbox-demo-password\n0000000\n")
                                   << QByteArray("sandbox-demo-password") << QByteArray("0000000\n");
        QTest::newRow("carriage return and line feed")
            << QByteArray("sandbox-demo-password\r\n0000000\r\n") << QByteArray("sandbox-demo-password")
            << QByteArray("0000000\r\n");
        QTest::newRow("last line without a break") << QByteArray("v2xlast") << QByteArray("v2xlast") << QByteArray();
        QTest::newRow("empty line") << QByteArray("\nnext\n") << QByteArray() << QByteArray("next\n");
        // Longer than the first buffer: grown (and the smaller one wiped) on the way.
        const QByteArray longLine(20000, 'p');
        QTest::newRow("long line") << (longLine + "\nnext\n") << longLine << QByteArray("next\n");
    }

    void readLineFromReadsOneLineAndNotAByteMore()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, left);
        const int fd = pipeWith(input);
        QVERIFY(fd >= 0);
        const std::optional<SecretBytes> read = Prompt::readLineFrom(fd);
        QVERIFY(read.has_value());
        QVERIFY(read->bytes() == line);
        QCOMPARE(rest(fd), left);
        ::close(fd);
    }

    void endOfInputIsNoLine()
    {
        const int fd = pipeWith(QByteArray());
        QVERIFY(fd >= 0);
        QVERIFY(!Prompt::readLineFrom(fd).has_value());
        ::close(fd);
    }

    void passwordFromStdinLeavesWhatFollowsUnread()
    {
        // `login --password-stdin` then the code prompt: both from the process's real stdin.
        const int fd = pipeWith("sandbox-demo-password\n0000000\nmore input\n");
        QVERIFY(fd >= 0);
        const int savedStdin = ::dup(STDIN_FILENO);
        QVERIFY(savedStdin >= 0);
        QVERIFY(::dup2(fd, STDIN_FILENO) == STDIN_FILENO);
        ::close(fd);

        const SecretBytes password = Prompt::readSecret(QString());
        const std::optional<QString> code = Prompt::readLine(QString());
        // Nothing was read ahead into a buffer (stdio's would hold the password too): the rest is still in the pipe.
        const QByteArray left = rest(STDIN_FILENO);

        ::dup2(savedStdin, STDIN_FILENO);
        ::close(savedStdin);
        QVERIFY(password.bytes() == "sandbox-demo-password");
        QVERIFY(code.has_value());
        QCOMPARE(*code, QStringLiteral("0000000"));
        QCOMPARE(left, QByteArray("more input\n"));
    }
};

QTEST_GUILESS_MAIN(TestPrompt)
#include "TestPrompt.moc"
