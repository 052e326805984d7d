#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bgtm {

/// An amount as a server sent it. Strings are exact; JSON numbers are exact only below 2^53
/// (protocol doc §4 "Amounts"): larger ones are kept for display, marked approximate, never computed with.
struct ServerAmount {
    QString digits; ///< decimal integer in base units, as text
    bool exact = true;
};

/// A spending limit as requested on create: base units as a decimal string.
struct SpendingLimit {
    QString coin;
    QString txValueLimit;  ///< base units, no sign, no leading zeros; empty only with maxLimit
    bool maxLimit = false; ///< "no cap"
    friend bool operator==(const SpendingLimit &, const SpendingLimit &) = default;
};

/// `allErc20TokensLimit` (top-level sibling of spendingLimits).
struct Erc20Limit {
    bool enabled = true;
    bool maxLimit = false;
    QString txValueLimit; ///< base units
    friend bool operator==(const Erc20Limit &, const Erc20Limit &) = default;
};

/// Per-coin figures from `unlock.spendingLimits.<coin>`: lifetime usage of a token.
struct SpendingUsage {
    QString coin;
    ServerAmount txCount;
    ServerAmount txValue;      ///< spent so far, base units
    ServerAmount txValueLimit; ///< the limit, base units
};

/// An access token as the server describes it (list, create, revoke replies). Never holds the secret.
struct AccessToken {
    QString id; ///< 32 hex
    QString label;
    QString user;
    QString enterprise;
    QString origin;
    QString ip;
    QString client;
    QStringList scope;
    QStringList ipRestrict;
    QDateTime created;
    QDateTime expires;
    bool isExtensible = false;
    bool admin = false;
    QString adminScope;
    QList<SpendingUsage> spendingLimits; ///< from `unlock.spendingLimits`
    std::optional<SpendingUsage> allErc20TokensLimit;
};

struct User {
    QString id;
    QString username;
    QString email;
    QString fullName;
};

struct UnlockState {
    QDateTime time;
    QDateTime expires;
    QList<SpendingUsage> spendingLimits;
};

/// `GET /api/v1/user/session`.
struct SessionInfo {
    QString id;
    QString user;
    QString label;
    QStringList scope;
    QDateTime created;
    QDateTime expires;
    QString origin;
    QString ip;
    QStringList ipRestrict;
    std::optional<UnlockState> unlock;
};

} // namespace bgtm
