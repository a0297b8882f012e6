#pragma once

#include "core/common/clock.h"
#include "core/common/expected.h"
#include "core/report/dailyreport.h"

#include <QTimeZone>

namespace casedesk::store {
class Database;
}

namespace casedesk::report {

/// Computes the daily summary of a unit (and every unit under it) for one local day of the
/// office, from the store's report queries (store::ReportStore) and the unit tree.
class DailyReportBuilder final
{
public:
    struct Options
    {
        /// The office's time zone: the day is its local midnight to midnight.
        QTimeZone timeZone = defaultTimeZone();
        /// Zalo accepts answers this long after the citizen's message.
        qint64 replyWindowMs = 7LL * 24 * 3600 * 1000;
        /// The body above the root unit, shown above it in the document's header.
        QString rootSuperiorName;
        /// The place of the place-and-date line; empty = the root unit's area without "Tỉnh".
        QString place;
    };

    DailyReportBuilder(store::Database &db, const Clock &clock);
    DailyReportBuilder(store::Database &db, const Clock &clock, Options options);

    /// The summary of @p date for @p unitId (empty = the root of the tree, the province).
    /// Fails with a sentence a user can act on for an unknown unit or an invalid date.
    Expected<DailyReport> build(const QDate &date, const QString &unitId = {}) const;

    /// Asia/Ho_Chi_Minh, or a fixed UTC+7 when the system has no time zone database.
    static QTimeZone defaultTimeZone();
    /// UTC ms of local midnight starting @p date in @p zone.
    static qint64 dayStart(const QDate &date, const QTimeZone &zone);
    /// The day a summary made at @p nowMs is most likely wanted for: before noon in @p zone the
    /// day before (today has just begun), from noon on today.
    static QDate defaultDate(qint64 nowMs, const QTimeZone &zone = defaultTimeZone());

private:
    store::Database &m_db;
    const Clock &m_clock;
    Options m_options;
};

} // namespace casedesk::report
