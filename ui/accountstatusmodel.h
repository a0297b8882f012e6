#pragma once

#include "core/store/accountstore.h"
#include "core/store/leasestore.h"

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
        HostColumn,
        HeldSinceColumn,
        LastSyncColumn,
        ErrorColumn,
        ColumnCount,
    };

    explicit AccountStatusModel(QObject *parent = nullptr);

    /// @p unitPaths: unit id → the unit's path, for people.
    void setAccounts(const QVector<store::Account> &accounts, const QHash<QString, QString> &unitPaths);

    /// On a shared database: who holds each account's lease (oa id → holding); accounts not in
    /// it are held by no sync host.
    void setHoldings(const QHash<QString, store::LeaseHolding> &holdings);
    /// The account's sync host as shown ("srv-sync-1", "srv-sync-1 (not responding)", "None").
    QString hostText(const QString &oaId) const;
    int rowOfAccount(const QString &oaId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<store::Account> m_accounts;
    QHash<QString, QString> m_unitPaths;
    QHash<QString, store::LeaseHolding> m_holdings;
};

} // namespace casedesk::ui
