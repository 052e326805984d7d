#include "CreateTokenRequest.h"

#include <QJsonArray>

#include <cmath>

namespace bgtm {

namespace {

// The largest integer a JSON number (a double) carries exactly: protocol doc §4 "Amounts".
constexpr double s_exactIntegerLimit = 9007199254740992.0; // 2^53

// Amounts are sent as strings (protocol doc §4: 18-decimal coins overflow 2^53). A template written by
// hand may hold a number: an exact integer becomes its digits; anything else keeps its JSON spelling so
// that the validator refuses it instead of us silently rounding.
QString amountFromJson(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number >= 0 && number < s_exactIntegerLimit && std::floor(number) == number)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', 17);
    }
    return QString();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray items = value.toArray();
    for (const QJsonValue &item : items)
        result.append(item.toString());
    return result;
}

} // namespace

QJsonObject CreateTokenRequest::toJson() const
{
    // Every field of the seed's request schema; empty ones are omitted so the server applies its defaults.
    QJsonObject json;
    if (!label.isEmpty())
        json.insert(QLatin1String("label"), label);
    if (!otp.isEmpty())
        json.insert(QLatin1String("otp"), otp);
    if (!scope.isEmpty())
        json.insert(QLatin1String("scope"), QJsonArray::fromStringList(scope));
    if (durationSeconds)
        json.insert(QLatin1String("duration"), *durationSeconds);
    if (admin)
        json.insert(QLatin1String("admin"), true);
    if (!adminScope.isEmpty())
        json.insert(QLatin1String("adminScope"), adminScope);
    if (!ipRestrict.isEmpty())
        json.insert(QLatin1String("ipRestrict"), QJsonArray::fromStringList(ipRestrict));
    if (!enterprise.isEmpty())
        json.insert(QLatin1String("enterprise"), enterprise);
    if (!spendingLimits.isEmpty()) {
        QJsonArray limits;
        for (const SpendingLimit &limit : spendingLimits) {
            QJsonObject item {{QLatin1String("coin"), limit.coin}};
            if (!limit.txValueLimit.isEmpty())
                item.insert(QLatin1String("txValueLimit"), limit.txValueLimit);
            if (limit.maxLimit)
                item.insert(QLatin1String("maxLimit"), true);
            limits.append(item);
        }
        json.insert(QLatin1String("spendingLimits"), limits);
    }
    if (allErc20TokensLimit) {
        QJsonObject item {{QLatin1String("enabled"), allErc20TokensLimit->enabled}};
        if (allErc20TokensLimit->maxLimit)
            item.insert(QLatin1String("maxLimit"), true);
        if (!allErc20TokensLimit->txValueLimit.isEmpty())
            item.insert(QLatin1String("txValueLimit"), allErc20TokensLimit->txValueLimit);
        json.insert(QLatin1String("allErc20TokensLimit"), item);
    }
    return json;
}

CreateTokenRequest CreateTokenRequest::fromJson(const QJsonObject &json)
{
    CreateTokenRequest request;
    request.label = json.value(QLatin1String("label")).toString();
    request.otp = json.value(QLatin1String("otp")).toString();
    request.scope = stringList(json.value(QLatin1String("scope")));
    const QJsonValue duration = json.value(QLatin1String("duration"));
    if (duration.isDouble()) {
        const double seconds = duration.toDouble();
        // A fractional or absurd duration becomes 0, which the validator refuses with the duration message.
        request.durationSeconds = (std::floor(seconds) == seconds && std::abs(seconds) < s_exactIntegerLimit)
            ? static_cast<qint64>(seconds)
            : 0;
    } else if (duration.isString()) {
        bool ok = false;
        const qint64 seconds = duration.toString().toLongLong(&ok);
        request.durationSeconds = ok ? seconds : 0;
    }
    request.admin = json.value(QLatin1String("admin")).toBool();
    request.adminScope = json.value(QLatin1String("adminScope")).toString();
    request.ipRestrict = stringList(json.value(QLatin1String("ipRestrict")));
    request.enterprise = json.value(QLatin1String("enterprise")).toString();
    const QJsonArray limits = json.value(QLatin1String("spendingLimits")).toArray();
    for (const QJsonValue &itemValue : limits) {
        const QJsonObject item = itemValue.toObject();
        request.spendingLimits.append(SpendingLimit {item.value(QLatin1String("coin")).toString(),
                                                     amountFromJson(item.value(QLatin1String("txValueLimit"))),
                                                     item.value(QLatin1String("maxLimit")).toBool()});
    }
    const QJsonValue erc20 = json.value(QLatin1String("allErc20TokensLimit"));
    if (erc20.isObject()) {
        const QJsonObject item = erc20.toObject();
        request.allErc20TokensLimit = Erc20Limit {item.value(QLatin1String("enabled")).toBool(true),
                                                  item.value(QLatin1String("maxLimit")).toBool(),
                                                  amountFromJson(item.value(QLatin1String("txValueLimit")))};
    }
    return request;
}

} // namespace bgtm
