#include "reportfixture.h"

#include "core/report/dailyreportbuilder.h"

#include <catch2/catch.hpp>

using namespace casedesk;
using casedesk::tests::local;
using casedesk::tests::ReportFixture;

namespace {

report::DailyReport build(ReportFixture &f, const QDate &date, const QString &unit = {})
{
    report::DailyReportBuilder builder(f.db(), f.clock());
    auto r = builder.build(date, unit);
    INFO((r.ok() ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    return *r;
}

QStringList codes(const QVector<report::UrgentOpenCase> &list)
{
    QStringList out;
    for (const auto &u : list)
        out << u.code;
    return out;
}

} // namespace

TEST_CASE("The daily figures of the province match the known cases of the day", "[report]")
{
    ReportFixture f;
    const report::DailyReport r = build(f, QDate(2026, 11, 30));

    CHECK(r.unit.id == QStringLiteral("84"));
    CHECK(r.dayStart == local("2026-11-30T00:00"));
    CHECK(r.dayEnd == local("2026-12-01T00:00"));
    CHECK(r.asOf == r.dayEnd);

    // Received: A, B, I, J and D (30 s before midnight); not E (30 s after).
    CHECK(r.today.received == 5);
    CHECK(r.receivedByCategory.value(QStringLiteral("procedure_question")) == 2);
    CHECK(r.receivedByCategory.value(QStringLiteral("crime_report")) == 1);
    CHECK(r.receivedByCategory.value(QStringLiteral("security_report")) == 2);
    CHECK(r.receivedByCategory.value(QStringLiteral("petition")) == 0);
    CHECK(r.receivedByCategory.value(QStringLiteral("other")) == 0);
    CHECK(r.receivedByLevel.value(QStringLiteral("commune")) == 4);
    CHECK(r.receivedByLevel.value(QStringLiteral("department")) == 1);
    CHECK(r.receivedByLevel.value(QStringLiteral("district")) == 0);
    CHECK(r.receivedByLevel.value(QStringLiteral("province")) == 0);
    REQUIRE(r.receivedByUnit.size() == 3);
    CHECK(r.receivedByUnit.at(0).unitId == QStringLiteral("29236"));
    CHECK(r.receivedByUnit.at(0).count == 3);
    CHECK(r.receivedByUnit.at(0).name == QStringLiteral("Công an phường 4"));
    const std::array<int, 24> hours = {0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    CHECK(r.receivedByHour == hours);

    // Acted on that day (distinct cases): answers A, F, I, J; B forwarded twice counts once.
    CHECK(r.today.answered == 4);
    CHECK(r.today.forwarded == 1);
    CHECK(r.today.escalated == 1);
    CHECK(r.today.returned == 1);
    CHECK(r.today.closed == 1);
    // Open at midnight: A, B, C (reopened that day, closed only the next), D, F, G, H, J.
    CHECK(r.today.open == 8);
    // Overdue: B (due 10:00, never answered), G and H; not D (due after midnight), not F (answered late).
    CHECK(r.today.overdue == 3);

    // First responses of the day: questions A 30 min, F 840 min (late), I 10 min; security J 30 min.
    const report::FirstResponseStats pq = r.firstResponse.value(QStringLiteral("procedure_question"));
    CHECK(pq.count == 3);
    REQUIRE(pq.medianMinutes);
    CHECK(*pq.medianMinutes == Approx(30));
    REQUIRE(pq.p90Minutes);
    CHECK(*pq.p90Minutes == Approx(840));
    REQUIRE(pq.withinDeadlineShare());
    CHECK(*pq.withinDeadlineShare() == Approx(2.0 / 3.0));
    const report::FirstResponseStats sec = r.firstResponse.value(QStringLiteral("security_report"));
    CHECK(sec.count == 1);
    CHECK(*sec.medianMinutes == Approx(30));
    CHECK(*sec.withinDeadlineShare() == Approx(1.0));
    // C's first response was the day before; nobody else answered a crime report or petition.
    CHECK(r.firstResponse.value(QStringLiteral("petition")).count == 0);
    CHECK_FALSE(r.firstResponse.value(QStringLiteral("crime_report")).medianMinutes);

    // Missed reply window: G refused twice (-230, -232) counts once; H's 7 days ran out; A's -201 does not count.
    CHECK(r.missedReplyWindow.refused == 1);
    CHECK(r.missedReplyWindow.neverAnswered == 1);
    CHECK(r.missedReplyWindow.total == 2);

    // Urgent still open: B, held by PC07 at midnight (forwarded on to PC03 only the next day), and J.
    REQUIRE(codes(r.urgentOpen) == QStringList({QStringLiteral("TV-2026-000002"), QStringLiteral("TV-2026-000010")}));
    CHECK(r.urgentOpen.at(0).unitId == QStringLiteral("84-PC07"));
    CHECK(r.urgentOpen.at(0).category == domain::Category::CrimeReport);
    CHECK(r.urgentOpen.at(0).waitingMinutes == 15 * 60);
    CHECK(r.urgentOpen.at(0).overdue);
    CHECK(r.urgentOpen.at(1).waitingMinutes == 10 * 60);
    CHECK_FALSE(r.urgentOpen.at(1).overdue);

    // The day before and the 7-day average.
    REQUIRE(r.previousDays.size() == 7);
    const report::DayFigures &prev = r.previousDays.at(0);
    CHECK(prev.date == QDate(2026, 11, 29));
    CHECK(prev.received == 2); // C, F
    CHECK(prev.answered == 1); // C
    CHECK(prev.closed == 1); // C
    CHECK(prev.open == 3); // F, G, H (C closed at 15:00, reopened only on the 30th)
    CHECK(prev.overdue == 2); // G, H
    const report::DayAverages avg = r.average7();
    CHECK(avg.days == 7);
    CHECK(avg.received == Approx(3.0 / 7.0)); // C and F on the 29th, H on the 23rd
    CHECK(avg.open == Approx(15.0 / 7.0));
    CHECK(avg.overdue == Approx(12.0 / 7.0));
}

TEST_CASE("A unit's figures cover it and every unit under it and each figure goes by its own unit", "[report]")
{
    ReportFixture f;
    SECTION("the city police (842) and its wards")
    {
        const report::DailyReport r = build(f, QDate(2026, 11, 30), QStringLiteral("842"));
        CHECK(r.unit.name == QStringLiteral("Công an thành phố Trà Vinh"));
        CHECK(r.parentUnitName == QStringLiteral("Công an tỉnh Trà Vinh"));
        CHECK(r.today.received == 3); // A, B, I at ward 4
        CHECK(r.today.answered == 3); // A, F (after its return to ward 4), I; not J
        CHECK(r.today.forwarded == 1); // B's first forward, by ward 4
        CHECK(r.today.escalated == 1); // F, by ward 4
        CHECK(r.today.returned == 1); // F, by the city police
        CHECK(r.today.closed == 1); // I
        CHECK(r.today.open == 5); // A, C, F, G, H; B was at PC07, D at Càng Long, J at PC07
        CHECK(r.today.overdue == 2); // G, H
        CHECK(r.urgentOpen.isEmpty());
        CHECK(r.receivedByLevel.value(QStringLiteral("commune")) == 3);
    }
    SECTION("the department that forwarded the case on")
    {
        const report::DailyReport r = build(f, QDate(2026, 11, 30), QStringLiteral("84-PC02"));
        CHECK(r.today.received == 0);
        CHECK(r.today.forwarded == 1);
        CHECK(r.today.open == 0);
    }
    SECTION("the department that held the urgent cases at midnight")
    {
        const report::DailyReport r = build(f, QDate(2026, 11, 30), QStringLiteral("84-PC07"));
        CHECK(r.today.received == 1); // J
        CHECK(r.today.forwarded == 0); // its forward of B was the next day
        CHECK(r.today.open == 2);
        CHECK(r.today.overdue == 1);
        CHECK(codes(r.urgentOpen) == QStringList({QStringLiteral("TV-2026-000002"), QStringLiteral("TV-2026-000010")}));
    }
}

TEST_CASE("The next day counts the case opened after midnight and sees the later forward and close", "[report]")
{
    ReportFixture f;
    const report::DailyReport r = build(f, QDate(2026, 12, 1));
    CHECK(r.today.received == 1); // E, 30 s after midnight
    CHECK(r.receivedByCategory.value(QStringLiteral("other")) == 1);
    CHECK(r.receivedByHour[0] == 1);
    CHECK(r.today.forwarded == 1); // B, PC07 → PC03
    CHECK(r.today.closed == 1); // C
    CHECK(r.today.open == 8); // A, B, D, E, F, G, H, J
    REQUIRE(r.urgentOpen.size() == 2);
    CHECK(r.urgentOpen.at(0).unitId == QStringLiteral("84-PC03"));
    CHECK(r.previousDays.at(0).received == 5);
}

TEST_CASE("The day is the office's local day: another time zone moves the bounds", "[report]")
{
    ReportFixture f;
    report::DailyReportBuilder::Options options;
    options.timeZone = QTimeZone::utc();
    report::DailyReportBuilder builder(f.db(), f.clock(), options);
    auto r = builder.build(QDate(2026, 11, 30));
    REQUIRE(r.ok());
    // 00:00–24:00 UTC is 07:00–07:00 in Trà Vinh: I (07:00 sharp), A, B, J, D and E.
    CHECK(r->dayStart == local("2026-11-30T07:00"));
    CHECK(r->today.received == 6);
    CHECK(r->isoTime(local("2026-11-30T07:00")).startsWith(QStringLiteral("2026-11-30T00:00:00")));
}

TEST_CASE("Today's summary is as of now and bad requests are refused with a reason", "[report]")
{
    ReportFixture f;
    f.clock().set(QDateTime::fromMSecsSinceEpoch(local("2026-11-30T12:00"), QTimeZone::utc()));
    const report::DailyReport r = build(f, QDate(2026, 11, 30));
    CHECK(r.asOf == local("2026-11-30T12:00"));
    CHECK(r.urgentOpen.size() == 1); // B; J arrives at 14:00
    CHECK(r.urgentOpen.at(0).waitingMinutes == 3 * 60);

    report::DailyReportBuilder builder(f.db(), f.clock());
    auto future = builder.build(QDate(2026, 12, 1));
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().message.contains(QStringLiteral("2026-12-01")));
    auto unknown = builder.build(QDate(2026, 11, 30), QStringLiteral("no-such-unit"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("no-such-unit")));
}

TEST_CASE("Median and nearest-rank percentile", "[report]")
{
    CHECK_FALSE(report::stats::median({}));
    CHECK(*report::stats::median({5}) == 5);
    CHECK(*report::stats::median({4, 1, 3, 2}) == Approx(2.5));
    CHECK(*report::stats::percentile({10, 30, 840}, 90) == 840);
    QVector<double> hundred;
    for (int i = 1; i <= 100; ++i)
        hundred << i;
    CHECK(*report::stats::percentile(hundred, 90) == 90);
    CHECK(*report::stats::percentile({7}, 90) == 7);
}
