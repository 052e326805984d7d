#pragma once

#include <QEvent>
#include <QObject>
#include <QWidget>

#include <unistd.h>

namespace bgtm {

/// Start-up probe for scripts/bench.sh (docs/benchmarks.md): when BGTM_BENCH_SHOWN_FD names an open file descriptor,
/// writes "shown" to it when the window is first painted, then closes it. Without the variable it does nothing.
/// Header-only, on QtCore and QtWidgets alone, so that the bench's bare-Qt floor window reports exactly as the app does
/// without linking anything of ours.
class FirstPaintProbe : public QObject
{
public:
    static void installFromEnvironment(QWidget *window)
    {
        bool set = false;
        const int fd = qEnvironmentVariableIntValue("BGTM_BENCH_SHOWN_FD", &set);
        if (set)
            window->installEventFilter(new FirstPaintProbe(fd, window));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_fd >= 0 && event->type() == QEvent::Paint) {
            (void)!::write(m_fd, "shown\n", 6);
            ::close(m_fd);
            m_fd = -1;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    FirstPaintProbe(int fd, QObject *parent) : QObject(parent), m_fd(fd) { }

    int m_fd;
};

} // namespace bgtm
