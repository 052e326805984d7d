#include "CreationMatch.h"

#include <algorithm>

namespace bgtm {

namespace {

QStringList sortedTrimmed(QStringList values)
{
    for (QString &v : values)
        v = v.trimmed();
    values.removeAll(QString());
    std::sort(values.begin(), values.end());
    values.removeDuplicates();
    return values;
}

// A capped amount must be the one listed; an uncapped one ("max") is listed in whatever form the server picks, so
// only its coin is compared. An amount the server sent inexactly (a JSON number above 2^53) cannot be compared.
bool sameLimit(const QString &requestedDigits, bool uncapped, const ServerAmount &listed)
{
    return uncapped || !listed.exact || listed.digits == requestedDigits;
}

bool sameSpendingLimits(const CreateTokenRequest &request, const AccessToken &token)
{
    if (request.spendingLimits.size() != token.spendingLimits.size())
        return false;
    for (const SpendingLimit &wanted : request.spendingLimits) {
        const auto listed = std::find_if(token.spendingLimits.cbegin(), token.spendingLimits.cend(),
                                         [&wanted](const SpendingUsage &u) { return u.coin == wanted.coin; });
        if (listed == token.spendingLimits.cend()
            || !sameLimit(wanted.txValueLimit, wanted.maxLimit, listed->txValueLimit))
            return false;
    }
    const bool wantsErc20 = request.allErc20TokensLimit && request.allErc20TokensLimit->enabled;
    if (wantsErc20 != token.allErc20TokensLimit.has_value())
        return false;
    return !wantsErc20
        || sameLimit(request.allErc20TokensLimit->txValueLimit, request.allErc20TokensLimit->maxLimit,
                     token.allErc20TokensLimit->txValueLimit);
}

} // namespace

bool sharesShape(const CreateTokenRequest &request, const AccessToken &token)
{
    return token.label == request.label && sortedTrimmed(token.scope) == sortedTrimmed(request.scope)
        && sortedTrimmed(token.ipRestrict) == sortedTrimmed(request.ipRestrict)
        && token.enterprise == request.enterprise && token.admin == request.admin && sameSpendingLimits(request, token);
}

QList<AccessToken> creationCandidates(const CreateTokenRequest &request, const QList<AccessToken> &listed,
                                      const QDateTime &from, const QDateTime &to, const QSet<QString> &excluded)
{
    QList<AccessToken> out;
    for (const AccessToken &token : listed) {
        if (excluded.contains(token.id) || !token.created.isValid() || token.created < from || token.created > to)
            continue;
        if (sharesShape(request, token))
            out.append(token);
    }
    return out;
}

} // namespace bgtm
