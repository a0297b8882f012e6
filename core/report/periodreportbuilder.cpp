#include "periodreportbuilder.h"

#include "core/report/reportfigures.h"
#include "core/store/auditstore.h"
#include "core/store/database.h"
#include "core/store/reportstore.h"
#include "core/store/statement.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace casedesk::report {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::report::PeriodReportBuilder)
};

// A period's figures with the rows they came from (the ranking reads them again per unit).
struct PeriodRead
{
    PeriodFigures figures;
    QVector<store::ReportStore::ReceivedCase> received;
    QVector<store::ReportStore::ActionEvent> events;
};

// The steps of [from, to]: each day, or each week from Monday to Sunday cut at the period's ends;
// received cases by the local day they were opened, first answers by the day they were given.
QVector<PeriodStep> periodSteps(const PeriodFigures &p, const QVector<store::ReportStore::ReceivedCase> &received,
                                const QVector<store::ReportStore::FirstResponse> &responses, const QTimeZone &zone)
{
    QVector<PeriodStep> steps;
    const bool byDay = p.stepsAreDays();
    for (QDate d = p.from; d <= p.to;) {
        PeriodStep step;
        step.from = d;
        step.to = byDay ? d : std::min(p.to, d.addDays(7 - d.dayOfWeek()));
        for (const QString &key : domain::categoryKeys())
            step.receivedByCategory.insert(key, 0);
        steps.push_back(step);
        d = step.to.addDays(1);
    }
    // Each step's first instant in UTC: a row finds its step by a binary search on its time, with
    // no time-zone conversion per row (a year's report reads hundreds of thousands of rows).
    QVector<qint64> starts;
    starts.reserve(steps.size());
    for (const PeriodStep &step : std::as_const(steps))
        starts.push_back(DailyReportBuilder::dayStart(step.from, zone));
    const auto stepOf = [&starts, &p](qint64 utcMs) -> int {
        if (utcMs < p.start || utcMs >= p.end)
            return -1;
        return int(std::upper_bound(starts.cbegin(), starts.cend(), utcMs) - starts.cbegin()) - 1;
    };
    for (const store::ReportStore::ReceivedCase &c : received) {
        const int i = stepOf(c.openedAt);
        if (i < 0)
            continue;
        ++steps[i].received;
        steps[i].receivedByCategory[domain::categoryKey(categoryOf(c.category))] += 1;
    }
    QVector<QVector<store::ReportStore::FirstResponse>> answers(steps.size());
    for (const store::ReportStore::FirstResponse &r : responses) {
        if (const int i = stepOf(r.firstResponseAt); i >= 0)
            answers[i].push_back(r);
    }
    for (int i = 0; i < steps.size(); ++i)
        steps[i].firstResponse = combinedFirstResponseStats(answers.at(i));
    return steps;
}

Expected<PeriodRead> readPeriod(store::ReportStore &rs, const QDate &from, const QDate &to, qint64 now, const QTimeZone &zone,
                                const ReportUnits &units)
{
    PeriodRead r;
    PeriodFigures &p = r.figures;
    p.from = from;
    p.to = to;
    p.start = DailyReportBuilder::dayStart(from, zone);
    p.end = DailyReportBuilder::dayStart(to.addDays(1), zone);
    p.asOf = std::min(p.end, now);
    p.totals.date = from;

    // The same queries as each day's, over [start, end): the days partition the period, so its
    // received total is the sum of theirs.
    auto received = rs.receivedCases(p.start, p.end, units.scope);
    if (!received)
        return received.error();
    r.received = std::move(*received);
    p.totals.received = int(r.received.size());
    ReceivedBreakdown breakdown = receivedBreakdown(r.received, units.byId);
    p.receivedByCategory = std::move(breakdown.byCategory);
    p.receivedByLevel = std::move(breakdown.byLevel);
    p.receivedByUnit = std::move(breakdown.byUnit);

    auto events = rs.actionEvents(p.start, p.end, units.scope);
    if (!events)
        return events.error();
    r.events = std::move(*events);
    countActions(r.events, p.totals);

    auto open = rs.openCounts(p.asOf, units.scope);
    if (!open)
        return open.error();
    p.totals.open = open->open;
    p.totals.overdue = open->overdue;

    auto responses = rs.firstResponses(p.start, p.end, units.scope);
    if (!responses)
        return responses.error();
    p.firstResponse = firstResponseStats(*responses);
    p.steps = periodSteps(p, r.received, *responses, zone);
    return r;
}

int levelOrder(domain::UnitLevel level)
{
    return int(level);
}

bool existedDuring(const domain::Unit &u, const QDate &from, const QDate &to)
{
    return (!u.validFrom.isValid() || u.validFrom <= to) && (!u.validTo.isValid() || u.validTo >= from);
}

// Competition ranking ("1, 2, 2, 4") over units sorted best first; equal shares compared exactly.
void assignRanks(QVector<UnitPeriodFigures> &ranking)
{
    for (int i = 0; i < ranking.size(); ++i) {
        UnitPeriodFigures &u = ranking[i];
        if (!u.withinDeadlineShare())
            continue;
        if (i > 0) {
            const UnitPeriodFigures &before = ranking.at(i - 1);
            if (before.withinDeadlineShare()
                && qint64(before.withinDeadline) * u.deadlinesDecided == qint64(u.withinDeadline) * before.deadlinesDecided) {
                u.rank = before.rank;
                continue;
            }
        }
        u.rank = i + 1;
    }
}

} // namespace

PeriodReportBuilder::PeriodReportBuilder(store::Database &db, const Clock &clock)
    : PeriodReportBuilder(db, clock, Options())
{
}

PeriodReportBuilder::PeriodReportBuilder(store::Database &db, const Clock &clock, Options options)
    : m_db(db)
    , m_clock(clock)
    , m_options(std::move(options))
{
    if (!m_options.timeZone.isValid())
        m_options.timeZone = DailyReportBuilder::defaultTimeZone();
}

QString PeriodReportBuilder::checkDates(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return Tr::tr("The period needs two valid days (YYYY-MM-DD): its first and its last.");
    if (from > to)
        return Tr::tr("The period starts after it ends (%1 is after %2): give the first day with --from and the last with --to.")
            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    const qint64 days = from.daysTo(to) + 1;
    if (days > kMaxDays)
        return Tr::tr("The period from %1 to %2 has %n day(s); a report covers at most %3 days (a year): make one report per year.", nullptr,
                      int(days))
            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
            .arg(kMaxDays);
    return {};
}

Expected<PeriodReport> PeriodReportBuilder::build(const QDate &from, const QDate &to, const QString &unitId) const
{
    if (const QString wrong = checkDates(from, to); !wrong.isEmpty())
        return Error {wrong};
    const QTimeZone &zone = m_options.timeZone;
    const qint64 now = m_clock.nowMs();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, zone).date();
    if (to > today)
        return Error {
            Tr::tr("%1 has not come yet: end the period today (%2) or earlier.").arg(to.toString(Qt::ISODate), today.toString(Qt::ISODate))};

    // The tree of the period's last day: a unit closed during the period is reported on up to
    // the day before it closed (load says so), and the units under it are those of that day.
    auto units = ReportUnits::load(m_db, unitId, m_options.rootSuperiorName, m_options.place, to);
    if (!units)
        return units.error();

    PeriodReport report;
    report.timeZone = zone;
    report.generatedAt = now;
    report.unit = units->unit;
    report.parentUnitName = units->parentUnitName;
    report.place = units->place;

    // One read transaction: every figure, of both periods, sees the same state of the store.
    store::Transaction snapshot(m_db, false);
    {
        store::AuditStore audit(m_db);
        auto head = audit.head();
        if (!head)
            return head.error();
        report.historyEvents = head->eventCount;
        report.historyHead = head->hash;
    }
    store::ReportStore rs(m_db);
    auto current = readPeriod(rs, from, to, now, zone, *units);
    if (!current)
        return current.error();
    report.current = current->figures;
    const int days = report.current.days();
    auto previous = readPeriod(rs, from.addDays(-days), from.addDays(-1), now, zone, *units);
    if (!previous)
        return previous.error();
    report.previous = previous->figures;

    // Per unit: received (at the unit whose OA the citizen wrote to, as the daily summary counts
    // it), and whether each case's first answer met its deadline — the unit owes that answer.
    QHash<QString, UnitPeriodFigures> perUnit;
    const auto unitFigures = [&perUnit, &units](const QString &id) -> UnitPeriodFigures & {
        auto it = perUnit.find(id);
        if (it == perUnit.end()) {
            UnitPeriodFigures u;
            u.unitId = id;
            u.name = units->name(id);
            u.level = units->byId.value(id).level;
            for (const QString &key : domain::categoryKeys())
                u.receivedByCategory.insert(key, 0);
            it = perUnit.insert(id, u);
        }
        return *it;
    };
    const qint64 asOf = report.current.asOf;
    for (const store::ReportStore::ReceivedCase &c : current->received) {
        UnitPeriodFigures &u = unitFigures(c.originUnit);
        ++u.received;
        u.receivedByCategory[domain::categoryKey(categoryOf(c.category))] += 1;
        if (c.dueAt <= 0)
            continue;
        const bool within = c.firstResponseAt > 0 && c.firstResponseAt <= c.dueAt && c.firstResponseAt < asOf;
        if (within || c.dueAt < asOf) {
            ++u.deadlinesDecided;
            if (within)
                ++u.withinDeadline;
        }
    }
    for (const store::ReportStore::ReceivedCase &c : previous->received)
        ++unitFigures(c.originUnit).receivedPrevious;
    const QHash<QString, UnitActions> actions = actionsByUnit(current->events);
    for (auto it = actions.cbegin(); it != actions.cend(); ++it) {
        UnitPeriodFigures &u = unitFigures(it.key());
        u.answered = it->answered;
        u.forwarded = it->forwarded;
        u.escalated = it->escalated;
        u.returned = it->returned;
        u.closed = it->closed;
    }

    // Citizens' satisfaction: the questions that reached citizens in the period.
    for (const QString &key : domain::categoryKeys())
        report.satisfactionByCategory.insert(key, SatisfactionFigures());
    auto asked = rs.satisfactionAsked(report.current.start, report.current.end, units->scope);
    if (!asked)
        return asked.error();
    for (const store::ReportStore::SatisfactionAsked &a : std::as_const(*asked)) {
        report.satisfaction.add(a.rating);
        report.satisfactionByCategory[domain::categoryKey(categoryOf(a.category))].add(a.rating);
        unitFigures(a.unit).satisfaction.add(a.rating);
    }

    for (const domain::Unit &u : units->units) {
        if (!units->inScope(u.id))
            continue;
        const UnitPeriodFigures figures = perUnit.contains(u.id) ? perUnit.value(u.id) : unitFigures(u.id);
        if (figures.received > 0)
            report.ranking.push_back(figures);
        else if (existedDuring(u, from, to))
            report.receivedNothing.push_back(figures);
    }
    // A case received at a unit no longer in the tree still counts, under its id.
    for (const UnitPeriodFigures &u : std::as_const(perUnit)) {
        if (u.received > 0 && !units->byId.contains(u.unitId))
            report.ranking.push_back(u);
    }
    std::sort(report.ranking.begin(), report.ranking.end(), [](const UnitPeriodFigures &a, const UnitPeriodFigures &b) {
        const auto sa = a.withinDeadlineShare();
        const auto sb = b.withinDeadlineShare();
        if (sa.has_value() != sb.has_value())
            return sa.has_value();
        if (sa && sb) {
            const qint64 left = qint64(a.withinDeadline) * b.deadlinesDecided;
            const qint64 right = qint64(b.withinDeadline) * a.deadlinesDecided;
            if (left != right)
                return left > right;
            if (a.withinDeadline != b.withinDeadline)
                return a.withinDeadline > b.withinDeadline;
        }
        if (a.received != b.received)
            return a.received > b.received;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    assignRanks(report.ranking);
    std::sort(report.receivedNothing.begin(), report.receivedNothing.end(), [](const UnitPeriodFigures &a, const UnitPeriodFigures &b) {
        if (a.level != b.level)
            return levelOrder(a.level) < levelOrder(b.level);
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return report;
}

} // namespace casedesk::report
