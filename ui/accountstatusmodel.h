#pragma once

#include "core/store/accountstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace casedesk::ui {

/// The connected Zalo accounts and where each one's sync stands, for the accounts dialog.
class AccountStatusModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        UnitColumn,
        NameColumn,
        StateColumn,
        LastSyncColumn,
        ErrorColumn,
        ColumnCount,
    };

    explicit AccountStatusModel(QObject *parent = nullptr);

    /// @p unitPaths: unit id → the unit's path, for people.
    void setAccounts(const QVector<store::Account> &accounts, const QHash<QString, QString> &unitPaths);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<store::Account> m_accounts;
    QHash<QString, QString> m_unitPaths;
};

} // namespace casedesk::ui
