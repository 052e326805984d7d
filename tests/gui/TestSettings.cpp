#include "settings/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace bgtm;

namespace {

/// Points the user's configuration folder ($XDG_CONFIG_HOME) at `dir` while it lives.
class ConfigHome
{
public:
    explicit ConfigHome(const QString &dir) : m_saved(qgetenv("XDG_CONFIG_HOME"))
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir));
    }
    ~ConfigHome() { qputenv("XDG_CONFIG_HOME", m_saved); }
    ConfigHome(const ConfigHome &) = delete;
    ConfigHome &operator=(const ConfigHome &) = delete;

private:
    QByteArray m_saved;
};

void writeValue(const QString &path, const QString &key, const QString &value)
{
    QSettings file(path, QSettings::IniFormat);
    file.setValue(key, value);
    file.sync();
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // As both mains set it: the name of the folders the settings and the data live in.
        QCoreApplication::setApplicationName(QStringLiteral("bitgo-token-manager"));
    }

    void settingsFileIsInAFolderNamedForTheApplication()
    {
        QTemporaryDir dir;
        const ConfigHome home(dir.path());
        const QString expected = dir.filePath(QStringLiteral("bitgo-token-manager/bitgo-token-manager.conf"));
        QCOMPARE(Settings::defaultPath(), expected);
        Settings s;
        QCOMPARE(s.qsettings()->fileName(), expected);
        s.setLanguage(QStringLiteral("fr"));
        QVERIFY(s.sync());
        QVERIFY(QFileInfo::exists(expected));
        QVERIFY(!QDir(dir.filePath(QStringLiteral("Unknown Organization"))).exists());
    }

    void settingsOfEarlierVersionsAreMovedOnceAndRead()
    {
        QTemporaryDir dir;
        const ConfigHome home(dir.path());
        const QString earlier = dir.filePath(QStringLiteral("Unknown Organization/bitgo-token-manager.conf"));
        const QString moved = dir.filePath(QStringLiteral("bitgo-token-manager/bitgo-token-manager.conf"));
        writeValue(earlier, QStringLiteral("ui/language"), QStringLiteral("de"));
        writeValue(earlier, QStringLiteral("security/clipboardClearSeconds"), QStringLiteral("30"));
        {
            Settings s;
            QCOMPARE(s.qsettings()->fileName(), moved);
            QCOMPARE(s.language(), QStringLiteral("de"));
            QCOMPARE(s.clipboardClearDelay(), std::chrono::seconds(30));
        }
        QVERIFY(QFileInfo::exists(moved));
        QVERIFY(!QFileInfo::exists(earlier));
        QVERIFY2(!QDir(dir.filePath(QStringLiteral("Unknown Organization"))).exists(), "the emptied folder stays");

        // A second start does nothing: a file at the old place again is neither moved nor read.
        writeValue(earlier, QStringLiteral("ui/language"), QStringLiteral("fr"));
        QCOMPARE(Settings::moveEarlierFile(), moved);
        Settings again;
        QCOMPARE(again.language(), QStringLiteral("de"));
        QCOMPARE(QSettings(earlier, QSettings::IniFormat).value(QStringLiteral("ui/language")).toString(),
                 QStringLiteral("fr"));
    }

    void aMoveThatCannotHappenKeepsAndReadsTheEarlierFile()
    {
        QTemporaryDir dir;
        const ConfigHome home(dir.path());
        const QString earlier = dir.filePath(QStringLiteral("Unknown Organization/bitgo-token-manager.conf"));
        writeValue(earlier, QStringLiteral("ui/language"), QStringLiteral("de"));
        // A file where the application's folder belongs: the folder cannot be made (as root too).
        QFile blocker(dir.filePath(QStringLiteral("bitgo-token-manager")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();

        Settings s;
        QCOMPARE(s.qsettings()->fileName(), earlier);
        QCOMPARE(s.language(), QStringLiteral("de"));
        QVERIFY(QFileInfo::exists(earlier));
    }

    void freshSettingsHaveTheDocumentedDefaults()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(s.clipboardClearDelay(), std::chrono::seconds(10));
        QCOMPARE(s.defaultEnvironmentId(), QStringLiteral("test"));
        QCOMPARE(s.defaultTokenLifetimeDays(), 90);
        QCOMPARE(s.expiryWarningDays(), 14);
        QCOMPARE(s.lockAfterIdleMinutes(), 5);
        QVERIFY(s.customEnvironments().isEmpty());
        QVERIFY(!s.startWithSandbox());
    }

    // One naming for the app and the CLI: built-ins, custom names and ids, URLs; what is refused says why.
    void environmentsAreNamedOneWayForTheAppAndTheCli_data()
    {
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<QString>("id");      // empty: refused
        QTest::addColumn<QString>("message"); // part of the refusal
        QTest::newRow("default") << QString() << QStringLiteral("test") << QString();
        QTest::newRow("test") << QStringLiteral("test") << QStringLiteral("test") << QString();
        QTest::newRow("prod") << QStringLiteral("prod") << QStringLiteral("prod") << QString();
        QTest::newRow("production") << QStringLiteral("production") << QStringLiteral("prod") << QString();
        QTest::newRow("sandbox") << QStringLiteral("sandbox") << QStringLiteral("sandbox") << QString();
        QTest::newRow("custom name") << QStringLiteral("Treasury proxy") << QStringLiteral("custom-treasury-proxy")
                                     << QString();
        QTest::newRow("custom id") << QStringLiteral("custom-treasury-proxy") << QStringLiteral("custom-treasury-proxy")
                                   << QString();
        QTest::newRow("url") << QStringLiteral("https://bitgo.example/") << QStringLiteral("custom-bitgo-example")
                             << QString();
        QTest::newRow("plain http off loopback")
            << QStringLiteral("http://bitgo.example") << QString() << QStringLiteral("https");
        QTest::newRow("custom that may not be used")
            << QStringLiteral("Old proxy") << QString() << QStringLiteral("https");
        QTest::newRow("unknown") << QStringLiteral("staging") << QString() << QStringLiteral("Unknown environment");
    }

    void environmentsAreNamedOneWayForTheAppAndTheCli()
    {
        QFETCH(QString, wanted);
        QFETCH(QString, id);
        QFETCH(QString, message);
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("s.ini")));
        s.setCustomEnvironments({{QStringLiteral("Treasury proxy"), QStringLiteral("https://proxy.example"), true, {}},
                                 {QStringLiteral("Old proxy"), QStringLiteral("http://proxy.example"), false, {}}});
        const Result<Environment> e = s.environment(wanted);
        if (id.isEmpty()) {
            QVERIFY(!e.ok());
            QVERIFY(e.error().kind == ErrorKind::Validation);
            QVERIFY2(e.error().message.contains(message), qPrintable(e.error().message));
        } else {
            QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().message));
            QCOMPARE(e.value().id, id);
        }
    }

    void valuesSurviveAReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        const QList<CustomEnvironment> envs {
            {QStringLiteral("My Express"), QStringLiteral("http://127.0.0.1:3080"), true, QStringLiteral("xpub661")}};
        {
            Settings s(path);
            s.setClipboardClearDelay(std::chrono::seconds(0));
            s.setCustomEnvironments(envs);
            s.setLastUsername(QStringLiteral("demo@sandbox.bitgo.local"));
            s.setSortState({4, false});
            s.setColumnWidths({120, 80});
            QVERIFY(s.sync());
        }
        Settings s(path);
        QCOMPARE(s.clipboardClearDelay(), std::chrono::seconds(0));
        QCOMPARE(s.customEnvironments(), envs);
        QCOMPARE(s.customEnvironments().constFirst().toEnvironment().id, QStringLiteral("custom-my-express"));
        QCOMPARE(s.lastUsername(), QStringLiteral("demo@sandbox.bitgo.local"));
        QCOMPARE(s.sortState().column, 4);
        QVERIFY(!s.sortState().ascending);
        QCOMPARE(s.columnWidths(), (QList<int> {120, 80}));
    }

    void outOfRangeValuesInTheFileFallBackToDefaults_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("negative clipboard") << QStringLiteral("security/clipboardClearSeconds") << QStringLiteral("-5");
        QTest::newRow("lifetime beyond 10 years")
            << QStringLiteral("tokens/defaultLifetimeDays") << QStringLiteral("4000");
        QTest::newRow("not a number") << QStringLiteral("security/lockAfterIdleMinutes") << QStringLiteral("soon");
    }

    void outOfRangeValuesInTheFileFallBackToDefaults()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QTemporaryDir dir;
        QSettings raw(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        raw.setValue(key, value);
        Settings s(&raw);
        QCOMPARE(s.clipboardClearDelay(), std::chrono::seconds(10));
        QCOMPARE(s.defaultTokenLifetimeDays(), 90);
        QCOMPARE(s.lockAfterIdleMinutes(), 5);
    }

    void customEnvironmentSignsWithAuthV3UnlessItSaysV2_data()
    {
        QTest::addColumn<QString>("stored"); // the entry's authVersion in the file; empty: none (older settings)
        QTest::addColumn<bool>("v2");
        QTest::newRow("absent") << QString() << false;
        QTest::newRow("3") << QStringLiteral("3") << false;
        QTest::newRow("2") << QStringLiteral("2") << true;
        QTest::newRow("garbage") << QStringLiteral("two") << false;
    }

    void customEnvironmentSignsWithAuthV3UnlessItSaysV2()
    {
        QFETCH(QString, stored);
        QFETCH(bool, v2);
        QTemporaryDir dir;
        QSettings raw(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        raw.beginWriteArray(QStringLiteral("environments/custom"), 1);
        raw.setArrayIndex(0);
        raw.setValue(QStringLiteral("name"), QStringLiteral("Proxy"));
        raw.setValue(QStringLiteral("baseUrl"), QStringLiteral("https://proxy.example"));
        if (!stored.isEmpty())
            raw.setValue(QStringLiteral("authVersion"), stored);
        raw.endArray();
        Settings s(&raw);
        const QList<CustomEnvironment> read = s.customEnvironments();
        QCOMPARE(read.size(), 1);
        const HmacVersion expected = v2 ? HmacVersion::V2 : HmacVersion::V3;
        QVERIFY(read.constFirst().hmacVersion == expected);
        QVERIFY(read.constFirst().toEnvironment().hmacVersion == expected);

        // Written back as read, and a built-in never falls back.
        s.setCustomEnvironments(read);
        QCOMPARE(s.customEnvironments(), read);
        QVERIFY(Environment::test().hmacVersion == HmacVersion::V3);
        QVERIFY(Environment::production().hmacVersion == HmacVersion::V3);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
