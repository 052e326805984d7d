#pragma once

#include <QByteArray>

namespace bgtm {

/// `BitGo-Auth-Version` of an HMAC request (protocol doc §2).
enum class HmacVersion { V2, V3 };

/// BitGo's request and response signing for `v2x…` tokens (protocol doc §2). Pure functions, no state.
/// `pathWithQuery` is the URL path plus `?query` when the query is non-empty (no scheme or host);
/// `body` is the exact body bytes (empty when none); `method` is upper-case.
namespace hmac {

/// True for tokens that use HMAC: 67 characters starting with "v2x". Everything else is a v1 bearer token.
[[nodiscard]] bool isHmacToken(const QByteArray &token);

/// The `BitGo-Auth-Version` header value of `version`: "2.0" or "3.0".
[[nodiscard]] QByteArray versionHeader(HmacVersion version);

/// Lowercase hex SHA-256 of the token: what travels in `Authorization: Bearer …` instead of the token.
[[nodiscard]] QByteArray tokenHash(const QByteArray &token);

/// v2: `ts|path|body`; v3: `METHOD|ts|3.0|path|body`.
[[nodiscard]] QByteArray requestSubject(HmacVersion version, const QByteArray &method, qint64 timestampMs,
                                        const QByteArray &pathWithQuery, const QByteArray &body);

/// v2: `ts|path|status|body`; v3: `METHOD|ts|path|status|body`.
[[nodiscard]] QByteArray responseSubject(HmacVersion version, const QByteArray &method, qint64 timestampMs,
                                         const QByteArray &pathWithQuery, int status, const QByteArray &body);

/// Lowercase hex HMAC-SHA256 keyed with the raw token.
[[nodiscard]] QByteArray sign(const QByteArray &token, const QByteArray &subject);

/// Constant-time comparison of `sign(token, subject)` with a received hex HMAC (case-insensitive hex).
[[nodiscard]] bool verify(const QByteArray &token, const QByteArray &subject, const QByteArray &receivedHex);

/// v3 responses must carry a timestamp within [now − 5 min, now + 1 min] (BitGo SDK).
[[nodiscard]] bool isWithinV3Window(qint64 responseTimestampMs, qint64 nowMs);

/// Whether a verified reply signed at `responseTimestampMs` is fresh under `version`: v3 replies must be within the
/// v3 window; v2 replies carry no window at all, so a replayed v2 reply verifies (why v2 is only a fallback).
[[nodiscard]] bool isFreshReply(HmacVersion version, qint64 responseTimestampMs, qint64 nowMs);

} // namespace hmac
} // namespace bgtm
