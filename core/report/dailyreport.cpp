#include "dailyreport.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace casedesk::report {

std::optional<double> FirstResponseStats::withinDeadlineShare() const
{
    if (withDeadline == 0)
        return std::nullopt;
    return double(withinDeadline) / double(withDeadline);
}

DayAverages DailyReport::average7() const
{
    DayAverages a;
    a.days = int(previousDays.size());
    if (a.days == 0)
        return a;
    for (const DayFigures &d : previousDays) {
        a.received += d.received;
        a.answered += d.answered;
        a.forwarded += d.forwarded;
        a.escalated += d.escalated;
        a.returned += d.returned;
        a.closed += d.closed;
        a.open += d.open;
        a.overdue += d.overdue;
    }
    const double n = a.days;
    a.received /= n;
    a.answered /= n;
    a.forwarded /= n;
    a.escalated /= n;
    a.returned /= n;
    a.closed /= n;
    a.open /= n;
    a.overdue /= n;
    return a;
}

QString DailyReport::isoTime(qint64 utcMs) const
{
    if (utcMs <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(utcMs, timeZone).toString(Qt::ISODate);
}

namespace stats {

std::optional<double> median(QVector<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2 == 1)
        return values.at(n / 2);
    return (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

std::optional<double> percentile(QVector<double> values, int p)
{
    if (values.isEmpty() || p < 1 || p > 100)
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(double(p) / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank, 1, values.size()) - 1);
}

} // namespace stats

} // namespace casedesk::report
