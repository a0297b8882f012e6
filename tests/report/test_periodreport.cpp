#include "reportfixture.h"

#include "core/report/dailyreportbuilder.h"
#include "core/report/periodchoice.h"
#include "core/report/periodreportbuilder.h"
#include "core/report/periodreporttexts.h"
#include "core/report/reportwriters.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QSet>

#include <random>

using namespace casedesk;
using casedesk::tests::local;
using casedesk::tests::ReportFixture;

namespace {

report::PeriodReport buildPeriod(ReportFixture &f, const QDate &from, const QDate &to, const QString &unit = {})
{
    report::PeriodReportBuilder builder(f.db(), f.clock());
    auto r = builder.build(from, to, unit);
    INFO((r.ok() ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    return *r;
}

int sumOfDays(ReportFixture &f, const QDate &from, const QDate &to, const QString &unit = {})
{
    report::DailyReportBuilder builder(f.db(), f.clock());
    int sum = 0;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        auto day = builder.build(d, unit);
        INFO(d.toString(Qt::ISODate).toStdString());
        REQUIRE(day.ok());
        sum += day->today.received;
    }
    return sum;
}

const report::UnitPeriodFigures *findUnit(const QVector<report::UnitPeriodFigures> &list, const char *id)
{
    for (const report::UnitPeriodFigures &u : list) {
        if (u.unitId == QLatin1String(id))
            return &u;
    }
    return nullptr;
}

QJsonObject transfer(const QString &from, const QString &to, const char *kindAfter)
{
    return {
        {QStringLiteral("from"), from},
        {QStringLiteral("to"), to},
        {QStringLiteral("reason"), QStringLiteral("Thẩm quyền")},
        {QStringLiteral("unit_before"), from},
        {QStringLiteral("unit_after"), to},
        {QStringLiteral("status_before"), QStringLiteral("new")},
        {QStringLiteral("status_after"), QString::fromLatin1(kindAfter)},
    };
}

} // namespace

TEST_CASE("A period's received total is the sum of its days' on the known cases", "[report][period]")
{
    ReportFixture f;
    struct Span
    {
        QDate from;
        QDate to;
        const char *unit;
    };
    const Span spans[] = {
        {QDate(2026, 11, 29), QDate(2026, 11, 30), ""},     {QDate(2026, 11, 20), QDate(2026, 12, 2), ""},
        {QDate(2026, 11, 1), QDate(2026, 12, 2), ""},       {QDate(2026, 11, 20), QDate(2026, 12, 2), "842"},
        {QDate(2026, 11, 30), QDate(2026, 12, 1), "29266"}, {QDate(2026, 11, 30), QDate(2026, 11, 30), "84-PC07"},
    };
    for (const Span &s : spans) {
        INFO(s.from.toString(Qt::ISODate).toStdString() << " to " << s.to.toString(Qt::ISODate).toStdString() << " unit " << s.unit);
        const QString unit = QString::fromLatin1(s.unit);
        const report::PeriodReport r = buildPeriod(f, s.from, s.to, unit);
        CHECK(r.current.totals.received == sumOfDays(f, s.from, s.to, unit));
        int byCategory = 0;
        for (int n : r.current.receivedByCategory)
            byCategory += n;
        CHECK(byCategory == r.current.totals.received);
    }
}

TEST_CASE("A period's received total is the sum of its days' over weeks of generated cases", "[report][period]")
{
    ReportFixture f;
    // Six weeks of cases at a few units of two districts and a department, at any minute of the
    // day (many around midnight), some forwarded and answered, from a fixed seed.
    std::mt19937 random(18);
    const QStringList origins
        = {QStringLiteral("29236"), QStringLiteral("29239"), QStringLiteral("29266"), QStringLiteral("84-PC07"), QStringLiteral("842")};
    const QStringList categories = {QStringLiteral("procedure_question"), QStringLiteral("crime_report"), QStringLiteral("security_report"),
                                    QStringLiteral("petition"), QStringLiteral("other")};
    const qint64 first = local("2026-10-19T00:00");
    const qint64 minute = 60 * 1000;
    for (int i = 0; i < 420; ++i) {
        const qint64 day = qint64(random() % 42);
        // A third of the cases in the last or first ten minutes of a day.
        qint64 inDay = qint64(random() % (24 * 60));
        if (random() % 3 == 0)
            inDay = random() % 2 == 0 ? qint64(random() % 10) : 24 * 60 - 1 - qint64(random() % 10);
        const qint64 opened = first + (day * 24 * 60 + inDay) * minute + qint64(random() % 60) * 1000;
        const QString origin = origins.at(int(random() % origins.size()));
        const QString category = categories.at(int(random() % categories.size()));
        const qint64 due = category == QLatin1String("other") ? 0 : opened + qint64(60 + random() % (3 * 24 * 60)) * minute;
        const bool answered = random() % 4 != 0;
        const qint64 response = answered ? opened + qint64(5 + random() % (4 * 24 * 60)) * minute : 0;
        QString unit = origin;
        const bool forward = random() % 5 == 0;
        if (forward)
            unit = QStringLiteral("84-PC02");
        const qint64 id = f.addCase(QStringLiteral("GEN-%1").arg(i, 6, 10, QLatin1Char('0')), origin, unit, category, false,
                                    answered ? QStringLiteral("answered") : QStringLiteral("new"), opened, due, response);
        if (forward)
            f.addEvent(id, opened + 2 * minute, QStringLiteral("forwarded"), transfer(origin, unit, "transferred"));
        if (answered)
            f.addEvent(id, response, QStringLiteral("answered_outside"),
                       {{QStringLiteral("status_before"), QStringLiteral("new")}, {QStringLiteral("status_after"), QStringLiteral("answered")}},
                       QStringLiteral("CaseDesk"));
    }

    const QDate from(2026, 10, 19);
    const QDate to(2026, 11, 29);
    const report::PeriodReport all = buildPeriod(f, from, to);
    CHECK(all.current.totals.received >= 420);
    CHECK(all.current.totals.received == sumOfDays(f, from, to));
    // The ranking and the units that received nothing share out the same cases.
    int ranked = 0;
    for (const report::UnitPeriodFigures &u : all.ranking)
        ranked += u.received;
    CHECK(ranked == all.current.totals.received);
    for (const report::UnitPeriodFigures &u : all.receivedNothing)
        CHECK(u.received == 0);

    // A district and a week that starts mid-week; the previous week is its own days.
    const report::PeriodReport city = buildPeriod(f, QDate(2026, 11, 4), QDate(2026, 11, 10), QStringLiteral("842"));
    CHECK(city.current.totals.received == sumOfDays(f, QDate(2026, 11, 4), QDate(2026, 11, 10), QStringLiteral("842")));
    CHECK(city.previous.from == QDate(2026, 10, 28));
    CHECK(city.previous.to == QDate(2026, 11, 3));
    CHECK(city.previous.totals.received == sumOfDays(f, QDate(2026, 10, 28), QDate(2026, 11, 3), QStringLiteral("842")));
}

TEST_CASE("The period's figures and the previous period's match the known cases", "[report][period]")
{
    ReportFixture f;
    const report::PeriodReport r = buildPeriod(f, QDate(2026, 11, 29), QDate(2026, 11, 30));
    CHECK(r.unit.id == QStringLiteral("84"));
    CHECK(r.current.days() == 2);
    CHECK(r.current.start == local("2026-11-29T00:00"));
    CHECK(r.current.end == local("2026-12-01T00:00"));
    CHECK(r.current.asOf == r.current.end);

    // C, F on the 29th; A, B, D, I, J on the 30th.
    const report::DayFigures &d = r.current.totals;
    CHECK(d.received == 7);
    CHECK(r.current.receivedByCategory.value(QStringLiteral("procedure_question")) == 3);
    CHECK(r.current.receivedByCategory.value(QStringLiteral("petition")) == 1);
    CHECK(r.current.receivedByLevel.value(QStringLiteral("commune")) == 6);
    CHECK(r.current.receivedByLevel.value(QStringLiteral("department")) == 1);
    // Distinct cases over the period: C answered on the 29th, A, F, I, J on the 30th.
    CHECK(d.answered == 5);
    CHECK(d.forwarded == 1); // B, twice on the 30th
    CHECK(d.escalated == 1);
    CHECK(d.returned == 1);
    CHECK(d.closed == 2); // C on the 29th, I on the 30th
    // At the end of the 30th, as the daily summary of the 30th says.
    CHECK(d.open == 8);
    CHECK(d.overdue == 3);

    // First responses in the period: questions A 30, F 840, I 10 minutes; the petition C 60.
    const report::FirstResponseStats pq = r.current.firstResponse.value(QStringLiteral("procedure_question"));
    CHECK(pq.count == 3);
    CHECK(*pq.medianMinutes == Approx(30));
    CHECK(*pq.p90Minutes == Approx(840));
    CHECK(*pq.withinDeadlineShare() == Approx(2.0 / 3.0));
    const report::FirstResponseStats petition = r.current.firstResponse.value(QStringLiteral("petition"));
    CHECK(petition.count == 1);
    CHECK(*petition.medianMinutes == Approx(60));

    // The two days before: nothing received; G and H open and overdue at the end of the 28th.
    CHECK(r.previous.from == QDate(2026, 11, 27));
    CHECK(r.previous.to == QDate(2026, 11, 28));
    CHECK(r.previous.end == r.current.start);
    CHECK(r.previous.totals.received == 0);
    CHECK(r.previous.totals.answered == 0);
    CHECK(r.previous.totals.open == 2);
    CHECK(r.previous.totals.overdue == 2);
    CHECK(r.previous.firstResponse.value(QStringLiteral("procedure_question")).count == 0);

    // Four days: the days before are the 25th to the 28th, with H's assignment only.
    const report::PeriodReport longer = buildPeriod(f, QDate(2026, 11, 29), QDate(2026, 12, 2));
    CHECK(longer.previous.from == QDate(2026, 11, 25));
    CHECK(longer.current.totals.received == 8); // E on 1 December too
    CHECK(longer.current.asOf == local("2026-12-02T10:00")); // the period's last day is today
}

TEST_CASE("Units are ranked by first answers within deadline and those that received nothing are listed apart", "[report][period]")
{
    ReportFixture f;
    const report::PeriodReport r = buildPeriod(f, QDate(2026, 11, 29), QDate(2026, 11, 30));

    // Ward 1: C answered in time (1 of 1). PC07: J in time (1 of 1). Ward 4: A and I in time, B never
    // answered and F answered late (2 of 4). Càng Long: D's deadline (00:59:30 on the 1st) had not
    // come at the end of the period and it was not answered: no share yet, last.
    REQUIRE(r.ranking.size() == 4);
    CHECK(r.ranking.at(0).unitId == QStringLiteral("29239"));
    CHECK(r.ranking.at(0).rank == 1);
    CHECK(*r.ranking.at(0).withinDeadlineShare() == Approx(1.0));
    CHECK(r.ranking.at(1).unitId == QStringLiteral("84-PC07")); // same share: by name
    CHECK(r.ranking.at(1).rank == 1);
    CHECK(r.ranking.at(2).unitId == QStringLiteral("29236"));
    CHECK(r.ranking.at(2).rank == 3);
    CHECK(r.ranking.at(2).received == 4);
    CHECK(r.ranking.at(2).deadlinesDecided == 4);
    CHECK(r.ranking.at(2).withinDeadline == 2);
    CHECK(r.ranking.at(2).receivedByCategory.value(QStringLiteral("procedure_question")) == 3);
    CHECK(r.ranking.at(3).unitId == QStringLiteral("29266"));
    CHECK(r.ranking.at(3).rank == 0);
    CHECK_FALSE(r.ranking.at(3).withinDeadlineShare());
    CHECK(r.ranking.at(3).received == 1);

    // Each action under the unit that held the case then: ward 4 answered F after the city
    // police returned it; the crime department forwarded B on without receiving anything.
    CHECK(r.ranking.at(2).answered == 3);
    CHECK(r.ranking.at(2).forwarded == 1);
    CHECK(r.ranking.at(2).escalated == 1);
    const report::UnitPeriodFigures *pc02 = findUnit(r.receivedNothing, "84-PC02");
    REQUIRE(pc02);
    CHECK(pc02->forwarded == 1);
    CHECK(pc02->received == 0);
    const report::UnitPeriodFigures *city = findUnit(r.receivedNothing, "842");
    REQUIRE(city);
    CHECK(city->returned == 1);

    // Every other unit of the tree received nothing: listed apart, the province first.
    QSet<QString> ids;
    for (const report::UnitPeriodFigures &u : r.ranking + r.receivedNothing)
        ids.insert(u.unitId);
    CHECK(ids.size() == r.ranking.size() + r.receivedNothing.size());
    CHECK(r.receivedNothing.constFirst().unitId == QStringLiteral("84"));
    CHECK_FALSE(findUnit(r.receivedNothing, "29236"));
    CHECK(r.receivedNothing.size() > 100);

    // A district's ranking holds its own units only.
    const report::PeriodReport district = buildPeriod(f, QDate(2026, 11, 29), QDate(2026, 11, 30), QStringLiteral("842"));
    REQUIRE(district.ranking.size() == 2);
    CHECK(district.ranking.at(0).unitId == QStringLiteral("29239"));
    CHECK(district.ranking.at(1).unitId == QStringLiteral("29236"));
    CHECK(findUnit(district.receivedNothing, "842"));
    CHECK_FALSE(findUnit(district.receivedNothing, "84-PC02"));
}

TEST_CASE("A period report refuses reversed, too long, future periods and unknown units with a reason", "[report][period]")
{
    ReportFixture f;
    report::PeriodReportBuilder builder(f.db(), f.clock());
    auto reversed = builder.build(QDate(2026, 11, 30), QDate(2026, 11, 1));
    REQUIRE_FALSE(reversed.ok());
    CHECK(reversed.error().message.contains(QStringLiteral("2026-11-30")));
    auto tooLong = builder.build(QDate(2025, 11, 29), QDate(2026, 11, 30));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message.contains(QStringLiteral("367")));
    CHECK(tooLong.error().message.contains(QStringLiteral("366")));
    CHECK(builder.build(QDate(2025, 11, 30), QDate(2026, 11, 30)).ok());
    // A leap year's 366 days are one report.
    CHECK(builder.build(QDate(2024, 1, 1), QDate(2024, 12, 31)).ok());
    auto future = builder.build(QDate(2026, 12, 1), QDate(2026, 12, 3));
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().message.contains(QStringLiteral("2026-12-03")));
    auto unknown = builder.build(QDate(2026, 11, 1), QDate(2026, 11, 30), QStringLiteral("no-such-unit"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("no-such-unit")));
    CHECK_FALSE(builder.build(QDate(), QDate(2026, 11, 30)).ok());
}

TEST_CASE("The period report's JSON and CSV carry its figures, the comparison and the ranking", "[report][period]")
{
    ReportFixture f;
    const report::PeriodReport r = buildPeriod(f, QDate(2026, 11, 29), QDate(2026, 11, 30));
    const QJsonObject o = report::periodReportToJson(r);
    CHECK(o.value(QStringLiteral("from")).toString() == QStringLiteral("2026-11-29"));
    CHECK(o.value(QStringLiteral("to")).toString() == QStringLiteral("2026-11-30"));
    CHECK(o.value(QStringLiteral("days")).toInt() == 2);
    CHECK(o.value(QStringLiteral("start")).toString() == QStringLiteral("2026-11-29T00:00:00+07:00"));
    CHECK(o.value(QStringLiteral("received")).toObject().value(QStringLiteral("total")).toInt() == 7);
    CHECK(o.value(QStringLiteral("open")).toInt() == 8);
    const QJsonObject previous = o.value(QStringLiteral("previous_period")).toObject();
    CHECK(previous.value(QStringLiteral("from")).toString() == QStringLiteral("2026-11-27"));
    CHECK(previous.value(QStringLiteral("open")).toInt() == 2);
    const QJsonObject change = o.value(QStringLiteral("change")).toObject();
    CHECK(change.value(QStringLiteral("received")).toDouble() == 7);
    CHECK(change.value(QStringLiteral("open")).toDouble() == 6);
    CHECK(change.value(QStringLiteral("received_by_category")).toObject().value(QStringLiteral("procedure_question")).toInt() == 3);
    // No question answered in the days before: no change to speak of.
    CHECK(change.value(QStringLiteral("first_response"))
              .toObject()
              .value(QStringLiteral("procedure_question"))
              .toObject()
              .value(QStringLiteral("median_minutes"))
              .isNull());
    const QJsonArray ranking = o.value(QStringLiteral("ranking")).toArray();
    REQUIRE(ranking.size() == 4);
    CHECK(ranking.at(2).toObject().value(QStringLiteral("within_deadline_share")).toDouble() == Approx(0.5));
    CHECK(ranking.at(3).toObject().value(QStringLiteral("rank")).isNull());
    CHECK(o.value(QStringLiteral("received_nothing")).toArray().size() == r.receivedNothing.size());

    const QByteArray csv = report::periodReportToCsv(r);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    // Header, one row per unit, the total, and the empty rest after the last CRLF.
    CHECK(lines.size() == 1 + r.ranking.size() + r.receivedNothing.size() + 1 + 1);
    CHECK(lines.at(3).startsWith("3,29236,"));
    CHECK(lines.at(lines.size() - 2).contains(",84,"));
    CHECK_FALSE(csv.contains(ReportFixture::citizenName().toUtf8()));
}

TEST_CASE("The period is charted day by day up to a month and week by week beyond, the steps adding up to the period", "[report][period]")
{
    ReportFixture f;
    // Two days: one step a day, C and F on the 29th, the five others on the 30th.
    const report::PeriodReport days = buildPeriod(f, QDate(2026, 11, 29), QDate(2026, 11, 30));
    REQUIRE(days.current.stepsAreDays());
    REQUIRE(days.current.steps.size() == 2);
    CHECK(days.current.steps.at(0).from == QDate(2026, 11, 29));
    CHECK(days.current.steps.at(0).to == QDate(2026, 11, 29));
    CHECK(days.current.steps.at(0).received == 2);
    CHECK(days.current.steps.at(1).received == 5);
    CHECK(days.current.steps.at(1).receivedByCategory.size() == 5);
    // First answers by the day they were given: C on the 29th (60 min), the others on the 30th.
    CHECK(days.current.steps.at(0).firstResponse.count == 1);
    CHECK(*days.current.steps.at(0).firstResponse.medianMinutes == Approx(60));
    int answeredInPeriod = 0;
    for (const report::FirstResponseStats &s : days.current.firstResponse)
        answeredInPeriod += s.count;
    CHECK(days.current.steps.at(1).firstResponse.count == answeredInPeriod - 1);

    // 32 days, from Sunday 1 November to Wednesday 2 December: weeks from Monday to Sunday, cut
    // at the period's ends.
    const report::PeriodReport weeks = buildPeriod(f, QDate(2026, 11, 1), QDate(2026, 12, 2));
    REQUIRE_FALSE(weeks.current.stepsAreDays());
    const QVector<report::PeriodStep> &steps = weeks.current.steps;
    REQUIRE(steps.size() == 6);
    CHECK(steps.first().from == QDate(2026, 11, 1));
    CHECK(steps.first().to == QDate(2026, 11, 1));
    CHECK(steps.at(1).from == QDate(2026, 11, 2));
    CHECK(steps.at(1).to == QDate(2026, 11, 8));
    CHECK(steps.last().from == QDate(2026, 11, 30));
    CHECK(steps.last().to == QDate(2026, 12, 2));
    int received = 0;
    int answered = 0;
    for (const report::PeriodStep &s : steps) {
        received += s.received;
        answered += s.firstResponse.count;
        int byCategory = 0;
        for (const int n : s.receivedByCategory)
            byCategory += n;
        CHECK(byCategory == s.received);
    }
    CHECK(received == weeks.current.totals.received);
    int firstResponses = 0;
    for (const report::FirstResponseStats &s : weeks.current.firstResponse)
        firstResponses += s.count;
    CHECK(answered == firstResponses);
    // The 29th is a Sunday: C and F are in the week of the 23rd (with what came before the
    // 27th), the 30th's five and E in the last.
    CHECK(steps.at(4).received == buildPeriod(f, QDate(2026, 11, 23), QDate(2026, 11, 29)).current.totals.received);
    CHECK(steps.at(4).received >= 2);
    CHECK(steps.last().received == 6);

    // In the JSON: "step" and one entry per step.
    const QJsonObject o = report::periodReportToJson(weeks);
    CHECK(o.value(QStringLiteral("step")).toString() == QStringLiteral("week"));
    const QJsonArray json = o.value(QStringLiteral("steps")).toArray();
    REQUIRE(json.size() == 6);
    const QJsonObject last = json.last().toObject();
    CHECK(last.value(QStringLiteral("from")).toString() == QStringLiteral("2026-11-30"));
    CHECK(last.value(QStringLiteral("to")).toString() == QStringLiteral("2026-12-02"));
    CHECK(last.value(QStringLiteral("received")).toInt() == 6);
    CHECK(last.value(QStringLiteral("received_by_category")).toObject().size() == 5);
    CHECK(last.value(QStringLiteral("first_response")).toObject().contains(QStringLiteral("median_minutes")));
    CHECK(report::periodReportToJson(days).value(QStringLiteral("step")).toString() == QStringLiteral("day"));
    CHECK(o.value(QStringLiteral("previous_period")).toObject().value(QStringLiteral("steps")).toArray().size() >= 5);
}

TEST_CASE("A whole calendar month is a monthly report and any other period a review", "[report][period]")
{
    ReportFixture f;
    CHECK(buildPeriod(f, QDate(2026, 11, 1), QDate(2026, 11, 30)).isCalendarMonth());
    CHECK(buildPeriod(f, QDate(2026, 2, 1), QDate(2026, 2, 28)).isCalendarMonth());
    CHECK_FALSE(buildPeriod(f, QDate(2026, 11, 1), QDate(2026, 11, 29)).isCalendarMonth());
    CHECK_FALSE(buildPeriod(f, QDate(2026, 11, 2), QDate(2026, 11, 30)).isCalendarMonth());
    CHECK_FALSE(buildPeriod(f, QDate(2026, 10, 1), QDate(2026, 11, 30)).isCalendarMonth());
    const report::PeriodReport month = buildPeriod(f, QDate(2026, 11, 1), QDate(2026, 11, 30));
    CHECK(report::periodReportToJson(month).value(QStringLiteral("calendar_month")).toBool());
    CHECK(report::PeriodReportTexts::title(month) == QStringLiteral("MONTHLY REPORT"));
    CHECK(report::PeriodReportTexts::title(buildPeriod(f, QDate(2026, 11, 2), QDate(2026, 11, 30))) == QStringLiteral("REVIEW REPORT"));
}

TEST_CASE("The quick choices of the period report cover the right days and never end after today", "[report][period]")
{
    using report::PeriodChoice;
    using Kind = PeriodChoice::Kind;
    using Days = PeriodChoice::Days;
    const QDate wednesday(2026, 12, 2);
    CHECK(PeriodChoice::days(Kind::ThisWeek, wednesday) == Days {QDate(2026, 11, 30), wednesday});
    CHECK(PeriodChoice::days(Kind::LastWeek, wednesday) == Days {QDate(2026, 11, 23), QDate(2026, 11, 29)});
    CHECK(PeriodChoice::days(Kind::ThisMonth, wednesday) == Days {QDate(2026, 12, 1), wednesday});
    CHECK(PeriodChoice::days(Kind::LastMonth, wednesday) == Days {QDate(2026, 11, 1), QDate(2026, 11, 30)});
    CHECK(PeriodChoice::days(Kind::ThisQuarter, wednesday) == Days {QDate(2026, 10, 1), wednesday});
    CHECK(PeriodChoice::days(Kind::ThisYear, wednesday) == Days {QDate(2026, 1, 1), wednesday});

    // On a Monday this week is one day; on a Sunday last week ended a week ago.
    const QDate monday(2026, 12, 7);
    CHECK(PeriodChoice::days(Kind::ThisWeek, monday) == Days {monday, monday});
    CHECK(PeriodChoice::days(Kind::LastWeek, monday) == Days {QDate(2026, 11, 30), QDate(2026, 12, 6)});
    const QDate sunday(2026, 12, 6);
    CHECK(PeriodChoice::days(Kind::ThisWeek, sunday) == Days {QDate(2026, 11, 30), sunday});
    CHECK(PeriodChoice::days(Kind::LastWeek, sunday) == Days {QDate(2026, 11, 23), QDate(2026, 11, 29)});

    // January: last month is December of the year before; a leap February; quarters.
    CHECK(PeriodChoice::days(Kind::LastMonth, QDate(2027, 1, 15)) == Days {QDate(2026, 12, 1), QDate(2026, 12, 31)});
    CHECK(PeriodChoice::days(Kind::LastMonth, QDate(2028, 3, 1)) == Days {QDate(2028, 2, 1), QDate(2028, 2, 29)});
    CHECK(PeriodChoice::days(Kind::ThisQuarter, QDate(2026, 3, 31)) == Days {QDate(2026, 1, 1), QDate(2026, 3, 31)});
    CHECK(PeriodChoice::days(Kind::ThisQuarter, QDate(2026, 4, 1)) == Days {QDate(2026, 4, 1), QDate(2026, 4, 1)});
    CHECK(PeriodChoice::days(Kind::ThisQuarter, QDate(2026, 8, 20)) == Days {QDate(2026, 7, 1), QDate(2026, 8, 20)});
    CHECK(PeriodChoice::days(Kind::ThisYear, QDate(2026, 1, 1)) == Days {QDate(2026, 1, 1), QDate(2026, 1, 1)});

    // The year since a day: a year's review from the launch, or up to today while the year runs.
    CHECK(PeriodChoice::days(Kind::YearSince, wednesday, QDate(2025, 10, 15)) == Days {QDate(2025, 10, 15), QDate(2026, 10, 14)});
    CHECK(PeriodChoice::days(Kind::YearSince, wednesday, QDate(2026, 3, 1)) == Days {QDate(2026, 3, 1), wednesday});
    // 29 February: the year ends on 28 February; a whole year is never longer than the builder takes.
    const Days leap = PeriodChoice::days(Kind::YearSince, QDate(2030, 1, 1), QDate(2028, 2, 29));
    CHECK(leap == Days {QDate(2028, 2, 29), QDate(2029, 2, 28)});
    CHECK(PeriodChoice::days(Kind::YearSince, QDate(2030, 1, 1), QDate(2027, 3, 1)) == Days {QDate(2027, 3, 1), QDate(2028, 2, 29)});
    CHECK(report::PeriodReportBuilder::checkDates(leap.from, leap.to).isEmpty());
    CHECK(report::PeriodReportBuilder::checkDates(QDate(2027, 3, 1), PeriodChoice::days(Kind::YearSince, QDate(2030, 1, 1), QDate(2027, 3, 1)).to)
              .isEmpty());

    // Every choice has a name, and every one but the user's own days gives a period the builder takes.
    for (const Kind kind : PeriodChoice::kinds()) {
        CHECK_FALSE(PeriodChoice::name(kind).isEmpty());
        if (kind == Kind::Custom)
            continue;
        const Days d = PeriodChoice::days(kind, wednesday, QDate(2026, 1, 10));
        CHECK(d.from <= d.to);
        CHECK(d.to <= wednesday);
        CHECK(report::PeriodReportBuilder::checkDates(d.from, d.to).isEmpty());
    }
}

TEST_CASE("The period report's HTML page has the document's sections and escapes every name", "[report][period]")
{
    ReportFixture f;
    report::PeriodReport r = buildPeriod(f, QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE_FALSE(r.ranking.isEmpty());
    const QString hostile = QStringLiteral("<script>alert(\"x\")</script> & <b>Phường</b>");
    r.unit.name = hostile;
    r.ranking[0].name = hostile;
    r.current.receivedByUnit[0].name = hostile;
    if (!r.receivedNothing.isEmpty())
        r.receivedNothing[0].name = hostile;
    const QString html = report::periodReportToHtml(r);
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.contains(QStringLiteral("MONTHLY REPORT")));
    CHECK(html.contains(QStringLiteral("I. MESSAGES RECEIVED")));
    CHECK(html.contains(QStringLiteral("II. HANDLING")));
    CHECK(html.contains(QStringLiteral("III. FIRST RESPONSE TIME")));
    CHECK(html.contains(QStringLiteral("IV. COMPARED WITH THE PREVIOUS PERIOD")));
    CHECK(html.contains(QStringLiteral("V. RANKING OF UNITS")));
    CHECK(html.contains(QStringLiteral("VII. CHARTS")));
    CHECK(html.contains(QStringLiteral("ANNEX")));
    CHECK_FALSE(html.contains(QStringLiteral("<script")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>Phường")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;Phường&lt;/b&gt;")));
    // One bar row per day of the month.
    CHECK(html.count(QStringLiteral("class=\"bar\"")) >= 5);
    CHECK_FALSE(html.contains(ReportFixture::citizenName()));
}
