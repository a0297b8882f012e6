#include "periodreporttexts.h"

#include "core/report/reporttexts.h"

#include <QDateTime>
#include <QLocale>

namespace casedesk::report {

namespace {

QString day(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

QString PeriodReportTexts::title(const PeriodReport &report)
{
    if (report.isCalendarMonth())
        return tr("MONTHLY REPORT");
    //: a review over any period ("sơ kết")
    return tr("REVIEW REPORT");
}

QString PeriodReportTexts::period(const PeriodReport &report)
{
    const PeriodFigures &p = report.current;
    if (report.isCalendarMonth())
        //: %1 month, %2 year, %3 first day, %4 last day (dd/MM/yyyy)
        return tr("Month %1/%2 (from %3 to %4)").arg(p.from.month()).arg(p.from.year()).arg(day(p.from), day(p.to));
    //: %1 first day, %2 last day (dd/MM/yyyy)
    return tr("From %1 to %2 (%n day(s))", nullptr, p.days()).arg(day(p.from), day(p.to));
}

QString PeriodReportTexts::previousPeriod(const PeriodReport &report)
{
    //: %1 first day, %2 last day (dd/MM/yyyy) of the period before the report's, as long as it
    return tr("The previous period is the same number of days just before: from %1 to %2.").arg(day(report.previous.from), day(report.previous.to));
}

QString PeriodReportTexts::annexAttachedTo(const PeriodReport &report)
{
    //: %1 the report's title in lower case, %2 its first day, %3 its last day, %4 the unit
    return tr("(Attached to the %1 from %2 to %3 of %4)")
        .arg(title(report).toLower(), day(report.current.from), day(report.current.to), report.unit.name);
}

QString PeriodReportTexts::sectionReceived()
{
    return tr("I. MESSAGES RECEIVED");
}

QString PeriodReportTexts::sectionHandling()
{
    return tr("II. HANDLING");
}

QString PeriodReportTexts::sectionFirstResponse()
{
    return tr("III. FIRST RESPONSE TIME");
}

QString PeriodReportTexts::sectionComparison()
{
    return tr("IV. COMPARED WITH THE PREVIOUS PERIOD");
}

QString PeriodReportTexts::sectionRanking()
{
    return tr("V. RANKING OF UNITS");
}

QString PeriodReportTexts::sectionSatisfaction()
{
    return tr("VI. CITIZENS' SATISFACTION");
}

QString PeriodReportTexts::sectionCharts()
{
    return tr("VII. CHARTS");
}

QString PeriodReportTexts::satisfactionSummary(const PeriodReport &report)
{
    const SatisfactionFigures &s = report.satisfaction;
    if (s.asked == 0)
        return tr("No satisfaction question reached a citizen in the period (the units that ask are chosen in Settings; a question "
                  "goes only after an answer, within Zalo's free 48 hours, never for a crime report).");
    return tr("The satisfaction question reached %n citizen(s), after %1 of the cases closed in the period; %2 replied with a rating "
              "(%3), on average %4 of 5.",
              nullptr, s.asked)
        .arg(ReportTexts::share(report.satisfactionAskedShare()), ReportTexts::number(double(s.rated)), ReportTexts::share(s.ratedShare()),
             average(s.average()));
}

QString PeriodReportTexts::satisfactionByUnitHeading()
{
    return tr("By unit (the unit that held the case when the question went out):");
}

QString PeriodReportTexts::columnAsked()
{
    return tr("Asked");
}

QString PeriodReportTexts::columnRated()
{
    return tr("Rated");
}

QString PeriodReportTexts::columnAverage()
{
    return tr("Average");
}

QString PeriodReportTexts::average(const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("–");
    return QLocale().toString(*value, 'f', 1);
}

QString PeriodReportTexts::receivedSentence(const PeriodReport &report)
{
    return tr("%Ln case(s) received from citizens via Zalo in the period.", nullptr, report.current.totals.received);
}

QString PeriodReportTexts::open()
{
    return tr("Still open at the end of the period");
}

QString PeriodReportTexts::overdue()
{
    return tr("Overdue at the end of the period");
}

QString PeriodReportTexts::asOfNote(const PeriodReport &report)
{
    const PeriodFigures &p = report.current;
    const QString at = p.asOf >= p.end ? tr("24:00 on %1").arg(day(p.to))
                                       : QDateTime::fromMSecsSinceEpoch(p.asOf, report.timeZone).toString(QStringLiteral("HH:mm dd/MM/yyyy"));
    return tr("Figures count cases: a case forwarded twice in the period counts once. Open and overdue cases as at %1.").arg(at);
}

QString PeriodReportTexts::columnThisPeriod()
{
    return tr("This period");
}

QString PeriodReportTexts::columnPreviousPeriod()
{
    return tr("Previous period");
}

QString PeriodReportTexts::columnRank()
{
    return tr("Rank");
}

QString PeriodReportTexts::columnWithinDeadlineShare()
{
    return tr("Answered within deadline");
}

QString PeriodReportTexts::columnAnsweredWithinDeadline()
{
    return tr("On time");
}

QString PeriodReportTexts::columnDecided()
{
    //: cases whose deadline had come (or that were answered) by the end of the period
    return tr("Deadline due");
}

QString PeriodReportTexts::rankingSummary(const PeriodReport &report)
{
    return tr("Units are ranked by the share of cases answered within deadline, of the cases received in the period whose deadline had "
              "come by its end. %n unit(s) received cases; %1 received none (listed apart in the annex).",
              nullptr, int(report.ranking.size()))
        .arg(report.receivedNothing.size());
}

QString PeriodReportTexts::rankingTopHeading()
{
    return tr("The first units of the ranking (every unit is in the annex):");
}

QString PeriodReportTexts::receivedNothingHeading()
{
    return tr("Units that received no case in the period");
}

QString PeriodReportTexts::receivedNothingNone()
{
    return tr("Every unit received at least one case.");
}

QString PeriodReportTexts::annexUnits()
{
    return tr("FIGURES BY UNIT");
}

QString PeriodReportTexts::notRanked()
{
    //: the rank column of a unit without a share (none of its deadlines had come)
    return tr("—");
}

QString PeriodReportTexts::chartSteps(const PeriodReport &report)
{
    return report.current.stepsAreDays() ? tr("Cases received per day, by category") : tr("Cases received per week, by category");
}

QString PeriodReportTexts::chartResponse(const PeriodReport &report)
{
    return report.current.stepsAreDays() ? tr("First-response time per day (hours)") : tr("First-response time per week (hours)");
}

QString PeriodReportTexts::chartUnits()
{
    return tr("Units that received the most cases, by category");
}

QString PeriodReportTexts::medianSeries()
{
    return tr("Half answered within");
}

QString PeriodReportTexts::p90Series()
{
    return tr("9 in 10 answered within");
}

QString PeriodReportTexts::hoursAxis()
{
    return tr("hours");
}

QString PeriodReportTexts::stepLabel(const PeriodReport &report, const PeriodStep &step)
{
    if (report.current.stepsAreDays())
        return step.from.toString(QStringLiteral("dd/MM"));
    //: a week on a chart's axis, by its first day (dd/MM)
    return tr("wk %1").arg(step.from.toString(QStringLiteral("dd/MM")));
}

} // namespace casedesk::report
