#include "syncservice.h"

#include "syncworker.h"

#include "core/common/logging.h"
#include "core/store/changefeed.h"
#include "core/store/database.h"
#include "core/store/leasestore.h"
#include "core/store/outboxstore.h"
#include "core/zalo/ratebudget.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <chrono>

namespace casedesk::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::sync::SyncService)
};

constexpr qint64 kMaxBackoffMs = 5 * 60 * 1000;
} // namespace

qint64 steadyNowMs()
{
    return qint64(std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count());
}

SyncService::SyncService(SyncDependencies dependencies, QObject *parent)
    : QObject(parent)
    , m_deps(std::move(dependencies))
    , m_budgets(m_deps.budgets ? m_deps.budgets : std::make_shared<zalo::RateBudgets>())
{
    if (!m_deps.clock)
        m_deps.clock = &m_systemClock;
    auto db = store::Database::open(m_deps.databasePath);
    if (db) {
        m_db = std::make_unique<store::Database>(std::move(*db));
        // An answer queued anywhere (this window, another one, casedesk-cli) is sent at once,
        // not at its account's next poll.
        m_changes = std::make_unique<store::ChangeFeed>(*m_db, 500);
        connect(m_changes.get(), &store::ChangeFeed::changed, this, &SyncService::onChanges);
        if (m_db->isShared()) {
            // A province's sync host: it polls only the accounts whose lease it holds.
            m_shared = true;
            auto host = store::LeaseStore(*m_db, m_deps.options.leaseExpiryMs)
                            .registerHost(QSysInfo::machineHostName(), QCoreApplication::applicationPid(), m_deps.clock->nowMs());
            if (host)
                m_hostId = *host;
            else
                qCCritical(lcSync) << "sync host not registered:" << host.error().message;
            m_leaseTick.setInterval(int(m_deps.options.leaseRenewMs));
            connect(&m_leaseTick, &QTimer::timeout, this, &SyncService::renewLeases);
        }
    } else {
        qCCritical(lcSync) << "sync cannot open the store:" << db.error().message;
    }

    const int workers = std::max(1, m_deps.options.concurrency);
    for (int i = 0; i < workers; ++i) {
        auto *thread = new QThread(this);
        thread->setObjectName(QStringLiteral("sync-worker-%1").arg(i));
        auto *worker = new SyncWorker(m_deps, m_budgets);
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        connect(worker, &SyncWorker::finished, this,
                [this, worker](const QString &oaId, bool ok, const QString &message, bool networkDown, int stored, int casesChanged, int requests) {
                    m_idle.push_back(worker);
                    onPollFinished(oaId, ok, message, networkDown, stored, casesChanged, requests);
                });
        connect(worker, &SyncWorker::progress, this, &SyncService::onProgress);
        thread->start();
        m_workers.push_back(worker);
        m_idle.push_back(worker);
    }
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &SyncService::schedule);
}

SyncService::~SyncService()
{
    for (auto &flag : m_cancel)
        flag->store(true);
    for (SyncWorker *worker : std::as_const(m_workers)) {
        QThread *thread = worker->thread();
        thread->quit();
        thread->wait();
    }
    releaseAllLeases();
}

void SyncService::dropLease(const QString &oaId)
{
    const std::shared_ptr<HeldLease> lease = m_leases.take(oaId);
    if (lease)
        lease->callableUntil.store(0);
    if (auto flag = m_cancel.value(oaId))
        flag->store(true);
}

void SyncService::releaseAllLeases()
{
    if (!m_shared || m_hostId.isEmpty() || !m_db)
        return;
    m_leaseTick.stop();
    for (const QString &oaId : m_leases.keys())
        dropLease(oaId);
    if (auto r = store::LeaseStore(*m_db, m_deps.options.leaseExpiryMs).stopHost(m_hostId, m_deps.clock->nowMs()); !r)
        qCWarning(lcSync) << "leases not given up:" << r.error().message;
}

void SyncService::renewLeases()
{
    if (!m_shared || m_hostId.isEmpty() || !m_db)
        return;
    if (!m_db->isUsable()) {
        // Till it is back, the leases run out by themselves: no Zalo call once they may have moved on.
        if (!m_db->reconnectStep())
            return;
        if (auto r = store::LeaseStore(*m_db).tagSession(m_hostId, true); !r)
            qCWarning(lcSync) << "sync session not tagged:" << r.error().message;
    }
    const qint64 started = steadyNowMs();
    const qint64 callableUntil = started + m_deps.options.leaseExpiryMs * 2 / 3;
    const qint64 now = m_deps.clock->nowMs();
    store::LeaseStore leases(*m_db, m_deps.options.leaseExpiryMs);
    auto held = leases.renew(m_hostId, now);
    if (!held) {
        qCWarning(lcSync) << "leases not renewed:" << held.error().message;
        return;
    }
    bool changed = false;
    for (const QString &oaId : m_leases.keys()) {
        if (held->value(oaId, -1) != m_leases.value(oaId)->epoch) {
            qCWarning(lcSync) << oaId << "lease lost: another sync host holds it now";
            dropLease(oaId);
            changed = true;
        }
    }
    QStringList strays; // held in the database, unknown here: given back
    for (auto it = held->cbegin(); it != held->cend(); ++it) {
        if (auto lease = m_leases.value(it.key()))
            lease->callableUntil.store(callableUntil);
        else
            strays.push_back(it.key());
    }
    auto share = leases.share(now);
    if (share && m_leases.size() > *share) {
        // A new host came: give up what is above this one's share, never an account in flight.
        for (const QString &oaId : m_leases.keys()) {
            if (m_leases.size() <= *share)
                break;
            if (m_status.value(oaId).inFlight)
                continue;
            dropLease(oaId);
            strays.push_back(oaId);
            changed = true;
        }
    }
    if (!strays.isEmpty()) {
        if (auto r = leases.release(m_hostId, strays); !r)
            qCWarning(lcSync) << "leases not given up:" << r.error().message;
    }
    if (share && m_leases.size() < *share && !m_stopping) {
        if (auto r = leases.endDeadSessions(now); !r)
            qCWarning(lcSync) << "dead sync hosts' sessions not ended:" << r.error().message;
        auto taken = leases.take(m_hostId, now);
        if (!taken) {
            qCWarning(lcSync) << "leases not taken:" << taken.error().message;
        } else if (!taken->isEmpty()) {
            for (auto it = taken->cbegin(); it != taken->cend(); ++it) {
                auto lease = std::make_shared<HeldLease>();
                lease->hostId = m_hostId;
                lease->epoch = it.value();
                lease->callableUntil.store(callableUntil);
                m_leases.insert(it.key(), lease);
                if (!m_status.contains(it.key()))
                    m_lastReload = 0; // an account this host did not know yet
                m_status[it.key()].nextPollAt = 0;
                if (m_once && m_status.value(it.key()).account.state == store::AccountState::Ok)
                    m_oncePending.insert(it.key());
            }
            qCInfo(lcSync) << "took" << taken->size() << "account(s):" << taken->keys();
            changed = true;
        }
    }
    if (m_lastReload == 0)
        reloadAccounts();
    if (changed)
        Q_EMIT statusChanged();
    schedule();
}

void SyncService::reloadAccounts()
{
    if (!m_db)
        return;
    store::AccountStore accounts(*m_db);
    auto list = accounts.list();
    if (!list) {
        qCWarning(lcSync) << "cannot read accounts:" << list.error().message;
        return;
    }
    QStringList order;
    for (const store::Account &a : *list) {
        AccountSyncStatus &s = m_status[a.oaId];
        s.account = a;
        order.push_back(a.oaId);
    }
    m_order = order;
}

void SyncService::start()
{
    m_running = true;
    m_once = false;
    m_stopping = false;
    reloadAccounts();
    for (auto &s : m_status)
        s.nextPollAt = 0;
    m_tick.start();
    if (m_shared) {
        m_leaseTick.start();
        renewLeases();
    }
    schedule();
}

void SyncService::runOnce()
{
    m_running = true;
    m_once = true;
    m_stopping = false;
    m_onceFailures.clear();
    reloadAccounts();
    m_oncePending.clear();
    for (const QString &oaId : std::as_const(m_order)) {
        AccountSyncStatus &s = m_status[oaId];
        if (s.account.state != store::AccountState::Ok) {
            if (s.account.state == store::AccountState::NeedsConsent)
                m_onceFailures.push_back(Tr::tr("%1 (%2): the unit's Zalo admin must grant access again.").arg(s.account.unitId, oaId));
            continue;
        }
        s.nextPollAt = 0;
        if (!m_shared)
            m_oncePending.insert(oaId);
    }
    if (m_shared) { // the accounts whose lease this host takes
        m_leaseTick.start();
        renewLeases();
    }
    m_tick.start();
    schedule();
    finishIfDone();
}

void SyncService::syncNow()
{
    reloadAccounts();
    for (auto it = m_status.begin(); it != m_status.end(); ++it) {
        it->nextPollAt = 0;
        if (it->inFlight)
            m_cancel.value(it.key())->store(true);
    }
    schedule();
}

void SyncService::stop()
{
    m_stopping = true;
    m_tick.stop();
    for (auto &flag : m_cancel)
        flag->store(true);
    finishIfDone();
}

QVector<AccountSyncStatus> SyncService::statuses() const
{
    QVector<AccountSyncStatus> out;
    for (const QString &oaId : m_order)
        out.push_back(m_status.value(oaId));
    return out;
}

void SyncService::schedule()
{
    if (m_stopping || !m_running)
        return;
    const qint64 now = m_deps.clock->nowMs();
    // Accounts added or changed elsewhere (the GUI's dialog, casedesk-cli) join within a minute.
    if (!m_once && now - m_lastReload > 60000) {
        m_lastReload = now;
        reloadAccounts();
        if (m_db) {
            if (auto pruned = store::ChangeFeed::prune(*m_db); !pruned)
                qCWarning(lcSync) << "old changes not pruned:" << pruned.error().message;
        }
    }
    for (const QString &oaId : std::as_const(m_order)) {
        if (m_idle.isEmpty())
            return;
        AccountSyncStatus &s = m_status[oaId];
        if (s.inFlight || s.account.state != store::AccountState::Ok || s.nextPollAt > now)
            continue;
        if (m_once && !m_oncePending.contains(oaId))
            continue;
        if (m_shared) {
            const std::shared_ptr<HeldLease> lease = m_leases.value(oaId);
            if (!lease || lease->callableUntil.load() <= steadyNowMs())
                continue;
        }
        dispatch(oaId);
    }
}

void SyncService::dispatch(const QString &oaId)
{
    SyncWorker *worker = m_idle.takeLast();
    AccountSyncStatus &s = m_status[oaId];
    s.inFlight = true;
    s.progressDone = 0;
    s.progressTotal = 0;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel.insert(oaId, cancel);
    const store::Account account = s.account;
    const std::shared_ptr<HeldLease> lease = m_shared ? m_leases.value(oaId) : nullptr;
    QMetaObject::invokeMethod(
        worker, [worker, account, cancel, lease] { worker->poll(account, cancel, lease); }, Qt::QueuedConnection);
    Q_EMIT statusChanged();
}

void SyncService::onProgress(const QString &oaId, int done, int total)
{
    AccountSyncStatus &s = m_status[oaId];
    s.progressDone = done;
    s.progressTotal = total;
    Q_EMIT progress(oaId, done, total);
}

void SyncService::onPollFinished(const QString &oaId, bool ok, const QString &message, bool networkDown, int stored, int casesChanged, int requests)
{
    m_requests += requests;
    const qint64 now = m_deps.clock->nowMs();
    AccountSyncStatus &s = m_status[oaId];
    const bool cancelled = m_cancel.value(oaId) && m_cancel.value(oaId)->load();
    s.inFlight = false;
    s.lastMessagesStored = stored;
    const bool again = s.sendAgain;
    s.sendAgain = false;
    m_cancel.remove(oaId);
    // Re-read the row: the worker recorded success, failure, a new state or a new name.
    if (m_db) {
        store::AccountStore accounts(*m_db);
        if (auto row = accounts.find(oaId); row && row->has_value())
            s.account = **row;
    }
    if (ok) {
        s.nextPollAt = again ? now : now + m_deps.options.intervalMs;
        m_lastSuccessAt = now;
        m_offlineSince = 0;
    } else if (cancelled) {
        s.nextPollAt = m_stopping ? std::numeric_limits<qint64>::max() : 0;
    } else {
        // Back off a failing account, up to five minutes, without holding up the others.
        const qint64 since = s.account.lastSuccessAt > 0 ? now - s.account.lastSuccessAt : m_deps.options.intervalMs;
        s.nextPollAt = now + std::clamp(since, m_deps.options.intervalMs, kMaxBackoffMs);
        if (networkDown && m_offlineSince == 0)
            m_offlineSince = now;
    }
    if (m_once && m_oncePending.remove(oaId) && !ok && !cancelled)
        m_onceFailures.push_back(QStringLiteral("%1 (%2): %3").arg(s.account.unitId, oaId, message));

    Q_EMIT accountPolled(oaId, ok, message);
    if (stored > 0 || casesChanged > 0 || !ok)
        Q_EMIT dataChanged();
    Q_EMIT statusChanged();
    finishIfDone();
    schedule();
}

void SyncService::onChanges(const store::ChangeSet &changes)
{
    if (!m_running || m_stopping || m_once || changes.outboxes.isEmpty())
        return;
    store::OutboxStore outbox(*m_db, *m_deps.clock);
    bool any = false;
    for (const QString &oaId : changes.outboxes) {
        auto it = m_status.find(oaId);
        if (it == m_status.end() || it->account.state != store::AccountState::Ok)
            continue;
        auto queued = outbox.hasQueued(oaId);
        if (!queued || !*queued)
            continue;
        if (it->inFlight) {
            it->sendAgain = true; // the poll in flight may have claimed before it was queued
        } else {
            it->nextPollAt = 0;
            any = true;
        }
    }
    if (any)
        schedule();
}

void SyncService::finishIfDone()
{
    const bool anyInFlight = std::any_of(m_status.cbegin(), m_status.cend(), [](const AccountSyncStatus &s) { return s.inFlight; });
    if (m_once && m_oncePending.isEmpty() && !anyInFlight) {
        m_once = false;
        m_running = false;
        m_tick.stop();
        releaseAllLeases();
        // Queued: runOnce() may finish at once (nothing to poll), before its caller's event loop runs.
        QMetaObject::invokeMethod(
            this, [this, failures = m_onceFailures] { Q_EMIT onceFinished(failures); }, Qt::QueuedConnection);
        return;
    }
    if (m_stopping && !anyInFlight) {
        m_stopping = false;
        m_running = false;
        releaseAllLeases();
        if (m_once) {
            m_once = false;
            QMetaObject::invokeMethod(
                this, [this, failures = m_onceFailures] { Q_EMIT onceFinished(failures); }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT stopped(); }, Qt::QueuedConnection);
    }
}

} // namespace casedesk::sync
