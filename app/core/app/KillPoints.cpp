#include "KillPoints.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstdlib>

namespace bgtm {

void killPoint([[maybe_unused]] const char *name)
{
#ifdef BGTM_TEST_HOOKS
    // Read each time: cheap, and a test may set it after start-up.
    const QByteArray wanted = qgetenv("BGTM_TEST_KILL_AT");
    if (!wanted.isEmpty() && wanted == name)
        std::_Exit(kKillPointExitCode);
#endif
}

} // namespace bgtm
