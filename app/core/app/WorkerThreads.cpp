#include "WorkerThreads.h"

#include <QCoreApplication>
#include <QThreadPool>

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
    QThreadPool::globalInstance()->start(std::move(work));
}

} // namespace bgtm
