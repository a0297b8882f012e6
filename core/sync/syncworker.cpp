#include "syncworker.h"

#include "core/common/logging.h"
#include "core/store/database.h"
#include "core/store/ingeststore.h"
#include "core/store/leasestore.h"
#include "core/sync/outboxsender.h"
#include "core/zalo/curltransport.h"
#include "core/zalo/ratebudget.h"
#include "core/zalo/zaloclient.h"

#include <QCoreApplication>

namespace casedesk::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::sync::SyncWorker)
};
} // namespace

SyncWorker::SyncWorker(const SyncDependencies &dependencies, std::shared_ptr<zalo::RateBudgets> budgets)
    : m_deps(dependencies)
    , m_budgets(std::move(budgets))
{
}

SyncWorker::~SyncWorker() = default;

bool SyncWorker::ensureOpen(QString *error)
{
    if (m_db && !m_db->isUsable()) {
        // The server went away, or ended this session (another host took this one's accounts over).
        m_ingest.reset();
        m_accounts.reset();
        m_db.reset();
    }
    if (m_db)
        return true;
    auto db = store::Database::open(m_deps.databasePath);
    if (!db) {
        *error = db.error().message;
        return false;
    }
    m_db = std::make_unique<store::Database>(std::move(*db));
    store::IngestStore::Options ingestOptions;
    ingestOptions.autoCloseAfterMs = qint64(m_deps.options.autoCloseDays) * 24 * 3600 * 1000;
    m_ingest = std::make_unique<store::IngestStore>(*m_db, ingestOptions);
    m_accounts = std::make_unique<store::AccountStore>(*m_db);
    if (!m_transport)
        m_transport = std::make_unique<zalo::CurlTransport>();
    return true;
}

void SyncWorker::poll(const store::Account &account, const std::shared_ptr<std::atomic<bool>> &cancel, const std::shared_ptr<HeldLease> &lease)
{
    using zalo::ZaloError;
    QString error;
    if (!ensureOpen(&error)) {
        Q_EMIT finished(account.oaId, false, error, false, 0, 0, 0);
        return;
    }
    // On a shared database every write checks the lease, and no Zalo call is made once it may
    // have moved on (a renewal failed, or this process was frozen past the renewals).
    const store::LeaseFence *fence = nullptr;
    if (lease) {
        m_fence.hostId = lease->hostId;
        m_fence.oaId = account.oaId;
        m_fence.epoch = lease->epoch;
        m_fence.lost.store(false);
        fence = &m_fence;
        if (auto tagged = store::LeaseStore(*m_db).tagSession(lease->hostId, false); !tagged)
            qCWarning(lcSync) << "sync session not tagged:" << tagged.error().message;
    }
    m_ingest->setLeaseFence(fence);
    m_accounts->setLeaseFence(fence);
    const auto mayCall = [lease, this] {
        return !lease || (!m_fence.lost.load() && steadyNowMs() < lease->callableUntil.load());
    };
    if (!mayCall()) {
        Q_EMIT finished(account.oaId, false, QString(), false, 0, 0, 0);
        return;
    }
    const qint64 now = m_deps.clock->nowMs();
    (void)m_accounts->recordSyncAttempt(account.oaId, now);

    zalo::ZaloClient::Options options;
    options.openapiBase = account.openapiBase;
    options.oauthBase = account.oauthBase;
    options.appId = account.appId;
    auto budget = m_budgets->forApp(account.appId);
    std::shared_ptr<zalo::AccessTokenProvider> tokens;
    if (lease && m_deps.leaseHeld)
        m_deps.leaseHeld(account.oaId, lease->hostId, lease->epoch);
    if (m_deps.tokenProvider) {
        auto provided = m_deps.tokenProvider(account);
        if (provided)
            tokens = *provided;
        else
            error = provided.error().message;
    }
    if (!tokens) {
        (void)m_accounts->recordSyncFailure(account.oaId, m_deps.clock->nowMs(), error);
        Q_EMIT finished(account.oaId, false, error, false, 0, 0, 0);
        return;
    }
    zalo::ZaloClient client(*m_transport, options, tokens.get(), budget);
    client.setCancelFlag(cancel.get());
    if (lease)
        client.setMayCall(mayCall);

    // Answers go out first, so that the poll below already sees them in the conversation.
    OutboxSender sender(client, *m_db, *m_deps.clock, fence);
    if (auto sent = sender.sendQueued(account.oaId); !sent && sent.error().kind != zalo::ZaloError::Kind::Cancelled)
        qCInfo(lcSync) << account.oaId << "sending stopped:" << sent.error().kindKey() << sent.error().detail;
    else if (sent && (sent->sent || sent->failed || sent->recovered))
        qCInfo(lcSync) << account.oaId << "answers sent:" << sent->sent << "failed:" << sent->failed << "recovered:" << sent->recovered;

    if (!mayCall()) {
        qCWarning(lcSync) << account.oaId << "lease lost: no more Zalo calls for it";
        Q_EMIT finished(account.oaId, false, QString(), false, 0, 0, 0);
        return;
    }

    AccountSyncer syncer(client, *m_ingest, m_deps.triage, m_deps.options);
    syncer.setCancelFlag(cancel.get());
    syncer.setProgress([this, oaId = account.oaId](int done, int total) { Q_EMIT progress(oaId, done, total); });
    AccountCursor cursor;
    cursor.oaId = account.oaId;
    cursor.unitId = account.unitId;
    cursor.firstSyncDone = account.firstSyncDone;
    cursor.highWaterMs = account.syncHighWater;
    auto result = syncer.poll(cursor, now);
    if (result) {
        (void)m_accounts->recordSyncSuccess(account.oaId, m_deps.clock->nowMs(), result->highWaterMs, true);
        // Answered cases of this account that stayed quiet past the auto-close period close now
        // (a first sync brings many old ones).
        auto closed = m_ingest->closeQuietCases(m_deps.clock->nowMs(), account.oaId);
        if (!closed)
            qCWarning(lcSync) << account.oaId << "quiet answered cases not closed:" << closed.error().message;
        const int casesChanged = result->casesOpened + (closed ? *closed : 0);
        qCInfo(lcSync) << account.oaId << "polled:" << result->requests << "requests," << result->messagesStored << "new messages";
        Q_EMIT finished(account.oaId, true, QString(), false, result->messagesStored, casesChanged, result->requests);
        return;
    }
    const ZaloError &e = result.error();
    if (lease && !mayCall()) {
        qCWarning(lcSync) << account.oaId << "lease lost: poll stopped";
        Q_EMIT finished(account.oaId, false, QString(), false, 0, 0, 0);
        return;
    }
    if (e.kind == ZaloError::Kind::NeedsConsent)
        (void)m_accounts->markNeedsConsent(account.oaId, e.message);
    else if (e.kind == ZaloError::Kind::AccountUnusable)
        (void)m_accounts->setState(account.oaId, store::AccountState::Disabled, e.message);
    if (e.kind != ZaloError::Kind::Cancelled)
        (void)m_accounts->recordSyncFailure(account.oaId, m_deps.clock->nowMs(), e.message);
    qCWarning(lcSync) << account.oaId << "poll failed:" << e.kindKey() << e.detail;
    const bool networkDown = e.kind == ZaloError::Kind::Transport || e.kind == ZaloError::Kind::Timeout;
    Q_EMIT finished(account.oaId, false, e.kind == ZaloError::Kind::Cancelled ? QString() : e.message, networkDown, 0, 0, 0);
}

} // namespace casedesk::sync
