// The .ts files in translations/ are current (lupdate over today's sources finds no message they lack) and complete
// (every message translated, placeholders, plural forms and mnemonics kept, nothing left in English by accident).
#include "TsFile.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace bgtm::test;

namespace {

const QString kRefresh = QStringLiteral("refresh with: cmake --build <build dir> --target update_translations");

QStringList tsFiles()
{
    return QString::fromUtf8(BGTM_TS_FILES).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QStringList lupdateOptions()
{
    return QString::fromUtf8(BGTM_LUPDATE_OPTIONS).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

/// English, the source language, has a file of plural forms only ("1 token" / "2 tokens").
const QString kPluralsFile = QStringLiteral(BGTM_PLURALS_TS_FILE);

/// Words that stay the same in every language (names, acronyms, loan words used as is). A translation may equal
/// its source only when every word of the source is one of these.
const QSet<QString> &invariantWords()
{
    static const QSet<QString> words {
        QStringLiteral("bitgo"),      QStringLiteral("otp"),        QStringLiteral("cidr"),
        QStringLiteral("ecdh"),       QStringLiteral("hmac"),       QStringLiteral("json"),
        QStringLiteral("url"),        QStringLiteral("id"),         QStringLiteral("ip"),
        QStringLiteral("ok"),         QStringLiteral("qt"),         QStringLiteral("keychain"),
        QStringLiteral("kwallet"),    QStringLiteral("kde"),        QStringLiteral("plasma"),
        QStringLiteral("libsecret"),  QStringLiteral("windows"),    QStringLiteral("macos"),
        QStringLiteral("token"),      QStringLiteral("manager"),    QStringLiteral("version"),
        QStringLiteral("status"),     QStringLiteral("name"),       QStringLiteral("admin"),
        QStringLiteral("enterprise"), QStringLiteral("production"), QStringLiteral("test"),
        QStringLiteral("sandbox"),    QStringLiteral("env"),        QStringLiteral("raw"),
        QStringLiteral("shell"),      QStringLiteral("export"),     QStringLiteral("label"),
        QStringLiteral("scope"),      QStringLiteral("scopes"),     QStringLiteral("bitgo_access_token"),
        QStringLiteral("tbtc"),       QStringLiteral("btc"),        QStringLiteral("eth"),
        QStringLiteral("s"),          QStringLiteral("min"),        QStringLiteral("d"),
        QStringLiteral("h"),          QStringLiteral("info"),       QStringLiteral("description"),
        QStringLiteral("message"),    QStringLiteral("action"),     QStringLiteral("pending"),
        QStringLiteral("session"),    QStringLiteral("template"),   QStringLiteral("templates"),
        QStringLiteral("details"),    QStringLiteral("expiration"), QStringLiteral("total"),
        QStringLiteral("secret"),     QStringLiteral("service"),    QStringLiteral("filter"),
        QStringLiteral("detail"),     QStringLiteral("in"),         QStringLiteral("format"),
        QStringLiteral("ctrl"),       QStringLiteral("shift"),      QStringLiteral("del"),
        QStringLiteral("coin"),       QStringLiteral("csv"),        QStringLiteral("limits"),
        QStringLiteral("minute"),     QStringLiteral("minutes"),    QStringLiteral("problem")};
    return words;
}

bool allWordsInvariant(const QString &source)
{
    static const QRegularExpression word(QStringLiteral("[[:alpha:]_]+"));
    for (auto it = word.globalMatch(source); it.hasNext();) {
        const QString w = it.next().captured().toLower();
        // Single letters are key names (Ctrl+N, F5) or units.
        if (w.size() > 1 && !invariantWords().contains(w))
            return false;
    }
    return true;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n|L\\d+)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

/// A keyboard mnemonic: "&" before a letter, not "&&" and not an HTML entity such as "&lt;".
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(?<!&)&(?!&|#?\\w+;)\\w"));
    return mnemonic.match(text).hasMatch();
}

QString describe(const TsMessage &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(70));
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tsFilesExistForGermanAndFrench();
    void tsFilesHaveEveryMessageOfTheSources_data();
    void tsFilesHaveEveryMessageOfTheSources();
    void englishHasEveryPluralForm();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
};

void TestTranslationFiles::tsFilesExistForGermanAndFrench()
{
    QStringList languages;
    for (const QString &path : tsFiles()) {
        const TsFile ts = TsFile::read(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(path + QStringLiteral(": ") + ts.error));
        languages.append(ts.language.left(2));
    }
    QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(QLatin1Char(' '))));
    QVERIFY2(languages.contains(QStringLiteral("fr")), qPrintable(languages.join(QLatin1Char(' '))));
}

// Runs the build's own lupdate invocation (same project, same options) on copies of the .ts files and compares the
// message sets: a message the copy gained is a string in the sources that the committed file lacks; one it lost is
// a string that left the sources (the committed file is stale either way).
void TestTranslationFiles::tsFilesHaveEveryMessageOfTheSources_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("atLeast"); // messages the sources must give: fewer means a broken scan
    QTest::newRow("translations") << QStringLiteral(BGTM_LUPDATE_PROJECT) << lupdateOptions() << tsFiles() << 100;
    QTest::newRow("English plural forms")
        << QStringLiteral(BGTM_PLURALS_LUPDATE_PROJECT)
        << QStringList {QStringLiteral("-pluralonly")} + lupdateOptions() << QStringList {kPluralsFile} << 20;
}

void TestTranslationFiles::tsFilesHaveEveryMessageOfTheSources()
{
    QFETCH(QString, project);
    QFETCH(QStringList, options);
    QFETCH(QStringList, files);
    QFETCH(int, atLeast);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList copies;
    for (const QString &path : files) {
        const QString copy = dir.filePath(QFileInfo(path).fileName());
        QVERIFY(QFile::copy(path, copy));
        copies.append(copy);
    }
    const QString json = dir.filePath(QStringLiteral("project.json"));
    QProcess generate;
    generate.start(QStringLiteral(BGTM_CMAKE_COMMAND),
                   {QStringLiteral("-DIN_FILE=") + project, QStringLiteral("-DOUT_FILE=") + json, QStringLiteral("-P"),
                    QStringLiteral(BGTM_LUPDATE_GENERATOR)});
    QVERIFY(generate.waitForFinished(60000));
    QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());

    QStringList arguments {QStringLiteral("-project"), json};
    arguments += options;
    arguments.append(QStringLiteral("-ts"));
    arguments += copies;
    QProcess lupdate;
    lupdate.start(QStringLiteral(BGTM_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    for (qsizetype i = 0; i < copies.size(); ++i) {
        const TsFile committed = TsFile::read(files.at(i));
        const TsFile current = TsFile::read(copies.at(i));
        QVERIFY2(current.error.isEmpty(), qPrintable(current.error));
        // Positive control: the sources do have translatable strings, so an empty scan is a broken check.
        QVERIFY2(current.messages.size() > atLeast, qPrintable(QString::number(current.messages.size())));
        QSet<QString> committedKeys;
        for (const TsMessage &m : committed.messages)
            committedKeys.insert(m.key());
        QSet<QString> currentKeys;
        QStringList missing;
        for (const TsMessage &m : current.messages) {
            currentKeys.insert(m.key());
            if (!committedKeys.contains(m.key()))
                missing.append(describe(m));
        }
        QStringList gone;
        for (const TsMessage &m : committed.messages) {
            if (!currentKeys.contains(m.key()))
                gone.append(describe(m));
        }
        const QString file = QFileInfo(files.at(i)).fileName();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 lacks %2 message(s) of the sources (%3), e.g. %4")
                                .arg(file)
                                .arg(missing.size())
                                .arg(kRefresh, missing.mid(0, 5).join(QStringLiteral(", ")))));
        QVERIFY2(gone.isEmpty(),
                 qPrintable(QStringLiteral("%1 has %2 message(s) no longer in the sources (%3), e.g. %4")
                                .arg(file)
                                .arg(gone.size())
                                .arg(kRefresh, gone.mid(0, 5).join(QStringLiteral(", ")))));
    }
}

void TestTranslationFiles::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestTranslationFiles::everyMessageIsTranslated()
{
    QFETCH(QString, path);
    const TsFile ts = TsFile::read(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.messages.isEmpty());
    // German and French have two plural forms (Qt's numerus rules).
    constexpr qsizetype kPluralForms = 2;
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (!m.translationType.isEmpty()) {
            problems.append(describe(m) + QStringLiteral(" is ") + m.translationType);
            continue;
        }
        if (m.numerus && m.translations.size() != kPluralForms) {
            problems.append(describe(m) + QStringLiteral(" needs %1 plural forms").arg(kPluralForms));
            continue;
        }
        for (const QString &translation : m.translations) {
            if (translation.isEmpty()) {
                problems.append(describe(m) + QStringLiteral(" has an empty translation"));
            } else if (translation == m.source && !allWordsInvariant(m.source)) {
                problems.append(describe(m) + QStringLiteral(" is left untranslated"));
            } else if (placeholders(translation) != placeholders(m.source)) {
                problems.append(describe(m) + QStringLiteral(" changes the placeholders to ")
                                + placeholders(translation).join(QLatin1Char(' ')));
            } else if (hasMnemonic(m.source) != hasMnemonic(translation)) {
                problems.append(describe(m) + QStringLiteral(" loses or adds a & mnemonic"));
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s), first ones:\n  %2\n%3")
                            .arg(problems.size())
                            .arg(problems.mid(0, 15).join(QStringLiteral("\n  ")), kRefresh)));
}

// Every message of the English file is a plural one with both forms written out, the count kept, and no "(s)".
void TestTranslationFiles::englishHasEveryPluralForm()
{
    const TsFile ts = TsFile::read(kPluralsFile);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(ts.messages.size() > 20);
    static const QRegularExpression sourcePlural(QStringLiteral("\\((s|ies)\\)"));
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (!m.numerus || !m.translationType.isEmpty() || m.translations.size() != 2) {
            problems.append(describe(m) + QStringLiteral(" needs two finished plural forms"));
            continue;
        }
        for (const QString &form : m.translations) {
            if (form.isEmpty() || sourcePlural.match(form).hasMatch() || placeholders(form) != placeholders(m.source))
                problems.append(describe(m) + QStringLiteral(": \"%1\"").arg(form));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 15).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "TestTranslationFiles.moc"
