#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

class QWidget;

namespace bgtm::test {

/// Works the real desktop app's widgets, found by objectName, as a user would: signs the sandbox's demo account in,
/// then creates a token (the editor: label, read-only preset, code, Create), rotates one (the table's row, Rotate…,
/// code, Rotate) or only lets the app list and reconcile and writes what the token table shows to a report.
/// Configured by the environment: BGTM_CRASH_DRIVER_ACTION (create | rotate | list), BGTM_CRASH_DRIVER_LABEL,
/// BGTM_CRASH_DRIVER_REPORT (list). Prints one line per milestone on stdout ("signed-in", "clicked" when Create or
/// Rotate is pressed, "done"), which the harness uses to time random kills; never a secret. The app ends with exit
/// 0 when the action is done, 3 when it could not get there in time ("stuck <phase>").
class CrashDriver : public QObject
{
    Q_OBJECT

public:
    CrashDriver();

private:
    enum class Phase {
        SignIn,
        SigningIn,
        Act,
        EditorOpening,
        EditorFilled,
        RotationOpening,
        RotationFilled,
        Waiting,
    };

    void tick();
    void signIn(QWidget *dialog);
    [[nodiscard]] bool signedInAndListed();
    void act();
    [[nodiscard]] bool createdAndStored() const;
    [[nodiscard]] bool rotationFinished() const;
    [[nodiscard]] bool writeReport() const;
    void say(const char *line) const;
    void finish(int exitCode, const char *line);

    QString m_action;
    QString m_label;
    QString m_report;
    Phase m_phase = Phase::SignIn;
    int m_stableTicks = 0;
    bool m_finished = false;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace bgtm::test
