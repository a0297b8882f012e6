#pragma once

#include "core/domain/deadlinepolicy.h"
#include "core/domain/workcalendar.h"

#include <QDateTime>
#include <QTimeZone>

namespace casedesk::domain {

/// Computes when a case's first response is due and how much time is left.
///
/// The rule, counted from the case's opening in the office's time zone:
/// - Hours: the opening time plus that many hours on the clock, nights and holidays included
///   (urgent reports and security reports cannot wait for Monday).
/// - Calendar days: the opening time plus that many days.
/// - Working days: the office's closing time (17:00 by default) on the n-th working day after
///   the day of opening; the day of opening never counts, whatever the hour (as periods in law
///   start on the next day), and weekends and holidays are skipped. So a procedure question
///   (2 working days) opened on Friday 10:00 is due on Tuesday 17:00, and one opened on
///   Saturday is due on Tuesday 17:00 too.
class Deadlines final
{
public:
    /// @p calendar: the working days; default: weekends only (use WorkCalendar::shipped()).
    explicit Deadlines(DeadlinePolicy policy = {}, WorkCalendar calendar = {});
    /// With the shipped holiday table (weekends only when it cannot load).
    static Deadlines withShippedCalendar(DeadlinePolicy policy = {});

    /// When the first response is due, in the office's time zone; a null QDateTime when the
    /// category has no deadline or @p openedAt is invalid.
    QDateTime dueAt(const QDateTime &openedAt, Category category, bool urgent) const;

    /// Seconds from @p now to @p due: negative once overdue.
    static qint64 remaining(const QDateTime &now, const QDateTime &due);
    static bool isOverdue(const QDateTime &now, const QDateTime &due) { return due.isValid() && remaining(now, due) < 0; }

    const DeadlinePolicy &policy() const { return m_policy; }
    const WorkCalendar &calendar() const { return m_calendar; }
    QTimeZone timeZone() const { return m_zone; }

private:
    DeadlinePolicy m_policy;
    WorkCalendar m_calendar;
    QTimeZone m_zone;
};

} // namespace casedesk::domain
