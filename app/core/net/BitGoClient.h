#pragma once

#include "model/AccessToken.h"
#include "model/CreateTokenRequest.h"
#include "model/CreatedToken.h"
#include "model/Environment.h"
#include "model/Result.h"
#include "model/Session.h"

#include "Hmac.h"
#include "SecretBytes.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace bgtm {

/// Handle to a running call. cancel() aborts it; the callback then runs once with ErrorKind::Cancelled.
/// A default-constructed or finished handle does nothing.
class CallHandle
{
public:
    CallHandle() = default;
    explicit CallHandle(QObject *job) : m_job(job) { }
    void cancel();
    [[nodiscard]] bool isRunning() const { return !m_job.isNull(); }

private:
    QPointer<QObject> m_job;
};

/// BitGo's protocol, asynchronously. Holds at most one session. Never touches widgets.
/// Every request has a transfer timeout and a total deadline, caps its reply size, refuses redirects,
/// verifies response HMACs, and reports errors as values. Secrets never reach logs or error text.
class BitGoClient : public QObject
{
    Q_OBJECT
public:
    struct Options {
        std::chrono::milliseconds transferTimeout {15000};
        std::chrono::milliseconds totalDeadline {60000};
        qint64 maxReplyBytes = 1024 * 1024;
        /// Extra CAs go here, never ignoreSslErrors. Unset: Qt's default configuration, created by Qt only when an
        /// https request needs it, so that plain-http (loopback sandbox) calls never load the TLS backend.
        std::optional<QSslConfiguration> ssl;
    };

    BitGoClient(QNetworkAccessManager *network, Environment environment, Options options, QObject *parent = nullptr);
    BitGoClient(QNetworkAccessManager *network, Environment environment, QObject *parent = nullptr);
    ~BitGoClient() override;

    [[nodiscard]] const Environment &environment() const;
    [[nodiscard]] bool hasSession() const;
    [[nodiscard]] const SignedInSession &session() const; ///< valid only while hasSession()
    [[nodiscard]] bool canCreateWithoutDowngrade() const; ///< holds the decrypted ECDH key

    /// Username + password + OTP. Password HMAC'd with the lower-cased username; ECDH reply decrypted when offered.
    CallHandle login(const QString &username, const SecretBytes &password, const QString &otp, QObject *context,
                     Callback<SignedInSession> done);
    /// Whether signInWithToken also asks who the token belongs to (GET /api/v1/user/me: username and email).
    /// Skip leaves SignedInSession::user with the id only, for a caller that shows no name (one request less).
    enum class Profile { Fetch, Skip };
    /// An existing access token, verified with GET /api/v1/user/session.
    CallHandle signInWithToken(SecretBytes token, QObject *context, Callback<SignedInSession> done,
                               Profile profile = Profile::Fetch);
    /// Adopt secrets persisted earlier (no request is made); verify later with session(). Refused, leaving no
    /// session, when the environment's address breaks the transport rules sign-in enforces (Validation, field
    /// "baseUrl"), or when the secrets were issued by another server than the environment's address now names
    /// (Unauthorized: sign in again). A refused session's secrets are wiped; nothing is sent anywhere.
    [[nodiscard]] Status restoreSession(SessionSecrets secrets, SignedInSession session);
    /// A copy of the secrets to persist, with the address that issued them; empty token when no session.
    [[nodiscard]] SessionSecrets sessionSecrets() const;
    /// Forget the session locally (wipes token and ECDH key) without a request.
    void forgetSession();

    CallHandle sessionInfo(QObject *context, Callback<SessionInfo> done);
    CallHandle me(QObject *context, Callback<User> done);
    CallHandle unlock(const QString &otp, int durationSeconds, QObject *context, Callback<SessionInfo> done);
    CallHandle lock(QObject *context, Callback<SessionInfo> done);
    CallHandle logout(QObject *context, Callback<Done> done);
    CallHandle verifyPassword(const SecretBytes &password, QObject *context, Callback<bool> done);

    CallHandle listTokens(QObject *context, Callback<TokenList> done);
    /// Validates first (no request on invalid input). One POST, never retried by us; the token list is asked for only
    /// when Qt resent the POST on its own (see CreatedToken::surplus). A failure after the POST went out carries
    /// Error::outcomeUnknown: the token may exist.
    CallHandle createToken(const CreateTokenRequest &request, QObject *context, Callback<CreatedToken> done);
    CallHandle revokeToken(const QString &tokenId, QObject *context, Callback<AccessToken> done);

Q_SIGNALS:
    /// The session was refused as expired/unauthorized; the UI asks to sign in again.
    void sessionExpired();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace bgtm
