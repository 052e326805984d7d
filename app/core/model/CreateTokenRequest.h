#pragma once

#include "AccessToken.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bgtm {

class CoinCatalogue;

/// Every field of the seed's request schema for `POST /api/v1/user/accesstoken`.
struct CreateTokenRequest {
    QString label;
    QString otp;
    QStringList scope;
    std::optional<qint64> durationSeconds; ///< 1 … 315 360 000; callers send the configured default explicitly
    bool admin = false;
    QString adminScope; ///< "read" or "full"; only with admin
    QStringList ipRestrict;
    QString enterprise; ///< 32 lowercase hex or empty
    QList<SpendingLimit> spendingLimits;
    std::optional<Erc20Limit> allErc20TokensLimit;

    /// The JSON body sent to the server (amounts as strings, fields omitted when empty).
    [[nodiscard]] QJsonObject toJson() const;
    /// Inverse of toJson, for templates and tests.
    static CreateTokenRequest fromJson(const QJsonObject &json);
    friend bool operator==(const CreateTokenRequest &, const CreateTokenRequest &) = default;
};

/// One violation, naming the field (`label`, `scope`, `scope[2]`, `spendingLimits[1].txValueLimit`, …).
struct ValidationIssue {
    QString field;
    QString message; ///< human, translated
};

struct ValidationContext {
    bool productionRules = false;
    const CoinCatalogue *coins = nullptr; ///< when null, coin names are not checked
};

/// The one validator (protocol doc §4 rule table), used by the GUI, the CLI and the client before sending.
[[nodiscard]] QList<ValidationIssue> validate(const CreateTokenRequest &request, const ValidationContext &context);

/// What is valid but almost surely not meant, worded for the user: a spending limit above all of its coin that can
/// ever exist caps nothing. Needs the context's catalogue; shown beside the form and printed by the CLI, never
/// blocking.
[[nodiscard]] QList<ValidationIssue> cautions(const CreateTokenRequest &request, const ValidationContext &context);

} // namespace bgtm
