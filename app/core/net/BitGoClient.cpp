#include "BitGoClient.h"

#include "CallJob.h"
#include "LoopbackProxyFactory.h"
#include "ReplyMappers.h"
#include "RequestJob.h"

#include "app/KillPoints.h"
#include "app/SessionCryptoLoader.h"
#include "app/WorkerThreads.h"
#include "model/CreationMatch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPromise>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>
#include <utility>

namespace bgtm {

namespace {

// The context lupdate gives a free tr() call: the enclosing namespace.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("bgtm", text, disambiguation, n);
}

Error makeError(ErrorKind kind, const QString &message, const QString &field = {})
{
    Error error;
    error.kind = kind;
    error.message = message;
    error.field = field;
    return error;
}

Error cancelled()
{
    return makeError(ErrorKind::Cancelled, tr("Cancelled."));
}

Error notSignedIn()
{
    return makeError(ErrorKind::Unauthorized, tr("Not signed in. Sign in first."));
}

Error decryptionError(const CryptoError &error)
{
    // CryptoError messages never hold secret material (the contract of Sjcl.h and Bip32.h, in session-crypto).
    return makeError(ErrorKind::Decryption,
                     tr("The encrypted token from the server could not be opened: %1").arg(error.message));
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// Password as BitGo expects it (protocol doc §3): hex HMAC-SHA256, key = lower-cased username, message = password.
SecretBytes passwordHmac(const QString &username, const SecretBytes &password)
{
    return SecretBytes(hmac::sign(username.trimmed().toLower().toUtf8(), password.bytes()));
}

/// Same scheme, host and port (a default port written out or not): the parts transportProblem() lets a base URL have.
bool sameServer(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    return scheme == b.scheme().toLower() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort) == b.port(defaultPort);
}

// Paging guard: BitGo's v2 list pages by 200; no account has 20 000 live tokens, a server looping does.
constexpr int kMaxPages = 100;
constexpr int kPageLimit = 200; // protocol doc §4: v2 list limit max 200

} // namespace

/// Finishes a CallJob exactly once, only while the caller's context exists.
template <typename T>
using Finisher = std::function<void(Result<T>)>;

struct BitGoClient::Private {
    BitGoClient *q = nullptr;
    QNetworkAccessManager *network = nullptr;
    Environment environment;
    Options options;

    bool hasSession = false;
    SignedInSession session;
    SecretBytes token;
    SecretBytes ecdhXprv;
    QDateTime expires;

    [[nodiscard]] TransportSettings transport() const
    {
        TransportSettings settings;
        settings.baseUrl = environment.baseUrl;
        settings.transferTimeout = options.transferTimeout;
        settings.totalDeadline = options.totalDeadline;
        settings.maxReplyBytes = options.maxReplyBytes;
        settings.ssl = options.ssl;
        return settings;
    }

    template <typename T>
    std::pair<CallJob *, Finisher<T>> begin(QObject *context, Callback<T> done)
    {
        auto *job = new CallJob(context, q);
        auto shared = std::make_shared<Callback<T>>(std::move(done));
        QPointer<CallJob> guard(job);
        Finisher<T> finish = [guard, shared](Result<T> result) {
            if (!guard || !guard->markFinished())
                return;
            if (guard->contextAlive() && *shared)
                (*shared)(std::move(result));
        };
        job->setCancelHandler([finish] { finish(cancelled()); });
        return {job, finish};
    }

    /// Reports an error without a request, always asynchronously (callers never see re-entrant callbacks).
    template <typename T>
    CallHandle failLater(QObject *context, Callback<T> done, Error error)
    {
        auto begun = begin<T>(context, std::move(done));
        CallJob *job = begun.first;
        auto finish = begun.second;
        QTimer::singleShot(0, job, [finish, error] { finish(error); });
        return CallHandle(job);
    }

    [[nodiscard]] QString transportProblem() const { return environment.transportProblem(); }

    /// One signed-in exchange whose reply body `map` (a pure ReplyMappers function) turns into the answer: the
    /// shape of the session, me, unlock and lock calls.
    template <typename T>
    CallHandle sessionCall(QObject *context, Callback<T> done, QByteArray method, QString path, CallKind kind,
                           Result<T> (*map)(const QByteArray &), QByteArray body = {})
    {
        if (!hasSession)
            return failLater(context, std::move(done), notSignedIn());
        auto [job, finish] = begin<T>(context, std::move(done));
        send(job, spec(std::move(method), std::move(path), AuthMode::Session, kind, std::move(body)),
             [finish = finish, map](Result<HttpReply> reply) {
                 finish(reply ? map(reply.value().body) : Result<T>(reply.error()));
             });
        return CallHandle(job);
    }

    RequestSpec spec(QByteArray method, QString path, AuthMode auth, CallKind kind, QByteArray body = {})
    {
        RequestSpec out;
        out.method = std::move(method);
        out.path = std::move(path);
        out.auth = auth;
        out.kind = kind;
        out.body = std::move(body);
        out.hmacVersion = environment.hmacVersion;
        if (auth != AuthMode::None)
            out.token = token.copy();
        return out;
    }

    /// Sends one exchange as part of `job`; the handler never runs after the job finished.
    void send(CallJob *job, RequestSpec requestSpec, RequestJob::Handler handler)
    {
        const bool sessionRequest = requestSpec.auth != AuthMode::None;
        QPointer<CallJob> guard(job);
        QPointer<BitGoClient> client(q);
        auto *request = new RequestJob(
            network, transport(), std::move(requestSpec),
            [guard, client, sessionRequest, handler = std::move(handler)](Result<HttpReply> result) {
                if (!guard || guard->isFinished())
                    return;
                if (!result && sessionRequest && client && result.error().kind == ErrorKind::Unauthorized)
                    Q_EMIT client->sessionExpired();
                handler(std::move(result));
            },
            job);
        job->setCurrent(request);
        request->start();
    }

    void adopt(SignedInSession signedIn, SecretBytes newToken, SecretBytes newEcdhXprv)
    {
        session = std::move(signedIn);
        expires = session.expires;
        token = std::move(newToken);
        ecdhXprv = std::move(newEcdhXprv);
        hasSession = true;
    }

    void forget()
    {
        token.clear();
        ecdhXprv.clear();
        session = SignedInSession();
        expires = QDateTime();
        hasSession = false;
    }

    struct Create;
    void readCreateReply(const std::shared_ptr<Create> &create, Result<HttpReply> reply);
    void checkForResend(const std::shared_ptr<Create> &create);

    /// Every page of the token list (protocol doc §4): v2 paging where the server pages, else the v1 list.
    void fetchAllTokens(CallJob *job, std::function<void(Result<TokenList>)> done)
    {
        auto list = std::make_shared<TokenList>();
        auto pages = std::make_shared<int>(0);
        auto seen = std::make_shared<QSet<QString>>();
        auto next = std::make_shared<std::function<void(QString)>>();
        QPointer<CallJob> guard(job);
        // `next` captures itself weakly: the chain ends when the last handler returns.
        std::weak_ptr<std::function<void(QString)>> weakNext = next;
        *next = [this, guard, list, pages, seen, weakNext, done](const QString &prevId) {
            if (!guard)
                return;
            RequestSpec request =
                spec("GET", QStringLiteral("/api/v2/user/accesstoken"), AuthMode::Session, CallKind::Read);
            request.query.addQueryItem(QStringLiteral("limit"), QString::number(kPageLimit));
            if (!prevId.isEmpty())
                request.query.addQueryItem(QStringLiteral("prevId"), prevId);
            auto self = weakNext.lock();
            send(guard, std::move(request),
                 [this, guard, list, pages, seen, self, done, prevId](Result<HttpReply> reply) {
                     const bool firstPage = prevId.isEmpty();
                     if (!reply) {
                         if (firstPage && reply.error().kind == ErrorKind::NotFound) {
                             fetchV1(guard, done); // the server does not page: the v1 list is whole
                             return;
                         }
                         if (firstPage) {
                             done(reply.error());
                             return;
                         }
                         list->complete = false;
                         done(*list);
                         return;
                     }
                     // Parsed on a worker (the reply was verified already, in RequestJob): a page's size is the
                     // server's choice, and the UI thread must not stall on it.
                     parseTokenPage(
                         reply.value().body,
                         [guard, list, pages, seen, self, done, firstPage](Result<mappers::TokenPage> &page) {
                             if (!guard || guard->isFinished())
                                 return;
                             if (!page) {
                                 if (firstPage) {
                                     done(page.error());
                                     return;
                                 }
                                 list->complete = false;
                                 done(*list);
                                 return;
                             }
                             list->tokens.append(std::move(page.value().tokens));
                             const QString nextId = page.value().nextBatchPrevId;
                             ++*pages;
                             if (nextId.isEmpty()) {
                                 done(*list);
                                 return;
                             }
                             if (seen->contains(nextId) || *pages >= kMaxPages) {
                                 list->complete = false; // a server that loops or never ends: stop, say so
                                 done(*list);
                                 return;
                             }
                             seen->insert(nextId);
                             if (self)
                                 (*self)(nextId);
                         });
                 });
        };
        (*next)(QString());
    }

    void fetchV1(CallJob *job, std::function<void(Result<TokenList>)> done)
    {
        QPointer<CallJob> guard(job);
        send(job, spec("GET", QStringLiteral("/api/v1/user/accesstoken"), AuthMode::Session, CallKind::Read),
             [this, guard, done](Result<HttpReply> reply) {
                 if (!reply) {
                     done(reply.error());
                     return;
                 }
                 parseTokenPage(reply.value().body, [guard, done](Result<mappers::TokenPage> &page) {
                     if (!guard || guard->isFinished())
                         return;
                     if (!page) {
                         done(page.error());
                         return;
                     }
                     TokenList list;
                     list.tokens = std::move(page.value().tokens);
                     done(list);
                 });
             });
    }

    /// Parses a (verified) list page on a worker thread and hands the result to `then` on the client's thread.
    void parseTokenPage(const QByteArray &body, std::function<void(Result<mappers::TokenPage> &)> then)
    {
        using Parsed = std::shared_ptr<Result<mappers::TokenPage>>;
        offThread<Parsed>([body] { return std::make_shared<Result<mappers::TokenPage>>(mappers::tokenPage(body)); },
                          [then = std::move(then)](const Parsed &page) { then(*page); });
    }

    /// Runs `work` on a pool thread and `then` with its result back on the client's thread. Used for key
    /// derivation whose cost the server chooses (PBKDF2 iterations, Argon2 memory): the UI thread never waits on it.
    /// `work` must only touch what it captured by value; `then` is dropped if the client is destroyed first.
    /// A QFutureWatcher owned by the client, not QFuture::then(context): Qt 6.4's then() asserts (debug builds) when
    /// its context is gone by the time the work finishes, whereas a destroyed watcher simply never reports.
    template <typename R>
    void offThread(std::function<R()> work, std::function<void(R)> then)
    {
        auto promise = std::make_shared<QPromise<R>>();
        auto *watcher = new QFutureWatcher<R>(q);
        QObject::connect(watcher, &QFutureWatcherBase::finished, q, [watcher, then = std::move(then)] {
            watcher->deleteLater();
            then(watcher->result());
        });
        promise->start();
        watcher->setFuture(promise->future());
        runOnWorkerThread([promise, work = std::move(work)] {
            promise->addResult(work());
            promise->finish();
        });
    }
};

/// Opens an encrypted token with an ECDH key, through the session-crypto module (loaded on first use).
CryptoResult<SecretBytes> openWithEcdhKey(const QByteArray &ecdhXprv, const QByteArray &serverXpub,
                                          const QString &derivationPath, const QByteArray &encryptedToken)
{
    QString whyNot;
    const crypto::SessionCryptoV1 *module = sessionCrypto(&whyNot);
    if (module == nullptr)
        return CryptoError {CryptoError::Kind::Internal, whyNot};
    return module->openWithEcdhKey(ecdhXprv, serverXpub, derivationPath, encryptedToken);
}

/// The ECDH login's keys from the password and the server's envelopes, through the session-crypto module.
crypto::EcdhLoginKeys openEcdhLogin(const QByteArray &rawPassword, const QByteArray &encryptedEcdhXprv,
                                    const QByteArray &serverXpub, const QString &derivationPath,
                                    const QByteArray &encryptedToken)
{
    QString whyNot;
    const crypto::SessionCryptoV1 *module = sessionCrypto(&whyNot);
    if (module == nullptr) {
        crypto::EcdhLoginKeys keys;
        keys.error = CryptoError {CryptoError::Kind::Internal, whyNot};
        return keys;
    }
    return module->openEcdhLogin(rawPassword, encryptedEcdhXprv, serverXpub, derivationPath, encryptedToken);
}

BitGoClient::BitGoClient(QNetworkAccessManager *network, Environment environment, Options options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->network = network;
    d->environment = std::move(environment);
    d->options = std::move(options);
    // HSTS on: a server that once said "HTTPS only" is never reached over plain HTTP again.
    network->setStrictTransportSecurityEnabled(true);
    // System proxy settings, loopback never proxied (the manager takes ownership of the factory).
    network->setProxyFactory(new LoopbackProxyFactory);
}

BitGoClient::BitGoClient(QNetworkAccessManager *network, Environment environment, QObject *parent)
    : BitGoClient(network, std::move(environment), Options {}, parent)
{ }

BitGoClient::~BitGoClient() = default;

const Environment &BitGoClient::environment() const
{
    return d->environment;
}

bool BitGoClient::hasSession() const
{
    return d->hasSession;
}

const SignedInSession &BitGoClient::session() const
{
    return d->session;
}

bool BitGoClient::canCreateWithoutDowngrade() const
{
    return d->hasSession && !d->ecdhXprv.isEmpty() && hmac::isHmacToken(d->token.bytes());
}

CallHandle BitGoClient::login(const QString &username, const SecretBytes &password, const QString &otp,
                              QObject *context, Callback<SignedInSession> done)
{
    if (const QString problem = d->transportProblem(); !problem.isEmpty())
        return d->failLater(context, std::move(done),
                            makeError(ErrorKind::Validation, problem, QStringLiteral("baseUrl")));
    if (username.trimmed().isEmpty())
        return d->failLater(context, std::move(done),
                            makeError(ErrorKind::Validation, tr("Enter a username."), QStringLiteral("username")));
    if (password.isEmpty())
        return d->failLater(context, std::move(done),
                            makeError(ErrorKind::Validation, tr("Enter a password."), QStringLiteral("password")));

    // Without the environment's server xpub an ECDH reply cannot be opened: only then ask for the plaintext path
    // (the SDK's "protocol downgrade", protocol doc §3) rather than receive a token nobody can decrypt.
    const bool canEcdh = !d->environment.serverXpub.isEmpty();
    SecretBytes hashed = passwordHmac(username, password);
    QJsonObject body {{QStringLiteral("email"), username.trimmed().toLower()},
                      {QStringLiteral("password"), QString::fromLatin1(hashed.bytes())},
                      {QStringLiteral("otp"), otp},
                      {QStringLiteral("forceSMS"), false}};
    if (!canEcdh)
        body.insert(QStringLiteral("forceV1Auth"), true);

    auto begun = d->begin<SignedInSession>(context, std::move(done));

    CallJob *job = begun.first;

    auto finish = begun.second;
    RequestSpec request =
        d->spec("POST", QStringLiteral("/api/auth/v1/session"), AuthMode::None, CallKind::Login, compact(body));
    // Like the SDK: an unauthenticated login still says which HMAC version this client speaks.
    request.authVersionHeader = canEcdh;
    // The raw password is needed once more, to open the ECDH envelope; wiped as soon as the reply is handled.
    auto rawPassword = std::make_shared<SecretBytes>(password.copy());
    d->send(job, std::move(request), [this, finish, rawPassword](Result<HttpReply> reply) {
        const SecretBytes rawPasswordBytes = std::move(*rawPassword);
        if (!reply) {
            finish(reply.error());
            return;
        }
        auto parsed = mappers::loginReply(reply.value().body, QDateTime::currentDateTimeUtc());
        if (!parsed) {
            finish(parsed.error());
            return;
        }
        mappers::LoginReply login = std::move(parsed).value();
        SignedInSession signedIn;
        signedIn.user = login.user;
        signedIn.scope = login.scope;
        signedIn.expires = login.expires;
        signedIn.downgraded = !login.isEcdh();
        if (!login.isEcdh()) {
            // Legacy account (or forceV1Auth): plaintext token, no ECDH key; creates will downgrade.
            d->adopt(signedIn, std::move(login.accessToken), SecretBytes());
            finish(std::move(signedIn));
            return;
        }
        if (d->environment.serverXpub.isEmpty()) {
            finish(makeError(ErrorKind::Decryption,
                             tr("The server sent an encrypted token, but this environment names no server key.")));
            return;
        }
        // Copies for the worker: it must not touch the client. The password copy is wiped when the worker is done.
        auto workerPassword = std::make_shared<SecretBytes>(rawPasswordBytes.copy());
        const QByteArray serverXpub = d->environment.serverXpub.toLatin1();
        d->offThread<std::shared_ptr<crypto::EcdhLoginKeys>>(
            [workerPassword, serverXpub, envelope = login.encryptedEcdhXprv, path = login.derivationPath,
             encryptedToken = login.encryptedToken] {
                auto keys = std::make_shared<crypto::EcdhLoginKeys>(
                    openEcdhLogin(workerPassword->bytes(), envelope, serverXpub, path, encryptedToken));
                workerPassword->clear();
                return keys;
            },
            [this, finish, signedIn](std::shared_ptr<crypto::EcdhLoginKeys> keys) {
                if (keys->error) {
                    finish(decryptionError(*keys->error));
                    return;
                }
                d->adopt(signedIn, std::move(keys->sessionToken), std::move(keys->ecdhXprv));
                finish(signedIn);
            });
    });
    return CallHandle(job);
}

CallHandle BitGoClient::signInWithToken(SecretBytes token, QObject *context, Callback<SignedInSession> done,
                                        Profile profile)
{
    if (const QString problem = d->transportProblem(); !problem.isEmpty())
        return d->failLater(context, std::move(done),
                            makeError(ErrorKind::Validation, problem, QStringLiteral("baseUrl")));
    const QByteArray trimmed = token.bytes().trimmed();
    if (trimmed.isEmpty())
        return d->failLater(context, std::move(done),
                            makeError(ErrorKind::Validation, tr("Enter an access token."), QStringLiteral("token")));
    auto candidate = std::make_shared<SecretBytes>(QByteArray(trimmed.constData(), trimmed.size()));
    token.clear();

    auto begun = d->begin<SignedInSession>(context, std::move(done));

    CallJob *job = begun.first;

    auto finish = begun.second;
    RequestSpec request = d->spec("GET", QStringLiteral("/api/v1/user/session"), AuthMode::None, CallKind::Read);
    request.auth = AuthMode::Session;
    request.token = candidate->copy();
    QPointer<CallJob> guard(job);
    // Not through d->send's sessionExpired: a refused candidate is not the current session expiring.
    auto *first = new RequestJob(
        d->network, d->transport(), std::move(request),
        [this, guard, finish, candidate, profile](Result<HttpReply> reply) {
            if (!guard || guard->isFinished())
                return;
            if (!reply) {
                finish(reply.error());
                return;
            }
            auto info = mappers::sessionInfo(reply.value().body);
            if (!info) {
                finish(info.error());
                return;
            }
            SignedInSession signedIn;
            signedIn.user.id = info.value().user;
            signedIn.tokenId = info.value().id;
            signedIn.tokenLabel = info.value().label;
            signedIn.scope = info.value().scope;
            signedIn.expires = info.value().expires;
            signedIn.downgraded = true; // a pasted token never comes with an ECDH key
            if (profile == Profile::Skip) {
                d->adopt(signedIn, std::move(*candidate), SecretBytes());
                finish(std::move(signedIn));
                return;
            }
            // Who the token belongs to, for display; a token without the profile scope still signs in.
            RequestSpec me = d->spec("GET", QStringLiteral("/api/v1/user/me"), AuthMode::None, CallKind::Read);
            me.auth = AuthMode::Session;
            me.token = candidate->copy();
            auto *second = new RequestJob(
                d->network, d->transport(), std::move(me),
                [this, guard, finish, candidate, signedIn](Result<HttpReply> meReply) mutable {
                    if (!guard || guard->isFinished())
                        return;
                    if (meReply) {
                        if (auto user = mappers::user(meReply.value().body); user)
                            signedIn.user = user.value();
                    }
                    d->adopt(signedIn, std::move(*candidate), SecretBytes());
                    finish(std::move(signedIn));
                },
                guard);
            guard->setCurrent(second);
            second->start();
        },
        job);
    job->setCurrent(first);
    first->start();
    return CallHandle(job);
}

Status BitGoClient::restoreSession(SessionSecrets secrets, SignedInSession session)
{
    // The same transport rules as signing in: a stored token must not go where a fresh sign-in could not.
    if (const QString problem = d->transportProblem(); !problem.isEmpty()) {
        d->forget();
        return makeError(ErrorKind::Validation, tr("The saved session was not used: %1").arg(problem),
                         QStringLiteral("baseUrl"));
    }
    // An environment keeps its id when its address is edited: the session belongs to the server that issued it.
    if (!sameServer(secrets.baseUrl, d->environment.baseUrl)) {
        d->forget();
        const QString issuedBy =
            secrets.baseUrl.isEmpty() ? tr("an unrecorded address") : secrets.baseUrl.toDisplayString();
        return makeError(ErrorKind::Unauthorized,
                         tr("The saved session was issued by %1, not by %2 (the environment's address now); it was "
                            "not used.")
                             .arg(issuedBy, d->environment.baseUrl.toDisplayString()));
    }
    session.expires = secrets.expires.isValid() ? secrets.expires : session.expires;
    session.downgraded = secrets.ecdhXprv.isEmpty();
    d->adopt(std::move(session), std::move(secrets.token), std::move(secrets.ecdhXprv));
    return Done {};
}

SessionSecrets BitGoClient::sessionSecrets() const
{
    SessionSecrets out;
    if (!d->hasSession)
        return out;
    out.token = d->token.copy();
    out.ecdhXprv = d->ecdhXprv.copy();
    out.expires = d->expires;
    out.baseUrl = d->environment.baseUrl;
    return out;
}

void BitGoClient::forgetSession()
{
    d->forget();
}

CallHandle BitGoClient::sessionInfo(QObject *context, Callback<SessionInfo> done)
{
    return d->sessionCall(context, std::move(done), "GET", QStringLiteral("/api/v1/user/session"), CallKind::Read,
                          &mappers::sessionInfo);
}

CallHandle BitGoClient::me(QObject *context, Callback<User> done)
{
    return d->sessionCall(context, std::move(done), "GET", QStringLiteral("/api/v1/user/me"), CallKind::Read,
                          &mappers::user);
}

CallHandle BitGoClient::unlock(const QString &otp, int durationSeconds, QObject *context, Callback<SessionInfo> done)
{
    if (!d->hasSession)
        return d->failLater(context, std::move(done), notSignedIn());
    // Protocol doc §5: duration 1–3600 s.
    if (durationSeconds < 1 || durationSeconds > 3600)
        return d->failLater(context, std::move(done),
                            makeError(ErrorKind::Validation, tr("The unlock duration must be 1 to 3600 seconds."),
                                      QStringLiteral("duration")));
    if (otp.trimmed().isEmpty())
        return d->failLater(context, std::move(done),
                            makeError(ErrorKind::Validation, tr("Enter the one-time code."), QStringLiteral("otp")));
    const QJsonObject body {{QStringLiteral("otp"), otp.trimmed()}, {QStringLiteral("duration"), durationSeconds}};
    return d->sessionCall(context, std::move(done), "POST", QStringLiteral("/api/v1/user/unlock"), CallKind::Write,
                          &mappers::sessionInfo, compact(body));
}

CallHandle BitGoClient::lock(QObject *context, Callback<SessionInfo> done)
{
    return d->sessionCall(context, std::move(done), "POST", QStringLiteral("/api/v1/user/lock"), CallKind::Write,
                          &mappers::sessionInfo);
}

CallHandle BitGoClient::logout(QObject *context, Callback<Done> done)
{
    if (!d->hasSession)
        return d->failLater(context, std::move(done), notSignedIn());
    auto begun = d->begin<Done>(context, std::move(done));
    CallJob *job = begun.first;
    auto finish = begun.second;
    d->send(job, d->spec("GET", QStringLiteral("/api/v1/user/logout"), AuthMode::Session, CallKind::Write),
            [this, finish](const Result<HttpReply> &reply) {
                // The token is disabled on the server (or already refused): forget it either way, except when
                // the server could not be reached and the session may still be live.
                if (reply || reply.error().kind == ErrorKind::Unauthorized)
                    d->forget();
                if (!reply)
                    finish(reply.error());
                else
                    finish(Done {});
            });
    return CallHandle(job);
}

CallHandle BitGoClient::verifyPassword(const SecretBytes &password, QObject *context, Callback<bool> done)
{
    if (!d->hasSession)
        return d->failLater(context, std::move(done), notSignedIn());
    const QString username = !d->session.user.username.isEmpty() ? d->session.user.username : d->session.user.email;
    if (username.isEmpty())
        return d->failLater(context, std::move(done),
                            makeError(ErrorKind::Validation,
                                      tr("The session does not say which user it belongs to; sign in again."),
                                      QStringLiteral("username")));
    auto begun = d->begin<bool>(context, std::move(done));
    CallJob *job = begun.first;
    auto finish = begun.second;
    const SecretBytes hashed = passwordHmac(username, password);
    const QJsonObject body {{QStringLiteral("password"), QString::fromLatin1(hashed.bytes())}};
    d->send(job,
            d->spec("POST", QStringLiteral("/api/v1/user/verifypassword"), AuthMode::Session, CallKind::Write,
                    compact(body)),
            [finish](Result<HttpReply> reply) {
                if (!reply)
                    finish(reply.error());
                else
                    finish(mappers::passwordValid(reply.value().body));
            });
    return CallHandle(job);
}

CallHandle BitGoClient::listTokens(QObject *context, Callback<TokenList> done)
{
    if (!d->hasSession)
        return d->failLater(context, std::move(done), notSignedIn());
    auto begun = d->begin<TokenList>(context, std::move(done));
    CallJob *job = begun.first;
    auto finish = begun.second;
    d->fetchAllTokens(job, finish);
    return CallHandle(job);
}

namespace {

// After these failures of a request that went out, the server may still have done what it asked: a 5xx (an edge's
// 502/504 after the backend committed, a 500 half-way), a connection cut or silent before the reply, a reply that
// cannot be read or trusted, a cancel while the request was out. A 503 says the request was not handled; any other
// error is the server's refusal.
bool leavesOutcomeUnknown(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::ServerError:
        return error.httpStatus != 503;
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::MalformedReply:
    case ErrorKind::SignatureMismatch:
    case ErrorKind::Cancelled:
        return true;
    default:
        return false;
    }
}

// Server time between a resend's duplicate and our token is at most the time between the first send and the reply;
// this much more covers the server's own clock granularity.
constexpr qint64 kResendSlackMs = 2000;
// Without our token's creation time (a reply without it), local time stands in, and the clocks may differ by this.
constexpr qint64 kClockSkewMs = 5 * 60 * 1000;

} // namespace

/// One create, from the POST to the hand-over of its secret (BitGoClient::createToken and the steps it names).
struct BitGoClient::Private::Create {
    CreateTokenRequest request; ///< what the candidates of a resend must share (the OTP cleared)
    Finisher<CreatedToken> finish;
    QPointer<CallJob> job;
    bool signedCreate = false;
    int sends = 0; ///< times the POST went out in full: Qt resends on its own after a close before the reply
    QElapsedTimer sinceFirstSend;
    bool cancelRequested = false;
    CreatedToken created;

    /// `error` for a POST that got no trustworthy answer: it may have made the token when the POST went out.
    /// A cancel counts as sent: the POST starts at once, and its requestSent may still be on its way to us.
    [[nodiscard]] Error unanswered(Error error) const
    {
        error.outcomeUnknown = leavesOutcomeUnknown(error) && (sends > 0 || error.kind == ErrorKind::Cancelled);
        if (error.outcomeUnknown)
            error.requestsSent = std::max(1, sends);
        return error;
    }
    void handOver() { finish(std::move(created)); }
};

CallHandle BitGoClient::createToken(const CreateTokenRequest &request, QObject *context, Callback<CreatedToken> done)
{
    if (!d->hasSession)
        return d->failLater(context, std::move(done), notSignedIn());
    const QList<ValidationIssue> issues =
        validate(request, ValidationContext {d->environment.productionRules, nullptr});
    if (!issues.isEmpty()) {
        QStringList messages;
        for (const ValidationIssue &issue : issues)
            messages.append(issue.message);
        return d->failLater(context, std::move(done),
                            makeError(ErrorKind::Validation, messages.join(QLatin1Char('\n')), issues.first().field));
    }

    const bool hmacSession = hmac::isHmacToken(d->token.bytes());
    auto create = std::make_shared<Private::Create>();
    create->request = request;
    create->request.otp.clear();
    // Sign only when the encrypted reply can be opened (protocol doc §4): otherwise the SDK's downgrade — the raw
    // session token as a v1 bearer, no HMAC, no BitGo-Auth-Version, plaintext reply, not verifiable. The SDK adds
    // nothing to the body for it (addAccessToken sets request.forceV1Auth, which only changes the headers).
    create->signedCreate = hmacSession && !d->ecdhXprv.isEmpty();
    auto begun = d->begin<CreatedToken>(context, std::move(done));
    create->job = begun.first;
    create->finish = begun.second;
    create->job->setCancelHandler([create] { create->finish(create->unanswered(cancelled())); });

    // One request: no list before or after. Only a resend (more than one send) makes the server list worth asking.
    RequestSpec post =
        d->spec("POST", QStringLiteral("/api/v1/user/accesstoken"),
                create->signedCreate ? AuthMode::Session : (hmacSession ? AuthMode::RawBearer : AuthMode::Session),
                CallKind::Write, compact(request.toJson()));
    post.onSent = [create] {
        if (create->sends++ == 0)
            create->sinceFirstSend.start();
        killPoint("after-create-sent"); // crash tests: the request is out, its reply never read
    };
    d->send(create->job, std::move(post),
            [this, create](Result<HttpReply> reply) { d->readCreateReply(create, std::move(reply)); });
    return CallHandle(create->job);
}

void BitGoClient::Private::readCreateReply(const std::shared_ptr<Create> &create, Result<HttpReply> reply)
{
    if (!reply)
        return create->finish(create->unanswered(reply.error()));
    auto parsed = mappers::createReply(reply.value().body, QDateTime::currentDateTimeUtc());
    if (!parsed)
        return create->finish(create->unanswered(parsed.error()));
    mappers::CreateReply created = std::move(parsed).value();
    create->created.token = created.token;
    create->created.replyVerified = reply.value().verified;
    create->created.downgraded = !create->signedCreate;
    if (!created.isEncrypted()) {
        create->created.secret = std::move(created.secret);
        return checkForResend(create);
    }
    // A token the server created but we cannot open is live and held by nobody: name it for revocation.
    auto undecryptable = [id = create->created.token.id](Error error) {
        if (!id.isEmpty())
            error.tokenIds = QStringList {id};
        return error;
    };
    if (ecdhXprv.isEmpty())
        return create->finish(undecryptable(makeError(
            ErrorKind::Decryption,
            BitGoClient::tr("The server sent the new token encrypted, but this session holds no key to open it."))));
    // Opened off the UI thread (the envelope's KDF cost is the server's choice). From here the secret exists only
    // in this process: a cancel is deferred until it is open, then it is handed over all the same.
    create->job->setCancelHandler([create] { create->cancelRequested = true; });
    auto key = std::make_shared<SecretBytes>(ecdhXprv.copy());
    offThread<std::shared_ptr<CryptoResult<SecretBytes>>>(
        [key, serverXpub = environment.serverXpub.toLatin1(), path = created.derivationPath,
         encryptedToken = created.encryptedToken] {
            auto opened = std::make_shared<CryptoResult<SecretBytes>>(
                openWithEcdhKey(key->bytes(), serverXpub, path, encryptedToken));
            key->clear();
            return opened;
        },
        [this, create, undecryptable](const std::shared_ptr<CryptoResult<SecretBytes>> &opened) {
            if (!cryptoOk(*opened))
                return create->finish(undecryptable(decryptionError(cryptoError(*opened))));
            create->created.secret = std::move(std::get<SecretBytes>(*opened));
            checkForResend(create);
        });
}

void BitGoClient::Private::checkForResend(const std::shared_ptr<Create> &create)
{
    CreatedToken &created = create->created;
    if (create->sends <= 1)
        return create->handOver();
    // Qt sent the POST more than once: each earlier send may have made a token that nobody holds. Candidates share
    // everything with ours and were created within the send window; they are surplus for certain only when exactly
    // one per extra send is found (the caller may then revoke them), otherwise the caller shows them.
    created.surplusCheckComplete = false;
    if (create->cancelRequested || !create->job)
        return create->handOver();
    create->job->setCancelHandler([create] { create->handOver(); });
    fetchAllTokens(create->job, [create](const Result<TokenList> &listed) {
        CreatedToken &ours = create->created;
        if (!listed)
            return create->handOver();
        const bool anchored = ours.token.created.isValid();
        const QDateTime anchor = anchored ? ours.token.created : QDateTime::currentDateTimeUtc();
        const qint64 spanMs = create->sinceFirstSend.elapsed() + (anchored ? kResendSlackMs : kClockSkewMs);
        ours.surplus = creationCandidates(create->request, listed.value().tokens, anchor.addMSecs(-spanMs),
                                          anchor.addMSecs(spanMs), {ours.token.id});
        ours.surplusCheckComplete =
            listed.value().complete && !ours.token.id.isEmpty() && ours.surplus.size() == create->sends - 1;
        create->handOver();
    });
}

CallHandle BitGoClient::revokeToken(const QString &tokenId, QObject *context, Callback<AccessToken> done)
{
    if (!d->hasSession)
        return d->failLater(context, std::move(done), notSignedIn());
    // Ids are 32 hex (protocol doc §4); accept a little more, but never anything that changes the path.
    static const QRegularExpression idPattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9A-Za-z_-]{1,128}")));
    if (!idPattern.match(tokenId).hasMatch())
        return d->failLater(context, std::move(done),
                            makeError(ErrorKind::Validation, tr("“%1” is not a token id.").arg(tokenId.left(80)),
                                      QStringLiteral("id")));
    auto begun = d->begin<AccessToken>(context, std::move(done));
    CallJob *job = begun.first;
    auto finish = begun.second;
    d->send(
        job,
        d->spec("DELETE", QStringLiteral("/api/v1/user/accesstoken/") + tokenId, AuthMode::Session, CallKind::Write),
        [finish](Result<HttpReply> reply) {
            if (!reply)
                finish(reply.error());
            else
                finish(mappers::tokenDocument(reply.value().body));
        });
    return CallHandle(job);
}

} // namespace bgtm
