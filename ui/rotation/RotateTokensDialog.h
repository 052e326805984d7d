#pragma once

#include "model/AccessToken.h"
#include "model/CreateTokenRequest.h"
#include "rotation/TokenRotation.h"
#include "vault/StoredToken.h"

#include <QDialog>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Ui {
class RotateTokensDialog;
}

namespace bgtm {

class ActionHistory;
class BitGoClient;
class Vault;

/// "Rotate…" (issue 12): the plan for one or several tokens (old → new, lifetime, carry-over per coin with spent
/// and remaining), the one-time code, then the progress of each step and a result per token. Window-modal: the
/// client it uses must not be replaced while it runs.
class RotateTokensDialog : public QDialog
{
    Q_OBJECT
public:
    struct Dependencies {
        BitGoClient *client = nullptr; ///< signed in
        Vault *vault = nullptr;
        QNetworkAccessManager *network = nullptr;
        ActionHistory *history = nullptr; ///< may be null
        QString environmentId;
        QString userId;
        QString username;
    };
    struct Target {
        AccessToken server;               ///< as listed, with its spending figures
        std::optional<StoredToken> local; ///< when this machine holds it
    };

    /// `suggested` (the security review's "Fix"): the change pre-filled for a single token.
    RotateTokensDialog(Dependencies dependencies, QList<Target> targets,
                       std::optional<CreateTokenRequest> suggested = std::nullopt, QWidget *parent = nullptr);
    ~RotateTokensDialog() override;

    void accept() override;
    void reject() override;

Q_SIGNALS:
    /// Something changed on the server or in the index (some rotation ran, successful or not).
    void rotationsFinished();

private:
    void rebuildPlans();
    void rotateNext();
    void showOutcome(int row, const RotationOutcome &outcome);
    void recordHistory(const RotationOutcome &outcome);
    void finishAll();
    [[nodiscard]] QString coinText(const QString &coin, const QString &baseUnits) const;

    std::unique_ptr<Ui::RotateTokensDialog> m_ui;
    Dependencies m_dependencies;
    QList<Target> m_targets;
    std::optional<CreateTokenRequest> m_suggested;
    QList<RotationPlan> m_plans;
    QList<RotationPlan> m_queue;
    QString m_otp;
    int m_currentRow = -1;
    int m_failures = 0;
    bool m_running = false;
    bool m_done = false;
};

} // namespace bgtm
