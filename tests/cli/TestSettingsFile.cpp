// Where the real CLI and desktop app keep their settings: a folder named for the application in the user's
// configuration folder, and the file of earlier versions (under QSettings' "Unknown Organization") moved there once.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Program {
    QString executable;
    QStringList arguments;
    QByteArray germanLine; ///< a line it prints when the settings say German
};

/// The CLI without a command (a usage error), the app's --help: each reads the settings for its language first.
Program program(const QString &name)
{
    if (name == QLatin1String("cli"))
        return {QStringLiteral(BGTM_CLI_EXE), {}, "Kein Befehl angegeben"};
    return {QStringLiteral(BGTM_GUI_EXE), {QStringLiteral("--help")}, "BitGo-Zugriffstoken erstellen"};
}

} // namespace

class TestSettingsFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString configDir() const { return m_dir.filePath(QStringLiteral("config")); }
    QString earlierFile() const
    {
        return configDir() + QStringLiteral("/Unknown Organization/bitgo-token-manager.conf");
    }
    QString settingsFile() const
    {
        return configDir() + QStringLiteral("/bitgo-token-manager/bitgo-token-manager.conf");
    }

    /// Runs `name` with a private HOME and XDG folders (the same for every run of a test function) and an English
    /// locale, so that German output can only come from the settings. Returns stdout and stderr together.
    QByteArray run(const QString &name)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *folder : {"home", "data", "config", "cache"})
            QDir().mkpath(m_dir.filePath(QLatin1String(folder)));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir());
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        for (const char *variable : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            env.remove(QLatin1String(variable));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("DISPLAY"));
        const Program p = program(name);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(p.executable, p.arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished(5000);
        }
        return process.readAllStandardOutput() + process.readAllStandardError();
    }

    static void writeLanguage(const QString &path, const QString &language)
    {
        QSettings file(path, QSettings::IniFormat);
        file.setValue(QStringLiteral("ui/language"), language);
        file.sync();
        QCOMPARE(file.status(), QSettings::NoError);
    }

    static QString languageIn(const QString &path)
    {
        return QSettings(path, QSettings::IniFormat).value(QStringLiteral("ui/language")).toString();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(configDir()).removeRecursively();
    }

    void settingsOfEarlierVersionsMoveOnceAndBothProgramsReadThem_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("the CLI starts first") << QStringLiteral("cli") << QStringLiteral("app");
        QTest::newRow("the app starts first") << QStringLiteral("app") << QStringLiteral("cli");
    }

    void settingsOfEarlierVersionsMoveOnceAndBothProgramsReadThem()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        writeLanguage(earlierFile(), QStringLiteral("de"));

        const QByteArray firstOutput = run(first);
        QVERIFY2(firstOutput.contains(program(first).germanLine), firstOutput.constData());
        QVERIFY2(QFileInfo::exists(settingsFile()), "not moved into a folder named for the application");
        QCOMPARE(languageIn(settingsFile()), QStringLiteral("de"));
        QVERIFY(!QFileInfo::exists(earlierFile()));

        // A second start, by the other program: the moved file is the one read; a file that turns up at the old
        // place again (an older version still installed somewhere) is left alone.
        writeLanguage(earlierFile(), QStringLiteral("fr"));
        const QByteArray secondOutput = run(second);
        QVERIFY2(secondOutput.contains(program(second).germanLine), secondOutput.constData());
        QCOMPARE(languageIn(settingsFile()), QStringLiteral("de"));
        QCOMPARE(languageIn(earlierFile()), QStringLiteral("fr"));
    }
};

QTEST_GUILESS_MAIN(TestSettingsFile)
#include "TestSettingsFile.moc"
