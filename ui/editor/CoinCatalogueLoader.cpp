#include "CoinCatalogueLoader.h"

#include "app/WorkerThreads.h"
#include "model/CoinCatalogue.h"

#include <QPromise>

#include <memory>

namespace bgtm {

QFuture<const CoinCatalogue *> CoinCatalogueLoader::load()
{
    static const QFuture<const CoinCatalogue *> s_future = [] {
        auto promise = std::make_shared<QPromise<const CoinCatalogue *>>();
        QFuture<const CoinCatalogue *> future = promise->future();
        promise->start();
        // CoinCatalogue::embedded() is a thread-safe function-local static: parsed here, shared read-only after.
        runOnWorkerThread([promise] {
            promise->addResult(&CoinCatalogue::embedded());
            promise->finish();
        });
        return future;
    }();
    return s_future;
}

} // namespace bgtm
