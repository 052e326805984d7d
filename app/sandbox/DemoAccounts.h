#pragma once

#include "Account.h"
#include "ServerKeys.h"

#include <QList>

namespace bgtm::sandbox {

/// The built-in accounts and the users file. Stable values: tests and the README quote them.
class DemoAccounts
{
public:
    static constexpr const char *demoUsername = "demo@sandbox.bitgo.local";
    static constexpr const char *demoPassword = "sandbox-demo-password";
    static constexpr const char *demoUserId = "5d0c1a2b3c4d5e6f7a8b9c0d";
    static constexpr const char *legacyUsername = "legacy@sandbox.bitgo.local";
    static constexpr const char *legacyPassword = "sandbox-legacy-password";
    static constexpr const char *legacyUserId = "5d0c1a2b3c4d5e6f7a8b9c0e";
    static constexpr const char *otp = "0000000";

    /// Builds an account from its raw password. With `ecdh`, derives a stable ECDH key from the username and
    /// stores its xprv encrypted with the raw password. Returns an empty error string on success.
    static QString makeAccount(const QString &username, const QString &password, const QString &userId, bool legacy,
                               bool ecdh, const QString &oneTimeCode, Account *out);

    /// The demo and legacy accounts.
    static QList<Account> builtIn();

    /// Reads a users file (see --help). Returns an empty string on success.
    static QString loadUsersFile(const QString &path, QList<Account> *accounts);
};

} // namespace bgtm::sandbox
