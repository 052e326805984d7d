#pragma once

#include <QByteArray>
#include <QString>

namespace bgtm::sandbox {

/// A user the sandbox knows. The raw password is not kept: only the hex HMAC a client sends (§3) and, for an
/// account with an ECDH keychain, the ECDH xprv already encrypted with the raw password.
struct Account {
    QString userId;   ///< 24 hex, like BitGo's user ids
    QString username; ///< lower-case e-mail
    QString fullName;
    QByteArray passwordHmac; ///< hex HMAC-SHA256(key = username, message = raw password)
    QString otp = QStringLiteral("0000000");
    bool legacy = false;          ///< plaintext login only; issues 64-hex v1 bearer tokens
    QByteArray ecdhXpub;          ///< empty when the account has no ECDH keychain
    QByteArray encryptedEcdhXprv; ///< SJCL v1 envelope of the ECDH xprv under the raw password

    [[nodiscard]] bool hasEcdh() const { return !ecdhXpub.isEmpty(); }
};

} // namespace bgtm::sandbox
