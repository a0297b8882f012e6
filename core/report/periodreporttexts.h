#pragma once

#include "core/report/periodreport.h"

#include <QCoreApplication>
#include <QString>

namespace casedesk::report {

/// The words of the period report's document that the daily summary does not use, shared by
/// the HTML writer and the PDF/print renderer (the common ones are ReportTexts').
class PeriodReportTexts final
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::report::PeriodReportTexts)

public:
    /// BÁO CÁO THÁNG for a whole calendar month, BÁO CÁO SƠ KẾT for any other period.
    static QString title(const PeriodReport &report);
    /// "Month 11/2026 (from 01/11/2026 to 30/11/2026)" or "From 01/11/2026 to 15/11/2026 (15 days)".
    static QString period(const PeriodReport &report);
    /// The previous period, said in one line: "from … to …".
    static QString previousPeriod(const PeriodReport &report);
    /// "(Attached to the report … of …)".
    static QString annexAttachedTo(const PeriodReport &report);

    static QString sectionReceived(); // I.
    static QString sectionHandling(); // II.
    static QString sectionFirstResponse(); // III.
    static QString sectionComparison(); // IV.
    static QString sectionRanking(); // V.
    static QString sectionSatisfaction(); // VI.
    static QString sectionCharts(); // VII.

    static QString receivedSentence(const PeriodReport &report);
    static QString open(); // still open at the end of the period
    static QString overdue(); // overdue at the end of the period
    static QString asOfNote(const PeriodReport &report);
    static QString columnThisPeriod();
    static QString columnPreviousPeriod();
    static QString columnRank();
    static QString columnWithinDeadlineShare();
    static QString columnAnsweredWithinDeadline();
    static QString columnDecided();
    static QString rankingSummary(const PeriodReport &report);
    static QString rankingTopHeading();
    static QString receivedNothingHeading();
    static QString receivedNothingNone();
    static QString annexUnits(); // SỐ LIỆU THEO ĐƠN VỊ
    static QString notRanked(); // no share: nothing whose deadline had come
    /// Questions sent, share of the closed cases, replies, average; or that none was sent.
    static QString satisfactionSummary(const PeriodReport &report);
    static QString satisfactionByUnitHeading();
    static QString columnAsked();
    static QString columnRated();
    static QString columnAverage();
    /// "4,6" (one decimal in the locale), or "–" when nobody rated.
    static QString average(const std::optional<double> &value);

    static QString chartSteps(const PeriodReport &report); // cases per day / per week by category
    static QString chartResponse(const PeriodReport &report); // first-response time per day / week
    static QString chartUnits(); // the units that received most, by category
    static QString medianSeries();
    static QString p90Series();
    static QString hoursAxis();
    /// The step's label on a chart's axis: "05/11" for a day, "wk 02/11" for the week from Monday 2 November.
    static QString stepLabel(const PeriodReport &report, const PeriodStep &step);
};

} // namespace casedesk::report
