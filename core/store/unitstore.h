#pragma once

#include "core/common/expected.h"
#include "core/domain/unit.h"

#include <QDate>
#include <QVector>

namespace casedesk::store {

class Database;

/// What an import of a unit tree changed.
struct UnitImportSummary
{
    int added = 0;
    int updated = 0;
    int closed = 0;
    int unchanged = 0;
};

/// Reads and writes the unit tree (units table).
class UnitStore final
{
public:
    explicit UnitStore(Database &db);

    /// Merges a checked tree by id in one transaction: new units added, names, levels and
    /// parents updated, units missing from the tree closed (valid_to = @p today), their cases kept.
    /// Refused whole when a unit it would close still has open cases (ReorganisationStore
    /// closes those, moving their cases).
    Expected<UnitImportSummary> importTree(const QVector<domain::Unit> &units, const QDate &today);

    /// Loads the tree shipped with the program when the store has no unit yet.
    Status seedIfEmpty(const QDate &today);

    /// Every unit, parents before children, siblings by level then name, each with its path.
    Expected<QVector<domain::Unit>> list(bool includeClosed = false) const;
    /// The tree of @p date: the units that existed that day (valid_from on or before it, closed
    /// after it), each with the parent, level and name it had then (unit_versions), in the order
    /// and with the paths of list(). Successors and valid_to are today's.
    Expected<QVector<domain::Unit>> listAt(const QDate &date) const;
    /// Keeps what @p before was (parent, level, name) until @p until, before a rename or a move
    /// changes it; a version already kept for that unit and day stays (the earlier state wins).
    Status keepVersion(const domain::Unit &before, const QDate &until);
    Expected<domain::Unit> find(const QString &id) const;
    int count() const;

private:
    Expected<QVector<domain::Unit>> readAll() const;
    static QVector<domain::Unit> treeOrder(const QVector<domain::Unit> &all, bool includeClosed);

    Database &m_db;
};

} // namespace casedesk::store
