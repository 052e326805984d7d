#pragma once

namespace bgtm {

/// Exit status of a process stopped by a kill point, distinct from every ordinary exit code of the app and CLI.
inline constexpr int kKillPointExitCode = 86;

/// Crash-safety test hook. When the environment variable BGTM_TEST_KILL_AT equals `name`, the process ends at
/// once with _Exit (no destructors, no flushing: as close to a crash or power cut as a test can get).
/// Unset (every real run), it does nothing. Names in use: "after-create-sent" (BitGoClient: the POST is out, its
/// reply unread), "after-server-reply", "after-keychain-write", "after-index-write"; rotation (TokenRotation):
/// "rotate-after-create", "rotate-after-store", "rotate-after-verify", "rotate-after-revoke".
/// Only builds with the test hooks (CMake option BGTM_TEST_HOOKS, on where the tests are built) read the variable;
/// in release builds and packages killPoint() is empty.
void killPoint(const char *name);

} // namespace bgtm
