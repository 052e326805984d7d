// Custom environments in Preferences: the auth v2 fallback is shown per environment, kept through OK, and set by
// its check box; every other environment stays on v3.
#include "PreferencesDialog.h"

#include "settings/Settings.h"

#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bgtm;

class TestPreferencesEnvironments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authV2FallbackIsShownKeptAndSetPerEnvironment()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        CustomEnvironment legacy {QStringLiteral("Old proxy"), QStringLiteral("https://old.example"), false, {}};
        legacy.hmacVersion = HmacVersion::V2;
        const CustomEnvironment current {QStringLiteral("New proxy"), QStringLiteral("https://new.example"), false, {}};
        const CustomEnvironment other {QStringLiteral("Express"), QStringLiteral("http://127.0.0.1:3080"), false, {}};
        {
            Settings settings(path);
            settings.setCustomEnvironments({legacy, current, other});
            PreferencesDialog dialog(&settings, {{QStringLiteral("test"), QStringLiteral("Test"), false}});
            auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("customTableWidget"));
            QVERIFY(table);
            QCOMPARE(table->rowCount(), 3);
            int column = -1;
            for (int c = 0; c < table->columnCount(); ++c) {
                if (table->horizontalHeaderItem(c)->text().contains(QLatin1String("v2")))
                    column = c;
            }
            QVERIFY(column >= 0);
            QCOMPARE(table->item(0, column)->checkState(), Qt::Checked);
            QCOMPARE(table->item(1, column)->checkState(), Qt::Unchecked);
            QCOMPARE(table->item(2, column)->checkState(), Qt::Unchecked);
            table->item(1, column)->setCheckState(Qt::Checked);
            dialog.accept();
        }
        const QList<CustomEnvironment> saved = Settings(path).customEnvironments();
        QCOMPARE(saved.size(), 3);
        QVERIFY(saved.at(0).hmacVersion == HmacVersion::V2);
        QVERIFY(saved.at(1).hmacVersion == HmacVersion::V2);
        QVERIFY(saved.at(2).hmacVersion == HmacVersion::V3);
        QVERIFY(saved.at(1).toEnvironment().hmacVersion == HmacVersion::V2);
    }
};

QTEST_MAIN(TestPreferencesEnvironments)
#include "TestPreferencesEnvironments.moc"
