#include "unittreemodel.h"

#include <functional>

namespace casedesk::ui {

UnitTreeModel::UnitTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void UnitTreeModel::setUnits(const QVector<domain::Unit> &units)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_indexById.clear();
    m_nodes.reserve(units.size());
    for (const domain::Unit &u : units) {
        Node node;
        node.unit = u;
        const int self = int(m_nodes.size());
        const auto parentIt = m_indexById.constFind(u.parentId);
        if (u.parentId.isEmpty() || parentIt == m_indexById.constEnd()) {
            node.row = int(m_roots.size());
            m_roots.push_back(self);
        } else {
            node.parent = *parentIt;
            node.row = int(m_nodes[node.parent].children.size());
            m_nodes[node.parent].children.push_back(self);
        }
        m_indexById.insert(u.id, self);
        m_nodes.push_back(node);
    }
    endResetModel();
}

void UnitTreeModel::setCounts(const QHash<QString, Counts> &ownCounts)
{
    for (Node &n : m_nodes)
        n.total = Counts();
    for (auto it = ownCounts.constBegin(); it != ownCounts.constEnd(); ++it) {
        int i = m_indexById.value(it.key(), -1);
        while (i >= 0) {
            m_nodes[i].total.open += it->open;
            m_nodes[i].total.urgent += it->urgent;
            m_nodes[i].total.overdue += it->overdue;
            i = m_nodes[i].parent;
        }
    }
    // Tell the views column by column, level by level, without resetting the tree.
    std::function<void(const QModelIndex &)> announce = [&](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        Q_EMIT dataChanged(index(0, OpenColumn, parent), index(rows - 1, OverdueColumn, parent), {Qt::DisplayRole});
        for (int r = 0; r < rows; ++r)
            announce(index(r, 0, parent));
    };
    announce(QModelIndex());
}

QModelIndex UnitTreeModel::indexOfUnit(const QString &unitId) const
{
    const int i = m_indexById.value(unitId, -1);
    return i < 0 ? QModelIndex() : createIndex(m_nodes[i].row, 0, quintptr(i));
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QVector<int> &siblings = parent.isValid() ? m_nodes[int(parent.internalId())].children : m_roots;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings[row]));
}

QModelIndex UnitTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[int(child.internalId())].parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes[p].row, 0, quintptr(p));
}

int UnitTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[int(parent.internalId())].children.size());
}

int UnitTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant UnitTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = m_nodes[int(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return n.unit.name;
        case OpenColumn:
            return n.total.open;
        case UrgentColumn:
            return n.total.urgent;
        case OverdueColumn:
            return n.total.overdue;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return n.unit.path;
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UnitIdRole:
        return n.unit.id;
    case LevelRole:
        return domain::unitLevelKey(n.unit.level);
    case PathRole:
        return n.unit.path;
    default:
        return {};
    }
}

QVariant UnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Unit");
        case OpenColumn:
            return tr("Open");
        case UrgentColumn:
            return tr("!");
        case OverdueColumn:
            return tr("Late");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case OpenColumn:
            return tr("Open cases");
        case UrgentColumn:
            return tr("Urgent cases waiting for the unit: open and not yet answered (new, being handled, transferred)");
        case OverdueColumn:
            return tr("Overdue cases");
        default:
            return {};
        }
    }
    return {};
}

} // namespace casedesk::ui
