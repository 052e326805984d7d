#pragma once

#include "AccessToken.h"
#include "CreateTokenRequest.h"

#include <QDateTime>
#include <QList>
#include <QSet>

namespace bgtm {

/// Whether `token`, as a server lists it, can be the one `request` made: it shares everything the request set —
/// label, scopes, spending limits (coins, and each capped amount), the all-ERC-20 limit, IP rules, enterprise and
/// the admin flag. A label alone is not enough: a colleague or a cron job on another machine may create a token
/// with the same label at the same moment, and that token is theirs.
[[nodiscard]] bool sharesShape(const CreateTokenRequest &request, const AccessToken &token);

/// The listed tokens that `request` may have made: same shape (sharesShape), created (server time) within
/// [`from`, `to`], and not in `excluded` (tokens already accounted for). The one place that decides what may be
/// ours after a resend or an unanswered create; nothing outside it is ever revoked or flagged as ours.
[[nodiscard]] QList<AccessToken> creationCandidates(const CreateTokenRequest &request, const QList<AccessToken> &listed,
                                                    const QDateTime &from, const QDateTime &to,
                                                    const QSet<QString> &excluded = {});

} // namespace bgtm
