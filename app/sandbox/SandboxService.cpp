#include "SandboxService.h"

#include "ApiError.h"
#include "DecimalString.h"
#include "ServerKeys.h"

#include <SecretBytes.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace bgtm::sandbox {

namespace {

const QByteArray kTokenPaths[] = {"/api/v1/user/accesstoken", "/api/v2/user/accesstoken", "/api/auth/v1/accesstoken"};
const QByteArray kUserPrefixes[] = {"/api/v1/user/", "/api/v2/user/"};
const QByteArray kLoginPaths[] = {"/api/auth/v1/session", "/api/v1/user/login", "/api/v2/user/login"};

// Password HMACs (hex) compared in a time that does not depend on where they differ.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && constantTimeEqual(a.constData(), b.constData(), a.size());
}

QJsonObject parseObject(const QByteArray &body, bool *ok)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    *ok = doc.isObject() || body.trimmed().isEmpty();
    return doc.object();
}

} // namespace

SandboxService::SandboxService(const SandboxOptions &options, SandboxStore *store)
    : m_options(options), m_store(store), m_validator(options.productionRules)
{ }

SandboxService::Route SandboxService::routeOf(const HttpRequest &request, QString *tokenId)
{
    QByteArray p = request.path;
    while (p.size() > 1 && p.endsWith('/'))
        p.chop(1);
    const QByteArray &m = request.method;
    if (p == "/api/v1/client/constants" && m == "GET")
        return Route::Constants;
    for (const QByteArray &login : kLoginPaths) {
        if (p == login && m == "POST")
            return Route::Login;
    }
    for (const QByteArray &tokens : kTokenPaths) {
        if (p == tokens && m == "POST")
            return Route::CreateToken;
        if (p == tokens && m == "GET")
            return Route::ListTokens;
        if (p.startsWith(QByteArray(tokens + '/')) && m == "DELETE") {
            const QByteArray id = p.mid(tokens.size() + 1);
            if (id.contains('/'))
                return Route::None;
            *tokenId = QString::fromUtf8(id);
            return Route::RevokeToken;
        }
    }
    for (const QByteArray &prefix : kUserPrefixes) {
        if (!p.startsWith(prefix))
            continue;
        const QByteArray rest = p.mid(prefix.size());
        if (rest == "session" && m == "GET")
            return Route::Session;
        if (rest == "unlock" && m == "POST")
            return Route::Unlock;
        if (rest == "lock" && m == "POST")
            return Route::Lock;
        if (rest == "logout" && (m == "GET" || m == "POST"))
            return Route::Logout;
        if (rest == "me" && m == "GET")
            return Route::Me;
        if (rest == "verifypassword" && m == "POST")
            return Route::VerifyPassword;
    }
    return Route::None;
}

HttpReply SandboxService::handle(const HttpRequest &request)
{
    const qint64 now = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    if (request.path.startsWith("/_sandbox/"))
        return admin(request, now);
    ++m_apiRequests; // counted whatever the answer, a fault's included (a foreign Host never gets here)

    const FaultInjector::Decision decision = m_faults.decide(request.path);
    const auto faultIs = [&](FaultInjector::Mode mode) { return decision.fault && decision.fault->mode == mode; };
    if (faultIs(FaultInjector::Mode::Status500) || faultIs(FaultInjector::Mode::Status503)
        || faultIs(FaultInjector::Mode::Status429)) {
        HttpReply reply;
        if (faultIs(FaultInjector::Mode::Status500)) {
            reply = ApiError::make(500, QStringLiteral("InternalError"),
                                   QStringLiteral("internal server error (injected)"));
        } else if (faultIs(FaultInjector::Mode::Status503)) {
            reply = ApiError::make(503, QStringLiteral("ServiceUnavailable"),
                                   QStringLiteral("service unavailable (injected)"));
        } else {
            reply = ApiError::make(429, QStringLiteral("TooManyRequests"), QStringLiteral("rate limit exceeded"));
            reply.setHeader("Retry-After", QByteArray::number(decision.fault->retryAfterSeconds));
        }
        reply.delayMs = decision.latencyMs;
        return reply;
    }

    QString tokenId;
    const Route route = routeOf(request, &tokenId);
    HttpReply reply;
    Caller caller;
    if (route == Route::None) {
        reply = ApiError::make(404, QStringLiteral("NotFound"), QStringLiteral("no such route"));
    } else if (route == Route::Login) {
        reply = login(request, now);
    } else if (route == Route::Constants) {
        // The SDK fetches constants at start-up; it tolerates an empty set.
        reply = HttpReply::json(
            200, QJsonObject {{QStringLiteral("ttl"), 3600}, {QStringLiteral("constants"), QJsonObject()}});
    } else {
        auto auth = authenticate(request, route == Route::CreateToken, now);
        if (std::holds_alternative<HttpReply>(auth)) {
            reply = std::get<HttpReply>(auth);
        } else {
            caller = std::get<Caller>(auth);
            reply = dispatch(route, request, caller, tokenId, now);
        }
    }

    // An edge in front of the backend: the request was performed, the answer is the edge's own error page.
    if (faultIs(FaultInjector::Mode::CommitThen502))
        reply = ApiError::make(502, QStringLiteral("BadGateway"), QStringLiteral("bad gateway (injected)"));
    else if (faultIs(FaultInjector::Mode::CommitThen504))
        reply = ApiError::make(504, QStringLiteral("GatewayTimeout"), QStringLiteral("gateway timeout (injected)"));
    if (faultIs(FaultInjector::Mode::MalformedJson))
        reply.body = reply.body.size() > 2 ? reply.body.left(reply.body.size() / 2) : QByteArray("{\"");
    // §2: every 2xx reply to an HMAC request is signed with the token that signed the request.
    if (caller.hmac && reply.status >= 200 && reply.status < 300) {
        const qint64 ts = faultIs(FaultInjector::Mode::StaleTimestamp) ? now - 10 * 60 * 1000 : now;
        const QByteArray subject =
            hmac::responseSubject(caller.version, request.method, ts, request.pathWithQuery, reply.status, reply.body);
        QByteArray mac = hmac::sign(caller.token->secret, subject);
        if (faultIs(FaultInjector::Mode::WrongHmac))
            mac = hmac::sign("not-the-token", subject);
        reply.setHeader("Timestamp", QByteArray::number(ts));
        reply.setHeader("HMAC", mac);
    }
    if (faultIs(FaultInjector::Mode::DropMidBody))
        reply.delivery = HttpReply::Delivery::DropMidBody;
    if (faultIs(FaultInjector::Mode::CloseAfterCommit))
        reply.delivery = HttpReply::Delivery::CloseBeforeResponse;
    reply.delayMs = decision.latencyMs;
    return reply;
}

std::variant<SandboxService::Caller, HttpReply> SandboxService::authenticate(const HttpRequest &request,
                                                                             bool createRoute, qint64 nowMs)
{
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Bearer ") || authorization.size() <= 7)
        return ApiError::unauthorized(QStringLiteral("missing or malformed Authorization header"));
    const QByteArray bearer = authorization.mid(7).trimmed();
    const QByteArray mac = request.header("HMAC");
    const QByteArray timestamp = request.header("Auth-Timestamp");

    Caller caller;
    if (!mac.isEmpty() || !timestamp.isEmpty()) {
        // HMAC request (§2): the bearer is the token's SHA-256; the HMAC covers the exact path+query and body.
        if (mac.isEmpty() || timestamp.isEmpty())
            return ApiError::unauthorized(QStringLiteral("HMAC requests need both HMAC and Auth-Timestamp headers"));
        const QByteArray versionHeader = request.header("BitGo-Auth-Version");
        if (versionHeader.isEmpty() || versionHeader == "2.0")
            caller.version = HmacVersion::V2;
        else if (versionHeader == "3.0")
            caller.version = HmacVersion::V3;
        else
            return ApiError::unauthorized(QStringLiteral("unsupported BitGo-Auth-Version"));
        bool ok = false;
        const qint64 ts = timestamp.toLongLong(&ok);
        if (!ok || qAbs(nowMs - ts) > kRequestWindowMs)
            return ApiError::unauthorized(QStringLiteral("request timestamp outside the accepted window"));
        caller.token = m_store->findByHash(bearer);
        if (!caller.token)
            return ApiError::unauthorized(QStringLiteral("unknown token"));
        const QByteArray subject =
            hmac::requestSubject(caller.version, request.method, ts, request.pathWithQuery, request.body);
        if (!hmac::verify(caller.token->secret, subject, mac))
            return ApiError::unauthorized(QStringLiteral("invalid request HMAC"));
        caller.hmac = true;
    } else if (hmac::isHmacToken(bearer)) {
        // A raw v2x token: BitGo's SDK sends one only to create a token when it cannot decrypt an ECDH reply (§4).
        if (!createRoute)
            return ApiError::unauthorized(QStringLiteral("v2x tokens must sign their requests (HMAC)"));
        caller.token = m_store->findBySecret(bearer);
        caller.downgraded = true;
    } else {
        caller.token = m_store->findBySecret(bearer); // v1 bearer (legacy tokens)
    }
    if (!caller.token)
        return ApiError::unauthorized(QStringLiteral("unknown token"));
    if (!caller.token->isLive(nowMs)) {
        return ApiError::unauthorized(caller.token->kind == TokenRecord::Kind::Session && !caller.token->revoked
                                          ? QStringLiteral("session expired")
                                          : QStringLiteral("token expired or revoked"));
    }
    if (!ipAllowed(*caller.token, request.peer))
        return ApiError::unauthorized(QStringLiteral("unauthorized"));
    caller.account = m_store->accountById(caller.token->userId);
    if (!caller.account)
        return ApiError::unauthorized(QStringLiteral("unknown user"));
    return caller;
}

HttpReply SandboxService::dispatch(Route route, const HttpRequest &request, const Caller &caller,
                                   const QString &tokenId, qint64 nowMs)
{
    const bool manages = route == Route::CreateToken || route == Route::ListTokens || route == Route::RevokeToken;
    if (manages && !hasScope(*caller.token, QStringLiteral("user_manage")))
        return ApiError::make(403, QStringLiteral("Forbidden"),
                              QStringLiteral("Access token lacks required scope for this action"));
    switch (route) {
    case Route::CreateToken:
        return createToken(request, caller, nowMs);
    case Route::ListTokens:
        return listTokens(request, caller, nowMs);
    case Route::RevokeToken:
        return revokeToken(caller, tokenId, nowMs);
    case Route::Session:
        return HttpReply::json(200, QJsonObject {{QStringLiteral("session"), sessionObject(*caller.token, nowMs)}});
    case Route::Unlock:
        return unlock(request, caller, nowMs);
    case Route::Lock:
        caller.token->unlockExpiresMs = 0;
        persist();
        return HttpReply::json(200, QJsonObject {{QStringLiteral("session"), sessionObject(*caller.token, nowMs)}});
    case Route::Logout:
        caller.token->revoked = true;
        persist();
        return HttpReply::json(200, QJsonObject());
    case Route::Me:
        return HttpReply::json(200, QJsonObject {{QStringLiteral("user"), userObject(*caller.account)}});
    case Route::VerifyPassword:
        return verifyPassword(request, caller);
    default:
        return ApiError::make(404, QStringLiteral("NotFound"), QStringLiteral("no such route"));
    }
}

HttpReply SandboxService::login(const HttpRequest &request, qint64 nowMs)
{
    bool ok = false;
    const QJsonObject body = parseObject(request.body, &ok);
    if (!ok)
        return ApiError::make(400, QStringLiteral("InvalidJson"), QStringLiteral("request body must be a JSON object"));
    const QJsonValue email = body.value(QStringLiteral("email"));
    const QJsonValue password = body.value(QStringLiteral("password"));
    if (!email.isString() || email.toString().isEmpty())
        return ApiError::make(400, QStringLiteral("InvalidLogin"), QStringLiteral("email is required"),
                              QStringLiteral("email"));
    if (!password.isString() || password.toString().isEmpty())
        return ApiError::make(400, QStringLiteral("InvalidLogin"), QStringLiteral("password is required"),
                              QStringLiteral("password"));
    const Account *account = m_store->accountByUsername(email.toString());
    // Wrong user and wrong password look the same from outside. 401 [inferred: the spec lists 400 and 401].
    if (!account || !sameBytes(account->passwordHmac, password.toString().toLatin1().toLower()))
        return ApiError::make(401, QStringLiteral("InvalidCredentials"),
                              QStringLiteral("incorrect username or password"));
    const QJsonValue otp = body.value(QStringLiteral("otp"));
    if (!account->otp.isEmpty() && (!otp.isString() || otp.toString() != account->otp))
        return ApiError::needsOtp(otp.isUndefined() ? QStringLiteral("a one-time code (otp) is required")
                                                    : QStringLiteral("incorrect one-time code"));

    // §3 [inferred from the SDK]: forceV1Auth, or no BitGo-Auth-Version header, asks for the plaintext path.
    const bool forceV1 =
        body.value(QStringLiteral("forceV1Auth")).toBool() || request.header("BitGo-Auth-Version").isEmpty();
    const bool ecdh = account->hasEcdh() && !account->legacy && !forceV1;

    TokenRecord session;
    session.kind = TokenRecord::Kind::Session;
    session.label = QStringLiteral("login session");
    session.scope = {QStringLiteral("all")};
    session.createdMs = nowMs;
    session.expiresMs = nowMs + m_options.sessionTtlSeconds * 1000;
    session.ip = request.peer.toString();
    session.origin = QLatin1String(kOrigin);
    TokenRecord &issued = m_store->issue(std::move(session), *account);

    QJsonObject reply {{QStringLiteral("expires_at"), issued.expiresMs / 1000},
                       {QStringLiteral("expires_in"), m_options.sessionTtlSeconds},
                       {QStringLiteral("scope"), QJsonArray::fromStringList(issued.scope)},
                       {QStringLiteral("token_type"), QStringLiteral("bearer")},
                       {QStringLiteral("grant_type"), QStringLiteral("password")},
                       {QStringLiteral("user"), userObject(*account)}};
    if (ecdh) {
        QString path;
        QByteArray encrypted;
        QString error;
        if (!ServerKeys::encryptForUser(account->ecdhXpub, issued.secret, &path, &encrypted, &error)) {
            issued.revoked = true;
            return ApiError::make(500, QStringLiteral("InternalError"),
                                  QStringLiteral("ECDH issuance failed: %1").arg(error));
        }
        reply.insert(QStringLiteral("encryptedECDHXprv"), QString::fromUtf8(account->encryptedEcdhXprv));
        reply.insert(QStringLiteral("derivationPath"), path);
        reply.insert(QStringLiteral("encryptedToken"), QString::fromUtf8(encrypted));
    } else {
        reply.insert(QStringLiteral("access_token"), QString::fromLatin1(issued.secret));
    }
    persist();
    return HttpReply::json(200, reply);
}

HttpReply SandboxService::createToken(const HttpRequest &request, const Caller &caller, qint64 nowMs)
{
    // Kept for tests (admin route last-create), with the one-time code masked: OTPs never leave the server.
    QJsonObject recorded = QJsonDocument::fromJson(request.body).object();
    if (recorded.contains(QStringLiteral("otp")))
        recorded.insert(QStringLiteral("otp"), QStringLiteral("<redacted>"));
    m_store->setLastCreateBody(QJsonDocument(recorded).toJson(QJsonDocument::Compact));

    CreateTokenFields fields;
    if (const auto error = m_validator.validate(request.body, caller.account->otp, &fields)) {
        if (error->needsOtp)
            return ApiError::needsOtp(error->message);
        return ApiError::make(error->status, error->name, error->message, error->field);
    }
    TokenRecord token;
    token.kind = TokenRecord::Kind::Access;
    token.label = fields.label;
    token.scope = fields.scope;
    token.createdMs = nowMs;
    token.expiresMs = nowMs + fields.durationSeconds * 1000;
    token.ipRestrict = fields.ipRestrict;
    token.ip = request.peer.toString();
    token.origin = QLatin1String(kOrigin);
    token.enterprise = fields.enterprise;
    token.hasAdmin = fields.hasAdmin;
    token.admin = fields.admin;
    token.adminScope = fields.adminScope;
    token.limits = fields.limits;
    token.allErc20TokensLimit = fields.allErc20TokensLimit;
    TokenRecord &issued = m_store->issue(std::move(token), *caller.account);

    QJsonObject doc = issued.document(nowMs, m_options.amounts == SandboxOptions::Amounts::Numbers);
    // §4: over an HMAC session of an ECDH account the secret travels encrypted to the user's ECDH key.
    if (caller.hmac && caller.account->hasEcdh()) {
        QString path;
        QByteArray encrypted;
        QString error;
        if (!ServerKeys::encryptForUser(caller.account->ecdhXpub, issued.secret, &path, &encrypted, &error)) {
            issued.revoked = true;
            return ApiError::make(500, QStringLiteral("InternalError"),
                                  QStringLiteral("ECDH issuance failed: %1").arg(error));
        }
        doc.insert(QStringLiteral("derivationPath"), path);
        doc.insert(QStringLiteral("encryptedToken"), QString::fromUtf8(encrypted));
    } else {
        doc.insert(QStringLiteral("token"), QString::fromLatin1(issued.secret));
    }
    persist();
    return HttpReply::json(200, doc);
}

HttpReply SandboxService::listTokens(const HttpRequest &request, const Caller &caller, qint64 nowMs)
{
    std::vector<const TokenRecord *> live;
    for (const TokenRecord &t : m_store->tokens()) {
        if (t.kind == TokenRecord::Kind::Access && t.userId == caller.account->userId && t.isLive(nowMs))
            live.push_back(&t);
    }
    const bool paged = request.path.startsWith("/api/v2/");
    int limit = static_cast<int>(live.size());
    bool descending = false;
    QString prevId;
    if (paged) {
        limit = 100;
        const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
        if (!limitText.isEmpty()) {
            bool ok = false;
            limit = limitText.toInt(&ok);
            if (!ok || limit < 1 || limit > 200)
                return ApiError::make(400, QStringLiteral("InvalidLimit"), QStringLiteral("limit must be 1–200"),
                                      QStringLiteral("limit"));
        }
        const QString sort = request.query.queryItemValue(QStringLiteral("sort"));
        if (!sort.isEmpty() && sort != QLatin1String("ASC") && sort != QLatin1String("DESC"))
            return ApiError::make(400, QStringLiteral("InvalidSort"), QStringLiteral("sort must be ASC or DESC"),
                                  QStringLiteral("sort"));
        descending = sort == QLatin1String("DESC");
        prevId = request.query.queryItemValue(QStringLiteral("prevId"));
    }
    std::stable_sort(live.begin(), live.end(), [descending](const TokenRecord *a, const TokenRecord *b) {
        if (a->createdMs != b->createdMs)
            return descending ? a->createdMs > b->createdMs : a->createdMs < b->createdMs;
        return descending ? a->id > b->id : a->id < b->id;
    });
    size_t start = 0;
    if (!prevId.isEmpty()) {
        const auto it = std::find_if(live.begin(), live.end(), [&](const TokenRecord *t) { return t->id == prevId; });
        if (it == live.end())
            return ApiError::make(400, QStringLiteral("InvalidPrevId"), QStringLiteral("prevId is not a listed token"),
                                  QStringLiteral("prevId"));
        start = static_cast<size_t>(it - live.begin()) + 1;
    }
    QJsonArray page;
    const bool numbers = m_options.amounts == SandboxOptions::Amounts::Numbers;
    size_t i = start;
    for (; i < live.size() && page.size() < limit; ++i)
        page.append(live[i]->document(nowMs, numbers));
    QJsonObject reply {{QStringLiteral("accessTokens"), page}};
    if (paged && i < live.size())
        reply.insert(QStringLiteral("nextBatchPrevId"), live[i - 1]->id);
    return HttpReply::json(200, reply);
}

HttpReply SandboxService::revokeToken(const Caller &caller, const QString &id, qint64 nowMs)
{
    TokenRecord *token = m_store->findById(id);
    if (!token || token->kind != TokenRecord::Kind::Access || token->userId != caller.account->userId
        || !token->isLive(nowMs))
        return ApiError::make(404, QStringLiteral("NotFound"), QStringLiteral("access token not found"),
                              QStringLiteral("id"));
    token->revoked = true;
    token->expiresMs = nowMs;
    persist();
    return HttpReply::json(200, token->document(nowMs, m_options.amounts == SandboxOptions::Amounts::Numbers));
}

HttpReply SandboxService::unlock(const HttpRequest &request, const Caller &caller, qint64 nowMs)
{
    bool ok = false;
    const QJsonObject body = parseObject(request.body, &ok);
    if (!ok)
        return ApiError::make(400, QStringLiteral("InvalidJson"), QStringLiteral("request body must be a JSON object"));
    qint64 duration = 600; // §5: 1–3600 s, default 600
    const QJsonValue d = body.value(QStringLiteral("duration"));
    if (!d.isUndefined()) {
        if (!d.isDouble() || d.toDouble() != static_cast<double>(d.toInteger()) || d.toInteger() < 1
            || d.toInteger() > 3600)
            return ApiError::make(400, QStringLiteral("InvalidDuration"),
                                  QStringLiteral("duration must be an integer from 1 to 3600 seconds"),
                                  QStringLiteral("duration"));
        duration = d.toInteger();
    }
    const QJsonValue otp = body.value(QStringLiteral("otp"));
    if (!otp.isString() || otp.toString() != caller.account->otp)
        return ApiError::needsOtp(otp.isUndefined() ? QStringLiteral("a one-time code (otp) is required")
                                                    : QStringLiteral("incorrect one-time code"));
    caller.token->unlockTimeMs = nowMs;
    caller.token->unlockExpiresMs = nowMs + duration * 1000;
    caller.token->limits.clear(); // §4: unlocking a limited token removes its limits
    persist();
    return HttpReply::json(200, QJsonObject {{QStringLiteral("session"), sessionObject(*caller.token, nowMs)}});
}

HttpReply SandboxService::verifyPassword(const HttpRequest &request, const Caller &caller)
{
    bool ok = false;
    const QJsonObject body = parseObject(request.body, &ok);
    const QJsonValue password = body.value(QStringLiteral("password"));
    if (!ok || !password.isString() || password.toString().isEmpty())
        return ApiError::make(400, QStringLiteral("InvalidPassword"),
                              QStringLiteral("password (HMAC'd as at login) is required"), QStringLiteral("password"));
    const bool valid = sameBytes(caller.account->passwordHmac, password.toString().toLatin1().toLower());
    return HttpReply::json(200, QJsonObject {{QStringLiteral("valid"), valid}});
}

QJsonObject SandboxService::userObject(const Account &account) const
{
    QJsonObject user {{QStringLiteral("id"), account.userId},
                      {QStringLiteral("username"), account.username},
                      {QStringLiteral("email"),
                       QJsonObject {{QStringLiteral("email"), account.username}, {QStringLiteral("verified"), true}}},
                      {QStringLiteral("name"), QJsonObject {{QStringLiteral("full"), account.fullName}}},
                      {QStringLiteral("isActive"), true}};
    if (account.hasEcdh())
        user.insert(QStringLiteral("ecdhKeychain"), QString::fromLatin1(account.ecdhXpub));
    return user;
}

QJsonObject SandboxService::sessionObject(const TokenRecord &token, qint64 nowMs) const
{
    QJsonObject doc = token.document(nowMs, m_options.amounts == SandboxOptions::Amounts::Numbers);
    doc.remove(QStringLiteral("isExtensible"));
    // §5: `unlock` only while unlocked (a token with spending limits counts as unlocked within them).
    if (!token.isUnlocked(nowMs) && token.limits.isEmpty())
        doc.remove(QStringLiteral("unlock"));
    return doc;
}

bool SandboxService::hasScope(const TokenRecord &token, const QString &scope)
{
    return token.scope.contains(QLatin1String("all")) || token.scope.contains(scope);
}

bool SandboxService::ipAllowed(const TokenRecord &token, const QHostAddress &peer)
{
    if (token.ipRestrict.isEmpty())
        return true;
    QHostAddress caller = peer;
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    if (isV4)
        caller = QHostAddress(v4); // IPv4-mapped IPv6 from a dual-stack socket
    for (const QString &entry : token.ipRestrict) {
        if (entry.contains(QLatin1Char('/'))) {
            if (caller.isInSubnet(QHostAddress::parseSubnet(entry)))
                return true;
        } else if (QHostAddress(entry).isEqual(caller, QHostAddress::StrictConversion)) {
            return true;
        }
    }
    return false;
}

void SandboxService::persist()
{
    const QString error = m_store->save();
    if (!error.isEmpty())
        qWarning("bitgo-sandbox: %s", qPrintable(error));
}

} // namespace bgtm::sandbox
