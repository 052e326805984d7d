#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace bgtm {

/// One coin or token as `@bitgo/statics` describes it (protocol doc §7).
struct CoinInfo {
    QString name;     ///< BitGo's coin name, e.g. "tbtc", "tsol:usdc"
    QString fullName; ///< e.g. "Testnet Bitcoin"
    int decimals = 0; ///< base units per coin unit = 10^decimals
    QString family;   ///< e.g. "btc", "eth", "sol"
    bool testnet = false;
    bool isToken = false;
    QString tokenStandard; ///< "erc20", "erc721", … when statics' class says so; else empty
};

/// The coins BitGo knows, generated from the pinned `@bitgo/statics` by tests/node/gen-coins.mjs into
/// coins.json and embedded as the resource :/bgtm/coins.json. Read-only after loading, so it may be shared.
class CoinCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(bgtm::CoinCatalogue)

public:
    enum class Order {
        Relevance,    ///< exact name, then name prefix, then other matches; alphabetical within each
        TestnetFirst, ///< as Relevance, but testnet coins before mainnet ones in each rank
        MainnetFirst,
    };

    /// The embedded catalogue, parsed on first use (start-up does not pay for it). Thread-safe.
    /// The first call parses ~8 000 coins (~460 KB of JSON): 50–200 ms on a busy 2-core machine, so a
    /// window that needs it should warm it on a worker thread (QtConcurrent::run(&CoinCatalogue::embedded)).
    [[nodiscard]] static const CoinCatalogue &embedded();
    /// Parses the generator's format; a clear error for anything else.
    [[nodiscard]] static Result<CoinCatalogue> fromJson(const QByteArray &json);

    [[nodiscard]] const CoinInfo *find(const QString &name) const;
    /// The most of `coin` that can ever exist, in coin units, for the coins whose protocol fixes it (Bitcoin's 21
    /// million, XRP's 100 billion, …; a testnet follows its mainnet's rule). Empty for coins whose supply keeps
    /// growing and for tokens, whose contracts decide.
    [[nodiscard]] static QString fixedSupply(const CoinInfo &coin);
    /// Case-insensitive match of `text` in the name or full name; empty text matches everything.
    /// `limit` < 0 means no limit.
    [[nodiscard]] QList<CoinInfo> search(const QString &text, Order order = Order::Relevance,
                                         qsizetype limit = -1) const;

    [[nodiscard]] const QList<CoinInfo> &coins() const { return m_coins; }
    [[nodiscard]] qsizetype size() const { return m_coins.size(); }
    [[nodiscard]] bool isEmpty() const { return m_coins.isEmpty(); }
    /// Where the data came from, e.g. "@bitgo/statics 59.16.0".
    [[nodiscard]] QString source() const { return m_source; }

private:
    QList<CoinInfo> m_coins;           ///< sorted by name
    QHash<QString, qsizetype> m_index; ///< name → position in m_coins
    QString m_source;
};

} // namespace bgtm
