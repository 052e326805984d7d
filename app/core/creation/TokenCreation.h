#pragma once

#include "model/Result.h"
#include "net/BitGoClient.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>

namespace bgtm {

class Vault;

/// The steps of a creation, in order. Nothing is sent before the keychain proved it can hold the token and the
/// creation is noted in the index, so that a token the server makes is never without a trace here.
enum class CreationStep {
    CheckKeychain,  ///< the vault's canary: the keychain can hold the new token
    RecordPending,  ///< the creation is noted in the index (owned by this process) before the server is asked
    Create,         ///< one POST; BitGo shows the token once
    Store,          ///< written to the keychain and read back (again after a failed attempt, as the policy says)
    RevokeUnstored, ///< the keychain could not hold it and the policy says revoke
    RevokeSurplus,  ///< tokens that a silent resend of the POST certainly made (one per extra send)
    Finished,
};

/// What to do when the keychain cannot store a token the server made (BitGo never shows it again).
enum class StoreFailurePolicy {
    HandOver, ///< keep it for the front end to show or print once (the app also offers retryStore())
    Revoke,   ///< revoke it and forget its index entry; when revoking fails too, hand it over after all
};

struct CreationPolicy {
    int storeAttempts = 1; ///< keychain writes tried before the policy applies
    std::chrono::milliseconds storeRetryDelay {1000};
    StoreFailurePolicy onStoreFailure = StoreFailurePolicy::HandOver;
};

/// Where a creation ended (or how far it got, while it runs: TokenCreation::progress()).
struct CreationOutcome {
    CreationStep failedStep = CreationStep::Finished; ///< Finished: the token was made (stored or not, see below)
    std::optional<Error> error;                       ///< why failedStep failed
    /// The POST went out and no trustworthy answer came (a 502/504 after the backend committed, a lost
    /// connection, a timeout, Cancel): the token may exist. Its pending record stays in the index, given up by
    /// this process, and the next complete list flags a token of its shape for revocation.
    bool mayHaveBeenCreated = false;
    std::optional<AccessToken> token; ///< as the server made it; empty when it made nothing known
    bool replyVerified = false;       ///< false on the raw-bearer downgrade path
    bool stored = false;              ///< in the keychain and read back
    std::optional<Error> storeError;  ///< the last failed keychain write (also while attempts remain)
    bool revokedUnstored = false;     ///< could not be stored, revoked as the policy asked, forgotten here
    std::optional<Error> revokeError; ///< revoking the unstored token failed: it is handed over
    QStringList surplusRevoked;       ///< tokens a silent resend made, revoked
    QStringList surplusNotRevoked;    ///< tokens a silent resend made that could not be revoked
    /// After a resend: live tokens of the new one's shape that may be someone else's. Never revoked here; the user
    /// decides.
    QStringList surplusCandidates;
    bool surplusUnchecked = false; ///< sent more than once, and the list to check could not be read

    [[nodiscard]] bool created() const { return token.has_value(); }
    /// The secret left this process's care: not stored and not revoked, so the front end must show or print it.
    [[nodiscard]] bool mustHandOver() const { return created() && !stored && !revokedUnstored; }
};

using CreationCallback = std::function<void(CreationOutcome)>;

/// One creation as an asynchronous state machine over the signed-in client and the vault:
/// checkUsable → recordPending → create (one POST) → storeCreated (read back, retried as the policy says) →
/// [revoke when unstorable and asked] → revoke the surplus a silent resend certainly made.
/// The editor, the CLI and rotation run it and only present its steps and outcome. It never revokes or flags a
/// token it did not make: the surplus it revokes is one token per extra send found in a complete list; any other
/// look-alike is reported as a candidate.
class TokenCreation : public QObject
{
    Q_OBJECT
public:
    TokenCreation(BitGoClient *client, Vault *vault, QString environmentId, QString userId, QObject *parent = nullptr);
    ~TokenCreation() override;

    /// Creates `request` (its one-time code is cleared once sent); `done` runs once (not after `context` is gone).
    void start(CreateTokenRequest request, CreationPolicy policy, QObject *context, CreationCallback done);
    /// Stops waiting: before anything was sent the creation ends at its step with Cancelled and nothing on the
    /// server; a POST in flight is cancelled (the outcome says whether the token may exist). A keychain write
    /// cannot be stopped and is waited for.
    void cancel();
    /// After an outcome that must be handed over: writes the same token to the keychain once more.
    void retryStore(QObject *context, CreationCallback done);
    /// After an outcome that must be handed over: revokes the token on the server and forgets it here.
    void revokeUnstored(QObject *context, CreationCallback done);

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const CreationOutcome &progress() const { return m_outcome; }
    /// The token's secret once the server made it, until clearSecret() or a revoke; null before.
    [[nodiscard]] const SecretBytes *secret() const { return m_created ? &m_created->secret : nullptr; }
    void clearSecret();
    /// Hands the secret over (an outcome that must be handed over): this object keeps no copy.
    [[nodiscard]] SecretBytes takeSecret();
    [[nodiscard]] const CreateTokenRequest &request() const { return m_request; }

Q_SIGNALS:
    void stepStarted(bgtm::CreationStep step);

private:
    void enter(CreationStep step);
    void checkKeychain();
    void recordPending();
    void create();
    void store(int attempt);
    void storeFailed();
    void revokeUnstoredToken();
    void settleSurplus();
    void revokeSurplus(QStringList ids);
    void fail(CreationStep step, const Error &error);
    void report();
    [[nodiscard]] bool resume(QObject *context, CreationCallback done);

    BitGoClient *m_client;
    Vault *m_vault;
    QString m_environmentId;
    QString m_userId;
    CreateTokenRequest m_request;
    CreationPolicy m_policy;
    QString m_pendingId;
    CreationStep m_step = CreationStep::Finished;
    CallHandle m_call;
    /// Bumped by cancel(): a keychain answer of an earlier generation is stale.
    int m_generation = 0;
    std::optional<CreatedToken> m_created; ///< the server's answer, secret included
    CreationOutcome m_outcome;
    bool m_surplusSettled = false; ///< a resend's surplus is revoked or reported once per creation
    QPointer<QObject> m_context;
    CreationCallback m_done;
    bool m_running = false;
};

} // namespace bgtm

Q_DECLARE_METATYPE(bgtm::CreationStep)
