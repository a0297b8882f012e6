#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace casedesk {
class Clock;
}

namespace casedesk::store {
class Database;
}

namespace casedesk::sync {
class SyncService;
}

namespace casedesk::ui {

class Services;

/// The status bar's sync area: when the accounts were last synced and how many are well, an
/// offline notice, a first sync's progress, the outbox, "Sync now", and the accounts' details.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    /// @p service may be null: then @p whyNoSync says why this window does not sync (another
    /// process holds the data folder's sync lock, or no account is connected yet).
    SyncStatusWidget(Services &services, sync::SyncService *service, QString whyNoSync, QWidget *parent = nullptr);

    QString statusText() const;

public Q_SLOTS:
    void refresh();
    void showAccounts();

private:
    Services &m_services;
    sync::SyncService *m_service;
    QString m_whyNoSync;
    QLabel *m_status = nullptr;
    QLabel *m_outbox = nullptr;
    QPushButton *m_syncNow = nullptr;
};

} // namespace casedesk::ui
