#pragma once

#include "history/ActionHistory.h"

#include <QDialog>

#include <memory>

class QStandardItemModel;

namespace Ui {
class HistoryDialog;
}

namespace bgtm {

/// The local history: a read-only table, filtered by text (any column) and action, exportable as CSV.
/// The file is read once when the dialog opens and again on Refresh; nothing here writes the history.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ActionColumn,
        EnvironmentColumn,
        UserColumn,
        TokenColumn,
        LabelColumn,
        OriginColumn,
        DetailColumn,
        ColumnCount
    };

    explicit HistoryDialog(const ActionHistory *history, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    /// Re-reads the file; a read error is shown in the dialog.
    void reload();
    /// The entries the filters let through, oldest first (what the table shows and Export CSV writes).
    [[nodiscard]] QList<HistoryEntry> shownEntries() const;
    /// Writes shownEntries() as CSV to `path` (mode 0600, replaced atomically). Used by "Export CSV…" and tests.
    Status exportCsv(const QString &path) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Every text this class sets in code (the form's are retranslateUi's): at construction and on LanguageChange.
    void retranslate();
    void applyFilter();
    void chooseExportFile();

    std::unique_ptr<Ui::HistoryDialog> m_ui;
    const ActionHistory *m_history;
    QStandardItemModel *m_model;
    QList<HistoryEntry> m_entries;
    QList<HistoryEntry> m_shown;
};

} // namespace bgtm
