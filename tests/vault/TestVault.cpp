#include "SecretScan.h"
#include "VaultTestUtil.h"

#include "vault/KeychainSecretStore.h"
#include "vault/TokenIndex.h"
#include "vault/Vault.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace bgtm;
using namespace bgtm::test;

namespace {

constexpr std::chrono::milliseconds kTimeout {10000};
const QString kEnv = QStringLiteral("sandbox");
const QString kUser = QStringLiteral("5f1234567890abcdef123456");

QString newTokenId()
{
    return QUuid::createUuid().toString(QUuid::Id128); // 32 hex, like BitGo's ids
}

CreatedToken created(const QString &label, const QByteArray &secret, const QString &id = newTokenId())
{
    CreatedToken c;
    c.token.id = id;
    c.token.label = label;
    c.token.user = kUser;
    c.token.scope = {QStringLiteral("wallet_view_all")};
    c.token.created = QDateTime::currentDateTimeUtc();
    c.token.expires = c.token.created.addDays(30);
    c.secret = SecretBytes(secret);
    return c;
}

/// A token as the server lists it; with the scope every create request here asks for (reconcile matches a pending
/// creation by its whole shape, not by the label alone).
AccessToken serverToken(const QString &id, const QString &label, const QDateTime &created)
{
    AccessToken a;
    a.id = id;
    a.label = label;
    a.scope = {QStringLiteral("wallet_view_all")};
    a.user = kUser;
    a.created = created;
    a.expires = created.addDays(30);
    return a;
}

std::optional<StoredToken> findById(const QList<StoredToken> &tokens, const QString &id)
{
    for (const StoredToken &t : tokens) {
        if (t.tokenId == id)
            return t;
    }
    return std::nullopt;
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<QByteArray> m_secretsUsed;
    KeychainSecretStore m_store;
    std::unique_ptr<TokenIndex> m_index;
    std::unique_ptr<Vault> m_vault;

    QByteArray newSecret()
    {
        QByteArray s =
            "v2x" + QUuid::createUuid().toByteArray(QUuid::Id128) + QUuid::createUuid().toByteArray(QUuid::Id128);
        m_secretsUsed << s;
        return s;
    }

    std::optional<Result<Done>> storeNew(const QString &label, const CreatedToken &token)
    {
        CreateTokenRequest request;
        request.label = label;
        request.scope = token.token.scope;
        const Result<QString> pending = m_vault->recordPending(kEnv, kUser, request);
        if (!pending)
            return Result<Done>(pending.error());
        return waitFor<Done>(
            [&](QObject *c, Callback<Done> d) { m_vault->storeCreated(pending.value(), token, c, std::move(d)); });
    }

    /// Makes the pending record `pendingId` look like the creation of `owner` (a process that may be gone).
    void setOwner(const QString &pendingId, const ProcessIdentity &owner)
    {
        QVERIFY(m_index
                    ->update([&](QList<StoredToken> &tokens) {
                        for (StoredToken &t : tokens) {
                            if (t.pendingId == pendingId)
                                t.owner = owner;
                        }
                        return true;
                    })
                    .ok());
    }

    /// A process of its own that has ended: its identity names nobody alive.
    static ProcessIdentity endedProcess()
    {
        QProcess process;
        process.start(QStringLiteral("cat"), {QStringLiteral("/proc/self/stat")});
        process.waitForFinished(10000);
        // Its own /proc/<pid>/stat: field 1 the pid, field 22 the start time (counted after the name's ')').
        const QByteArray stat = process.readAllStandardOutput();
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 1).simplified().split(' ');
        return ProcessIdentity {stat.left(stat.indexOf(' ')).toLongLong(), fields.value(19).toULongLong()};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(inTestSession(), kNotInSession); }

    void init()
    {
        m_vault.reset();
        m_index = std::make_unique<TokenIndex>(m_dir.filePath(QStringLiteral("data/tokens.json")));
        QVERIFY(m_index->load().ok());
        m_vault = std::make_unique<Vault>(&m_store, m_index.get(), kTimeout);
    }

    void checkUsableRoundTripsACanaryAndLeavesOnlyThePermanentOne()
    {
        const auto usable = waitFor<Done>([&](QObject *c, Callback<Done> d) { m_vault->checkUsable(c, std::move(d)); });
        QVERIFY(usable && usable->ok());
        QCOMPARE(secretToolLookup(QStringLiteral("_canary/permanent")).exitCode, 0);
        const QStringList keys = secretToolKeys();
        QVERIFY(keys.contains(QStringLiteral("_canary/permanent")));
        for (const QString &key : keys)
            QVERIFY2(!key.startsWith(QLatin1String("_canary/check-")), qPrintable(key));
        // Named for whoever browses the keychain: not a token, and not to be deleted.
        QTRY_COMPARE_WITH_TIMEOUT(secretToolLabel(QStringLiteral("_canary/permanent")),
                                  QStringLiteral("BitGo Token Manager keychain check (not a token; keep it)"),
                                  kTimeout.count());
    }

    void creationIsPendingFirstThenStoredOnlyAfterReadBack()
    {
        const QByteArray secret = newSecret();
        CreateTokenRequest request;
        request.label = QStringLiteral("ci deploy");
        request.scope = {QStringLiteral("wallet_view_all")};
        request.otp = QStringLiteral("0000000");
        const Result<QString> pending = m_vault->recordPending(kEnv, kUser, request);
        QVERIFY(pending.ok());
        QCOMPARE(m_vault->tokens().size(), 1);
        QVERIFY(m_vault->tokens().first().state == StoredToken::State::Pending);
        QCOMPARE(m_vault->tokens().first().label, request.label);

        const CreatedToken token = created(request.label, secret);
        QSignalSpy changed(m_vault.get(), &Vault::tokensChanged);
        const auto stored = waitFor<Done>(
            [&](QObject *c, Callback<Done> d) { m_vault->storeCreated(pending.value(), token, c, std::move(d)); });
        QVERIFY(stored && stored->ok());
        QVERIFY(changed.size() >= 1);
        const auto entry = findById(m_vault->tokens(), token.token.id);
        QVERIFY(entry);
        QVERIFY(entry->state == StoredToken::State::Stored);
        QVERIFY(entry->pendingId.isEmpty());
        QVERIFY(entry->storedAt.isValid());
        QCOMPARE(entry->keychainKey(), kEnv + u'/' + kUser + u'/' + token.token.id);
        QVERIFY(token.secret.bytes() == secret); // the caller's copy is untouched

        const Lookup outside = secretToolLookup(entry->keychainKey());
        QCOMPARE(outside.exitCode, 0);
        QVERIFY(outside.value == secret);
        // Seahorse and KeePassXC list it by its label and environment, not as one of many "bitgo-token-manager".
        QTRY_COMPARE_WITH_TIMEOUT(secretToolLabel(entry->keychainKey()),
                                  QStringLiteral("BitGo access token “ci deploy” (sandbox)"), kTimeout.count());
    }

    void storedTokenIsListedReadAndPresent()
    {
        const QByteArray secret = newSecret();
        const CreatedToken token = created(QStringLiteral("listed"), secret);
        QVERIFY(storeNew(QStringLiteral("listed"), token)->ok());

        TokenIndex freshIndex(m_index->path()); // a restarted app sees it from the index alone
        QVERIFY(freshIndex.load().ok());
        const auto entry = findById(freshIndex.tokens(), token.token.id);
        QVERIFY(entry);
        QCOMPARE(m_vault->tokens(kEnv, kUser).size(), m_vault->tokens().size());
        QVERIFY(m_vault->tokens(QStringLiteral("test"), kUser).isEmpty());

        const auto read = waitFor<SecretBytes>(
            [&](QObject *c, Callback<SecretBytes> d) { m_vault->readSecret(*entry, c, std::move(d)); });
        QVERIFY(read && read->ok());
        QVERIFY(read->value().bytes() == secret);
        const auto present = waitFor<SecretPresence>(
            [&](QObject *c, Callback<SecretPresence> d) { m_vault->presence(*entry, c, std::move(d)); });
        QVERIFY(present && present->ok());
        QVERIFY(present->value() == SecretPresence::InKeychain);
    }

    void forgetRemovesKeychainItemAndIndexEntry()
    {
        const QByteArray secret = newSecret();
        const CreatedToken token = created(QStringLiteral("to forget"), secret);
        QVERIFY(storeNew(QStringLiteral("to forget"), token)->ok());
        const auto entry = findById(m_vault->tokens(), token.token.id);
        QVERIFY(entry);
        QCOMPARE(secretToolLookup(entry->keychainKey()).exitCode, 0);

        const auto forgotten =
            waitFor<Done>([&](QObject *c, Callback<Done> d) { m_vault->forget(*entry, c, std::move(d)); });
        QVERIFY(forgotten && forgotten->ok());
        QCOMPARE(secretToolLookup(entry->keychainKey()).exitCode, 1);
        QVERIFY(!findById(m_vault->tokens(), token.token.id));
        const auto present = waitFor<SecretPresence>(
            [&](QObject *c, Callback<SecretPresence> d) { m_vault->presence(*entry, c, std::move(d)); });
        QVERIFY(present && present->ok());
        QVERIFY(present->value() == SecretPresence::NotOnThisMachine);
    }

    void secretMissingWithCanaryPresentIsNotOnThisMachineAndMetadataStays()
    {
        const QByteArray secret = newSecret();
        const CreatedToken token = created(QStringLiteral("deleted outside"), secret);
        QVERIFY(storeNew(QStringLiteral("deleted outside"), token)->ok());
        const auto entry = findById(m_vault->tokens(), token.token.id);
        QProcess clear;
        clear.start(QStringLiteral("secret-tool"),
                    {QStringLiteral("clear"), QStringLiteral("server"), QStringLiteral("bitgo-token-manager"),
                     QStringLiteral("user"), entry->keychainKey()});
        QVERIFY(clear.waitForFinished(20000));
        QCOMPARE(secretToolLookup(entry->keychainKey()).exitCode, 1);

        const auto read = waitFor<SecretBytes>(
            [&](QObject *c, Callback<SecretBytes> d) { m_vault->readSecret(*entry, c, std::move(d)); });
        QVERIFY(read && !read->ok());
        QVERIFY(read->error().kind == ErrorKind::NotFound);
        const auto present = waitFor<SecretPresence>(
            [&](QObject *c, Callback<SecretPresence> d) { m_vault->presence(*entry, c, std::move(d)); });
        QVERIFY(present->value() == SecretPresence::NotOnThisMachine);
        QVERIFY(findById(m_vault->tokens(), token.token.id)); // never deleted because of a read
    }

    void missingCanaryMeansKeychainLockedNeverSecretGone()
    {
        // A keychain service with no canary behaves like a locked gnome-keyring: every read says "not found".
        KeychainSecretStore emptyStore(QStringLiteral("bgtm-test-no-canary-")
                                       + QUuid::createUuid().toString(QUuid::Id128));
        TokenIndex index(m_dir.filePath(QStringLiteral("nocanary/tokens.json")));
        QVERIFY(index.load().ok());
        Vault vault(&emptyStore, &index, kTimeout);
        StoredToken meta;
        meta.environmentId = kEnv;
        meta.userId = kUser;
        meta.tokenId = newTokenId();
        const auto present = waitFor<SecretPresence>(
            [&](QObject *c, Callback<SecretPresence> d) { vault.presence(meta, c, std::move(d)); });
        QVERIFY(present && present->ok());
        QVERIFY(present->value() == SecretPresence::KeychainLocked);
        const auto read =
            waitFor<SecretBytes>([&](QObject *c, Callback<SecretBytes> d) { vault.readSecret(meta, c, std::move(d)); });
        QVERIFY(read && !read->ok());
        QVERIFY(read->error().kind == ErrorKind::KeychainUnavailable);
    }

    void importStoresVerifiedOrUnverifiedTokens_data()
    {
        QTest::addColumn<bool>("verified");
        QTest::newRow("verified") << true;
        QTest::newRow("refused for IP restrictions") << false;
    }
    void importStoresVerifiedOrUnverifiedTokens()
    {
        QFETCH(bool, verified);
        StoredToken meta;
        meta.environmentId = QStringLiteral("prod");
        meta.userId = verified ? kUser : QString();
        meta.tokenId = verified ? newTokenId() : QString();
        meta.label = QStringLiteral("pasted");
        const SecretBytes secret(newSecret());
        const auto imported = waitFor<Done>(
            [&](QObject *c, Callback<Done> d) { m_vault->importToken(meta, secret, verified, c, std::move(d)); });
        QVERIFY(imported && imported->ok());
        std::optional<StoredToken> entry;
        for (const StoredToken &t : m_vault->tokens()) {
            if (t.environmentId == QLatin1String("prod") && t.label == QLatin1String("pasted")
                && (verified ? t.state == StoredToken::State::Stored : t.state == StoredToken::State::Unverified))
                entry = t;
        }
        QVERIFY(entry);
        QVERIFY(!entry->tokenId.isEmpty());
        QVERIFY(secretToolLookup(entry->keychainKey()).value == secret.bytes());
    }

    void reconcileMarksRevokedAndExpiredOnlyFromACompleteList_data()
    {
        QTest::addColumn<bool>("onServer");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<int>("expiresInDays");
        QTest::addColumn<int>("expected");
        QTest::newRow("listed stays stored") << true << true << 30 << int(StoredToken::State::Stored);
        QTest::newRow("missing from complete list is revoked")
            << false << true << 30 << int(StoredToken::State::RevokedOnServer);
        QTest::newRow("missing from incomplete list stays") << false << false << 30 << int(StoredToken::State::Stored);
        QTest::newRow("past expiry is expired") << false << true << -1 << int(StoredToken::State::Expired);
    }
    void reconcileMarksRevokedAndExpiredOnlyFromACompleteList()
    {
        QFETCH(bool, onServer);
        QFETCH(bool, complete);
        QFETCH(int, expiresInDays);
        QFETCH(int, expected);
        const QString id = newTokenId();
        QVERIFY(m_index
                    ->update([&](QList<StoredToken> &tokens) {
                        StoredToken t;
                        t.environmentId = kEnv;
                        t.userId = kUser;
                        t.tokenId = id;
                        t.label = QStringLiteral("reconciled");
                        t.created = QDateTime::currentDateTimeUtc().addDays(-2);
                        t.expires = QDateTime::currentDateTimeUtc().addDays(expiresInDays);
                        t.state = StoredToken::State::Stored;
                        tokens.append(t);
                        return true;
                    })
                    .ok());
        TokenList list;
        list.complete = complete;
        if (onServer)
            list.tokens.append(
                serverToken(id, QStringLiteral("reconciled"), QDateTime::currentDateTimeUtc().addDays(-2)));
        const qsizetype before = m_vault->tokens().size();
        QVERIFY(m_vault->reconcile(kEnv, kUser, list).ok());
        QCOMPARE(m_vault->tokens().size(), before); // never deletes metadata
        QCOMPARE(int(findById(m_vault->tokens(), id)->state), expected);
    }

    void pendingCreationWithALiveTokenAndNoSecretIsFlaggedForRevocation()
    {
        CreateTokenRequest request;
        request.label = QStringLiteral("crashed-") + QUuid::createUuid().toString(QUuid::Id128);
        request.scope = {QStringLiteral("wallet_view_all")};
        const Result<QString> pending = m_vault->recordPending(kEnv, kUser, request);
        QVERIFY(pending.ok());
        const ProcessIdentity crashed = endedProcess(); // its maker crashed
        QVERIFY(!crashed.isNobody() && !crashed.isAlive());
        setOwner(pending.value(), crashed);
        const QString liveId = newTokenId();
        const QString otherId = newTokenId();
        TokenList list;
        list.tokens.append(serverToken(liveId, request.label, QDateTime::currentDateTimeUtc()));
        list.tokens.append(serverToken(otherId, QStringLiteral("unrelated"), QDateTime::currentDateTimeUtc()));
        // Someone else's token with the same label at the same moment, but another shape: not ours either.
        const QString sameLabelId = newTokenId();
        AccessToken sameLabel = serverToken(sameLabelId, request.label, QDateTime::currentDateTimeUtc());
        sameLabel.scope = {QStringLiteral("wallet_view_all"), QStringLiteral("wallet_spend_all")};
        list.tokens.append(sameLabel);
        const auto flagged = waitFor<int>(
            [&](QObject *c, const Callback<int> &d) { m_vault->reconcileWithKeychain(kEnv, kUser, list, c, d); });
        QVERIFY(flagged && flagged->ok());
        QCOMPARE(flagged->value(), 1);
        const auto entry = findById(m_vault->tokens(), liveId);
        QVERIFY(entry);
        QVERIFY(entry->state == StoredToken::State::FlaggedForRevocation);
        QVERIFY(!findById(m_vault->tokens(), otherId)); // tokens made elsewhere are not ours to flag
        QVERIFY(!findById(m_vault->tokens(), sameLabelId));
    }

    // A cron `tokens list` while a CLI creates, or the app's Refresh while its editor creates: the record is its
    // maker's while the maker lives, whatever the list shows; then (it gave the record up, or died) it is settled.
    void pendingCreationIsLeftToItsMakerWhileItLives_data()
    {
        QTest::addColumn<bool>("otherProcess");
        QTest::newRow("made by this process") << false;
        QTest::newRow("made by another process") << true;
    }
    void pendingCreationIsLeftToItsMakerWhileItLives()
    {
        QFETCH(bool, otherProcess);
        CreateTokenRequest request;
        request.label = QStringLiteral("in flight-") + newTokenId();
        request.scope = {QStringLiteral("wallet_view_all")};
        const Result<QString> pending = m_vault->recordPending(kEnv, kUser, request);
        QVERIFY(pending.ok());
        QProcess maker;
        if (otherProcess) {
            maker.start(QStringLiteral("sleep"), {QStringLiteral("60")});
            QVERIFY(maker.waitForStarted(10000));
            QFile stat(QStringLiteral("/proc/%1/stat").arg(maker.processId()));
            QVERIFY(stat.open(QIODevice::ReadOnly));
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 1).simplified().split(' ');
            setOwner(pending.value(), ProcessIdentity {maker.processId(), fields.value(19).toULongLong()});
        }
        const QString liveId = newTokenId(); // the server made it; the maker has not heard back yet
        TokenList list;
        list.tokens.append(serverToken(liveId, request.label, QDateTime::currentDateTimeUtc()));
        QVERIFY(m_vault->reconcile(kEnv, kUser, list).ok());
        QVERIFY(!findById(m_vault->tokens(), liveId));
        QCOMPARE(m_vault->tokens().last().state, StoredToken::State::Pending);

        if (otherProcess) {
            maker.kill();
            QVERIFY(maker.waitForFinished(10000));
        } else {
            QVERIFY(m_vault->leavePending(pending.value()).ok()); // the outcome is unknown: given up
        }
        QVERIFY(m_vault->reconcile(kEnv, kUser, list).ok());
        const auto entry = findById(m_vault->tokens(), liveId);
        QVERIFY(entry);
        QCOMPARE(entry->state, StoredToken::State::FlaggedForRevocation);
    }

    // Forgetting a creation's record dismisses it: allowed once its maker has given it up or died, refused while the
    // maker still runs (another process's in-flight creation is not this one's to drop), and no keychain item goes.
    void forgettingAPendingCreationDismissesItOnlyOnceItsMakerIsGone()
    {
        CreateTokenRequest request;
        request.label = QStringLiteral("unanswered-") + newTokenId();
        request.scope = {QStringLiteral("wallet_view_all")};
        const Result<QString> pending = m_vault->recordPending(kEnv, kUser, request);
        QVERIFY(pending.ok());
        const auto record = [&]() -> std::optional<StoredToken> {
            const QList<StoredToken> all = m_vault->tokens();
            for (const StoredToken &t : all) {
                if (t.pendingId == pending.value())
                    return t;
            }
            return std::nullopt;
        };
        QVERIFY(record());
        // A stored token of this account: a dismissal that touched the keychain by the record's (empty) token id
        // would be the wrong item to go.
        const QString keptId = newTokenId();
        const auto stored = storeNew(QStringLiteral("kept"), created(QStringLiteral("kept"), newSecret(), keptId));
        QVERIFY(stored && stored->ok());

        const auto forget = [&]() {
            return waitFor<Done>([&](QObject *c, Callback<Done> d) { m_vault->forget(*record(), c, std::move(d)); });
        };
        auto refused = forget(); // its maker, this process, still runs
        QVERIFY(refused && !refused->ok());
        QVERIFY2(refused->error().message.contains(request.label), qPrintable(refused->error().message));
        QVERIFY(record());

        QVERIFY(m_vault->leavePending(pending.value()).ok());
        auto dismissed = forget();
        QVERIFY(dismissed && dismissed->ok());
        QVERIFY(!record());
        const auto keptEntry = findById(m_vault->tokens(), keptId);
        QVERIFY(keptEntry);
        const auto secret = waitFor<SecretBytes>(
            [&](QObject *c, Callback<SecretBytes> d) { m_vault->readSecret(*keptEntry, c, std::move(d)); });
        QVERIFY(secret && secret->ok());
    }

    void pendingCreationWhoseSecretLandedIsStoredAfterReconcile()
    {
        // The process died between the keychain write and the index write.
        const QByteArray secret = newSecret();
        const QString id = newTokenId();
        CreateTokenRequest request;
        request.label = QStringLiteral("landed-") + id;
        request.scope = {QStringLiteral("wallet_view_all")};
        const Result<QString> pending = m_vault->recordPending(kEnv, kUser, request);
        QVERIFY(pending.ok());
        setOwner(pending.value(), endedProcess());
        QVERIFY(waitFor<Done>([&](QObject *c, Callback<Done> d) {
                    m_store.write(kEnv + u'/' + kUser + u'/' + id, SecretBytes(secret), kTimeout, c, std::move(d));
                })->ok());
        TokenList list;
        list.tokens.append(serverToken(id, request.label, QDateTime::currentDateTimeUtc()));
        const auto flagged = waitFor<int>(
            [&](QObject *c, const Callback<int> &d) { m_vault->reconcileWithKeychain(kEnv, kUser, list, c, d); });
        QVERIFY(flagged && flagged->ok());
        QVERIFY(findById(m_vault->tokens(), id)->state == StoredToken::State::Stored);
    }

    // A creation whose keychain write is still in flight is not "pending but live": a reconcile then (the keyring
    // daemon stopped, so the write cannot finish) leaves the entry alone, and once the write lands it is Stored.
    void reconcileLeavesACreationBeingStoredAlone()
    {
        CreateTokenRequest request;
        request.label = QStringLiteral("storing-") + newTokenId();
        request.scope = {QStringLiteral("wallet_view_all")};
        const Result<QString> pending = m_vault->recordPending(kEnv, kUser, request);
        QVERIFY(pending.ok());
        const CreatedToken token = created(request.label, newSecret());
        TokenList list;
        list.tokens.append(serverToken(token.token.id, request.label, token.token.created));
        std::optional<Result<Done>> stored;
        QObject context;
        {
            StoppedKeyring stopped(keyringDaemonPid());
            QVERIFY(stopped.ok());
            m_vault->storeCreated(pending.value(), token, &context, [&stored](const Result<Done> &r) { stored = r; });
            QVERIFY(m_vault->reconcile(kEnv, kUser, list).ok());
            QVERIFY(!stored.has_value()); // the write waits for the stopped daemon
            const auto during = findById(m_vault->tokens(), token.token.id);
            QVERIFY(during);
            QVERIFY2(during->state == StoredToken::State::Pending, "flagged while its store was in flight");
        }
        QVERIFY(QTest::qWaitFor([&stored] { return stored.has_value(); }, 60000));
        QVERIFY(stored->ok());
        QVERIFY(m_vault->reconcile(kEnv, kUser, list).ok());
        const auto after = findById(m_vault->tokens(), token.token.id);
        QVERIFY(after);
        QVERIFY(after->state == StoredToken::State::Stored);
    }

    void markCopiedRecordsTheTime()
    {
        const CreatedToken token = created(QStringLiteral("copied"), newSecret());
        QVERIFY(storeNew(QStringLiteral("copied"), token)->ok());
        const auto entry = findById(m_vault->tokens(), token.token.id);
        QVERIFY(!entry->lastCopied.isValid());
        QVERIFY(m_vault->markCopied(*entry).ok());
        QVERIFY(findById(m_vault->tokens(), token.token.id)->lastCopied.isValid());
    }

    void sessionIsKeptInTheKeychainUntilItExpires_data()
    {
        QTest::addColumn<int>("expiresInSeconds");
        QTest::addColumn<bool>("restored");
        QTest::newRow("still valid") << 3600 << true;
        QTest::newRow("expired") << -10 << false;
    }
    void sessionIsKeptInTheKeychainUntilItExpires()
    {
        QFETCH(int, expiresInSeconds);
        QFETCH(bool, restored);
        const QString username =
            QStringLiteral("Alice-") + QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral("@example.com");
        SessionSecrets secrets;
        secrets.token = SecretBytes(newSecret());
        secrets.ecdhXprv = SecretBytes(newSecret());
        secrets.expires = QDateTime::currentDateTimeUtc().addSecs(expiresInSeconds);
        secrets.baseUrl = QUrl(QStringLiteral("https://bitgo.example:8443"));
        SignedInSession session;
        session.user.id = kUser;
        session.user.username = username;
        session.scope = {QStringLiteral("all")};
        session.expires = secrets.expires;
        QVERIFY(waitFor<Done>([&](QObject *c, Callback<Done> d) {
                    m_vault->storeSession(kEnv, username, secrets, session, c, std::move(d));
                })->ok());

        const auto loaded = waitFor<std::pair<SessionSecrets, SignedInSession>>(
            [&](QObject *c, Callback<std::pair<SessionSecrets, SignedInSession>> d) {
                m_vault->loadSession(kEnv, username.toUpper(), c, std::move(d));
            });
        QVERIFY(loaded);
        QCOMPARE(loaded->ok(), restored);
        if (restored) {
            QVERIFY(loaded->value().first.token == secrets.token);
            QVERIFY(loaded->value().first.ecdhXprv == secrets.ecdhXprv);
            // The server it was issued by travels with it: the client restores it only for that server.
            QCOMPARE(loaded->value().first.baseUrl, secrets.baseUrl);
            QCOMPARE(loaded->value().second.user.id, kUser);
            QVERIFY(waitFor<Done>([&](QObject *c, Callback<Done> d) {
                        m_vault->forgetSession(kEnv, username, c, std::move(d));
                    })->ok());
        }
        const auto gone = waitFor<std::pair<SessionSecrets, SignedInSession>>(
            [&](QObject *c, Callback<std::pair<SessionSecrets, SignedInSession>> d) {
                m_vault->loadSession(kEnv, username, c, std::move(d));
            });
        QVERIFY(gone && !gone->ok());
        QVERIFY(gone->error().kind == ErrorKind::NotFound);
    }

    // Last: nothing this test stored as a secret may be found in the index directory.
    void noSecretReachedTheIndexFiles()
    {
        QVERIFY(m_secretsUsed.size() >= 5);
        // Positive control: the scan finds a secret planted on purpose in the same tree.
        const QString planted = m_dir.filePath(QStringLiteral("data/planted.txt"));
        QFile file(planted);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_secretsUsed.constFirst());
        file.close();
        QCOMPARE(scanForSecrets(m_secretsUsed, {m_dir.path()}).size(), 1);
        QVERIFY(QFile::remove(planted));
        const QList<SecretHit> hits = scanForSecrets(m_secretsUsed, {m_dir.path()});
        QVERIFY2(hits.isEmpty(), qPrintable(describe(hits)));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "TestVault.moc"
