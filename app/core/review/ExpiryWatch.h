#pragma once

#include "model/AccessToken.h"

#include <QDateTime>
#include <QList>

namespace bgtm {

/// Which tokens expire soon: the one rule behind the table's highlight, the start-up/daily notification and the
/// review's "expiring soon" finding (expires after `now` and at most `days` days after it).
class ExpiryWatch
{
public:
    [[nodiscard]] static bool expiresWithin(const QDateTime &expires, const QDateTime &now, int days);
    /// The tokens that expire within `days` of `now`, soonest first.
    [[nodiscard]] static QList<AccessToken> expiringWithin(const QList<AccessToken> &tokens, const QDateTime &now,
                                                           int days);
};

} // namespace bgtm
