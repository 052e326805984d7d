#include "KeychainWait.h"

namespace bgtm {

KeychainWait::KeychainWait(std::function<void()> onCancelled) : m_onCancelled(std::move(onCancelled)) { }

void KeychainWait::cancel()
{
    if (*m_cancelled)
        return;
    *m_cancelled = true;
    if (m_onCancelled)
        m_onCancelled();
}

} // namespace bgtm
