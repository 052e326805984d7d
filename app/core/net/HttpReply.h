#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>

namespace bgtm {

/// A successful (2xx) reply that passed every transport check: size cap, content type, and — for HMAC
/// requests — the response signature.
struct HttpReply {
    int status = 0;
    QByteArray body;
    bool verified = false; ///< the response HMAC was checked and matched
};

} // namespace bgtm
