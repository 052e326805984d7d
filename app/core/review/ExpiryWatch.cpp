#include "ExpiryWatch.h"

#include <algorithm>

namespace bgtm {

bool ExpiryWatch::expiresWithin(const QDateTime &expires, const QDateTime &now, int days)
{
    return expires.isValid() && expires > now && expires <= now.addDays(days);
}

QList<AccessToken> ExpiryWatch::expiringWithin(const QList<AccessToken> &tokens, const QDateTime &now, int days)
{
    QList<AccessToken> soon;
    std::copy_if(tokens.cbegin(), tokens.cend(), std::back_inserter(soon),
                 [&](const AccessToken &token) { return expiresWithin(token.expires, now, days); });
    std::stable_sort(soon.begin(), soon.end(),
                     [](const AccessToken &a, const AccessToken &b) { return a.expires < b.expires; });
    return soon;
}

} // namespace bgtm
