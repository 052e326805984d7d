#include "CrashDriverPlugin.h"

#include "CrashDriver.h"

namespace bgtm::test {

QObject *CrashDriverPlugin::create(const QString &name, const QString &spec)
{
    Q_UNUSED(spec)
    // QGuiApplication owns what is returned here and deletes it when it ends.
    if (name.compare(QLatin1String("bgtmcrashdriver"), Qt::CaseInsensitive) != 0)
        return nullptr;
    return new CrashDriver;
}

} // namespace bgtm::test
