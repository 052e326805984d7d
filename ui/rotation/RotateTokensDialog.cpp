#include "RotateTokensDialog.h"
#include "ui_RotateTokensDialog.h"

#include "editor/CreateTokenDialog.h"
#include "history/ActionHistory.h"
#include "model/Amount.h"
#include "model/CoinCatalogue.h"
#include "net/BitGoClient.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTimer>

namespace bgtm {

namespace {

enum ResultColumn { TokenColumn, StepColumn, ResultColumn, FinishColumn };

// shapeComboBox data: the old token's shape, the suggested change, or an index into m_templates (0…).
constexpr int kOldShape = -2;
constexpr int kSuggestedShape = -1;

QString amountText(const ServerAmount &amount)
{
    return (amount.exact ? QString() : QStringLiteral("≈")) + amount.digits;
}

} // namespace

RotateTokensDialog::RotateTokensDialog(Dependencies dependencies, QList<Target> targets,
                                       std::optional<CreateTokenRequest> suggested, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::RotateTokensDialog>()),
      m_dependencies(std::move(dependencies)),
      m_targets(std::move(targets)),
      m_suggested(std::move(suggested))
{
    m_ui->setupUi(this);
    setWindowModality(Qt::WindowModal);
    QPushButton *rotate = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    rotate->setText(tr("&Rotate"));
    rotate->setObjectName(QStringLiteral("rotateButton"));
    m_ui->resultsTableWidget->horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    m_ui->resultsTableWidget->horizontalHeader()->setSectionResizeMode(FinishColumn, QHeaderView::ResizeToContents);
    m_ui->resultsTableWidget->verticalHeader()->hide();
    m_ui->resultsTableWidget->hide();
    m_ui->planTreeWidget->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A new label names one token; several tokens keep theirs.
    m_ui->newLabelLineEdit->setEnabled(m_targets.size() == 1);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RotateTokensDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RotateTokensDialog::reject);
    connect(m_ui->keepLifetimeCheckBox, &QCheckBox::toggled, this, [this](bool keep) {
        m_ui->lifetimeSpinBox->setEnabled(!keep);
        rebuildPlans();
    });
    connect(m_ui->lifetimeSpinBox, &QSpinBox::valueChanged, this, &RotateTokensDialog::rebuildPlans);
    connect(m_ui->newLabelLineEdit, &QLineEdit::textChanged, this, &RotateTokensDialog::rebuildPlans);
    connect(m_ui->carryOverCheckBox, &QCheckBox::toggled, this, &RotateTokensDialog::rebuildPlans);
    m_ui->shapeComboBox->addItem(tr("Same as the old token"), kOldShape);
    if (m_suggested)
        m_ui->shapeComboBox->addItem(suggestedShapeName(), kSuggestedShape);
    if (m_dependencies.templates != nullptr) {
        const Result<QList<TokenTemplate>> templates = m_dependencies.templates->list();
        if (templates.ok())
            m_templates = templates.value();
        else
            m_ui->shapeComboBox->setToolTip(tr("The templates could not be read: %1").arg(templates.error().message));
    }
    for (int i = 0; i < m_templates.size(); ++i)
        m_ui->shapeComboBox->addItem(tr("Template: %1").arg(m_templates.at(i).name), i);
    m_ui->shapeComboBox->setCurrentIndex(m_suggested ? 1 : 0);
    connect(m_ui->shapeComboBox, &QComboBox::currentIndexChanged, this, &RotateTokensDialog::rebuildPlans);
    m_ui->changeShapePushButton->setEnabled(m_targets.size() == 1);
    connect(m_ui->changeShapePushButton, &QPushButton::clicked, this, [this] { editNewShape(); });
    if (m_suggested && m_suggested->durationSeconds) {
        m_ui->keepLifetimeCheckBox->setChecked(false);
        m_ui->lifetimeSpinBox->setValue(int(std::max<qint64>(1, *m_suggested->durationSeconds / 86400)));
    }
    if (m_suggested)
        m_ui->introLabel->setText(m_ui->introLabel->text()
                                  + tr("\n\nThe suggested change is applied: the new token gets the scopes, limits "
                                       "and IP rules shown below instead of the old ones."));
    rebuildPlans();
    m_ui->otpLineEdit->setFocus();
}

RotateTokensDialog::~RotateTokensDialog() = default;

void RotateTokensDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void RotateTokensDialog::retranslate()
{
    // The button box re-words its standard buttons on a language change; ours is Rotate, then Close.
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(m_done ? tr("&Close") : tr("&Rotate"));
    for (int i = 0; i < m_ui->shapeComboBox->count(); ++i) {
        const int shape = m_ui->shapeComboBox->itemData(i).toInt();
        m_ui->shapeComboBox->setItemText(i,
                                         shape == kOldShape ? tr("Same as the old token")
                                             : shape == kSuggestedShape
                                             ? suggestedShapeName()
                                             : tr("Template: %1").arg(m_templates.at(shape).name));
    }
    if (m_suggested)
        m_ui->introLabel->setText(m_ui->introLabel->text()
                                  + tr("\n\nThe suggested change is applied: the new token gets the scopes, limits "
                                       "and IP rules shown below instead of the old ones."));
    rebuildPlans(); // the plan's words (nothing once rotation has started)
}

QString RotateTokensDialog::suggestedShapeName() const
{
    return m_suggestedByUser ? tr("Your changes") : tr("The suggested change");
}

void RotateTokensDialog::editNewShape(const QString &field)
{
    if (m_running || m_done || m_targets.size() != 1 || m_plans.size() != 1)
        return;
    CreateTokenDialog::Dependencies dependencies;
    dependencies.environment = m_dependencies.client->environment();
    dependencies.settingsToEdit = m_plans.constFirst().request;
    dependencies.fieldToEdit = field;
    auto *editor = new CreateTokenDialog(std::move(dependencies), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &CreateTokenDialog::settingsChosen, this, [this](const CreateTokenRequest &settings) {
        m_suggested = settings;
        m_suggestedByUser = true;
        int index = m_ui->shapeComboBox->findData(kSuggestedShape);
        if (index < 0) {
            m_ui->shapeComboBox->insertItem(1, suggestedShapeName(), kSuggestedShape);
            index = 1;
        }
        m_ui->shapeComboBox->setItemText(index, suggestedShapeName());
        // The editor's lifetime is part of what was chosen.
        if (settings.durationSeconds) {
            m_ui->keepLifetimeCheckBox->setChecked(false);
            m_ui->lifetimeSpinBox->setValue(int(std::max<qint64>(1, *settings.durationSeconds / 86400)));
        }
        m_ui->shapeComboBox->setCurrentIndex(index);
        rebuildPlans();
        m_ui->otpLineEdit->setFocus();
    });
    editor->open();
}

QString RotateTokensDialog::coinText(const QString &coin, const QString &baseUnits) const
{
    if (baseUnits.isEmpty())
        return tr("unlimited");
    if (const CoinInfo *info = CoinCatalogue::embedded().find(coin)) {
        const Result<QString> units = Amount::fromBaseUnits(baseUnits, info->decimals);
        if (units.ok())
            return QStringLiteral("%1 %2").arg(units.value(), coin);
    }
    return tr("%1 base units").arg(baseUnits);
}

void RotateTokensDialog::rebuildPlans()
{
    if (m_running || m_done)
        return;
    RotationOptions options;
    options.newLabel = m_targets.size() == 1 ? m_ui->newLabelLineEdit->text().trimmed() : QString();
    options.carryOverRemaining = m_ui->carryOverCheckBox->isChecked();
    const int shape = m_ui->shapeComboBox->currentData().toInt();
    if (shape == kSuggestedShape)
        options.suggested = m_suggested;
    else if (shape >= 0 && shape < m_templates.size())
        options.fromTemplate = m_templates.at(shape);
    // "Same as the old token" would be wrong when the lifetime comes from the template.
    m_ui->keepLifetimeCheckBox->setText(options.fromTemplate && options.fromTemplate->shape.durationSeconds
                                            ? tr("The template's")
                                            : tr("Same as the old token"));
    if (!m_ui->keepLifetimeCheckBox->isChecked())
        options.lifetimeSeconds = qint64(m_ui->lifetimeSpinBox->value()) * 86400;

    m_plans.clear();
    m_ui->planTreeWidget->clear();
    QStringList problems;
    for (const Target &target : std::as_const(m_targets)) {
        const Result<RotationPlan> plan = RotationPlanner::plan(target.server, target.local, options);
        auto *item = new QTreeWidgetItem(m_ui->planTreeWidget);
        item->setText(0, QStringLiteral("%1 (%2)").arg(target.server.label, target.server.id.left(8)));
        if (!plan.ok()) {
            item->setText(1, tr("cannot rotate"));
            item->setToolTip(1, plan.error().message);
            problems.append(QStringLiteral("%1: %2").arg(target.server.label, plan.error().message));
            continue;
        }
        const RotationPlan &p = plan.value();
        item->setText(1, p.request.label);
        item->setText(2, tr("%n day(s)", nullptr, int(*p.request.durationSeconds / 86400)));
        for (const CarryOver &c : p.carryOver) {
            auto *coin = new QTreeWidgetItem(item);
            coin->setText(0, c.coin);
            coin->setText(1,
                          c.carriedOver            ? tr("remaining budget")
                              : shape == kOldShape ? tr("full limit")
                                                   : tr("the new shape's limit"));
            coin->setText(2, tr("%1 → %2").arg(coinText(c.coin, c.limit.digits), coinText(c.coin, c.newLimit)));
            coin->setText(3, c.spent.exact ? coinText(c.coin, c.spent.digits) : amountText(c.spent));
            coin->setText(4, c.remaining.isEmpty() ? tr("unknown") : coinText(c.coin, c.remaining));
            if (!c.refusedReason.isEmpty())
                coin->setToolTip(4, c.refusedReason);
        }
        m_plans.append(p);
    }
    m_ui->planTreeWidget->expandAll();
    m_ui->errorLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_plans.isEmpty());
}

void RotateTokensDialog::accept()
{
    if (m_done) {
        if (m_finishing == 0)
            QDialog::accept();
        return;
    }
    if (m_running)
        return;
    m_otp = m_ui->otpLineEdit->text().trimmed();
    if (m_otp.isEmpty()) {
        m_ui->errorLabel->setText(tr("Enter the one-time code."));
        m_ui->otpLineEdit->setFocus();
        return;
    }
    m_running = true;
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_ui->shapeComboBox, m_ui->changeShapePushButton, m_ui->keepLifetimeCheckBox, m_ui->lifetimeSpinBox,
             m_ui->newLabelLineEdit, m_ui->carryOverCheckBox, m_ui->otpLineEdit})
        w->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(false); // a rotation is never left half-way
    m_ui->otpLineEdit->clear();
    m_ui->resultsTableWidget->show();
    m_ui->resultsTableWidget->setRowCount(int(m_plans.size()));
    for (int row = 0; row < m_plans.size(); ++row) {
        const RotationPlan &plan = m_plans.at(row);
        m_ui->resultsTableWidget->setItem(
            row, TokenColumn,
            new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(plan.oldToken.label, plan.oldToken.id)));
        m_ui->resultsTableWidget->setItem(row, StepColumn, new QTableWidgetItem(tr("waiting")));
        m_ui->resultsTableWidget->setItem(row, ResultColumn, new QTableWidgetItem());
        m_ui->resultsTableWidget->setItem(row, FinishColumn, new QTableWidgetItem());
    }
    m_queue = m_plans;
    m_currentRow = -1;
    rotateNext();
}

void RotateTokensDialog::reject()
{
    if (m_running || m_finishing > 0)
        return; // the old tokens must not be left without knowing where each rotation stopped
    QDialog::reject();
}

void RotateTokensDialog::rotateNext()
{
    if (m_queue.isEmpty()) {
        finishAll();
        return;
    }
    ++m_currentRow;
    const int row = m_currentRow;
    auto *rotation = new TokenRotation(m_dependencies.client, m_dependencies.vault, m_dependencies.network,
                                       m_dependencies.environmentId, m_dependencies.userId, this);
    connect(rotation, &TokenRotation::stepStarted, this, [this, row](RotationStep step) {
        m_ui->resultsTableWidget->item(row, StepColumn)->setText(TokenRotation::stepName(step));
    });
    rotation->start(m_queue.takeFirst(), m_otp, this, [this, row, rotation](const RotationOutcome &outcome) {
        showOutcome(row, outcome);
        recordHistory(outcome);
        if (outcome.failedStep == RotationStep::RevokeOld || outcome.failedStep == RotationStep::ForgetOld)
            offerFinish(row, rotation, outcome);
        else
            rotation->deleteLater();
        rotateNext();
    });
}

void RotateTokensDialog::showOutcome(int row, const RotationOutcome &o)
{
    QString text;
    const QString error = o.error ? o.error->message : QString();
    if (o.succeeded() && o.failedStep == RotationStep::Finished) {
        text = tr("✓ rotated: new token %1").arg(o.newTokenId);
    } else if (o.failedStep == RotationStep::ForgetOld) {
        text = tr("✓ rotated to %1, but the old token could not be removed from this machine (%2): use Forget.")
                   .arg(o.newTokenId, error);
    } else if (o.failedStep == RotationStep::RevokeOld) {
        text = tr("✗ the new token %1 is stored and works, but the old one could not be revoked (%2): both are "
                  "valid. Revoke the old token to finish.")
                   .arg(o.newTokenId, error);
    } else if (o.newRevoked) {
        text = tr("✗ %1 failed (%2); the new token was revoked and the old one is unchanged.")
                   .arg(TokenRotation::stepName(o.failedStep), error);
    } else if (!o.newTokenId.isEmpty()) {
        // Not stored and not revoked: its index entry is flagged; the table shows it for revocation.
        text = tr("✗ %1 failed (%2); the new token %3 could not be revoked and is flagged in the table: revoke it. "
                  "The old token is unchanged.")
                   .arg(TokenRotation::stepName(o.failedStep), error, o.newTokenId);
        if (o.unstoredSecret)
            o.unstoredSecret->clear();
    } else {
        text = tr("✗ %1 failed: %2. Nothing was changed.").arg(TokenRotation::stepName(o.failedStep), error);
    }
    // Only a finished rotation (or one left to "Forget" here) is not a failure.
    if (o.failedStep == RotationStep::Finished || o.failedStep == RotationStep::ForgetOld)
        m_failedRows.remove(row);
    else
        m_failedRows.insert(row);
    if (!o.note.isEmpty())
        text += QLatin1Char('\n') + o.note;
    m_ui->resultsTableWidget->item(row, StepColumn)->setText(TokenRotation::stepName(o.failedStep));
    m_ui->resultsTableWidget->item(row, ResultColumn)->setText(text);
    m_ui->resultsTableWidget->item(row, ResultColumn)->setToolTip(text);
    m_ui->resultsTableWidget->resizeRowToContents(row);
}

void RotateTokensDialog::recordHistory(const RotationOutcome &o)
{
    if (!m_dependencies.history || !o.oldRevoked)
        return;
    HistoryEntry entry;
    entry.action = HistoryAction::Rotated;
    entry.environmentId = m_dependencies.environmentId;
    entry.user = m_dependencies.username.isEmpty() ? m_dependencies.userId : m_dependencies.username;
    entry.tokenId = o.oldTokenId;
    entry.label = o.label;
    entry.origin = QStringLiteral("gui");
    entry.detail = tr("new token %1").arg(o.newTokenId);
    (void)m_dependencies.history->append(entry); // the history is a convenience; a full disk must not stop this
}

void RotateTokensDialog::offerFinish(int row, TokenRotation *rotation, const RotationOutcome &o)
{
    m_unfinished.insert(row, Unfinished {rotation, o.failedStep});
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *retry =
        new QPushButton(o.failedStep == RotationStep::RevokeOld ? tr("Retry revoke") : tr("Retry forget"), box);
    retry->setObjectName(QStringLiteral("retryButton"));
    retry->setToolTip(o.failedStep == RotationStep::RevokeOld
                          ? tr("Try again to revoke the old token, then forget it here")
                          : tr("Try again to remove the old token from this machine"));
    layout->addWidget(retry);
    connect(retry, &QPushButton::clicked, this, [this, row] { runFinish(row, false); });
    // Undo is only possible while the old token is still valid: revoke the new one instead.
    if (o.failedStep == RotationStep::RevokeOld) {
        auto *undo = new QPushButton(tr("Undo"), box);
        undo->setObjectName(QStringLiteral("undoButton"));
        undo->setToolTip(tr("Revoke the new token and keep the old one"));
        layout->addWidget(undo);
        connect(undo, &QPushButton::clicked, this, [this, row] { runFinish(row, true); });
    }
    m_ui->resultsTableWidget->setCellWidget(row, FinishColumn, box);
    m_ui->resultsTableWidget->resizeRowToContents(row);
}

void RotateTokensDialog::runFinish(int row, bool undo)
{
    TokenRotation *rotation = m_unfinished.value(row).rotation;
    QWidget *box = m_ui->resultsTableWidget->cellWidget(row, FinishColumn);
    if (rotation == nullptr || box == nullptr || !box->isEnabled())
        return;
    box->setEnabled(false); // one action per row at a time
    ++m_finishing;
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_actionTimeout).count();
    // The step column follows the rotation's steps; the result column says what is being waited for.
    m_ui->resultsTableWidget->item(row, StepColumn)->setText(undo ? tr("undoing…") : tr("retrying…"));
    m_ui->resultsTableWidget->item(row, ResultColumn)
        ->setText(
            undo ? tr("Undoing: revoking the new token, waiting for the server (at most %n s)…", nullptr, int(seconds))
                 : tr("Retrying: waiting for the server (at most %n s)…", nullptr, int(seconds)));
    updateSummary();
    // The server may not answer: after the timeout the dialog can be closed again; a late answer still shows.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, row, seconds] {
        --m_finishing;
        m_ui->resultsTableWidget->item(row, ResultColumn)
            ->setText(tr("No answer from the server after %n s. It may still act on the request: close this "
                         "window and refresh the token list to see where the rotation stands.",
                         nullptr, int(seconds)));
        updateSummary();
    });
    timer->start(m_actionTimeout);
    auto done = [this, row, undo, timer](const RotationOutcome &outcome) {
        if (timer->isActive())
            --m_finishing;
        timer->stop();
        timer->deleteLater();
        finishDone(row, undo, outcome);
    };
    undo ? rotation->undo(this, std::move(done)) : rotation->retry(this, std::move(done));
}

void RotateTokensDialog::finishDone(int row, bool undo, const RotationOutcome &o)
{
    const Unfinished was = m_unfinished.take(row);
    if (undo && o.newRevoked) {
        m_failedRows.remove(row);
        const QString text =
            tr("↶ undone: the new token %1 was revoked; the old token is unchanged.").arg(o.newTokenId);
        m_ui->resultsTableWidget->item(row, StepColumn)->setText(tr("undone"));
        m_ui->resultsTableWidget->item(row, ResultColumn)->setText(text);
        m_ui->resultsTableWidget->item(row, ResultColumn)->setToolTip(text);
        if (m_dependencies.history) {
            HistoryEntry entry;
            entry.action = HistoryAction::Revoked;
            entry.environmentId = m_dependencies.environmentId;
            entry.user = m_dependencies.username.isEmpty() ? m_dependencies.userId : m_dependencies.username;
            entry.tokenId = o.newTokenId;
            entry.label = o.label;
            entry.origin = QStringLiteral("gui");
            entry.detail = tr("rotation of %1 undone; the old token is kept").arg(o.oldTokenId);
            (void)m_dependencies.history->append(entry);
        }
    } else {
        showOutcome(row, o);
        // The "rotated" line is written once: when this retry revoked the old token, not on a retried forget.
        if (!undo && o.oldRevoked && was.failedStep == RotationStep::RevokeOld)
            recordHistory(o);
    }
    m_ui->resultsTableWidget->removeCellWidget(row, FinishColumn); // deleted later: its button may be on the stack
    const bool leftToFinish = o.failedStep == RotationStep::RevokeOld || o.failedStep == RotationStep::ForgetOld;
    if (!(undo && o.newRevoked) && leftToFinish && was.rotation)
        offerFinish(row, was.rotation, o);
    else if (was.rotation)
        was.rotation->deleteLater();
    m_ui->resultsTableWidget->resizeRowToContents(row);
    updateSummary();
    Q_EMIT rotationsFinished();
}

void RotateTokensDialog::updateSummary()
{
    if (m_running)
        return;
    const int failures = int(m_failedRows.size());
    QString text = failures ? tr("%n rotation(s) did not finish; see each result.", nullptr, failures)
                            : tr("Every token was rotated or left unchanged.");
    if (m_finishing > 0)
        text = tr("Waiting for the server…");
    m_ui->errorLabel->setText(text);
    // The way out: Close is offered again once nothing is waiting (or the wait timed out).
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_finishing == 0);
}

void RotateTokensDialog::finishAll()
{
    m_running = false;
    m_done = true;
    m_otp.clear();
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    close->setText(tr("&Close"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->hide();
    updateSummary();
    if (m_failedRows.isEmpty())
        m_ui->errorLabel->setText(tr("Every token was rotated."));
    Q_EMIT rotationsFinished();
}

} // namespace bgtm
