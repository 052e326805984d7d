#include "HistoryDialog.h"
#include "ui_HistoryDialog.h"

#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>

namespace bgtm {

HistoryDialog::HistoryDialog(const ActionHistory *history, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::HistoryDialog>()),
      m_history(history),
      m_model(new QStandardItemModel(0, ColumnCount, this))
{
    m_ui->setupUi(this);
    m_ui->historyTableView->setModel(m_model);
    m_ui->historyTableView->verticalHeader()->hide();
    m_ui->historyTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->actionComboBox->addItem(QString(), QString()); // "All actions": retranslate()
    for (const HistoryAction action : ActionHistory::allActions())
        m_ui->actionComboBox->addItem(ActionHistory::actionName(action), ActionHistory::actionName(action));
    m_ui->errorLabel->hide();

    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, this, &HistoryDialog::applyFilter);
    connect(m_ui->actionComboBox, &QComboBox::currentIndexChanged, this, &HistoryDialog::applyFilter);
    connect(m_ui->refreshPushButton, &QPushButton::clicked, this, &HistoryDialog::reload);
    connect(m_ui->exportCsvPushButton, &QPushButton::clicked, this, &HistoryDialog::chooseExportFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &HistoryDialog::reject);
    retranslate();
    reload();
}

HistoryDialog::~HistoryDialog() = default;

void HistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        applyFilter(); // times in the new locale, and the count
    }
    QDialog::changeEvent(event);
}

void HistoryDialog::retranslate()
{
    m_model->setHorizontalHeaderLabels({tr("Time"), tr("Action"), tr("Environment"), tr("User"), tr("Token id"),
                                        tr("Label"), tr("Origin"), tr("Detail")});
    // Action names are the file's own words (the CLI prints them too), so only "All actions" is translated.
    m_ui->actionComboBox->setItemText(0, tr("All actions"));
}

void HistoryDialog::reload()
{
    m_entries.clear();
    QString problem;
    if (m_history == nullptr) {
        problem = tr("No history is kept.");
    } else if (const Result<ActionHistory::ReadResult> read = m_history->read(); !read) {
        problem = read.error().message;
    } else {
        m_entries = read.value().entries;
        if (read.value().skippedLines > 0)
            problem = tr("%n line(s) could not be read (for example torn by a crash) and are not shown.", nullptr,
                         read.value().skippedLines);
    }
    m_ui->errorLabel->setText(problem);
    m_ui->errorLabel->setVisible(!problem.isEmpty());
    applyFilter();
}

void HistoryDialog::applyFilter()
{
    const QString text = m_ui->filterLineEdit->text().trimmed();
    const QString action = m_ui->actionComboBox->currentData().toString();
    m_shown.clear();
    m_model->removeRows(0, m_model->rowCount());
    // Newest first on screen: what was just done is what people look for.
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        const HistoryEntry &e = *it;
        const QString name = ActionHistory::actionName(e.action);
        if (!action.isEmpty() && name != action)
            continue;
        const QStringList cells {QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat),
                                 name,
                                 e.environmentId,
                                 e.user,
                                 e.tokenId,
                                 e.label,
                                 e.origin,
                                 e.detail};
        if (!text.isEmpty() && std::none_of(cells.cbegin(), cells.cend(), [&text](const QString &cell) {
                return cell.contains(text, Qt::CaseInsensitive);
            }))
            continue;
        QList<QStandardItem *> row;
        for (const QString &cell : cells) {
            auto *item = new QStandardItem(cell);
            item->setEditable(false);
            row.append(item);
        }
        row.first()->setToolTip(e.time.toUTC().toString(Qt::ISODate));
        m_model->appendRow(row);
        m_shown.prepend(e);
    }
    // Every column whole (the time, ids and labels are what people scan for); the detail takes the rest.
    m_ui->historyTableView->resizeColumnsToContents();
    m_ui->countLabel->setText(tr("%n entry(ies)", nullptr, int(m_shown.size())));
    m_ui->exportCsvPushButton->setEnabled(!m_shown.isEmpty());
}

QList<HistoryEntry> HistoryDialog::shownEntries() const
{
    return m_shown;
}

Status HistoryDialog::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    Error error;
    error.kind = ErrorKind::Io;
    if (!file.open(QIODevice::WriteOnly)) {
        error.message = tr("%1 could not be written: %2").arg(path, file.errorString());
        return error;
    }
    // Labels and ids only, but still nobody else's business.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray csv = ActionHistory::toCsv(m_shown);
    if (file.write(csv) != csv.size() || !file.commit()) {
        error.message = tr("%1 could not be written: %2").arg(path, file.errorString());
        return error;
    }
    return Done {};
}

void HistoryDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export history as CSV"), QStringLiteral("history.csv"),
                                                      tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const Status written = exportCsv(path);
    m_ui->errorLabel->setText(written ? tr("Wrote %n entry(ies) to %1.", nullptr, int(m_shown.size())).arg(path)
                                      : written.error().message);
    m_ui->errorLabel->show();
}

} // namespace bgtm
