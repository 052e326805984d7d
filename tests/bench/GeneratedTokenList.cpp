#include "GeneratedTokenList.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace bgtm::bench {

QByteArray generateTokenList(int count)
{
    static const QStringList scopes {QStringLiteral("wallet_view_all"), QStringLiteral("wallet_spend_all"),
                                     QStringLiteral("user_manage"), QStringLiteral("wallet_create"),
                                     QStringLiteral("enterprise_view_all")};
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QJsonArray tokens;
    for (int i = 0; i < count; ++i) {
        QJsonObject t;
        t.insert(QStringLiteral("id"), QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0')));
        t.insert(QStringLiteral("label"),
                 QStringLiteral("bench-token-%1 %2").arg(i).arg(i % 7 ? QStringLiteral("ci") : QStringLiteral("ops")));
        t.insert(QStringLiteral("user"), QStringLiteral("5d0c1a2b3c4d5e6f7a8b9c0d"));
        t.insert(QStringLiteral("scope"), QJsonArray {scopes[i % 5], scopes[(i + 2) % 5]});
        t.insert(QStringLiteral("ipRestrict"), QJsonArray {QStringLiteral("10.0.%1.0/24").arg(i % 250)});
        const QDateTime created = base.addSecs(qint64(i) * 37);
        t.insert(QStringLiteral("created"), created.toString(Qt::ISODateWithMs));
        t.insert(QStringLiteral("expires"), created.addDays(30 + i % 400).toString(Qt::ISODateWithMs));
        t.insert(QStringLiteral("origin"), QStringLiteral("test.bitgo.com"));
        t.insert(QStringLiteral("isExtensible"), false);
        if (i % 3 == 0) {
            QJsonObject limits;
            limits.insert(QStringLiteral("tbtc"),
                          QJsonObject {{QStringLiteral("txCount"), i % 5},
                                       {QStringLiteral("txValue"), QStringLiteral("1000")},
                                       {QStringLiteral("txValueLimit"), QStringLiteral("100000000")}});
            limits.insert(QStringLiteral("teth"),
                          QJsonObject {{QStringLiteral("txCount"), 0},
                                       {QStringLiteral("txValue"), QStringLiteral("0")},
                                       {QStringLiteral("txValueLimit"), QStringLiteral("1000000000000000000")}});
            t.insert(QStringLiteral("unlock"), QJsonObject {{QStringLiteral("spendingLimits"), limits}});
        }
        tokens.append(t);
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("accessTokens"), tokens}}).toJson(QJsonDocument::Compact);
}

} // namespace bgtm::bench
