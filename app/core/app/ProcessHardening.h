#pragma once

namespace bgtm {

/// Keeps secrets out of core files and away from same-user debuggers: marks the process non-dumpable
/// (prctl PR_SET_DUMPABLE 0, which also stops unprivileged ptrace attaches and makes /proc/<pid>/mem unreadable to
/// other processes of the user) and sets the core-file size limit to 0 (RLIMIT_CORE, soft and hard, so a child
/// cannot raise it again). Called first thing in the main() of the desktop app and of the CLI, in every build
/// type: nothing in the tests needs a core dump, and one code path is simpler to trust. A debugger that starts the
/// program (gdb ./app) keeps working; attaching to a running one needs root.
///
/// Test hook: when BGTM_TEST_REPORT_HARDENING is set, one line `hardening: dumpable=<0|1> core-limit=<soft>/<hard>`
/// (as read back from the kernel) is written to stderr afterwards. Unset, nothing is printed. Only in builds with
/// the test hooks (BGTM_TEST_HOOKS); release builds and packages do not read the variable.
void hardenProcess();

} // namespace bgtm
