#include "accountstatusmodel.h"

#include "core/domain/officetime.h"

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

void AccountStatusModel::setHoldings(const QHash<QString, store::LeaseHolding> &holdings)
{
    m_holdings = holdings;
    if (!m_accounts.isEmpty())
        Q_EMIT dataChanged(index(0, HostColumn), index(int(m_accounts.size()) - 1, HeldSinceColumn));
}

QString AccountStatusModel::hostText(const QString &oaId) const
{
    const auto it = m_holdings.constFind(oaId);
    if (it == m_holdings.constEnd() || it->holder.isEmpty())
        return tr("None");
    const QString name = it->holderName.isEmpty() ? it->holder : it->holderName;
    return it->holderAlive ? name : tr("%1 (not responding)").arg(name);
}

int AccountStatusModel::rowOfAccount(const QString &oaId) const
{
    for (int r = 0; r < m_accounts.size(); ++r) {
        if (m_accounts.at(r).oaId == oaId)
            return r;
    }
    return -1;
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
        case HostColumn:
            return hostText(a.oaId);
        case HeldSinceColumn: {
            const auto it = m_holdings.constFind(a.oaId);
            return it != m_holdings.constEnd() && it->takenAt > 0 ? domain::officeDateTimeText(it->takenAt) : QString();
        }
        case LastSyncColumn:
            return a.lastSuccessAt > 0 ? domain::officeDateTimeText(a.lastSuccessAt) : tr("Never");
        case ErrorColumn:
            return a.lastError;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = QStringLiteral("%1 · OA %2").arg(m_unitPaths.value(a.unitId, a.unitId), a.oaId);
        if (const auto it = m_holdings.constFind(a.oaId); it != m_holdings.constEnd() && !it->holder.isEmpty()) {
            tip += QLatin1Char('\n')
                + tr("Sync host: %1, since %2; last heard from %3")
                      .arg(hostText(a.oaId), domain::officeDateTimeText(it->takenAt), domain::officeDateTimeText(it->heartbeatAt));
        }
        if (a.lastAttemptAt > 0)
            tip += QLatin1Char('\n') + tr("Last attempt: %1").arg(domain::officeDateTimeText(a.lastAttemptAt));
        return tip;
    }
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
    case HostColumn:
        return tr("Sync host");
    case HeldSinceColumn:
        return tr("Held since");
    case LastSyncColumn:
        return tr("Last synced");
    case ErrorColumn:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace casedesk::ui
