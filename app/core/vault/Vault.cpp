#include "Vault.h"

#include "SecretStore.h"
#include "TokenIndex.h"

#include "app/KillPoints.h"
#include "model/CreationMatch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

namespace bgtm {
namespace {

// Keys of the vault's own items, outside the `<environment>/<user>/<token>` space (no environment id starts
// with '_').
const QString kPermanentCanaryKey = QStringLiteral("_canary/permanent");
const QByteArray kPermanentCanaryValue = QByteArrayLiteral("bitgo-token-manager keychain canary (not a secret)");

// A server token matches a pending record when it has the shape asked for (creationCandidates) and was created in
// this window around the moment the creation was recorded (the local clock and the server's may differ a little).
constexpr qint64 kPendingBeforeSeconds = 5 * 60;
constexpr qint64 kPendingAfterSeconds = 30 * 60;

// What a pending record asked the server for: the shape its token must have.
CreateTokenRequest requestOf(const StoredToken &pending)
{
    CreateTokenRequest request;
    request.label = pending.label;
    request.scope = pending.scope;
    request.spendingLimits = pending.spendingLimits;
    request.allErc20TokensLimit = pending.allErc20TokensLimit;
    request.ipRestrict = pending.ipRestrict;
    request.enterprise = pending.enterprise;
    request.admin = pending.admin;
    request.adminScope = pending.adminScope;
    return request;
}

// The context lupdate gives a free tr() call: the enclosing namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("bgtm", text);
}

/// Keychain errors reworded for "cannot store a new token"; a timeout stays a timeout.
Error unusable(const Error &cause)
{
    if (cause.kind == ErrorKind::KeychainTimeout)
        return cause;
    return errorOf(ErrorKind::KeychainUnavailable,
                   tr("The keychain cannot hold a new token, so none was created: %1").arg(cause.message));
}

QString sessionKey(const QString &environmentId, const QString &username)
{
    return environmentId + QStringLiteral("/_session/") + username.toLower();
}

// What people browsing the keychain (Seahorse, KeePassXC) read for each item: which token, which environment, and
// that the canaries are no tokens.
QString tokenItemLabel(const StoredToken &token)
{
    return tr("BitGo access token “%1” (%2)").arg(token.label, token.environmentId);
}

QString canaryItemLabel()
{
    return tr("BitGo Token Manager keychain check (not a token; keep it)");
}

void applyServerMetadata(StoredToken &entry, const AccessToken &token)
{
    entry.tokenId = token.id;
    if (!token.label.isEmpty())
        entry.label = token.label;
    if (!token.scope.isEmpty())
        entry.scope = token.scope;
    entry.ipRestrict = token.ipRestrict;
    if (!token.enterprise.isEmpty())
        entry.enterprise = token.enterprise;
    entry.admin = token.admin;
    if (!token.adminScope.isEmpty())
        entry.adminScope = token.adminScope;
    if (token.created.isValid())
        entry.created = token.created;
    if (token.expires.isValid())
        entry.expires = token.expires;
    if (entry.spendingLimits.isEmpty()) {
        for (const SpendingUsage &usage : token.spendingLimits)
            entry.spendingLimits.append(SpendingLimit {usage.coin, usage.txValueLimit.digits, false});
    }
}

bool sameEntry(const StoredToken &a, const StoredToken &b)
{
    if (!a.pendingId.isEmpty() && a.pendingId == b.pendingId)
        return true;
    return !a.tokenId.isEmpty() && a.tokenId == b.tokenId && a.environmentId == b.environmentId && a.userId == b.userId;
}

SecretBytes encodeSession(const SessionSecrets &secrets, const SignedInSession &session)
{
    QJsonObject user;
    user[QStringLiteral("id")] = session.user.id;
    user[QStringLiteral("username")] = session.user.username;
    user[QStringLiteral("email")] = session.user.email;
    user[QStringLiteral("fullName")] = session.user.fullName;
    QJsonObject o;
    o[QStringLiteral("version")] = 1;
    o[QStringLiteral("token")] = QString::fromLatin1(secrets.token.bytes().toBase64());
    o[QStringLiteral("ecdhXprv")] = QString::fromLatin1(secrets.ecdhXprv.bytes().toBase64());
    o[QStringLiteral("expires")] = secrets.expires.toUTC().toString(Qt::ISODateWithMs);
    o[QStringLiteral("baseUrl")] = secrets.baseUrl.toString();
    o[QStringLiteral("user")] = user;
    o[QStringLiteral("scope")] = QJsonArray::fromStringList(session.scope);
    o[QStringLiteral("downgraded")] = session.downgraded;
    return SecretBytes(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<std::pair<SessionSecrets, SignedInSession>> decodeSession(const SecretBytes &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.bytes());
    if (!doc.isObject() || doc.object().value(QStringLiteral("version")).toInt() != 1)
        return std::nullopt;
    const QJsonObject o = doc.object();
    SessionSecrets secrets;
    secrets.token = SecretBytes(QByteArray::fromBase64(o.value(QStringLiteral("token")).toString().toLatin1()));
    secrets.ecdhXprv = SecretBytes(QByteArray::fromBase64(o.value(QStringLiteral("ecdhXprv")).toString().toLatin1()));
    secrets.expires = QDateTime::fromString(o.value(QStringLiteral("expires")).toString(), Qt::ISODateWithMs);
    // Absent in sessions stored before the binding: the client then refuses the session (sign in again).
    secrets.baseUrl = QUrl(o.value(QStringLiteral("baseUrl")).toString());
    SignedInSession session;
    const QJsonObject user = o.value(QStringLiteral("user")).toObject();
    session.user.id = user.value(QStringLiteral("id")).toString();
    session.user.username = user.value(QStringLiteral("username")).toString();
    session.user.email = user.value(QStringLiteral("email")).toString();
    session.user.fullName = user.value(QStringLiteral("fullName")).toString();
    const QJsonArray scope = o.value(QStringLiteral("scope")).toArray();
    for (const QJsonValue &s : scope)
        session.scope << s.toString();
    session.expires = secrets.expires;
    session.downgraded = o.value(QStringLiteral("downgraded")).toBool();
    if (secrets.token.isEmpty() || !secrets.expires.isValid())
        return std::nullopt;
    return std::make_pair(std::move(secrets), std::move(session));
}

} // namespace

struct Vault::Private {
    SecretStore *store = nullptr;
    TokenIndex *index = nullptr;
    std::chrono::milliseconds timeout {};
    KeychainStatus status;

    /// Write, then read back and compare: only a secret that reads back identical counts as stored. The item is
    /// then given `label` for people browsing the keychain, without waiting: a name is no reason to fail a store.
    void writeVerified(const QString &key, std::shared_ptr<SecretBytes> secret, const QString &label, QObject *context,
                       Callback<Done> done)
    {
        store->write(key, *secret, timeout, context,
                     [this, key, secret, label, context, done = std::move(done)](const Result<Done> &written) {
                         if (!written)
                             return done(written.error());
                         readMatches(key, secret, context, [this, key, label, done](const Result<Done> &same) {
                             // Owned by the store: the caller's context may be gone before the name is set.
                             if (same)
                                 store->describe(key, label, timeout, store, [](const Result<Done> &) {});
                             done(same);
                         });
                     });
    }

    /// Done when the item holds exactly `secret`; NotFound when absent; KeychainFailed when it differs.
    void readMatches(const QString &key, std::shared_ptr<SecretBytes> secret, QObject *context, Callback<Done> done)
    {
        store->read(key, timeout, context, [secret, done = std::move(done)](Result<SecretBytes> read) {
            if (!read)
                return done(read.error());
            if (!(read.value() == *secret))
                return done(errorOf(ErrorKind::KeychainFailed,
                                    tr("The keychain returned something else than what was written.")));
            done(Done {});
        });
    }

    /// The permanent canary exists from the first stored token on; presence checks read it first.
    void ensurePermanentCanary(QObject *context, Callback<Done> done)
    {
        auto canary = std::make_shared<SecretBytes>(kPermanentCanaryValue);
        readMatches(kPermanentCanaryKey, canary, context,
                    [this, canary, context, done = std::move(done)](const Result<Done> &present) {
                        if (present)
                            return done(Done {});
                        if (present.error().kind != ErrorKind::NotFound
                            && present.error().kind != ErrorKind::KeychainFailed)
                            return done(present.error());
                        writeVerified(kPermanentCanaryKey, canary, canaryItemLabel(), context, done);
                    });
    }

    /// A locked keyring answers reads with "not found": only a readable canary makes "not found" believable.
    void canaryReadable(QObject *context, Callback<bool> done)
    {
        auto canary = std::make_shared<SecretBytes>(kPermanentCanaryValue);
        readMatches(kPermanentCanaryKey, canary, context, [done = std::move(done)](const Result<Done> &present) {
            if (present)
                return done(true);
            if (present.error().kind == ErrorKind::NotFound || present.error().kind == ErrorKind::KeychainFailed
                || present.error().kind == ErrorKind::KeychainUnavailable)
                return done(false);
            done(present.error());
        });
    }

    Status setState(const StoredToken &which, StoredToken::State state, const AccessToken *server = nullptr)
    {
        return index->update([&](QList<StoredToken> &tokens) {
            for (StoredToken &t : tokens) {
                if (!sameEntry(t, which))
                    continue;
                t.state = state;
                if (state != StoredToken::State::Pending)
                    t.owner = ProcessIdentity(); // only a pending creation has a maker
                if (server)
                    applyServerMetadata(t, *server);
                if (state == StoredToken::State::Stored || state == StoredToken::State::Unverified) {
                    t.storedAt = QDateTime::currentDateTimeUtc();
                    t.pendingId.clear();
                }
                return true;
            }
            return false;
        });
    }
};

Vault::Vault(SecretStore *store, TokenIndex *index, std::chrono::milliseconds keychainTimeout, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->store = store;
    d->index = index;
    d->timeout = keychainTimeout;
    connect(index, &TokenIndex::changed, this, &Vault::tokensChanged);
}

Vault::~Vault() = default;

void Vault::checkUsable(QObject *context, Callback<Done> done)
{
    const QString key = QStringLiteral("_canary/check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    auto canary = std::make_shared<SecretBytes>(random.toHex());
    Private *p = d.get();
    QPointer<Vault> self(this);
    p->writeVerified(key, canary, canaryItemLabel(), context,
                     [self, p, key, context, done = std::move(done)](const Result<Done> &roundTrip) {
                         if (!self)
                             return;
                         if (!roundTrip) {
                             // A timed-out write may still land: queue its removal behind it, nobody waits for the
                             // answer.
                             p->store->remove(key, std::chrono::minutes(5), self, [](const Result<Done> &) {});
                             return done(unusable(roundTrip.error()));
                         }
                         p->store->remove(key, p->timeout, context,
                                          [self, p, context, done](const Result<Done> &removed) {
                                              if (!self)
                                                  return;
                                              if (!removed)
                                                  return done(unusable(removed.error()));
                                              p->ensurePermanentCanary(context, [done](const Result<Done> &canaryOk) {
                                                  done(canaryOk ? canaryOk : Result<Done>(unusable(canaryOk.error())));
                                              });
                                          });
                     });
}

Result<QString> Vault::recordPending(const QString &environmentId, const QString &userId,
                                     const CreateTokenRequest &request)
{
    StoredToken entry;
    entry.environmentId = environmentId;
    entry.userId = userId;
    entry.pendingId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.label = request.label;
    entry.scope = request.scope;
    entry.spendingLimits = request.spendingLimits;
    entry.allErc20TokensLimit = request.allErc20TokensLimit;
    entry.ipRestrict = request.ipRestrict;
    entry.enterprise = request.enterprise;
    entry.admin = request.admin;
    entry.adminScope = request.adminScope;
    entry.created = QDateTime::currentDateTimeUtc(); // the pending window is measured from here
    if (request.durationSeconds)
        entry.expires = entry.created.addSecs(*request.durationSeconds);
    entry.state = StoredToken::State::Pending;
    entry.owner = ProcessIdentity::current();
    Status s = d->index->update([&](QList<StoredToken> &tokens) {
        tokens.append(entry);
        return true;
    });
    if (!s)
        return s.error();
    return entry.pendingId;
}

void Vault::storeCreated(const QString &pendingId, const CreatedToken &token, QObject *context, Callback<Done> done)
{
    killPoint("after-server-reply");
    // Record the server's id on the pending entry first, so that a crash from here on leaves an exact trace.
    std::optional<StoredToken> entry;
    Status noted = d->index->update([&](QList<StoredToken> &tokens) {
        entry.reset(); // update() may call this twice; only the last call's answer counts
        for (StoredToken &t : tokens) {
            if (t.pendingId == pendingId && !pendingId.isEmpty()) {
                applyServerMetadata(t, token.token);
                entry = t;
                return true;
            }
        }
        return false;
    });
    if (!noted)
        return done(noted.error());
    if (!entry)
        return done(errorOf(ErrorKind::NotFound,
                            tr("No pending creation %1 in the token index; the token was not stored.").arg(pendingId)));

    const bool retry = entry->state == StoredToken::State::StoreFailed;
    auto secret = std::make_shared<SecretBytes>(token.secret.copy());
    const QString key = entry->keychainKey();
    const StoredToken which = *entry;
    const AccessToken server = token.token;
    Private *p = d.get();
    QPointer<Vault> self(this);
    // While the store runs the record stays this process's (reconciles leave it alone). Should its callbacks be
    // dropped unanswered (their context died), the record is given up, so that a later list settles it.
    struct InFlight {
        InFlight(QPointer<Vault> vault, QString id) : self(std::move(vault)), pendingId(std::move(id)) { }
        ~InFlight()
        {
            if (self && !ended)
                (void)self->leavePending(pendingId);
        }
        InFlight(const InFlight &) = delete;
        InFlight(InFlight &&) = delete;
        InFlight &operator=(const InFlight &) = delete;
        InFlight &operator=(InFlight &&) = delete;
        QPointer<Vault> self;
        QString pendingId;
        bool ended = false;
    };
    auto inFlight = std::make_shared<InFlight>(self, pendingId);

    auto finish = [self, p, which, server, inFlight, done = std::move(done)](const Result<Done> &stored) {
        if (!self)
            return;
        inFlight->ended = true;
        if (!stored) {
            p->setState(which, StoredToken::State::StoreFailed);
            Error e = stored.error();
            e.message = tr("The token was created but could not be stored in the keychain; it is still in memory. %1")
                            .arg(e.message);
            return done(e);
        }
        killPoint("after-keychain-write");
        if (Status s = p->setState(which, StoredToken::State::Stored, &server); !s)
            return done(s.error());
        killPoint("after-index-write");
        done(Done {});
    };
    // The token is written first (it is what matters); the permanent canary that presence checks rely on follows.
    auto withCanary = [p, context, finish](const Result<Done> &stored) {
        if (!stored)
            return finish(stored.error());
        p->ensurePermanentCanary(context, finish);
    };
    const QString label = tokenItemLabel(which);
    if (!retry)
        return p->writeVerified(key, secret, label, context, withCanary);
    // A retry first reads back: a write that timed out earlier may have landed after all.
    p->readMatches(key, secret, context, [p, key, secret, label, context, withCanary](const Result<Done> &already) {
        if (already)
            return withCanary(Done {});
        if (already.error().kind == ErrorKind::NotFound)
            return p->writeVerified(key, secret, label, context, withCanary);
        withCanary(already.error());
    });
}

Status Vault::leavePending(const QString &pendingId, int mayHaveMade)
{
    return d->index->update([&](QList<StoredToken> &tokens) {
        bool changed = false;
        for (StoredToken &t : tokens) {
            if (t.pendingId == pendingId && t.state == StoredToken::State::Pending && !t.owner.isNobody()) {
                t.owner = ProcessIdentity();
                t.mayHaveMade = std::max(1, mayHaveMade);
                changed = true;
            }
        }
        return changed;
    });
}

Status Vault::dropPending(const QString &pendingId)
{
    return d->index->update([&](QList<StoredToken> &tokens) {
        const auto removed = tokens.removeIf(
            [&](const StoredToken &t) { return t.pendingId == pendingId && t.state == StoredToken::State::Pending; });
        return removed > 0;
    });
}

void Vault::importToken(const StoredToken &metadata, const SecretBytes &secret, bool verified, QObject *context,
                        Callback<Done> done)
{
    StoredToken entry = metadata;
    if (entry.tokenId.isEmpty()) // unverified: the server never told us its id
        entry.tokenId = QStringLiteral("local-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (entry.userId.isEmpty())
        entry.userId = QStringLiteral("unknown-user");
    entry.pendingId.clear();
    entry.state = verified ? StoredToken::State::Stored : StoredToken::State::Unverified;
    auto copy = std::make_shared<SecretBytes>(secret.copy());
    Private *p = d.get();
    QPointer<Vault> self(this);
    p->ensurePermanentCanary(
        context, [self, p, entry, copy, context, done = std::move(done)](const Result<Done> &canary) {
            if (!self)
                return;
            if (!canary)
                return done(canary.error());
            p->writeVerified(entry.keychainKey(), copy, tokenItemLabel(entry), context,
                             [self, p, entry, done](const Result<Done> &stored) {
                                 if (!self)
                                     return;
                                 if (!stored)
                                     return done(stored.error());
                                 Status s = p->index->update([&](QList<StoredToken> &tokens) {
                                     StoredToken e = entry;
                                     e.storedAt = QDateTime::currentDateTimeUtc();
                                     tokens.removeIf([&](const StoredToken &t) { return sameEntry(t, e); });
                                     tokens.append(e);
                                     return true;
                                 });
                                 done(s);
                             });
        });
}

QList<StoredToken> Vault::tokens() const
{
    return d->index->tokens();
}

QList<StoredToken> Vault::tokens(const QString &environmentId, const QString &userId) const
{
    QList<StoredToken> out;
    const QList<StoredToken> all = d->index->tokens();
    for (const StoredToken &t : all) {
        if (t.environmentId == environmentId && t.userId == userId)
            out.append(t);
    }
    return out;
}

void Vault::readSecret(const StoredToken &token, QObject *context, Callback<SecretBytes> done)
{
    Private *p = d.get();
    QPointer<Vault> self(this);
    p->store->read(
        token.keychainKey(), p->timeout, context, [self, p, context, done = std::move(done)](Result<SecretBytes> read) {
            if (!self)
                return;
            if (read || read.error().kind != ErrorKind::NotFound)
                return done(std::move(read));
            p->canaryReadable(context, [done](Result<bool> canary) {
                if (!canary)
                    return done(canary.error());
                if (!canary.value())
                    return done(errorOf(ErrorKind::KeychainUnavailable,
                                        tr("The keychain is locked or unavailable; unlock it and try again.")));
                done(errorOf(ErrorKind::NotFound, tr("The secret of this token is not stored on this machine.")));
            });
        });
}

void Vault::presence(const StoredToken &token, QObject *context, Callback<SecretPresence> done)
{
    Private *p = d.get();
    const QString key = token.keychainKey();
    QPointer<Vault> self(this);
    // Reading a locked keyring raises the system's unlock prompt: ask its state first, which never prompts.
    p->store->status(
        p->timeout, context, [self, p, key, context, done = std::move(done)](Result<KeychainStatus> status) {
            if (!self)
                return;
            const KeychainStatus::State state = status ? status.value().state : KeychainStatus::State::Unchecked;
            if (state == KeychainStatus::State::Locked || state == KeychainStatus::State::Absent) {
                self->noteKeychainStatus(status.value());
                if (state == KeychainStatus::State::Locked)
                    return done(SecretPresence::KeychainLocked);
                return done(errorOf(ErrorKind::KeychainUnavailable, tr("No keychain service is running.")));
            }
            p->canaryReadable(context, [p, key, context, done](Result<bool> canary) {
                if (!canary)
                    return done(canary.error());
                if (!canary.value())
                    return done(SecretPresence::KeychainLocked);
                p->store->read(key, p->timeout, context, [done](Result<SecretBytes> read) {
                    if (read)
                        return done(SecretPresence::InKeychain);
                    if (read.error().kind == ErrorKind::NotFound)
                        return done(SecretPresence::NotOnThisMachine);
                    done(read.error());
                });
            });
        });
}

KeychainStatus Vault::keychainStatus() const
{
    return d->status;
}

void Vault::noteKeychainStatus(const KeychainStatus &status)
{
    if (status == d->status)
        return;
    d->status = status;
    Q_EMIT keychainStatusChanged(status);
}

void Vault::checkKeychain(QObject *context, Callback<KeychainStatus> done)
{
    Private *p = d.get();
    QPointer<Vault> self(this);
    p->store->status(p->timeout, context, [self, p, context, done = std::move(done)](Result<KeychainStatus> status) {
        if (!self)
            return;
        const KeychainStatus said =
            status ? status.value() : KeychainStatus {KeychainStatus::State::Failed, status.error().message};
        if (said.state != KeychainStatus::State::Ready) {
            self->noteKeychainStatus(said);
            return done(said);
        }
        // Unlocked by its own account: a read of the canary (absent before the first token) shows it also answers.
        auto canary = std::make_shared<SecretBytes>(kPermanentCanaryValue);
        p->readMatches(kPermanentCanaryKey, canary, context, [self, done](const Result<Done> &read) {
            if (!self)
                return;
            KeychainStatus seen {KeychainStatus::State::Ready, {}};
            if (!read && read.error().kind != ErrorKind::NotFound)
                seen = KeychainStatus {KeychainStatus::State::Failed, read.error().message};
            self->noteKeychainStatus(seen);
            done(seen);
        });
    });
}

void Vault::unlockKeychain(std::chrono::milliseconds timeout, QObject *context, Callback<KeychainStatus> done)
{
    QPointer<Vault> self(this);
    d->store->unlock(timeout, context, [self, context, done = std::move(done)](const Result<KeychainStatus> &) {
        if (self)
            self->checkKeychain(context, done);
    });
}

void Vault::forget(const StoredToken &token, QObject *context, Callback<Done> done)
{
    if (token.state == StoredToken::State::Pending) {
        // A creation's trace holds no secret: dismissing it is an index change. While its maker runs it is the
        // maker's (a CLI creating while the app shows the record), so the user may not dismiss it from here.
        Status dismissed = errorOf(ErrorKind::NotFound, tr("That creation is no longer pending here."));
        const Status updated = d->index->update([&](QList<StoredToken> &tokens) {
            dismissed = errorOf(ErrorKind::NotFound, tr("That creation is no longer pending here."));
            for (const StoredToken &t : std::as_const(tokens)) {
                if (t.pendingId != token.pendingId || t.state != StoredToken::State::Pending)
                    continue;
                if (t.owner.isAlive()) {
                    dismissed = errorOf(ErrorKind::Validation,
                                        tr("Process %1 is still creating “%2”; it settles the record itself.")
                                            .arg(t.owner.pid)
                                            .arg(t.label));
                    return false;
                }
                dismissed = Done {};
                return tokens.removeIf([&](const StoredToken &e) { return e.pendingId == token.pendingId; }) > 0;
            }
            return false;
        });
        QMetaObject::invokeMethod(
            context, [done = std::move(done), result = updated ? dismissed : updated]() { done(result); },
            Qt::QueuedConnection);
        return;
    }
    Private *p = d.get();
    QPointer<Vault> self(this);
    // Keychain first: an index entry without its secret is visible and can be forgotten again; a secret without
    // an entry would be invisible.
    p->store->remove(token.keychainKey(), p->timeout, context,
                     [self, p, token, done = std::move(done)](const Result<Done> &removed) {
                         if (!self)
                             return;
                         if (!removed)
                             return done(removed.error());
                         done(p->index->update([&](QList<StoredToken> &tokens) {
                             return tokens.removeIf([&](const StoredToken &t) { return sameEntry(t, token); }) > 0;
                         }));
                     });
}

Status Vault::markCopied(const StoredToken &token)
{
    return d->index->update([&](QList<StoredToken> &tokens) {
        for (StoredToken &t : tokens) {
            if (sameEntry(t, token)) {
                t.lastCopied = QDateTime::currentDateTimeUtc();
                return true;
            }
        }
        return false;
    });
}

Status Vault::reconcile(const QString &environmentId, const QString &userId, const TokenList &serverList)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return d->index->update([&](QList<StoredToken> &tokens) {
        bool changed = false;
        QSet<QString> known;
        for (const StoredToken &t : tokens) {
            if (t.environmentId == environmentId && t.userId == userId && !t.tokenId.isEmpty())
                known.insert(t.tokenId);
        }
        QHash<QString, const AccessToken *> live;
        for (const AccessToken &a : serverList.tokens)
            live.insert(a.id, &a);

        QList<StoredToken> added;
        for (StoredToken &t : tokens) {
            if (t.environmentId != environmentId || t.userId != userId)
                continue;
            if (t.expires.isValid() && t.expires <= now && t.state != StoredToken::State::Pending
                && t.state != StoredToken::State::Expired) {
                t.state = StoredToken::State::Expired;
                changed = true;
                continue;
            }
            if (t.state == StoredToken::State::Pending) {
                // A creation still being made — here or by another process (a CLI while the app refreshes, a
                // cron list while a CLI creates) — is its maker's to finish.
                if (!serverList.complete || t.owner.isAlive())
                    continue;
                if (!t.candidates.isEmpty()) {
                    // Once ambiguous, always the user's to decide: revoking one look-alike must not make the
                    // others look like ours. The record lasts while any of them is live.
                    const qsizetype before = t.candidates.size();
                    t.candidates.removeIf([&live](const QString &id) { return !live.contains(id); });
                    if (t.candidates.isEmpty())
                        t.pendingId = QStringLiteral("drop");
                    changed = changed || t.candidates.size() != before;
                    continue;
                }
                // Live tokens nobody here holds, of the shape asked for (label, scopes, limits, IP rules,
                // enterprise, admin), created while the creation was pending.
                QList<AccessToken> matches;
                if (!t.tokenId.isEmpty() && live.contains(t.tokenId))
                    matches.append(*live.value(t.tokenId));
                else
                    matches =
                        creationCandidates(requestOf(t), serverList.tokens, t.created.addSecs(-kPendingBeforeSeconds),
                                           t.created.addSecs(kPendingAfterSeconds), known);
                if (matches.size() > t.mayHaveMade) {
                    // More look-alikes than the creation may have made: some are someone else's (another machine,
                    // the web page, a script making the same token at that moment) and nothing tells which.
                    // Flagging any of them would report another's token as ours: the user decides.
                    QStringList ids;
                    for (const AccessToken &match : std::as_const(matches))
                        ids.append(match.id);
                    if (t.candidates != ids) {
                        t.candidates = ids;
                        changed = true;
                    }
                    continue;
                }
                if (matches.isEmpty()) {
                    // Nothing was created (or it is gone): once the window has passed the record means nothing.
                    if (t.created.secsTo(now) > kPendingAfterSeconds) {
                        t.pendingId = QStringLiteral("drop");
                        changed = true;
                    }
                    continue;
                }
                for (qsizetype i = 0; i < matches.size(); ++i) {
                    StoredToken flagged = t;
                    applyServerMetadata(flagged, matches.at(i));
                    flagged.pendingId.clear();
                    flagged.owner = ProcessIdentity();
                    flagged.candidates.clear();
                    flagged.state = StoredToken::State::FlaggedForRevocation;
                    known.insert(flagged.tokenId);
                    if (i == 0)
                        t = flagged;
                    else
                        added.append(flagged);
                }
                changed = true;
                continue;
            }
            if (t.state == StoredToken::State::Unverified || t.state == StoredToken::State::RevokedOnServer
                || t.state == StoredToken::State::Expired)
                continue;
            if (serverList.complete && !live.contains(t.tokenId) && (!t.expires.isValid() || t.expires > now)) {
                t.state = StoredToken::State::RevokedOnServer;
                changed = true;
            }
        }
        tokens.removeIf([](const StoredToken &t) {
            return t.state == StoredToken::State::Pending && t.pendingId == QLatin1String("drop");
        });
        tokens.append(added);
        return changed;
    });
}

void Vault::reconcileWithKeychain(const QString &environmentId, const QString &userId, const TokenList &serverList,
                                  QObject *context, const Callback<int> &done)
{
    if (Status s = reconcile(environmentId, userId, serverList); !s)
        return done(s.error());
    QList<StoredToken> flagged;
    const QList<StoredToken> entries = tokens(environmentId, userId);
    for (const StoredToken &t : entries) {
        if (t.state == StoredToken::State::FlaggedForRevocation)
            flagged.append(t);
    }
    if (flagged.isEmpty())
        return done(0);
    // Check each flagged entry's key; the count left flagged is reported once all answered.
    Private *p = d.get();
    QPointer<Vault> self(this);
    auto remaining = std::make_shared<qsizetype>(flagged.size());
    auto stillFlagged = std::make_shared<int>(0);
    auto failure = std::make_shared<std::optional<Error>>();
    for (const StoredToken &t : flagged) {
        p->store->read(t.keychainKey(), p->timeout, context,
                       [self, p, t, remaining, stillFlagged, failure, done](Result<SecretBytes> read) {
                           if (!self)
                               return;
                           if (read && !read.value().isEmpty())
                               p->setState(t, StoredToken::State::Stored);
                           else
                               ++*stillFlagged;
                           if (!read && read.error().kind != ErrorKind::NotFound)
                               *failure = read.error();
                           if (--*remaining > 0)
                               return;
                           if (*failure)
                               return done(**failure);
                           done(*stillFlagged);
                       });
    }
}

void Vault::storeSession(const QString &environmentId, const QString &username, const SessionSecrets &secrets,
                         const SignedInSession &session, QObject *context, Callback<Done> done)
{
    auto blob = std::make_shared<SecretBytes>(encodeSession(secrets, session));
    d->writeVerified(sessionKey(environmentId, username), blob,
                     tr("BitGo Token Manager sign-in of %1 (%2)").arg(username, environmentId), context,
                     std::move(done));
}

void Vault::loadSession(const QString &environmentId, const QString &username, QObject *context,
                        Callback<std::pair<SessionSecrets, SignedInSession>> done)
{
    Private *p = d.get();
    const QString key = sessionKey(environmentId, username);
    QPointer<Vault> self(this);
    p->store->read(key, p->timeout, context, [self, p, key, done = std::move(done)](Result<SecretBytes> read) {
        if (!self)
            return;
        if (!read)
            return done(read.error());
        auto decoded = decodeSession(read.value());
        if (!decoded || decoded->first.expires <= QDateTime::currentDateTimeUtc()) {
            // Expired or unreadable: it is of no use to anyone, remove it (nobody waits for the answer).
            p->store->remove(key, p->timeout, self, [](const Result<Done> &) {});
            return done(errorOf(ErrorKind::NotFound, tr("No saved session that is still valid.")));
        }
        done(std::move(*decoded));
    });
}

void Vault::forgetSession(const QString &environmentId, const QString &username, QObject *context, Callback<Done> done)
{
    d->store->remove(sessionKey(environmentId, username), d->timeout, context, std::move(done));
}

} // namespace bgtm
