// The expiry watch's one rule (after now, within the threshold) and its soonest-first list.
#include "review/ExpiryWatch.h"

#include <QTest>

using namespace bgtm;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

AccessToken expiringAt(const QString &label, const QDateTime &expires)
{
    AccessToken token;
    token.id = label;
    token.label = label;
    token.expires = expires;
    return token;
}

} // namespace

class TestExpiryWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiresWithinCountsOnlyTheWindowAfterNow_data();
    void expiresWithinCountsOnlyTheWindowAfterNow();
    void expiringWithinListsSoonestFirst();
};

void TestExpiryWatch::expiresWithinCountsOnlyTheWindowAfterNow_data()
{
    QTest::addColumn<QDateTime>("expires");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("within");
    QTest::newRow("in an hour") << kNow.addSecs(3600) << 14 << true;
    QTest::newRow("exactly at the threshold") << kNow.addDays(14) << 14 << true;
    QTest::newRow("a second after the threshold") << kNow.addDays(14).addSecs(1) << 14 << false;
    QTest::newRow("already expired") << kNow.addSecs(-1) << 14 << false;
    QTest::newRow("expiring now") << kNow << 14 << false;
    QTest::newRow("no expiry") << QDateTime() << 14 << false;
    QTest::newRow("threshold 0") << kNow.addSecs(60) << 0 << false;
}

void TestExpiryWatch::expiresWithinCountsOnlyTheWindowAfterNow()
{
    QFETCH(QDateTime, expires);
    QFETCH(int, days);
    QFETCH(bool, within);
    QCOMPARE(ExpiryWatch::expiresWithin(expires, kNow, days), within);
}

void TestExpiryWatch::expiringWithinListsSoonestFirst()
{
    const QList<AccessToken> tokens {
        expiringAt(QStringLiteral("later"), kNow.addDays(10)), expiringAt(QStringLiteral("far"), kNow.addDays(100)),
        expiringAt(QStringLiteral("expired"), kNow.addDays(-1)), expiringAt(QStringLiteral("first"), kNow.addDays(1))};
    const QList<AccessToken> soon = ExpiryWatch::expiringWithin(tokens, kNow, 14);
    QCOMPARE(soon.size(), 2);
    QCOMPARE(soon.at(0).label, QStringLiteral("first"));
    QCOMPARE(soon.at(1).label, QStringLiteral("later"));
    QVERIFY(ExpiryWatch::expiringWithin(tokens, kNow, 0).isEmpty());
}

QTEST_GUILESS_MAIN(TestExpiryWatch)
#include "TestExpiryWatch.moc"
