#include "RotationPlan.h"

#include "model/Amount.h"

#include <QSet>

namespace bgtm {

namespace {

Error invalid(const QString &message, const QString &field = QString())
{
    Error error;
    error.kind = ErrorKind::Validation;
    error.message = message;
    error.field = field;
    return error;
}

/// One coin's figures → the new limit. The limit itself must be exact to be copied at all; the remaining budget
/// is computed only from exact figures (Amount::remaining refuses approximate ones).
Result<CarryOver> carryOverFor(const SpendingUsage &usage, bool wanted)
{
    CarryOver c;
    c.coin = usage.coin;
    c.limit = usage.txValueLimit;
    c.spent = usage.txValue;
    if (!usage.txValueLimit.exact)
        return invalid(RotationPlanner::tr("The server sent the %1 limit as an approximate number; it cannot be "
                                           "copied exactly to a new token.")
                           .arg(usage.coin),
                       QStringLiteral("spendingLimits"));
    const Result<QString> remaining = Amount::remaining(usage.txValueLimit, usage.txValue);
    if (remaining.ok())
        c.remaining = remaining.value();
    else
        c.refusedReason = remaining.error().message;
    c.carriedOver = wanted && remaining.ok();
    c.newLimit = c.carriedOver ? c.remaining : usage.txValueLimit.digits;
    return c;
}

/// A new shape's limit for a coin the old token also limited: carry-over caps it by the old token's remaining
/// budget (the spending of the old token counts against the new one, as with the old shape). `shapeLimit` is null
/// when the new shape sets no finite limit for the coin; the figures are then shown but nothing is carried over.
void capByRemaining(CarryOver &figures, QString *shapeLimit, bool wanted)
{
    figures.carriedOver = false;
    figures.newLimit.clear();
    if (shapeLimit == nullptr)
        return;
    if (wanted && !figures.remaining.isEmpty() && Amount::compare(figures.remaining, *shapeLimit) <= 0) {
        *shapeLimit = figures.remaining;
        figures.carriedOver = true;
    }
    figures.newLimit = *shapeLimit;
}

QSet<QString> asSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

std::optional<qint64> RotationPlanner::lifetimeOf(const AccessToken &token)
{
    if (!token.created.isValid() || !token.expires.isValid())
        return std::nullopt;
    const qint64 seconds = token.created.secsTo(token.expires);
    if (seconds < 1)
        return std::nullopt;
    return std::min(seconds, kMaxLifetimeSeconds);
}

Result<RotationPlan> RotationPlanner::plan(const AccessToken &old, const std::optional<StoredToken> &stored,
                                           const RotationOptions &options)
{
    if (options.suggested && options.fromTemplate)
        return invalid(tr("Rotate either into a template or with a suggested change, not both."));
    // The new token's shape when it is not the old token's: a template or the review's suggestion.
    const std::optional<CreateTokenRequest> shape =
        options.fromTemplate ? std::optional<CreateTokenRequest>(options.fromTemplate->shape) : options.suggested;

    RotationPlan plan;
    plan.oldToken = old;
    plan.stored = stored;
    if (options.fromTemplate)
        plan.templateName = options.fromTemplate->name;
    CreateTokenRequest &r = plan.request;
    r.label = options.newLabel.isEmpty() ? old.label : options.newLabel;
    r.durationSeconds = options.lifetimeSeconds ? options.lifetimeSeconds : lifetimeOf(old);
    if (!options.lifetimeSeconds && options.fromTemplate && shape->durationSeconds)
        r.durationSeconds = shape->durationSeconds;
    if (!r.durationSeconds)
        return invalid(tr("The old token's lifetime is unknown: give the new token's lifetime."),
                       QStringLiteral("durationSeconds"));

    if (shape) {
        r.scope = shape->scope;
        r.ipRestrict = shape->ipRestrict;
        r.enterprise = shape->enterprise;
        r.admin = shape->admin;
        r.adminScope = shape->adminScope;
        r.spendingLimits = shape->spendingLimits;
        r.allErc20TokensLimit = shape->allErc20TokensLimit;
        // A new shape's limits are a new decision; carry-over figures are still shown for the old token's coins.
    } else {
        r.scope = old.scope;
        r.ipRestrict = old.ipRestrict;
        r.enterprise = old.enterprise;
        r.admin = old.admin;
        r.adminScope = old.admin ? old.adminScope : QString(); // the validator refuses a scope without admin
    }

    for (const SpendingUsage &usage : old.spendingLimits) {
        if (usage.txValueLimit.digits.isEmpty()) {
            // "maxLimit": no cap, nothing to carry over.
            if (!shape)
                r.spendingLimits.append(SpendingLimit {usage.coin, QString(), true});
            continue;
        }
        Result<CarryOver> c = carryOverFor(usage, options.carryOverRemaining);
        if (!c.ok()) {
            if (shape)
                continue; // the new shape decides this coin's limit
            return c.error();
        }
        if (shape) {
            QString *shapeLimit = nullptr;
            for (SpendingLimit &limit : r.spendingLimits) {
                if (limit.coin == usage.coin && !limit.maxLimit)
                    shapeLimit = &limit.txValueLimit;
            }
            capByRemaining(c.value(), shapeLimit, options.carryOverRemaining);
        } else {
            r.spendingLimits.append(SpendingLimit {usage.coin, c.value().newLimit, false});
        }
        plan.carryOver.append(c.value());
    }
    if (old.allErc20TokensLimit) {
        const SpendingUsage &usage = *old.allErc20TokensLimit;
        SpendingUsage named = usage;
        named.coin = QStringLiteral("erc20");
        if (shape) {
            Result<CarryOver> c = carryOverFor(named, options.carryOverRemaining);
            if (!usage.txValueLimit.digits.isEmpty() && c.ok()) {
                const bool limited = r.allErc20TokensLimit && !r.allErc20TokensLimit->maxLimit;
                capByRemaining(c.value(), limited ? &r.allErc20TokensLimit->txValueLimit : nullptr,
                               options.carryOverRemaining);
                plan.carryOver.append(c.value());
            }
        } else {
            Erc20Limit limit;
            if (usage.txValueLimit.digits.isEmpty()) {
                limit.maxLimit = true;
            } else {
                Result<CarryOver> c = carryOverFor(named, options.carryOverRemaining);
                if (!c.ok())
                    return c.error();
                limit.txValueLimit = c.value().newLimit;
                plan.carryOver.append(c.value());
            }
            r.allErc20TokensLimit = limit;
        }
    }

    // The one validator; the code is asked for later, so a stand-in keeps "otp" out of the issues.
    CreateTokenRequest check = r;
    check.otp = QStringLiteral("pending");
    const QList<ValidationIssue> issues = validate(check, ValidationContext {});
    if (!issues.isEmpty())
        return invalid(tr("The new token would not be valid: %1: %2").arg(issues.first().field, issues.first().message),
                       issues.first().field);
    return plan;
}

bool RotationPlanner::matches(const AccessToken &token, const CreateTokenRequest &request, QString *difference)
{
    auto differ = [difference](const QString &what) {
        if (difference)
            *difference = what;
        return false;
    };
    if (asSet(token.scope) != asSet(request.scope))
        return differ(tr("its scopes differ from the requested ones"));
    if (asSet(token.ipRestrict) != asSet(request.ipRestrict))
        return differ(tr("its IP rules differ from the requested ones"));
    if (token.enterprise != request.enterprise)
        return differ(tr("its enterprise differs from the requested one"));
    if (token.admin != request.admin)
        return differ(tr("its admin flag differs from the requested one"));
    if (token.spendingLimits.size() != request.spendingLimits.size())
        return differ(tr("it has %n spending limit(s) instead of %1", nullptr, int(token.spendingLimits.size()))
                          .arg(request.spendingLimits.size()));
    for (const SpendingLimit &wanted : request.spendingLimits) {
        bool found = false;
        for (const SpendingUsage &usage : token.spendingLimits) {
            if (usage.coin != wanted.coin)
                continue;
            found = wanted.maxLimit
                ? usage.txValueLimit.digits.isEmpty()
                : usage.txValueLimit.exact && Amount::compare(usage.txValueLimit.digits, wanted.txValueLimit) == 0;
        }
        if (!found)
            return differ(tr("its %1 limit differs from the requested one").arg(wanted.coin));
    }
    return true;
}

} // namespace bgtm
