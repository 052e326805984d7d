#include "ProcessHardening.h"

#include <QtGlobal>

#include <cstdio>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace bgtm {

void hardenProcess()
{
    // Failures are ignored on purpose: neither call can fail for an ordinary process on Linux, and refusing to
    // start would protect nothing.
    (void)::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    const rlimit none {0, 0};
    (void)::setrlimit(RLIMIT_CORE, &none);

#ifdef BGTM_TEST_HOOKS
    if (qEnvironmentVariableIsSet("BGTM_TEST_REPORT_HARDENING")) {
        rlimit core {};
        (void)::getrlimit(RLIMIT_CORE, &core);
        std::fprintf(stderr, "hardening: dumpable=%d core-limit=%llu/%llu\n", ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0),
                     static_cast<unsigned long long>(core.rlim_cur), static_cast<unsigned long long>(core.rlim_max));
        std::fflush(stderr);
    }
#endif
}

} // namespace bgtm
