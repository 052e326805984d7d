#include "AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace bgtm {

void AfterFirstPaint::schedule(QWidget *window, std::function<void()> work, std::chrono::milliseconds fallback)
{
    // Owned by the window: the work never outlives what it captured.
    auto *hook = new AfterFirstPaint(window, std::move(work));
    QTimer::singleShot(fallback, hook, &AfterFirstPaint::runOnce);
}

AfterFirstPaint::AfterFirstPaint(QWidget *window, std::function<void()> work) : QObject(window), m_work(std::move(work))
{
    window->installEventFilter(this);
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    // Queued rather than run here: the paint has only started; the work waits until the frame is on screen.
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        QTimer::singleShot(0, this, &AfterFirstPaint::runOnce);
    }
    return QObject::eventFilter(watched, event);
}

void AfterFirstPaint::runOnce()
{
    if (!m_work)
        return;
    parent()->removeEventFilter(this);
    const std::function<void()> work = std::exchange(m_work, nullptr);
    deleteLater();
    work();
}

} // namespace bgtm
