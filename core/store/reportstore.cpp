#include "reportstore.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace casedesk::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::ReportStore)
};

// The unit that acted in event e (joined with its case c): the handing unit of a transfer,
// otherwise the unit holding the case then (the target of the last earlier transfer, else
// the origin unit).
#define CASEDESK_ACTING_UNIT                                                                                                                         \
    "CASE WHEN e.kind IN ('forwarded', 'escalated', 'returned', 'reorganised') "                                                                     \
    "THEN coalesce(json_extract(e.detail, '$.unit_before'), json_extract(e.detail, '$.from')) "                                                      \
    "ELSE coalesce((SELECT coalesce(json_extract(p.detail, '$.unit_after'), json_extract(p.detail, '$.to')) "                                        \
    "FROM case_events p INDEXED BY case_events_transfers "                                                                                           \
    "WHERE p.case_id = e.case_id AND p.id < e.id AND p.kind IN ('forwarded', 'escalated', 'returned', 'reorganised') "                               \
    "ORDER BY p.id DESC LIMIT 1), c.origin_unit) END"

// Cases open at instant ?1 with the unit holding them then (unit_then), limited to scope ?2.
// A case's first close/reopen at or after ?1 tells its state at ?1 (reopened: it was closed;
// closed: it was open); without one, its present state is its state then. Likewise the first
// transfer at or after ?1 names the unit that held it then (looked up per case among the few
// transfers: a join with all transfers since ?1 was a nested scan of thousands per open case).
// The first event of each case after ?1: row_number() over the events after ?1 (both engines).
// INDEXED BY: for grouping by case_id SQLite would rather walk case_events_case, i.e. the whole
// history (1 s and more on a province's store), than read the few events of these kinds after ?1
// (case_events_kind_at, migration 15: a year back is a year of closings, not of every event);
// CROSS JOIN keeps the few cases closed after ?1 as the outer loop (not every case opened before).
#define CASEDESK_OPEN_AT_CTE                                                                                                                         \
    "WITH life AS (SELECT case_id, kind, first_at FROM (SELECT case_id, kind, at AS first_at, "                                                      \
    "  row_number() OVER (PARTITION BY case_id ORDER BY at, id) AS n FROM case_events INDEXED BY case_events_kind_at "                               \
    "  WHERE at >= ?1 AND kind IN ('closed', 'reopened')) AS l WHERE n = 1), "                                                                       \
    "open_then AS (SELECT c.id, c.code, c.category, c.urgent, c.opened_at, c.due_at, c.first_response_at, c.unit_id "                                \
    "  FROM cases c WHERE c.is_open = 1 AND c.opened_at < ?1 AND c.id NOT IN (SELECT case_id FROM life) "                                            \
    "  UNION ALL "                                                                                                                                   \
    "  SELECT c.id, c.code, c.category, c.urgent, c.opened_at, c.due_at, c.first_response_at, c.unit_id "                                            \
    "  FROM life l CROSS JOIN cases c ON c.id = l.case_id WHERE l.kind = 'closed' AND c.opened_at < ?1), "                                           \
    "scoped AS (SELECT * FROM (SELECT o.*, coalesce((SELECT coalesce(json_extract(x.detail, '$.unit_before'), json_extract(x.detail, '$.from')) "    \
    "  FROM case_events x INDEXED BY case_events_transfers WHERE x.case_id = o.id "                                                                  \
    "  AND x.kind IN ('forwarded', 'escalated', 'returned', 'reorganised') AND x.at >= ?1 ORDER BY x.at, x.id LIMIT 1), o.unit_id) AS unit_then "    \
    "  FROM open_then o) AS u WHERE ?2 IS NULL OR unit_then IN (SELECT value FROM json_each(?2))) "

QByteArray scopeJson(const QStringList &scope)
{
    if (scope.isEmpty())
        return {};
    return QJsonDocument(QJsonArray::fromStringList(scope)).toJson(QJsonDocument::Compact);
}

void bindScope(Statement &st, int index, const QStringList &scope)
{
    if (scope.isEmpty())
        st.bindNull(index);
    else
        st.bind(index, scopeJson(scope));
}

Error queryError(const Statement &st)
{
    return Error {Tr::tr("The report figures cannot be read from the database: %1").arg(st.isValid() ? st.error() : st.prepareError())};
}

} // namespace

struct ReportStore::Statements
{
    explicit Statements(Database &db)
        : received(db,
                   "SELECT id, opened_at, category, origin_unit, ifnull(due_at, 0), ifnull(first_response_at, 0) FROM cases WHERE opened_at >= ?1 "
                   "AND opened_at < ?2 "
                   "AND (?3 IS NULL OR origin_unit IN (SELECT value FROM json_each(?3))) ORDER BY opened_at, id")
        , receivedCount(db,
                        "SELECT count(*) FROM cases WHERE opened_at >= ?1 AND opened_at < ?2 "
                        "AND (?3 IS NULL OR origin_unit IN (SELECT value FROM json_each(?3)))")
        , actions(db,
                  "SELECT case_id, kind, unit FROM (SELECT e.case_id, e.kind, e.id, " CASEDESK_ACTING_UNIT " AS unit "
                  "FROM case_events e INDEXED BY case_events_kind_at JOIN cases c ON c.id = e.case_id WHERE e.at >= ?1 AND e.at < ?2 "
                  "AND e.kind IN ('answer_sent', 'answered_outside', 'forwarded', 'escalated', 'returned', 'closed')) AS acts "
                  "WHERE ?3 IS NULL OR unit IN (SELECT value FROM json_each(?3))")
        , openCounts(
              db,
              CASEDESK_OPEN_AT_CTE
              "SELECT count(*), "
              "coalesce(sum(CASE WHEN due_at < ?1 AND (first_response_at IS NULL OR first_response_at >= ?1) THEN 1 ELSE 0 END), 0) FROM scoped")
        , urgentOpen(db,
                     CASEDESK_OPEN_AT_CTE "SELECT id, code, category, unit_then, opened_at, ifnull(due_at, 0), "
                                          "CASE WHEN first_response_at < ?1 THEN first_response_at ELSE 0 END FROM scoped "
                                          "WHERE urgent = 1 ORDER BY opened_at, id")
        , firstResponses(db,
                         "SELECT id, category, opened_at, first_response_at, ifnull(due_at, 0) FROM cases "
                         "WHERE first_response_at >= ?1 AND first_response_at < ?2 "
                         "AND (?3 IS NULL OR origin_unit IN (SELECT value FROM json_each(?3))) ORDER BY id")
        , refused(db,
                  "SELECT DISTINCT e.case_id FROM case_events e INDEXED BY case_events_kind_at JOIN cases c ON c.id = e.case_id "
                  "WHERE e.at >= ?1 AND e.at < ?2 AND e.kind = 'answer_failed' "
                  "AND CAST(json_extract(e.detail, '$.zalo_code') AS INTEGER) IN (-230, -232) "
                  "AND (?3 IS NULL OR c.origin_unit IN (SELECT value FROM json_each(?3))) ORDER BY e.case_id")
        , unanswered(db,
                     "SELECT id FROM cases WHERE opened_at >= ?1 - ?3 AND opened_at < ?2 - ?3 "
                     "AND (first_response_at IS NULL OR first_response_at > opened_at + ?3) "
                     "AND (?4 IS NULL OR origin_unit IN (SELECT value FROM json_each(?4))) ORDER BY id")
        , caseRows(db,
                   "WITH acted AS (SELECT e.case_id, " CASEDESK_ACTING_UNIT " AS unit FROM case_events e INDEXED BY case_events_at "
                   "  JOIN cases c ON c.id = e.case_id WHERE e.at >= ?1 AND e.at < ?2 "
                   "  AND e.kind NOT IN ('opened', 'identity_revealed')), "
                   "picked AS (SELECT id AS case_id FROM cases WHERE opened_at >= ?1 AND opened_at < ?2 "
                   "  AND (?4 IS NULL OR origin_unit IN (SELECT value FROM json_each(?4))) "
                   "  UNION SELECT case_id FROM acted WHERE ?4 IS NULL OR unit IN (SELECT value FROM json_each(?4))) "
                   "SELECT c.id, c.code, c.category, c.origin_unit, "
                   "  coalesce((SELECT coalesce(json_extract(x.detail, '$.unit_before'), json_extract(x.detail, '$.from')) "
                   "    FROM case_events x WHERE x.case_id = c.id AND x.at >= ?3 "
                   "    AND x.kind IN ('forwarded', 'escalated', 'returned', 'reorganised') ORDER BY x.at, x.id LIMIT 1), c.unit_id), "
                   "  coalesce((SELECT json_extract(x.detail, '$.status_before') FROM case_events x "
                   "    WHERE x.case_id = c.id AND x.at >= ?3 AND json_extract(x.detail, '$.status_before') IS NOT NULL "
                   "    ORDER BY x.at, x.id LIMIT 1), c.status), "
                   "  c.urgent, c.opened_at, CASE WHEN c.first_response_at < ?3 THEN c.first_response_at ELSE 0 END, "
                   "  ifnull(c.due_at, 0), c.opened_at >= ?1 AND c.opened_at < ?2, "
                   "  (SELECT group_concat(kind, ',') FROM (SELECT kind FROM case_events WHERE case_id = c.id "
                   "    AND at >= ?1 AND at < ?2 AND kind NOT IN ('opened', 'identity_revealed') ORDER BY at, id) AS k) "
                   "FROM picked JOIN cases c ON c.id = picked.case_id ORDER BY c.opened_at, c.id")
    {
    }

    Statement received;
    Statement receivedCount;
    Statement actions;
    Statement openCounts;
    Statement urgentOpen;
    Statement firstResponses;
    Statement refused;
    Statement unanswered;
    Statement caseRows;
};

ReportStore::ReportStore(Database &db)
    : m_db(db)
    , m_st(std::make_unique<Statements>(db))
{
}

ReportStore::~ReportStore() = default;

namespace {

// Runs a prepared statement to its end, handing each row to @p row; resets it for reuse.
template<typename RowFn> Status collect(Statement &st, RowFn row)
{
    if (!st.isValid())
        return queryError(st);
    while (st.next())
        row(st);
    const bool failed = st.failed();
    Error error = failed ? queryError(st) : Error {};
    st.reset();
    if (failed)
        return error;
    return {};
}

QVector<qint64> ids(Statement &st, Status &status)
{
    QVector<qint64> out;
    status = collect(st, [&out](Statement &s) { out.push_back(s.int64(0)); });
    return out;
}

} // namespace

Expected<QVector<ReportStore::ReceivedCase>> ReportStore::receivedCases(qint64 from, qint64 to, const QStringList &scope)
{
    Statement &st = m_st->received;
    QVector<ReceivedCase> out;
    if (st.isValid()) {
        st.bind(1, from).bind(2, to);
        bindScope(st, 3, scope);
    }
    if (auto r = collect(st, [&out](Statement &s) { out.push_back({s.int64(0), s.int64(1), s.text(2), s.text(3), s.int64(4), s.int64(5)}); }); !r)
        return r.error();
    return out;
}

Expected<QVector<ReportStore::SatisfactionAsked>> ReportStore::satisfactionAsked(qint64 from, qint64 to, const QStringList &scope)
{
    Statement st(m_db,
                 "SELECT id, category, unit, rating FROM (SELECT c.id, c.category, " CASEDESK_ACTING_UNIT " AS unit, "
                 "ifnull(c.satisfaction_rating, 0) AS rating FROM case_events e JOIN cases c ON c.id = e.case_id "
                 "WHERE e.kind = 'satisfaction_sent' AND e.at >= ?1 AND e.at < ?2) AS asked "
                 "WHERE ?3 IS NULL OR unit IN (SELECT value FROM json_each(?3)) ORDER BY id");
    QVector<SatisfactionAsked> out;
    if (st.isValid()) {
        st.bind(1, from).bind(2, to);
        bindScope(st, 3, scope);
    }
    if (auto r = collect(st, [&out](Statement &s) { out.push_back({s.int64(0), s.text(1), s.text(2), int(s.int64(3))}); }); !r)
        return r.error();
    return out;
}

Expected<int> ReportStore::receivedCount(qint64 from, qint64 to, const QStringList &scope)
{
    Statement &st = m_st->receivedCount;
    int count = 0;
    if (st.isValid()) {
        st.bind(1, from).bind(2, to);
        bindScope(st, 3, scope);
    }
    if (auto r = collect(st, [&count](Statement &s) { count = int(s.int64(0)); }); !r)
        return r.error();
    return count;
}

Expected<QVector<ReportStore::ActionEvent>> ReportStore::actionEvents(qint64 from, qint64 to, const QStringList &scope)
{
    Statement &st = m_st->actions;
    QVector<ActionEvent> out;
    if (st.isValid()) {
        st.bind(1, from).bind(2, to);
        bindScope(st, 3, scope);
    }
    if (auto r = collect(st, [&out](Statement &s) { out.push_back({s.int64(0), s.text(1), s.text(2)}); }); !r)
        return r.error();
    return out;
}

Expected<ReportStore::OpenCounts> ReportStore::openCounts(qint64 at, const QStringList &scope)
{
    Statement &st = m_st->openCounts;
    OpenCounts counts;
    if (st.isValid()) {
        st.bind(1, at);
        bindScope(st, 2, scope);
    }
    if (auto r = collect(st,
                         [&counts](Statement &s) {
                             counts.open = int(s.int64(0));
                             counts.overdue = int(s.real(1));
                         });
        !r)
        return r.error();
    return counts;
}

Expected<QVector<ReportStore::OpenCase>> ReportStore::urgentOpen(qint64 at, const QStringList &scope)
{
    Statement &st = m_st->urgentOpen;
    QVector<OpenCase> out;
    if (st.isValid()) {
        st.bind(1, at);
        bindScope(st, 2, scope);
    }
    if (auto r = collect(st,
                         [&out](Statement &s) {
                             out.push_back({s.int64(0), s.text(1), s.text(2), s.text(3), s.int64(4), s.int64(5), s.int64(6)});
                         });
        !r)
        return r.error();
    return out;
}

Expected<QVector<ReportStore::FirstResponse>> ReportStore::firstResponses(qint64 from, qint64 to, const QStringList &scope)
{
    Statement &st = m_st->firstResponses;
    QVector<FirstResponse> out;
    if (st.isValid()) {
        st.bind(1, from).bind(2, to);
        bindScope(st, 3, scope);
    }
    if (auto r = collect(st, [&out](Statement &s) { out.push_back({s.int64(0), s.text(1), s.int64(2), s.int64(3), s.int64(4)}); }); !r)
        return r.error();
    return out;
}

Expected<QVector<qint64>> ReportStore::answersRefusedWindowClosed(qint64 from, qint64 to, const QStringList &scope)
{
    Statement &st = m_st->refused;
    if (st.isValid()) {
        st.bind(1, from).bind(2, to);
        bindScope(st, 3, scope);
    }
    Status status;
    QVector<qint64> out = ids(st, status);
    if (!status)
        return status.error();
    return out;
}

Expected<QVector<qint64>> ReportStore::unansweredWindowEnded(qint64 from, qint64 to, qint64 windowMs, const QStringList &scope)
{
    Statement &st = m_st->unanswered;
    if (st.isValid()) {
        st.bind(1, from).bind(2, to).bind(3, windowMs);
        bindScope(st, 4, scope);
    }
    Status status;
    QVector<qint64> out = ids(st, status);
    if (!status)
        return status.error();
    return out;
}

Expected<QVector<ReportStore::CaseRow>> ReportStore::caseRows(qint64 from, qint64 to, qint64 at, const QStringList &scope)
{
    Statement &st = m_st->caseRows;
    QVector<CaseRow> out;
    if (st.isValid()) {
        st.bind(1, from).bind(2, to).bind(3, at);
        bindScope(st, 4, scope);
    }
    const auto row = [&out](Statement &s) {
        CaseRow r;
        r.id = s.int64(0);
        r.code = s.text(1);
        r.category = s.text(2);
        r.originUnit = s.text(3);
        r.unit = s.text(4);
        r.status = s.text(5);
        r.urgent = s.int64(6) != 0;
        r.openedAt = s.int64(7);
        r.firstResponseAt = s.int64(8);
        r.dueAt = s.int64(9);
        r.received = s.int64(10) != 0;
        for (const QString &kind : s.text(11).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!r.actions.contains(kind))
                r.actions.push_back(kind);
        }
        out.push_back(std::move(r));
    };
    if (auto r = collect(st, row); !r)
        return r.error();
    return out;
}

#undef CASEDESK_ACTING_UNIT
#undef CASEDESK_OPEN_AT_CTE

} // namespace casedesk::store
