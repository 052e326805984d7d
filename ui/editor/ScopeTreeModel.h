#pragma once

#include "model/ScopeCatalogue.h"

#include <QStandardItemModel>
#include <QStringList>

namespace bgtm {

/// The scope catalogue as a checkable two-level tree (group → scope) with a description column, for the
/// create-token editor. Groups are auto-tristate: checking a group checks its scopes. `all` is marked as test
/// only (and disabled under production rules); legacy names are marked as such.
class ScopeTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DescriptionColumn, ColumnCount };
    enum Role {
        ScopeNameRole = Qt::UserRole + 1,
        GroupRole, ///< int(ScopeGroup), on group rows
    };

    explicit ScopeTreeModel(bool productionRules, QObject *parent = nullptr);

    /// Checked scopes in catalogue order.
    [[nodiscard]] QStringList checkedScopes() const;
    /// Checks exactly these scopes (unknown names are ignored).
    void setCheckedScopes(const QStringList &scopes);
    /// Words the headers, groups, names and descriptions in the installed language (at construction and after a
    /// language switch); check states stay.
    void retranslate();

Q_SIGNALS:
    void checkedScopesChanged();

private:
    void onItemChanged(QStandardItem *item);
    /// Checked, unchecked or partly checked as the group's scopes are.
    static void showGroupState(QStandardItem *group);

    bool m_updating = false;
};

} // namespace bgtm
