// The admin routes of SandboxService (loopback callers with the run's admin secret): test hooks, documented in
// tests/support/SandboxProcess.h.
#include "SandboxService.h"

#include "ApiError.h"
#include "DecimalString.h"
#include "DemoAccounts.h"

#include <SecretBytes.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace bgtm::sandbox {

namespace {

/// The most tokens one POST /_sandbox/tokens may issue (its `count`).
constexpr qint64 kMaxAdminBatch = 100000;

} // namespace

HttpReply SandboxService::admin(const HttpRequest &request, qint64 nowMs)
{
    if (!request.peer.isLoopback())
        return ApiError::make(403, QStringLiteral("Forbidden"),
                              QStringLiteral("admin routes answer loopback callers only"));
    // Loopback alone admits every local user and any web page that reaches us: the secret is in the 0600 runtime file.
    const QByteArray given = request.header(kAdminSecretHeader);
    if (given.isEmpty())
        return ApiError::make(401, QStringLiteral("Unauthorized"),
                              QStringLiteral("admin routes need the %1 header: the adminSecret in the sandbox's "
                                             "--runtime-file")
                                  .arg(QLatin1String(kAdminSecretHeader)),
                              QLatin1String(kAdminSecretHeader));
    if (m_adminSecret.isEmpty() || given.size() != m_adminSecret.size()
        || !constantTimeEqual(given.constData(), m_adminSecret.constData(), given.size()))
        return ApiError::make(403, QStringLiteral("Forbidden"),
                              QStringLiteral("the %1 header does not hold this sandbox's admin secret")
                                  .arg(QLatin1String(kAdminSecretHeader)),
                              QLatin1String(kAdminSecretHeader));
    const QByteArray &p = request.path;
    const QByteArray &m = request.method;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const bool numbers = m_options.amounts == SandboxOptions::Amounts::Numbers;

    if (p == "/_sandbox/state" && m == "GET") {
        QJsonArray tokens;
        QJsonArray sessions;
        int liveTokens = 0;
        int liveSessions = 0;
        for (const TokenRecord &t : m_store->tokens()) {
            QJsonObject doc = t.document(nowMs, numbers);
            doc.insert(QStringLiteral("kind"),
                       t.kind == TokenRecord::Kind::Session ? QStringLiteral("session") : QStringLiteral("access"));
            doc.insert(QStringLiteral("revoked"), t.revoked);
            doc.insert(QStringLiteral("expired"), !t.revoked && nowMs >= t.expiresMs);
            doc.insert(QStringLiteral("live"), t.isLive(nowMs));
            if (t.kind == TokenRecord::Kind::Session) {
                sessions.append(doc);
                liveSessions += t.isLive(nowMs) ? 1 : 0;
            } else {
                tokens.append(doc);
                liveTokens += t.isLive(nowMs) ? 1 : 0;
            }
        }
        return HttpReply::json(200,
                               QJsonObject {{QStringLiteral("tokens"), tokens},
                                            {QStringLiteral("sessions"), sessions},
                                            {QStringLiteral("counts"),
                                             QJsonObject {{QStringLiteral("tokens"), tokens.size()},
                                                          {QStringLiteral("sessions"), sessions.size()},
                                                          {QStringLiteral("liveTokens"), liveTokens},
                                                          {QStringLiteral("liveSessions"), liveSessions},
                                                          {QStringLiteral("requests"), m_apiRequests}}}});
    }
    if (p == "/_sandbox/tokens" && m == "POST") {
        const QString username =
            body.value(QStringLiteral("username")).toString(QLatin1String(DemoAccounts::demoUsername));
        const Account *account = m_store->accountByUsername(username);
        if (!account)
            return ApiError::make(404, QStringLiteral("NotFound"), QStringLiteral("no such user"),
                                  QStringLiteral("username"));
        // count: many tokens in one request and one state write, for benchmarks that need a crowded account.
        const QJsonValue countValue = body.value(QStringLiteral("count"));
        qint64 count = 1;
        if (!countValue.isUndefined()) {
            count = countValue.toInteger(0); // 0 for anything but a whole number: refused below
            if (count < 1 || count > kMaxAdminBatch)
                return ApiError::make(400, QStringLiteral("InvalidCount"),
                                      QStringLiteral("count must be an integer from 1 to %1").arg(kMaxAdminBatch),
                                      QStringLiteral("count"));
        }
        TokenRecord token;
        token.kind = TokenRecord::Kind::Access;
        token.label = body.value(QStringLiteral("label")).toString(QStringLiteral("admin-created"));
        const QJsonArray scope = body.value(QStringLiteral("scope")).toArray({QStringLiteral("wallet_view_all")});
        for (const QJsonValue &s : scope)
            token.scope << s.toString();
        token.createdMs = nowMs;
        token.expiresMs = nowMs + body.value(QStringLiteral("duration")).toInteger(315360000) * 1000;
        const QJsonArray ips = body.value(QStringLiteral("ipRestrict")).toArray();
        for (const QJsonValue &ip : ips)
            token.ipRestrict << ip.toString();
        token.ip = request.peer.toString();
        token.origin = QLatin1String(kOrigin);
        token.enterprise = body.value(QStringLiteral("enterprise")).toString();
        const QJsonArray limits = body.value(QStringLiteral("spendingLimits")).toArray();
        for (const QJsonValue &v : limits) {
            const QJsonObject l = v.toObject();
            TokenRecord::SpendingLimit limit;
            limit.coin = l.value(QStringLiteral("coin")).toString();
            const QJsonValue value = l.value(QStringLiteral("txValueLimit"));
            limit.txValueLimit = value.isString() ? value.toString() : QString::number(value.toInteger());
            limit.maxLimit = l.value(QStringLiteral("maxLimit")).toBool();
            if (limit.maxLimit && value.isUndefined())
                limit.txValueLimit.clear();
            token.limits.append(limit);
        }
        if (count > 1) {
            // No secrets in the reply: nobody could use thousands of them, and a test that needs one asks for one.
            for (qint64 i = 1; i <= count; ++i) {
                TokenRecord copy = token;
                copy.label = QStringLiteral("%1-%2").arg(token.label).arg(i);
                m_store->issue(std::move(copy), *account);
            }
            persist();
            return HttpReply::json(200, QJsonObject {{QStringLiteral("issued"), count}});
        }
        TokenRecord &issued = m_store->issue(std::move(token), *account);
        persist();
        return HttpReply::json(200,
                               QJsonObject {{QStringLiteral("token"), QString::fromLatin1(issued.secret)},
                                            {QStringLiteral("accessToken"), issued.document(nowMs, numbers)}});
    }
    if (p == "/_sandbox/spend" && m == "POST") {
        TokenRecord *token = m_store->findById(body.value(QStringLiteral("id")).toString());
        if (!token)
            return ApiError::make(404, QStringLiteral("NotFound"), QStringLiteral("no such token"),
                                  QStringLiteral("id"));
        const QString coin = body.value(QStringLiteral("coin")).toString();
        const QString amount = body.value(QStringLiteral("amount")).toString();
        if (coin.isEmpty() || !DecimalString::isCanonical(amount))
            return ApiError::make(400, QStringLiteral("InvalidSpend"),
                                  QStringLiteral("coin and amount (decimal string of base units) are required"));
        qsizetype index = -1;
        for (qsizetype i = 0; i < token->limits.size(); ++i) {
            if (token->limits.at(i).coin == coin)
                index = i;
        }
        if (index < 0) {
            token->limits.append(TokenRecord::SpendingLimit {coin, QString(), false, QStringLiteral("0"), 0});
            index = token->limits.size() - 1;
        }
        // Detaching on purpose: the record is updated in place. clazy:exclude=detaching-member
        TokenRecord::SpendingLimit &limit = token->limits[index]; // clazy:exclude=detaching-member
        limit.txValue = DecimalString::add(limit.txValue, amount);
        ++limit.txCount;
        persist();
        return HttpReply::json(200, token->document(nowMs, numbers));
    }
    if (p == "/_sandbox/sessions/expire" && m == "POST") {
        const QString id = body.value(QStringLiteral("id")).toString();
        int expired = 0;
        for (TokenRecord &t : m_store->tokens()) {
            if (t.kind == TokenRecord::Kind::Session && t.isLive(nowMs) && (id.isEmpty() || t.id == id)) {
                t.expiresMs = nowMs - 1;
                ++expired;
            }
        }
        persist();
        return HttpReply::json(200, QJsonObject {{QStringLiteral("expired"), expired}});
    }
    if (p == "/_sandbox/last-create" && m == "GET") {
        return HttpReply::json(
            200,
            QJsonObject {{QStringLiteral("body"), QJsonDocument::fromJson(m_store->lastCreateBody()).object()},
                         {QStringLiteral("received"), !m_store->lastCreateBody().isEmpty()}});
    }
    if (p == "/_sandbox/faults") {
        if (m == "POST") {
            const QString error = m_faults.add(body);
            if (!error.isEmpty())
                return ApiError::make(400, QStringLiteral("InvalidFault"), error, QStringLiteral("mode"));
        } else if (m == "DELETE") {
            m_faults.clear();
        } else if (m != "GET") {
            return ApiError::make(404, QStringLiteral("NotFound"), QStringLiteral("no such admin route"));
        }
        return HttpReply::json(200, QJsonObject {{QStringLiteral("faults"), m_faults.toJson()}});
    }
    if (p == "/_sandbox/reset" && m == "POST") {
        m_store->reset();
        m_faults.clear();
        m_apiRequests = 0;
        persist();
        return HttpReply::json(200, QJsonObject());
    }
    return ApiError::make(404, QStringLiteral("NotFound"), QStringLiteral("no such admin route"));
}

} // namespace bgtm::sandbox
