#include "WorkerThreads.h"

#include "SessionCryptoLoader.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>
#include <string_view>
#include <thread>

#include <dirent.h>
#include <fcntl.h>
#include <malloc.h>
#include <unistd.h>

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
// "QNetworkAccessManager thread", QThreadPool's "Thread (pooled)" and QtDBus's "QDBusConnection" (the keychain
// talks to the Secret Service through it), cut to the kernel's 15 characters. Plain POSIX and constants, nothing of
// Qt's: this runs at exit, after the static objects made during main() — Qt's own among them — are gone.
bool qtThreadRuns()
{
    constexpr std::array<std::string_view, 3> kQtThreadNames {"QNetworkAccessM", "Thread (pooled)", "QDBusConnection"};
    DIR *tasks = ::opendir("/proc/self/task");
    if (tasks == nullptr)
        return false;
    bool found = false;
    // readdir is safe here: this directory stream is used by this thread alone.
    while (const dirent *entry = ::readdir(tasks)) { // NOLINT(concurrency-mt-unsafe)
        if (entry->d_name[0] == '.')
            continue;
        const std::string path = std::string("/proc/self/task/") + entry->d_name + "/comm";
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        std::array<char, 32> buffer {};
        const ssize_t length = ::read(fd, buffer.data(), buffer.size() - 1);
        ::close(fd);
        std::string_view name(buffer.data(), length > 0 ? size_t(length) : 0);
        if (!name.empty() && name.back() == '\n')
            name.remove_suffix(1);
        if (std::find(kQtThreadNames.cbegin(), kQtThreadNames.cend(), name) != kQtThreadNames.cend()) {
            found = true;
            break;
        }
    }
    ::closedir(tasks);
    return found;
}

} // namespace

void waitForQtThreadsToEnd(std::chrono::milliseconds limit)
{
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (qtThreadRuns() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

void waitForQtThreadsAtExit()
{
    static const bool s_registered = [] {
        std::atexit([] { waitForQtThreadsToEnd(); });
        return true;
    }();
    Q_UNUSED(s_registered)
}

void useOneHeapForAllThreads()
{
    // Not thread-safe, hence the contract: called first in main(), before any thread exists.
    mallopt(M_ARENA_MAX, 1); // NOLINT(concurrency-mt-unsafe)
}

} // namespace bgtm
