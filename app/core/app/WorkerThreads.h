#pragma once

#include <functional>

namespace bgtm {

/// Runs `work` on the global thread pool: the one way this code leaves the UI thread (ECDH decryption, catalogue
/// parsing). After `work`, the thread's OpenSSL state is released at once (crypto::releaseThreadState): left to
/// the thread's end it raced with OpenSSL's exit-time cleanup (leaks and a double free under the sanitizers). The
/// first call also arranges for the pool's threads to be joined when the QCoreApplication is destroyed, so no work
/// is still running when main() returns.
void runOnWorkerThread(std::function<void()> work);

} // namespace bgtm
