#pragma once

#include "core/domain/casetypes.h"

#include <QJsonObject>
#include <QJsonValue>

namespace casedesk::cli {

/// A time for the command line's JSON: ISO 8601 in the office's time zone, null for none.
QJsonValue timeJson(qint64 ms);
/// A text for JSON, null when empty.
QJsonValue optionalText(const QString &s);
/// A case as `queue` and `case show` print it (the contract's fields and a few more); the
/// reporter of a crime is masked.
QJsonObject caseJson(const domain::CaseSummary &c, qint64 now);

} // namespace casedesk::cli
