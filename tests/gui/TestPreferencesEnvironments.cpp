// Preferences: the auth v2 fallback of custom environments is shown per environment, kept through OK, and set by
// its check box (every other environment stays on v3); their columns show whole; "never" for the clipboard and the
// idle lock is allowed but says what it gives up.
#include "PreferencesDialog.h"

#include "settings/Settings.h"

#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
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

    void environmentColumnsShowTheirHeadersAndValuesWhole()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        settings.setCustomEnvironments({{QStringLiteral("Treasury proxy"),
                                         QStringLiteral("https://treasury-proxy.internal.example:8443"),
                                         true,
                                         {}}});
        PreferencesDialog dialog(&settings, {{QStringLiteral("test"), QStringLiteral("Test"), false}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("customTableWidget"));
        const QAbstractItemView *items = table;
        const QHeaderView *header = table->horizontalHeader();
        for (int c = 0; c < header->count() - 1; ++c) // the last one stretches
            QVERIFY2(header->sectionSize(c) >= std::max(header->sectionSizeHint(c), items->sizeHintForColumn(c)),
                     qPrintable(table->horizontalHeaderItem(c)->text()));
    }

    void neverIsAllowedButSaysWhatItGivesUp()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        PreferencesDialog dialog(&settings, {{QStringLiteral("test"), QStringLiteral("Test"), false}});
        dialog.show();
        auto *warning = dialog.findChild<QLabel *>(QStringLiteral("neverWarningLabel"));
        auto *clipboard = dialog.findChild<QSpinBox *>(QStringLiteral("clipboardSpinBox"));
        auto *idle = dialog.findChild<QSpinBox *>(QStringLiteral("idleSpinBox"));
        QVERIFY(warning && clipboard && idle);
        QVERIFY(clipboard->value() > 0 && idle->value() > 0); // the defaults protect
        QVERIFY(!warning->isVisible());
        clipboard->setValue(0);
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("stays on the clipboard")), qPrintable(warning->text()));
        idle->setValue(0);
        QVERIFY(warning->text().contains(QStringLiteral("never locks by itself")));
        clipboard->setValue(30);
        QVERIFY(!warning->text().contains(QStringLiteral("clipboard")));
        dialog.accept();
        QCOMPARE(settings.lockAfterIdleMinutes(), 0); // allowed: it was a warning
    }
};

QTEST_MAIN(TestPreferencesEnvironments)
#include "TestPreferencesEnvironments.moc"
