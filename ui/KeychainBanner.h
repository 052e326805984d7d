#pragma once

#include "vault/SecretStore.h"

#include <QFrame>
#include <QPointer>

#include <chrono>

class QLabel;
class QPushButton;
class QTimer;

namespace bgtm {

class Vault;

/// Keychain trouble, said where the user works (above the token table, atop the editor): what is wrong in plain
/// words, what to do, "Unlock keychain…" when it is locked, "Check again", and the backend's own text behind Details.
/// Hidden while the keychain can take a new token. Follows the vault's keychainStatusChanged, so every banner and
/// every window agrees; no call here blocks the UI thread.
class KeychainBanner : public QFrame
{
    Q_OBJECT
public:
    /// How long "Unlock keychain…" waits for the user at the system's prompt before taking the prompt down.
    static constexpr std::chrono::minutes kUnlockWait {2};
    /// While it cannot store, the state is asked again this often (a property read, never a prompt): a keychain
    /// unlocked or started elsewhere, or one that answers again after a timeout, clears the banner by itself.
    static constexpr std::chrono::seconds kRecheckEvery {5};

    explicit KeychainBanner(Vault *vault, QWidget *parent = nullptr);

    /// Why a new token cannot be stored now, in one sentence for a disabled button; empty when it can.
    [[nodiscard]] static QString reason(const KeychainStatus &status);

public Q_SLOTS:
    /// Asks the keychain's state (never prompts).
    void check();
    /// Asks the system to unlock the keychain (its own password prompt), then checks.
    void unlock();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Every text this class sets in code: at construction, when shown and on LanguageChange.
    void retranslate();
    void showStatus(const KeychainStatus &status);
    void setWaiting(bool waiting);
    void finishWait();

    QPointer<Vault> m_vault;
    bool m_waiting = false;
    bool m_checkAgain = false; ///< check() came while waiting
    QLabel *m_label;
    QLabel *m_detailLabel;
    QPushButton *m_unlockButton;
    QPushButton *m_checkButton;
    QPushButton *m_detailsButton;
    QTimer *m_recheck;
    KeychainStatus m_status;
};

} // namespace bgtm
