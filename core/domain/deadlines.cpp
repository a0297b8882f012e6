#include "deadlines.h"

#include "core/common/logging.h"
#include "core/domain/officetime.h"

namespace casedesk::domain {

Deadlines::Deadlines(DeadlinePolicy policy, WorkCalendar calendar)
    : m_policy(std::move(policy))
    , m_calendar(std::move(calendar))
    , m_zone(m_policy.timeZone)
{
    if (!m_zone.isValid()) {
        // Without the system's zone database the office still works in UTC+7 (no daylight saving).
        qCWarning(lcTriage) << "Unknown time zone" << m_policy.timeZone << "- using UTC+07:00";
        m_zone = officeTimeZone();
    }
}

Deadlines Deadlines::withShippedCalendar(DeadlinePolicy policy)
{
    auto calendar = WorkCalendar::shipped();
    if (!calendar) {
        qCWarning(lcTriage) << "The holiday table did not load:" << calendar.error().message;
        return Deadlines(std::move(policy));
    }
    return Deadlines(std::move(policy), std::move(*calendar));
}

QDateTime Deadlines::dueAt(const QDateTime &openedAt, Category category, bool urgent) const
{
    if (!openedAt.isValid())
        return {};
    const DeadlineRule rule = m_policy.rule(category, urgent);
    const QDateTime opened = openedAt.toTimeZone(m_zone);
    switch (rule.kind) {
    case DeadlineRule::Kind::None:
        return {};
    case DeadlineRule::Kind::Hours:
        return opened.addSecs(qint64(rule.amount) * 3600);
    case DeadlineRule::Kind::CalendarDays:
        return opened.addDays(rule.amount);
    case DeadlineRule::Kind::WorkingDays: {
        const QDate day = m_calendar.addWorkingDays(opened.date(), std::max(rule.amount, 1));
        if (!day.isValid())
            return {};
        return QDateTime(day, m_policy.officeCloses, m_zone);
    }
    }
    return {};
}

qint64 Deadlines::remaining(const QDateTime &now, const QDateTime &due)
{
    return now.secsTo(due);
}

} // namespace casedesk::domain
