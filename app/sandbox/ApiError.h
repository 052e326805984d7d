#pragma once

#include "HttpMessage.h"

#include <QString>

namespace bgtm::sandbox {

/// BitGo-shaped error replies (protocol doc §6): `{error, name, requestId, context:{field?}}`.
class ApiError
{
public:
    [[nodiscard]] static HttpReply make(int status, const QString &name, const QString &message,
                                        const QString &field = {});
    /// 401 with `x-auth-required: true`, as BitGo answers a bad, expired or revoked token.
    [[nodiscard]] static HttpReply unauthorized(const QString &message);
    /// 401 with `needsOTP: true` (the key appears only then).
    [[nodiscard]] static HttpReply needsOtp(const QString &message);
};

} // namespace bgtm::sandbox
