#include "leasestore.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>

namespace casedesk::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::LeaseStore)
};

const QLatin1String kLeaseLostTag("[lease lost] ");
const QLatin1String kSessionPrefix("casedesk-sync:");

} // namespace

bool isLeaseLost(const Error &error)
{
    return error.message.startsWith(kLeaseLostTag);
}

Status LeaseFence::check(Database &db) const
{
    Statement st(db,
                 db.isShared() ? "SELECT epoch FROM sync_leases WHERE oa_id = ?1 AND holder = ?2 FOR UPDATE"
                               : "SELECT epoch FROM sync_leases WHERE oa_id = ?1 AND holder = ?2");
    st.bind(1, oaId).bind(2, hostId);
    const bool found = st.next();
    if (st.failed())
        return Error {st.error()};
    if (found && st.int64(0) == epoch)
        return {};
    lost.store(true);
    return Error {kLeaseLostTag + Tr::tr("Another sync host took the account %1 over: this one stopped writing for it.").arg(oaId)};
}

LeaseStore::LeaseStore(Database &db, qint64 expiryMs)
    : m_db(db)
    , m_expiryMs(expiryMs)
{
}

Expected<QString> LeaseStore::registerHost(const QString &name, qint64 pid, qint64 nowMs)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Statement st(m_db, "INSERT INTO sync_hosts (host_id, name, pid, started_at, heartbeat_at) VALUES (?1, ?2, ?3, ?4, ?4)");
    st.bind(1, id).bind(2, name).bind(3, pid).bind(4, nowMs);
    if (auto r = st.exec(); !r)
        return r.error();
    if (auto r = tagSession(id, true); !r)
        return r.error();
    return id;
}

Status LeaseStore::tagSession(const QString &hostId, bool mainSession)
{
    if (!m_db.isShared())
        return {};
    {
        Statement st(m_db, "SELECT set_config('application_name', ?1, false)");
        st.bind(1, kSessionPrefix + hostId);
        st.next();
        if (st.failed())
            return Error {st.error()};
    }
    if (!mainSession)
        return {};
    Statement st(m_db, "UPDATE sync_hosts SET session_pid = pg_backend_pid() WHERE host_id = ?1");
    st.bind(1, hostId);
    return st.exec();
}

Expected<int> LeaseStore::liveHosts(qint64 nowMs)
{
    Statement st(m_db, "SELECT count(*) FROM sync_hosts WHERE stopped_at IS NULL AND heartbeat_at >= ?1");
    st.bind(1, nowMs - m_expiryMs);
    const qint64 n = st.next() ? st.int64(0) : 0;
    if (st.failed())
        return Error {st.error()};
    return int(n);
}

Expected<int> LeaseStore::share(qint64 nowMs)
{
    auto live = liveHosts(nowMs);
    if (!live)
        return live.error();
    Statement st(m_db, "SELECT count(*) FROM accounts");
    const qint64 accounts = st.next() ? st.int64(0) : 0;
    if (st.failed())
        return Error {st.error()};
    const qint64 hosts = std::max(1, *live);
    return int((accounts + hosts - 1) / hosts);
}

Status LeaseStore::endDeadSessions(qint64 nowMs)
{
    if (!m_db.isShared())
        return {};
    QVector<QPair<QString, qint64>> dead;
    {
        Statement st(m_db,
                     "SELECT h.host_id, coalesce(h.session_pid, 0) FROM sync_hosts h WHERE EXISTS (SELECT 1 FROM sync_leases l "
                     "WHERE l.holder = h.host_id AND (l.heartbeat_at IS NULL OR l.heartbeat_at < ?1))");
        st.bind(1, nowMs - m_expiryMs);
        while (st.next())
            dead.push_back({st.text(0), st.int64(1)});
        if (st.failed())
            return Error {st.error()};
    }
    for (const auto &[hostId, sessionPid] : dead) {
        // Its main session and its workers' (each tagged with the host's id), waiting up to 5 s
        // for each to end: then none of its locks or transactions is left.
        Statement st(m_db,
                     "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                     "WHERE pid <> pg_backend_pid() AND (pid = ?1 OR application_name = ?2)");
        st.bind(1, sessionPid).bind(2, kSessionPrefix + hostId);
        while (st.next()) { }
        if (st.failed())
            return Error {st.error()};
    }
    return {};
}

Expected<QHash<QString, qint64>> LeaseStore::take(const QString &hostId, qint64 nowMs)
{
    auto most = share(nowMs);
    if (!most)
        return most.error();
    QHash<QString, qint64> taken;
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {Tr::tr("The database is busy: %1").arg(tx.beginError())};
    {
        Statement st(m_db, "INSERT INTO sync_leases (oa_id) SELECT oa_id FROM accounts WHERE true ON CONFLICT (oa_id) DO NOTHING");
        if (auto r = st.exec(); !r)
            return r.error();
    }
    int mine = 0;
    QVector<QPair<QString, qint64>> candidates;
    {
        Statement st(m_db,
                     m_db.isShared() ? "SELECT oa_id, coalesce(holder, ''), epoch, coalesce(heartbeat_at, 0) FROM sync_leases ORDER BY oa_id "
                                       "FOR UPDATE"
                                     : "SELECT oa_id, coalesce(holder, ''), epoch, coalesce(heartbeat_at, 0) FROM sync_leases ORDER BY oa_id");
        while (st.next()) {
            const QString holder = st.text(1);
            if (holder == hostId)
                ++mine;
            else if (holder.isEmpty() || st.int64(3) < nowMs - m_expiryMs)
                candidates.push_back({st.text(0), st.int64(2)});
        }
        if (st.failed())
            return Error {st.error()};
    }
    for (const auto &[oaId, epoch] : candidates) {
        if (mine >= *most)
            break;
        Statement st(m_db, "UPDATE sync_leases SET holder = ?2, epoch = ?3, taken_at = ?4, heartbeat_at = ?4 WHERE oa_id = ?1 AND epoch = ?5");
        st.bind(1, oaId).bind(2, hostId).bind(3, epoch + 1).bind(4, nowMs).bind(5, epoch);
        if (auto r = st.exec(); !r)
            return r.error();
        taken.insert(oaId, epoch + 1);
        ++mine;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return taken;
}

Expected<QHash<QString, qint64>> LeaseStore::renew(const QString &hostId, qint64 nowMs)
{
    if (m_db.isShared()) {
        // The session may be a new one since the last heartbeat (the connection came back after
        // the server restarted): the host's row names it, so that a host taking over ends it.
        Statement st(m_db,
                     "UPDATE sync_hosts SET heartbeat_at = ?2, stopped_at = NULL, session_pid = pg_backend_pid() WHERE host_id = ?1 "
                     "RETURNING current_setting('application_name')");
        st.bind(1, hostId).bind(2, nowMs);
        const bool tagged = st.next() && st.text(0) == kSessionPrefix + hostId;
        if (st.failed())
            return Error {st.error()};
        if (!tagged) {
            if (auto r = tagSession(hostId, false); !r)
                return r.error();
        }
    } else {
        Statement st(m_db, "UPDATE sync_hosts SET heartbeat_at = ?2, stopped_at = NULL WHERE host_id = ?1");
        st.bind(1, hostId).bind(2, nowMs);
        if (auto r = st.exec(); !r)
            return r.error();
    }
    // One statement, so one transaction: every lease still held is renewed, and named.
    Statement st(m_db, "UPDATE sync_leases SET heartbeat_at = ?2 WHERE holder = ?1 RETURNING oa_id, epoch");
    st.bind(1, hostId).bind(2, nowMs);
    QHash<QString, qint64> held;
    while (st.next())
        held.insert(st.text(0), st.int64(1));
    if (st.failed())
        return Error {st.error()};
    return held;
}

Status LeaseStore::release(const QString &hostId, const QStringList &oaIds)
{
    for (const QString &oaId : oaIds) {
        Statement st(m_db, "UPDATE sync_leases SET holder = NULL, heartbeat_at = NULL WHERE oa_id = ?1 AND holder = ?2");
        st.bind(1, oaId).bind(2, hostId);
        if (auto r = st.exec(); !r)
            return r.error();
    }
    return {};
}

Status LeaseStore::stopHost(const QString &hostId, qint64 nowMs)
{
    {
        Statement st(m_db, "UPDATE sync_leases SET holder = NULL, heartbeat_at = NULL WHERE holder = ?1");
        st.bind(1, hostId);
        if (auto r = st.exec(); !r)
            return r.error();
    }
    Statement st(m_db, "UPDATE sync_hosts SET stopped_at = ?2 WHERE host_id = ?1");
    st.bind(1, hostId).bind(2, nowMs);
    return st.exec();
}

Expected<QVector<LeaseRow>> LeaseStore::leases()
{
    Statement st(m_db, "SELECT oa_id, coalesce(holder, ''), epoch, coalesce(taken_at, 0), coalesce(heartbeat_at, 0) FROM sync_leases ORDER BY oa_id");
    QVector<LeaseRow> rows;
    while (st.next())
        rows.push_back({st.text(0), st.text(1), st.int64(2), st.int64(3), st.int64(4)});
    if (st.failed())
        return Error {st.error()};
    return rows;
}

Expected<QVector<SyncHostRow>> LeaseStore::hosts(qint64 nowMs) const
{
    Statement st(m_db,
                 "SELECT host_id, name, coalesce(pid, 0), started_at, heartbeat_at, coalesce(stopped_at, 0) FROM sync_hosts "
                 "WHERE stopped_at IS NULL OR stopped_at >= ?1 ORDER BY heartbeat_at DESC, name, host_id");
    st.bind(1, nowMs - 3600 * 1000);
    QVector<SyncHostRow> rows;
    while (st.next()) {
        SyncHostRow row {st.text(0), st.text(1), st.int64(2), st.int64(3), st.int64(4), st.int64(5), false};
        row.alive = row.stoppedAt == 0 && row.heartbeatAt >= nowMs - m_expiryMs;
        rows.push_back(row);
    }
    if (st.failed())
        return Error {st.error()};
    return rows;
}

Expected<QVector<LeaseHolding>> LeaseStore::holdings(qint64 nowMs) const
{
    Statement st(m_db,
                 "SELECT l.oa_id, l.holder, coalesce(h.name, ''), coalesce(l.taken_at, 0), coalesce(l.heartbeat_at, 0), "
                 "coalesce(h.heartbeat_at, 0), coalesce(h.stopped_at, 0) FROM sync_leases l "
                 "LEFT JOIN sync_hosts h ON h.host_id = l.holder WHERE l.holder IS NOT NULL ORDER BY l.oa_id");
    QVector<LeaseHolding> rows;
    while (st.next()) {
        LeaseHolding row {st.text(0), st.text(1), st.text(2), st.int64(3), st.int64(4), false};
        const qint64 hostHeartbeat = st.int64(5);
        const qint64 stoppedAt = st.int64(6);
        const qint64 oldest = nowMs - m_expiryMs;
        row.holderAlive = stoppedAt == 0 && hostHeartbeat >= oldest && row.heartbeatAt >= oldest;
        rows.push_back(row);
    }
    if (st.failed())
        return Error {st.error()};
    return rows;
}

Expected<qint64> LeaseStore::countRequest(const QString &appId, qint64 minute)
{
    Statement st(m_db,
                 "INSERT INTO request_budget (app_id, minute, used) VALUES (?1, ?2, 1) "
                 "ON CONFLICT (app_id, minute) DO UPDATE SET used = request_budget.used + 1 RETURNING used");
    st.bind(1, appId).bind(2, minute);
    const qint64 used = st.next() ? st.int64(0) : 0;
    if (st.failed())
        return Error {st.error()};
    return used;
}

Status LeaseStore::pruneRequestCounts(qint64 minute)
{
    Statement st(m_db, "DELETE FROM request_budget WHERE minute < ?1");
    st.bind(1, minute);
    return st.exec();
}

} // namespace casedesk::store
