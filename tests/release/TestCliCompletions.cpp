// The bash and zsh completions cover the CLI as its --help describes it: every command and subcommand, and every
// option. Bash completion is run for real (the function is called as bash would); zsh's file must parse.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestCliCompletions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bashCompletesEveryCommandOfTheHelp();
    void bashCompletesOptionValues_data();
    void bashCompletesOptionValues();
    void completionsNameEveryOptionOfTheHelp_data();
    void completionsNameEveryOptionOfTheHelp();
    void zshCompletionParses();

private:
    /// The words bash offers for `line` (the cursor at its end), through the installed completion function.
    static QStringList bashComplete(const QString &line);

    QString m_help;
    QList<QStringList> m_commands; ///< e.g. {"login"}, {"tokens", "create"}
};

void TestCliCompletions::initTestCase()
{
    QProcess cli;
    // The English help is the reference, whatever the language of the machine running the test.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.remove(QStringLiteral("LANGUAGE"));
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(BGTM_CLI_EXE), {QStringLiteral("--help")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    m_help = QString::fromUtf8(cli.readAllStandardOutput());
    // The "Commands:" section: a command line starts with two spaces and the command words; continuation lines
    // are indented further, and the section ends at the first empty line.
    const qsizetype start = m_help.indexOf(QLatin1String("\nCommands:\n"));
    QVERIFY(start >= 0);
    const qsizetype end = m_help.indexOf(QLatin1String("\n\n"), start + 1);
    const QStringList lines = m_help.mid(start, end - start).split(QLatin1Char('\n'));
    static const QRegularExpression commandLine(QStringLiteral("^  ([a-z][a-z-]*(?: [a-z][a-z-]*)?)(?:  | \\S|$)"));
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = commandLine.match(line);
        if (!m.hasMatch())
            continue;
        QStringList words = m.captured(1).split(QLatin1Char(' '));
        // Only "tokens" and "templates" take a subcommand; for the rest the second word is already an argument.
        if (words.first() != QLatin1String("tokens") && words.first() != QLatin1String("templates"))
            words = words.mid(0, 1);
        if (!m_commands.contains(words))
            m_commands.append(words);
    }
    // Positive control: the parser finds what the help certainly lists.
    QVERIFY2(m_commands.contains(QStringList {QStringLiteral("login")}), qPrintable(m_help));
    QVERIFY(m_commands.contains(QStringList({QStringLiteral("tokens"), QStringLiteral("create")})));
    QVERIFY(m_commands.size() >= 10);
}

QStringList TestCliCompletions::bashComplete(const QString &line)
{
    // Split as bash does for completion: at spaces, and '=' as a word of its own.
    QString spaced = line;
    spaced.replace(QLatin1Char('='), QLatin1String(" = "));
    QStringList words = spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (line.endsWith(QLatin1Char(' ')) || line.endsWith(QLatin1Char('=')))
        words.append(QString());
    QStringList quoted;
    for (const QString &w : std::as_const(words))
        quoted.append(QLatin1Char('\'') + w + QLatin1Char('\''));
    const QString script = QStringLiteral("source '%1' || exit 3\n"
                                          "COMP_WORDS=(%2); COMP_CWORD=%3; COMPREPLY=()\n"
                                          "_bitgo_token_manager_cli\n"
                                          "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
                               .arg(QStringLiteral(BGTM_BASH_COMPLETION), quoted.join(QLatin1Char(' ')))
                               .arg(words.size() - 1);
    QProcess bash;
    bash.start(QStringLiteral("bash"), {QStringLiteral("--norc"), QStringLiteral("-c"), script});
    if (!bash.waitForFinished(30000) || bash.exitCode() != 0)
        return {QStringLiteral("<bash failed: %1>").arg(QString::fromUtf8(bash.readAllStandardError()))};
    return QString::fromUtf8(bash.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestCliCompletions::bashCompletesEveryCommandOfTheHelp()
{
    for (const QStringList &command : std::as_const(m_commands)) {
        QString typed = QStringLiteral("bitgo-token-manager-cli --env sandbox ");
        for (const QString &word : command) {
            const QStringList offered = bashComplete(typed);
            QVERIFY2(offered.contains(word),
                     qPrintable(QStringLiteral("\"%1\" not offered after \"%2\": %3")
                                    .arg(word, typed, offered.join(QLatin1Char(' ')))));
            typed += word + QLatin1Char(' ');
        }
    }
}

void TestCliCompletions::bashCompletesOptionValues_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("--env") << QStringLiteral("bitgo-token-manager-cli --env ")
                           << QStringList {QStringLiteral("test"), QStringLiteral("prod"), QStringLiteral("sandbox")};
    QTest::newRow("--format") << QStringLiteral("bitgo-token-manager-cli tokens export --format ")
                              << QStringList {QStringLiteral("raw"), QStringLiteral("env"), QStringLiteral("shell")};
    QTest::newRow("--format=sh") << QStringLiteral("bitgo-token-manager-cli tokens export --format=sh")
                                 << QStringList {QStringLiteral("shell")};
    QTest::newRow("--on-store-failure=") << QStringLiteral("bitgo-token-manager-cli tokens create --on-store-failure=")
                                         << QStringList {QStringLiteral("print"), QStringLiteral("revoke")};
    QTest::newRow("tokens options") << QStringLiteral("bitgo-token-manager-cli --env test tokens revoke --")
                                    << QStringList {QStringLiteral("--env"),     QStringLiteral("--user"),
                                                    QStringLiteral("--json"),    QStringLiteral("--help"),
                                                    QStringLiteral("--version"), QStringLiteral("--label"),
                                                    QStringLiteral("--yes")};
}

void TestCliCompletions::bashCompletesOptionValues()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QCOMPARE(bashComplete(line), expected);
}

void TestCliCompletions::completionsNameEveryOptionOfTheHelp_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("bash") << QStringLiteral(BGTM_BASH_COMPLETION);
    QTest::newRow("zsh") << QStringLiteral(BGTM_ZSH_COMPLETION);
}

void TestCliCompletions::completionsNameEveryOptionOfTheHelp()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QString text = QString::fromUtf8(file.readAll());
    QSet<QString> options;
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z-]*[a-z]"));
    for (auto it = option.globalMatch(m_help); it.hasNext();)
        options.insert(it.next().captured());
    QVERIFY(options.contains(QStringLiteral("--env")));
    QStringList missing;
    for (const QString &o : std::as_const(options)) {
        if (!QRegularExpression(QStringLiteral("(?<![\\w-])") + QRegularExpression::escape(o)
                                + QStringLiteral("(?![\\w-])"))
                 .match(text)
                 .hasMatch())
            missing.append(o);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));
    // And every command word.
    for (const QStringList &command : std::as_const(m_commands)) {
        for (const QString &word : command)
            QVERIFY2(text.contains(word), qPrintable(word));
    }
}

void TestCliCompletions::zshCompletionParses()
{
    QProcess zsh;
    zsh.start(QStringLiteral("zsh"), {QStringLiteral("-n"), QStringLiteral(BGTM_ZSH_COMPLETION)});
    QVERIFY2(zsh.waitForStarted(10000), "zsh is missing: scripts/install-deps.sh --tests installs it");
    QVERIFY(zsh.waitForFinished(30000));
    QVERIFY2(zsh.exitCode() == 0, zsh.readAllStandardError().constData());
}

QTEST_GUILESS_MAIN(TestCliCompletions)
#include "TestCliCompletions.moc"
