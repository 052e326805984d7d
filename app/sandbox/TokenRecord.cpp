#include "TokenRecord.h"

#include "DecimalString.h"

#include <QDateTime>
#include <QJsonArray>

namespace bgtm::sandbox {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject TokenRecord::unlockObject(qint64 nowMs, bool amountsAsNumbers) const
{
    QJsonObject unlock;
    const bool sessionUnlock = isUnlocked(nowMs);
    unlock.insert(QStringLiteral("time"), isoTime(sessionUnlock ? unlockTimeMs : createdMs));
    unlock.insert(QStringLiteral("expires"), isoTime(sessionUnlock ? unlockExpiresMs : expiresMs));
    QString totalValue = QStringLiteral("0");
    qint64 totalCount = 0;
    QJsonObject perCoin;
    for (const SpendingLimit &limit : limits) {
        QJsonObject coin;
        if (!limit.txValueLimit.isEmpty())
            coin.insert(QStringLiteral("txValueLimit"), DecimalString::toJson(limit.txValueLimit, amountsAsNumbers));
        if (limit.maxLimit)
            coin.insert(QStringLiteral("maxLimit"), true);
        coin.insert(QStringLiteral("txValue"), DecimalString::toJson(limit.txValue, amountsAsNumbers));
        coin.insert(QStringLiteral("txCount"), limit.txCount);
        perCoin.insert(limit.coin, coin);
        totalValue = DecimalString::add(totalValue, limit.txValue);
        totalCount += limit.txCount;
    }
    unlock.insert(QStringLiteral("txCount"), totalCount);
    unlock.insert(QStringLiteral("txValue"), DecimalString::toJson(totalValue, amountsAsNumbers));
    unlock.insert(QStringLiteral("spendingLimits"), perCoin);
    return unlock;
}

QJsonObject TokenRecord::document(qint64 nowMs, bool amountsAsNumbers) const
{
    QJsonObject doc {
        {QStringLiteral("id"), id},
        {QStringLiteral("user"), userId},
        {QStringLiteral("label"), label},
        {QStringLiteral("scope"), QJsonArray::fromStringList(scope)},
        {QStringLiteral("created"), isoTime(createdMs)},
        {QStringLiteral("expires"), isoTime(expiresMs)},
        {QStringLiteral("origin"), origin},
        {QStringLiteral("ip"), ip},
        {QStringLiteral("ipRestrict"), QJsonArray::fromStringList(ipRestrict)},
        {QStringLiteral("isExtensible"), false},
    };
    if (!enterprise.isEmpty())
        doc.insert(QStringLiteral("enterprise"), enterprise);
    if (hasAdmin)
        doc.insert(QStringLiteral("admin"), admin);
    if (!adminScope.isEmpty())
        doc.insert(QStringLiteral("adminScope"), adminScope);
    if (!allErc20TokensLimit.isEmpty())
        doc.insert(QStringLiteral("allErc20TokensLimit"), allErc20TokensLimit);
    if (!limits.isEmpty() || isUnlocked(nowMs))
        doc.insert(QStringLiteral("unlock"), unlockObject(nowMs, amountsAsNumbers));
    return doc;
}

QJsonObject TokenRecord::toStorage() const
{
    QJsonArray storedLimits;
    for (const SpendingLimit &l : limits) {
        storedLimits.append(QJsonObject {{QStringLiteral("coin"), l.coin},
                                         {QStringLiteral("txValueLimit"), l.txValueLimit},
                                         {QStringLiteral("maxLimit"), l.maxLimit},
                                         {QStringLiteral("txValue"), l.txValue},
                                         {QStringLiteral("txCount"), l.txCount}});
    }
    return QJsonObject {
        {QStringLiteral("kind"), kind == Kind::Session ? QStringLiteral("session") : QStringLiteral("access")},
        {QStringLiteral("id"), id},
        {QStringLiteral("secret"), QString::fromLatin1(secret)},
        {QStringLiteral("userId"), userId},
        {QStringLiteral("label"), label},
        {QStringLiteral("scope"), QJsonArray::fromStringList(scope)},
        {QStringLiteral("createdMs"), createdMs},
        {QStringLiteral("expiresMs"), expiresMs},
        {QStringLiteral("revoked"), revoked},
        {QStringLiteral("ipRestrict"), QJsonArray::fromStringList(ipRestrict)},
        {QStringLiteral("ip"), ip},
        {QStringLiteral("origin"), origin},
        {QStringLiteral("enterprise"), enterprise},
        {QStringLiteral("hasAdmin"), hasAdmin},
        {QStringLiteral("admin"), admin},
        {QStringLiteral("adminScope"), adminScope},
        {QStringLiteral("limits"), storedLimits},
        {QStringLiteral("allErc20TokensLimit"), allErc20TokensLimit},
        {QStringLiteral("unlockTimeMs"), unlockTimeMs},
        {QStringLiteral("unlockExpiresMs"), unlockExpiresMs},
    };
}

TokenRecord TokenRecord::fromStorage(const QJsonObject &o)
{
    auto strings = [](const QJsonValue &v) {
        QStringList out;
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array)
            out << item.toString();
        return out;
    };
    TokenRecord t;
    t.kind = o.value(QStringLiteral("kind")).toString() == QLatin1String("session") ? Kind::Session : Kind::Access;
    t.id = o.value(QStringLiteral("id")).toString();
    t.secret = o.value(QStringLiteral("secret")).toString().toLatin1();
    t.userId = o.value(QStringLiteral("userId")).toString();
    t.label = o.value(QStringLiteral("label")).toString();
    t.scope = strings(o.value(QStringLiteral("scope")));
    t.createdMs = o.value(QStringLiteral("createdMs")).toInteger();
    t.expiresMs = o.value(QStringLiteral("expiresMs")).toInteger();
    t.revoked = o.value(QStringLiteral("revoked")).toBool();
    t.ipRestrict = strings(o.value(QStringLiteral("ipRestrict")));
    t.ip = o.value(QStringLiteral("ip")).toString();
    t.origin = o.value(QStringLiteral("origin")).toString();
    t.enterprise = o.value(QStringLiteral("enterprise")).toString();
    t.hasAdmin = o.value(QStringLiteral("hasAdmin")).toBool();
    t.admin = o.value(QStringLiteral("admin")).toBool();
    t.adminScope = o.value(QStringLiteral("adminScope")).toString();
    const QJsonArray storedLimits = o.value(QStringLiteral("limits")).toArray();
    for (const QJsonValue &v : storedLimits) {
        const QJsonObject l = v.toObject();
        t.limits.append({l.value(QStringLiteral("coin")).toString(), l.value(QStringLiteral("txValueLimit")).toString(),
                         l.value(QStringLiteral("maxLimit")).toBool(), l.value(QStringLiteral("txValue")).toString(),
                         l.value(QStringLiteral("txCount")).toInteger()});
    }
    t.allErc20TokensLimit = o.value(QStringLiteral("allErc20TokensLimit")).toObject();
    t.unlockTimeMs = o.value(QStringLiteral("unlockTimeMs")).toInteger();
    t.unlockExpiresMs = o.value(QStringLiteral("unlockExpiresMs")).toInteger();
    return t;
}

} // namespace bgtm::sandbox
