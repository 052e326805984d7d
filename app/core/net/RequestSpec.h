#pragma once

#include "Hmac.h"
#include "SecretBytes.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace bgtm {

/// How a request authenticates (protocol doc §2, §4).
enum class AuthMode {
    None,      ///< login, constants: no token yet
    Session,   ///< the scheme the token asks for: v1 bearer for legacy tokens, HMAC for `v2x…` tokens
    RawBearer, ///< `Authorization: Bearer <raw token>` even for a `v2x…` token: the SDK's create downgrade only
};

/// What kind of call a request belongs to; decides how a 401 is read and whether a 429 may be retried.
enum class CallKind {
    Read,  ///< safe to repeat after a 429 (honouring Retry-After)
    Write, ///< never repeated automatically (creates, revokes, unlock, lock, logout)
    Login, ///< a 401 means wrong password or OTP, never "sign in again"; never repeated
};

/// One HTTP exchange with a BitGo-compatible server. The token is a private copy, wiped with the spec.
struct RequestSpec {
    QByteArray method; ///< GET, POST, DELETE
    QString path;      ///< e.g. /api/v1/user/session
    QUrlQuery query;
    QByteArray body; ///< exact bytes sent and signed; empty for none
    AuthMode auth = AuthMode::None;
    CallKind kind = CallKind::Read;
    SecretBytes token;                         ///< for Session and RawBearer
    HmacVersion hmacVersion = HmacVersion::V3; ///< the environment's (Environment::hmacVersion)
    bool authVersionHeader = false; ///< send BitGo-Auth-Version on an unauthenticated request (login, like the SDK)
    /// Runs each time the request has gone out in full (QNetworkReply::requestSent). More than once means Qt
    /// resent it on its own after the connection closed before any reply byte: a write may then have taken effect
    /// twice. Qt 6.4 can neither be told not to resend nor tells of it otherwise.
    std::function<void()> onSent;
};

} // namespace bgtm
