#pragma once

#include "model/Result.h"

#include <functional>
#include <memory>

namespace bgtm {

/// One keychain wait that the user may stop waiting for. QtKeychain 0.13 jobs cannot be deleted safely, so
/// cancelling does not stop the job: the vault's chain runs to its end (its index stays consistent and a late
/// change still reaches the table through Vault::tokensChanged); only the caller's continuation is dropped, and a
/// secret that arrives late is wiped unseen. Any retry starts a fresh vault call, which reads back first.
class KeychainWait
{
public:
    /// `onCancelled` restores what the caller disabled while waiting.
    explicit KeychainWait(std::function<void()> onCancelled = {});

    /// `done`, run only if this wait was not cancelled before the answer came.
    template <typename T>
    [[nodiscard]] Callback<T> guard(Callback<T> done) const
    {
        return [cancelled = m_cancelled, done = std::move(done)](Result<T> result) {
            if (!*cancelled)
                done(std::move(result));
        };
    }

    /// Stops waiting: the guarded continuation will not run; `onCancelled` runs now.
    void cancel();
    [[nodiscard]] bool isCancelled() const { return *m_cancelled; }

private:
    std::shared_ptr<bool> m_cancelled = std::make_shared<bool>(false);
    std::function<void()> m_onCancelled;
};

} // namespace bgtm
