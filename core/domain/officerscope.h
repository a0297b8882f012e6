#pragma once

#include <QSet>
#include <QString>

namespace casedesk::domain {

/// Who acts and which units' cases they may see and act on. Every query that lists or opens
/// cases and every action takes one, so roles are enforced in core, not by hiding widgets.
/// Until officers sign in, the scope is the whole tree.
struct OfficerScope
{
    QString officer;
    bool everyUnit = true;
    QSet<QString> units; // when !everyUnit: these units (already expanded to descendants)

    bool allows(const QString &unitId) const { return everyUnit || units.contains(unitId); }
};

} // namespace casedesk::domain
