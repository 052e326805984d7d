#include "TokenProxyModel.h"

#include "itemmodels/TokenTableModel.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace bgtm {

TokenProxyModel::TokenProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TokenTableModel::SortRole);
    setDynamicSortFilter(true);
}

void TokenProxyModel::setSearchText(const QString &text)
{
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() is the supported way to re-run the filter.
    // Folded once here; the model's SearchRole is folded once per row, so each keystroke compares exactly.
    m_words = text.simplified().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool TokenProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString haystack =
        sourceModel()->index(sourceRow, 0, sourceParent).data(TokenTableModel::SearchRole).toString();
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
