#include "TokenRequestValidator.h"

#include "CoinCatalogue.h"
#include "DecimalString.h"
#include "ScopeCatalogue.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace bgtm::sandbox {

namespace {

constexpr qint64 kMaxDurationSeconds = 315360000;           // 10 × 365 days (§4; exact maximum inferred)
constexpr double kMaxExactJsonInteger = 9007199254740992.0; // 2^53

ValidationError bad(const char *name, const QString &message, const QString &field)
{
    return ValidationError {400, QLatin1String(name), message, field, false};
}

// A non-negative integer amount: canonical decimal string, or a JSON integer small enough to be exact.
std::optional<QString> amountOf(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (DecimalString::isCanonical(text))
            return text;
        return std::nullopt;
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d >= 0 && d <= kMaxExactJsonInteger && std::floor(d) == d)
            return QString::number(value.toInteger());
    }
    return std::nullopt;
}

} // namespace

TokenRequestValidator::TokenRequestValidator(bool productionRules) : m_productionRules(productionRules) { }

bool TokenRequestValidator::isValidIpRestriction(const QString &entry)
{
    const qsizetype slash = entry.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        QHostAddress address;
        return address.setAddress(entry) && !entry.contains(QLatin1Char('%'));
    }
    QHostAddress network;
    if (!network.setAddress(entry.left(slash)) || network.protocol() != QAbstractSocket::IPv4Protocol)
        return false; // IPv6 CIDR not accepted [inferred]
    const QString prefix = entry.mid(slash + 1);
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,2}$"));
    if (!digits.match(prefix).hasMatch())
        return false;
    const int bits = prefix.toInt();
    return bits >= 24 && bits <= 32;
}

std::optional<ValidationError> TokenRequestValidator::validate(const QByteArray &body, const QString &expectedOtp,
                                                               CreateTokenFields *out) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject())
        return bad("InvalidJson", QStringLiteral("request body must be a JSON object"), QString());
    const QJsonObject o = doc.object();
    CreateTokenFields fields;

    const QJsonValue label = o.value(QStringLiteral("label"));
    if (!label.isString() || label.toString().trimmed().isEmpty())
        return bad("InvalidLabel", QStringLiteral("label must be a non-empty string"), QStringLiteral("label"));
    fields.label = label.toString();

    const QJsonValue otp = o.value(QStringLiteral("otp"));
    if (!otp.isUndefined() && !otp.isString())
        return bad("InvalidOtp", QStringLiteral("otp must be a string"), QStringLiteral("otp"));

    const QJsonValue scope = o.value(QStringLiteral("scope"));
    if (!scope.isArray() || scope.toArray().isEmpty())
        return bad("InvalidScope", QStringLiteral("scope must be a non-empty array of scopes"),
                   QStringLiteral("scope"));
    QSet<QString> seen;
    const QJsonArray scopes = scope.toArray();
    for (qsizetype i = 0; i < scopes.size(); ++i) {
        const QString field = QStringLiteral("scope[%1]").arg(i);
        const QJsonValue item = scopes.at(i);
        if (!item.isString() || !ScopeCatalogue::isKnown(item.toString()))
            return bad("InvalidScope", QStringLiteral("invalid scope"), field);
        const QString name = item.toString();
        if (seen.contains(name))
            return bad("DuplicateScope", QStringLiteral("scope %1 is listed twice").arg(name), field);
        if (m_productionRules && name == QLatin1String("all"))
            return bad("ScopeNotAllowed", QStringLiteral("scope 'all' is only available in the test environment"),
                       field);
        seen.insert(name);
        fields.scope << name;
    }

    const QJsonValue duration = o.value(QStringLiteral("duration"));
    if (!duration.isUndefined()) {
        const double d = duration.toDouble(-1);
        if (!duration.isDouble() || std::floor(d) != d || d < 1 || d > static_cast<double>(kMaxDurationSeconds))
            return bad(
                "InvalidDuration",
                QStringLiteral("duration must be an integer number of seconds from 1 to %1").arg(kMaxDurationSeconds),
                QStringLiteral("duration"));
        fields.durationSeconds = duration.toInteger();
    }

    const QJsonValue ipRestrict = o.value(QStringLiteral("ipRestrict"));
    if (!ipRestrict.isUndefined() && !ipRestrict.isNull()) {
        if (!ipRestrict.isArray())
            return bad("InvalidIpRestrict",
                       QStringLiteral("ipRestrict must be an array of IP addresses or CIDR ranges"),
                       QStringLiteral("ipRestrict"));
        const QJsonArray entries = ipRestrict.toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonValue entry = entries.at(i);
            if (!entry.isString() || !isValidIpRestriction(entry.toString()))
                return bad("InvalidIpRestrict",
                           QStringLiteral("ipRestrict entries must be IPv4/IPv6 addresses or IPv4 CIDR /24 to /32"),
                           QStringLiteral("ipRestrict[%1]").arg(i));
            fields.ipRestrict << entry.toString();
        }
    }
    if (m_productionRules && fields.ipRestrict.isEmpty())
        return bad("IpRestrictRequired", QStringLiteral("ipRestrict is required for production tokens"),
                   QStringLiteral("ipRestrict"));

    const QJsonValue enterprise = o.value(QStringLiteral("enterprise"));
    if (!enterprise.isUndefined()) {
        static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{32}$"));
        if (!enterprise.isString() || !pattern.match(enterprise.toString()).hasMatch())
            return bad("InvalidEnterprise", QStringLiteral("enterprise must be an id of 32 lowercase hex characters"),
                       QStringLiteral("enterprise"));
        fields.enterprise = enterprise.toString();
    }

    const QJsonValue admin = o.value(QStringLiteral("admin"));
    if (!admin.isUndefined()) {
        if (!admin.isBool())
            return bad("InvalidAdmin", QStringLiteral("admin must be a boolean"), QStringLiteral("admin"));
        fields.hasAdmin = true;
        fields.admin = admin.toBool();
    }
    const QJsonValue adminScope = o.value(QStringLiteral("adminScope"));
    if (!adminScope.isUndefined()) {
        if (adminScope.toString() != QLatin1String("read") && adminScope.toString() != QLatin1String("full"))
            return bad("InvalidAdminScope", QStringLiteral("adminScope must be read or full"),
                       QStringLiteral("adminScope"));
        fields.adminScope = adminScope.toString();
    }

    const QJsonValue limits = o.value(QStringLiteral("spendingLimits"));
    if (!limits.isUndefined()) {
        if (!limits.isArray())
            return bad("InvalidSpendingLimits", QStringLiteral("spendingLimits must be an array"),
                       QStringLiteral("spendingLimits"));
        QSet<QString> coins;
        const QJsonArray entries = limits.toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString base = QStringLiteral("spendingLimits[%1]").arg(i);
            if (!entries.at(i).isObject())
                return bad("InvalidSpendingLimits", QStringLiteral("each spending limit must be an object"), base);
            const QJsonObject limit = entries.at(i).toObject();
            const QJsonValue coin = limit.value(QStringLiteral("coin"));
            if (!coin.isString() || coin.toString().isEmpty())
                return bad("InvalidCoin", QStringLiteral("spending limit needs a coin"),
                           base + QStringLiteral(".coin"));
            if (!CoinCatalogue::isKnown(coin.toString()))
                return bad("UnknownCoin", QStringLiteral("unknown coin %1").arg(coin.toString()),
                           base + QStringLiteral(".coin"));
            if (coins.contains(coin.toString()))
                return bad("DuplicateCoin", QStringLiteral("coin %1 has two spending limits").arg(coin.toString()),
                           base + QStringLiteral(".coin"));
            coins.insert(coin.toString());
            TokenRecord::SpendingLimit parsed;
            parsed.coin = coin.toString();
            const QJsonValue maxLimit = limit.value(QStringLiteral("maxLimit"));
            if (!maxLimit.isUndefined() && !maxLimit.isBool())
                return bad("InvalidMaxLimit", QStringLiteral("maxLimit must be a boolean"),
                           base + QStringLiteral(".maxLimit"));
            parsed.maxLimit = maxLimit.toBool();
            const QJsonValue value = limit.value(QStringLiteral("txValueLimit"));
            if (value.isUndefined()) {
                if (!parsed.maxLimit)
                    return bad("InvalidTxValueLimit",
                               QStringLiteral("txValueLimit is required unless maxLimit is true"),
                               base + QStringLiteral(".txValueLimit"));
            } else {
                const auto amount = amountOf(value);
                if (!amount)
                    return bad("InvalidTxValueLimit",
                               QStringLiteral("txValueLimit must be a non-negative integer in base units, as a decimal "
                                              "string without sign or leading zeros"),
                               base + QStringLiteral(".txValueLimit"));
                parsed.txValueLimit = *amount;
            }
            fields.limits.append(parsed);
        }
    }

    const QJsonValue erc20 = o.value(QStringLiteral("allErc20TokensLimit"));
    if (!erc20.isUndefined()) {
        const QString base = QStringLiteral("allErc20TokensLimit");
        if (!erc20.isObject())
            return bad("InvalidAllErc20TokensLimit", QStringLiteral("allErc20TokensLimit must be an object"), base);
        const QJsonObject e = erc20.toObject();
        for (const char *flag : {"enabled", "maxLimit"}) {
            const QJsonValue v = e.value(QLatin1String(flag));
            if (!v.isUndefined() && !v.isBool())
                return bad("InvalidAllErc20TokensLimit",
                           QStringLiteral("%1 must be a boolean").arg(QLatin1String(flag)),
                           base + QLatin1Char('.') + QLatin1String(flag));
        }
        const QJsonValue v = e.value(QStringLiteral("txValueLimit"));
        if (!v.isUndefined() && !amountOf(v))
            return bad("InvalidAllErc20TokensLimit",
                       QStringLiteral("txValueLimit must be a non-negative integer in base units"),
                       base + QStringLiteral(".txValueLimit"));
        fields.allErc20TokensLimit = e;
    }

    // OTP last: a malformed request is refused for what it is, before any 2FA prompt.
    if (otp.isUndefined() || otp.toString() != expectedOtp)
        return ValidationError {401, QStringLiteral("NeedsOTP"),
                                otp.isUndefined() ? QStringLiteral("a one-time code (otp) is required")
                                                  : QStringLiteral("incorrect one-time code"),
                                QStringLiteral("otp"), true};

    *out = std::move(fields);
    return std::nullopt;
}

} // namespace bgtm::sandbox
