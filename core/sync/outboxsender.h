#pragma once

#include "core/common/expected.h"
#include "core/zalo/zaloerror.h"

namespace casedesk {
class Clock;
}

namespace casedesk::zalo {
class ZaloClient;
}

namespace casedesk::store {
class Database;
struct LeaseFence;
} // namespace casedesk::store

namespace casedesk::sync {

/// What one round of sending did.
struct SendRound
{
    int sent = 0;
    int failed = 0;
    int uncertain = 0;
    int requeued = 0;
    int recovered = 0; // rows left sending or uncertain that the conversation shows as sent
};

/// Sends one account's queued answers through the OA the citizen wrote to, exactly once: a row
/// is marked 'sending' before the call, and a row found 'sending' (a crash) or 'uncertain' (no
/// answer after sending) is looked for in the conversation before it is ever sent again.
class OutboxSender final
{
public:
    /// @p fence: the lease every write is checked against (a shared database's sync host), or null.
    OutboxSender(zalo::ZaloClient &client, store::Database &db, const Clock &clock, const store::LeaseFence *fence = nullptr);

    /// Settles rows left by a crash, then sends what is queued for @p oaId. Stops early (the rest
    /// stays queued) on a transient error such as a rate limit or a network failure.
    Expected<SendRound, zalo::ZaloError> sendQueued(const QString &oaId);

private:
    zalo::ZaloClient &m_client;
    store::Database &m_db;
    const Clock &m_clock;
    const store::LeaseFence *m_fence;
};

} // namespace casedesk::sync
