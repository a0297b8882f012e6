#pragma once

#include "core/common/expected.h"
#include "core/domain/casetypes.h"

#include <memory>
#include <optional>

namespace casedesk {
class Clock;
}

namespace casedesk::store {

class Database;
struct LeaseFence;

/// How many outbox rows are in each state (for the status bar).
struct OutboxCounts
{
    int queued = 0;
    int sending = 0;
    int sent = 0;
    int failed = 0;
    int uncertain = 0;
    int pendingApproval = 0; // held for an editor: never sent in that state
};

/// The outbox as the sender (the sync service) sees it. Every answer reaches the citizen at
/// most once: claimNext() marks a row 'sending' BEFORE the HTTP call, so after a crash the row
/// is still 'sending' (leftSending()) and must be checked against the conversation — if the
/// message is there, markSent(); if not, requeue() — before any retry. Each state change writes
/// its audit event (officer "CaseDesk") in the same transaction and bumps the case's version.
///
/// States: queued → sending → sent | failed | uncertain; requeue(): sending|failed|uncertain → queued.
/// Before them, an answer that needs an editor's approval is pending_approval until the editor
/// queues it or sends it back (rejected; CaseWriter::approveAnswer, rejectAnswer): no query here
/// picks a row in either state, so a held answer never reaches Zalo, also not after a crash.
class OutboxStore final
{
public:
    OutboxStore(Database &db, const Clock &clock);
    ~OutboxStore();

    /// Takes the oldest queued row (of @p oaId when not empty), marks it 'sending' and counts
    /// the attempt, in one transaction; nullopt when nothing is queued. A row whose reply window
    /// has closed meanwhile is marked failed (answer_failed, "reply window closed") instead of
    /// being handed out, and the next row is taken.
    Expected<std::optional<domain::OutboxItem>> claimNext(const QString &oaId = {});
    /// Zalo accepted the answer: stores its message id, sets the case's first response (if
    /// none yet) and status answered (if new or open); event answer_sent. Accepts a row that
    /// is sending or uncertain; repeating it with the same message id changes nothing.
    Status markSent(qint64 outboxId, const QString &messageId, qint64 sentAtMs);
    /// Zalo refused the answer (@p error in words a user can act on); event answer_failed.
    Status markFailed(qint64 outboxId, const QString &error, int zaloCode = 0);
    /// The answer may or may not have reached Zalo (timeout after sending); event answer_uncertain.
    /// The row is never retried automatically: check the conversation, then markSent or requeue.
    Status markUncertain(qint64 outboxId, const QString &error);
    /// Rows left 'sending' (a crash or a kill mid-send): call when the sender starts, before it
    /// claims anything, and check each against the conversation.
    Expected<QVector<domain::OutboxItem>> leftSending(const QString &oaId = {});
    /// Rows in 'uncertain' state, to check against the conversation like leftSending().
    Expected<QVector<domain::OutboxItem>> uncertain(const QString &oaId = {});
    /// Puts a sending, failed or uncertain row back in the queue (after checking it was not sent).
    Status requeue(qint64 outboxId);

    Expected<domain::OutboxItem> item(qint64 outboxId);
    Expected<OutboxCounts> counts();
    /// Whether an answer waits to be sent through account @p oaId.
    Expected<bool> hasQueued(const QString &oaId);
    /// Whether a row already holds this Zalo message id (so it cannot be another row's answer).
    bool holdsMessage(const QString &messageId);

    /// Every write transaction first checks @p fence (a shared database's sync worker: the lease
    /// of the account it sends for) and refuses when the lease moved on; null: no check.
    void setLeaseFence(const LeaseFence *fence) { m_fence = fence; }

private:
    struct Statements;
    Status setFinalState(qint64 outboxId, const QString &state, const QString &error, int zaloCode, const char *eventKind);

    Database &m_db;
    const Clock &m_clock;
    std::unique_ptr<Statements> m_st;
    const LeaseFence *m_fence = nullptr;
};

} // namespace casedesk::store
