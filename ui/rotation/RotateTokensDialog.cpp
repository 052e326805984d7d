#include "RotateTokensDialog.h"
#include "ui_RotateTokensDialog.h"

#include "history/ActionHistory.h"
#include "model/Amount.h"
#include "model/CoinCatalogue.h"

#include <QHeaderView>
#include <QPushButton>

namespace bgtm {

namespace {

enum ResultColumn { TokenColumn, StepColumn, ResultColumn };

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
    m_ui->resultsTableWidget->horizontalHeader()->setStretchLastSection(true);
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
    options.suggested = m_suggested;
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
            coin->setText(1, c.carriedOver ? tr("remaining budget") : tr("full limit"));
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
    for (QWidget *w : {static_cast<QWidget *>(m_ui->keepLifetimeCheckBox),
                       static_cast<QWidget *>(m_ui->lifetimeSpinBox), static_cast<QWidget *>(m_ui->newLabelLineEdit),
                       static_cast<QWidget *>(m_ui->carryOverCheckBox), static_cast<QWidget *>(m_ui->otpLineEdit)})
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
    }
    m_queue = m_plans;
    m_currentRow = -1;
    rotateNext();
}

void RotateTokensDialog::reject()
{
    if (m_running)
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
    rotation->start(m_queue.takeFirst(), m_otp, this, [this, row, rotation](RotationOutcome outcome) {
        showOutcome(row, outcome);
        recordHistory(outcome);
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
        ++m_failures;
        text = tr("✗ the new token %1 is stored and works, but the old one could not be revoked (%2): both are "
                  "valid. Revoke the old token to finish.")
                   .arg(o.newTokenId, error);
    } else if (o.newRevoked) {
        ++m_failures;
        text = tr("✗ %1 failed (%2); the new token was revoked and the old one is unchanged.")
                   .arg(TokenRotation::stepName(o.failedStep), error);
    } else if (!o.newTokenId.isEmpty()) {
        ++m_failures;
        // Not stored and not revoked: its index entry is flagged; the table shows it for revocation.
        text = tr("✗ %1 failed (%2); the new token %3 could not be revoked and is flagged in the table: revoke it. "
                  "The old token is unchanged.")
                   .arg(TokenRotation::stepName(o.failedStep), error, o.newTokenId);
        if (o.unstoredSecret)
            o.unstoredSecret->clear();
    } else {
        ++m_failures;
        text = tr("✗ %1 failed: %2. Nothing was changed.").arg(TokenRotation::stepName(o.failedStep), error);
    }
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

void RotateTokensDialog::finishAll()
{
    m_running = false;
    m_done = true;
    m_otp.clear();
    m_ui->errorLabel->setText(m_failures ? tr("%n rotation(s) did not finish; see each result.", nullptr, m_failures)
                                         : tr("Every token was rotated."));
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    close->setText(tr("&Close"));
    close->setEnabled(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->hide();
    Q_EMIT rotationsFinished();
}

} // namespace bgtm
