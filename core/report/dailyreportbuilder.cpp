#include "dailyreportbuilder.h"

#include "core/domain/officetime.h"
#include "core/store/auditstore.h"

#include "core/domain/caseevent.h"
#include "core/store/database.h"
#include "core/store/reportstore.h"
#include "core/store/statement.h"
#include "core/store/unitstore.h"

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

QString placeFromArea(const QString &area)
{
    for (const char *prefix : {"Tỉnh ", "Thành phố "}) {
        const QString p = QString::fromUtf8(prefix);
        if (area.startsWith(p))
            return area.mid(p.size());
    }
    return area;
}

// The unit and every unit under it; empty when that is the whole tree (no filter needed).
QStringList scopeOf(const QString &unitId, const QVector<domain::Unit> &units)
{
    QHash<QString, QStringList> children;
    int roots = 0;
    for (const domain::Unit &u : units) {
        if (u.parentId.isEmpty())
            ++roots;
        else
            children[u.parentId].push_back(u.id);
    }
    QStringList scope {unitId};
    for (int i = 0; i < scope.size(); ++i)
        scope += children.value(scope.at(i));
    if (roots == 1 && scope.size() == units.size())
        return {};
    return scope;
}

Expected<DayFigures> dayFigures(store::ReportStore &rs, const QDate &date, qint64 from, qint64 to, qint64 asOf, const QStringList &scope)
{
    DayFigures d;
    d.date = date;
    auto received = rs.receivedCount(from, to, scope);
    if (!received)
        return received.error();
    d.received = *received;

    auto events = rs.actionEvents(from, to, scope);
    if (!events)
        return events.error();
    QSet<qint64> answered, forwarded, escalated, returned, closed;
    for (const store::ReportStore::ActionEvent &e : *events) {
        const QByteArray kind = e.kind.toLatin1();
        if (kind == domain::events::kAnswerSent || kind == domain::events::kAnsweredOutside)
            answered.insert(e.caseId);
        else if (kind == domain::events::kForwarded)
            forwarded.insert(e.caseId);
        else if (kind == domain::events::kEscalated)
            escalated.insert(e.caseId);
        else if (kind == domain::events::kReturned)
            returned.insert(e.caseId);
        else if (kind == domain::events::kClosed)
            closed.insert(e.caseId);
    }
    d.answered = int(answered.size());
    d.forwarded = int(forwarded.size());
    d.escalated = int(escalated.size());
    d.returned = int(returned.size());
    d.closed = int(closed.size());

    auto open = rs.openCounts(asOf, scope);
    if (!open)
        return open.error();
    d.open = open->open;
    d.overdue = open->overdue;
    return d;
}

domain::Category categoryOf(const QString &key)
{
    return domain::categoryFromKey(key).value_or(domain::Category::Other);
}

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

    store::UnitStore unitStore(m_db);
    auto units = unitStore.list(true);
    if (!units)
        return units.error();
    QHash<QString, domain::Unit> byId;
    for (const domain::Unit &u : *units)
        byId.insert(u.id, u);
    if (units->isEmpty())
        return Error {Tr::tr("The unit tree is empty: import it first (casedesk-cli units import FILE).")};

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
    const auto root = std::find_if(units->cbegin(), units->cend(), [](const domain::Unit &u) { return u.parentId.isEmpty(); });
    if (unitId.isEmpty()) {
        report.unit = root != units->cend() ? *root : units->constFirst();
    } else {
        const auto it = byId.constFind(unitId);
        if (it == byId.constEnd())
            return Error {Tr::tr("There is no unit with id \"%1\" (casedesk-cli units list shows them).").arg(unitId)};
        report.unit = *it;
    }
    if (report.unit.parentId.isEmpty())
        report.parentUnitName = m_options.rootSuperiorName.isEmpty() ? Tr::tr("Ministry of Public Security") : m_options.rootSuperiorName;
    else
        report.parentUnitName = byId.value(report.unit.parentId).name;
    report.place = m_options.place;
    if (report.place.isEmpty() && root != units->cend())
        report.place = placeFromArea(root->area.isEmpty() ? root->name : root->area);

    const QStringList scope = scopeOf(report.unit.id, *units);
    const auto unitName = [&byId](const QString &id) {
        const auto it = byId.constFind(id);
        return it == byId.constEnd() ? id : it->name;
    };

    report.dayStart = dayStart(date, zone);
    report.dayEnd = dayStart(date.addDays(1), zone);
    report.asOf = std::min(report.dayEnd, now);

    // One read transaction: every figure sees the same state of the store.
    store::Transaction snapshot(m_db, false);
    store::ReportStore rs(m_db);

    auto todayFigures = dayFigures(rs, date, report.dayStart, report.dayEnd, report.asOf, scope);
    if (!todayFigures)
        return todayFigures.error();
    report.today = *todayFigures;
    for (int i = 1; i <= kPreviousDays; ++i) {
        const QDate d = date.addDays(-i);
        const qint64 end = dayStart(d.addDays(1), zone);
        auto figures = dayFigures(rs, d, dayStart(d, zone), end, end, scope);
        if (!figures)
            return figures.error();
        report.previousDays.push_back(*figures);
    }

    // Received: by category, level, unit and local hour.
    auto received = rs.receivedCases(report.dayStart, report.dayEnd, scope);
    if (!received)
        return received.error();
    for (const QString &key : domain::categoryKeys())
        report.receivedByCategory.insert(key, 0);
    for (const domain::UnitLevel level :
         {domain::UnitLevel::Province, domain::UnitLevel::Department, domain::UnitLevel::District, domain::UnitLevel::Commune})
        report.receivedByLevel.insert(domain::unitLevelKey(level), 0);
    QHash<QString, int> perUnit;
    for (const store::ReportStore::ReceivedCase &c : *received) {
        report.receivedByCategory[domain::categoryKey(categoryOf(c.category))] += 1;
        const auto unit = byId.constFind(c.originUnit);
        if (unit != byId.constEnd())
            report.receivedByLevel[domain::unitLevelKey(unit->level)] += 1;
        perUnit[c.originUnit] += 1;
        const int hour = QDateTime::fromMSecsSinceEpoch(c.openedAt, zone).time().hour();
        report.receivedByHour[size_t(std::clamp(hour, 0, 23))] += 1;
    }
    for (auto it = perUnit.cbegin(); it != perUnit.cend(); ++it) {
        const domain::Unit u = byId.value(it.key());
        report.receivedByUnit.push_back({it.key(), u.name.isEmpty() ? it.key() : u.name, u.level, it.value()});
    }
    std::sort(report.receivedByUnit.begin(), report.receivedByUnit.end(),
              [](const UnitCount &a, const UnitCount &b) { return a.count != b.count ? a.count > b.count : a.name.localeAwareCompare(b.name) < 0; });

    // First responses of the day, per category.
    auto responses = rs.firstResponses(report.dayStart, report.dayEnd, scope);
    if (!responses)
        return responses.error();
    QHash<QString, QVector<double>> minutes;
    for (const QString &key : domain::categoryKeys())
        report.firstResponse.insert(key, FirstResponseStats());
    for (const store::ReportStore::FirstResponse &r : *responses) {
        const QString key = domain::categoryKey(categoryOf(r.category));
        FirstResponseStats &s = report.firstResponse[key];
        ++s.count;
        minutes[key].push_back(double(std::max<qint64>(0, r.firstResponseAt - r.openedAt)) / 60000.0);
        if (r.dueAt > 0) {
            ++s.withDeadline;
            if (r.firstResponseAt <= r.dueAt)
                ++s.withinDeadline;
        }
    }
    for (auto it = minutes.cbegin(); it != minutes.cend(); ++it) {
        FirstResponseStats &s = report.firstResponse[it.key()];
        s.medianMinutes = stats::median(it.value());
        s.p90Minutes = stats::percentile(it.value(), 90);
    }

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
