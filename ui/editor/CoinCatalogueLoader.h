#pragma once

#include <QFuture>

namespace bgtm {

class CoinCatalogue;

/// The embedded coin catalogue, parsed once per process on a worker thread: ~8 000 coins take 50–200 ms on a busy
/// 2-core machine, too long for the UI thread. Windows that need it take the future and stay usable until it is
/// ready (a QFutureWatcher owned by the window).
class CoinCatalogueLoader
{
public:
    /// Starts parsing on the first call; every call returns the same future. The catalogue lives until the
    /// process ends. Call from the UI thread.
    [[nodiscard]] static QFuture<const CoinCatalogue *> load();
};

} // namespace bgtm
