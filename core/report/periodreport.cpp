#include "periodreport.h"

#include <QDateTime>

namespace casedesk::report {

std::optional<double> UnitPeriodFigures::withinDeadlineShare() const
{
    if (deadlinesDecided == 0)
        return std::nullopt;
    return double(withinDeadline) / double(deadlinesDecided);
}

QString PeriodReport::isoTime(qint64 utcMs) const
{
    if (utcMs <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(utcMs, timeZone).toString(Qt::ISODate);
}

} // namespace casedesk::report
