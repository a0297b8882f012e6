#pragma once

#include "core/common/expected.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>

namespace casedesk::domain {

/// Which days are working days: weekends (Saturday and Sunday by default) and public holidays
/// are off, Saturdays the government declares worked in exchange are on. The holidays are a
/// yearly table (resources/triage/holidays-vn.json), not a formula, because the government fixes
/// the exact days each year; a unit merges its own file of the same shape to extend or correct it.
class WorkCalendar final
{
public:
    static constexpr const char *ShippedPath = ":/casedesk/triage/holidays-vn.json";

    /// Weekends only, no holidays.
    WorkCalendar();
    /// The shipped table.
    static Expected<WorkCalendar> shipped();

    /// Merges a holidays file ({"weekend":[6,7],"holidays":[{"date","name"}],"working_days":[…]});
    /// refused as a whole, calendar unchanged, when malformed.
    Status merge(const QByteArray &json, const QString &sourceName);
    Status mergeFile(const QString &fileName);

    bool isWorkingDay(const QDate &date) const;
    bool isHoliday(const QDate &date) const { return m_holidays.contains(date); }
    /// The holiday's name, or an empty string.
    QString holidayName(const QDate &date) const { return m_holidays.value(date); }
    /// The @p n-th working day after @p date (n ≥ 1; @p date itself never counts).
    QDate addWorkingDays(const QDate &date, int n) const;
    /// The first and last year the table covers (0 when empty).
    int firstYear() const;
    int lastYear() const;

private:
    QSet<int> m_weekend; // ISO day numbers, 1 = Monday
    QHash<QDate, QString> m_holidays;
    QSet<QDate> m_workingDays; // weekend days worked in exchange for a day off
};

} // namespace casedesk::domain
