#pragma once

#include "core/common/expected.h"
#include "core/domain/unit.h"
#include "core/report/dailyreport.h"
#include "core/store/reportstore.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace casedesk::store {
class Database;
}

namespace casedesk::report {

/// The unit a report covers, found in the unit tree, with what its header and lines need. The
/// daily summary and the period report resolve their unit here, so both refuse the same way.
struct ReportUnits
{
    QVector<domain::Unit> units; // the whole tree, closed units too
    QHash<QString, domain::Unit> byId;
    domain::Unit unit; // the unit reported on
    QString parentUnitName; // of the unit, or the superior body for the root
    QString place; // for the place-and-date line
    /// The unit and every unit under it; empty when that is the whole tree (no filter needed).
    QStringList scope;

    /// The unit's name, or its id when the tree does not know it.
    QString name(const QString &unitId) const;
    /// Whether @p unitId is the unit reported on or under it.
    bool inScope(const QString &unitId) const;

    /// @p unitId empty = the root of the tree. With a valid @p at, the tree of that day
    /// (UnitStore::listAt): the units that existed then, under the parents and with the names they
    /// had, so that the scope is what the unit was responsible for that day. Fails with a sentence
    /// a user can act on for an empty tree, an unknown unit, or one that did not exist that day.
    static Expected<ReportUnits> load(store::Database &db, const QString &unitId, const QString &rootSuperiorName, const QString &place,
                                      const QDate &at = {});
};

/// Received, answered, forwarded, escalated, returned and closed in [from, to) (distinct cases),
/// open and overdue at @p asOf; each figure under the unit its ReportStore query names.
Expected<DayFigures> handlingFigures(store::ReportStore &rs, qint64 from, qint64 to, qint64 asOf, const QStringList &scope);

/// Fills answered … closed of @p figures: distinct cases of each kind among @p events.
void countActions(const QVector<store::ReportStore::ActionEvent> &events, DayFigures &figures);

/// Distinct cases per acting unit and kind (answered, forwarded, …) of a list of action events.
struct UnitActions
{
    int answered = 0;
    int forwarded = 0;
    int escalated = 0;
    int returned = 0;
    int closed = 0;
};
QHash<QString, UnitActions> actionsByUnit(const QVector<store::ReportStore::ActionEvent> &events);

/// Received cases counted by category and by the level of their origin unit (every category and
/// level present, zero or not) and by origin unit (most first, then by name).
struct ReceivedBreakdown
{
    QMap<QString, int> byCategory;
    QMap<QString, int> byLevel;
    QVector<UnitCount> byUnit;
};
ReceivedBreakdown receivedBreakdown(const QVector<store::ReportStore::ReceivedCase> &cases, const QHash<QString, domain::Unit> &units);

/// First-response statistics per category key (every category present).
QMap<QString, FirstResponseStats> firstResponseStats(const QVector<store::ReportStore::FirstResponse> &responses);
/// First-response statistics of every category together.
FirstResponseStats combinedFirstResponseStats(const QVector<store::ReportStore::FirstResponse> &responses);

/// The category of a stored key; Other for an unknown one.
domain::Category categoryOf(const QString &key);

} // namespace casedesk::report
