#include "dailyreportbuilder.h"

#include "core/domain/officetime.h"
#include "core/report/reportfigures.h"
#include "core/store/auditstore.h"

#include "core/store/database.h"
#include "core/store/reportstore.h"
#include "core/store/statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace casedesk::report {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::report::DailyReportBuilder)
};

constexpr int kPreviousDays = 7;

} // namespace

DailyReportBuilder::DailyReportBuilder(store::Database &db, const Clock &clock)
    : DailyReportBuilder(db, clock, Options())
{
}

DailyReportBuilder::DailyReportBuilder(store::Database &db, const Clock &clock, Options options)
    : m_db(db)
    , m_clock(clock)
    , m_options(std::move(options))
{
    if (!m_options.timeZone.isValid())
        m_options.timeZone = defaultTimeZone();
}

QTimeZone DailyReportBuilder::defaultTimeZone()
{
    return domain::officeTimeZone();
}

QDate DailyReportBuilder::defaultDate(qint64 nowMs, const QTimeZone &zone)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    return now.time().hour() < 12 ? now.date().addDays(-1) : now.date();
}

qint64 DailyReportBuilder::dayStart(const QDate &date, const QTimeZone &zone)
{
    // Local midnight; where a zone skips midnight (a DST change), Qt moves to the first valid time.
    return QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch();
}

Expected<DailyReport> DailyReportBuilder::build(const QDate &date, const QString &unitId) const
{
    if (!date.isValid())
        return Error {Tr::tr("The report needs a valid date (YYYY-MM-DD).")};
    const QTimeZone &zone = m_options.timeZone;
    const qint64 now = m_clock.nowMs();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, zone).date();
    if (date > today)
        return Error {
            Tr::tr("%1 has not come yet: choose today (%2) or an earlier day.").arg(date.toString(Qt::ISODate), today.toString(Qt::ISODate))};

    auto units = ReportUnits::load(m_db, unitId, m_options.rootSuperiorName, m_options.place, date);
    if (!units)
        return units.error();
    const QHash<QString, domain::Unit> &byId = units->byId;

    DailyReport report;
    report.date = date;
    report.timeZone = zone;
    report.generatedAt = now;
    {
        store::AuditStore audit(m_db);
        auto head = audit.head();
        if (!head)
            return head.error();
        report.historyEvents = head->eventCount;
        report.historyHead = head->hash;
    }
    report.unit = units->unit;
    report.parentUnitName = units->parentUnitName;
    report.place = units->place;
    const QStringList &scope = units->scope;
    const auto unitName = [&units](const QString &id) {
        return units->name(id);
    };

    report.dayStart = dayStart(date, zone);
    report.dayEnd = dayStart(date.addDays(1), zone);
    report.asOf = std::min(report.dayEnd, now);

    // One read transaction: every figure sees the same state of the store.
    store::Transaction snapshot(m_db, false);
    store::ReportStore rs(m_db);

    auto todayFigures = handlingFigures(rs, report.dayStart, report.dayEnd, report.asOf, scope);
    if (!todayFigures)
        return todayFigures.error();
    report.today = *todayFigures;
    report.today.date = date;
    for (int i = 1; i <= kPreviousDays; ++i) {
        const QDate d = date.addDays(-i);
        const qint64 end = dayStart(d.addDays(1), zone);
        auto figures = handlingFigures(rs, dayStart(d, zone), end, end, scope);
        if (!figures)
            return figures.error();
        figures->date = d;
        report.previousDays.push_back(*figures);
    }

    // Received: by category, level, unit and local hour.
    auto received = rs.receivedCases(report.dayStart, report.dayEnd, scope);
    if (!received)
        return received.error();
    ReceivedBreakdown breakdown = receivedBreakdown(*received, byId);
    report.receivedByCategory = std::move(breakdown.byCategory);
    report.receivedByLevel = std::move(breakdown.byLevel);
    report.receivedByUnit = std::move(breakdown.byUnit);
    for (const store::ReportStore::ReceivedCase &c : *received) {
        const int hour = QDateTime::fromMSecsSinceEpoch(c.openedAt, zone).time().hour();
        report.receivedByHour[size_t(std::clamp(hour, 0, 23))] += 1;
    }

    // First responses of the day, per category.
    auto responses = rs.firstResponses(report.dayStart, report.dayEnd, scope);
    if (!responses)
        return responses.error();
    report.firstResponse = firstResponseStats(*responses);

    // Answers that missed the reply window.
    auto refused = rs.answersRefusedWindowClosed(report.dayStart, report.dayEnd, scope);
    if (!refused)
        return refused.error();
    auto unanswered = rs.unansweredWindowEnded(report.dayStart, report.dayEnd, m_options.replyWindowMs, scope);
    if (!unanswered)
        return unanswered.error();
    QSet<qint64> missed(refused->cbegin(), refused->cend());
    missed.unite(QSet<qint64>(unanswered->cbegin(), unanswered->cend()));
    report.missedReplyWindow = {int(missed.size()), int(refused->size()), int(unanswered->size())};

    // Urgent cases still open.
    auto urgent = rs.urgentOpen(report.asOf, scope);
    if (!urgent)
        return urgent.error();
    for (const store::ReportStore::OpenCase &c : *urgent) {
        UrgentOpenCase u;
        u.code = c.code;
        u.unitId = c.unit;
        u.unitName = unitName(c.unit);
        u.category = categoryOf(c.category);
        u.openedAt = c.openedAt;
        u.waitingMinutes = std::max<qint64>(0, report.asOf - c.openedAt) / 60000;
        u.answered = c.firstResponseAt != 0;
        u.overdue = c.dueAt > 0 && c.dueAt < report.asOf && c.firstResponseAt == 0;
        report.urgentOpen.push_back(u);
    }

    // One line per case received or acted on.
    auto rows = rs.caseRows(report.dayStart, report.dayEnd, report.asOf, scope);
    if (!rows)
        return rows.error();
    for (const store::ReportStore::CaseRow &r : *rows) {
        CaseLine line;
        line.code = r.code;
        line.category = categoryOf(r.category);
        line.originUnit = r.originUnit;
        line.originUnitName = unitName(r.originUnit);
        line.unit = r.unit;
        line.unitName = unitName(r.unit);
        line.status = r.status;
        line.urgent = r.urgent;
        line.received = r.received;
        line.actions = r.actions;
        line.openedAt = r.openedAt;
        line.firstResponseAt = r.firstResponseAt;
        line.dueAt = r.dueAt;
        line.overdue = r.status != QLatin1String("closed") && r.dueAt > 0 && r.dueAt < report.asOf && r.firstResponseAt == 0;
        report.cases.push_back(std::move(line));
    }
    return report;
}

} // namespace casedesk::report
