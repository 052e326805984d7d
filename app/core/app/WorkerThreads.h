#pragma once

#include <functional>

namespace bgtm {

/// Runs `work` on the global thread pool: the one way this code leaves the UI thread (ECDH decryption, catalogue
/// parsing). The first call arranges for the pool's threads to be joined when the QCoreApplication is destroyed,
/// i.e. before main() returns: OpenSSL frees a thread's state (its random generators) when the thread ends, and that
/// must happen before OpenSSL's own exit-time cleanup. Left to the exit handlers, the order is chance and the state
/// is sometimes lost (LeakSanitizer reports it as a leak inside libcrypto).
void runOnWorkerThread(std::function<void()> work);

} // namespace bgtm
