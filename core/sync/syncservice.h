#pragma once

#include "core/common/clock.h"
#include "core/domain/casetypes.h"
#include "core/store/accountstore.h"
#include "core/sync/accountsyncer.h"
#include "core/sync/syncoptions.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

namespace casedesk {
class Clock;
}

namespace casedesk::zalo {
class AccessTokenProvider;
class HttpTransport;
class RateBudgets;
class ZaloClient;
} // namespace casedesk::zalo

namespace casedesk::store {
class ChangeFeed;
struct ChangeSet;
class Database;
} // namespace casedesk::store

namespace casedesk::sync {

class SyncWorker;

/// What the sync service needs from its surroundings; built by the composition root.
struct SyncDependencies
{
    /// The SQLite file; every worker opens its own connection to it.
    QString databasePath;
    SyncOptions options;
    /// Triage of new cases; called on worker threads at once: must be thread-safe.
    domain::TriageFunction triage;
    /// The clock; null = the system clock.
    const Clock *clock = nullptr;
    /// The token provider of an account (shared by threads; see TokenRegistry), or why none.
    std::function<Expected<std::shared_ptr<zalo::AccessTokenProvider>>(const store::Account &account)> tokenProvider;
    /// Called before the token provider when an account is polled under a shared database's
    /// lease, so that its token refreshes are fenced by that lease (TokenRegistry::holdLease).
    std::function<void(const QString &oaId, const QString &hostId, qint64 epoch)> leaseHeld;
    /// The app budgets shared by every account of an app (a default one when empty).
    std::shared_ptr<zalo::RateBudgets> budgets;
};

/// A shared database's lease on one account, as this host holds it: the epoch every write is
/// checked against, and until when (steady clock, ms) Zalo may be called for the account without
/// a newer renewal; 0 once the lease is lost or given up.
struct HeldLease
{
    QString hostId;
    qint64 epoch = 0;
    std::atomic<qint64> callableUntil {0};
};

/// Milliseconds of a clock that never goes back and runs on while the process is stopped.
qint64 steadyNowMs();

/// Where one account stands, for the status bar and `accounts list`.
struct AccountSyncStatus
{
    store::Account account;
    bool inFlight = false;
    bool sendAgain = false; // an answer was queued while a poll was in flight: poll again at once
    int progressDone = 0;
    int progressTotal = 0;
    qint64 nextPollAt = 0;
    qint64 lastMessagesStored = 0;
};

/// Keeps the local cache a copy of every connected account's inbox: each account polled in a
/// chain (the next poll starts after the previous one is committed, after an interval),
/// several accounts at once on worker threads, each worker with its own SQLite connection and
/// HTTP connection. Tells the GUI what changed through queued signals.
class SyncService final : public QObject
{
    Q_OBJECT

public:
    explicit SyncService(SyncDependencies dependencies, QObject *parent = nullptr);
    ~SyncService() override;

    /// Polls every account in a chain until stop().
    void start();
    /// Polls every usable account once; emits onceFinished() when all are done.
    void runOnce();
    /// Cancels what is in flight, then polls every account at once.
    void syncNow();
    /// Cancels what is in flight (the page in hand is committed or rolled back) and stops.
    void stop();

    bool isRunning() const { return m_running; }
    QVector<AccountSyncStatus> statuses() const;
    /// When every poll started failing for want of a network; 0 while online.
    qint64 offlineSince() const { return m_offlineSince; }
    qint64 lastSuccessAt() const { return m_lastSuccessAt; }
    /// Zalo requests made by the polls that completed, since this service started.
    qint64 requestCount() const { return m_requests; }
    /// On a shared database: this sync host's id, and the accounts whose lease it holds.
    QString hostId() const { return m_hostId; }
    QStringList heldAccounts() const { return m_leases.keys(); }

Q_SIGNALS:
    void accountPolled(const QString &oaId, bool ok, const QString &message);
    void progress(const QString &oaId, int done, int total);
    /// New messages or cases were stored.
    void dataChanged();
    void statusChanged();
    /// After runOnce(): one line per account that failed ("unit name (OA id): reason").
    void onceFinished(const QStringList &failures);
    void stopped();

private:
    friend class SyncWorker;
    void reloadAccounts();
    void schedule();
    void dispatch(const QString &oaId);
    void onPollFinished(const QString &oaId, bool ok, const QString &message, bool networkDown, int stored, int casesChanged, int requests);
    void onProgress(const QString &oaId, int done, int total);
    void finishIfDone();
    void onChanges(const store::ChangeSet &changes);
    /// Shared database: renews this host's leases, drops the lost ones, gives up what is above
    /// its share and takes what is free or expired up to it.
    void renewLeases();
    void dropLease(const QString &oaId);
    void releaseAllLeases();

    SyncDependencies m_deps;
    SystemClock m_systemClock;
    std::unique_ptr<store::Database> m_db; // the service's own connection (GUI or CLI thread)
    std::unique_ptr<store::ChangeFeed> m_changes; // what other writers queued, on m_db
    std::shared_ptr<zalo::RateBudgets> m_budgets;
    QVector<SyncWorker *> m_workers;
    QVector<SyncWorker *> m_idle;
    QHash<QString, AccountSyncStatus> m_status;
    QStringList m_order;
    QHash<QString, std::shared_ptr<std::atomic<bool>>> m_cancel;
    QTimer m_tick;
    bool m_running = false;
    bool m_once = false;
    bool m_stopping = false;
    QSet<QString> m_oncePending;
    QStringList m_onceFailures;
    qint64 m_offlineSince = 0;
    qint64 m_lastSuccessAt = 0;
    qint64 m_requests = 0;
    qint64 m_lastReload = 0;
    // Shared database: this host, its leases and their renewal.
    bool m_shared = false;
    QString m_hostId;
    QHash<QString, std::shared_ptr<HeldLease>> m_leases;
    QTimer m_leaseTick;
};

} // namespace casedesk::sync
