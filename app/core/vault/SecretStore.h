#pragma once

#include "model/Result.h"

#include "SecretBytes.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <utility>

namespace bgtm {

/// The keychain's state as the backend reports it, found without raising a system prompt.
struct KeychainStatus {
    enum class State {
        Unchecked, ///< not looked at yet: treated as usable, the first use tells
        Ready,     ///< present and unlocked
        Locked,    ///< present, needs its password (reads would raise the system's unlock prompt)
        Absent,    ///< no keychain service on this desktop session
        Failed,    ///< present but answering with errors
    };
    State state = State::Unchecked;
    QString detail; ///< the backend's own words (D-Bus error text), shown behind "Details"; never a secret

    [[nodiscard]] bool canStore() const { return state == State::Unchecked || state == State::Ready; }
    friend bool operator==(const KeychainStatus &, const KeychainStatus &) = default;
};

/// The OS keychain as the vault sees it: one secret per key, asynchronous, every call bounded by `timeout`.
/// Callbacks run at most once, on the thread of `context`, and never after `context` is destroyed.
/// Errors: NotFound (read of an absent item), KeychainUnavailable (no backend, locked, access denied),
/// KeychainTimeout (no answer within `timeout`; the operation may still complete later), KeychainFailed.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void write(const QString &key, const SecretBytes &secret, std::chrono::milliseconds timeout,
                       QObject *context, Callback<Done> done) = 0;
    virtual void read(const QString &key, std::chrono::milliseconds timeout, QObject *context,
                      Callback<SecretBytes> done) = 0;
    /// Removing an absent item succeeds.
    virtual void remove(const QString &key, std::chrono::milliseconds timeout, QObject *context,
                        Callback<Done> done) = 0;
    /// Present and unlocked? Asked without prompting. A store that cannot tell answers Unchecked.
    virtual void status(std::chrono::milliseconds timeout, QObject *context, Callback<KeychainStatus> done)
    {
        Q_UNUSED(timeout)
        Q_UNUSED(context)
        const Callback<KeychainStatus> answer = std::move(done); // taken, as every store takes its callback
        answer(KeychainStatus {});
    }
    /// Names item `key` for people who browse the keychain (Seahorse, KeePassXC): "BitGo access token “ci” (test)"
    /// rather than the service name every item shares. Cosmetic: the secret is untouched, callers go on whatever
    /// the answer. A store with nothing to name answers Done.
    virtual void describe(const QString &key, const QString &label, std::chrono::milliseconds timeout, QObject *context,
                          Callback<Done> done)
    {
        Q_UNUSED(key)
        Q_UNUSED(label)
        Q_UNUSED(timeout)
        Q_UNUSED(context)
        const Callback<Done> answer = std::move(done);
        answer(Done {});
    }
    /// Asks the backend to unlock (the system shows its own password prompt), then answers status(). Only on the
    /// user's request: this is the one call meant to prompt. `timeout` bounds the wait for the user.
    virtual void unlock(std::chrono::milliseconds timeout, QObject *context, Callback<KeychainStatus> done)
    {
        status(timeout, context, std::move(done));
    }
};

} // namespace bgtm
