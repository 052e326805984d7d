#include "KillPoints.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstdlib>

namespace bgtm {

void killPoint(const char *name)
{
    // Read each time: cheap, and a test may set it after start-up.
    const QByteArray wanted = qgetenv("BGTM_TEST_KILL_AT");
    if (!wanted.isEmpty() && wanted == name)
        std::_Exit(kKillPointExitCode);
}

} // namespace bgtm
