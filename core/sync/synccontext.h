#pragma once

#include "core/common/expected.h"
#include "core/sync/syncservice.h"

#include <memory>

namespace casedesk::zalo {
class CurlTransport;
class RateBudgets;
} // namespace casedesk::zalo

namespace casedesk::triage {
class TriageEngine;
}

namespace casedesk::store {
class Database;
}

namespace casedesk::sync {

class TokenRegistry;

/// The triage engine of a data folder: the shipped seed set and rules, the folder's own additions,
/// and what officers corrected and forwarded before (read from @p db).
Expected<std::shared_ptr<triage::TriageEngine>> loadTriageEngine(store::Database &db, const QString &dataFolder);

/// The real-world parts sync runs with, built once by a program's composition root: the HTTP
/// transport, the app rate budgets, the token managers, and the triage engine.
class SyncContext final
{
public:
    /// @p db is the caller's connection (units and past corrections are read from it).
    static Expected<std::unique_ptr<SyncContext>> create(const QString &dataFolder, store::Database &db, const QString &secretsFile,
                                                         SyncOptions options = {});
    ~SyncContext();

    SyncDependencies dependencies() const;
    std::shared_ptr<triage::TriageEngine> triage() const { return m_triage; }
    TokenRegistry &tokens() { return *m_tokens; }
    zalo::CurlTransport &transport() { return *m_transport; }

private:
    SyncContext() = default;

    QString m_databasePath;
    SyncOptions m_options;
    std::unique_ptr<zalo::CurlTransport> m_transport;
    std::shared_ptr<zalo::RateBudgets> m_budgets;
    std::unique_ptr<TokenRegistry> m_tokens;
    std::shared_ptr<triage::TriageEngine> m_triage;
};

} // namespace casedesk::sync
