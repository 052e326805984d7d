#pragma once

#include "history/TokenTemplates.h"
#include "model/AccessToken.h"
#include "model/CreateTokenRequest.h"
#include "rotation/TokenRotation.h"
#include "vault/StoredToken.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <chrono>
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

/// "Rotate…": the plan for one or several tokens (old → new, lifetime, carry-over per coin with spent
/// and remaining), the shape of the new tokens (the old token's or a template's), the one-time code, then the
/// progress of each step and a result per token. A row whose old token could not be revoked (or forgotten) offers
/// Retry and Undo until it is finished. Window-modal: the client it uses must not be replaced while it runs.
class RotateTokensDialog : public QDialog
{
    Q_OBJECT
public:
    struct Dependencies {
        BitGoClient *client = nullptr; ///< signed in
        Vault *vault = nullptr;
        QNetworkAccessManager *network = nullptr;
        ActionHistory *history = nullptr;    ///< may be null
        TokenTemplates *templates = nullptr; ///< offered as shapes; may be null
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

    /// "Change…": the new token's settings in the token editor, started at `field` ("ipRestrict", "spendingLimits",
    /// "scope"; empty: the top); what the user chooses there becomes the shape. One token only.
    void editNewShape(const QString &field = {});

    /// How long Retry / Undo may wait for the server before the row says so and Close is offered again.
    void setActionTimeout(std::chrono::milliseconds timeout) { m_actionTimeout = timeout; }

Q_SIGNALS:
    /// Something changed on the server or in the index (some rotation ran, successful or not).
    void rotationsFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The texts code sets, again after a language switch (the form's are retranslateUi's). Results already shown
    /// keep their words.
    void retranslate();
    void rebuildPlans();
    void rotateNext();
    void showOutcome(int row, const RotationOutcome &outcome);
    void recordHistory(const RotationOutcome &outcome);
    /// After a failed revoke (or forget) of the old token: keeps `rotation` and puts Retry (and Undo) in the row.
    void offerFinish(int row, TokenRotation *rotation, const RotationOutcome &outcome);
    void runFinish(int row, bool undo);
    void finishDone(int row, bool undo, const RotationOutcome &outcome);
    void updateSummary();
    void finishAll();
    [[nodiscard]] QString suggestedShapeName() const;
    [[nodiscard]] QString coinText(const QString &coin, const QString &baseUnits) const;

    std::unique_ptr<Ui::RotateTokensDialog> m_ui;
    Dependencies m_dependencies;
    QList<Target> m_targets;
    std::optional<CreateTokenRequest> m_suggested;
    bool m_suggestedByUser = false; ///< m_suggested came from "Change…", not from the review
    QList<TokenTemplate> m_templates;
    QList<RotationPlan> m_plans;
    QList<RotationPlan> m_queue;
    QString m_otp;
    int m_currentRow = -1;
    QSet<int> m_failedRows; ///< rows whose rotation did not finish (undone rows are not failures)
    struct Unfinished {
        QPointer<TokenRotation> rotation;
        RotationStep failedStep = RotationStep::Finished; ///< RevokeOld or ForgetOld
    };
    QHash<int, Unfinished> m_unfinished; ///< row → a rotation left to finish (Retry) or undo
    int m_finishing = 0;                 ///< Retry / Undo waiting for the server
    std::chrono::milliseconds m_actionTimeout {90000};
    bool m_running = false;
    bool m_done = false;
};

} // namespace bgtm
