#pragma once

#include <QGenericPlugin>

namespace bgtm::test {

/// A Qt "generic" plugin (QT_QPA_GENERIC_PLUGINS=bgtmcrashdriver, found through QT_PLUGIN_PATH) that QGuiApplication
/// loads into the real, unmodified `bitgo-token-manager` at start-up. It only creates a CrashDriver, which works the
/// app's widgets as a user would. The binary carries no test code: Qt's own plugin mechanism brings the driver in.
class CrashDriverPlugin : public QGenericPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QGenericPluginFactoryInterface_iid FILE "crash_driver.json")

public:
    QObject *create(const QString &name, const QString &spec) override;
};

} // namespace bgtm::test
