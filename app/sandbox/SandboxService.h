#pragma once

#include "FaultInjector.h"
#include "HttpMessage.h"
#include "SandboxOptions.h"
#include "SandboxStore.h"
#include "TokenRequestValidator.h"

#include <Hmac.h>

#include <functional>
#include <variant>

namespace bgtm::sandbox {

/// BitGo's access-token API as the sandbox serves it (protocol doc §2–§6): routes, authentication (HMAC v2/v3,
/// v1 bearer, the raw-bearer downgrade on create routes only), validation, scope and IP checks, response signing
/// and the fault modes. Pure request → reply; the HTTP plumbing is HttpServer's.
class SandboxService
{
public:
    SandboxService(const SandboxOptions &options, SandboxStore *store);

    HttpReply handle(const HttpRequest &request);

    /// The per-run secret every admin route (`/_sandbox/…`) requires in kAdminSecretHeader. Empty (the default):
    /// admin routes refuse every request.
    void setAdminSecret(QByteArray secret) { m_adminSecret = std::move(secret); }

    /// Replaces the clock (ms since epoch) — for known-answer tests at a vector's timestamp.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    /// ±5 minutes around the server clock [inferred: BitGo does not document its request window].
    static constexpr qint64 kRequestWindowMs = 5 * 60 * 1000;
    /// The header that carries the admin secret.
    static constexpr const char *kAdminSecretHeader = "X-Sandbox-Admin";
    /// The `origin` of every token and session this sandbox issues: the host it serves as, as BitGo's documents name
    /// theirs (`test.bitgo.com`). One name whatever port it listens on, like the app's "sandbox" environment.
    static constexpr const char *kOrigin = "sandbox.bitgo.local";

private:
    /// Who is calling, once authenticated.
    struct Caller {
        TokenRecord *token = nullptr;
        const Account *account = nullptr;
        bool hmac = false;       ///< the request was HMAC-signed: sign the 2xx reply
        bool downgraded = false; ///< raw-bearer v2x (create routes only)
        HmacVersion version = HmacVersion::V2;
    };
    enum class Route {
        None,
        Login,
        Constants,
        CreateToken,
        ListTokens,
        RevokeToken,
        Session,
        Unlock,
        Lock,
        Logout,
        Me,
        VerifyPassword
    };

    static Route routeOf(const HttpRequest &request, QString *tokenId);
    std::variant<Caller, HttpReply> authenticate(const HttpRequest &request, bool createRoute, qint64 nowMs);
    HttpReply dispatch(Route route, const HttpRequest &request, const Caller &caller, const QString &tokenId,
                       qint64 nowMs);

    HttpReply login(const HttpRequest &request, qint64 nowMs);
    HttpReply createToken(const HttpRequest &request, const Caller &caller, qint64 nowMs);
    HttpReply listTokens(const HttpRequest &request, const Caller &caller, qint64 nowMs);
    HttpReply revokeToken(const Caller &caller, const QString &id, qint64 nowMs);
    HttpReply unlock(const HttpRequest &request, const Caller &caller, qint64 nowMs);
    HttpReply verifyPassword(const HttpRequest &request, const Caller &caller);

    HttpReply admin(const HttpRequest &request, qint64 nowMs);

    [[nodiscard]] QJsonObject userObject(const Account &account) const;
    [[nodiscard]] QJsonObject sessionObject(const TokenRecord &token, qint64 nowMs) const;
    static bool hasScope(const TokenRecord &token, const QString &scope);
    static bool ipAllowed(const TokenRecord &token, const QHostAddress &peer);
    void persist();

    SandboxOptions m_options;
    SandboxStore *m_store;
    FaultInjector m_faults;
    TokenRequestValidator m_validator;
    std::function<qint64()> m_clock;
    QByteArray m_adminSecret;
    /// API (non-admin) requests handled since start or the last reset: the state route's counts.requests, so a
    /// benchmark can count what a client sends without tracing it.
    qint64 m_apiRequests = 0;
};

} // namespace bgtm::sandbox
