// The review thresholds in Preferences: the security review's lifetime limit and the "expiring soon"
// days (the table's highlight) are shown from Settings, written back on OK, survive a reopen, and are what the
// review then applies.
#include "PreferencesDialog.h"

#include "review/SecurityReview.h"
#include "settings/Settings.h"

#include <QLabel>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace bgtm;

namespace {

/// A token created `ageDays` ago with a lifetime of `lifetimeDays`, otherwise without findings worth noting here.
AccessToken tokenWithLifetime(const QDateTime &now, int ageDays, int lifetimeDays)
{
    AccessToken t;
    t.id = QStringLiteral("0123456789abcdef0123456789abcdef");
    t.label = QStringLiteral("reviewed");
    t.scope = {QStringLiteral("wallet_view_all")};
    t.ipRestrict = {QStringLiteral("203.0.113.7")};
    t.created = now.addDays(-ageDays);
    t.expires = t.created.addDays(lifetimeDays);
    return t;
}

bool hasFinding(const QList<Finding> &findings, FindingKind kind)
{
    return std::any_of(findings.cbegin(), findings.cend(), [kind](const Finding &f) { return f.kind == kind; });
}

} // namespace

class TestPreferencesReviewFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsShowTheSettingsAndOkWritesThemForTheReview()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            Settings settings(path);
            settings.setReviewMaxLifetimeDays(45);
            settings.setExpiryWarningDays(10);
            PreferencesDialog dialog(&settings, {{QStringLiteral("test"), QStringLiteral("Test"), false}});
            auto *lifetime = dialog.findChild<QSpinBox *>(QStringLiteral("reviewMaxLifetimeSpinBox"));
            auto *expiring = dialog.findChild<QSpinBox *>(QStringLiteral("warningSpinBox"));
            QVERIFY(lifetime && expiring);
            QCOMPARE(lifetime->value(), 45);
            QCOMPARE(expiring->value(), 10);
            QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("reviewExplanationLabel"))->text().isEmpty());
            lifetime->setValue(30);
            expiring->setValue(7);
            dialog.accept();
        }
        Settings reopened(path);
        QCOMPARE(reopened.reviewMaxLifetimeDays(), 30);
        QCOMPARE(reopened.expiryWarningDays(), 7);

        // The review applies them: a 60-day token is too long at 30 days (not at the default 90); one expiring in
        // 5 days is "expiring soon" at 7 days, one expiring in 9 days is not.
        const ReviewThresholds thresholds = ReviewThresholds::fromSettings(reopened);
        QCOMPARE(thresholds.maxLifetimeDays, 30);
        QCOMPARE(thresholds.expiringSoonDays, 7);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(hasFinding(SecurityReview::reviewToken(tokenWithLifetime(now, 1, 60), std::nullopt, thresholds, now),
                           FindingKind::LifetimeTooLong));
        QVERIFY(!hasFinding(
            SecurityReview::reviewToken(tokenWithLifetime(now, 1, 60), std::nullopt, ReviewThresholds {}, now),
            FindingKind::LifetimeTooLong));
        QVERIFY(hasFinding(SecurityReview::reviewToken(tokenWithLifetime(now, 20, 25), std::nullopt, thresholds, now),
                           FindingKind::ExpiringSoon));
        QVERIFY(!hasFinding(SecurityReview::reviewToken(tokenWithLifetime(now, 20, 29), std::nullopt, thresholds, now),
                            FindingKind::ExpiringSoon));
    }

    void cancelLeavesTheSettingsAsTheyWere()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        settings.setReviewMaxLifetimeDays(45);
        PreferencesDialog dialog(&settings, {{QStringLiteral("test"), QStringLiteral("Test"), false}});
        dialog.findChild<QSpinBox *>(QStringLiteral("reviewMaxLifetimeSpinBox"))->setValue(12);
        dialog.reject();
        QCOMPARE(settings.reviewMaxLifetimeDays(), 45);
    }
};

QTEST_MAIN(TestPreferencesReviewFields)
#include "TestPreferencesReviewFields.moc"
