#pragma once

#include "core/store/officerstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace casedesk::ui {

/// The officers of the data folder as a table: name, roles, unit, state (enabled, disabled,
/// locked until …) and whether they may reveal informants. A thin adapter over
/// store::OfficerStore::list(); a province has tens of officers, so it holds them all.
class OfficerListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        RolesColumn,
        UnitColumn,
        StateColumn,
        RevealColumn,
        ColumnCount,
    };
    enum Role {
        NameRole = Qt::UserRole + 1, // the officer's name, as the store knows it
        EnabledRole, // bool
        LockedRole, // bool: locked now (see setNow())
    };

    explicit OfficerListModel(QObject *parent = nullptr);

    /// Shows @p officers, locks judged at @p nowMs; @p unitNames names their units.
    void setOfficers(const QVector<store::OfficerRecord> &officers, const QHash<QString, QString> &unitNames, qint64 nowMs);
    const store::OfficerRecord &officer(int row) const { return m_officers.at(row); }
    /// The row of the officer named @p name, or -1.
    int rowOf(const QString &name) const;

    /// "Biên tập viên, Quản trị viên", in the order of domain::Role.
    static QString rolesForPeople(const QSet<domain::Role> &roles);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString stateText(const store::OfficerRecord &o) const;

    QVector<store::OfficerRecord> m_officers;
    QHash<QString, QString> m_unitNames;
    qint64 m_now = 0;
};

} // namespace casedesk::ui
