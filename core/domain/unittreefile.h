#pragma once

#include "core/common/expected.h"
#include "core/domain/unit.h"

#include <QByteArray>
#include <QVector>

namespace casedesk::domain {

/// Reads and checks a unit tree file (the format of units-travinh.json): every unit has a
/// known level, a unique id and a parent present in the file, and the parents form no cycle.
/// A file that fails any check is refused as a whole, naming the unit (or byte offset) and why.
class UnitTreeFile final
{
public:
    static Expected<QVector<Unit>> parse(const QByteArray &json);
    static Expected<QVector<Unit>> read(const QString &fileName);
};

} // namespace casedesk::domain
