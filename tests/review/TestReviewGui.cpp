// The security review view and the expiry watch in the real main window (offscreen: no system tray, so the
// banner path), against the real sandbox and the test session's keychain.
#include "MainWindow.h"
#include "MessageBox.h"
#include "SignInDialog.h"
#include "editor/CreateTokenDialog.h"
#include "review/ExpiryBanner.h"
#include "review/ExpiryNotifier.h"
#include "review/SecurityReviewDialog.h"
#include "rotation/RotateTokensDialog.h"

#include "SandboxProcess.h"

#include "settings/Settings.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenIndex.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace bgtm;
using namespace bgtm::test;

namespace {
constexpr int kDeadline = 20000; // generous: the machine is shared; never a timing assertion

template <typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

QTreeWidgetItem *tokenItem(QTreeWidget *tree, const QString &label)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == label)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

QTreeWidgetItem *findingItem(QTreeWidgetItem *token, const QString &title)
{
    for (int i = 0; token && i < token->childCount(); ++i) {
        if (token->child(i)->text(0) == title)
            return token->child(i);
    }
    return nullptr;
}
} // namespace

class TestReviewGui : public QObject
{
    Q_OBJECT
private:
    struct Fixture {
        QTemporaryDir dir;
        std::unique_ptr<Settings> settings;
        QNetworkAccessManager network;
        std::unique_ptr<KeychainSecretStore> store;
        std::unique_ptr<TokenIndex> index;
        std::unique_ptr<Vault> vault;
        std::unique_ptr<MainWindow> window;
    };

    SandboxProcess m_sandbox;

    std::unique_ptr<Fixture> makeWindow()
    {
        auto f = std::make_unique<Fixture>();
        f->settings = std::make_unique<Settings>(f->dir.filePath(QStringLiteral("settings.ini")));
        f->store = std::make_unique<KeychainSecretStore>(QStringLiteral("bgtm-review-test"));
        f->index = std::make_unique<TokenIndex>(f->dir.filePath(QStringLiteral("tokens.json")));
        if (!f->index->load())
            return nullptr;
        f->vault = std::make_unique<Vault>(f->store.get(), f->index.get(), std::chrono::milliseconds(8000));
        MainWindow::Services s;
        s.settings = f->settings.get();
        s.vault = f->vault.get();
        s.network = &f->network;
        s.clipboard = QApplication::clipboard();
        s.environments = {{QStringLiteral("sandbox"), QStringLiteral("Local sandbox (offline)"), false}};
        s.resolveEnvironment = [this](const QString &, QObject *, std::function<void(Result<Environment>)> done) {
            done(Environment::sandbox(m_sandbox.baseUrl(), m_sandbox.serverXpub()));
        };
        f->window = std::make_unique<MainWindow>(std::move(s));
        f->window->show();
        return f;
    }

    static bool signIn(MainWindow *w)
    {
        w->showSignIn(QStringLiteral("sandbox"));
        SignInDialog *d = w->findChild<SignInDialog *>();
        if (!d)
            return false;
        child<QLineEdit>(d, "usernameLineEdit")->setText(QLatin1String(SandboxProcess::demoUsername));
        child<QLineEdit>(d, "passwordLineEdit")->setText(QLatin1String(SandboxProcess::demoPassword));
        child<QLineEdit>(d, "otpLineEdit")->setText(QLatin1String(SandboxProcess::demoOtp));
        QTest::mouseClick(child<QPushButton>(d, "signInPushButton"), Qt::LeftButton);
        return QTest::qWaitFor([&] { return w->client() && w->client()->hasSession(); }, kDeadline);
    }

    QString createOnServer(const QJsonObject &fields)
    {
        QJsonObject document;
        QByteArray secret = m_sandbox.createTokenDirect(fields, &document);
        secret.fill('\0'); // the tests never need it
        return document.value(QStringLiteral("id")).toString();
    }

    /// Spends without a limit, from anywhere, for ten years (the admin route's default lifetime).
    QString createRisky()
    {
        return createOnServer({{QStringLiteral("label"), QStringLiteral("risky")},
                               {QStringLiteral("scope"),
                                QJsonArray {QStringLiteral("wallet_view_all"), QStringLiteral("wallet_spend_all")}}});
    }

    /// View only, loopback only, three days left.
    QString createExpiring()
    {
        return createOnServer({{QStringLiteral("label"), QStringLiteral("expiring")},
                               {QStringLiteral("scope"), QJsonArray {QStringLiteral("wallet_view_all")}},
                               {QStringLiteral("ipRestrict"), QJsonArray {QStringLiteral("127.0.0.1")}},
                               {QStringLiteral("duration"), 3 * 86400}});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    void init()
    {
        int status = 0;
        m_sandbox.admin("POST", QStringLiteral("/_sandbox/reset"), {}, &status);
        QCOMPARE(status, 200);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void reviewViewListsFindingsPerTokenWithReasonAndFix()
    {
        createRisky();
        createExpiring();
        auto f = makeWindow();
        QVERIFY(f);
        QVERIFY(signIn(f->window.get()));
        QVERIFY(QTest::qWaitFor([&] { return f->window->tokenModel()->rowCount() == 2; }, kDeadline));

        child<QAction>(f->window.get(), "actionSecurityReview")->trigger();
        auto *dialog = f->window->findChild<SecurityReviewDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *tree = child<QTreeWidget>(dialog, "findingsTreeWidget");
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 2);
        QTreeWidgetItem *risky = tokenItem(tree, QStringLiteral("risky"));
        QVERIFY(risky);
        QCOMPARE(risky->childCount(), 4); // no limit, no IP rule, ten-year lifetime, not on this machine
        QTreeWidgetItem *noLimit = findingItem(risky, SecurityReview::kindTitle(FindingKind::SpendWithoutLimit));
        QVERIFY(noLimit);
        QVERIFY(!noLimit->text(2).isEmpty()); // reason
        QVERIFY(!noLimit->text(3).isEmpty()); // fix
        QVERIFY(findingItem(risky, SecurityReview::kindTitle(FindingKind::NoIpRestriction)));
        QVERIFY(findingItem(risky, SecurityReview::kindTitle(FindingKind::LifetimeTooLong)));
        QTreeWidgetItem *expiring = tokenItem(tree, QStringLiteral("expiring"));
        QVERIFY(findingItem(expiring, SecurityReview::kindTitle(FindingKind::ExpiringSoon)));
        QVERIFY(!findingItem(expiring, SecurityReview::kindTitle(FindingKind::NoIpRestriction)));
        QVERIFY(child<QLabel>(dialog, "summaryLabel")->text().contains(QLatin1String("6")));

        // A fix about holding the secret is no change of the token: Fix says what to do instead.
        auto *fix = child<QPushButton>(dialog, "fixButton");
        tree->setCurrentItem(findingItem(risky, SecurityReview::kindTitle(FindingKind::NotHeldHere)));
        QVERIFY(!fix->isEnabled());
        QVERIFY(fix->toolTip().contains(QStringLiteral("Import")));
        // The lifetime fix is mechanical: it opens rotation with the suggested request.
        tree->setCurrentItem(findingItem(risky, SecurityReview::kindTitle(FindingKind::LifetimeTooLong)));
        QVERIFY(fix->isEnabled());
        QTest::mouseClick(fix, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return f->window->findChild<RotateTokensDialog *>() != nullptr; }, kDeadline));
        f->window->findChild<RotateTokensDialog *>()->reject();
    }

    // A fix only the user can word (which limit?) opens rotation with the token's settings in the editor, at the
    // field to change; what is chosen there is what the rotation creates, and the old token goes.
    void reviewFixThatNeedsTheUsersValuesOpensTheSettingsAtItsFieldAndRotates()
    {
        const QString oldId = createRisky();
        auto f = makeWindow();
        QVERIFY(f);
        QVERIFY(signIn(f->window.get()));
        QVERIFY(QTest::qWaitFor([&] { return f->window->tokenModel()->rowCount() == 1; }, kDeadline));
        child<QAction>(f->window.get(), "actionSecurityReview")->trigger();
        auto *review = f->window->findChild<SecurityReviewDialog *>();
        QVERIFY(review);
        auto *tree = child<QTreeWidget>(review, "findingsTreeWidget");
        tree->setCurrentItem(findingItem(tokenItem(tree, QStringLiteral("risky")),
                                         SecurityReview::kindTitle(FindingKind::SpendWithoutLimit)));
        auto *fix = child<QPushButton>(review, "fixButton");
        QVERIFY(fix->isEnabled());
        QTest::mouseClick(fix, Qt::LeftButton);

        RotateTokensDialog *rotation = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (rotation = f->window->findChild<RotateTokensDialog *>()) != nullptr; },
                                kDeadline));
        CreateTokenDialog *settings = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (settings = rotation->findChild<CreateTokenDialog *>()) != nullptr; },
                                kDeadline));
        QVERIFY(QTest::qWaitForWindowExposed(settings));
        // The old token's settings, a limit row to fill in with the focus in it; no label or code asked here.
        QVERIFY(settings->request().scope.contains(QStringLiteral("wallet_spend_all")));
        QVERIFY(!child<QLineEdit>(settings, "otpLineEdit")->isVisible());
        auto *limits = child<QTableWidget>(settings, "spendingLimitsTableWidget");
        QCOMPARE(limits->rowCount(), 1);
        auto *coin = qobject_cast<QLineEdit *>(limits->cellWidget(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(coin->hasFocus(), kDeadline);
        QTest::keyClicks(coin, QStringLiteral("tbtc"));
        QTest::keyClicks(qobject_cast<QLineEdit *>(limits->cellWidget(0, 1)), QStringLiteral("0.5"));
        auto *use = child<QPushButton>(settings, "createPushButton");
        QVERIFY2(use->isEnabled(), qPrintable(child<QLabel>(settings, "missingLabel")->text()));
        QTest::mouseClick(use, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!rotation->findChild<CreateTokenDialog *>(), kDeadline);
        QCOMPARE(child<QComboBox>(rotation, "shapeComboBox")->currentText(), QStringLiteral("Your changes"));

        QSignalSpy finished(rotation, &RotateTokensDialog::rotationsFinished);
        QTest::keyClicks(child<QLineEdit>(rotation, "otpLineEdit"), QLatin1String(SandboxProcess::demoOtp));
        QTest::mouseClick(child<QPushButton>(rotation, "rotateButton"), Qt::LeftButton);
        QVERIFY(finished.wait(kDeadline) || finished.count() == 1);
        const QJsonObject sent = m_sandbox.admin("GET", QStringLiteral("/_sandbox/last-create"))
                                     .object()
                                     .value(QStringLiteral("body"))
                                     .toObject();
        const QJsonArray sentLimits = sent.value(QStringLiteral("spendingLimits")).toArray();
        QCOMPARE(sentLimits.size(), qsizetype(1));
        QCOMPARE(sentLimits.first()[QStringLiteral("coin")].toString(), QStringLiteral("tbtc"));
        QCOMPARE(sentLimits.first()[QStringLiteral("txValueLimit")].toString(), QStringLiteral("50000000"));
        const QJsonArray tokens = m_sandbox.admin("GET", QStringLiteral("/_sandbox/state"))
                                      .object()
                                      .value(QStringLiteral("tokens"))
                                      .toArray();
        bool oldRevoked = false;
        for (const QJsonValue &token : tokens)
            if (token[QStringLiteral("id")].toString() == oldId)
                oldRevoked = token[QStringLiteral("revoked")].toBool();
        QVERIFY(oldRevoked);
        rotation->accept(); // Close
    }

    void reviewRotatesTheSelectedTokenAndWrapsLongFixes()
    {
        createRisky();
        auto f = makeWindow();
        QVERIFY(f);
        f->window->resize(700, 500);
        QVERIFY(signIn(f->window.get()));
        QVERIFY(QTest::qWaitFor([&] { return f->window->tokenModel()->rowCount() == 1; }, kDeadline));
        child<QAction>(f->window.get(), "actionSecurityReview")->trigger();
        auto *dialog = f->window->findChild<SecurityReviewDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *tree = child<QTreeWidget>(dialog, "findingsTreeWidget");
        QTreeWidgetItem *risky = tokenItem(tree, QStringLiteral("risky"));
        QTreeWidgetItem *noLimit = findingItem(risky, SecurityReview::kindTitle(FindingKind::SpendWithoutLimit));
        // In a narrow dialog the suggested fix stays inside the view: its column ends within it, and a fix longer
        // than the column wraps onto more lines instead of being cut.
        dialog->resize(640, 420);
        QTest::qWait(50);
        QVERIFY(tree->header()->sectionViewportPosition(3) + tree->header()->sectionSize(3)
                <= tree->viewport()->width());
        QVERIFY(tree->fontMetrics().horizontalAdvance(noLimit->text(3)) > tree->header()->sectionSize(3));
        QTRY_VERIFY2(tree->visualItemRect(noLimit).height() > tree->fontMetrics().height() * 3 / 2,
                     qPrintable(QStringLiteral("row height %1").arg(tree->visualItemRect(noLimit).height())));
        // Rotate works from any finding of the token (and from the token's row), whatever the finding.
        auto *rotate = child<QPushButton>(dialog, "rotateButton");
        tree->setCurrentItem(nullptr);
        tree->clearSelection();
        QVERIFY(!rotate->isEnabled());
        tree->setCurrentItem(noLimit);
        QVERIFY(rotate->isEnabled());
        QTest::mouseClick(rotate, Qt::LeftButton);
        RotateTokensDialog *rotation = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (rotation = f->window->findChild<RotateTokensDialog *>()) != nullptr; },
                                kDeadline));
        rotation->reject();
    }

    void expiryBannerListsExpiringTokensAfterTheFirstListAndRotatesThem()
    {
        // Offscreen there is no system tray: the notice is the in-window banner.
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
        createRisky();
        const QString expiringId = createExpiring();
        auto f = makeWindow();
        QVERIFY(f);
        auto *banner = child<ExpiryBanner>(f->window.get(), "expiryBannerFrame");
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        QVERIFY(signIn(f->window.get()));
        QVERIFY(QTest::qWaitFor([&] { return banner->isVisible(); }, kDeadline));
        const QString text = child<QLabel>(banner, "expiryBannerLabel")->text();
        QVERIFY2(text.contains(QStringLiteral("expiring")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("risky")), qPrintable(text));
        QCOMPARE(banner->tokenIds(), QStringList {expiringId});
        // The same token is highlighted in the table (the same threshold).
        const int row = f->window->tokenModel()->rowOf(expiringId);
        QCOMPARE(f->window->tokenModel()->row(row).tokenId(), expiringId);
        QCOMPARE(f->window->tokenModel()->index(row, 0).data(TokenTableModel::StatusRole).toInt(),
                 int(TokenRow::Status::ExpiringSoon));

        QTest::mouseClick(child<QPushButton>(banner, "rotateExpiringButton"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return f->window->findChild<RotateTokensDialog *>() != nullptr; }, kDeadline));
        auto *view = child<QTableView>(f->window.get(), "tokenTableView");
        const QModelIndexList selected = view->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(TokenTableModel::TokenIdRole).toString(), expiringId);
        f->window->findChild<RotateTokensDialog *>()->reject();
    }

    void expiryBannerStaysHiddenWhenNothingExpiresSoon()
    {
        createRisky();
        auto f = makeWindow();
        QVERIFY(f);
        auto *notifier = f->window->findChild<ExpiryNotifier *>();
        QVERIFY(notifier);
        QVERIFY(signIn(f->window.get()));
        QVERIFY(QTest::qWaitFor([&] { return f->window->tokenModel()->rowCount() == 1; }, kDeadline));
        QVERIFY(!child<ExpiryBanner>(f->window.get(), "expiryBannerFrame")->isVisible());
    }

    void dailyNoticeAnnouncesTokensThatEnteredTheWindowSinceTheFirstList()
    {
        // The daily timer's slot with an injected clock: nothing on day 0, the token 10 days later.
        QWidget window;
        auto *banner = new ExpiryBanner(&window);
        QDateTime now = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
        ExpiryNotifier notifier(banner, nullptr, [&now] { return now; });
        notifier.setWarningDays(14);
        QSignalSpy notified(&notifier, &ExpiryNotifier::notified);
        window.show();
        AccessToken token;
        token.id = QStringLiteral("0123456789abcdef0123456789abcdef");
        token.label = QStringLiteral("ci");
        token.expires = now.addDays(20);
        notifier.notifyNow(); // before any list: nothing is known, nothing is said
        QCOMPARE(notified.count(), 0);
        notifier.tokensListed({token});
        QVERIFY(!banner->isVisible());
        QCOMPARE(notified.count(), 0);
        now = now.addDays(10);
        notifier.notifyNow();
        QVERIFY(banner->isVisible());
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(0).toStringList(), QStringList {token.id});
        QCOMPARE(notified.first().at(1).toBool(), false); // banner, not tray
        QSignalSpy rotate(&notifier, &ExpiryNotifier::rotateRequested);
        QTest::mouseClick(child<QPushButton>(banner, "rotateExpiringButton"), Qt::LeftButton);
        QCOMPARE(rotate.count(), 1);
        QCOMPARE(rotate.first().at(0).toStringList(), QStringList {token.id});
        // Rotated away: the next list drops it from the banner.
        notifier.tokensListed({});
        QVERIFY(!banner->isVisible());
    }
};

QTEST_MAIN(TestReviewGui)
#include "TestReviewGui.moc"
