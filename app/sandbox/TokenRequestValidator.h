#pragma once

#include "TokenRecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace bgtm::sandbox {

/// A refusal, BitGo-shaped (§6): status, stable `name`, human `error`, `context.field`.
struct ValidationError {
    int status = 400;
    QString name;
    QString message;
    QString field;
    bool needsOtp = false;
};

/// The fields of a valid create-token body.
struct CreateTokenFields {
    QString label;
    QStringList scope;
    qint64 durationSeconds = 315360000;
    QStringList ipRestrict;
    QString enterprise;
    bool hasAdmin = false;
    bool admin = false;
    QString adminScope;
    QList<TokenRecord::SpendingLimit> limits;
    QJsonObject allErc20TokensLimit;
};

/// The sandbox's own implementation of the validation rule table (protocol doc §4), written from the table and not
/// shared with the client: a double that shares the client's code cannot catch the client's mistakes.
///
/// Error names (status 400 unless noted), `context.field` in brackets:
///  InvalidJson [""] — body is not a JSON object;
///  InvalidLabel [label] — missing, not a string, or blank;
///  NeedsOTP (401, `needsOTP: true`) [otp] — missing or wrong; InvalidOtp [otp] — not a string;
///  InvalidScope [scope | scope[i]] — missing, not a non-empty array, an item not a string or unknown;
///  DuplicateScope [scope[i]]; ScopeNotAllowed [scope[i]] — `all` under production rules;
///  InvalidDuration [duration] — not an integer in 1…315360000;
///  InvalidIpRestrict [ipRestrict | ipRestrict[i]] — not an array of IPv4/IPv6 addresses or IPv4 CIDR /24–/32;
///  IpRestrictRequired [ipRestrict] — missing or empty under production rules;
///  InvalidEnterprise [enterprise] — not `^[0-9a-f]{32}$`;
///  InvalidAdmin [admin] — not a boolean; InvalidAdminScope [adminScope] — not `read`/`full`;
///  InvalidSpendingLimits [spendingLimits | spendingLimits[i]] — not an array of objects;
///  InvalidCoin [spendingLimits[i].coin] — missing or not a string; UnknownCoin [same] — not in the catalogue;
///  DuplicateCoin [same]; InvalidTxValueLimit [spendingLimits[i].txValueLimit] — not a non-negative integer
///  (decimal string without sign or leading zeros, or a JSON integer ≤ 2^53), or omitted without `maxLimit: true`;
///  InvalidMaxLimit [spendingLimits[i].maxLimit] — not a boolean;
///  InvalidAllErc20TokensLimit [allErc20TokensLimit(.enabled|.maxLimit|.txValueLimit)].
class TokenRequestValidator
{
public:
    explicit TokenRequestValidator(bool productionRules);

    /// Structural rules first (400), then the OTP (401). `expectedOtp` is the account's code.
    [[nodiscard]] std::optional<ValidationError> validate(const QByteArray &body, const QString &expectedOtp,
                                                          CreateTokenFields *out) const;

    /// One ipRestrict entry: IPv4 or IPv6 address, or IPv4 CIDR with prefix 24–32.
    [[nodiscard]] static bool isValidIpRestriction(const QString &entry);

private:
    bool m_productionRules = false;
};

} // namespace bgtm::sandbox
