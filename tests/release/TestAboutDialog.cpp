// Help ▸ About shows what a bug report needs: app version, Qt at run time and at build time, Qt Keychain, the
// keychain backend, the license and the way to report a vulnerability.
#include "AboutDialog.h"

#include <QLabel>
#include <QTest>

using namespace bgtm;

class TestAboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheVersions_data();
    void showsTheVersions();
    void linksToTheProjectAndSecurityPolicy();
    void backendFollowsTheDesktop_data();
    void backendFollowsTheDesktop();
};

void TestAboutDialog::showsTheVersions_data()
{
    QTest::addColumn<QString>("labelName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("app") << QStringLiteral("versionValueLabel") << QStringLiteral(BGTM_VERSION);
    QTest::newRow("qt running") << QStringLiteral("qtRuntimeValueLabel") << QString::fromLatin1(qVersion());
    QTest::newRow("qt built with") << QStringLiteral("qtCompiledValueLabel") << QStringLiteral(QT_VERSION_STR);
    QTest::newRow("qt keychain") << QStringLiteral("keychainVersionValueLabel")
                                 << QStringLiteral(BGTM_QTKEYCHAIN_VERSION);
    QTest::newRow("license") << QStringLiteral("licenseValueLabel") << QStringLiteral("Apache-2.0");
}

void TestAboutDialog::showsTheVersions()
{
    QFETCH(QString, labelName);
    QFETCH(QString, expected);
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto *label = dialog.findChild<QLabel *>(labelName);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    // Not empty: an empty define would pass a bare comparison with an empty label.
    QVERIFY(!expected.isEmpty());
    QCOMPARE(label->text(), expected);
}

void TestAboutDialog::linksToTheProjectAndSecurityPolicy()
{
    AboutDialog dialog;
    const auto *links = dialog.findChild<QLabel *>(QStringLiteral("linksLabel"));
    QVERIFY(links);
    QVERIFY(links->openExternalLinks());
    QVERIFY(links->text().contains(
        QLatin1String("https://github.com/bitgo-token-manager/bitgo-token-manager/blob/main/SECURITY.md")));
    const auto *backend = dialog.findChild<QLabel *>(QStringLiteral("keychainBackendValueLabel"));
    QVERIFY(backend);
    QCOMPARE(backend->text(), AboutDialog::keychainBackend());
}

void TestAboutDialog::backendFollowsTheDesktop_data()
{
    QTest::addColumn<QByteArray>("desktop");
    QTest::addColumn<QString>("expected");
    QTest::newRow("gnome") << QByteArray("GNOME") << QStringLiteral("Secret Service (libsecret)");
    QTest::newRow("none") << QByteArray() << QStringLiteral("Secret Service (libsecret)");
    QTest::newRow("plasma") << QByteArray("KDE") << QStringLiteral("KWallet (KDE Plasma)");
}

void TestAboutDialog::backendFollowsTheDesktop()
{
    QFETCH(QByteArray, desktop);
    QFETCH(QString, expected);
    const QByteArray saved = qgetenv("XDG_CURRENT_DESKTOP");
    qputenv("XDG_CURRENT_DESKTOP", desktop);
    const QString backend = AboutDialog::keychainBackend();
    qputenv("XDG_CURRENT_DESKTOP", saved);
    QCOMPARE(backend, expected);
}

QTEST_MAIN(TestAboutDialog)
#include "TestAboutDialog.moc"
