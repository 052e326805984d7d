// The security review over crafted tokens: each finding kind on a token made to have it, and a clean token with
// none. Pure: fixed clock, no server, no keychain.
#include "model/ScopeCatalogue.h"
#include "review/SecurityReview.h"
#include "settings/Settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bgtm;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
constexpr qint64 kDay = 86400;

/// A token that passes every check: view only, IP-restricted, 30 days old of 60, held here.
AccessToken cleanToken()
{
    AccessToken token;
    token.id = QStringLiteral("0123456789abcdef0123456789abcdef");
    token.label = QStringLiteral("clean");
    token.scope = {QStringLiteral("wallet_view_all")};
    token.ipRestrict = {QStringLiteral("203.0.113.0/24")};
    token.created = kNow.addDays(-30);
    token.expires = kNow.addDays(30);
    return token;
}

StoredToken heldHere(const AccessToken &token, StoredToken::State state = StoredToken::State::Stored)
{
    StoredToken stored;
    stored.environmentId = QStringLiteral("sandbox");
    stored.tokenId = token.id;
    stored.label = token.label;
    stored.state = state;
    return stored;
}

SpendingUsage usage(const QString &coin, const QString &limit, const QString &spent, const QString &count)
{
    return SpendingUsage {coin, ServerAmount {count}, ServerAmount {spent}, ServerAmount {limit}};
}

QSet<FindingKind> kindsOf(const QList<Finding> &findings)
{
    QSet<FindingKind> kinds;
    for (const Finding &finding : findings)
        kinds.insert(finding.kind);
    return kinds;
}

const Finding *findingOf(const QList<Finding> &findings, FindingKind kind)
{
    for (const Finding &finding : findings) {
        if (finding.kind == kind)
            return &finding;
    }
    return nullptr;
}

} // namespace

using Kinds = QSet<FindingKind>;
Q_DECLARE_METATYPE(Kinds)
Q_DECLARE_METATYPE(bgtm::AccessToken)
Q_DECLARE_METATYPE(std::optional<bgtm::StoredToken>)

class TestSecurityReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsExactlyTheRisksOfEachCraftedToken_data();
    void findsExactlyTheRisksOfEachCraftedToken();
    void everyFindingHasAReasonAndAFixAndWorstComesFirst();
    void adminFindingSuggestsTheSameTokenWithoutAdmin();
    void longLifetimeSuggestsTheThreshold();
    void expiringSoonSuggestsTheOldLifetimeCappedAtTheThreshold();
    void unusedSpendScopesSuggestTheReadOnlyPreset();
    void reviewMatchesIndexEntriesByTokenIdAndKeepsServerOrder();
    void thresholdsComeFromTheSettings();
    void kindCodesAreDistinct();
    void limitSpentPastTheThresholdSuggestsTheSameShapeUnspent();
};

void TestSecurityReview::findsExactlyTheRisksOfEachCraftedToken_data()
{
    QTest::addColumn<AccessToken>("token");
    QTest::addColumn<std::optional<StoredToken>>("local");
    QTest::addColumn<Kinds>("expected");

    const AccessToken clean = cleanToken();
    QTest::newRow("clean token") << clean << std::optional(heldHere(clean)) << Kinds {};
    QTest::newRow("imported, unverified counts as held")
        << clean << std::optional(heldHere(clean, StoredToken::State::Unverified)) << Kinds {};

    AccessToken spender = clean;
    spender.scope = {QStringLiteral("wallet_view_all"), QStringLiteral("wallet_spend_all")};
    QTest::newRow("spend without limit") << spender << std::optional(heldHere(spender))
                                         << Kinds {FindingKind::SpendWithoutLimit};
    AccessToken uncapped = spender;
    uncapped.spendingLimits = {usage(QStringLiteral("tbtc"), QString(), QStringLiteral("5"), QStringLiteral("1"))};
    QTest::newRow("only an unlimited (max) entry is no limit")
        << uncapped << std::optional(heldHere(uncapped)) << Kinds {FindingKind::SpendWithoutLimit};
    AccessToken limited = spender;
    limited.spendingLimits = {
        usage(QStringLiteral("tbtc"), QStringLiteral("50000000"), QStringLiteral("1000"), QStringLiteral("1"))};
    QTest::newRow("spend with a limit, used") << limited << std::optional(heldHere(limited)) << Kinds {};
    AccessToken approver = clean;
    approver.scope = {QStringLiteral("wallet_approve:0123456789abcdef0123456789abcdef")};
    QTest::newRow("per-wallet approve without limit")
        << approver << std::optional(heldHere(approver)) << Kinds {FindingKind::SpendWithoutLimit};

    AccessToken open = clean;
    open.ipRestrict.clear();
    QTest::newRow("no ip restriction") << open << std::optional(heldHere(open)) << Kinds {FindingKind::NoIpRestriction};

    AccessToken all = clean;
    all.scope = {QStringLiteral("all")};
    QTest::newRow("scope all") << all << std::optional(heldHere(all))
                               << Kinds {FindingKind::AllScope, FindingKind::SpendWithoutLimit};

    AccessToken admin = clean;
    admin.admin = true;
    admin.adminScope = QStringLiteral("full");
    QTest::newRow("admin") << admin << std::optional(heldHere(admin)) << Kinds {FindingKind::AdminAccess};

    AccessToken longLived = clean;
    longLived.created = kNow.addDays(-10);
    longLived.expires = kNow.addDays(355);
    QTest::newRow("lifetime over 90 days")
        << longLived << std::optional(heldHere(longLived)) << Kinds {FindingKind::LifetimeTooLong};
    AccessToken exactly = clean;
    exactly.created = kNow.addDays(-1);
    exactly.expires = exactly.created.addSecs(90 * kDay + 5);
    QTest::newRow("lifetime of exactly 90 days is fine") << exactly << std::optional(heldHere(exactly)) << Kinds {};

    AccessToken soon = clean;
    soon.expires = kNow.addDays(14);
    QTest::newRow("expires in 14 days") << soon << std::optional(heldHere(soon)) << Kinds {FindingKind::ExpiringSoon};
    AccessToken notYet = clean;
    notYet.expires = kNow.addDays(14).addSecs(1);
    QTest::newRow("expires in 14 days and a second") << notYet << std::optional(heldHere(notYet)) << Kinds {};

    QTest::newRow("not held here") << clean << std::optional<StoredToken>() << Kinds {FindingKind::NotHeldHere};
    QTest::newRow("stale index entry (revoked) is not held")
        << clean << std::optional(heldHere(clean, StoredToken::State::RevokedOnServer))
        << Kinds {FindingKind::NotHeldHere};
    for (const auto &[name, state] : {std::pair {"pending", StoredToken::State::Pending},
                                      std::pair {"store failed", StoredToken::State::StoreFailed},
                                      std::pair {"flagged", StoredToken::State::FlaggedForRevocation}}) {
        QTest::newRow(qPrintable(QStringLiteral("secret never stored: %1").arg(QLatin1String(name))))
            << clean << std::optional(heldHere(clean, state)) << Kinds {FindingKind::SecretNeverStored};
    }

    AccessToken idle = limited;
    idle.spendingLimits = {
        usage(QStringLiteral("tbtc"), QStringLiteral("50000000"), QStringLiteral("0"), QStringLiteral("0")),
        usage(QStringLiteral("teth"), QStringLiteral("1000"), QString(), QString())};
    QTest::newRow("spend scopes unused for 30 days")
        << idle << std::optional(heldHere(idle)) << Kinds {FindingKind::UnusedScopes};
    AccessToken young = idle;
    young.created = kNow.addDays(-29);
    QTest::newRow("unused but younger than 30 days is no evidence")
        << young << std::optional(heldHere(young)) << Kinds {};
    AccessToken approximate = idle;
    approximate.spendingLimits = {
        usage(QStringLiteral("tbtc"), QStringLiteral("50000000"), QStringLiteral("0"), QStringLiteral("0"))};
    approximate.spendingLimits[0].txValue.exact = false;
    QTest::newRow("an approximate figure is not evidence of non-use")
        << approximate << std::optional(heldHere(approximate)) << Kinds {};

    AccessToken worst;
    worst.id = QStringLiteral("fedcba9876543210fedcba9876543210");
    worst.label = QStringLiteral("worst");
    worst.scope = {QStringLiteral("all")};
    worst.admin = true;
    worst.created = kNow.addDays(-100);
    worst.expires = kNow.addDays(3);
    QTest::newRow("everything at once") << worst << std::optional(heldHere(worst, StoredToken::State::StoreFailed))
                                        << Kinds {FindingKind::SpendWithoutLimit, FindingKind::AllScope,
                                                  FindingKind::AdminAccess,       FindingKind::NoIpRestriction,
                                                  FindingKind::LifetimeTooLong,   FindingKind::ExpiringSoon,
                                                  FindingKind::SecretNeverStored};
}

void TestSecurityReview::findsExactlyTheRisksOfEachCraftedToken()
{
    QFETCH(AccessToken, token);
    QFETCH(std::optional<StoredToken>, local);
    QFETCH(Kinds, expected);
    const QList<Finding> findings = SecurityReview::reviewToken(token, local, ReviewThresholds {}, kNow);
    QCOMPARE(kindsOf(findings), expected);
    QCOMPARE(findings.size(), expected.size()); // one finding per kind
}

void TestSecurityReview::everyFindingHasAReasonAndAFixAndWorstComesFirst()
{
    AccessToken token = cleanToken();
    token.scope = {QStringLiteral("all")};
    token.admin = true;
    token.ipRestrict.clear();
    const QList<Finding> findings = SecurityReview::reviewToken(token, std::nullopt, ReviewThresholds {}, kNow);
    QVERIFY(findings.size() >= 4);
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding &finding = findings.at(i);
        QVERIFY(!finding.reason.isEmpty());
        QVERIFY(!finding.fix.isEmpty());
        QVERIFY2(!finding.reason.contains(QLatin1Char('\n')), "one line");
        QVERIFY(!SecurityReview::kindTitle(finding.kind).isEmpty());
        if (i > 0)
            QVERIFY(int(findings.at(i - 1).severity) >= int(finding.severity));
    }
    QCOMPARE(findings.first().severity, FindingSeverity::Critical);
    QCOMPARE(findings.last().kind, FindingKind::NotHeldHere);
}

void TestSecurityReview::adminFindingSuggestsTheSameTokenWithoutAdmin()
{
    AccessToken token = cleanToken();
    token.admin = true;
    token.adminScope = QStringLiteral("read");
    token.enterprise = QStringLiteral("aaaabbbbccccddddeeeeffff00001111");
    token.spendingLimits = {usage(QStringLiteral("tbtc"), QStringLiteral("123456789012345678901234567890"),
                                  QStringLiteral("0"), QStringLiteral("0"))};
    const QList<Finding> findings = SecurityReview::reviewToken(token, heldHere(token), ReviewThresholds {}, kNow);
    const Finding *admin = findingOf(findings, FindingKind::AdminAccess);
    QVERIFY(admin);
    QVERIFY(admin->suggested);
    CreateTokenRequest expected = SecurityReview::requestFrom(token);
    QVERIFY(expected.admin);
    expected.admin = false;
    expected.adminScope.clear();
    QCOMPARE(*admin->suggested, expected);
    // The rest of the shape is kept exactly, limits beyond 2^53 included.
    QCOMPARE(admin->suggested->label, QStringLiteral("clean"));
    QCOMPARE(admin->suggested->scope, token.scope);
    QCOMPARE(admin->suggested->ipRestrict, token.ipRestrict);
    QCOMPARE(admin->suggested->enterprise, token.enterprise);
    QCOMPARE(admin->suggested->spendingLimits.size(), 1);
    QCOMPARE(admin->suggested->spendingLimits.first().txValueLimit, QStringLiteral("123456789012345678901234567890"));
    QCOMPARE(admin->suggested->durationSeconds, std::optional<qint64>(60 * kDay));
    QVERIFY(admin->suggested->otp.isEmpty());
}

void TestSecurityReview::longLifetimeSuggestsTheThreshold()
{
    AccessToken token = cleanToken();
    token.expires = token.created.addDays(365);
    ReviewThresholds thresholds;
    thresholds.maxLifetimeDays = 45;
    const QList<Finding> findings = SecurityReview::reviewToken(token, heldHere(token), thresholds, kNow);
    const Finding *lifetime = findingOf(findings, FindingKind::LifetimeTooLong);
    QVERIFY(lifetime);
    QVERIFY2(lifetime->reason.contains(QStringLiteral("365")), qPrintable(lifetime->reason));
    QVERIFY(lifetime->suggested);
    QCOMPARE(lifetime->suggested->durationSeconds, std::optional<qint64>(45 * kDay));
    thresholds.maxLifetimeDays = 400;
    QVERIFY(!findingOf(SecurityReview::reviewToken(token, heldHere(token), thresholds, kNow),
                       FindingKind::LifetimeTooLong));
}

void TestSecurityReview::expiringSoonSuggestsTheOldLifetimeCappedAtTheThreshold()
{
    AccessToken token = cleanToken();
    token.created = kNow.addDays(-20);
    token.expires = kNow.addDays(10); // a 30-day token
    const QList<Finding> thirtyDays = SecurityReview::reviewToken(token, heldHere(token), ReviewThresholds {}, kNow);
    const Finding *soon = findingOf(thirtyDays, FindingKind::ExpiringSoon);
    QVERIFY(soon);
    QVERIFY(soon->suggested);
    QCOMPARE(soon->suggested->durationSeconds, std::optional<qint64>(30 * kDay));

    token.created = kNow.addDays(-355); // a one-year token: the new one gets at most the threshold
    const QList<Finding> findings = SecurityReview::reviewToken(token, heldHere(token), ReviewThresholds {}, kNow);
    soon = findingOf(findings, FindingKind::ExpiringSoon);
    QVERIFY(soon && soon->suggested);
    QCOMPARE(soon->suggested->durationSeconds, std::optional<qint64>(90 * kDay));

    ReviewThresholds wider;
    wider.expiringSoonDays = 5;
    QVERIFY(!findingOf(SecurityReview::reviewToken(token, heldHere(token), wider, kNow), FindingKind::ExpiringSoon));
}

void TestSecurityReview::unusedSpendScopesSuggestTheReadOnlyPreset()
{
    AccessToken token = cleanToken();
    token.scope = {QStringLiteral("wallet_view_all"), QStringLiteral("wallet_spend_all"),
                   QStringLiteral("wallet_approve_all")};
    token.spendingLimits = {
        usage(QStringLiteral("tbtc"), QStringLiteral("50000000"), QStringLiteral("0"), QStringLiteral("0"))};
    const QList<Finding> findings = SecurityReview::reviewToken(token, heldHere(token), ReviewThresholds {}, kNow);
    const Finding *unused = findingOf(findings, FindingKind::UnusedScopes);
    QVERIFY(unused);
    QVERIFY2(unused->reason.contains(ScopeCatalogue::presetName(ScopePreset::ReadOnly)), qPrintable(unused->reason));
    QVERIFY(unused->suggested);
    QCOMPARE(unused->suggested->scope, QStringList {QStringLiteral("wallet_view_all")});
    QVERIFY(unused->suggested->spendingLimits.isEmpty());

    token.scope = {QStringLiteral("wallet_spend_all")}; // nothing left: the Read only preset itself
    const QList<Finding> spendOnly = SecurityReview::reviewToken(token, heldHere(token), ReviewThresholds {}, kNow);
    unused = findingOf(spendOnly, FindingKind::UnusedScopes);
    QVERIFY(unused && unused->suggested);
    QCOMPARE(unused->suggested->scope, ScopeCatalogue::preset(ScopePreset::ReadOnly));

    // Once it spent, the scopes are in use.
    token.spendingLimits.first().txCount.digits = QStringLiteral("1");
    QVERIFY(!findingOf(SecurityReview::reviewToken(token, heldHere(token), ReviewThresholds {}, kNow),
                       FindingKind::UnusedScopes));
}

void TestSecurityReview::reviewMatchesIndexEntriesByTokenIdAndKeepsServerOrder()
{
    AccessToken a = cleanToken();
    AccessToken b = cleanToken();
    b.id = QStringLiteral("11111111111111111111111111111111");
    b.label = QStringLiteral("b");
    StoredToken pending = heldHere(b, StoredToken::State::Pending);
    StoredToken unrelated = heldHere(cleanToken());
    unrelated.tokenId = QStringLiteral("22222222222222222222222222222222");
    StoredToken noId = heldHere(a, StoredToken::State::Pending);
    noId.tokenId.clear(); // a creation whose outcome is unknown matches no server token
    const QList<TokenReview> reviews =
        SecurityReview::review({b, a}, {unrelated, noId, heldHere(a), pending}, ReviewThresholds {}, kNow);
    QCOMPARE(reviews.size(), 2);
    QCOMPARE(reviews.at(0).token.id, b.id);
    QCOMPARE(kindsOf(reviews.at(0).findings), Kinds {FindingKind::SecretNeverStored});
    QCOMPARE(reviews.at(1).token.id, a.id);
    QVERIFY(reviews.at(1).local);
    QVERIFY(reviews.at(1).findings.isEmpty());
    QCOMPARE(SecurityReview::findingCount(reviews), 1);
    QVERIFY(SecurityReview::review({}, {unrelated}, ReviewThresholds {}, kNow).isEmpty());
}

void TestSecurityReview::thresholdsComeFromTheSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ReviewThresholds thresholds = ReviewThresholds::fromSettings(settings);
    QCOMPARE(thresholds.maxLifetimeDays, 90);
    QCOMPARE(thresholds.expiringSoonDays, 14);
    settings.setReviewMaxLifetimeDays(30);
    settings.setExpiryWarningDays(7); // the table's highlight threshold: the review uses the same one
    thresholds = ReviewThresholds::fromSettings(settings);
    QCOMPARE(thresholds.maxLifetimeDays, 30);
    QCOMPARE(thresholds.expiringSoonDays, 7);
}

void TestSecurityReview::kindCodesAreDistinct()
{
    QSet<QString> codes;
    for (FindingKind kind :
         {FindingKind::SpendWithoutLimit, FindingKind::NoIpRestriction, FindingKind::AllScope, FindingKind::AdminAccess,
          FindingKind::LifetimeTooLong, FindingKind::ExpiringSoon, FindingKind::NotHeldHere,
          FindingKind::SecretNeverStored, FindingKind::UnusedScopes, FindingKind::LimitUsedUp}) {
        QVERIFY(!SecurityReview::kindCode(kind).isEmpty());
        codes.insert(SecurityReview::kindCode(kind));
    }
    QCOMPARE(codes.size(), 10);
}

void TestSecurityReview::limitSpentPastTheThresholdSuggestsTheSameShapeUnspent()
{
    AccessToken token = cleanToken();
    token.scope = {QStringLiteral("wallet_view_all"), QStringLiteral("wallet_spend_all")};
    token.spendingLimits = {
        usage(QStringLiteral("tbtc"), QStringLiteral("100000000"), QStringLiteral("95000000"), QStringLiteral("3")),
        usage(QStringLiteral("teth"), QStringLiteral("1000"), QStringLiteral("100"), QStringLiteral("1"))};
    const QList<Finding> findings = SecurityReview::reviewToken(token, heldHere(token), ReviewThresholds(), kNow);
    QCOMPARE(std::count_if(findings.cbegin(), findings.cend(),
                           [](const Finding &f) { return f.kind == FindingKind::LimitUsedUp; }),
             1);
    const Finding *nearly = findingOf(findings, FindingKind::LimitUsedUp);
    QVERIFY2(nearly->reason.contains(QStringLiteral("95%")) && nearly->reason.contains(QStringLiteral("tbtc")),
             qPrintable(nearly->reason));
    QVERIFY(nearly->suggested); // the same shape: a rotation starts the limit afresh
    QCOMPARE(nearly->suggested->scope, token.scope);
    QCOMPARE(nearly->suggested->spendingLimits.size(), 2);
    QCOMPARE(nearly->suggested->spendingLimits.first().txValueLimit, QStringLiteral("100000000"));

    token.spendingLimits[0] =
        usage(QStringLiteral("tbtc"), QStringLiteral("100000000"), QStringLiteral("100000000"), QStringLiteral("4"));
    const QList<Finding> spent = SecurityReview::reviewToken(token, heldHere(token), ReviewThresholds(), kNow);
    const Finding *usedUp = findingOf(spent, FindingKind::LimitUsedUp);
    QVERIFY(usedUp);
    QVERIFY2(usedUp->reason.contains(QStringLiteral("used up")), qPrintable(usedUp->reason));

    ReviewThresholds strict;
    strict.limitUsedPercent = 96; // 95% spent is under it
    token.spendingLimits[0] =
        usage(QStringLiteral("tbtc"), QStringLiteral("100000000"), QStringLiteral("95000000"), QStringLiteral("3"));
    QVERIFY(!findingOf(SecurityReview::reviewToken(token, heldHere(token), strict, kNow), FindingKind::LimitUsedUp));
}

QTEST_GUILESS_MAIN(TestSecurityReview)
#include "TestSecurityReview.moc"
