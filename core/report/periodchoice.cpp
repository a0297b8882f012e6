#include "periodchoice.h"

#include <algorithm>

namespace casedesk::report {

PeriodChoice::Days PeriodChoice::days(Kind kind, const QDate &today, const QDate &since)
{
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate firstOfMonth(today.year(), today.month(), 1);
    switch (kind) {
    case Kind::ThisWeek:
        return {monday, today};
    case Kind::LastWeek:
        return {monday.addDays(-7), monday.addDays(-1)};
    case Kind::ThisMonth:
        return {firstOfMonth, today};
    case Kind::LastMonth:
        return {firstOfMonth.addMonths(-1), firstOfMonth.addDays(-1)};
    case Kind::ThisQuarter:
        return {QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), today};
    case Kind::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case Kind::YearSince: {
        const QDate from = since.isValid() ? since : today;
        // A year from 29 February ends on 28 February (Qt's addYears would stop on the 28th and
        // lose a day); from any other day, on the day before its anniversary.
        const QDate next = from.month() == 2 && from.day() == 29 ? QDate(from.year() + 1, 3, 1) : from.addYears(1);
        return {from, std::min(today, next.addDays(-1))};
    }
    case Kind::Custom:
        break;
    }
    return {since, since};
}

QVector<PeriodChoice::Kind> PeriodChoice::kinds()
{
    return {
        Kind::ThisWeek, Kind::LastWeek, Kind::ThisMonth, Kind::LastMonth, Kind::ThisQuarter, Kind::ThisYear, Kind::YearSince, Kind::Custom,
    };
}

QString PeriodChoice::name(Kind kind)
{
    switch (kind) {
    case Kind::ThisWeek:
        return tr("This week");
    case Kind::LastWeek:
        return tr("Last week");
    case Kind::ThisMonth:
        return tr("This month");
    case Kind::LastMonth:
        return tr("Last month");
    case Kind::ThisQuarter:
        return tr("This quarter");
    case Kind::ThisYear:
        return tr("This year");
    case Kind::YearSince:
        return tr("The year since a day");
    case Kind::Custom:
        return tr("Other days");
    }
    return {};
}

} // namespace casedesk::report
