#pragma once

#include "core/domain/unit.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QVector>

namespace casedesk::ui {

/// The unit tree (province → departments and districts → communes) with per-unit counts of
/// open, urgent and overdue cases rolled up the levels.
class UnitTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        OpenColumn,
        UrgentColumn,
        OverdueColumn,
        ColumnCount,
    };
    enum Role {
        UnitIdRole = Qt::UserRole + 1,
        LevelRole,
        PathRole,
    };

    /// Counts of one unit's own cases (not rolled up).
    struct Counts
    {
        int open = 0;
        int urgent = 0;
        int overdue = 0;
    };

    explicit UnitTreeModel(QObject *parent = nullptr);

    /// Replaces the tree; @p units come parents first (as UnitStore::list gives them).
    void setUnits(const QVector<domain::Unit> &units);
    /// Updates counts in place (rolled up to the ancestors) without resetting the tree.
    void setCounts(const QHash<QString, Counts> &ownCounts);

    int unitCount() const { return int(m_nodes.size()); }
    QModelIndex indexOfUnit(const QString &unitId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        domain::Unit unit;
        int parent = -1;
        int row = 0;
        QVector<int> children;
        Counts total;
    };

    QVector<Node> m_nodes;
    QVector<int> m_roots;
    QHash<QString, int> m_indexById;
};

} // namespace casedesk::ui
