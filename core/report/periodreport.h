#pragma once

#include "core/report/dailyreport.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QTimeZone>
#include <QVector>

#include <array>

#include <optional>

namespace casedesk::report {

/// One step of the period's trend charts: a local day (periods of up to kDailySteps days) or a
/// week from Monday to Sunday, cut at the period's ends.
struct PeriodStep
{
    QDate from;
    QDate to; // included
    int received = 0;
    QMap<QString, int> receivedByCategory; // category key → count (every category present)
    /// First answers that reached citizens in the step (every category together).
    FirstResponseStats firstResponse;
};

/// The daily summary's figures over a run of local days: [from, to], both included.
struct PeriodFigures
{
    QDate from;
    QDate to;
    qint64 start = 0; // UTC ms of local midnight starting `from`
    qint64 end = 0; // UTC ms of local midnight after `to`
    qint64 asOf = 0; // end, or the time of building when the period is not over

    /// received … closed over the period (distinct cases for each kind of action), open and
    /// overdue at asOf; `date` is `from`.
    DayFigures totals;
    QMap<QString, int> receivedByCategory; // category key → count (every category present)
    QMap<QString, int> receivedByLevel; // level key → count (every level present)
    QVector<UnitCount> receivedByUnit; // units with at least one case, most first
    QMap<QString, FirstResponseStats> firstResponse; // category key → stats (every category)
    /// The period step by step, for the trend charts: days up to kDailySteps days, else weeks.
    QVector<PeriodStep> steps;

    /// Periods of up to this many days are charted day by day (a month), longer ones by week.
    static constexpr int kDailySteps = 31;
    bool stepsAreDays() const { return days() <= kDailySteps; }
    int days() const { return int(from.daysTo(to)) + 1; }
};

/// Citizens' satisfaction (issue 18) with the answers of cases whose question reached them in
/// the period: how many were asked, how many rated, and the ratings.
struct SatisfactionFigures
{
    int asked = 0;
    int rated = 0;
    std::array<int, 5> ratings {}; // how many gave 1, 2, 3, 4, 5
    /// rated / asked; empty when nobody was asked.
    std::optional<double> ratedShare() const;
    /// The mean rating; empty when nobody rated.
    std::optional<double> average() const;
    void add(int rating);
};

/// One unit of the ranking: its own cases (not rolled up), under the unit that held each case
/// on the day in question.
struct UnitPeriodFigures
{
    QString unitId;
    QString name;
    domain::UnitLevel level = domain::UnitLevel::Commune;
    int received = 0; // opened in the period at this unit (its OA)
    QMap<QString, int> receivedByCategory; // every category present
    int receivedPrevious = 0; // the same in the previous period
    int answered = 0; // cases this unit answered in the period (it held them then)
    int forwarded = 0;
    int escalated = 0;
    int returned = 0;
    int closed = 0;
    /// Of the cases received in the period, those whose first-answer deadline had come by the end
    /// of the period or that were answered by then (their outcome is known); cases still inside
    /// their deadline and unanswered at the end are left out, neither good nor bad yet.
    SatisfactionFigures satisfaction; // questions sent while this unit held the case
    int deadlinesDecided = 0;
    int withinDeadline = 0; // of deadlinesDecided, first answer at or before the deadline
    /// withinDeadline / deadlinesDecided; empty when nothing was decided.
    std::optional<double> withinDeadlineShare() const;
    /// 1 = best; units with the same share share a rank; 0 = not ranked (no share).
    int rank = 0;
};

/// The period report of one unit (with everything under it): a plain value built by
/// PeriodReportBuilder and written by the JSON and CSV writers.
struct PeriodReport
{
    QTimeZone timeZone; // the office's
    qint64 generatedAt = 0;

    domain::Unit unit; // the unit reported on (figures include every unit under it)
    QString parentUnitName;
    QString place;

    PeriodFigures current;
    PeriodFigures previous; // the same number of days just before

    /// Units that received cases in the period, by share answered within deadline (best first;
    /// ties: more cases within deadline first, then by name), those without a share last.
    QVector<UnitPeriodFigures> ranking;
    /// Units in scope, in existence during the period, that received no case: listed apart, by
    /// level and name (they may still have answered or forwarded cases received elsewhere).
    QVector<UnitPeriodFigures> receivedNothing;
    /// Citizens' satisfaction in the period, in all and per category (every category present);
    /// per unit in the units' figures.
    SatisfactionFigures satisfaction;
    QMap<QString, SatisfactionFigures> satisfactionByCategory;
    /// Questions sent / cases closed in the period; empty when none closed.
    std::optional<double> satisfactionAskedShare() const;

    qint64 historyEvents = 0;
    QString historyHead;
    QString historyAnchor() const { return historyHead + QLatin1Char(':') + QString::number(historyEvents); }

    /// Whether the period is one whole calendar month (a monthly report, "BÁO CÁO THÁNG"); any
    /// other period is a review ("BÁO CÁO SƠ KẾT").
    bool isCalendarMonth() const;

    /// ISO 8601 with the office's offset; empty for 0.
    QString isoTime(qint64 utcMs) const;
};

} // namespace casedesk::report
