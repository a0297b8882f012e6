#include <catch2/catch.hpp>

#include "core/domain/deadlines.h"

#include <QTimeZone>

using namespace casedesk::domain;

namespace {

const QTimeZone &office()
{
    static const QTimeZone zone(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
    return zone;
}

QDateTime local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), office());
}

const Deadlines &shipped()
{
    static const Deadlines deadlines = [] {
        auto calendar = WorkCalendar::shipped();
        REQUIRE(calendar);
        return Deadlines(DeadlinePolicy {}, *calendar);
    }();
    return deadlines;
}

} // namespace

TEST_CASE("The shipped holiday table covers 2024 to 2028 with Tết and the other public holidays", "[triage][deadlines]")
{
    auto calendar = WorkCalendar::shipped();
    REQUIRE(calendar);
    CHECK(calendar->firstYear() == 2024);
    CHECK(calendar->lastYear() == 2028);
    for (const QDate &tet : {QDate(2024, 2, 12), QDate(2025, 1, 29), QDate(2026, 2, 17), QDate(2027, 2, 8), QDate(2028, 1, 26)}) {
        INFO(tet.toString(Qt::ISODate).toStdString());
        CHECK(calendar->isHoliday(tet));
        CHECK_FALSE(calendar->isWorkingDay(tet));
    }
    for (const QDate &d : {QDate(2025, 4, 7), QDate(2025, 4, 30), QDate(2025, 5, 1), QDate(2025, 9, 2), QDate(2026, 1, 1), QDate(2028, 4, 4)})
        CHECK(calendar->isHoliday(d));
    CHECK(calendar->isWorkingDay(QDate(2025, 3, 14))); // an ordinary Friday
    CHECK_FALSE(calendar->isWorkingDay(QDate(2025, 3, 15))); // Saturday
    CHECK(calendar->isWorkingDay(QDate(2025, 2, 15))); // the Saturday worked in exchange for 27 January 2025
}

TEST_CASE("Working-day deadlines end at 17:00 of the n-th working day after the opening day, across a weekend", "[triage][deadlines]")
{
    const Deadlines &d = shipped();
    // Procedure question, 2 working days: Friday → Monday (1), Tuesday (2).
    CHECK(d.dueAt(local(2025, 3, 14, 10), Category::ProcedureQuestion, false) == local(2025, 3, 18, 17));
    // Opened on Saturday: Monday (1), Tuesday (2).
    CHECK(d.dueAt(local(2025, 3, 15, 9), Category::ProcedureQuestion, false) == local(2025, 3, 18, 17));
    // Opened Monday at 07:00, before office hours: the opening day still does not count.
    CHECK(d.dueAt(local(2025, 3, 17, 7), Category::ProcedureQuestion, false) == local(2025, 3, 19, 17));
    // Crime report, not urgent: 3 working days.
    CHECK(d.dueAt(local(2025, 3, 13, 16), Category::CrimeReport, false) == local(2025, 3, 18, 17));
    // Petition: 10 working days.
    CHECK(d.dueAt(local(2025, 3, 3, 8), Category::Petition, false) == local(2025, 3, 17, 17));
}

TEST_CASE("Working-day deadlines skip Tết and other holidays", "[triage][deadlines]")
{
    const Deadlines &d = shipped();
    // Friday before Tết 2025 (days off 27–31 January): Mon 3, Tue 4, Wed 5 February.
    CHECK(d.dueAt(local(2025, 1, 24, 9), Category::CrimeReport, false) == local(2025, 2, 5, 17));
    // Petition opened the Friday before Tết 2026 (16–20 February off): 10 working days end on 6 March.
    CHECK(d.dueAt(local(2026, 2, 13, 15), Category::Petition, false) == local(2026, 3, 6, 17));
    // The Saturday worked in exchange counts: Friday 14 February 2025 → Sat 15 (1), Mon 17 (2).
    CHECK(d.dueAt(local(2025, 2, 14, 10), Category::ProcedureQuestion, false) == local(2025, 2, 17, 17));
    // 30 April and 1 May 2025 (Wed, Thu) and 2 May (swapped): Tuesday 29 → Mon 5, Tue 6 May.
    CHECK(d.dueAt(local(2025, 4, 29, 11), Category::ProcedureQuestion, false) == local(2025, 5, 6, 17));
}

TEST_CASE("Hour deadlines run on the clock, nights and weekends included", "[triage][deadlines]")
{
    const Deadlines &d = shipped();
    CHECK(d.dueAt(local(2025, 3, 15, 23, 30), Category::CrimeReport, true) == local(2025, 3, 16, 0, 30));
    CHECK(d.dueAt(local(2025, 1, 29, 2, 0), Category::SecurityReport, true) == local(2025, 1, 29, 3, 0));
    CHECK(d.dueAt(local(2025, 3, 15, 10), Category::SecurityReport, false) == local(2025, 3, 16, 10));
    // Urgency changes nothing for a petition.
    CHECK(d.dueAt(local(2025, 3, 14, 10), Category::Petition, true) == d.dueAt(local(2025, 3, 14, 10), Category::Petition, false));
    CHECK_FALSE(d.dueAt(local(2025, 3, 14, 10), Category::Other, false).isValid());
    CHECK_FALSE(d.dueAt(QDateTime(), Category::CrimeReport, true).isValid());
}

TEST_CASE("Days are counted in the office's time zone, whatever zone the opening time is given in", "[triage][deadlines]")
{
    const Deadlines &d = shipped();
    // 18:30 UTC on Friday is 01:30 on Saturday in Viet Nam: the local Saturday is the opening day.
    const QDateTime openedUtc(QDate(2025, 3, 14), QTime(18, 30), Qt::UTC);
    const QDateTime due = d.dueAt(openedUtc, Category::ProcedureQuestion, false);
    CHECK(due == local(2025, 3, 18, 17));
    CHECK(due.toUTC() == QDateTime(QDate(2025, 3, 18), QTime(10, 0), Qt::UTC));
    CHECK(due.offsetFromUtc() == 7 * 3600);

    DeadlinePolicy berlin;
    berlin.timeZone = QByteArrayLiteral("Europe/Berlin");
    const Deadlines inBerlin(berlin);
    // Same instant, Friday 19:30 in Berlin: Monday (1), Tuesday (2) at 17:00 Berlin time.
    CHECK(inBerlin.dueAt(openedUtc, Category::ProcedureQuestion, false).toUTC() == QDateTime(QDate(2025, 3, 18), QTime(16, 0), Qt::UTC));
}

TEST_CASE("Remaining time counts down and turns negative when overdue", "[triage][deadlines]")
{
    const QDateTime due = local(2025, 3, 18, 17);
    CHECK(Deadlines::remaining(local(2025, 3, 18, 16), due) == 3600);
    CHECK_FALSE(Deadlines::isOverdue(local(2025, 3, 18, 16), due));
    CHECK(Deadlines::remaining(local(2025, 3, 18, 17, 30), due) == -1800);
    CHECK(Deadlines::isOverdue(local(2025, 3, 18, 17, 30), due));
    CHECK_FALSE(Deadlines::isOverdue(local(2025, 3, 18, 17, 30), QDateTime()));
}

TEST_CASE("The policy is configurable and a unit can add its own holidays", "[triage][deadlines]")
{
    auto calendar = WorkCalendar::shipped();
    REQUIRE(calendar);
    REQUIRE(calendar->merge(R"({"holidays":[{"date":"2025-03-17","name":"Local festival"}]})", QStringLiteral("unit.json")));
    CHECK(calendar->holidayName(QDate(2025, 3, 17)) == QStringLiteral("Local festival"));
    DeadlinePolicy policy;
    policy.procedureQuestion = DeadlineRule::workingDays(1);
    policy.officeCloses = QTime(16, 30);
    const Deadlines d(policy, *calendar);
    CHECK(d.dueAt(local(2025, 3, 14, 10), Category::ProcedureQuestion, false) == local(2025, 3, 18, 16, 30));

    // A malformed file is refused whole and changes nothing.
    const auto before = calendar->isWorkingDay(QDate(2025, 3, 19));
    auto refused = calendar->merge(R"({"holidays":[{"date":"2025-03-19"},{"date":"19/03/2025"}]})", QStringLiteral("bad.json"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("19/03/2025")));
    CHECK(calendar->isWorkingDay(QDate(2025, 3, 19)) == before);
    CHECK_FALSE(calendar->merge("{not json", QStringLiteral("broken.json")));
}
