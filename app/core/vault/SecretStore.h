#pragma once

#include "model/Result.h"

#include "SecretBytes.h"

#include <QObject>
#include <QString>

#include <chrono>

namespace bgtm {

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
};

} // namespace bgtm
