#include "TokenPageOracle.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace bgtm::test {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bgtm::mappers", text);
}

QString describe(const QDateTime &date)
{
    return date.isValid() ? date.toString(Qt::ISODateWithMs) + QLatin1Char('/') + QString::number(date.timeSpec())
                          : QStringLiteral("invalid");
}

QString describe(const ServerAmount &amount)
{
    return amount.digits + (amount.exact ? QStringLiteral(" exact") : QStringLiteral(" approximate"));
}

QString describe(const SpendingUsage &usage)
{
    return usage.coin + QLatin1Char(':') + describe(usage.txCount) + QLatin1Char(',') + describe(usage.txValue)
        + QLatin1Char(',') + describe(usage.txValueLimit);
}

// Every field as text, so that a difference can be named; strings are compared exactly, UTF-16 unit for unit.
QStringList fields(const AccessToken &token)
{
    QStringList out {token.id,
                     token.label,
                     token.user,
                     token.enterprise,
                     token.origin,
                     token.ip,
                     token.client,
                     token.scope.join(QChar(0x1F)),
                     QString::number(token.scope.size()),
                     token.ipRestrict.join(QChar(0x1F)),
                     QString::number(token.ipRestrict.size()),
                     describe(token.created),
                     describe(token.expires),
                     QString::number(int(token.isExtensible)),
                     QString::number(int(token.admin)),
                     token.adminScope,
                     token.allErc20TokensLimit ? describe(*token.allErc20TokensLimit) : QStringLiteral("none"),
                     QString::number(token.spendingLimits.size())};
    for (const SpendingUsage &usage : token.spendingLimits)
        out.append(describe(usage));
    return out;
}

} // namespace

Result<mappers::TokenPage> tokenPageOracle(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return mappers::malformed(tr("the token list is not a JSON object"));
    const QJsonObject body = document.object();
    const QJsonValue list = body.value(QLatin1String("accessTokens"));
    if (!list.isArray())
        return mappers::malformed(tr("the token list has no accessTokens array"));
    mappers::TokenPage page;
    const QJsonArray array = list.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            return mappers::malformed(tr("the token list holds something that is not a token"));
        auto token = mappers::accessTokenFromObject(item.toObject());
        if (!token)
            return token.error();
        page.tokens.append(std::move(token).value());
    }
    const QJsonValue next = body.value(QLatin1String("nextBatchPrevId"));
    page.nextBatchPrevId = next.isString() ? next.toString() : QString();
    return page;
}

QString tokenPageDifference(const Result<mappers::TokenPage> &expected, const Result<mappers::TokenPage> &actual)
{
    if (expected.ok() != actual.ok())
        return QStringLiteral("expected %1, got %2")
            .arg(expected.ok() ? QStringLiteral("a page") : QStringLiteral("error: ") + expected.error().message,
                 actual.ok() ? QStringLiteral("a page") : QStringLiteral("error: ") + actual.error().message);
    if (!expected.ok()) {
        if (expected.error().kind != actual.error().kind || expected.error().message != actual.error().message)
            return QStringLiteral("expected error “%1”, got “%2”")
                .arg(expected.error().message, actual.error().message);
        return {};
    }
    const mappers::TokenPage &want = expected.value();
    const mappers::TokenPage &got = actual.value();
    if (want.nextBatchPrevId != got.nextBatchPrevId)
        return QStringLiteral("nextBatchPrevId: expected “%1”, got “%2”")
            .arg(want.nextBatchPrevId, got.nextBatchPrevId);
    if (want.tokens.size() != got.tokens.size())
        return QStringLiteral("expected %1 tokens, got %2").arg(want.tokens.size()).arg(got.tokens.size());
    for (qsizetype i = 0; i < want.tokens.size(); ++i) {
        const QStringList a = fields(want.tokens.at(i));
        const QStringList b = fields(got.tokens.at(i));
        if (a == b)
            continue;
        for (qsizetype f = 0; f < std::max(a.size(), b.size()); ++f) {
            const QString x = a.value(f);
            const QString y = b.value(f);
            if (x != y)
                return QStringLiteral("token %1, field %2: expected “%3”, got “%4”").arg(i).arg(f).arg(x, y);
        }
    }
    return {};
}

} // namespace bgtm::test
