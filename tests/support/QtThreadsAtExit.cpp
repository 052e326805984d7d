// Linked into every test executable (bgtm_add_test): the tests' main() is QTest's, so the wait for Qt's own threads
// at exit is arranged here, before main(), as the app's and the CLI's main() arrange it first thing. Without it a
// test that exits while Qt's network, pool or D-Bus thread is still ending fails one run in many under
// LeakSanitizer (see waitForQtThreadsToEnd).
#include "app/WorkerThreads.h"

namespace {

const bool s_waitRegistered = [] {
    bgtm::waitForQtThreadsAtExit();
    return true;
}();

} // namespace
