#pragma once

#include "core/common/clock.h"
#include "core/common/expected.h"
#include "core/report/dailyreportbuilder.h"
#include "core/report/periodreport.h"

namespace casedesk::store {
class Database;
}

namespace casedesk::report {

/// Computes the period report of a unit (and every unit under it) over a run of the office's
/// local days, from the same store queries as the daily summary, so that the period's received
/// total is the sum of its days' (store::ReportStore).
class PeriodReportBuilder final
{
public:
    using Options = DailyReportBuilder::Options;

    /// The longest period: a year's review, also in a leap year. The previous period doubles what
    /// is read, and the speed aim (a year's report in under 2 s on a province's store) is set for
    /// a year; longer spans are several reports.
    static constexpr int kMaxDays = 366;

    PeriodReportBuilder(store::Database &db, const Clock &clock);
    PeriodReportBuilder(store::Database &db, const Clock &clock, Options options);

    /// The report of the days @p from to @p to (both included) for @p unitId (empty = the
    /// province). Fails with a sentence a user can act on for invalid or reversed dates, a period
    /// longer than kMaxDays, one that ends after today, an empty tree or an unknown unit.
    Expected<PeriodReport> build(const QDate &from, const QDate &to, const QString &unitId = {}) const;

    /// Why @p from–@p to cannot be a period, empty when it can (the checks build() makes first,
    /// for callers that check a request before opening the store).
    static QString checkDates(const QDate &from, const QDate &to);

private:
    store::Database &m_db;
    const Clock &m_clock;
    Options m_options;
};

} // namespace casedesk::report
