#pragma once

#include "StoredToken.h"

#include "model/CreatedToken.h"
#include "model/Result.h"
#include "model/Session.h"

#include "SecretBytes.h"
#include "SecretStore.h"

#include <QObject>

#include <chrono>
#include <memory>

namespace bgtm {

class TokenIndex;

/// Where tokens live after BitGo shows them once: secrets in the OS keychain (via SecretStore),
/// metadata in the versioned local index (TokenIndex). Order of operations loses nothing:
/// checkUsable → recordPending → (server creates) → storeCreated (write + read back) → entry complete.
/// Every keychain wait has the vault's own timeout; a timed-out job is left alive and results are read back
/// before any retry.
class Vault : public QObject
{
    Q_OBJECT
public:
    /// `index` is loaded by its owner, who reports a failure (start-up reads it once: TokenIndex::load()).
    Vault(SecretStore *store, TokenIndex *index, std::chrono::milliseconds keychainTimeout, QObject *parent = nullptr);
    ~Vault() override;

    /// Write, read back and delete a canary: proves the keychain can hold a new token. Call before creating.
    void checkUsable(QObject *context, Callback<Done> done);
    /// Whether the keychain can take a new token, found without a system prompt: the backend's own state, then (when
    /// it says ready) a read of the vault's canary. Updates keychainStatus().
    void checkKeychain(QObject *context, Callback<KeychainStatus> done);
    /// The one call meant to raise the system's unlock prompt, for the user's "Unlock keychain": waits up to
    /// `timeout` for them, then checkKeychain().
    void unlockKeychain(std::chrono::milliseconds timeout, QObject *context, Callback<KeychainStatus> done);
    /// The last state seen by checkKeychain(), unlockKeychain() or presence(); Unchecked until then.
    [[nodiscard]] KeychainStatus keychainStatus() const;

    /// Step 2: note in the index that a creation is about to be asked for. Returns the pending id.
    Result<QString> recordPending(const QString &environmentId, const QString &userId,
                                  const CreateTokenRequest &request);
    /// Step 3: store the secret of a created token, read it back, then mark the entry Stored.
    /// On failure the entry becomes StoreFailed and `token.secret` is untouched: the caller still holds it.
    void storeCreated(const QString &pendingId, const CreatedToken &token, QObject *context, Callback<Done> done);
    /// A pending creation that was abandoned (server refused): drop the pending record.
    Status dropPending(const QString &pendingId);
    /// A pending creation whose outcome is unknown (the request went out, no trustworthy answer came): this process
    /// gives the record up, and the next complete list settles it (flagged when a token of its shape is live).
    /// `mayHaveMade`: how many tokens it may have made (Error::requestsSent).
    Status leavePending(const QString &pendingId, int mayHaveMade = 1);

    /// Store a token the user already has. `verified` false stores it as Unverified with `metadata` as entered.
    void importToken(const StoredToken &metadata, const SecretBytes &secret, bool verified, QObject *context,
                     Callback<Done> done);

    [[nodiscard]] QList<StoredToken> tokens() const; ///< from the index only; never touches the keychain
    [[nodiscard]] QList<StoredToken> tokens(const QString &environmentId, const QString &userId) const;

    void readSecret(const StoredToken &token, QObject *context, Callback<SecretBytes> done);
    /// Never prompts: a keychain that says it is locked answers KeychainLocked without being read.
    void presence(const StoredToken &token, QObject *context, Callback<SecretPresence> done);
    /// Keychain item and index entry. Separate from revoke (which is server, then forget).
    void forget(const StoredToken &token, QObject *context, Callback<Done> done);
    Status markCopied(const StoredToken &token);

    /// After a complete, successful server list: revoked/expired marks, pending reconciliation
    /// (a live token whose secret is nowhere becomes FlaggedForRevocation). Never deletes metadata.
    Status reconcile(const QString &environmentId, const QString &userId, const TokenList &serverList);
    /// reconcile(), then reads the keychain for every entry it flagged: a secret that is there after all
    /// (the process died between the keychain write and the index write) makes the entry Stored again.
    /// The number of entries left FlaggedForRevocation is reported.
    void reconcileWithKeychain(const QString &environmentId, const QString &userId, const TokenList &serverList,
                               QObject *context, const Callback<int> &done);

    /// Session token (+ ECDH key) kept until it expires so a restarted app or the next CLI call reuses it.
    void storeSession(const QString &environmentId, const QString &username, const SessionSecrets &secrets,
                      const SignedInSession &session, QObject *context, Callback<Done> done);
    void loadSession(const QString &environmentId, const QString &username, QObject *context,
                     Callback<std::pair<SessionSecrets, SignedInSession>> done);
    void forgetSession(const QString &environmentId, const QString &username, QObject *context, Callback<Done> done);

Q_SIGNALS:
    void keychainStatusChanged(const bgtm::KeychainStatus &status);
    /// The index changed on disk (another process) or in memory.
    void tokensChanged();

private:
    void noteKeychainStatus(const KeychainStatus &status);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace bgtm
