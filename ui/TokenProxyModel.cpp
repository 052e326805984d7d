#include "TokenProxyModel.h"

#include "itemmodels/TokenTableModel.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace bgtm {

TokenProxyModel::TokenProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Rows are filtered again when their data changes (a limit worded differently may match now); the proxy itself
    // never sorts (sortColumn() stays -1), so this re-sorts nothing.
    setDynamicSortFilter(true);
}

void TokenProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_tokens = qobject_cast<TokenTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void TokenProxyModel::sort(int column, Qt::SortOrder order)
{
    if (sourceModel())
        sourceModel()->sort(column, order);
}

void TokenProxyModel::setSearchText(const QString &text)
{
    // Folded once here; the model keeps each row's text folded, so each keystroke compares exactly.
    QStringList words = text.simplified().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = std::move(words);
    // Qt 6.4: invalidateRowsFilter() re-runs the row filter without the columns (and without the sort we do not do).
    invalidateRowsFilter();
}

bool TokenProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString haystack = m_tokens
        ? m_tokens->searchText(sourceRow)
        : sourceModel()->index(sourceRow, 0, sourceParent).data(TokenTableModel::SearchRole).toString();
    for (const QString &w : m_words)
        if (!haystack.contains(w))
            return false;
    return true;
}

QVariant TokenProxyModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::ForegroundRole && role != Qt::FontRole)
        return QSortFilterProxyModel::data(index, role);
    using S = TokenRow::Status;
    const auto status = static_cast<S>(QSortFilterProxyModel::data(index, TokenTableModel::StatusRole).toInt());
    if (role == Qt::FontRole) {
        if (status == S::Revoked || status == S::Expired) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        if (status == S::StoreFailed || status == S::FlaggedForRevocation) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    // Colours chosen to stay readable on light and dark palettes.
    switch (status) {
    case S::Expired:
    case S::Revoked:
        return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    case S::ExpiringSoon:
        return QColor(0xe0, 0x8a, 0x00);
    case S::StoreFailed:
    case S::FlaggedForRevocation:
        return QColor(0xe5, 0x39, 0x35);
    default:
        return {};
    }
}

} // namespace bgtm
