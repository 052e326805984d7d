#include "WorkerThreads.h"

#include "SessionCryptoLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QThreadPool>

#include <thread>

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

namespace {

// Whether a thread of this process still runs under a name Qt gives its own threads: QNetworkAccessManager's
// "QNetworkAccessManager thread" and QThreadPool's "Thread (pooled)", cut to the kernel's 15 characters.
bool qtThreadRuns()
{
    static const QByteArrayList kQtThreadNames {QByteArrayLiteral("QNetworkAccessM"),
                                                QByteArrayLiteral("Thread (pooled)")};
    const QString tasks = QStringLiteral("/proc/self/task");
    const QStringList ids = QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &id : ids) {
        QFile comm(tasks + QLatin1Char('/') + id + QStringLiteral("/comm"));
        if (comm.open(QIODevice::ReadOnly) && kQtThreadNames.contains(comm.readAll().trimmed()))
            return true;
    }
    return false;
}

} // namespace

void waitForQtThreadsToEnd(std::chrono::milliseconds limit)
{
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (qtThreadRuns() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

void useOneHeapForAllThreads()
{
    // Not thread-safe, hence the contract: called first in main(), before any thread exists.
    mallopt(M_ARENA_MAX, 1); // NOLINT(concurrency-mt-unsafe)
}

} // namespace bgtm
