#pragma once

#include <QSortFilterProxyModel>

namespace bgtm {

class TokenTableModel;

/// The search field (every searchable word, case-insensitive) and the highlighting of expired, revoked and
/// soon-expiring tokens in the system palette's terms. Sorting is the token model's (on keys computed once, not
/// through QVariant per comparison): sort() forwards to it, so the header and sortByColumn work as before and a
/// keystroke never re-sorts.
class TokenProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TokenProxyModel(QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void setSearchText(const QString &text);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    TokenTableModel *m_tokens = nullptr; ///< the source, when it is a token model (read directly per keystroke)
    QStringList m_words;
};

} // namespace bgtm
