#pragma once

#include "core/common/expected.h"
#include "core/domain/casetypes.h"
#include "core/sync/syncoptions.h"
#include "core/zalo/zaloerror.h"

#include <atomic>
#include <functional>

namespace casedesk::zalo {
class ZaloClient;
}

namespace casedesk::store {
class IngestStore;
}

namespace casedesk::sync {

/// Where one account's sync stands before a poll.
struct AccountCursor
{
    QString oaId;
    QString unitId;
    bool firstSyncDone = false;
    qint64 highWaterMs = 0; // newest message time seen by the last complete poll
};

/// What one poll of one account did.
struct PollResult
{
    int requests = 0;
    int conversations = 0;
    int conversationsUnchanged = 0; // listed with their newest message already stored: not fetched
    int messagesStored = 0;
    int duplicates = 0;
    int casesOpened = 0;
    qint64 highWaterMs = 0; // to store when the poll completed
};

/// Progress of a poll: conversations done out of those found.
using PollProgress = std::function<void(int done, int total)>;

/// Reads one account's inbox into the store: listrecentchat finds conversations with new
/// activity, each conversation is paged back to a message already stored, and what is new is
/// committed oldest first, one page a transaction, so that whatever is committed is always the
/// oldest part of what was fetched and a poll cut anywhere resumes without gaps or doubles.
/// Runs synchronously on a worker thread with that thread's own connection and client.
class AccountSyncer final
{
public:
    AccountSyncer(zalo::ZaloClient &client, store::IngestStore &ingest, domain::TriageFunction triage, SyncOptions options);

    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    void setProgress(PollProgress progress) { m_progress = std::move(progress); }

    /// Polls once; @p nowMs bounds the first sync's backfill.
    Expected<PollResult, zalo::ZaloError> poll(const AccountCursor &cursor, qint64 nowMs);

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    zalo::ZaloClient &m_client;
    store::IngestStore &m_ingest;
    domain::TriageFunction m_triage;
    SyncOptions m_options;
    const std::atomic<bool> *m_cancel = nullptr;
    PollProgress m_progress;
};

} // namespace casedesk::sync
