#include "SecurityReview.h"

#include "ExpiryWatch.h"

#include "model/ScopeCatalogue.h"
#include "settings/Settings.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace bgtm {

namespace {

constexpr qint64 kSecondsPerDay = 86400;
constexpr qint64 kMaxDurationSeconds = 315360000; // protocol doc §4: duration 1 … 10 years
// Servers stamp `created` and `expires` a moment apart from the requested duration; a lifetime within a minute of
// the threshold is the threshold.
constexpr qint64 kLifetimeSlackSeconds = 60;

bool movesFunds(const QString &scope)
{
    const std::optional<ScopeInfo> info = ScopeCatalogue::find(ScopeCatalogue::split(scope).base);
    return info && info->movesFunds;
}

bool isZero(const ServerAmount &amount)
{
    if (!amount.exact)
        return false; // an approximate figure is large by definition: not evidence of non-use
    return std::all_of(amount.digits.cbegin(), amount.digits.cend(), [](QChar c) { return c == QLatin1Char('0'); });
}

bool hasAnyLimit(const AccessToken &token)
{
    const auto capped = [](const SpendingUsage &usage) { return !usage.txValueLimit.digits.isEmpty(); };
    return std::any_of(token.spendingLimits.cbegin(), token.spendingLimits.cend(), capped)
        || (token.allErc20TokensLimit && capped(*token.allErc20TokensLimit));
}

/// Lifetime in seconds, or -1 when the server did not give both dates.
qint64 lifetimeSeconds(const AccessToken &token)
{
    if (!token.created.isValid() || !token.expires.isValid())
        return -1;
    return token.created.secsTo(token.expires);
}

enum class Holding { Held, NotHeld, NeverStored };

Holding holding(const std::optional<StoredToken> &local)
{
    if (!local)
        return Holding::NotHeld;
    switch (local->state) {
    case StoredToken::State::Stored:
    case StoredToken::State::Unverified:
        return Holding::Held;
    case StoredToken::State::Pending:
    case StoredToken::State::StoreFailed:
    case StoredToken::State::FlaggedForRevocation:
        return Holding::NeverStored;
    case StoredToken::State::RevokedOnServer:
    case StoredToken::State::Expired:
        return Holding::NotHeld; // a stale index entry: the server still lists the token
    }
    return Holding::NotHeld;
}

Finding finding(FindingKind kind, FindingSeverity severity, QString reason, QString fix,
                std::optional<CreateTokenRequest> suggested = std::nullopt)
{
    return Finding {kind, severity, std::move(reason), std::move(fix), std::move(suggested), {}};
}

/// A finding whose fix is a rotation with values only the user knows, entered in `field` of the new token's shape.
Finding askingFor(QString field, FindingKind kind, FindingSeverity severity, QString reason, QString fix)
{
    return Finding {kind, severity, std::move(reason), std::move(fix), std::nullopt, std::move(field)};
}

} // namespace

ReviewThresholds ReviewThresholds::fromSettings(const Settings &settings)
{
    ReviewThresholds thresholds;
    thresholds.maxLifetimeDays = settings.reviewMaxLifetimeDays();
    // The same threshold the token table highlights with, so the review and the table agree.
    thresholds.expiringSoonDays = settings.expiryWarningDays();
    return thresholds;
}

QList<TokenReview> SecurityReview::review(const QList<AccessToken> &server, const QList<StoredToken> &local,
                                          const ReviewThresholds &thresholds, const QDateTime &now)
{
    QHash<QString, StoredToken> byId;
    for (const StoredToken &entry : local) {
        if (!entry.tokenId.isEmpty())
            byId.insert(entry.tokenId, entry);
    }
    QList<TokenReview> reviews;
    reviews.reserve(server.size());
    for (const AccessToken &token : server) {
        const auto it = byId.constFind(token.id);
        const std::optional<StoredToken> entry = it == byId.cend() ? std::nullopt : std::optional(*it);
        reviews.append(TokenReview {token, entry, reviewToken(token, entry, thresholds, now)});
    }
    return reviews;
}

QList<Finding> SecurityReview::reviewToken(const AccessToken &token, const std::optional<StoredToken> &local,
                                           const ReviewThresholds &thresholds, const QDateTime &now)
{
    QList<Finding> findings;
    const bool hasAll = token.scope.contains(QStringLiteral("all"));
    const bool spends = std::any_of(token.scope.cbegin(), token.scope.cend(), movesFunds);

    if (spends && !hasAnyLimit(token)) {
        findings.append(askingFor(QStringLiteral("spendingLimits"), FindingKind::SpendWithoutLimit,
                                  FindingSeverity::Critical,
                                  tr("It can send or approve funds with no spending limit on any coin."),
                                  tr("Rotate it with a spending limit for each coin it sends (tokens cannot be "
                                     "edited).")));
    }
    if (hasAll) {
        findings.append(askingFor(QStringLiteral("scope"), FindingKind::AllScope, FindingSeverity::Critical,
                                  tr("It has the scope \"all\": every action, including spending."),
                                  tr("Rotate it with only the scopes it needs (start from a preset).")));
    }
    if (token.admin) {
        CreateTokenRequest suggested = requestFrom(token);
        suggested.admin = false;
        suggested.adminScope.clear();
        findings.append(
            finding(FindingKind::AdminAccess, FindingSeverity::Warning, tr("It carries enterprise admin rights."),
                    tr("Rotate it without the admin flag unless it administers the enterprise."), suggested));
    }
    if (token.ipRestrict.isEmpty()) {
        findings.append(askingFor(QStringLiteral("ipRestrict"), FindingKind::NoIpRestriction, FindingSeverity::Warning,
                                  tr("It works from any IP address."),
                                  tr("Rotate it restricted to the addresses or CIDR ranges that use it.")));
    }

    const qint64 lifetime = lifetimeSeconds(token);
    const qint64 maxLifetime = qint64(thresholds.maxLifetimeDays) * kSecondsPerDay;
    if (lifetime > maxLifetime + kLifetimeSlackSeconds) {
        CreateTokenRequest suggested = requestFrom(token);
        suggested.durationSeconds = maxLifetime;
        findings.append(finding(
            FindingKind::LifetimeTooLong, FindingSeverity::Warning,
            tr("Its lifetime is %1 days, over the limit of %2.")
                .arg(lifetime / kSecondsPerDay)
                .arg(thresholds.maxLifetimeDays),
            tr("Rotate it with a lifetime of at most %n day(s).", nullptr, thresholds.maxLifetimeDays), suggested));
    }
    if (ExpiryWatch::expiresWithin(token.expires, now, thresholds.expiringSoonDays)) {
        CreateTokenRequest suggested = requestFrom(token);
        if (lifetime <= 0 || lifetime > maxLifetime)
            suggested.durationSeconds = maxLifetime;
        const qint64 left = now.secsTo(token.expires);
        findings.append(finding(FindingKind::ExpiringSoon, FindingSeverity::Warning,
                                tr("It expires in %n day(s).", nullptr, int(left / kSecondsPerDay)),
                                tr("Rotate it now, before whatever uses it stops working."), suggested));
    }

    // A lifetime limit does not renew: once spent, BitGo refuses the token's sends (or asks for an unlocked session).
    // A rotation with the same shape starts a fresh limit.
    for (const SpendingUsage &usage : token.spendingLimits) {
        const double limit = usage.txValueLimit.digits.toDouble();
        const double spent = usage.txValue.digits.toDouble();
        if (usage.txValueLimit.digits.isEmpty() || usage.txValue.digits.isEmpty() || limit <= 0)
            continue;
        const int percent = spent >= limit ? 100 : static_cast<int>(spent * 100 / limit);
        if (percent < thresholds.limitUsedPercent)
            continue;
        findings.append(
            finding(FindingKind::LimitUsedUp, FindingSeverity::Warning,
                    percent >= 100 ? tr("Its %1 spending limit is used up.").arg(usage.coin)
                                   : tr("%1% of its %2 spending limit is spent.").arg(percent).arg(usage.coin),
                    tr("Rotate it: the new token starts with the same limit unspent."), requestFrom(token)));
    }

    switch (holding(local)) {
    case Holding::Held:
        break;
    case Holding::NotHeld:
        findings.append(finding(FindingKind::NotHeldHere, FindingSeverity::Info,
                                tr("Its secret is not on this machine."),
                                tr("Import it if you use it here; revoke it if nobody uses it.")));
        break;
    case Holding::NeverStored:
        findings.append(finding(FindingKind::SecretNeverStored, FindingSeverity::Critical,
                                tr("This app created it, but its secret was never stored: nobody may hold it."),
                                tr("Revoke it; create a new one if it is needed.")));
        break;
    }

    // Never-used spend scopes: the server's lifetime figures are the only usage evidence there is, and they exist
    // only for coins with a limit. A token old enough that shows no transaction on any of them needs no spending.
    const bool oldEnough =
        token.created.isValid() && token.created.secsTo(now) >= qint64(thresholds.unusedEvidenceDays) * kSecondsPerDay;
    const bool neverSpent = !token.spendingLimits.isEmpty()
        && std::all_of(token.spendingLimits.cbegin(), token.spendingLimits.cend(),
                       [](const SpendingUsage &usage) { return isZero(usage.txCount) && isZero(usage.txValue); });
    if (spends && !hasAll && oldEnough && neverSpent) {
        QStringList kept;
        for (const QString &scope : token.scope) {
            if (!movesFunds(scope))
                kept.append(scope);
        }
        const QStringList readOnly = ScopeCatalogue::preset(ScopePreset::ReadOnly);
        const bool fitsReadOnly = std::all_of(kept.cbegin(), kept.cend(),
                                              [&readOnly](const QString &scope) { return readOnly.contains(scope); });
        CreateTokenRequest suggested = requestFrom(token);
        suggested.scope = kept.isEmpty() ? readOnly : kept;
        suggested.spendingLimits.clear();
        suggested.allErc20TokensLimit.reset();
        const QString presetHint = fitsReadOnly
            ? tr("the \"%1\" preset would do.").arg(ScopeCatalogue::presetName(ScopePreset::ReadOnly))
            : tr("its other scopes would do.");
        findings.append(finding(FindingKind::UnusedScopes, FindingSeverity::Info,
                                tr("No spending in %n day(s): its spend and approve scopes look unused; %1", nullptr,
                                   int(token.created.secsTo(now) / kSecondsPerDay))
                                    .arg(presetHint),
                                tr("Rotate it without the spend and approve scopes."), suggested));
    }

    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return int(a.severity) > int(b.severity); });
    return findings;
}

CreateTokenRequest SecurityReview::requestFrom(const AccessToken &token)
{
    CreateTokenRequest request;
    request.label = token.label;
    request.scope = token.scope;
    request.ipRestrict = token.ipRestrict;
    request.enterprise = token.enterprise;
    request.admin = token.admin;
    request.adminScope = token.adminScope;
    for (const SpendingUsage &usage : token.spendingLimits) {
        SpendingLimit limit;
        limit.coin = usage.coin;
        limit.txValueLimit = usage.txValueLimit.digits;
        limit.maxLimit = usage.txValueLimit.digits.isEmpty();
        request.spendingLimits.append(limit);
    }
    if (token.allErc20TokensLimit) {
        Erc20Limit erc20;
        erc20.txValueLimit = token.allErc20TokensLimit->txValueLimit.digits;
        erc20.maxLimit = erc20.txValueLimit.isEmpty();
        request.allErc20TokensLimit = erc20;
    }
    const qint64 lifetime = lifetimeSeconds(token);
    if (lifetime > 0)
        request.durationSeconds = std::min(lifetime, kMaxDurationSeconds);
    return request;
}

QString SecurityReview::kindCode(FindingKind kind)
{
    switch (kind) {
    case FindingKind::SpendWithoutLimit:
        return QStringLiteral("spend-without-limit");
    case FindingKind::NoIpRestriction:
        return QStringLiteral("no-ip-restriction");
    case FindingKind::AllScope:
        return QStringLiteral("all-scope");
    case FindingKind::AdminAccess:
        return QStringLiteral("admin");
    case FindingKind::LifetimeTooLong:
        return QStringLiteral("lifetime-too-long");
    case FindingKind::ExpiringSoon:
        return QStringLiteral("expiring-soon");
    case FindingKind::NotHeldHere:
        return QStringLiteral("not-held-here");
    case FindingKind::SecretNeverStored:
        return QStringLiteral("secret-never-stored");
    case FindingKind::UnusedScopes:
        return QStringLiteral("unused-scopes");
    case FindingKind::LimitUsedUp:
        return QStringLiteral("limit-used-up");
    }
    return QString();
}

QString SecurityReview::severityCode(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Info:
        return QStringLiteral("info");
    case FindingSeverity::Warning:
        return QStringLiteral("warning");
    case FindingSeverity::Critical:
        return QStringLiteral("critical");
    }
    return QString();
}

QString SecurityReview::kindTitle(FindingKind kind)
{
    switch (kind) {
    case FindingKind::SpendWithoutLimit:
        return tr("No spending limit");
    case FindingKind::NoIpRestriction:
        return tr("No IP restriction");
    case FindingKind::AllScope:
        return tr("Scope \"all\"");
    case FindingKind::AdminAccess:
        return tr("Admin rights");
    case FindingKind::LifetimeTooLong:
        return tr("Long lifetime");
    case FindingKind::ExpiringSoon:
        return tr("Expiring soon");
    case FindingKind::NotHeldHere:
        return tr("Not on this machine");
    case FindingKind::SecretNeverStored:
        return tr("Secret never stored");
    case FindingKind::UnusedScopes:
        return tr("Unused scopes");
    case FindingKind::LimitUsedUp:
        return tr("Limit used up");
    }
    return QString();
}

QString SecurityReview::severityName(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Info:
        return tr("info");
    case FindingSeverity::Warning:
        return tr("warning");
    case FindingSeverity::Critical:
        return tr("critical");
    }
    return QString();
}

qsizetype SecurityReview::findingCount(const QList<TokenReview> &reviews)
{
    qsizetype count = 0;
    for (const TokenReview &review : reviews)
        count += review.findings.size();
    return count;
}

} // namespace bgtm
