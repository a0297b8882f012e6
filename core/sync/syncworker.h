#pragma once

#include "core/store/accountstore.h"
#include "core/store/leasestore.h"
#include "core/sync/syncservice.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace casedesk::store {
class Database;
class IngestStore;
} // namespace casedesk::store

namespace casedesk::zalo {
class CurlTransport;
class RateBudgets;
} // namespace casedesk::zalo

namespace casedesk::sync {

/// One worker thread of the sync service: its own SQLite connection, HTTP connection and
/// ingest statements; polls one account at a time.
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    SyncWorker(const SyncDependencies &dependencies, std::shared_ptr<zalo::RateBudgets> budgets);
    ~SyncWorker() override;

    /// Polls @p account once (called on the worker's thread).
    /// @p lease: on a shared database, the lease every write and every Zalo call is checked against.
    void poll(const store::Account &account, const std::shared_ptr<std::atomic<bool>> &cancel, const std::shared_ptr<HeldLease> &lease = {});

Q_SIGNALS:
    void finished(const QString &oaId, bool ok, const QString &message, bool networkDown, int stored, int casesChanged, int requests);
    void progress(const QString &oaId, int done, int total);

private:
    bool ensureOpen(QString *error);

    const SyncDependencies &m_deps;
    std::shared_ptr<zalo::RateBudgets> m_budgets;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::IngestStore> m_ingest;
    std::unique_ptr<store::AccountStore> m_accounts;
    std::unique_ptr<zalo::CurlTransport> m_transport;
    store::LeaseFence m_fence;
};

} // namespace casedesk::sync
