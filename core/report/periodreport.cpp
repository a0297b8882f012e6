#include "periodreport.h"

#include <QDateTime>

namespace casedesk::report {

std::optional<double> UnitPeriodFigures::withinDeadlineShare() const
{
    if (deadlinesDecided == 0)
        return std::nullopt;
    return double(withinDeadline) / double(deadlinesDecided);
}

bool PeriodReport::isCalendarMonth() const
{
    const QDate &from = current.from;
    return from.isValid() && from.day() == 1 && current.to == QDate(from.year(), from.month(), from.daysInMonth());
}

QString PeriodReport::isoTime(qint64 utcMs) const
{
    if (utcMs <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(utcMs, timeZone).toString(Qt::ISODate);
}

} // namespace casedesk::report
