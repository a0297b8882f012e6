#include "syncservice.h"

#include "syncworker.h"

#include "core/common/logging.h"
#include "core/store/changefeed.h"
#include "core/store/database.h"
#include "core/store/outboxstore.h"
#include "core/zalo/ratebudget.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace casedesk::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::sync::SyncService)
};

constexpr qint64 kMaxBackoffMs = 5 * 60 * 1000;
} // namespace

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
        m_oncePending.insert(oaId);
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
    QMetaObject::invokeMethod(
        worker, [worker, account, cancel] { worker->poll(account, cancel); }, Qt::QueuedConnection);
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
        // Queued: runOnce() may finish at once (nothing to poll), before its caller's event loop runs.
        QMetaObject::invokeMethod(
            this, [this, failures = m_onceFailures] { Q_EMIT onceFinished(failures); }, Qt::QueuedConnection);
        return;
    }
    if (m_stopping && !anyInFlight) {
        m_stopping = false;
        m_running = false;
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
