#include "reportfigures.h"

#include "core/domain/caseevent.h"
#include "core/store/unitstore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace casedesk::report {

namespace {

// The daily summary's context: these sentences were its own before the period report shared them.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::report::DailyReportBuilder)
};

QString placeFromArea(const QString &area)
{
    for (const char *prefix : {"Tỉnh ", "Thành phố "}) {
        const QString p = QString::fromUtf8(prefix);
        if (area.startsWith(p))
            return area.mid(p.size());
    }
    return area;
}

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

} // namespace

QString ReportUnits::name(const QString &unitId) const
{
    const auto it = byId.constFind(unitId);
    return it == byId.constEnd() || it->name.isEmpty() ? unitId : it->name;
}

bool ReportUnits::inScope(const QString &unitId) const
{
    return scope.isEmpty() ? byId.contains(unitId) : scope.contains(unitId);
}

Expected<ReportUnits> ReportUnits::load(store::Database &db, const QString &unitId, const QString &rootSuperiorName, const QString &place,
                                        const QDate &at)
{
    store::UnitStore unitStore(db);
    auto all = unitStore.list(true);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return Error {Tr::tr("The unit tree is empty: import it first (casedesk-cli units import FILE).")};
    ReportUnits r;
    if (at.isValid()) {
        auto then = unitStore.listAt(at);
        if (!then)
            return then.error();
        r.units = *then;
    } else {
        r.units = *all;
    }
    // Every unit can be named (a case may name one that closed since); the tree's names win.
    for (const domain::Unit &u : std::as_const(*all))
        r.byId.insert(u.id, u);
    for (const domain::Unit &u : std::as_const(r.units))
        r.byId.insert(u.id, u);
    if (r.units.isEmpty())
        return Error {Tr::tr("No unit existed yet on %1: choose a later day.").arg(at.toString(Qt::ISODate))};
    const auto root = std::find_if(r.units.cbegin(), r.units.cend(), [](const domain::Unit &u) { return u.parentId.isEmpty(); });
    if (unitId.isEmpty()) {
        r.unit = root != r.units.cend() ? *root : r.units.constFirst();
    } else {
        const auto it = std::find_if(r.units.cbegin(), r.units.cend(), [&unitId](const domain::Unit &u) { return u.id == unitId; });
        if (it == r.units.cend()) {
            const auto known = std::find_if(all->cbegin(), all->cend(), [&unitId](const domain::Unit &u) { return u.id == unitId; });
            if (known == all->cend())
                return Error {Tr::tr("There is no unit with id \"%1\" (casedesk-cli units list shows them).").arg(unitId)};
            const QString day = at.toString(Qt::ISODate);
            if (known->validFrom.isValid() && known->validFrom > at)
                return Error {Tr::tr("%1 (%2) did not exist yet on %3: it exists from %4.")
                                  .arg(known->name, unitId, day, known->validFrom.toString(Qt::ISODate))};
            const QString successor = known->successors.isEmpty() ? QString() : known->successors.constFirst();
            if (successor.isEmpty())
                return Error {
                    Tr::tr("%1 (%2) was closed on %3: choose an earlier day.").arg(known->name, unitId, known->validTo.toString(Qt::ISODate))};
            return Error {Tr::tr("%1 (%2) was closed on %3 and its work went to %4 (%5): choose an earlier day, or that unit.")
                              .arg(known->name, unitId, known->validTo.toString(Qt::ISODate), r.byId.value(successor).name, successor)};
        }
        r.unit = *it;
    }
    if (r.unit.parentId.isEmpty())
        r.parentUnitName = rootSuperiorName.isEmpty() ? Tr::tr("Ministry of Public Security") : rootSuperiorName;
    else
        r.parentUnitName = r.byId.value(r.unit.parentId).name;
    r.place = place;
    if (r.place.isEmpty() && root != r.units.cend())
        r.place = placeFromArea(root->area.isEmpty() ? root->name : root->area);
    r.scope = scopeOf(r.unit.id, r.units);
    return r;
}

Expected<DayFigures> handlingFigures(store::ReportStore &rs, qint64 from, qint64 to, qint64 asOf, const QStringList &scope)
{
    DayFigures d;
    auto received = rs.receivedCount(from, to, scope);
    if (!received)
        return received.error();
    d.received = *received;

    auto events = rs.actionEvents(from, to, scope);
    if (!events)
        return events.error();
    countActions(*events, d);

    auto open = rs.openCounts(asOf, scope);
    if (!open)
        return open.error();
    d.open = open->open;
    d.overdue = open->overdue;
    return d;
}

void countActions(const QVector<store::ReportStore::ActionEvent> &events, DayFigures &d)
{
    QSet<qint64> answered, forwarded, escalated, returned, closed;
    for (const store::ReportStore::ActionEvent &e : events) {
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
}

QHash<QString, UnitActions> actionsByUnit(const QVector<store::ReportStore::ActionEvent> &events)
{
    // A case answered twice by a unit in the period counts once for it, as in the totals.
    QSet<QPair<QString, QPair<qint64, QString>>> seen;
    QHash<QString, UnitActions> out;
    for (const store::ReportStore::ActionEvent &e : events) {
        const QByteArray kind = e.kind.toLatin1();
        const bool answer = kind == domain::events::kAnswerSent || kind == domain::events::kAnsweredOutside;
        const QString key = answer ? QStringLiteral("answered") : e.kind;
        if (seen.contains({e.unit, {e.caseId, key}}))
            continue;
        seen.insert({e.unit, {e.caseId, key}});
        UnitActions &a = out[e.unit];
        if (answer)
            ++a.answered;
        else if (kind == domain::events::kForwarded)
            ++a.forwarded;
        else if (kind == domain::events::kEscalated)
            ++a.escalated;
        else if (kind == domain::events::kReturned)
            ++a.returned;
        else if (kind == domain::events::kClosed)
            ++a.closed;
    }
    return out;
}

ReceivedBreakdown receivedBreakdown(const QVector<store::ReportStore::ReceivedCase> &cases, const QHash<QString, domain::Unit> &units)
{
    ReceivedBreakdown b;
    for (const QString &key : domain::categoryKeys())
        b.byCategory.insert(key, 0);
    for (const domain::UnitLevel level :
         {domain::UnitLevel::Province, domain::UnitLevel::Department, domain::UnitLevel::District, domain::UnitLevel::Commune})
        b.byLevel.insert(domain::unitLevelKey(level), 0);
    QHash<QString, int> perUnit;
    for (const store::ReportStore::ReceivedCase &c : cases) {
        b.byCategory[domain::categoryKey(categoryOf(c.category))] += 1;
        const auto unit = units.constFind(c.originUnit);
        if (unit != units.constEnd())
            b.byLevel[domain::unitLevelKey(unit->level)] += 1;
        perUnit[c.originUnit] += 1;
    }
    for (auto it = perUnit.cbegin(); it != perUnit.cend(); ++it) {
        const domain::Unit u = units.value(it.key());
        b.byUnit.push_back({it.key(), u.name.isEmpty() ? it.key() : u.name, u.level, it.value()});
    }
    std::sort(b.byUnit.begin(), b.byUnit.end(),
              [](const UnitCount &x, const UnitCount &y) { return x.count != y.count ? x.count > y.count : x.name.localeAwareCompare(y.name) < 0; });
    return b;
}

namespace {

void addResponse(const store::ReportStore::FirstResponse &r, FirstResponseStats &s, QVector<double> &minutes)
{
    ++s.count;
    minutes.push_back(double(std::max<qint64>(0, r.firstResponseAt - r.openedAt)) / 60000.0);
    if (r.dueAt > 0) {
        ++s.withDeadline;
        if (r.firstResponseAt <= r.dueAt)
            ++s.withinDeadline;
    }
}

void finishStats(FirstResponseStats &s, const QVector<double> &minutes)
{
    s.medianMinutes = stats::median(minutes);
    s.p90Minutes = stats::percentile(minutes, 90);
}

} // namespace

QMap<QString, FirstResponseStats> firstResponseStats(const QVector<store::ReportStore::FirstResponse> &responses)
{
    QMap<QString, FirstResponseStats> out;
    QHash<QString, QVector<double>> minutes;
    for (const QString &key : domain::categoryKeys())
        out.insert(key, FirstResponseStats());
    for (const store::ReportStore::FirstResponse &r : responses) {
        const QString key = domain::categoryKey(categoryOf(r.category));
        addResponse(r, out[key], minutes[key]);
    }
    for (auto it = minutes.cbegin(); it != minutes.cend(); ++it)
        finishStats(out[it.key()], it.value());
    return out;
}

FirstResponseStats combinedFirstResponseStats(const QVector<store::ReportStore::FirstResponse> &responses)
{
    FirstResponseStats s;
    QVector<double> minutes;
    for (const store::ReportStore::FirstResponse &r : responses)
        addResponse(r, s, minutes);
    if (!minutes.isEmpty())
        finishStats(s, minutes);
    return s;
}

domain::Category categoryOf(const QString &key)
{
    return domain::categoryFromKey(key).value_or(domain::Category::Other);
}

} // namespace casedesk::report
