#pragma once

namespace bgtm::crypto {

/// Frees the calling thread's OpenSSL state (its random generators, error queue) now. Worker threads call it when
/// their work is done: left to the thread's end, the release can race with OpenSSL's exit-time cleanup when the
/// process ends right after (QThread::wait() returns before the thread's own destructors have run), which shows up
/// as a leak or a double free under the sanitizers. OpenSSL sets the state up again if the thread uses it later.
void releaseThreadState();

} // namespace bgtm::crypto
