#include "WorkerThreads.h"

#include "SessionCryptoLoader.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <malloc.h>

namespace bgtm {

namespace {

void joinWorkerThreads()
{
    // Waits for running work (bounded by the work itself: key derivation takes seconds at most), then joins every
    // thread, idle ones included.
    QThreadPool::globalInstance()->waitForDone();
}

} // namespace

void runOnWorkerThread(std::function<void()> work)
{
    static const bool s_joinRegistered = [] {
        qAddPostRoutine(joinWorkerThreads);
        return true;
    }();
    Q_UNUSED(s_joinRegistered)
    QThreadPool::globalInstance()->start([work = std::move(work)] {
        work();
        // While OpenSSL is certainly alive (see ThreadState.h); only the session-crypto module uses it.
        if (const crypto::SessionCryptoV1 *module = loadedSessionCrypto())
            module->releaseThreadState();
    });
}

void useOneHeapForAllThreads()
{
    // Not thread-safe, hence the contract: called first in main(), before any thread exists.
    mallopt(M_ARENA_MAX, 1); // NOLINT(concurrency-mt-unsafe)
}

} // namespace bgtm
