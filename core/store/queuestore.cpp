// Over 800 lines on purpose: the queue's one query planner (filters resolved against the unit
// tree, ordered streams merged per unit, full-text search, counts) on both engines, kept together
// so that every queue query uses the same indexes in the same order on SQLite and PostgreSQL side
// by side; the benchmarks and explainFirstPage() check it.
#include "queuestore.h"

#include "caserow.h"

#include "core/domain/textfold.h"

#include "database.h"
#include "statement.h"

#include "core/domain/unit.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QVariant>

#include <algorithm>

namespace casedesk::store {

using domain::CaseStatus;
using domain::CaseSummary;
using domain::Category;
using domain::OfficerScope;
using domain::QueueCursor;
using domain::QueueFilter;
using domain::QueuePage;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::QueueStore)
};

// Up to this many units, a unit filter reads each unit's own queue index in order and merges
// the streams; above it (a level, or the province minus a few units) most cases qualify, so
// one ordered scan of the whole queue index with a unit test per row fills a page sooner.
constexpr int kMaxUnitStreams = 16;

// The queue's rows: a case row (caserow.h) and its two sort keys.
const char kColumns[] = CASEDESK_CASE_SELECT ", c.due_sort, c.queue_urgent";
const char kCitizenJoin[] = CASEDESK_CITIZEN_JOIN;
constexpr int kDueSortColumn = detail::kCaseColumnCount;
constexpr int kQueueUrgentColumn = detail::kCaseColumnCount + 1;

CaseSummary readSummary(const Statement &st)
{
    return detail::caseFromRow(st);
}

/// SQL text with its values, bound in order: values are never spliced into the text.
struct Sql
{
    QString text;
    QVector<QVariant> values;

    Sql &operator<<(const char *part)
    {
        text += QLatin1String(part);
        return *this;
    }
    Sql &value(const QVariant &v)
    {
        values.push_back(v);
        text += QLatin1Char('?') + QString::number(values.size());
        return *this;
    }
    Sql &list(const QStringList &items)
    {
        text += QLatin1Char('(');
        for (int i = 0; i < items.size(); ++i) {
            if (i)
                text += QLatin1Char(',');
            value(items.at(i));
        }
        text += QLatin1Char(')');
        return *this;
    }

    Statement prepare(Database &db) const
    {
        const QByteArray utf8 = text.toUtf8();
        Statement st(db, utf8.constData());
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            if (v.typeId() == QMetaType::QString)
                st.bind(i + 1, v.toString());
            else if (v.typeId() == QMetaType::Double)
                st.bind(i + 1, v.toDouble());
            else
                st.bind(i + 1, v.toLongLong());
        }
        return st;
    }
};

QStringList sorted(QSet<QString> set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

} // namespace

/// Above this many matches (the server's estimate), a search of open cases starts from them.
constexpr double kCommonWordMatches = 20000;
/// A search within at most this many units (a commune's or a district's scope) starts from their
/// cases too when its word is common, whatever their status.
constexpr int kMaxScopedSearchUnits = 12;

/// A filter resolved against the unit tree, the scope and the status vocabulary.
struct QueueStore::Plan
{
    bool nothing = false; // no case can match (e.g. a unit outside the scope)
    bool allUnits = true;
    QStringList units; // when !allUnits
    QVector<int> isOpen; // is_open values to read, in no particular order
    QStringList statuses; // explicit status test; empty when is_open says it all
    std::optional<Category> category;
    QString assignee;
    Dialect dialect = Dialect::Sqlite;
    QString fts; // the engine's full-text query (FTS5's, or a tsquery); empty = no search
    /// On a server, a search for a word common enough that starting from the cases it may find
    /// beats reading its matches (decided from the planner's estimate of the matches): the open
    /// cases, or every case of a few units (an officer's scope under row-level security, which
    /// would otherwise check each of the word's matches across the province).
    bool searchFromCases = false;

    /// FROM … WHERE of the search's matches joined to their cases, up to the query's value.
    void matchSource(Sql &sql) const
    {
        if (dialect == Dialect::Sqlite) {
            sql << " FROM messages_fts CROSS JOIN messages m ON m.id = messages_fts.rowid "
                   "CROSS JOIN cases c ON c.id = m.case_id WHERE messages_fts MATCH ";
            sql.value(fts);
        } else {
            sql << " FROM messages m CROSS JOIN cases c ON c.id = m.case_id WHERE m.folded_tsv @@ ";
            sql.text += tsQueryExpression();
        }
    }
    /// PostgreSQL: to_tsquery('simple', '…') with the search written into the statement, not
    /// bound: the server then plans each search for its words (a common word and a rare one want
    /// different plans), where a prepared statement would settle on one generic plan for all.
    /// The words hold letters and digits only; quotes are doubled all the same.
    QString tsQueryExpression() const
    {
        QString literal = fts;
        literal.replace(QLatin1Char('\''), QStringLiteral("''"));
        return QStringLiteral("to_tsquery('simple', '") + literal + QStringLiteral("')");
    }
    /// The matching message's row id (the order of storing), newest first by it.
    const char *matchRow() const { return dialect == Dialect::Sqlite ? "messages_fts.rowid" : "m.id"; }
    bool replyWindowClosing = false;
    bool awaitingApproval = false;
    qint64 now = 0;
    domain::QueueSort sort = domain::QueueSort::Deadline;
    bool descending = false;

    /// One ordered stream per unit, merged here: SQLite reads each from its index in order at no
    /// cost per statement; a server pays a round trip per statement and sorts a district's open
    /// cases faster in one.
    bool unitStreams() const { return dialect == Dialect::Sqlite && !allUnits && units.size() <= kMaxUnitStreams; }

    /// The tests every query shares, except units, is_open and order.
    void addConditions(Sql &sql, bool withCategory) const
    {
        if (!statuses.isEmpty()) {
            sql << " AND c.status IN ";
            sql.list(statuses);
        }
        if (withCategory && category) {
            sql << " AND c.category = ";
            sql.value(domain::categoryKey(*category));
        }
        if (!assignee.isEmpty()) {
            sql << " AND c.assignee = ";
            sql.value(assignee);
        }
        if (replyWindowClosing) {
            // Billed part of the window, and less than 6 days of it left: the citizen's last
            // message is between 24 hours and 7 days old.
            sql << " AND c.last_citizen_at > ";
            sql.value(now - domain::kReplyWindowMs);
            sql << " AND c.last_citizen_at <= ";
            sql.value(now - 24LL * 3600 * 1000);
        }
        if (awaitingApproval) {
            // Checked per case the ordered stream reads, on the outbox's index by case.
            sql << " AND EXISTS (SELECT 1 FROM outbox o WHERE o.case_id = c.id AND o.state = ";
            sql.value(QString::fromLatin1(domain::outboxstate::kPendingApproval));
            sql << ")";
        }
    }

    void addOpenAndUnits(Sql &sql) const
    {
        if (isOpen.size() == 1) {
            sql << " AND c.is_open = ";
            sql.value(qint64(isOpen.constFirst()));
        }
        if (!allUnits) {
            sql << " AND c.unit_id IN ";
            sql.list(units);
        }
    }
};

QueueStore::QueueStore(Database &db)
    : m_db(db)
{
}

QueueStore::~QueueStore() = default;

QStringList QueueStore::searchWords(const QString &foldedText)
{
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            words.push_back(word);
        word.clear();
    };
    for (const QChar ch : foldedText) {
        if (ch.isLetterOrNumber() || ch.category() == QChar::Mark_NonSpacing)
            word += ch;
        else
            flush();
    }
    flush();
    return words;
}

QString QueueStore::indexText(const QString &foldedText)
{
    const QString words = searchWords(foldedText).join(QLatin1Char(' '));
    return words.isEmpty() ? QStringLiteral("") : words; // a sticker has no words: "", never NULL
}

namespace {

/// Every word of @p foldedText, quoted with @p quote, joined by @p between; the last one a prefix
/// (@p prefixMark after it). Words hold letters and digits only, so quoting cannot be escaped from.
QString allWordsQuery(const QString &foldedText, QChar quote, QLatin1String between, QLatin1String prefixMark)
{
    const QStringList words = QueueStore::searchWords(foldedText);
    QString query;
    for (int i = 0; i < words.size(); ++i) {
        if (i)
            query += between;
        query += quote + words.at(i) + quote;
        if (i == words.size() - 1)
            query += prefixMark;
    }
    return query;
}

} // namespace

QString QueueStore::ftsQuery(const QString &foldedText)
{
    return allWordsQuery(foldedText, QLatin1Char('"'), QLatin1String(" "), QLatin1String("*"));
}

QString QueueStore::tsQuery(const QString &foldedText)
{
    return allWordsQuery(foldedText, QLatin1Char('\''), QLatin1String(" & "), QLatin1String(":*"));
}

Expected<QStringList> QueueStore::expandUnits(const QStringList &unitIds)
{
    Statement exists(m_db, "SELECT 1 FROM units WHERE id = ?1");
    Statement below(m_db,
                    "WITH RECURSIVE sub(id) AS (SELECT ?1 UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "
                    "SELECT id FROM sub");
    QSet<QString> all;
    for (const QString &id : unitIds) {
        exists.bind(1, id);
        const bool found = exists.next();
        const QString error = exists.error();
        exists.reset();
        if (!error.isEmpty())
            return Error {Tr::tr("The unit tree cannot be read: %1").arg(error)};
        if (!found)
            return Error {Tr::tr("There is no unit with the id \"%1\".").arg(id)};
        below.bind(1, id);
        while (below.next())
            all.insert(below.text(0));
        if (below.failed())
            return Error {Tr::tr("The unit tree cannot be read: %1").arg(below.error())};
        below.reset();
    }
    return sorted(all);
}

Expected<QueueStore::Plan> QueueStore::resolve(const QueueFilter &filter, const OfficerScope &scope)
{
    if (!scope.may(domain::Permission::ReadCases))
        return Error {scope.refusal(domain::Permission::ReadCases)};
    Plan plan;
    plan.now = filter.now;
    plan.replyWindowClosing = filter.replyWindowClosing;
    plan.awaitingApproval = filter.awaitingApproval;
    plan.category = filter.category;
    plan.assignee = filter.assignee;
    plan.sort = filter.sort;
    plan.descending = filter.descending;
    plan.dialect = m_db.dialect();
    const QString folded = domain::foldQuery(filter.search); // folded as the index is
    plan.fts = plan.dialect == Dialect::Sqlite ? ftsQuery(folded) : tsQuery(folded);

    // Statuses: "open cases" (every status but closed) unless told otherwise.
    if (filter.statuses.isEmpty()) {
        plan.isOpen = {1};
    } else {
        QSet<QString> keys;
        for (const QString &key : filter.statuses) {
            if (!domain::caseStatusFromKey(key))
                return Error {Tr::tr("Unknown case status \"%1\".").arg(key)};
            keys.insert(key);
        }
        const bool closed = keys.contains(domain::caseStatusKey(CaseStatus::Closed));
        const int openKinds = int(keys.size()) - (closed ? 1 : 0);
        if (openKinds > 0)
            plan.isOpen.push_back(1);
        if (closed)
            plan.isOpen.push_back(0);
        if (openKinds > 0 && openKinds < 4)
            plan.statuses = sorted(keys);
    }

    // Units: the filter's units and their subtrees, the level, the scope — intersected.
    std::optional<QSet<QString>> units;
    const auto restrict = [&units](const QSet<QString> &set) {
        if (!units)
            units = set;
        else
            units->intersect(set);
    };
    if (!filter.unitIds.isEmpty()) {
        auto expanded = expandUnits(filter.unitIds);
        if (!expanded)
            return expanded.error();
        restrict(QSet<QString>(expanded->begin(), expanded->end()));
    }
    if (!filter.level.isEmpty()) {
        if (!domain::unitLevelFromKey(filter.level))
            return Error {Tr::tr("Unknown unit level \"%1\".").arg(filter.level)};
        Statement st(m_db, "SELECT id FROM units WHERE level = ?1");
        st.bind(1, filter.level);
        QSet<QString> ofLevel;
        while (st.next())
            ofLevel.insert(st.text(0));
        if (st.failed())
            return Error {Tr::tr("The unit tree cannot be read: %1").arg(st.error())};
        restrict(ofLevel);
    }
    if (!scope.everyUnit)
        restrict(scope.units);
    if (units) {
        plan.allUnits = false;
        plan.units = sorted(*units);
        plan.nothing = plan.units.isEmpty();
        if (plan.units.size() > kMaxUnitStreams) {
            Statement count(m_db, "SELECT count(*) FROM units");
            if (count.next() && count.int64(0) <= plan.units.size())
                plan.allUnits = true; // every unit: no unit test at all
        }
    }
    return plan;
}

Expected<QueuePage> QueueStore::page(const QueueFilter &filter, const OfficerScope &scope, const QueueCursor &cursor, int limit)
{
    if (limit <= 0)
        return Error {Tr::tr("A page holds at least one case.")};
    auto plan = resolve(filter, scope);
    if (!plan)
        return plan.error();
    if (plan->nothing)
        return QueuePage();
    return plan->fts.isEmpty() ? queuePage(*plan, cursor, limit) : searchPage(*plan, cursor, limit);
}

namespace {

struct StreamRow
{
    CaseSummary summary;
    qint64 dueSort = 0;
    int queueUrgent = 0; // urgent and still needing an answer
};

/// The value a stream row is ordered by after its segment (then its id): due_sort or opened_at.
qint64 orderValue(const QueueStore::Plan &plan, const StreamRow &row)
{
    return plan.sort == domain::QueueSort::Received ? row.summary.openedAt : row.dueSort;
}

/// The segments of an order, in order, each read as its own streams: urgent (1) then the rest
/// (0) in the deadline order (reversed when descending); one segment (0) by reception.
QVector<int> segments(const QueueStore::Plan &plan)
{
    if (plan.sort == domain::QueueSort::Received)
        return {0};
    return plan.descending ? QVector<int> {0, 1} : QVector<int> {1, 0};
}

/// One ordered stream of the queue, after @p after when given: cases with one is_open value
/// (and one unit, or the plan's unit list), in the plan's order — in the deadline order those
/// of one urgency (@p segment) by (due_sort, id), by reception all of them by (opened_at, id);
/// each read from its index in order, forwards or backwards.
Sql streamSql(const QueueStore::Plan &plan, int isOpen, int segment, const QString *unit, const QueueCursor *after, int limit)
{
    const bool received = plan.sort == domain::QueueSort::Received;
    Sql sql;
    sql << "SELECT " << kColumns << " FROM cases c INDEXED BY ";
    if (unit)
        sql << (received ? "cases_unit_received" : "cases_unit_queue");
    else if (plan.category)
        sql << (received ? "cases_category_received" : "cases_category_queue");
    else
        sql << (received ? "cases_received" : "cases_queue");
    sql << kCitizenJoin << " WHERE c.is_open = ";
    sql.value(qint64(isOpen));
    if (!received) {
        sql << " AND c.queue_urgent = ";
        sql.value(qint64(segment));
    }
    if (unit) {
        sql << " AND c.unit_id = ";
        sql.value(*unit);
    } else if (!plan.allUnits) {
        sql << " AND c.unit_id IN ";
        sql.list(plan.units);
    }
    const char *key = received ? "(c.opened_at, c.id)" : "(c.due_sort, c.id)";
    if (after) {
        sql << " AND " << key << (plan.descending ? " < (" : " > (");
        sql.value(received ? after->openedAt : after->dueKey);
        sql << ", ";
        sql.value(after->id);
        sql << ")";
    }
    plan.addConditions(sql, true);
    if (received)
        sql << (plan.descending ? " ORDER BY c.opened_at DESC, c.id DESC LIMIT " : " ORDER BY c.opened_at, c.id LIMIT ");
    else
        sql << (plan.descending ? " ORDER BY c.due_sort DESC, c.id DESC LIMIT " : " ORDER BY c.due_sort, c.id LIMIT ");
    sql.value(qint64(limit));
    return sql;
}

/// How many matches a search reads at a time: a page needs a few; a common word has hundreds of
/// thousands, which a server would otherwise send whole.
constexpr int kSearchBatch = 1000;

/// Search matches, newest first, joined to their cases and filtered; from the match @p upperRow
/// on (itself too when @p inclusive; 0: from the newest), at most kSearchBatch of them.
Sql searchSql(const QueueStore::Plan &plan, qint64 upperRow, bool inclusive)
{
    Sql sql;
    if (plan.searchFromCases) {
        // Open cases, or a few units' cases, are few beside every message that holds a common
        // word: a server starts from them and looks at their messages (the index by case), not at
        // every match.
        sql << "WITH open_cases AS MATERIALIZED (SELECT c.id FROM cases c WHERE 1 = 1";
        plan.addOpenAndUnits(sql);
        plan.addConditions(sql, true);

        // LATERAL … OFFSET 0 keeps that order: each open case's messages by the case's index.
        sql << ") SELECT x.case_id, x.id FROM open_cases o, LATERAL (SELECT m.case_id, m.id FROM messages m "
               "WHERE m.case_id = o.id AND m.folded_tsv @@ ";
        sql.text += plan.tsQueryExpression();
        if (upperRow > 0) {
            sql << (inclusive ? " AND m.id <= " : " AND m.id < ");
            sql.value(upperRow);
        }
        sql << " OFFSET 0) AS x ORDER BY x.id DESC LIMIT ";
        sql.value(qint64(kSearchBatch));
        return sql;
    }
    sql << "SELECT m.case_id, " << plan.matchRow();
    plan.matchSource(sql);
    if (upperRow > 0) {
        sql << " AND " << plan.matchRow() << (inclusive ? " <= " : " < ");
        sql.value(upperRow);
    }
    plan.addOpenAndUnits(sql);
    plan.addConditions(sql, true);
    sql << " ORDER BY " << plan.matchRow() << " DESC LIMIT ";
    sql.value(qint64(kSearchBatch));
    return sql;
}

} // namespace

// The queue's order is read from its indexes, never sorted: in the deadline order (urgent DESC,
// due_sort, id) each urgency is a segment, by reception (opened_at, id) the whole queue is one;
// within a segment each (is_open, unit) pair is an index range already in order, read forwards or
// backwards; a page merges those streams. One row more than asked tells whether another page follows.
Expected<QueuePage> QueueStore::queuePage(const Plan &plan, const QueueCursor &cursor, int limit)
{
    QVector<StreamRow> rows;
    const int want = limit + 1;
    bool reached = !cursor.valid; // the cursor's segment, where the page starts
    for (const int segment : segments(plan)) {
        if (!reached && segment != cursor.urgent)
            continue;
        const QueueCursor *after = reached ? nullptr : &cursor;
        reached = true;
        const int need = want - int(rows.size());
        QVector<StreamRow> part;
        const QStringList streamUnits = plan.unitStreams() ? plan.units : QStringList {QString()};
        for (const int isOpen : plan.isOpen) {
            for (const QString &unit : streamUnits) {
                Statement st = streamSql(plan, isOpen, segment, plan.unitStreams() ? &unit : nullptr, after, need).prepare(m_db);
                while (st.next())
                    part.push_back({readSummary(st), st.int64(kDueSortColumn), int(st.int64(kQueueUrgentColumn))});
                if (st.failed())
                    return Error {Tr::tr("The queue cannot be read: %1").arg(st.error())};
            }
        }
        std::sort(part.begin(), part.end(), [&plan](const StreamRow &a, const StreamRow &b) {
            const auto ka = std::make_pair(orderValue(plan, a), a.summary.id);
            const auto kb = std::make_pair(orderValue(plan, b), b.summary.id);
            return plan.descending ? kb < ka : ka < kb;
        });
        if (part.size() > need)
            part.resize(need);
        rows += part;
        if (rows.size() >= want)
            break;
    }

    QueuePage page;
    const bool more = rows.size() > limit;
    if (more)
        rows.resize(limit);
    page.cases.reserve(rows.size());
    for (const StreamRow &r : rows)
        page.cases.push_back(r.summary);
    if (more) {
        const StreamRow &last = rows.constLast();
        page.next.valid = true;
        page.next.urgent = plan.sort == domain::QueueSort::Received ? 0 : last.queueUrgent;
        page.next.dueKey = last.dueSort;
        page.next.openedAt = last.summary.openedAt;
        page.next.id = last.summary.id;
    }
    return page;
}

// Matches come newest first straight from the FTS index (rowid DESC: the order messages were
// stored), joined to their case and filtered; the scan stops at the first match of the
// (limit + 1)-th distinct case, so a common word costs a page, not every match. A later page
// starts at that match and leaves out cases that matched above it (they were shown already).
Expected<QueuePage> QueueStore::searchPage(const Plan &resolved, const QueueCursor &cursor, int limit)
{
    Plan search = resolved;
    const bool fewUnits = !search.allUnits && search.units.size() <= kMaxScopedSearchUnits;
    if (search.dialect == Dialect::Postgres && !search.fts.isEmpty() && (search.isOpen == QVector<int> {1} || fewUnits)) {
        // The planner's estimate of the word's matches (its statistics of the index), in a
        // millisecond: above a few tens of thousands, the open cases are fewer to look through.
        Statement estimate(
            m_db, (QStringLiteral("EXPLAIN (FORMAT JSON) SELECT 1 FROM messages m WHERE m.folded_tsv @@ ") + search.tsQueryExpression()).toUtf8());
        if (estimate.next()) {
            const QJsonArray doc = QJsonDocument::fromJson(estimate.blob(0)).array();
            const double rows = doc.at(0).toObject().value(QStringLiteral("Plan")).toObject().value(QStringLiteral("Plan Rows")).toDouble();
            search.searchFromCases = rows > kCommonWordMatches;
        }
    }
    const Plan &plan = search;
    Statement newer(m_db,
                    plan.dialect == Dialect::Sqlite ? "SELECT 1 FROM messages m WHERE m.case_id = ?1 AND m.id > ?2 AND EXISTS "
                                                      "(SELECT 1 FROM messages_fts WHERE messages_fts MATCH ?3 AND messages_fts.rowid = m.id) LIMIT 1"
                                                    : "SELECT 1 FROM messages m WHERE m.case_id = ?1 AND m.id > ?2 "
                                                      "AND m.folded_tsv @@ to_tsquery('simple', ?3) LIMIT 1");
    QSet<qint64> seen;
    QVector<QPair<qint64, qint64>> found; // case id, message row
    qint64 upper = cursor.valid ? cursor.matchRowId : 0;
    bool inclusive = cursor.valid;
    for (;;) {
        Statement st = searchSql(plan, upper, inclusive).prepare(m_db);
        int rows = 0;
        while (found.size() <= limit && st.next()) {
            ++rows;
            upper = st.int64(1);
            const qint64 caseId = st.int64(0);
            if (seen.contains(caseId))
                continue;
            seen.insert(caseId);
            if (cursor.valid) {
                newer.bind(1, caseId).bind(2, cursor.matchRowId).bind(3, plan.fts);
                const bool shown = newer.next();
                newer.reset();
                if (shown)
                    continue;
            }
            found.push_back({caseId, st.int64(1)});
        }
        if (st.failed())
            return Error {Tr::tr("The search failed: %1").arg(st.error())};
        if (found.size() > limit || rows < kSearchBatch)
            break;
        inclusive = false; // the next batch starts below the last match read
    }

    QueuePage page;
    if (found.size() > limit) {
        page.next.valid = true;
        page.next.matchRowId = found.at(limit).second;
        found.resize(limit);
    }
    // The found cases in one statement (a server would otherwise pay a round trip for each),
    // then in the order of their newest match.
    if (!found.isEmpty()) {
        Sql byIds;
        byIds << "SELECT " << kColumns << " FROM cases c" << kCitizenJoin << " WHERE c.id IN (";
        for (int i = 0; i < found.size(); ++i) {
            if (i)
                byIds << ",";
            byIds.value(found.at(i).first);
        }
        byIds << ")";
        Statement st = byIds.prepare(m_db);
        QHash<qint64, CaseSummary> read;
        while (st.next()) {
            CaseSummary c = readSummary(st);
            read.insert(c.id, std::move(c));
        }
        if (st.failed())
            return Error {Tr::tr("The queue cannot be read: %1").arg(st.error())};
        page.cases.reserve(found.size());
        for (const auto &f : found) {
            if (auto it = read.constFind(f.first); it != read.cend())
                page.cases.push_back(*it);
        }
    }
    return page;
}

namespace {

/// FROM and WHERE of a count over the plan: cases, or search matches joined to their cases.
void countSource(const QueueStore::Plan &plan, Sql &sql, bool withCategory)
{
    if (plan.fts.isEmpty())
        sql << " FROM cases c WHERE 1 = 1";
    else
        plan.matchSource(sql);
    plan.addOpenAndUnits(sql);
    plan.addConditions(sql, withCategory);
}

} // namespace

Expected<qint64> QueueStore::total(const QueueFilter &filter, const OfficerScope &scope)
{
    auto plan = resolve(filter, scope);
    if (!plan)
        return plan.error();
    if (plan->nothing)
        return qint64(0);
    Sql sql;
    sql << (plan->fts.isEmpty() ? "SELECT count(*)" : "SELECT count(DISTINCT c.id)");
    countSource(*plan, sql, true);
    Statement st = sql.prepare(m_db);
    if (!st.next())
        return Error {Tr::tr("The queue cannot be counted: %1").arg(st.error())};
    return st.int64(0);
}

Expected<QMap<Category, qint64>> QueueStore::categoryCounts(const QueueFilter &filter, const OfficerScope &scope)
{
    QueueFilter all = filter;
    all.category.reset();
    auto plan = resolve(all, scope);
    if (!plan)
        return plan.error();
    QMap<Category, qint64> counts;
    if (plan->nothing)
        return counts;
    Sql sql;
    sql << (plan->fts.isEmpty() ? "SELECT c.category, count(*)" : "SELECT c.category, count(DISTINCT c.id)");
    countSource(*plan, sql, false);
    sql << " GROUP BY c.category";
    Statement st = sql.prepare(m_db);
    while (st.next()) {
        if (const auto category = domain::categoryFromKey(st.text(0)))
            counts.insert(*category, st.int64(1));
    }
    if (st.failed())
        return Error {Tr::tr("The queue cannot be counted: %1").arg(st.error())};
    return counts;
}

Expected<QueueStore::CappedCounts> QueueStore::categoryCountsUpTo(const QueueFilter &filter, const OfficerScope &scope, qint64 cap)
{
    CappedCounts result;
    if (ftsQuery(filter.search).isEmpty() || cap <= 0) {
        auto exact = categoryCounts(filter, scope);
        if (!exact)
            return exact.error();
        result.counts = *exact;
        return result;
    }
    QueueFilter all = filter;
    all.category.reset();
    auto plan = resolve(all, scope);
    if (!plan)
        return plan.error();
    if (plan->nothing)
        return result;
    // The newest matches first, each case once, until one more than the cap.
    Sql sql;
    sql << "SELECT category, count(*) FROM (SELECT DISTINCT c.id, c.category";
    if (plan->dialect == Dialect::Postgres)
        sql << ", max(m.id) AS newest"; // PostgreSQL orders DISTINCT rows only by what they hold
    countSource(*plan, sql, false);
    if (plan->dialect == Dialect::Postgres)
        sql << " GROUP BY c.id, c.category ORDER BY newest DESC LIMIT ";
    else
        sql << " ORDER BY " << plan->matchRow() << " DESC LIMIT ";
    sql.value(cap + 1);
    sql << ") AS hits GROUP BY category";
    Statement st = sql.prepare(m_db);
    qint64 seen = 0;
    while (st.next()) {
        if (const auto category = domain::categoryFromKey(st.text(0))) {
            result.counts.insert(*category, st.int64(1));
            seen += st.int64(1);
        }
    }
    if (st.failed())
        return Error {Tr::tr("The queue cannot be counted: %1").arg(st.error())};
    result.capped = seen > cap;
    return result;
}

Expected<QHash<QString, UnitCaseCounts>> QueueStore::unitCounts(qint64 now, const OfficerScope &scope)
{
    Statement st(m_db,
                 "SELECT c.unit_id, count(*), sum(c.queue_urgent), sum(CASE WHEN c.first_response_at IS NULL AND c.due_sort < ?1 THEN 1 ELSE 0 END) "
                 "FROM cases c WHERE c.is_open = 1 GROUP BY c.unit_id");
    st.bind(1, now);
    QHash<QString, UnitCaseCounts> counts;
    while (st.next()) {
        const QString unit = st.text(0);
        if (!scope.allows(unit))
            continue;
        counts.insert(unit, {int(st.int64(1)), int(st.int64(2)), int(st.int64(3))});
    }
    if (st.failed())
        return Error {Tr::tr("The unit counts cannot be read: %1").arg(st.error())};
    return counts;
}

Expected<qint64> QueueStore::newestCaseId()
{
    Statement st(m_db, "SELECT coalesce(max(id), 0) FROM cases");
    if (!st.next())
        return Error {Tr::tr("The queue cannot be read: %1").arg(st.error())};
    return st.int64(0);
}

Expected<QStringList> QueueStore::assignees(const OfficerScope &scope)
{
    Statement st(m_db, "SELECT DISTINCT c.assignee, c.unit_id FROM cases c WHERE c.is_open = 1 AND c.assignee <> ''");
    QSet<QString> names;
    while (st.next()) {
        if (scope.allows(st.text(1)))
            names.insert(st.text(0));
    }
    if (st.failed())
        return Error {Tr::tr("The queue cannot be read: %1").arg(st.error())};
    QStringList list = sorted(names);
    list.sort(Qt::CaseInsensitive);
    return list;
}

Expected<CaseSummary> QueueStore::summary(qint64 caseId, const OfficerScope &scope)
{
    Sql sql;
    sql << "SELECT " << kColumns << " FROM cases c" << kCitizenJoin << " WHERE c.id = ";
    sql.value(caseId);
    Statement st = sql.prepare(m_db);
    if (!st.next()) {
        if (st.failed())
            return Error {Tr::tr("The case cannot be read: %1").arg(st.error())};
        return Error {Tr::tr("There is no case %1.").arg(caseId)};
    }
    CaseSummary s = readSummary(st);
    if (!scope.allows(s.unitId))
        return Error {Tr::tr("Case %1 belongs to a unit outside your units.").arg(s.code)};
    return s;
}

Expected<QVector<CaseSummary>> QueueStore::matching(const QueueFilter &filter, const OfficerScope &scope, const QVector<qint64> &caseIds)
{
    QVector<CaseSummary> out;
    if (caseIds.isEmpty())
        return out;
    QueueFilter plain = filter;
    plain.search.clear();
    auto plan = resolve(plain, scope);
    if (!plan)
        return plan.error();
    if (plan->nothing)
        return out;
    Sql sql;
    sql << "SELECT " << kColumns << " FROM cases c" << kCitizenJoin << " WHERE c.id IN (SELECT CAST(value AS INTEGER) FROM json_each(";
    QStringList ids;
    for (qint64 id : caseIds)
        ids << QString::number(id);
    sql.value(QString(QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']')));
    sql << "))";
    if (plan->isOpen.size() == 1) {
        sql << " AND c.is_open = ";
        sql.value(qint64(plan->isOpen.constFirst()));
    }
    if (!plan->allUnits) {
        sql << " AND c.unit_id IN ";
        sql.list(plan->units);
    }
    plan->addConditions(sql, true);
    Statement st = sql.prepare(m_db);
    while (st.next())
        out.push_back(readSummary(st));
    if (st.failed())
        return Error {Tr::tr("The queue cannot be read: %1").arg(st.error())};
    return out;
}

QueueStore::SortKey QueueStore::sortKey(const CaseSummary &c, const QueueFilter &filter)
{
    SortKey k;
    k.id = c.id;
    k.descending = filter.descending;
    if (filter.sort == domain::QueueSort::Received) {
        k.value = c.openedAt;
        return k;
    }
    constexpr qint64 kNoDeadline = 9007199254740991; // as in the cases table's due_sort
    const bool answered = c.status == CaseStatus::Answered;
    k.segment = c.urgent && !answered ? 0 : 1;
    k.value = answered || c.dueAt <= 0 ? kNoDeadline : c.dueAt;
    return k;
}

Expected<QStringList> QueueStore::explainFirstPage(const QueueFilter &filter, const OfficerScope &scope)
{
    auto plan = resolve(filter, scope);
    if (!plan)
        return plan.error();
    QVector<Sql> statements;
    if (plan->nothing)
        return QStringList();
    if (!plan->fts.isEmpty()) {
        statements.push_back(searchSql(*plan, 0, false));
    } else {
        const QStringList streamUnits = plan->unitStreams() ? plan->units : QStringList {QString()};
        for (const int isOpen : plan->isOpen) {
            for (const QString &unit : streamUnits)
                statements.push_back(streamSql(*plan, isOpen, 1, plan->unitStreams() ? &unit : nullptr, nullptr, 51));
        }
    }
    QStringList out;
    const bool sqlite = plan->dialect == Dialect::Sqlite;
    for (Sql &sql : statements) {
        sql.text.prepend(sqlite ? QLatin1String("EXPLAIN QUERY PLAN ") : QLatin1String("EXPLAIN "));
        Statement st = sql.prepare(m_db);
        QStringList lines;
        while (st.next())
            lines.push_back(st.text(sqlite ? 3 : 0));
        if (st.failed())
            return Error {st.error()};
        out.push_back(lines.join(QLatin1Char('\n')));
    }
    return out;
}

Expected<QVector<FailedAnswer>> QueueStore::failedAnswers(const OfficerScope &scope)
{
    if (!scope.may(domain::Permission::ReadCases))
        return Error {scope.refusal(domain::Permission::ReadCases)};
    Statement st(m_db,
                 "SELECT " CASEDESK_CASE_SELECT ", o.id, o.text, ifnull(o.quote_message_id, ''), o.officer, o.attempts, "
                 "ifnull(o.error, ''), ifnull(o.zalo_code, 0), o.created_at, o.updated_at "
                 "FROM outbox o JOIN cases c ON c.id = o.case_id" CASEDESK_CITIZEN_JOIN " WHERE o.state = 'failed' AND o.purpose = 'answer' "
                 "ORDER BY o.updated_at DESC, o.id DESC");
    QVector<FailedAnswer> out;
    while (st.next()) {
        FailedAnswer f;
        f.caseSummary = detail::caseFromRow(st);
        if (!scope.allows(f.caseSummary.unitId))
            continue;
        int i = detail::kCaseColumnCount;
        domain::OutboxItem &o = f.answer;
        o.id = st.int64(i++);
        o.text = st.text(i++);
        o.quoteMessageId = st.text(i++);
        o.officer = st.text(i++);
        o.attempts = int(st.int64(i++));
        o.error = st.text(i++);
        o.zaloCode = int(st.int64(i++));
        o.createdAt = st.int64(i++);
        o.updatedAt = st.int64(i++);
        o.caseId = f.caseSummary.id;
        o.oaId = f.caseSummary.oaId;
        o.userId = f.caseSummary.userId;
        o.state = QString::fromLatin1(domain::outboxstate::kFailed);
        out.push_back(f);
    }
    if (st.failed())
        return Error {Tr::tr("The queue cannot be read: %1").arg(st.error())};
    return out;
}

} // namespace casedesk::store
