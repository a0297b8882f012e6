#include "periodreport.h"

#include <QDateTime>

namespace casedesk::report {

std::optional<double> UnitPeriodFigures::withinDeadlineShare() const
{
    if (deadlinesDecided == 0)
        return std::nullopt;
    return double(withinDeadline) / double(deadlinesDecided);
}

std::optional<double> SatisfactionFigures::ratedShare() const
{
    if (asked == 0)
        return std::nullopt;
    return double(rated) / double(asked);
}

std::optional<double> SatisfactionFigures::average() const
{
    if (rated == 0)
        return std::nullopt;
    qint64 sum = 0;
    for (int i = 0; i < 5; ++i)
        sum += qint64(i + 1) * ratings[size_t(i)];
    return double(sum) / double(rated);
}

void SatisfactionFigures::add(int rating)
{
    ++asked;
    if (rating >= 1 && rating <= 5) {
        ++rated;
        ratings[size_t(rating - 1)] += 1;
    }
}

std::optional<double> PeriodReport::satisfactionAskedShare() const
{
    if (current.totals.closed == 0)
        return std::nullopt;
    return double(satisfaction.asked) / double(current.totals.closed);
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
