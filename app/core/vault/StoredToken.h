#pragma once

#include "app/ProcessIdentity.h"
#include "model/AccessToken.h"
#include "model/CreateTokenRequest.h"

#include <QDateTime>
#include <QString>

namespace bgtm {

/// What this machine knows about a token: metadata only, never the secret. One entry of the index.
struct StoredToken {
    enum class State {
        Pending,     ///< creation asked of the server; the secret has not been stored yet
        Stored,      ///< secret written to the keychain and read back
        Unverified,  ///< imported, but the session call was refused (e.g. IP-restricted): what the user entered
        StoreFailed, ///< the server created it, the keychain write failed; the user must act
        FlaggedForRevocation, ///< live on the server, secret nowhere (from reconciliation)
        RevokedOnServer,      ///< a complete server list lacks it while its expiry is ahead
        Expired,
    };

    QString environmentId;
    QString userId;
    QString tokenId;   ///< empty while Pending
    QString pendingId; ///< local id of a pending creation (uuid); empty once complete
    /// Pending only: the process still making this creation. Reconciles leave the record alone while it lives;
    /// nobody once it gave the record up (Vault::leavePending) or when it died.
    ProcessIdentity owner;
    /// Pending only: how many tokens the creation may have made (one per send of the POST; Qt resends on its own).
    int mayHaveMade = 1;
    /// Pending only: live look-alikes found by a list, more of them than the creation may have made, so some are
    /// someone else's and nothing tells which. Never flagged; the user decides.
    QStringList candidates;
    QString label;
    QStringList scope;
    QList<SpendingLimit> spendingLimits;
    std::optional<Erc20Limit> allErc20TokensLimit;
    QStringList ipRestrict;
    QString enterprise;
    bool admin = false;
    QString adminScope;
    QDateTime created;
    QDateTime expires;
    QDateTime storedAt;
    QDateTime lastCopied;
    State state = State::Pending;

    /// Keychain key: `<environment id>/<user id>/<token id>` (service `bitgo-token-manager`).
    [[nodiscard]] QString keychainKey() const;
};

/// Whether the secret is on this machine, checked on demand (canary first: a locked keyring reads "not found").
enum class SecretPresence { InKeychain, NotOnThisMachine, KeychainLocked };

} // namespace bgtm
