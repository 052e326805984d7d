#pragma once

#include <chrono>
#include <functional>

namespace bgtm {

/// Runs `work` on the global thread pool: the one way this code leaves the UI thread (ECDH decryption, catalogue
/// parsing). After `work`, the thread's OpenSSL state is released at once (crypto::releaseThreadState): left to
/// the thread's end it raced with OpenSSL's exit-time cleanup (leaks and a double free under the sanitizers). The
/// first call also arranges for the pool's threads to be joined when the QCoreApplication is destroyed, so no work
/// is still running when main() returns.
void runOnWorkerThread(std::function<void()> work);

/// Waits, at most `limit`, until the threads Qt runs for itself (the network manager's, the thread pool's, the D-Bus
/// connection manager's) are gone. QThread::wait() returns once a thread's run() is over, but the thread releases
/// its per-thread data after that, from its thread-exit handlers: a process that exits in that moment tears Qt down
/// while the thread still works on it, and LeakSanitizer reports that data (152 bytes from libQt6Core) — in about
/// one process in a hundred on a loaded machine. Qt's threads are detached, so they cannot be joined: their end is
/// seen in /proc/self/task.
void waitForQtThreadsToEnd(std::chrono::milliseconds limit = std::chrono::seconds(2));

/// Arranges for waitForQtThreadsToEnd() to run when the process exits, after every static object made later is
/// destroyed (the D-Bus connection manager ends its thread only then, after main() returned). Call first in main(),
/// before anything starts a Qt thread; exit handlers run in reverse order, so this one runs after the objects' and
/// before the leak check the sanitizer registered before main().
void waitForQtThreadsAtExit();

/// Makes every thread allocate from one malloc heap. Call first thing in main(), before any thread exists.
/// What the workers build (a parsed token list, the table's rows) is used and freed on the UI thread; with glibc's
/// default of one heap (arena) per thread, each worker's heap is a chain of 64 MB mappings that glibc trims on free
/// and the next load faults in again: a 100 000-token list took 1.4 s from reply to table instead of 0.7 s
/// (scripts/bench.sh). The pool is a few threads, so sharing one heap costs no measurable contention.
void useOneHeapForAllThreads();

} // namespace bgtm
