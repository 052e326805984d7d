// Every dialog as a screen reader meets it: each widget the keyboard can reach (Tab focus, visible) has an
// accessible name — its text, its buddy label's text or an accessibleName. Each dialog is opened the way a user opens
// it, through the main window's action, on the real sandbox and the test session's keyring; then its accessibility
// tree is walked (item views' cells aside: their names are the data).
#include "ImportTokenDialog.h"
#include "MainWindow.h"

#include "MainWindowFixture.h"
#include "SandboxProcess.h"

#include "itemmodels/TokenTableModel.h"
#include "vault/Vault.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace bgtm;

namespace {

constexpr int kDeadline = 60000; // generous: the machine is shared; never a timing assertion

bool isItemView(QAccessible::Role role)
{
    return role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List
        || role == QAccessible::TreeItem || role == QAccessible::ListItem || role == QAccessible::Cell
        || role == QAccessible::Row || role == QAccessible::ColumnHeader || role == QAccessible::RowHeader;
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 “%2”").arg(QLatin1String(w->metaObject()->className()), w->objectName());
}

/// The keyboard-reachable widgets under `iface` whose accessible name is empty.
void collectUnnamed(QAccessibleInterface *iface, const QWidget *root, QStringList *unnamed)
{
    if (!iface || !iface->isValid())
        return;
    const auto *widget = qobject_cast<const QWidget *>(iface->object());
    if (widget && widget != root && widget->isVisibleTo(root) && (widget->focusPolicy() & Qt::TabFocus)
        && !iface->state().invisible && iface->text(QAccessible::Name).trimmed().isEmpty())
        unnamed->append(describe(widget));
    if (isItemView(iface->role()) && iface->object() != root)
        return; // rows and cells are named by their data
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), root, unnamed);
}

QStringList unnamedIn(QWidget *root)
{
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(root), root, &unnamed);
    return unnamed;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindowNamesEveryWidgetTheKeyboardReaches();
    void everyActionOfTheWindowIsInTheMenuBar();
    void everyDialogNamesEveryWidgetTheKeyboardReaches_data();
    void everyDialogNamesEveryWidgetTheKeyboardReaches();
    void cleanupTestCase();

private:
    test::MainWindowFixture m_fixture;
    MainWindow *m_window = nullptr;
};

void TestAccessibility::initTestCase()
{
    QAccessible::setActive(true);
    test::MainWindowFixture::Options options;
    options.keychainService = QStringLiteral("bgtm-accessibility-test");
    QVERIFY2(m_fixture.start(options, kDeadline), qPrintable(m_fixture.errorString()));
    m_window = m_fixture.window();

    // A token held here and selected, so that the actions on one token (rotate, export) open their dialogs too.
    QJsonObject document;
    const QByteArray secret = m_fixture.sandbox().createTokenDirect(
        {{QStringLiteral("label"), QStringLiteral("accessible")}, {QStringLiteral("duration"), 86400}}, &document);
    const QString tokenId = document.value(QStringLiteral("id")).toString();
    m_window->findChild<QAction *>(QStringLiteral("actionImportToken"))->trigger();
    auto *import = m_window->findChild<ImportTokenDialog *>();
    QVERIFY(import);
    import->findChild<QLineEdit *>(QStringLiteral("labelLineEdit"))->setText(QStringLiteral("accessible"));
    import->findChild<QLineEdit *>(QStringLiteral("tokenLineEdit"))->setText(QString::fromLatin1(secret));
    import->accept();
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.vault()->tokens().size() == 1, kDeadline);
    m_window->refresh();
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("tokenTableView"));
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() == 1
                                 && view->model()->index(0, 0).data(TokenTableModel::TokenIdRole).toString() == tokenId,
                             kDeadline);
    view->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QAction *>(QStringLiteral("actionCopyToken"))->isEnabled(), kDeadline);
}

void TestAccessibility::mainWindowNamesEveryWidgetTheKeyboardReaches()
{
    const QStringList unnamed = unnamedIn(m_window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

// The menu bar is what the keyboard reaches (F10, Alt and a menu's mnemonic): an action only on a toolbar, a banner
// or a row's context menu would be mouse-only.
void TestAccessibility::everyActionOfTheWindowIsInTheMenuBar()
{
    QSet<QAction *> inMenus;
    QList<QMenu *> menus;
    for (QAction *top : m_window->menuBar()->actions()) {
        QVERIFY2(top->text().contains(QLatin1Char('&')), qPrintable(top->text() + QStringLiteral(": no mnemonic")));
        if (top->menu())
            menus.append(top->menu());
    }
    while (!menus.isEmpty()) {
        const QMenu *menu = menus.takeFirst();
        for (QAction *a : menu->actions()) {
            inMenus.insert(a);
            if (a->menu())
                menus.append(a->menu());
        }
    }
    QStringList mouseOnly;
    int named = 0;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (!a->objectName().startsWith(QLatin1String("action")) || a->isSeparator())
            continue;
        ++named;
        if (!inMenus.contains(a))
            mouseOnly.append(a->objectName());
    }
    QVERIFY(named >= 20); // the window's own actions were found: copy, export, revoke, rotate, review, lock, …
    QVERIFY2(mouseOnly.isEmpty(), qPrintable(mouseOnly.join(QStringLiteral(", "))));
}

void TestAccessibility::everyDialogNamesEveryWidgetTheKeyboardReaches_data()
{
    QTest::addColumn<QString>("action");
    // Signed in, "Sign in…" is off; the sign-in dialog is opened as the window opens it then ("" below).
    for (const char *action :
         {"actionNewToken", "actionImportToken", "actionExportToken", "actionRotateToken", "actionSecurityReview",
          "actionUnlockSession", "actionPreferences", "actionShowHistory", "actionManageTemplates", "actionAbout", ""})
        QTest::newRow(*action ? action : "sign in") << QString::fromLatin1(action);
}

void TestAccessibility::everyDialogNamesEveryWidgetTheKeyboardReaches()
{
    QFETCH(QString, action);
    auto *trigger = action.isEmpty() ? nullptr : m_window->findChild<QAction *>(action);
    QVERIFY(action.isEmpty() || trigger);
    QVERIFY2(!trigger || trigger->isEnabled(), "the action is not available");
    QList<QDialog *> before;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
            before.append(d);
    // Looked for from the event loop too: a dialog that runs its own (exec) is inspected and closed from inside it.
    QStringList unnamed;
    QString opened;
    QTimer poll;
    poll.setInterval(std::chrono::milliseconds(20));
    connect(&poll, &QTimer::timeout, this, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *d = qobject_cast<QDialog *>(w);
            if (!d || !d->isVisible() || before.contains(d) || !opened.isEmpty())
                continue;
            opened = QLatin1String(d->metaObject()->className());
            unnamed = unnamedIn(d);
            d->reject();
            poll.stop();
        }
    });
    poll.start();
    if (trigger)
        trigger->trigger();
    else
        m_window->showSignIn();
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), kDeadline);
    QVERIFY2(unnamed.isEmpty(), qPrintable(opened + QStringLiteral(": ") + unnamed.join(QStringLiteral(", "))));
}

void TestAccessibility::cleanupTestCase()
{
    QVERIFY(m_fixture.stop(kDeadline));
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
