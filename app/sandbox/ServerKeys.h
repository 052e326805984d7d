#pragma once

#include <QByteArray>
#include <QString>

namespace bgtm::sandbox {

/// The sandbox's ECDH server key and the user-side ECDH keys it hands out, all derived from fixed seeds so that the
/// server xpub is stable across runs (the app's sandbox environment and the tests pin it). Not secret by design:
/// this is a test server.
class ServerKeys
{
public:
    /// The server's BIP32 xpub (printed at start).
    [[nodiscard]] static QByteArray serverXpub();

    /// A stable ECDH key for `username`: its xpub and its xprv encrypted (SJCL v1) with `rawPassword`.
    /// False when the crypto layer failed (message in `error`).
    static bool userEcdhKey(const QString &username, const QByteArray &rawPassword, QByteArray *xpub,
                            QByteArray *encryptedXprv, QString *error);

    /// Encrypts `secret` for a user (§3/§4 server side): picks a random non-hardened path m/999999/a/b, derives the
    /// server xprv and `userXpub` there, and SJCL-encrypts `secret` with the hex of the shared point.
    static bool encryptForUser(const QByteArray &userXpub, const QByteArray &secret, QString *derivationPath,
                               QByteArray *encryptedToken, QString *error);
};

} // namespace bgtm::sandbox
