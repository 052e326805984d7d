#pragma once

#include <QString>

namespace bgtm::sandbox {

/// Scopes an access token may carry (protocol doc §4: the 2026 list ∪ the seed's older names), written out here
/// from the rule table — deliberately not shared with the client's catalogue.
class ScopeCatalogue
{
public:
    /// A known scope name, or `<wallet scope>:<walletId>` for wallet_view/spend/manage/approve/edit/freeze/stake
    /// (walletId 24 or 32 lowercase hex).
    [[nodiscard]] static bool isKnown(const QString &scope);
    /// The seed's older names (accepted, marked legacy in the client).
    [[nodiscard]] static bool isLegacy(const QString &scope);
};

} // namespace bgtm::sandbox
