#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace bgtm {

class RequestJob;

/// One public call of BitGoClient (which may take several HTTP exchanges: list → create → list, paging, login).
/// It is what a CallHandle points at. It finishes exactly once: with a result, with Cancelled (cancel()), or
/// silently when the caller's context object is destroyed. It deletes itself afterwards.
class CallJob : public QObject
{
    Q_OBJECT
public:
    /// `context` is the caller's object: the callback never runs after it is gone.
    CallJob(QObject *context, QObject *parent);

    /// Aborts the current exchange and runs the cancel handler (which reports Cancelled) once.
    void cancel();

    /// The exchange now in flight (owned by this job); cancel() aborts it.
    void setCurrent(RequestJob *request);
    /// Set by the typed code: reports Cancelled to the caller.
    void setCancelHandler(std::function<void()> handler) { m_cancelHandler = std::move(handler); }

    /// Marks the job finished; false when it already was (the caller must then not report anything).
    /// Schedules deletion.
    bool markFinished();
    [[nodiscard]] bool isFinished() const { return m_finished; }
    /// The caller's context still exists.
    [[nodiscard]] bool contextAlive() const { return !m_hadContext || !m_context.isNull(); }

private:
    QPointer<QObject> m_context;
    QPointer<RequestJob> m_current;
    std::function<void()> m_cancelHandler;
    bool m_hadContext = false;
    bool m_finished = false;
};

} // namespace bgtm
