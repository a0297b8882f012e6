#pragma once

#include "core/common/expected.h"
#include "core/domain/category.h"

#include <QByteArray>
#include <QTime>

namespace casedesk::domain {

/// How long a first response may take: nothing, hours on the clock, calendar days or working days.
struct DeadlineRule
{
    enum class Kind {
        None,
        Hours,
        CalendarDays,
        WorkingDays,
    };
    Kind kind = Kind::None;
    int amount = 0;

    static DeadlineRule none() { return {}; }
    static DeadlineRule hours(int n) { return {Kind::Hours, n}; }
    static DeadlineRule calendarDays(int n) { return {Kind::CalendarDays, n}; }
    static DeadlineRule workingDays(int n) { return {Kind::WorkingDays, n}; }
    bool operator==(const DeadlineRule &o) const { return kind == o.kind && amount == o.amount; }
};

/// The first-response deadlines per category and urgency, a setting a unit can change.
/// Defaults from DOMAIN.md: an urgent crime or security report 1 hour; a crime report
/// 3 working days (the reporter is told of the receipt within 3 working days, CPC Art. 145(4));
/// a security report 24 hours; a petition 10 working days (Law on Citizen Reception, Art. 28);
/// a procedure question 2 working days (the province's service standard); other: none.
struct DeadlinePolicy
{
    DeadlineRule urgentCrime = DeadlineRule::hours(1);
    DeadlineRule crime = DeadlineRule::workingDays(3);
    DeadlineRule urgentSecurity = DeadlineRule::hours(1);
    DeadlineRule security = DeadlineRule::hours(24);
    DeadlineRule petition = DeadlineRule::workingDays(10);
    DeadlineRule procedureQuestion = DeadlineRule::workingDays(2);
    DeadlineRule other = DeadlineRule::none();
    /// A working-day deadline ends when the office closes on its last day.
    QTime officeCloses = QTime(17, 0);
    /// The office's time zone (IANA id); working days and office hours are counted in it.
    QByteArray timeZone = QByteArrayLiteral("Asia/Ho_Chi_Minh");

    /// The rule for a case; urgency changes only crime and security reports.
    DeadlineRule rule(Category category, bool urgent) const
    {
        switch (category) {
        case Category::CrimeReport:
            return urgent ? urgentCrime : crime;
        case Category::SecurityReport:
            return urgent ? urgentSecurity : security;
        case Category::Petition:
            return petition;
        case Category::ProcedureQuestion:
            return procedureQuestion;
        case Category::Other:
            break;
        }
        return other;
    }

    /// Reads a province's deadlines: a JSON object whose keys (each optional; a missing one keeps
    /// its default) are crime_report_urgent, crime_report, security_report_urgent,
    /// security_report, petition, procedure_question, other — each {"hours": N},
    /// {"calendar_days": N}, {"working_days": N} or null (no deadline) — and office_closes
    /// ("HH:MM"). @p sourceName names the input in errors.
    static Expected<DeadlinePolicy> fromJson(const QByteArray &json, const QString &sourceName);
    /// The same JSON, every key written.
    QByteArray toJson() const;

    /// Each rule by its JSON key, in the order people read them (urgent crime report first).
    struct Slot
    {
        const char *key;
        DeadlineRule DeadlinePolicy::*rule;
    };
    static const Slot ruleSlots[7];
};

} // namespace casedesk::domain
