// The creation workflow that the editor, the CLI and rotation share, against the real sandbox (HTTP over loopback)
// and the real keychain of the private test session: its steps, and for every way it can end, what is left on the
// server, in the index and in the keychain.

#include "ControlledSecretStore.h"
#include "SandboxProcess.h"
#include "VaultTestUtil.h"

#include "creation/TokenCreation.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenIndex.h"
#include "vault/Vault.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace bgtm;
using bgtm::test::SandboxProcess;

namespace {

constexpr int kDeadline = 30000; // generous: the machine is shared; never a timing assertion
const QString kService = QStringLiteral("bgtm-creation-test");
const QString kTokenPath = QStringLiteral("/api/v1/user/accesstoken");

} // namespace

class TestTokenCreation : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    QNetworkAccessManager m_network;
    KeychainSecretStore m_keychain {kService};
    std::unique_ptr<test::ControlledSecretStore> m_store;
    std::unique_ptr<TokenIndex> m_index;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<BitGoClient> m_client;
    std::unique_ptr<TokenCreation> m_creation;
    QList<CreationStep> m_steps;
    QString m_environmentId;
    QString m_userId;
    int m_baseline = 0; ///< live tokens on the sandbox before the test (earlier tests leave theirs)

    static CreateTokenRequest requestLabelled(const QString &label)
    {
        CreateTokenRequest request;
        request.label = label;
        request.scope = {QStringLiteral("wallet_view_all")};
        request.durationSeconds = 3600;
        request.otp = QLatin1String(SandboxProcess::demoOtp);
        return request;
    }

    /// Runs `start` (which starts or resumes m_creation with the callback it is given) until the outcome.
    std::optional<CreationOutcome> run(const std::function<void(CreationCallback)> &start)
    {
        std::optional<CreationOutcome> outcome;
        start([&outcome](CreationOutcome o) { outcome = std::move(o); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, kDeadline))
            return std::nullopt;
        return outcome;
    }

    std::optional<CreationOutcome> create(const QString &label, CreationPolicy policy = {})
    {
        return run(
            [&](CreationCallback done) { m_creation->start(requestLabelled(label), policy, this, std::move(done)); });
    }

    /// A client of the demo account on the sandbox, signed in; null when signing in failed.
    std::unique_ptr<BitGoClient> signedInClient(const BitGoClient::Options &options = {})
    {
        const Environment environment = Environment::sandbox(m_sandbox.baseUrl(), m_sandbox.serverXpub());
        auto client = std::make_unique<BitGoClient>(&m_network, environment, options);
        std::optional<bool> signedIn;
        client->login(QLatin1String(SandboxProcess::demoUsername),
                      SecretBytes(QByteArray(SandboxProcess::demoPassword)), QLatin1String(SandboxProcess::demoOtp),
                      this, [&](const Result<SignedInSession> &r) { signedIn = r.ok(); });
        if (!QTest::qWaitFor([&] { return signedIn.has_value(); }, kDeadline) || !*signedIn)
            return nullptr;
        return client;
    }

    /// The account's complete token list; empty when it could not be read whole.
    std::optional<TokenList> listTokens()
    {
        std::optional<Result<TokenList>> list;
        m_client->listTokens(this, [&list](Result<TokenList> l) { list = std::move(l); });
        if (!QTest::qWaitFor([&] { return list.has_value(); }, kDeadline) || !list->ok() || !list->value().complete)
            return std::nullopt;
        return list->value();
    }

    bool revoke(const QString &tokenId)
    {
        std::optional<bool> revoked;
        m_client->revokeToken(tokenId, this, [&revoked](const Result<AccessToken> &r) { revoked = r.ok(); });
        return QTest::qWaitFor([&] { return revoked.has_value(); }, kDeadline) && *revoked;
    }

    [[nodiscard]] std::optional<StoredToken> entryFor(const QString &tokenId) const
    {
        for (const StoredToken &t : m_vault->tokens())
            if (t.tokenId == tokenId)
                return t;
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::inTestSession(), test::kNotInSession);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }

    void init()
    {
        QVERIFY(m_sandbox.clearFaults());
        m_creation.reset();
        m_vault.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<test::ControlledSecretStore>(&m_keychain);
        m_index = std::make_unique<TokenIndex>(m_dir->filePath(QStringLiteral("tokens.json")));
        QVERIFY(m_index->load().ok());
        m_vault = std::make_unique<Vault>(m_store.get(), m_index.get(), std::chrono::milliseconds(8000));
        m_client = signedInClient();
        QVERIFY(m_client);
        m_environmentId = m_client->environment().id;
        m_userId = m_client->session().user.id;
        m_creation = std::make_unique<TokenCreation>(m_client.get(), m_vault.get(), m_environmentId, m_userId);
        m_steps.clear();
        connect(m_creation.get(), &TokenCreation::stepStarted, this, [this](CreationStep s) { m_steps.append(s); });
        m_baseline = m_sandbox.liveTokenCount();
    }

    void aCreationChecksNotesCreatesAndStoresInThatOrder()
    {
        const auto outcome = create(QStringLiteral("plain"));
        QVERIFY(outcome);
        QCOMPARE(m_steps,
                 (QList<CreationStep> {CreationStep::CheckKeychain, CreationStep::RecordPending, CreationStep::Create,
                                       CreationStep::Store, CreationStep::Finished}));
        QVERIFY(outcome->created() && outcome->stored && outcome->replyVerified);
        QVERIFY(!outcome->mustHandOver() && !outcome->mayHaveBeenCreated);
        QVERIFY(outcome->surplusRevoked.isEmpty() && outcome->surplusCandidates.isEmpty());
        QCOMPARE(m_sandbox.liveTokenCount(), m_baseline + 1);
        const std::optional<StoredToken> entry = entryFor(outcome->token->id);
        QVERIFY(entry);
        QCOMPARE(entry->state, StoredToken::State::Stored);
        QVERIFY(entry->owner.isNobody());
        const auto lookup = test::secretToolLookup(entry->keychainKey(), kService);
        QCOMPARE(lookup.exitCode, 0);
        QVERIFY2(m_creation->secret() && lookup.value == m_creation->secret()->bytes(),
                 "the keychain holds another secret than the one created");
    }

    void aRefusalLeavesNothingAnywhere()
    {
        CreateTokenRequest request = requestLabelled(QStringLiteral("refused"));
        request.otp = QStringLiteral("1111111"); // not the sandbox's code
        const auto outcome =
            run([&](CreationCallback done) { m_creation->start(request, CreationPolicy(), this, std::move(done)); });
        QVERIFY(outcome);
        QCOMPARE(outcome->failedStep, CreationStep::Create);
        QVERIFY(outcome->error && !outcome->created() && !outcome->mayHaveBeenCreated);
        QVERIFY(m_vault->tokens().isEmpty());
        QCOMPARE(m_sandbox.liveTokenCount(), m_baseline);
    }

    void anUnansweredCreateIsFlaggedByTheNextListAndCanBeRevoked_data()
    {
        QTest::addColumn<QString>("how");
        // An edge's error page after the backend committed.
        QTest::newRow("commit, then 502") << QStringLiteral("commit-then-502");
        QTest::newRow("commit, then 504") << QStringLiteral("commit-then-504");
        // The reply is held longer than the client waits.
        QTest::newRow("timeout") << QStringLiteral("timeout");
        // The user cancels once the server has the token, before its reply arrived.
        QTest::newRow("cancel after send") << QStringLiteral("cancel");
    }

    void anUnansweredCreateIsFlaggedByTheNextListAndCanBeRevoked()
    {
        QFETCH(QString, how);
        const QString label = QStringLiteral("unanswered ") + how;
        // Someone else's token with the same label (another scope), made at the same moment: never flagged here.
        QJsonObject other;
        QVERIFY(!m_sandbox
                     .createTokenDirect({{QStringLiteral("label"), label},
                                         {QStringLiteral("scope"),
                                          QJsonArray {QStringLiteral("wallet_view_all"), QStringLiteral("openid")}}},
                                        &other)
                     .isEmpty());
        const int before = m_sandbox.liveTokenCount();
        if (how.startsWith(QLatin1String("commit-then-"))) {
            QVERIFY(
                m_sandbox.setFault(how, {{QStringLiteral("count"), 1}, {QStringLiteral("pathPrefix"), kTokenPath}}));
        } else {
            QVERIFY(m_sandbox.setFault(QStringLiteral("latency"),
                                       {{QStringLiteral("count"), 1},
                                        {QStringLiteral("pathPrefix"), kTokenPath},
                                        {QStringLiteral("latencyMs"), 20000}}));
        }
        // The timeout row creates through a client that waits 1.5 s for the reply the sandbox holds for 20 s.
        std::unique_ptr<BitGoClient> quick;
        std::unique_ptr<TokenCreation> quickCreation;
        TokenCreation *creation = m_creation.get();
        if (how == QLatin1String("timeout")) {
            BitGoClient::Options options;
            options.transferTimeout = std::chrono::milliseconds(1500);
            options.totalDeadline = std::chrono::milliseconds(1500);
            quick = signedInClient(options);
            QVERIFY(quick);
            quickCreation = std::make_unique<TokenCreation>(quick.get(), m_vault.get(), m_environmentId, m_userId);
            creation = quickCreation.get();
        }
        std::optional<CreationOutcome> outcome;
        creation->start(requestLabelled(label), CreationPolicy(), this,
                        [&outcome](CreationOutcome o) { outcome = std::move(o); });
        if (how == QLatin1String("cancel")) {
            QVERIFY(QTest::qWaitFor([&] { return m_sandbox.liveTokenCount() == before + 1; }, kDeadline));
            creation->cancel();
        }
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, kDeadline));
        QVERIFY(m_sandbox.clearFaults());
        QCOMPARE(outcome->failedStep, CreationStep::Create);
        QVERIFY(outcome->mayHaveBeenCreated && !outcome->created());
        QCOMPARE(m_sandbox.liveTokenCount(), before + 1);
        // The record stays, given up by this process so that any list (here or in another process) settles it.
        QCOMPARE(m_vault->tokens().size(), 1);
        QCOMPARE(m_vault->tokens().first().state, StoredToken::State::Pending);
        QVERIFY(m_vault->tokens().first().owner.isNobody());

        // The next complete list flags the token the create made, and only that one.
        const auto list = listTokens();
        QVERIFY(list);
        QVERIFY(m_vault->reconcile(m_environmentId, m_userId, *list).ok());
        const QList<StoredToken> tokens = m_vault->tokens();
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(tokens.first().state, StoredToken::State::FlaggedForRevocation);
        QVERIFY(tokens.first().tokenId != other.value(QStringLiteral("id")).toString());

        // Revoked, nothing live is left that nobody knows about: only the other token stays.
        QVERIFY(revoke(tokens.first().tokenId));
        QCOMPARE(m_sandbox.liveTokenCount(), before);
    }

    void aLookAlikeMadeAtTheSameMomentMakesTheCreationTheUsersToDecide()
    {
        const QString label = QStringLiteral("look-alike");
        QVERIFY(m_sandbox.setFault(QStringLiteral("commit-then-502"),
                                   {{QStringLiteral("count"), 1}, {QStringLiteral("pathPrefix"), kTokenPath}}));
        const auto outcome = create(label);
        QVERIFY(outcome && outcome->mayHaveBeenCreated);
        // Another machine makes exactly the same token a moment later: same label, scopes, lifetime.
        QJsonObject other;
        QVERIFY(!m_sandbox.createTokenDirect({{QStringLiteral("label"), label}}, &other).isEmpty());
        const QString otherId = other.value(QStringLiteral("id")).toString();

        // Two look-alikes for a creation that may have made one: neither is flagged, both are named.
        const auto list = listTokens();
        QVERIFY(list);
        QVERIFY(m_vault->reconcile(m_environmentId, m_userId, *list).ok());
        QCOMPARE(m_vault->tokens().size(), 1);
        const StoredToken record = m_vault->tokens().first();
        QCOMPARE(record.state, StoredToken::State::Pending);
        QCOMPARE(record.candidates.size(), 2);
        QVERIFY(record.candidates.contains(otherId));
        const QString ours = record.candidates.at(record.candidates.at(0) == otherId ? 1 : 0);

        // The user revokes theirs: the other one is still never taken for ours.
        QVERIFY(revoke(ours));
        QVERIFY(m_vault->reconcile(m_environmentId, m_userId, *listTokens()).ok());
        QCOMPARE(m_vault->tokens().size(), 1);
        QCOMPARE(m_vault->tokens().first().state, StoredToken::State::Pending);
        QCOMPARE(m_vault->tokens().first().candidates, QStringList {otherId});

        // Once no look-alike is live the record means nothing and goes.
        QVERIFY(revoke(otherId));
        QVERIFY(m_vault->reconcile(m_environmentId, m_userId, *listTokens()).ok());
        QVERIFY(m_vault->tokens().isEmpty());
    }

    void anUnstorableTokenIsHandedOverThenStoredOnRetry()
    {
        m_store->failing = true;
        CreationPolicy policy;
        policy.storeAttempts = 2;
        policy.storeRetryDelay = std::chrono::milliseconds(10);
        const auto outcome = create(QStringLiteral("unstorable"), policy);
        QVERIFY(outcome);
        QCOMPARE(m_steps.count(CreationStep::Store), 2);
        QVERIFY(outcome->created() && !outcome->stored && outcome->storeError);
        QVERIFY(outcome->mustHandOver());
        QVERIFY(m_creation->secret() && !m_creation->secret()->isEmpty());
        QCOMPARE(entryFor(outcome->token->id)->state, StoredToken::State::StoreFailed);
        QCOMPARE(m_sandbox.liveTokenCount(), m_baseline + 1);

        m_store->failing = false;
        const auto retried = run([&](CreationCallback done) { m_creation->retryStore(this, std::move(done)); });
        QVERIFY(retried);
        QVERIFY(retried->stored && !retried->mustHandOver() && !retried->storeError);
        const StoredToken entry = *entryFor(outcome->token->id);
        QCOMPARE(entry.state, StoredToken::State::Stored);
        const auto lookup = test::secretToolLookup(entry.keychainKey(), kService);
        QCOMPARE(lookup.exitCode, 0);
        QVERIFY2(lookup.value == m_creation->secret()->bytes(), "the retried write stored another secret");
    }

    void anUnstorableTokenIsRevokedAndForgottenWhenThePolicySaysSo()
    {
        m_store->failing = true;
        CreationPolicy policy;
        policy.onStoreFailure = StoreFailurePolicy::Revoke;
        const auto outcome = create(QStringLiteral("revoke-unstorable"), policy);
        QVERIFY(outcome);
        QVERIFY(m_steps.contains(CreationStep::RevokeUnstored));
        QVERIFY(outcome->created() && !outcome->stored && outcome->revokedUnstored && !outcome->revokeError);
        QVERIFY(!outcome->mustHandOver());
        QVERIFY(m_creation->secret()->isEmpty());
        QCOMPARE(m_sandbox.liveTokenCount(), m_baseline);
        QVERIFY(QTest::qWaitFor([&] { return !entryFor(outcome->token->id); }, kDeadline));
    }

    void cancelWhileTheKeychainIsSilentSendsNothing()
    {
        m_store->holdingCanary = true;
        std::optional<CreationOutcome> outcome;
        m_creation->start(requestLabelled(QStringLiteral("cancelled")), CreationPolicy(), this,
                          [&outcome](CreationOutcome o) { outcome = std::move(o); });
        QCOMPARE(m_steps, QList<CreationStep> {CreationStep::CheckKeychain});
        m_creation->cancel();
        QVERIFY(outcome);
        QCOMPARE(outcome->failedStep, CreationStep::CheckKeychain);
        QCOMPARE(outcome->error->kind, ErrorKind::Cancelled);
        // The keychain answers late: nothing follows from it. A keychain check started after the late one has its
        // steps answered after the late one's (one D-Bus connection, one secret service, in order).
        m_store->holdingCanary = false;
        m_store->release();
        const auto after =
            test::waitFor<Done>([&](QObject *c, Callback<Done> d) { m_vault->checkUsable(c, std::move(d)); });
        QVERIFY(after && after->ok());
        QCOMPARE(m_steps, QList<CreationStep> {CreationStep::CheckKeychain});
        QVERIFY(m_vault->tokens().isEmpty());
        QCOMPARE(m_sandbox.liveTokenCount(), m_baseline);
    }

    void aSilentResendsExtraTokenIsRevokedAndTheOneStoredStays()
    {
        // The connection closes after the server committed; Qt sends the POST again and a second token is made.
        QVERIFY(m_sandbox.setFault(QStringLiteral("close-after-commit"),
                                   {{QStringLiteral("count"), 1}, {QStringLiteral("pathPrefix"), kTokenPath}}));
        const auto outcome = create(QStringLiteral("resent"));
        QVERIFY(outcome);
        QVERIFY(outcome->created() && outcome->stored);
        QCOMPARE(outcome->surplusRevoked.size(), 1);
        QVERIFY(!outcome->surplusRevoked.contains(outcome->token->id));
        QVERIFY(outcome->surplusCandidates.isEmpty() && outcome->surplusNotRevoked.isEmpty());
        QVERIFY(m_steps.contains(CreationStep::RevokeSurplus));
        QCOMPARE(m_sandbox.liveTokenCount(), m_baseline + 1);
        QCOMPARE(entryFor(outcome->token->id)->state, StoredToken::State::Stored);
    }
};

QTEST_GUILESS_MAIN(TestTokenCreation)
#include "TestTokenCreation.moc"
