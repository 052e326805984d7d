#include "CallJob.h"

#include "RequestJob.h"

#include "BitGoClient.h"

#include <utility>

namespace bgtm {

CallJob::CallJob(QObject *context, QObject *parent)
    : QObject(parent), m_context(context), m_hadContext(context != nullptr)
{
    if (context) {
        // The caller is gone: stop the work and report nothing.
        connect(context, &QObject::destroyed, this, [this] {
            if (m_current)
                m_current->abort();
            markFinished();
        });
    }
}

void CallJob::cancel()
{
    if (m_finished)
        return;
    if (m_current)
        m_current->abort();
    // Moved out first: the handler ends in markFinished(), which clears m_cancelHandler.
    const std::function<void()> handler = std::exchange(m_cancelHandler, nullptr);
    if (handler)
        handler(); // reports Cancelled through the typed finisher, which calls markFinished()
    markFinished();
}

void CallJob::setCurrent(RequestJob *request)
{
    if (m_current && m_current != request)
        m_current->deleteLater();
    m_current = request;
}

bool CallJob::markFinished()
{
    if (m_finished)
        return false;
    m_finished = true;
    m_cancelHandler = nullptr;
    if (m_current)
        m_current->abort();
    deleteLater();
    return true;
}

void CallHandle::cancel()
{
    if (auto *job = qobject_cast<CallJob *>(m_job.data()))
        job->cancel();
}

} // namespace bgtm
