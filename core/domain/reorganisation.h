#pragma once

#include "core/common/expected.h"
#include "core/domain/unit.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>
#include <QVector>

namespace casedesk::domain {

/// What a reorganisation does to one unit.
struct UnitChange
{
    enum class Action {
        Rename, // {"unit", "action": "rename", "name"}
        Move, // {"unit", "action": "move", "parent"}
        Merge, // {"unit", "action": "merge", "into"}: closed, its cases and accounts go to "into"
        Split, // {"unit", "action": "split", "successors": [...], "default"}: closed; cases go to the default
        Abolish, // {"unit", "action": "abolish", "successor"}: closed, its cases go to the successor
        Create, // {"action": "create", "unit": {"id", "name", "level", "parent"[, "area", "code"]}}
    };
    Action action = Action::Rename;
    QString unitId;
    QString name; // Rename
    QString parentId; // Move
    QStringList successors; // Merge, Split, Abolish: the default one first
    bool disableAccounts = false; // "accounts": "disable" (closing actions; default "move" to the default successor)
    QString officersTo; // "officers": a unit id; empty: the default successor (closing actions)
    Unit created; // Create

    bool closes() const { return action == Action::Merge || action == Action::Split || action == Action::Abolish; }
};

/// A reorganisation of the unit tree, as `casedesk-cli units reorganise FILE` reads it:
/// {"effective": "YYYY-MM-DD", "title": "…", "changes": [ … ]}. Only its shape is checked here;
/// whether it fits the stored tree is the store's to check (ReorganisationStore::plan).
struct Reorganisation
{
    QDate effective;
    QString title;
    QVector<UnitChange> changes;

    /// Reads the file's JSON; @p sourceName names it in errors, with the change's number.
    static Expected<Reorganisation> fromJson(const QByteArray &json, const QString &sourceName);
};

} // namespace casedesk::domain
