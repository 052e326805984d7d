#pragma once

#include <QSortFilterProxyModel>

namespace bgtm {

/// Sorting (on the core model's SortRole), the search field (every searchable word, case-insensitive) and the
/// highlighting of expired, revoked and soon-expiring tokens in the system palette's terms.
class TokenProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TokenProxyModel(QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setSearchText(const QString &text);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace bgtm
