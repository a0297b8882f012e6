#pragma once

#include "core/common/expected.h"

#include <QString>

#include <optional>

namespace casedesk::store {

class Database;

/// Where the history's chain stands: its number of events and the hash of the last one. Printed
/// on the daily summary, it anchors the history: `audit verify --anchor HASH:COUNT` later checks
/// that the event number COUNT still has that hash.
struct ChainHead
{
    qint64 eventCount = 0;
    QString hash;

    /// "HASH:COUNT", as `audit verify --anchor` takes it.
    QString anchorText() const { return hash + QLatin1Char(':') + QString::number(eventCount); }
    /// Reads "HASH:COUNT"; nullopt when malformed.
    static std::optional<ChainHead> fromAnchorText(const QString &text);
};

/// What `audit verify` found.
struct AuditReport
{
    enum class Problem {
        None,
        Changed, // an event's content no longer matches its hash (edited or replaced)
        Unlinked, // an event does not follow the one before it (an event removed or inserted there)
        HeadMismatch, // the chain's head disagrees with its last event (events removed at the end)
        AnchorMissing, // the anchor's event is gone or has another hash (the history was rewritten)
    };

    qint64 eventCount = 0; // events read
    QString headHash; // hash of the last event read
    Problem problem = Problem::None;
    qint64 brokenEventId = 0; // the first broken event (Changed, Unlinked), 0 otherwise
    qint64 brokenCaseId = 0;
    QString brokenCaseCode;
    QString message; // the problem in words (translated), empty when intact
    bool anchorChecked = false;
    bool anchorFound = false;

    bool ok() const { return problem == Problem::None; }
    static QString problemKey(Problem p);
};

/// Reads and checks the hash chain of the case history (see EventLog).
class AuditStore final
{
public:
    explicit AuditStore(Database &db);

    Expected<ChainHead> head();
    /// Walks every event in order, recomputing each hash and link; with @p anchor, also checks that
    /// the anchor's event is still on the chain.
    Expected<AuditReport> verify(const std::optional<ChainHead> &anchor = std::nullopt);

private:
    Database &m_db;
};

} // namespace casedesk::store
