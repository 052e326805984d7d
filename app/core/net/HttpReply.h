#pragma once

#include "SecretBytes.h"

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

    HttpReply() = default;
    HttpReply(const HttpReply &) = default;
    HttpReply(HttpReply &&) noexcept = default;
    HttpReply &operator=(const HttpReply &) = default;
    HttpReply &operator=(HttpReply &&) noexcept = default;
    /// A body can carry a token (the login and create replies): its last owner wipes it. Copies share the buffer
    /// and leave it to that last owner; what the mappers parsed out of it is theirs to keep or wipe.
    ~HttpReply() { wipeInPlace(body); }
};

} // namespace bgtm
