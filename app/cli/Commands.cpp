#include "Commands.h"

#include "CommandLine.h"
#include "Prompt.h"
#include "ReviewReport.h"
#include "RotateCommand.h"

#include "app/KillPoints.h"
#include "model/Amount.h"
#include "model/CoinCatalogue.h"
#include "sandbox/LocalSandbox.h"
#include "settings/Settings.h"
#include "vault/TokenExport.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QUuid>

namespace bgtm::cli {

namespace {

using Command = Invocation::Command;

constexpr int kDefaultUnlockSeconds = 600; // protocol doc §5: unlock duration 1–3600, default 600
constexpr int kMaxUnlockSeconds = 3600;

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString humanTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("-");
}

/// Base units → "10.5 tbtc" in coin units when the coin is known; approximate server numbers marked "≈".
QString coinAmount(const QString &coin, const ServerAmount &amount)
{
    if (amount.digits.isEmpty())
        return QCoreApplication::translate("bgtm::cli::Commands", "%1 unlimited").arg(coin);
    const CoinInfo *info = CoinCatalogue::embedded().find(coin);
    QString text = amount.digits;
    if (info) {
        const Result<QString> converted = Amount::fromBaseUnits(amount.digits, info->decimals);
        if (converted.ok())
            text = converted.value();
    } else {
        text += QCoreApplication::translate("bgtm::cli::Commands", " base units");
    }
    return (amount.exact ? QString() : QStringLiteral("≈")) + text + QLatin1Char(' ') + coin;
}

QString storedHereCode(const std::optional<StoredToken> &stored)
{
    if (!stored)
        return QStringLiteral("no");
    switch (stored->state) {
    case StoredToken::State::Stored:
        return QStringLiteral("stored");
    case StoredToken::State::Unverified:
        return QStringLiteral("unverified");
    case StoredToken::State::StoreFailed:
        return QStringLiteral("store-failed");
    case StoredToken::State::Pending:
        return QStringLiteral("pending");
    case StoredToken::State::FlaggedForRevocation:
        return QStringLiteral("flagged-for-revocation");
    case StoredToken::State::RevokedOnServer:
        return QStringLiteral("revoked");
    case StoredToken::State::Expired:
        return QStringLiteral("expired");
    }
    return QStringLiteral("no");
}

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject tokenJson(const AccessToken &token)
{
    QJsonObject json {{QStringLiteral("id"), token.id},
                      {QStringLiteral("label"), token.label},
                      {QStringLiteral("scope"), toJsonArray(token.scope)},
                      {QStringLiteral("created"), isoUtc(token.created)},
                      {QStringLiteral("expires"), isoUtc(token.expires)},
                      {QStringLiteral("ipRestrict"), toJsonArray(token.ipRestrict)}};
    if (!token.enterprise.isEmpty())
        json.insert(QStringLiteral("enterprise"), token.enterprise);
    QJsonArray limits;
    for (const SpendingUsage &usage : token.spendingLimits) {
        limits.append(QJsonObject {{QStringLiteral("coin"), usage.coin},
                                   {QStringLiteral("txValueLimit"), usage.txValueLimit.digits},
                                   {QStringLiteral("txValue"), usage.txValue.digits},
                                   {QStringLiteral("exact"), usage.txValueLimit.exact && usage.txValue.exact}});
    }
    json.insert(QStringLiteral("spendingLimits"), limits);
    return json;
}

} // namespace

Commands::Commands(Services services, Invocation invocation, QObject *parent)
    : QObject(parent), m_services(std::move(services)), m_invocation(std::move(invocation)), m_output(m_invocation.json)
{
    // The last line of defence: every part has its own deadline, but nothing may keep the CLI waiting forever.
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this]() {
        // Once the server has made a token its secret is handed over whatever else is slow: reported as stored when
        // the keychain has it, else printed once — never dropped by giving up.
        if (m_creation && m_creation->progress().created() && !m_finished) {
            reportCreated(m_creation->progress());
            return;
        }
        fail(ExitCode::NetworkOrServer,
             tr("Gave up: no answer within %n second(s).", nullptr,
                int(std::chrono::duration_cast<std::chrono::seconds>(m_services.overallDeadline).count())));
    });
}

Commands::~Commands() = default;

void Commands::restartWatchdog()
{
    m_watchdog.start(m_services.overallDeadline);
}

void Commands::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_watchdog.stop();
    Q_EMIT finished(int(code));
}

void Commands::fail(ExitCode code, const QString &message)
{
    if (m_finished)
        return;
    Output::message(tr("error: %1").arg(message));
    if (m_output.json()) {
        m_output.document(QJsonObject {{QStringLiteral("error"), message}, {QStringLiteral("exitCode"), int(code)}});
    }
    finish(code);
}

void Commands::fail(const Error &error)
{
    if (m_finished)
        return;
    ExitCode code = exitCodeFor(error.kind);
    if (error.kind == ErrorKind::Http && error.httpStatus == 404)
        code = ExitCode::NotFound;
    QString message = error.message;
    if (code == ExitCode::AuthenticationFailed && error.kind == ErrorKind::Unauthorized)
        message = tr("%1 Sign in again with \"login\".").arg(message);
    Output::message(tr("error: %1").arg(message));
    if (!error.requestId.isEmpty())
        Output::message(tr("(request id %1)").arg(error.requestId));
    if (error.outcomeUnknown)
        Output::message(mayHaveBeenCreatedNote());
    if (m_output.json()) {
        QJsonObject json {{QStringLiteral("error"), message}, {QStringLiteral("exitCode"), int(code)}};
        if (error.outcomeUnknown)
            json.insert(QStringLiteral("mayHaveBeenCreated"), true);
        if (!error.name.isEmpty())
            json.insert(QStringLiteral("name"), error.name);
        if (!error.requestId.isEmpty())
            json.insert(QStringLiteral("requestId"), error.requestId);
        if (!error.field.isEmpty())
            json.insert(QStringLiteral("field"), error.field);
        m_output.document(json);
    }
    finish(code);
}

void Commands::run()
{
    restartWatchdog();
    if (m_services.settings == nullptr || m_services.vault == nullptr) {
        fail(ExitCode::Failure, tr("Internal error: services missing."));
        return;
    }
    const Result<Environment> environment = m_services.settings->environment(m_invocation.environment);
    if (!environment.ok()) {
        fail(ExitCode::Usage, environment.error().message);
        return;
    }
    m_environment = environment.value();

    switch (m_invocation.command) {
    case Command::Help:
    case Command::Version:
        finish(ExitCode::Ok); // handled by main
        return;
    case Command::Login:
        m_invocation.tokenStdin ? loginWithToken() : login();
        return;
    case Command::Logout:
        resolveEnvironment([this]() { withSession([this]() { logout(); }); });
        return;
    case Command::Session:
        resolveEnvironment([this]() { withSession([this]() { session(); }); });
        return;
    case Command::Unlock:
        unlock();
        return;
    case Command::Lock:
        resolveEnvironment([this]() { withSession([this]() { lock(); }); });
        return;
    case Command::TokensList:
        resolveEnvironment([this]() { withSession([this]() { listTokens(); }); });
        return;
    case Command::TokensCreate:
        createToken();
        return;
    case Command::TokensRevoke:
        resolveEnvironment([this]() { withSession([this]() { revokeToken(); }); });
        return;
    case Command::TokensExport:
        exportToken();
        return;
    case Command::TokensImport:
        importToken();
        return;
    case Command::TokensForget:
        forgetToken();
        return;
    case Command::TokensRotate:
        resolveEnvironment([this]() { withSession([this]() { rotateTokens(); }); });
        return;
    case Command::TokensReview: // the same list and index reconciliation as tokens list, then the review
        resolveEnvironment([this]() { withSession([this]() { listTokens(); }); });
        return;
    case Command::History:
        showHistory();
        return;
    case Command::TemplatesList:
    case Command::TemplatesShow:
    case Command::TemplatesSave:
    case Command::TemplatesDelete:
    case Command::TemplatesImport:
    case Command::TemplatesExport:
        runTemplates();
        return;
    }
}

void Commands::resolveEnvironment(std::function<void()> next)
{
    auto proceed = [this, next = std::move(next)]() {
        m_client = std::make_unique<BitGoClient>(m_services.network, m_environment);
        next();
    };
    if (m_environment.kind != Environment::Kind::Sandbox) {
        proceed();
        return;
    }
    if (m_services.sandbox == nullptr) {
        fail(ExitCode::Failure, tr("Internal error: no sandbox finder."));
        return;
    }
    m_services.sandbox->ensureRunning(this, [this, proceed](Result<SandboxEndpoint> endpoint) {
        if (!endpoint.ok()) {
            fail(ExitCode::NetworkOrServer, endpoint.error().message);
            return;
        }
        if (endpoint.value().startedNow)
            Output::message(tr("Started the local sandbox at %1.").arg(endpoint.value().baseUrl.toString()));
        m_environment = endpoint.value().environment();
        proceed();
    });
}

QString Commands::username() const
{
    if (!m_invocation.user.isEmpty())
        return m_invocation.user.trimmed().toLower();
    return m_services.settings->lastUsername().trimmed().toLower();
}

QString Commands::userId() const
{
    return m_client && m_client->hasSession() ? m_client->session().user.id : QString();
}

void Commands::withSession(std::function<void()> next)
{
    if (!m_services.accessTokenFromEnvironment.isEmpty()) {
        // BITGO_ACCESS_TOKEN authenticates this one call; nothing is stored. Moved, so that one buffer holds
        // it; signInWithToken trims it.
        SecretBytes token = std::move(m_services.accessTokenFromEnvironment);
        // Only "session" shows whose token it is; every other command needs just the user id the session gives.
        const auto profile =
            m_invocation.command == Command::Session ? BitGoClient::Profile::Fetch : BitGoClient::Profile::Skip;
        m_client->signInWithToken(
            std::move(token), this,
            [this, next](const Result<SignedInSession> &session) {
                if (!session.ok()) {
                    fail(session.error());
                    return;
                }
                next();
            },
            profile);
        return;
    }
    const QString user = username();
    if (user.isEmpty()) {
        fail(ExitCode::AuthenticationFailed,
             tr("Not signed in: no account given. Pass --user or set BITGO_USER, or run \"login\" first."));
        return;
    }
    m_services.vault->loadSession(
        m_environment.id, user, this, [this, user, next](Result<std::pair<SessionSecrets, SignedInSession>> loaded) {
            if (!loaded.ok()) {
                if (loaded.error().kind == ErrorKind::NotFound) {
                    fail(ExitCode::AuthenticationFailed,
                         tr("Not signed in to %1 as %2: run \"login\".").arg(m_environment.name, user));
                } else {
                    fail(loaded.error());
                }
                return;
            }
            auto &[secrets, session] = loaded.value();
            if (!session.expires.isValid() || session.expires <= QDateTime::currentDateTimeUtc()) {
                fail(ExitCode::AuthenticationFailed, tr("The session of %1 expired: run \"login\" again.").arg(user));
                return;
            }
            const Status restored = m_client->restoreSession(std::move(secrets), session);
            if (!restored.ok()) {
                const Error &refused = restored.error();
                if (refused.kind != ErrorKind::Unauthorized) {
                    fail(refused);
                    return;
                }
                // Issued by another server than the environment names now: of no use, removed before asking to
                // sign in again.
                m_services.vault->forgetSession(m_environment.id, user, this,
                                                [this, refused](const Result<Done> &) { fail(refused); });
                return;
            }
            next();
        });
}

// ---------------------------------------------------------------------------------------------- login / session

void Commands::login()
{
    QString user = username();
    if (user.isEmpty() && Prompt::stdinIsTerminal()) {
        user = Prompt::readLine(tr("Email: ")).value_or(QString()).trimmed().toLower();
    }
    if (user.isEmpty()) {
        fail(ExitCode::Usage, tr("login needs an account: pass --user or set BITGO_USER."));
        return;
    }
    m_invocation.user = user;
    if (!m_invocation.passwordStdin && !Prompt::stdinIsTerminal()) {
        fail(ExitCode::Usage, tr("No terminal to ask for the password: pass --password-stdin and write it to stdin."));
        return;
    }
    SecretBytes password = Prompt::readSecret(m_invocation.passwordStdin ? QString() : tr("Password: "));
    if (password.isEmpty()) {
        fail(ExitCode::Usage, tr("No password was given."));
        return;
    }
    QString otp = m_invocation.otp.value_or(QString());
    if (!m_invocation.otp) {
        const std::optional<QString> answer = Prompt::readLine(tr("One-time code: "));
        if (!answer || answer->trimmed().isEmpty()) {
            fail(ExitCode::NeedsOtp, tr("A one-time code is needed: pass --otp or answer the prompt."));
            return;
        }
        otp = answer->trimmed();
    }
    restartWatchdog();
    auto shared = std::make_shared<SecretBytes>(std::move(password));
    resolveEnvironment([this, user, otp, shared]() {
        m_client->login(user, *shared, otp, this, [this, user, shared](Result<SignedInSession> session) {
            shared->clear();
            if (!session.ok()) {
                fail(session.error());
                return;
            }
            const SignedInSession signedIn = session.value();
            m_services.vault->storeSession(
                m_environment.id, user, m_client->sessionSecrets(), signedIn, this,
                [this, user, signedIn](const Result<Done> &stored) {
                    if (!stored.ok()) {
                        fail(ExitCode::KeychainUnavailable,
                             tr("Signed in, but the session could not be kept in the keychain (%1); the next "
                                "command will need \"login\" again.")
                                 .arg(stored.error().message));
                        return;
                    }
                    m_services.settings->setLastUsername(user);
                    m_services.settings->sync();
                    recordHistory(HistoryAction::SignedIn, {}, {}, tr("password"), user);
                    if (signedIn.downgraded)
                        Output::message(tr("warning: the session was downgraded (no ECDH key): new tokens arrive "
                                           "unencrypted and their replies cannot be verified."));
                    if (m_output.json()) {
                        m_output.document(QJsonObject {{QStringLiteral("user"), signedIn.user.id},
                                                       {QStringLiteral("username"), user},
                                                       {QStringLiteral("expires"), isoUtc(signedIn.expires)},
                                                       {QStringLiteral("downgraded"), signedIn.downgraded}});
                    } else {
                        m_output.line(tr("Signed in to %1 as %2 until %3.")
                                          .arg(m_environment.name, user, humanTime(signedIn.expires)));
                    }
                    finish(ExitCode::Ok);
                });
        });
    });
}

void Commands::loginWithToken()
{
    SecretBytes token = Prompt::readSecret(tr("Access token: "));
    if (token.isEmpty()) {
        fail(ExitCode::Usage, tr("No token was given on stdin."));
        return;
    }
    restartWatchdog();
    auto shared = std::make_shared<SecretBytes>(std::move(token));
    resolveEnvironment([this, shared]() {
        m_client->signInWithToken(std::move(*shared), this, [this](Result<SignedInSession> session) {
            if (!session.ok()) {
                fail(session.error());
                return;
            }
            const SignedInSession signedIn = session.value();
            QString user = m_invocation.user.trimmed().toLower();
            if (user.isEmpty())
                user = (signedIn.user.username.isEmpty() ? signedIn.user.email : signedIn.user.username).toLower();
            m_services.vault->storeSession(
                m_environment.id, user, m_client->sessionSecrets(), signedIn, this,
                [this, user, signedIn](const Result<Done> &stored) {
                    if (!stored.ok()) {
                        fail(ExitCode::KeychainUnavailable,
                             tr("The token works, but it could not be kept in the keychain: %1")
                                 .arg(stored.error().message));
                        return;
                    }
                    m_services.settings->setLastUsername(user);
                    m_services.settings->sync();
                    recordHistory(HistoryAction::SignedIn, {}, {}, tr("access token"), user);
                    if (m_output.json()) {
                        m_output.document(QJsonObject {{QStringLiteral("user"), signedIn.user.id},
                                                       {QStringLiteral("username"), user},
                                                       {QStringLiteral("expires"), isoUtc(signedIn.expires)},
                                                       {QStringLiteral("downgraded"), signedIn.downgraded}});
                    } else {
                        m_output.line(tr("Signed in to %1 as %2 with an access token.").arg(m_environment.name, user));
                    }
                    finish(ExitCode::Ok);
                });
        });
    });
}

void Commands::logout()
{
    const QString user = username();
    m_client->logout(this, [this, user](const Result<Done> &loggedOut) {
        // Forget locally in every case: the user asked to be signed out here.
        const std::optional<Error> serverError =
            loggedOut.ok() ? std::nullopt : std::optional<Error>(loggedOut.error());
        m_client->forgetSession();
        m_services.vault->forgetSession(
            m_environment.id, user, this, [this, serverError](const Result<Done> &forgotten) {
                if (!forgotten.ok()) {
                    fail(forgotten.error());
                    return;
                }
                recordHistory(HistoryAction::SignedOut, {}, {});
                if (serverError && serverError->kind != ErrorKind::Unauthorized) {
                    Output::message(tr("warning: the server could not end the session (%1); it was forgotten here and "
                                       "ends when it expires.")
                                        .arg(serverError->message));
                    finish(exitCodeFor(serverError->kind));
                    return;
                }
                if (m_output.json())
                    m_output.document(QJsonObject {{QStringLiteral("signedOut"), true}});
                else
                    m_output.line(tr("Signed out."));
                finish(ExitCode::Ok);
            });
    });
}

void Commands::session()
{
    m_client->sessionInfo(this, [this](Result<SessionInfo> info) {
        if (!info.ok()) {
            fail(info.error());
            return;
        }
        const SessionInfo &s = info.value();
        const SignedInSession &signedIn = m_client->session();
        const QString user = signedIn.user.username.isEmpty() ? signedIn.user.email : signedIn.user.username;
        if (m_output.json()) {
            QJsonObject session {{QStringLiteral("id"), s.id},
                                 {QStringLiteral("user"), s.user},
                                 {QStringLiteral("username"), user},
                                 {QStringLiteral("label"), s.label},
                                 {QStringLiteral("scope"), toJsonArray(s.scope)},
                                 {QStringLiteral("created"), isoUtc(s.created)},
                                 {QStringLiteral("expires"), isoUtc(s.expires)},
                                 {QStringLiteral("ipRestrict"), toJsonArray(s.ipRestrict)},
                                 {QStringLiteral("downgraded"), signedIn.downgraded}};
            if (s.unlock)
                session.insert(QStringLiteral("unlock"),
                               QJsonObject {{QStringLiteral("time"), isoUtc(s.unlock->time)},
                                            {QStringLiteral("expires"), isoUtc(s.unlock->expires)}});
            m_output.document(QJsonObject {{QStringLiteral("session"), session}});
        } else {
            QList<QStringList> rows {
                {tr("Environment"), m_environment.name},
                {tr("User"), user.isEmpty() ? s.user : user},
                {tr("Scopes"), s.scope.join(QStringLiteral(", "))},
                {tr("Expires"), humanTime(s.expires)},
                {tr("Unlocked"), s.unlock ? tr("until %1").arg(humanTime(s.unlock->expires)) : tr("no")},
                {tr("Downgraded"),
                 signedIn.downgraded ? tr("yes (no ECDH key: created tokens are not verifiable)") : tr("no")},
            };
            m_output.table({tr("Session"), QString()}, rows);
        }
        finish(ExitCode::Ok);
    });
}

void Commands::unlock()
{
    int seconds = kDefaultUnlockSeconds;
    if (m_invocation.duration) {
        bool ok = false;
        seconds = m_invocation.duration->toInt(&ok);
        if (!ok || seconds < 1 || seconds > kMaxUnlockSeconds) {
            fail(ExitCode::Validation, tr("duration: the unlock duration is 1 to 3600 seconds."));
            return;
        }
    }
    resolveEnvironment([this, seconds]() {
        withSession([this, seconds]() {
            m_client->unlock(*m_invocation.otp, seconds, this, [this](Result<SessionInfo> info) {
                if (!info.ok()) {
                    fail(info.error());
                    return;
                }
                const QDateTime until = info.value().unlock ? info.value().unlock->expires : QDateTime();
                if (m_output.json())
                    m_output.document(
                        QJsonObject {{QStringLiteral("unlocked"), true}, {QStringLiteral("expires"), isoUtc(until)}});
                else
                    m_output.line(tr("Unlocked until %1. Unlocking removes the spending limits of limited tokens.")
                                      .arg(humanTime(until)));
                finish(ExitCode::Ok);
            });
        });
    });
}

void Commands::lock()
{
    m_client->lock(this, [this](const Result<SessionInfo> &info) {
        if (!info.ok()) {
            fail(info.error());
            return;
        }
        if (m_output.json())
            m_output.document(QJsonObject {{QStringLiteral("unlocked"), false}});
        else
            m_output.line(tr("Locked."));
        finish(ExitCode::Ok);
    });
}

// ---------------------------------------------------------------------------------------------- tokens

void Commands::listTokens()
{
    m_client->listTokens(this, [this](Result<TokenList> list) {
        if (!list.ok()) {
            fail(list.error());
            return;
        }
        if (!list.value().complete) {
            Output::message(tr("warning: the list is incomplete (a page could not be fetched)."));
            printTokenList(list.value());
            return;
        }
        // A complete list: bring the index up to date (revoked, expired, pending creations) before showing it.
        const TokenList tokens = list.value();
        m_services.vault->reconcileWithKeychain(
            m_environment.id, userId(), tokens, this, [this, tokens](Result<int> flagged) {
                if (!flagged.ok())
                    Output::message(tr("warning: the local index was not updated: %1").arg(flagged.error().message));
                else if (flagged.value() > 0)
                    Output::message(tr("warning: %n token(s) are live on the server but their secret is nowhere; "
                                       "revoke them.",
                                       nullptr, flagged.value()));
                printTokenList(tokens);
            });
    });
}

void Commands::printTokenList(const TokenList &list)
{
    if (m_invocation.command == Command::TokensReview) {
        reviewTokens(list);
        return;
    }
    QHash<QString, StoredToken> local;
    QStringList lookAlikes; // of creations here whose outcome is unknown, more of them than they may have made
    for (const StoredToken &stored : m_services.vault->tokens(m_environment.id, userId())) {
        local.insert(stored.tokenId, stored);
        lookAlikes += stored.candidates;
    }
    if (!lookAlikes.isEmpty())
        Output::message(tr("warning: a create from this machine got no answer, and these tokens look like what it "
                           "asked for: %1. Some are someone else's and nothing tells which; nothing was flagged. "
                           "Revoke the one(s) that are yours (tokens revoke ID), then dismiss the rest here "
                           "(tokens forget ID).")
                            .arg(lookAlikes.join(QStringLiteral(", "))));

    QJsonArray array;
    QList<QStringList> rows;
    for (const AccessToken &token : list.tokens) {
        const std::optional<StoredToken> stored =
            local.contains(token.id) ? std::optional<StoredToken>(local.value(token.id)) : std::nullopt;
        QJsonObject json = tokenJson(token);
        const QString storedHere =
            lookAlikes.contains(token.id) ? QStringLiteral("may-have-been-created") : storedHereCode(stored);
        json.insert(QStringLiteral("storedHere"), storedHere);
        array.append(json);
        QStringList limits;
        for (const SpendingUsage &usage : token.spendingLimits)
            limits.append(coinAmount(usage.coin, usage.txValueLimit));
        rows.append({token.id, token.label, token.scope.join(QLatin1Char(',')),
                     limits.isEmpty() ? QStringLiteral("-") : limits.join(QStringLiteral(", ")),
                     humanTime(token.expires), storedHere});
    }
    if (m_output.json()) {
        m_output.document(QJsonObject {{QStringLiteral("accessTokens"), array}});
    } else if (rows.isEmpty()) {
        m_output.line(tr("No access tokens."));
    } else {
        m_output.table({tr("ID"), tr("LABEL"), tr("SCOPES"), tr("LIMITS"), tr("EXPIRES"), tr("STORED HERE")}, rows);
    }
    finish(ExitCode::Ok);
}

void Commands::reviewTokens(const TokenList &list)
{
    ReviewThresholds thresholds = ReviewThresholds::fromSettings(*m_services.settings);
    if (m_invocation.maxLifetimeDays)
        thresholds.maxLifetimeDays = *m_invocation.maxLifetimeDays;
    if (m_invocation.expiringDays)
        thresholds.expiringSoonDays = *m_invocation.expiringDays;
    const QList<TokenReview> reviews = SecurityReview::review(
        list.tokens, m_services.vault->tokens(m_environment.id, userId()), thresholds, QDateTime::currentDateTimeUtc());
    const qsizetype findings = SecurityReview::findingCount(reviews);
    if (m_output.json()) {
        m_output.document(ReviewReport::toJson(reviews, thresholds));
    } else if (findings == 0) {
        m_output.line(tr("No findings for %n token(s).", nullptr, int(reviews.size())));
    } else {
        for (const QString &line : ReviewReport::toLines(reviews))
            m_output.line(line);
    }
    if (findings > 0)
        Output::message(tr("%n finding(s).", nullptr, int(findings)));
    finish(findings == 0 ? ExitCode::Ok : ExitCode::ReviewFindings);
}

std::optional<CreateTokenRequest> Commands::buildCreateRequest()
{
    CreateTokenRequest request;
    QList<ValidationIssue> issues;
    request.label = m_invocation.label.value_or(QString());
    request.scope = m_invocation.scopes;
    request.ipRestrict = m_invocation.ips;
    request.enterprise = m_invocation.enterprise;
    request.admin = m_invocation.admin;
    request.adminScope = m_invocation.adminScope;
    if (m_invocation.duration) {
        request.durationSeconds = CommandLine::parseDuration(*m_invocation.duration);
        if (!request.durationSeconds)
            issues.append(
                {QStringLiteral("duration"),
                 tr("Use 1d, 30d, 90d, 1y, 10y or a number of seconds, not \"%1\".").arg(*m_invocation.duration)});
    } else {
        // Sent explicitly: the server's own default is 10 years, far longer than least privilege wants.
        request.durationSeconds = qint64(m_services.settings->defaultTokenLifetimeDays()) * 86400;
    }
    // The coin catalogue (~460 KB of JSON) is parsed only when a limit needs it: most tokens have none.
    for (const auto &[coin, amount] : std::as_const(m_invocation.limits)) {
        const QString field = QStringLiteral("spendingLimits[%1]").arg(request.spendingLimits.size());
        SpendingLimit limit;
        limit.coin = coin.trimmed().toLower();
        const CoinInfo *info = CoinCatalogue::embedded().find(limit.coin);
        if (!info) {
            issues.append({field + QStringLiteral(".coin"), tr("\"%1\" is not a coin BitGo knows.").arg(coin)});
        } else {
            const Result<QString> base = Amount::toBaseUnits(amount.trimmed(), info->decimals);
            if (base.ok())
                limit.txValueLimit = base.value();
            else
                issues.append({field + QStringLiteral(".txValueLimit"), base.error().message});
        }
        request.spendingLimits.append(limit);
    }
    for (const QString &coin : std::as_const(m_invocation.maxLimits)) {
        SpendingLimit limit;
        limit.coin = coin.trimmed().toLower();
        limit.maxLimit = true;
        request.spendingLimits.append(limit);
    }
    if (!applyTemplate(request))
        return std::nullopt;
    ValidationContext context;
    context.productionRules = m_environment.productionRules;
    context.coins = request.spendingLimits.isEmpty() ? nullptr : &CoinCatalogue::embedded();
    // The code is asked for after everything else is valid; validate with a stand-in so "otp" is not reported.
    request.otp = m_invocation.otp.value_or(QStringLiteral("pending"));
    issues += validate(request, context);
    if (!issues.isEmpty()) {
        for (const ValidationIssue &issue : std::as_const(issues))
            Output::message(tr("invalid %1: %2").arg(issue.field, issue.message));
        if (m_output.json()) {
            QJsonArray array;
            for (const ValidationIssue &issue : std::as_const(issues))
                array.append(
                    QJsonObject {{QStringLiteral("field"), issue.field}, {QStringLiteral("error"), issue.message}});
            m_output.document(QJsonObject {{QStringLiteral("error"), tr("The request is not valid.")},
                                           {QStringLiteral("issues"), array},
                                           {QStringLiteral("exitCode"), int(ExitCode::Validation)}});
        }
        finish(ExitCode::Validation);
        return std::nullopt;
    }
    for (const ValidationIssue &caution : cautions(request, context))
        Output::message(tr("warning: %1: %2").arg(caution.field, caution.message));
    if (!m_invocation.otp) {
        const std::optional<QString> answer = Prompt::readLine(tr("One-time code: "));
        restartWatchdog();
        if (!answer || answer->trimmed().isEmpty()) {
            fail(ExitCode::NeedsOtp, tr("A one-time code is needed: pass --otp or answer the prompt."));
            return std::nullopt;
        }
        request.otp = answer->trimmed();
    }
    return request;
}

void Commands::createToken()
{
    const std::optional<CreateTokenRequest> request = buildCreateRequest();
    if (!request)
        return;
    m_request = *request;
    resolveEnvironment([this]() {
        withSession([this]() {
            m_creation = new TokenCreation(m_client.get(), m_services.vault, m_environment.id, userId(), this);
            connect(m_creation, &TokenCreation::stepStarted, this, [this](CreationStep step) {
                if (step != CreationStep::Store)
                    return;
                const CreationOutcome &so = m_creation->progress();
                if (so.storeError)
                    Output::message(
                        tr("warning: storing the token failed (%1); trying again.").arg(so.storeError->message));
                else
                    recordHistory(HistoryAction::Created, so.token->id, so.token->label,
                                  m_invocation.templateName.isEmpty()
                                      ? QString()
                                      : tr("from template %1").arg(m_invocation.templateName));
            });
            CreationPolicy policy;
            policy.storeAttempts = 2;
            if (m_invocation.onStoreFailure == Invocation::OnStoreFailure::Revoke)
                policy.onStoreFailure = StoreFailurePolicy::Revoke;
            CreateTokenRequest sent = m_request;
            m_request.otp.clear(); // the code goes with the creation's copy only
            m_creation->start(std::move(sent), policy, this, [this](const CreationOutcome &outcome) {
                if (!outcome.created()) {
                    if (outcome.failedStep == CreationStep::CheckKeychain)
                        fail(
                            ExitCode::KeychainUnavailable,
                            tr("Not creating a token: the keychain cannot store it (%1).").arg(outcome.error->message));
                    else
                        fail(*outcome.error);
                    return;
                }
                reportCreated(outcome);
            });
        });
    });
}

void Commands::reportCreated(const CreationOutcome &outcome)
{
    if (m_finished)
        return; // the watchdog reported already (a late store or revoke then ends here)
    const AccessToken &token = *outcome.token;
    if (outcome.stored)
        recordHistory(HistoryAction::Stored, token.id, token.label);
    else if (outcome.storeError)
        recordHistory(HistoryAction::StoreFailed, token.id, token.label, outcome.storeError->message);
    if (outcome.revokedUnstored) {
        recordHistory(HistoryAction::Revoked, token.id, token.label, tr("could not be stored"));
        Output::message(tr("error: the keychain could not store the new token (%1); it was revoked as asked "
                           "(--on-store-failure=revoke).")
                            .arg(outcome.storeError->message));
    } else if (outcome.revokeError) {
        Output::message(tr("warning: revoking it failed as well (%1).").arg(outcome.revokeError->message));
    }
    if (outcome.mustHandOver())
        Output::message(outcome.storeError
                            ? tr("WARNING: the token was created but the keychain could not store it (%1). It is "
                                 "printed below, once: store it yourself now, or revoke it with \"tokens revoke %2\".")
                                  .arg(outcome.storeError->message, token.id)
                            : tr("WARNING: the keychain did not finish storing the new token in time. It is printed "
                                 "below, once: store it yourself now, or revoke it with \"tokens revoke %1\".")
                                  .arg(token.id));
    for (const QString &id : outcome.surplusRevoked)
        recordHistory(HistoryAction::Revoked, id, token.label, tr("surplus from a silent resend"));
    if (outcome.surplusUnchecked)
        Output::message(tr("warning: the request was sent more than once, and whether that made extra tokens could "
                           "not be checked; look at \"tokens list\"."));
    if (!outcome.surplusCandidates.isEmpty())
        Output::message(surplusCandidatesNote(outcome.surplusCandidates));
    if (!outcome.replyVerified)
        Output::message(tr("note: the reply could not be verified (downgraded session)."));
    if (!outcome.surplusRevoked.isEmpty())
        Output::message(tr("warning: a silent resend created %n extra token(s); revoked: %1", nullptr,
                           int(outcome.surplusRevoked.size()))
                            .arg(outcome.surplusRevoked.join(QStringLiteral(", "))));
    if (!outcome.surplusNotRevoked.isEmpty())
        Output::message(tr("error: extra token(s) from a silent resend could NOT be revoked, revoke them yourself: %1")
                            .arg(outcome.surplusNotRevoked.join(QStringLiteral(", "))));
    const bool printSecret = outcome.mustHandOver() || (outcome.stored && m_invocation.printToken);
    const SecretBytes *secret = m_creation->secret();
    if (m_output.json()) {
        QJsonObject json {{QStringLiteral("id"), token.id},
                          {QStringLiteral("label"), token.label},
                          {QStringLiteral("scope"), toJsonArray(token.scope)},
                          {QStringLiteral("expires"), isoUtc(token.expires)},
                          {QStringLiteral("stored"), outcome.stored},
                          {QStringLiteral("verified"), outcome.replyVerified},
                          {QStringLiteral("surplusRevoked"), toJsonArray(outcome.surplusRevoked)}};
        if (outcome.revokedUnstored)
            json.insert(QStringLiteral("revoked"), true);
        if (!outcome.surplusCandidates.isEmpty())
            json.insert(QStringLiteral("surplusCandidates"), toJsonArray(outcome.surplusCandidates));
        if (printSecret && secret)
            json.insert(QStringLiteral("token"), QString::fromUtf8(secret->bytes()));
        json.insert(QStringLiteral("exitCode"), int(createdExitCode(outcome)));
        m_output.document(json);
    } else if (!outcome.revokedUnstored) {
        m_output.line(tr("Created %1 %2").arg(token.id, token.label));
        if (printSecret && secret)
            Output::raw(secret->bytes() + '\n');
    }
    m_creation->clearSecret();
    finish(createdExitCode(outcome));
}

ExitCode Commands::createdExitCode(const CreationOutcome &outcome)
{
    if (outcome.revokedUnstored)
        return ExitCode::TokenRevokedNotStored;
    if (!outcome.stored)
        return ExitCode::TokenPrintedNotStored;
    if (!outcome.surplusRevoked.isEmpty() || !outcome.surplusNotRevoked.isEmpty()
        || !outcome.surplusCandidates.isEmpty() || outcome.surplusUnchecked)
        return ExitCode::SurplusRevoked;
    return ExitCode::Ok;
}

void Commands::revokeToken()
{
    if (m_invocation.label) {
        m_client->listTokens(this, [this](Result<TokenList> list) {
            if (!list.ok()) {
                fail(list.error());
                return;
            }
            QList<AccessToken> matches;
            for (const AccessToken &token : list.value().tokens) {
                if (token.label == *m_invocation.label)
                    matches.append(token);
            }
            if (matches.isEmpty()) {
                fail(ExitCode::NotFound, tr("No live token is labelled \"%1\".").arg(*m_invocation.label));
                return;
            }
            if (matches.size() > 1) {
                QStringList ids;
                for (const AccessToken &token : std::as_const(matches))
                    ids.append(token.id);
                fail(ExitCode::AmbiguousLabel,
                     tr("%n tokens are labelled \"%1\"; name one by its id: %2", nullptr, int(matches.size()))
                         .arg(*m_invocation.label, ids.join(QStringLiteral(", "))));
                return;
            }
            revokeConfirmed(matches.first().id, matches.first().label);
        });
        return;
    }
    revokeConfirmed(m_invocation.tokenId, QString());
}

void Commands::revokeConfirmed(const QString &tokenId, const QString &label)
{
    if (!m_invocation.yes) {
        if (!Prompt::stdinIsTerminal()) {
            fail(ExitCode::Usage, tr("Revoking needs confirmation: pass --yes when not on a terminal."));
            return;
        }
        const QString what = label.isEmpty() ? tokenId : QStringLiteral("%1 (%2)").arg(label, tokenId);
        const QString answer = Prompt::readLine(tr("Revoke %1? It stops working at once. [y/N] ").arg(what))
                                   .value_or(QString())
                                   .trimmed()
                                   .toLower();
        restartWatchdog();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
            fail(ExitCode::Failure, tr("Not revoked."));
            return;
        }
    }
    m_client->revokeToken(tokenId, this, [this, tokenId](Result<AccessToken> revoked) {
        if (!revoked.ok()) {
            if (revoked.error().isNotFound()) {
                fail(ExitCode::NotFound, tr("No token with id %1 on the server.").arg(tokenId));
                return;
            }
            fail(revoked.error());
            return;
        }
        const AccessToken token = revoked.value();
        recordHistory(HistoryAction::Revoked, token.id, token.label);
        auto report = [this, token]() {
            if (m_output.json())
                m_output.document(QJsonObject {{QStringLiteral("id"), token.id},
                                               {QStringLiteral("label"), token.label},
                                               {QStringLiteral("revoked"), true}});
            else
                m_output.line(tr("Revoked %1 %2").arg(token.id, token.label));
            finish(ExitCode::Ok);
        };
        // Revoke is server, then forget: the secret is worthless now.
        for (const StoredToken &stored : m_services.vault->tokens()) {
            if (stored.environmentId == m_environment.id && stored.tokenId == tokenId) {
                m_services.vault->forget(stored, this, [report](const Result<Done> &forgotten) {
                    if (!forgotten.ok())
                        Output::message(QCoreApplication::translate("bgtm::cli::Commands",
                                                                    "warning: revoked, but not removed from this "
                                                                    "machine: %1")
                                            .arg(forgotten.error().message));
                    report();
                });
                return;
            }
        }
        report();
    });
}

Result<StoredToken> Commands::findLocalToken(bool onlyWithSecret) const
{
    QList<StoredToken> matches;
    for (const StoredToken &stored : m_services.vault->tokens()) {
        if (stored.environmentId != m_environment.id)
            continue;
        // A creation that got no answer is named by any of its look-alikes (`tokens list` shows their ids), so
        // that the user can dismiss it once the one that was theirs, if any, is revoked.
        if (stored.state == StoredToken::State::Pending) {
            if (!onlyWithSecret && !m_invocation.label && stored.candidates.contains(m_invocation.tokenId))
                matches.append(stored);
            continue;
        }
        if (stored.tokenId.isEmpty())
            continue;
        if (m_invocation.label) {
            const bool hasSecret =
                stored.state == StoredToken::State::Stored || stored.state == StoredToken::State::Unverified;
            if (stored.label == *m_invocation.label && (!onlyWithSecret || hasSecret))
                matches.append(stored);
        } else if (stored.tokenId == m_invocation.tokenId) {
            matches.append(stored);
        }
    }
    if (matches.isEmpty()) {
        return errorOf(
            ErrorKind::NotFound,
            m_invocation.label
                ? tr("No token labelled \"%1\" is stored here for %2.").arg(*m_invocation.label, m_environment.name)
                : tr("No token with id %1 is stored here for %2.").arg(m_invocation.tokenId, m_environment.name));
    }
    if (matches.size() > 1) {
        QStringList ids;
        for (const StoredToken &stored : std::as_const(matches))
            ids.append(stored.tokenId);
        return errorOf(ErrorKind::Ambiguous,
                       tr("%n stored tokens are labelled \"%1\"; name one by its id: %2", nullptr, int(matches.size()))
                           .arg(*m_invocation.label, ids.join(QStringLiteral(", "))));
    }
    return matches.first();
}

void Commands::exportToken()
{
    // Offline: the index and the keychain only; no sandbox lookup, no server.
    const Result<StoredToken> found = findLocalToken(true);
    if (!found.ok()) {
        fail(found.error());
        return;
    }
    const StoredToken &exported = found.value();
    m_services.vault->readSecret(exported, this, [this, exported](Result<SecretBytes> secret) {
        if (!secret.ok()) {
            if (secret.error().kind == ErrorKind::NotFound)
                fail(ExitCode::NotFound, tr("The secret of this token is not on this machine."));
            else
                fail(secret.error());
            return;
        }
        // The same formats as the desktop app's export (vault/TokenExport).
        TokenExport::Format format = TokenExport::Format::Raw;
        if (m_invocation.format == Invocation::ExportFormat::Env)
            format = TokenExport::Format::DotEnv;
        else if (m_invocation.format == Invocation::ExportFormat::Shell)
            format = TokenExport::Format::Shell;
        const Result<SecretBytes> text = TokenExport::format(secret.value(), format);
        if (!text.ok()) {
            fail(text.error());
            return;
        }
        Output::raw(text.value().bytes());
        if (!text.value().bytes().endsWith('\n'))
            Output::raw(QByteArrayLiteral("\n"));
        static const char *const formatNames[] = {"raw", "env", "shell"};
        recordHistory(HistoryAction::Exported, exported.tokenId, exported.label,
                      tr("to stdout, format %1").arg(QLatin1String(formatNames[int(m_invocation.format)])));
        finish(ExitCode::Ok);
    });
}

void Commands::importToken()
{
    SecretBytes token = Prompt::readSecret(tr("Access token: "));
    if (token.isEmpty()) {
        fail(ExitCode::Usage, tr("No token was given on stdin."));
        return;
    }
    restartWatchdog();
    auto shared = std::make_shared<SecretBytes>(std::move(token));
    resolveEnvironment([this, shared]() {
        // A client of its own: identifying the pasted token must not replace anyone's session.
        auto *probe = new BitGoClient(m_services.network, m_environment, this);
        probe->signInWithToken(shared->copy(), this, [this, probe, shared](Result<SignedInSession> signedIn) {
            StoredToken metadata;
            metadata.environmentId = m_environment.id;
            metadata.storedAt = QDateTime::currentDateTimeUtc();
            if (!signedIn.ok()) {
                if (signedIn.error().kind != ErrorKind::IpRestricted) {
                    probe->deleteLater();
                    fail(signedIn.error());
                    return;
                }
                // Production tokens are often limited to servers: keep what the user entered, marked unverified.
                metadata.userId = username();
                metadata.tokenId = QStringLiteral("local-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
                metadata.label = m_invocation.label.value_or(tr("Imported token"));
                metadata.state = StoredToken::State::Unverified;
                m_services.vault->importToken(
                    metadata, *shared, false, this, [this, metadata, shared, probe](const Result<Done> &done) {
                        shared->clear();
                        probe->deleteLater();
                        if (!done.ok()) {
                            fail(done.error());
                            return;
                        }
                        recordHistory(HistoryAction::Imported, metadata.tokenId, metadata.label, tr("unverified"));
                        Output::message(tr("warning: the server refused this token from this address (IP "
                                           "restriction); it was stored as unverified."));
                        if (m_output.json())
                            m_output.document(QJsonObject {{QStringLiteral("id"), metadata.tokenId},
                                                           {QStringLiteral("label"), metadata.label},
                                                           {QStringLiteral("verified"), false}});
                        else
                            m_output.line(tr("Stored %1 %2 (unverified)").arg(metadata.tokenId, metadata.label));
                        finish(ExitCode::Ok);
                    });
                return;
            }
            metadata.userId = signedIn.value().user.id;
            probe->sessionInfo(this, [this, probe, shared, metadata](Result<SessionInfo> info) mutable {
                if (!info.ok()) {
                    probe->deleteLater();
                    fail(info.error());
                    return;
                }
                const SessionInfo &s = info.value();
                metadata.tokenId = s.id;
                metadata.label = m_invocation.label.value_or(s.label);
                metadata.scope = s.scope;
                metadata.ipRestrict = s.ipRestrict;
                metadata.created = s.created;
                metadata.expires = s.expires;
                metadata.state = StoredToken::State::Stored;
                m_services.vault->importToken(
                    metadata, *shared, true, this, [this, metadata, shared, probe](const Result<Done> &done) {
                        shared->clear();
                        probe->deleteLater();
                        if (!done.ok()) {
                            fail(done.error());
                            return;
                        }
                        recordHistory(HistoryAction::Imported, metadata.tokenId, metadata.label, tr("verified"));
                        if (m_output.json())
                            m_output.document(QJsonObject {{QStringLiteral("id"), metadata.tokenId},
                                                           {QStringLiteral("label"), metadata.label},
                                                           {QStringLiteral("verified"), true}});
                        else
                            m_output.line(tr("Stored %1 %2").arg(metadata.tokenId, metadata.label));
                        finish(ExitCode::Ok);
                    });
            });
        });
    });
}

void Commands::rotateTokens()
{
    // One TokenRotation per token, in RotateCommand; this object only reports how it ended.
    RotateCommand::Services services;
    services.client = m_client.get();
    services.vault = m_services.vault;
    services.network = m_services.network;
    services.history = m_services.history;
    services.templates = m_services.templates;
    services.environment = m_environment;
    services.username = username();
    auto *rotate = new RotateCommand(std::move(services), m_invocation, this);
    connect(rotate, &RotateCommand::progressed, this, &Commands::restartWatchdog);
    connect(rotate, &RotateCommand::failed, this, [this](const Error &error) { fail(error); });
    connect(rotate, &RotateCommand::finished, this, [this](ExitCode code) { finish(code); });
    rotate->run();
}

void Commands::forgetToken()
{
    const Result<StoredToken> found = findLocalToken(false);
    if (!found.ok()) {
        fail(found.error());
        return;
    }
    const StoredToken &stored = found.value();
    m_services.vault->forget(stored, this, [this, stored](const Result<Done> &forgotten) {
        if (!forgotten.ok()) {
            fail(forgotten.error());
            return;
        }
        const bool creation = stored.state == StoredToken::State::Pending;
        const QString id = creation ? m_invocation.tokenId : stored.tokenId;
        recordHistory(
            HistoryAction::Forgotten, id, stored.label,
            creation
                ? tr("an unanswered creation; its look-alikes: %1").arg(stored.candidates.join(QStringLiteral(", ")))
                : QString());
        if (m_output.json())
            m_output.document(QJsonObject {{QStringLiteral("id"), id},
                                           {QStringLiteral("label"), stored.label},
                                           {QStringLiteral("forgotten"), true}});
        else if (creation)
            m_output.line(tr("Dismissed the unanswered creation of \"%1\" on this machine; the tokens that looked "
                             "like it (%2) stay on the server as they are.")
                              .arg(stored.label, stored.candidates.join(QStringLiteral(", "))));
        else
            m_output.line(tr("Forgot %1 %2 on this machine (it is still valid on the server).")
                              .arg(stored.tokenId, stored.label));
        finish(ExitCode::Ok);
    });
}

} // namespace bgtm::cli
