#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QDialog;
class QLabel;
class QPushButton;
class QTimer;

namespace casedesk {
class Clock;
}

namespace casedesk::store {
class Database;
class LeaseStore;
} // namespace casedesk::store

namespace casedesk::sync {
class SyncService;
}

namespace casedesk::ui {

class AccountStatusModel;
class Services;

/// The status bar's sync area: when the accounts were last synced and how many are well, an
/// offline notice, a first sync's progress, the outbox, "Sync now", and the accounts' details.
/// On a shared database (no sync service in the window) it shows what the province's sync hosts
/// record there: how many are alive, "no sync host is running" as a warning when none is, and
/// per account the host that holds it, since when, its last sync and last error; read again on
/// the change feed and every 10 s (hosts' heartbeats write no change rows).
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    /// @p service may be null: then @p whyNoSync says why this window does not sync (another
    /// process holds the data folder's sync lock, or no account is connected yet).
    SyncStatusWidget(Services &services, sync::SyncService *service, QString whyNoSync, QWidget *parent = nullptr);
    ~SyncStatusWidget() override;

    QString statusText() const;
    QString statusToolTip() const;
    /// Shared database: the sync hosts alive at the last refresh; -1 otherwise or when unknown.
    int liveHosts() const { return m_liveHosts; }
    /// True while the status says plainly that something is wrong (no sync host running).
    bool isWarning() const { return m_warningShown; }
    /// The accounts' details, as the accounts dialog shows them (kept current while it is open
    /// and, on a shared database, always).
    AccountStatusModel *accountsModel() const { return m_accountsModel; }
    /// "N failed to send" (named "failedAnswersButton"; hidden while no answer failed): opens
    /// the list of failed answers (failedAnswersRequested).
    QPushButton *failedAnswersButton() const { return m_failed; }

Q_SIGNALS:
    /// The officer clicked the failed count: the window shows the failed answers.
    void failedAnswersRequested();

public Q_SLOTS:
    void refresh();
    void showAccounts();

private:
    void refreshShared();
    void reloadAccounts();
    void setWarning(bool on);

    Services &m_services;
    sync::SyncService *m_service;
    QString m_whyNoSync;
    QLabel *m_status = nullptr;
    QLabel *m_outbox = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_failed = nullptr;
    QLabel *m_warningIcon = nullptr;
    QTimer *m_timer = nullptr;
    std::unique_ptr<store::LeaseStore> m_leases;
    AccountStatusModel *m_accountsModel = nullptr;
    QPointer<QDialog> m_accountsDialog;
    int m_liveHosts = -1;
    bool m_warningShown = false;
};

} // namespace casedesk::ui
