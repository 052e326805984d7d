#include "CoinCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace bgtm {

namespace {

Error malformed(const QString &message)
{
    Error error;
    error.kind = ErrorKind::MalformedReply;
    error.message = message;
    return error;
}

// Field order written by tests/node/gen-coins.mjs; checked on load so a changed generator fails loudly.
const QStringList &expectedFields()
{
    static const QStringList s_fields {
        QStringLiteral("name"),    QStringLiteral("fullName"), QStringLiteral("decimals"),     QStringLiteral("family"),
        QStringLiteral("network"), QStringLiteral("isToken"),  QStringLiteral("tokenStandard")};
    return s_fields;
}

} // namespace

const CoinCatalogue &CoinCatalogue::embedded()
{
    // A function-local static: built on first use, and C++ makes its initialisation thread-safe.
    static const CoinCatalogue s_catalogue = [] {
        QFile file(QStringLiteral(":/bgtm/coins.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("bgtm: the embedded coin catalogue is missing");
            return CoinCatalogue();
        }
        Result<CoinCatalogue> parsed = fromJson(file.readAll());
        if (!parsed.ok()) {
            qWarning("bgtm: the embedded coin catalogue is unreadable: %s", qUtf8Printable(parsed.error().message));
            return CoinCatalogue();
        }
        return std::move(parsed).value();
    }();
    return s_catalogue;
}

Result<CoinCatalogue> CoinCatalogue::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return malformed(tr("The coin catalogue is not valid JSON: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    QStringList fields;
    const QJsonArray fieldArray = root.value(QLatin1String("fields")).toArray();
    for (const QJsonValue &field : fieldArray)
        fields.append(field.toString());
    if (fields != expectedFields())
        return malformed(tr("The coin catalogue has unexpected fields."));

    CoinCatalogue catalogue;
    catalogue.m_source = root.value(QLatin1String("source")).toString();
    const QJsonArray rows = root.value(QLatin1String("coins")).toArray();
    catalogue.m_coins.reserve(rows.size());
    for (const QJsonValue &rowValue : rows) {
        const QJsonArray row = rowValue.toArray();
        const QString network = row.at(4).toString();
        if (row.size() != fields.size() || !row.at(0).isString() || row.at(0).toString().isEmpty()
            || !row.at(2).isDouble() || (network != QLatin1String("test") && network != QLatin1String("main"))) {
            return malformed(
                tr("The coin catalogue has a malformed entry after %1 coins.").arg(catalogue.m_coins.size()));
        }
        CoinInfo coin;
        coin.name = row.at(0).toString();
        coin.fullName = row.at(1).toString();
        coin.decimals = row.at(2).toInt(-1);
        coin.family = row.at(3).toString();
        coin.testnet = network == QLatin1String("test");
        coin.isToken = row.at(5).toInt() != 0;
        coin.tokenStandard = row.at(6).toString();
        if (coin.decimals < 0 || catalogue.m_index.contains(coin.name))
            return malformed(tr("The coin catalogue has a bad entry for \"%1\".").arg(coin.name));
        catalogue.m_index.insert(coin.name, catalogue.m_coins.size());
        catalogue.m_coins.append(coin);
    }
    return catalogue;
}

const CoinInfo *CoinCatalogue::find(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? nullptr : &m_coins.at(it.value());
}

QString CoinCatalogue::fixedSupply(const CoinInfo &coin)
{
    if (coin.isToken)
        return QString();
    // Caps written into each chain's consensus rules, by family (statics' family covers mainnet and testnet).
    static const QHash<QString, QString> capByFamily = {
        {QStringLiteral("btc"), QStringLiteral("21000000")},
        {QStringLiteral("bch"), QStringLiteral("21000000")},
        {QStringLiteral("bsv"), QStringLiteral("21000000")},
        {QStringLiteral("btg"), QStringLiteral("21000000")},
        {QStringLiteral("zec"), QStringLiteral("21000000")},
        {QStringLiteral("ltc"), QStringLiteral("84000000")},
        {QStringLiteral("xrp"), QStringLiteral("100000000000")},
        {QStringLiteral("algo"), QStringLiteral("10000000000")},
        {QStringLiteral("hbar"), QStringLiteral("50000000000")},
        {QStringLiteral("ada"), QStringLiteral("45000000000")},
    };
    return capByFamily.value(coin.family);
}

QList<CoinInfo> CoinCatalogue::search(const QString &text, Order order, qsizetype limit) const
{
    const QString needle = text.trimmed();
    struct Hit {
        int rank; // 0 exact name, 1 name prefix, 2 name substring, 3 full-name match
        qsizetype index;
    };
    // -1: no match. An empty needle matches every coin at the name-prefix rank.
    const auto rankOf = [&needle](const CoinInfo &coin) {
        if (needle.isEmpty())
            return 1;
        if (coin.name.compare(needle, Qt::CaseInsensitive) == 0)
            return 0;
        if (coin.name.startsWith(needle, Qt::CaseInsensitive))
            return 1;
        if (coin.name.contains(needle, Qt::CaseInsensitive))
            return 2;
        if (coin.fullName.contains(needle, Qt::CaseInsensitive))
            return 3;
        return -1;
    };
    QList<Hit> hits;
    for (qsizetype i = 0; i < m_coins.size(); ++i) {
        const int rank = rankOf(m_coins.at(i));
        if (rank >= 0)
            hits.append(Hit {rank, i});
    }
    const auto networkRank = [this, order](qsizetype index) {
        if (order == Order::Relevance)
            return 0;
        const bool testnet = m_coins.at(index).testnet;
        return (order == Order::TestnetFirst) == testnet ? 0 : 1;
    };
    // m_coins is sorted by name, so a stable sort keeps each rank alphabetical.
    std::stable_sort(hits.begin(), hits.end(), [&networkRank](const Hit &a, const Hit &b) {
        const int na = networkRank(a.index);
        const int nb = networkRank(b.index);
        if (a.rank == 0 || b.rank == 0)
            return a.rank < b.rank;
        return na != nb ? na < nb : a.rank < b.rank;
    });
    QList<CoinInfo> result;
    const qsizetype count = limit < 0 ? hits.size() : std::min(limit, hits.size());
    result.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        result.append(m_coins.at(hits.at(i).index));
    return result;
}

} // namespace bgtm
