#pragma once

#include "core/common/expected.h"
#include "core/domain/casetypes.h"
#include "core/domain/officerscope.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <tuple>

namespace casedesk::store {

class Database;

/// Own (not rolled up) counts of one unit's open cases, for the unit tree.
struct UnitCaseCounts
{
    int open = 0;
    int urgent = 0;
    int overdue = 0; // open, no first response yet, deadline passed
};

/// An answer that failed to send, with its case (the "Gửi lỗi" list).
struct FailedAnswer
{
    domain::CaseSummary caseSummary;
    domain::OutboxItem answer;
};

/// The triage queue as store queries: pages in queue order (urgent first, then earliest
/// deadline, then oldest; or by reception, either way) by keyset paging on the queue indexes, or
/// newest first for a text search; totals and counts per category and per unit. Every query takes the officer's scope.
class QueueStore final
{
public:
    explicit QueueStore(Database &db);
    ~QueueStore();

    /// One page of at most @p limit cases after @p cursor (empty cursor = first page), in the
    /// filter's order (QueueFilter::sort and descending; a cursor is good for the order it came
    /// from only). The page's `next` cursor is valid when more cases follow. With `filter.search` (folded here
    /// as the index is, by domain::foldQuery) cases come newest match first (by message row, i.e. the
    /// order messages were stored), each case once, and the scan stops once the page is full.
    Expected<domain::QueuePage> page(const domain::QueueFilter &filter, const domain::OfficerScope &scope, const domain::QueueCursor &cursor = {},
                                     int limit = 50);

    /// How many cases the filter selects.
    Expected<qint64> total(const domain::QueueFilter &filter, const domain::OfficerScope &scope);

    /// How many cases each category holds with every other filter applied (filter.category is
    /// ignored); categories without a case are absent.
    Expected<QMap<domain::Category, qint64>> categoryCounts(const domain::QueueFilter &filter, const domain::OfficerScope &scope);

    /// Category counts of a search that stop after the @p cap newest matching cases, so that a
    /// common word does not cost every match: `capped` says the counts are "at least".
    /// Without a search they are exact (same as categoryCounts()).
    struct CappedCounts
    {
        QMap<domain::Category, qint64> counts;
        bool capped = false;
    };
    Expected<CappedCounts> categoryCountsUpTo(const domain::QueueFilter &filter, const domain::OfficerScope &scope, qint64 cap);

    /// Open, urgent and overdue cases of each unit (its own, not rolled up), keyed by unit id.
    Expected<QHash<QString, UnitCaseCounts>> unitCounts(qint64 now, const domain::OfficerScope &scope);

    /// The highest case id in the store (0 when it has none): cases made after have higher ids.
    Expected<qint64> newestCaseId();

    /// The officers who hold open cases in the scope, by name.
    Expected<QStringList> assignees(const domain::OfficerScope &scope);

    /// One case by id as a queue row (to refresh one row), or an error when it is missing or
    /// out of scope. (Finding a case by id or code for people is CaseStore::find.)
    Expected<domain::CaseSummary> summary(qint64 caseId, const domain::OfficerScope &scope);

    /// Of @p caseIds, the cases @p filter shows (its search aside: without one only), as queue rows.
    /// For a queue that refetches just the rows that changed.
    Expected<QVector<domain::CaseSummary>> matching(const domain::QueueFilter &filter, const domain::OfficerScope &scope,
                                                    const QVector<qint64> &caseIds);

    /// The answers that failed to send (outbox state failed) of the cases whose current unit is in
    /// @p scope, the most recent failure first.
    Expected<QVector<FailedAnswer>> failedAnswers(const domain::OfficerScope &scope);

    /// Where a case sorts in a queue of @p filter's order (QueueFilter::sort, descending):
    /// - Deadline: urgent and still needing an answer first, then the earliest deadline (an
    ///   answered case, or one without deadline, last), then the oldest; the same order as the
    ///   generated columns queue_urgent and due_sort of the cases table;
    /// - Received: when the case was opened, then id.
    /// Descending is the exact reverse. A search's order (newest match) is not a case's own.
    struct SortKey
    {
        int segment = 0; // Deadline: 0 for urgent cases needing an answer, 1 otherwise; Received: 0
        qint64 value = 0; // Deadline: due_sort; Received: opened_at
        qint64 id = 0;
        bool descending = false;
        bool operator<(const SortKey &o) const
        {
            return descending ? std::tie(o.segment, o.value, o.id) < std::tie(segment, value, id)
                              : std::tie(segment, value, id) < std::tie(o.segment, o.value, o.id);
        }
    };
    static SortKey sortKey(const domain::CaseSummary &c, const domain::QueueFilter &filter = {});

    /// @p unitIds and every unit under them (closed units included: they keep their cases).
    Expected<QStringList> expandUnits(const QStringList &unitIds);

    /// The FTS5 query for a folded search text: every word must occur, the last one as a
    /// prefix ("can cuoc" → `"can" "cuoc"*`); empty when the text holds no word.
    static QString ftsQuery(const QString &foldedText);
    /// The same search as a PostgreSQL tsquery ('word' & 'word':*).
    static QString tsQuery(const QString &foldedText);
    /// The words a search looks for in folded text: runs of letters and digits.
    static QStringList searchWords(const QString &foldedText);
    /// What a server's messages.folded holds: the folded text's words, one space apart, so
    /// that PostgreSQL's parser finds the very words SQLite's FTS5 does.
    static QString indexText(const QString &foldedText);

    /// SQLite's EXPLAIN QUERY PLAN (PostgreSQL's EXPLAIN) of each statement page() runs for a
    /// first page of @p filter (one per merged stream), for tests and the benchmark: the queue
    /// must come from an index in order, never from sorting every case.
    Expected<QStringList> explainFirstPage(const domain::QueueFilter &filter, const domain::OfficerScope &scope);

    struct Plan; // the resolved filter, internal

private:
    Expected<domain::QueuePage> queuePage(const Plan &plan, const domain::QueueCursor &cursor, int limit);
    Expected<domain::QueuePage> searchPage(const Plan &plan, const domain::QueueCursor &cursor, int limit);
    Expected<Plan> resolve(const domain::QueueFilter &filter, const domain::OfficerScope &scope);

    Database &m_db;
};

} // namespace casedesk::store
