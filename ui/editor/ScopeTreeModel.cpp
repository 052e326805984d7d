#include "ScopeTreeModel.h"

#include <QMap>
#include <QScopedValueRollback>

namespace bgtm {

ScopeTreeModel::ScopeTreeModel(bool productionRules, QObject *parent) : QStandardItemModel(parent)
{
    setColumnCount(ColumnCount);
    QMap<ScopeGroup, QStandardItem *> groups;
    const QList<ScopeInfo> scopes = ScopeCatalogue::all();
    for (const ScopeInfo &info : scopes) {
        QStandardItem *group = groups.value(info.group);
        if (!group) {
            group = new QStandardItem();
            group->setData(static_cast<int>(info.group), GroupRole);
            group->setCheckable(true);
            group->setAutoTristate(true);
            group->setEditable(false);
            auto *groupDescription = new QStandardItem();
            groupDescription->setEditable(false);
            appendRow({group, groupDescription});
            groups.insert(info.group, group);
        }
        auto *item = new QStandardItem();
        item->setData(info.name, ScopeNameRole);
        item->setCheckable(true);
        item->setCheckState(Qt::Unchecked);
        item->setEditable(false);
        // The validator refuses `all` under production rules; offering it there would only produce an error.
        if (info.testOnly && productionRules)
            item->setEnabled(false);
        auto *descriptionItem = new QStandardItem();
        descriptionItem->setEditable(false);
        group->appendRow({item, descriptionItem});
    }
    retranslate();
    connect(this, &QStandardItemModel::itemChanged, this, &ScopeTreeModel::onItemChanged);
}

void ScopeTreeModel::retranslate()
{
    // Texts only: no check state changes, so nothing to report.
    const QScopedValueRollback updating(m_updating, true);
    setHorizontalHeaderLabels({tr("Scope"), tr("What it allows")});
    for (int g = 0; g < rowCount(); ++g) {
        QStandardItem *group = item(g, NameColumn);
        group->setText(ScopeCatalogue::groupName(static_cast<ScopeGroup>(group->data(GroupRole).toInt())));
        for (int r = 0; r < group->rowCount(); ++r) {
            QStandardItem *scope = group->child(r, NameColumn);
            const std::optional<ScopeInfo> info = ScopeCatalogue::find(scope->data(ScopeNameRole).toString());
            if (!info)
                continue;
            QString name = info->name;
            QString description = info->description;
            if (info->testOnly) {
                name += tr(" (test environment only)");
                description += tr(" Refused in production; choose the scopes you need instead.");
            }
            if (info->legacy)
                name += tr(" (legacy)");
            scope->setText(name);
            scope->setToolTip(description);
            QStandardItem *descriptionItem = group->child(r, DescriptionColumn);
            descriptionItem->setText(description);
            descriptionItem->setToolTip(description);
        }
    }
}

QStringList ScopeTreeModel::checkedScopes() const
{
    QStringList out;
    for (int g = 0; g < rowCount(); ++g) {
        const QStandardItem *group = item(g, NameColumn);
        for (int r = 0; r < group->rowCount(); ++r) {
            const QStandardItem *scope = group->child(r, NameColumn);
            if (scope->checkState() == Qt::Checked)
                out.append(scope->data(ScopeNameRole).toString());
        }
    }
    return out;
}

void ScopeTreeModel::setCheckedScopes(const QStringList &scopes)
{
    {
        const QScopedValueRollback updating(m_updating, true);
        for (int g = 0; g < rowCount(); ++g) {
            QStandardItem *group = item(g, NameColumn);
            for (int r = 0; r < group->rowCount(); ++r) {
                QStandardItem *scope = group->child(r, NameColumn);
                const bool wanted = scopes.contains(scope->data(ScopeNameRole).toString()) && scope->isEnabled();
                scope->setCheckState(wanted ? Qt::Checked : Qt::Unchecked);
            }
            showGroupState(group);
        }
    }
    Q_EMIT checkedScopesChanged();
}

void ScopeTreeModel::showGroupState(QStandardItem *group)
{
    int checked = 0;
    for (int r = 0; r < group->rowCount(); ++r)
        checked += group->child(r, NameColumn)->checkState() == Qt::Checked ? 1 : 0;
    group->setCheckState(checked == 0 ? Qt::Unchecked
                                      : (checked == group->rowCount() ? Qt::Checked : Qt::PartiallyChecked));
}

void ScopeTreeModel::onItemChanged(QStandardItem *changed)
{
    if (m_updating || changed->column() != NameColumn)
        return;
    // QStandardItemModel leaves auto-tristate to the view classes that own their items (QTreeWidget): a ticked
    // scope shows in its group's box, and a ticked group box ticks the scopes it may (not `all` in production).
    {
        const QScopedValueRollback updating(m_updating, true);
        if (QStandardItem *group = changed->parent()) {
            showGroupState(group);
        } else {
            if (changed->checkState() != Qt::PartiallyChecked)
                for (int r = 0; r < changed->rowCount(); ++r)
                    if (QStandardItem *scope = changed->child(r, NameColumn); scope->isEnabled())
                        scope->setCheckState(changed->checkState());
            showGroupState(changed);
        }
    }
    // One report per user action, after the group and its scopes agree.
    Q_EMIT checkedScopesChanged();
}

} // namespace bgtm
