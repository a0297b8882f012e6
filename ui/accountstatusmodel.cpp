#include "accountstatusmodel.h"

#include <QDateTime>
#include <QLocale>

namespace casedesk::ui {

AccountStatusModel::AccountStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AccountStatusModel::setAccounts(const QVector<store::Account> &accounts, const QHash<QString, QString> &unitPaths)
{
    beginResetModel();
    m_accounts = accounts;
    m_unitPaths = unitPaths;
    endResetModel();
}

int AccountStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountStatusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_accounts.size())
        return {};
    const store::Account &a = m_accounts.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case UnitColumn:
            return m_unitPaths.value(a.unitId, a.unitId);
        case NameColumn:
            return a.name.isEmpty() ? a.oaId : a.name;
        case StateColumn:
            switch (a.state) {
            case store::AccountState::Ok:
                return a.lastError.isEmpty() ? tr("Working") : tr("Error");
            case store::AccountState::NeedsConsent:
                return tr("Needs consent again");
            case store::AccountState::Disabled:
                return tr("Disabled");
            }
            return {};
        case LastSyncColumn:
            return a.lastSuccessAt > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.lastSuccessAt).toLocalTime(), QLocale::ShortFormat)
                                       : tr("Never");
        case ErrorColumn:
            return a.lastError;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 · OA %2").arg(m_unitPaths.value(a.unitId, a.unitId), a.oaId);
    return {};
}

QVariant AccountStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case NameColumn:
        return tr("Zalo account");
    case StateColumn:
        return tr("State");
    case LastSyncColumn:
        return tr("Last synced");
    case ErrorColumn:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace casedesk::ui
