#pragma once

#include <QString>

namespace bgtm::sandbox {

/// Coins BitGo knows, generated from @bitgo/statics into coins.txt (tools/generate-coin-list.cjs) and compiled in
/// as a resource.
class CoinCatalogue
{
public:
    [[nodiscard]] static bool isKnown(const QString &coin);
    [[nodiscard]] static qsizetype size();
};

} // namespace bgtm::sandbox
