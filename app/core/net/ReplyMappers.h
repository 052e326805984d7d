#pragma once

#include "RequestSpec.h"

#include "model/AccessToken.h"
#include "model/Result.h"

#include "SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

/// Pure functions from a server's JSON bytes to typed values (and from error bodies to Error).
/// No I/O, no state, no Qt event loop: fuzzers call them directly. Every function accepts any bytes and
/// returns a value or an Error of kind MalformedReply; none of them crashes on hostile input.
namespace bgtm::mappers {

/// `POST /api/auth/v1/session` reply (protocol doc §3): the plaintext token, or the ECDH envelope parts.
struct LoginReply {
    User user;
    QStringList scope;
    QDateTime expires;
    SecretBytes accessToken;      ///< plaintext path; empty on the ECDH path
    QByteArray encryptedEcdhXprv; ///< ECDH path: SJCL envelope JSON text
    QString derivationPath;
    QByteArray encryptedToken; ///< ECDH path: SJCL envelope JSON text
    [[nodiscard]] bool isEcdh() const { return accessToken.isEmpty(); }
};

/// `POST /api/v1/user/accesstoken` reply (protocol doc §4): the seed's shape or the guide's shape;
/// the secret in plaintext (`token` or `access_token`) or encrypted (`derivationPath` + `encryptedToken`).
struct CreateReply {
    AccessToken token;
    SecretBytes secret; ///< empty when encrypted
    QString derivationPath;
    QByteArray encryptedToken;
    [[nodiscard]] bool isEncrypted() const { return secret.isEmpty(); }
};

/// One page of `GET /api/v1/user/accesstoken` (no paging) or its v2 twin (`nextBatchPrevId` when more follow).
struct TokenPage {
    QList<AccessToken> tokens;
    QString nextBatchPrevId;
};

/// How a failed reply should be read: the call it answered and what the transport saw.
struct ErrorContext {
    CallKind kind = CallKind::Read;
    bool xAuthRequired = false;        ///< header `x-auth-required: true`
    int retryAfterSeconds = -1;        ///< header `Retry-After` in seconds, −1 when absent
    std::optional<qint64> clockSkewMs; ///< server `Date` minus local clock, when a Date header came
    bool hmacRequest = false;          ///< the request carried an HMAC (timestamps matter)
};

/// Largest clock difference HMAC timestamps tolerate (the sandbox's and BitGo's ±5 min window, protocol doc §2).
inline constexpr qint64 kMaxClockSkewMs = 5 * 60 * 1000;

/// An amount as the server sent it (protocol doc §4 "Amounts"): strings of digits are exact; JSON numbers are exact
/// only when integral and below 2^53; larger numbers keep their digits for display, marked approximate.
/// nullopt when absent, negative, fractional strings or not a number at all.
[[nodiscard]] std::optional<ServerAmount> amount(const QJsonValue &value);
/// The same rules per JSON type, for readers without a QJsonValue (TokenListReader): a string, a number Qt's JSON
/// parser keeps as qint64 (integral and within range), any other number.
[[nodiscard]] std::optional<ServerAmount> amountFromText(const QString &text);
[[nodiscard]] std::optional<ServerAmount> amountFromInteger(qint64 integer);
[[nodiscard]] std::optional<ServerAmount> amountFromDouble(double number);

/// A date as the servers send it: ISO 8601 text, or seconds or milliseconds since the epoch as a number.
/// Invalid QDateTime when unreadable.
[[nodiscard]] QDateTime dateFromText(const QString &text);
[[nodiscard]] QDateTime dateFromNumber(double number);

/// One token document (list, create, revoke replies). Needs at least a string `id`.
[[nodiscard]] Result<AccessToken> accessTokenFromObject(const QJsonObject &object);

[[nodiscard]] Result<LoginReply> loginReply(const QByteArray &json, const QDateTime &now);
[[nodiscard]] Result<CreateReply> createReply(const QByteArray &json, const QDateTime &now);
/// Streamed straight into AccessToken values (TokenListReader.h): lists can be 100 000 tokens; same results as the
/// QJsonDocument + accessTokenFromObject route the other mappers take.
[[nodiscard]] Result<TokenPage> tokenPage(const QByteArray &json);
/// Revoke reply: the token document, bare or under `accessToken`.
[[nodiscard]] Result<AccessToken> tokenDocument(const QByteArray &json);
[[nodiscard]] Result<SessionInfo> sessionInfo(const QByteArray &json);
[[nodiscard]] Result<User> user(const QByteArray &json);
/// `POST /api/v1/user/verifypassword` → `{valid: bool}`.
[[nodiscard]] Result<bool> passwordValid(const QByteArray &json);

/// A non-2xx reply as an Error (protocol doc §6): status, BitGo's `error`/`name`/`requestId`/`context.field`,
/// `needsOTP`, `needsUnlock`, `x-auth-required`, 403, 429, 5xx. Never contains request secrets.
[[nodiscard]] Error errorFromReply(int status, const QByteArray &body, const ErrorContext &context);

/// Parses `Retry-After` (delta seconds or an HTTP date) into seconds from `now`; −1 when absent or unreadable.
[[nodiscard]] int retryAfterSeconds(const QByteArray &header, const QDateTime &now);

/// Parses an HTTP `Date` header (RFC 7231 IMF-fixdate / RFC 2822); invalid QDateTime when unreadable.
[[nodiscard]] QDateTime httpDate(const QByteArray &header);

/// An Error of kind MalformedReply with a human message naming what was wrong.
[[nodiscard]] Error malformed(const QString &what);

} // namespace bgtm::mappers
