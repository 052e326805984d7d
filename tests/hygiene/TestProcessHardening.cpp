// Core dumps are off for the real CLI and desktop app: the process is non-dumpable (PR_SET_DUMPABLE 0,
// read back in-process through the BGTM_TEST_REPORT_HARDENING hook) and its core-file limit is 0, read from outside
// in /proc/<pid>/limits while the program runs.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

namespace {

/// "Max core file size  <soft>  <hard>  bytes" from /proc/<pid>/limits, e.g. "0 0"; empty when unreadable.
QString coreLimitOf(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression line(QStringLiteral("^Max core file size\\s+(\\S+)\\s+(\\S+)"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(QString::fromLatin1(limits.readAll()));
    return m.hasMatch() ? m.captured(1) + u' ' + m.captured(2) : QString();
}

} // namespace

class TestProcessHardening : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"home", "data", "config", "cache", "run"})
            QDir().mkpath(m_dir.filePath(QLatin1String(name)));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("run")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("BGTM_TEST_REPORT_HARDENING"), QStringLiteral("1"));
        env.remove(QStringLiteral("DISPLAY"));
        return env;
    }

    /// Starts `program`, waits for its hardening line, checks it and /proc/<pid>/limits while it still runs.
    void checkRunning(QProcess &process, const QString &program, const QStringList &args)
    {
        process.setProcessEnvironment(environment());
        process.start(program, args);
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
        QByteArray err;
        QVERIFY2(QTest::qWaitFor(
                     [&]() {
                         process.waitForReadyRead(100);
                         err += process.readAllStandardError();
                         return err.contains("hardening: ") || process.state() == QProcess::NotRunning;
                     },
                     60000),
                 "no hardening line within 60 s");
        QVERIFY2(err.contains("hardening: dumpable=0 core-limit=0/0\n"), err.right(2000).constData());
        QVERIFY2(process.state() == QProcess::Running, "the program ended before its limits could be read");
        QCOMPARE(coreLimitOf(process.processId()), QStringLiteral("0 0"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Children inherit this process's core limit: it must be above 0, or a 0 read back would prove nothing.
        // Raising the soft limit to the hard one needs no privilege (Debian's default is soft 0, hard unlimited).
        rlimit core {};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        core.rlim_cur = core.rlim_max;
        QCOMPARE(::setrlimit(RLIMIT_CORE, &core), 0);
        QVERIFY2(coreLimitOf(QCoreApplication::applicationPid()) != QLatin1String("0 0"),
                 "the hard core-file limit of this session is 0: the check would prove nothing");
    }

    void cliIsNotDumpableAndHasNoCoreLimit()
    {
        // `login --password-stdin` waits for the password on stdin: the process stays up to be inspected.
        QProcess cli;
        checkRunning(cli, QStringLiteral(BGTM_CLI_EXE),
                     {QStringLiteral("--env"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--user"),
                      QStringLiteral("nobody@example.com"), QStringLiteral("login"),
                      QStringLiteral("--password-stdin")});
        cli.kill();
        cli.waitForFinished(10000);
    }

    void desktopAppIsNotDumpableAndHasNoCoreLimit()
    {
        QProcess app;
        checkRunning(app, QStringLiteral(BGTM_GUI_EXE), {QStringLiteral("--offline")});
        app.kill();
        app.waitForFinished(10000);
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "TestProcessHardening.moc"
