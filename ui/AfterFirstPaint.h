#pragma once

#include <QObject>

#include <chrono>
#include <functional>

class QWidget;

namespace bgtm {

/// Runs start-up work that the first frame does not need once a window has painted for the first time, so that it
/// does not delay the window appearing (start-up within 1.5× a bare Qt window). The work runs from the
/// event loop just after that paint. A window that never paints (never shown, or started minimized) still gets it,
/// `fallback` after scheduling, so nothing that matters for security (the screen-lock watch) can be skipped.
class AfterFirstPaint : public QObject
{
public:
    static void schedule(QWidget *window, std::function<void()> work,
                         std::chrono::milliseconds fallback = std::chrono::seconds(2));

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstPaint(QWidget *window, std::function<void()> work);
    void runOnce();

    std::function<void()> m_work;
};

} // namespace bgtm
