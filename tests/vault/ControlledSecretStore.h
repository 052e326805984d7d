#pragma once

// A real keychain with switches, for the paths a healthy keychain never takes: token writes that fail after the
// canary succeeded (the server has made the token by then), a canary write that is held unanswered, and a status that
// says what a machine without a keychain service would say. It counts reads: a read of a locked keyring is what
// raises the system's unlock prompt.

#include "vault/SecretStore.h"

#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>
#include <utility>

namespace bgtm::test {

class ControlledSecretStore : public SecretStore
{
public:
    explicit ControlledSecretStore(SecretStore *real) : m_real(real) { }
    /// Writes of token secrets fail; the canary (written before creating) still succeeds.
    bool failing = false;
    /// The canary's write is held until release() (a keychain that does not answer, as a locked one waits for a
    /// password prompt).
    bool holdingCanary = false;
    /// Answered by status() and unlock() instead of the real keychain's state.
    std::optional<KeychainStatus> statusOverride;
    int reads = 0;

    void release()
    {
        if (m_held)
            std::exchange(m_held, nullptr)();
    }

    void write(const QString &key, const SecretBytes &secret, std::chrono::milliseconds timeout, QObject *context,
               Callback<Done> done) override
    {
        const bool canary = key.startsWith(QLatin1String("_canary"));
        if (canary && holdingCanary) {
            auto shared = std::make_shared<SecretBytes>(secret.copy());
            m_held = [this, key, shared, timeout, context = QPointer<QObject>(context), done]() {
                if (context)
                    m_real->write(key, *shared, timeout, context, done);
            };
            return;
        }
        if (failing && !canary) {
            Error e;
            e.kind = ErrorKind::KeychainFailed;
            e.message = QStringLiteral("The keychain refused the write (test).");
            QTimer::singleShot(0, context, [done, e] { done(e); });
            return;
        }
        m_real->write(key, secret, timeout, context, std::move(done));
    }
    void read(const QString &key, std::chrono::milliseconds timeout, QObject *context,
              Callback<SecretBytes> done) override
    {
        ++reads;
        m_real->read(key, timeout, context, std::move(done));
    }
    void remove(const QString &key, std::chrono::milliseconds timeout, QObject *context, Callback<Done> done) override
    {
        m_real->remove(key, timeout, context, std::move(done));
    }
    void describe(const QString &key, const QString &label, std::chrono::milliseconds timeout, QObject *context,
                  Callback<Done> done) override
    {
        m_real->describe(key, label, timeout, context, std::move(done));
    }
    void status(std::chrono::milliseconds timeout, QObject *context, Callback<KeychainStatus> done) override
    {
        if (statusOverride)
            return done(*statusOverride);
        m_real->status(timeout, context, std::move(done));
    }
    void unlock(std::chrono::milliseconds timeout, QObject *context, Callback<KeychainStatus> done) override
    {
        if (statusOverride)
            return done(*statusOverride);
        m_real->unlock(timeout, context, std::move(done));
    }

private:
    SecretStore *m_real;
    std::function<void()> m_held;
};

} // namespace bgtm::test
