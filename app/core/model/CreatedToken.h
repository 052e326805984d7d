#pragma once

#include "model/AccessToken.h"

#include "SecretBytes.h"

#include <QList>

namespace bgtm {

/// Result of create. `secret` is shown once by BitGo; the caller must store it before dropping it.
struct CreatedToken {
    AccessToken token;
    SecretBytes secret;
    bool replyVerified = false; ///< false on the raw-bearer downgrade path ("not verifiable")
    bool downgraded = false;
    /// Only when Qt sent the POST more than once: the listed tokens an earlier send may have made (CreationMatch:
    /// same shape, created within the send window). Nobody holds them — or someone else made them at that moment.
    QList<AccessToken> surplus;
    /// True when there was no resend, or exactly one candidate per extra send was found in a complete list: the
    /// surplus is then certainly ours to revoke. Otherwise the user decides on the candidates.
    bool surplusCheckComplete = true;
};

struct TokenList {
    QList<AccessToken> tokens;
    bool complete = true; ///< every page was fetched successfully
};

} // namespace bgtm
