#include "CoinCatalogue.h"

#include <QFile>
#include <QSet>

namespace bgtm::sandbox {

namespace {

const QSet<QString> &coins()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        QFile file(QStringLiteral(":/bgtm/sandbox/coins.txt"));
        if (file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = file.readAll().split('\n');
            for (const QByteArray &line : lines) {
                if (!line.trimmed().isEmpty())
                    s.insert(QString::fromUtf8(line.trimmed()));
            }
        }
        return s;
    }();
    return set;
}

} // namespace

bool CoinCatalogue::isKnown(const QString &coin)
{
    return coins().contains(coin);
}

qsizetype CoinCatalogue::size()
{
    return coins().size();
}

} // namespace bgtm::sandbox
