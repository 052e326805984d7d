#pragma once

#include "SecretStore.h"

namespace bgtm {

/// SecretStore over Qt Keychain 0.13 (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows).
/// insecureFallback stays off: a secret never lands in a plain file.
/// Qt Keychain has no timeout and a running job cannot be deleted safely (0.13 use-after-free when the keyring
/// answers later), so each job is left alive with autoDelete while this class stops waiting on its own deadline;
/// a late answer is dropped through a shared "answered" flag rather than a pointer that may dangle.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr auto kService = "bitgo-token-manager";

    explicit KeychainSecretStore(QObject *parent = nullptr);
    /// `service` is injectable for tests that must not share items with the app.
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    [[nodiscard]] QString service() const { return m_service; }

    void write(const QString &key, const SecretBytes &secret, std::chrono::milliseconds timeout, QObject *context,
               Callback<Done> done) override;
    void read(const QString &key, std::chrono::milliseconds timeout, QObject *context,
              Callback<SecretBytes> done) override;
    void remove(const QString &key, std::chrono::milliseconds timeout, QObject *context, Callback<Done> done) override;
    /// The Secret Service's default collection over D-Bus (its Locked property: no prompt). On KDE, where Qt Keychain
    /// talks to KWallet instead, Unchecked.
    void status(std::chrono::milliseconds timeout, QObject *context, Callback<KeychainStatus> done) override;
    /// Sets the Label of the Secret Service item Qt Keychain wrote for `key` (found by the attributes of its
    /// org.qt.keychain schema). Locked items are left alone (renaming one would prompt); on KDE, KWallet lists
    /// entries by key and this answers Done.
    void describe(const QString &key, const QString &label, std::chrono::milliseconds timeout, QObject *context,
                  Callback<Done> done) override;
    /// Secret Service Unlock of the default collection; a prompt it returns is shown and waited for (Completed).
    void unlock(std::chrono::milliseconds timeout, QObject *context, Callback<KeychainStatus> done) override;

private:
    QString m_service;
};

} // namespace bgtm
