#include "settings/Settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace bgtm;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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
