#pragma once

#include "core/common/expected.h"
#include "core/domain/casetypes.h"
#include "core/domain/officetime.h"

#include <memory>

namespace casedesk::store {

class Database;
struct LeaseFence;

/// What one ingest call changed.
struct IngestResult
{
    int inserted = 0;
    int duplicates = 0;
    int casesOpened = 0;
    int casesJoined = 0;
    int casesRetriaged = 0; // a joining message changed the classifier's category (or made it urgent)
    int casesAnswered = 0;
    int casesClosed = 0;
    int satisfactionRatings = 0; // replies to the satisfaction question recorded on their closed case
};

/// Writes what sync reads from Zalo: messages (once each, by Zalo's message id), their
/// full-text rows, citizens, and the cases they open or join, following "Case life" of the
/// design. One instance per connection: its statements are prepared once and reused.
class IngestStore final
{
public:
    struct Options
    {
        /// An answered case with no new citizen message for this long is closed.
        qint64 autoCloseAfterMs = 7LL * 24 * 3600 * 1000;
        /// Case codes are PREFIX-YEAR-NNNNNN.
        QString codePrefix = QStringLiteral("TV");
        /// The office's time zone, for the year in case codes.
        QTimeZone timeZone = domain::officeTimeZone();
    };

    explicit IngestStore(Database &db);
    IngestStore(Database &db, Options options);
    ~IngestStore();

    /// Stores one chunk of one conversation in a single transaction. @p messages must be in
    /// chronological order (oldest first) so that what is committed is always the oldest part
    /// of what was fetched. @p triage decides category, urgency and deadline of new cases, and
    /// triages again a case whose category no officer has set when a citizen's message joins it.
    Expected<IngestResult> ingest(const QString &unitId, const QVector<domain::IncomingMessage> &messages,
                                  const std::optional<domain::CitizenProfile> &citizen, const domain::TriageFunction &triage);

    /// One conversation's part of a batch: chronological messages of one citizen at one OA.
    struct ConversationChunk
    {
        QString unitId;
        QVector<domain::IncomingMessage> messages;
        std::optional<domain::CitizenProfile> citizen;
    };
    /// Stores several chunks in a single transaction (messages and their full-text rows always
    /// commit together); each chunk must be the oldest part not yet stored of its conversation.
    Expected<IngestResult> ingestMany(const QVector<ConversationChunk> &chunks, const domain::TriageFunction &triage);

    /// Stores a citizen's profile on its own.
    Status saveCitizen(const domain::CitizenProfile &citizen);
    /// When the citizen's profile was fetched (0 = never).
    qint64 citizenFetchedAt(const QString &oaId, const QString &userId);

    /// Closes answered cases (of @p oaId, or of every account when empty) quiet for longer than
    /// the auto-close period; returns how many.
    Expected<int> closeQuietCases(qint64 nowMs, const QString &oaId = QString());

    /// Whether a message with this Zalo id is stored.
    bool hasMessage(const QString &messageId);

    /// Every write transaction first checks @p fence (a shared database's sync worker: the lease
    /// of the account it writes for) and refuses when the lease moved on; null: no check.
    void setLeaseFence(const LeaseFence *fence) { m_fence = fence; }

private:
    struct Statements;
    Status ingestChunk(const QString &unitId, const QVector<domain::IncomingMessage> &messages, const std::optional<domain::CitizenProfile> &citizen,
                       const domain::TriageFunction &triage, IngestResult &result);
    Database &m_db;
    Options m_options;
    std::unique_ptr<Statements> m_st;
    const LeaseFence *m_fence = nullptr;
};

} // namespace casedesk::store
