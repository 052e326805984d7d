#include "SecurityReviewDialog.h"

#include "ui_SecurityReviewDialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>

namespace bgtm {

namespace {

enum Column { TitleColumn, SeverityColumn, ReasonColumn, FixColumn };
// Where a finding item keeps its place: review index and finding index (token items have no finding index).
constexpr int kReviewRole = Qt::UserRole + 1;
constexpr int kFindingRole = Qt::UserRole + 2;

QIcon severityIcon(const QStyle *style, FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Critical:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case FindingSeverity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case FindingSeverity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

/// QTreeView measures rows with no width (its own speed-up), so wrapped text would never grow a row: this delegate
/// measures each cell at its column's width.
class ColumnWidthDelegate : public QStyledItemDelegate
{
public:
    explicit ColumnWidthDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) { }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem atWidth = option;
        atWidth.rect = QRect(0, 0, m_view->header()->sectionSize(index.column()), option.fontMetrics.height());
        return QStyledItemDelegate::sizeHint(atWidth, index);
    }

private:
    QTreeView *m_view;
};

} // namespace

SecurityReviewDialog::SecurityReviewDialog(const QList<TokenReview> &reviews, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SecurityReviewDialog>()), m_reviews(reviews)
{
    m_ui->setupUi(this);
    QTreeWidget *tree = m_ui->findingsTreeWidget;
    tree->setColumnCount(FixColumn + 1); // headers: retranslate()
    // Titles and severities as wide as they are; reason and fix share the rest and wrap, never cut.
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(FixColumn, QHeaderView::Stretch);
    tree->setItemDelegate(new ColumnWidthDelegate(tree));
    // A tree measures its rows once; wrapped text needs them measured again at each new column width.
    connect(tree->header(), &QHeaderView::sectionResized, tree, [tree] { tree->doItemsLayout(); });

    for (qsizetype r = 0; r < m_reviews.size(); ++r) {
        const TokenReview &review = m_reviews.at(r);
        if (review.findings.isEmpty())
            continue; // a clean token has nothing to say; the summary counts it
        auto *tokenItem = new QTreeWidgetItem(tree);
        tokenItem->setText(TitleColumn, review.token.label.isEmpty() ? review.token.id : review.token.label);
        tokenItem->setToolTip(TitleColumn, review.token.id);
        tokenItem->setData(TitleColumn, kReviewRole, int(r));
        for (qsizetype f = 0; f < review.findings.size(); ++f) {
            const Finding &finding = review.findings.at(f);
            auto *item = new QTreeWidgetItem(tokenItem);
            item->setIcon(SeverityColumn, severityIcon(style(), finding.severity));
            // Reason and fix were worded by the review, in the language of that moment; titles and severities
            // follow a language switch (retranslate()).
            item->setText(ReasonColumn, finding.reason);
            item->setToolTip(ReasonColumn, finding.reason);
            item->setText(FixColumn, finding.fix);
            item->setToolTip(FixColumn, finding.fix);
            item->setData(TitleColumn, kReviewRole, int(r));
            item->setData(TitleColumn, kFindingRole, int(f));
        }
    }
    tree->expandAll();
    retranslate();

    connect(tree, &QTreeWidget::itemSelectionChanged, this, &SecurityReviewDialog::updateFixButton);
    connect(m_ui->fixButton, &QPushButton::clicked, this, &SecurityReviewDialog::fixSelected);
    connect(m_ui->rotateButton, &QPushButton::clicked, this, [this] {
        const QString tokenId = selectedTokenId();
        if (!tokenId.isEmpty())
            Q_EMIT rotateRequested(tokenId);
    });
    connect(tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *, int) {
        if (m_ui->fixButton->isEnabled())
            fixSelected();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFixButton();
}

SecurityReviewDialog::~SecurityReviewDialog() = default;

void SecurityReviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SecurityReviewDialog::retranslate()
{
    QTreeWidget *tree = m_ui->findingsTreeWidget;
    tree->setHeaderLabels({tr("Token / finding"), tr("Severity"), tr("Reason"), tr("Suggested fix")});
    for (int t = 0; t < tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem *tokenItem = tree->topLevelItem(t);
        const TokenReview &review = m_reviews.at(tokenItem->data(TitleColumn, kReviewRole).toInt());
        tokenItem->setText(SeverityColumn, SecurityReview::severityName(review.findings.first().severity));
        for (int f = 0; f < tokenItem->childCount(); ++f) {
            QTreeWidgetItem *item = tokenItem->child(f);
            const Finding &finding = review.findings.at(item->data(TitleColumn, kFindingRole).toInt());
            item->setText(TitleColumn, SecurityReview::kindTitle(finding.kind));
            item->setText(SeverityColumn, SecurityReview::severityName(finding.severity));
        }
    }
    const qsizetype findings = SecurityReview::findingCount(m_reviews);
    m_ui->summaryLabel->setText(findings == 0 ? tr("No findings for %n token(s).", nullptr, int(m_reviews.size()))
                                              : tr("%1 on %2 of %3 tokens.")
                                                    .arg(tr("%n finding(s)", nullptr, int(findings)))
                                                    .arg(tree->topLevelItemCount())
                                                    .arg(m_reviews.size()));
    updateFixButton();
}

const Finding *SecurityReviewDialog::selectedFinding(QString *tokenId) const
{
    const QList<QTreeWidgetItem *> selected = m_ui->findingsTreeWidget->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const QTreeWidgetItem *item = selected.first();
    const QVariant findingIndex = item->data(TitleColumn, kFindingRole);
    if (!findingIndex.isValid())
        return nullptr;
    const TokenReview &review = m_reviews.at(item->data(TitleColumn, kReviewRole).toInt());
    if (tokenId)
        *tokenId = review.token.id;
    return &review.findings.at(findingIndex.toInt());
}

QString SecurityReviewDialog::selectedTokenId() const
{
    const QList<QTreeWidgetItem *> selected = m_ui->findingsTreeWidget->selectedItems();
    if (selected.isEmpty())
        return {};
    return m_reviews.at(selected.first()->data(TitleColumn, kReviewRole).toInt()).token.id;
}

void SecurityReviewDialog::updateFixButton()
{
    m_ui->rotateButton->setEnabled(!selectedTokenId().isEmpty());
    const Finding *finding = selectedFinding();
    const bool canFix = finding && (finding->suggested || !finding->field.isEmpty());
    m_ui->fixButton->setEnabled(canFix);
    if (!finding)
        m_ui->fixButton->setToolTip(tr("Select a finding."));
    else if (!canFix)
        m_ui->fixButton->setToolTip(tr("Not a change of the token: %1").arg(finding->fix));
    else if (!finding->suggested)
        m_ui->fixButton->setToolTip(tr("Open rotation with the token's settings, where you enter your values."));
    else
        m_ui->fixButton->setToolTip(tr("Open rotation with this change filled in."));
}

void SecurityReviewDialog::fixSelected()
{
    QString tokenId;
    const Finding *finding = selectedFinding(&tokenId);
    if (finding && (finding->suggested || !finding->field.isEmpty()))
        Q_EMIT fixRequested(tokenId, *finding);
}

} // namespace bgtm
