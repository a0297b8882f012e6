#include "officerlistmodel.h"

#include "core/domain/officetime.h"

namespace casedesk::ui {

OfficerListModel::OfficerListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OfficerListModel::setOfficers(const QVector<store::OfficerRecord> &officers, const QHash<QString, QString> &unitNames, qint64 nowMs)
{
    beginResetModel();
    m_officers = officers;
    m_unitNames = unitNames;
    m_now = nowMs;
    endResetModel();
}

int OfficerListModel::rowOf(const QString &name) const
{
    const QString key = store::OfficerStore::nameKey(name);
    for (int row = 0; row < m_officers.size(); ++row) {
        if (store::OfficerStore::nameKey(m_officers.at(row).name) == key)
            return row;
    }
    return -1;
}

QString OfficerListModel::rolesForPeople(const QSet<domain::Role> &roles)
{
    QStringList names;
    for (const QString &key : domain::roleKeys()) {
        const auto role = domain::roleFromKey(key);
        if (role && roles.contains(*role))
            names << domain::roleName(*role);
    }
    return names.join(QStringLiteral(", "));
}

int OfficerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_officers.size());
}

int OfficerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OfficerListModel::stateText(const store::OfficerRecord &o) const
{
    if (!o.enabled())
        return tr("Disabled");
    if (o.lockedUntil > m_now)
        return tr("Locked until %1").arg(domain::officeDateTime(o.lockedUntil).toString(QStringLiteral("HH:mm dd/MM")));
    return tr("Enabled");
}

QVariant OfficerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::OfficerRecord &o = m_officers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return o.name;
        case RolesColumn:
            return rolesForPeople(o.roles);
        case UnitColumn:
            return m_unitNames.value(o.unitId, o.unitId);
        case StateColumn:
            return stateText(o);
        case RevealColumn:
            return o.canReveal ? tr("Yes") : tr("No");
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == UnitColumn)
            return o.unitId;
        return {};
    case NameRole:
        return o.name;
    case EnabledRole:
        return o.enabled();
    case LockedRole:
        return o.lockedUntil > m_now;
    default:
        return {};
    }
}

QVariant OfficerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Officer");
    case RolesColumn:
        return tr("Roles");
    case UnitColumn:
        return tr("Unit");
    case StateColumn:
        return tr("State");
    case RevealColumn:
        return tr("May reveal informants");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace casedesk::ui
