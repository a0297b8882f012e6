#pragma once

#include "core/common/expected.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <atomic>

namespace casedesk::store {

class Database;

/// The lease a sync worker writes under: every write transaction it makes for its account
/// first checks (SELECT … FOR UPDATE) that @ref hostId still holds the account's lease with
/// @ref epoch, and refuses ("lease lost") otherwise. Set on IngestStore, OutboxStore and
/// AccountStore of a shared database's sync workers; the single PC's file has no leases.
struct LeaseFence
{
    QString hostId;
    QString oaId;
    qint64 epoch = 0;
    /// Set when a write was refused because the lease moved on.
    mutable std::atomic<bool> lost {false};

    /// Checks the lease inside the caller's write transaction on @p db.
    Status check(Database &db) const;
};

/// True when @p error is a LeaseFence's refusal.
bool isLeaseLost(const Error &error);

/// One account's lease as stored.
struct LeaseRow
{
    QString oaId;
    QString holder; // empty: free
    qint64 epoch = 0;
    qint64 takenAt = 0;
    qint64 heartbeatAt = 0;
};

/// A sync host as stored, as a window shows it.
struct SyncHostRow
{
    QString hostId;
    QString name;
    qint64 pid = 0;
    qint64 startedAt = 0;
    qint64 heartbeatAt = 0;
    qint64 stoppedAt = 0; // 0: not stopped
    bool alive = false; // not stopped, heartbeat within the expiry
};

/// Who holds one account's lease, for a window: the holder's name and whether it is alive.
struct LeaseHolding
{
    QString oaId;
    QString holder; // host id; empty: free
    QString holderName; // the host's machine name
    qint64 takenAt = 0;
    qint64 heartbeatAt = 0;
    bool holderAlive = false; // holder not stopped and both its and the lease's heartbeat within the expiry
};

/// Who polls which account of a shared database: sync hosts (a row each, kept alive by a
/// heartbeat) and a lease per account (holder, epoch, heartbeat). A host takes at most its
/// share of the accounts (ceil(accounts / live hosts)) among those free or whose holder's
/// heartbeat is older than the expiry; taking bumps the epoch and ends the old holder's
/// database sessions. Also the Zalo apps' request budget, counted per minute for all hosts.
class LeaseStore final
{
public:
    /// @p expiryMs: a host or lease whose heartbeat is older is dead (30 s in the product).
    explicit LeaseStore(Database &db, qint64 expiryMs = 30000);

    /// Registers a new host (its id is returned); @p name is the machine's, @p pid the process's.
    Expected<QString> registerHost(const QString &name, qint64 pid, qint64 nowMs);
    /// Marks this connection (on PostgreSQL) as one of @p hostId's sessions, so that a host
    /// taking its accounts over can end it; on the host's main connection also records it.
    Status tagSession(const QString &hostId, bool mainSession);
    /// Hosts whose heartbeat is within the expiry and that did not stop.
    Expected<int> liveHosts(qint64 nowMs);

    /// Ends the database sessions of dead hosts that still hold leases (PostgreSQL only), so
    /// that a frozen one wakes up to a closed connection; then no lock of theirs stays held.
    Status endDeadSessions(qint64 nowMs);
    /// Takes free and expired leases up to @p hostId's share; the ones it took, with their epoch.
    Expected<QHash<QString, qint64>> take(const QString &hostId, qint64 nowMs);
    /// Heartbeats the host and all its leases; what it still holds (oa id → epoch).
    Expected<QHash<QString, qint64>> renew(const QString &hostId, qint64 nowMs);
    /// How many leases @p hostId should hold at most now.
    Expected<int> share(qint64 nowMs);
    /// Gives up leases (too many after a new host came).
    Status release(const QString &hostId, const QStringList &oaIds);
    /// A clean stop: every lease given up, the host marked stopped.
    Status stopHost(const QString &hostId, qint64 nowMs);
    Expected<QVector<LeaseRow>> leases();
    /// Every host that did not stop, and those stopped within the last hour, newest first
    /// (read only: for the window's sync state).
    Expected<QVector<SyncHostRow>> hosts(qint64 nowMs) const;
    /// The leases with a holder, each with its holder's name and liveness (read only).
    Expected<QVector<LeaseHolding>> holdings(qint64 nowMs) const;

    /// Counts one request of @p appId in @p minute (epoch minutes) for every host together:
    /// the count after it; above @p limit the request must not be made.
    Expected<qint64> countRequest(const QString &appId, qint64 minute);
    /// Forgets the counts of minutes before @p minute.
    Status pruneRequestCounts(qint64 minute);

private:
    Database &m_db;
    qint64 m_expiryMs;
};

} // namespace casedesk::store
