#pragma once

#include "model/AccessToken.h"

#include "SecretBytes.h"

#include <QDateTime>
#include <QStringList>
#include <QUrl>

namespace bgtm {

/// What a successful sign-in leaves in the client (and what the vault may keep until `expires`).
struct SignedInSession {
    User user;
    QStringList scope;
    QDateTime expires;
    bool downgraded = false; ///< plaintext login (forceV1Auth, legacy account, or pasted token): no ECDH key
    QString tokenId;         ///< signInWithToken only: the pasted token's own id and label, from the session call
    QString tokenLabel;
};

/// The secret parts of a session, to persist in the keychain and restore in a later process.
struct SessionSecrets {
    SecretBytes token;
    SecretBytes ecdhXprv; ///< empty when downgraded
    QDateTime expires;
    /// The server that issued the session. Not secret, but kept with the secrets: a session is restored only for
    /// this server, never for whatever address an environment of the same id has now.
    QUrl baseUrl;
};

} // namespace bgtm
