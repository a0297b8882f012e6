#pragma once

#include "core/domain/category.h"
#include "core/domain/unit.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVector>

#include <array>
#include <optional>

namespace casedesk::report {

/// The figures of one day that the summary compares with the days before.
struct DayFigures
{
    QDate date;
    int received = 0; // cases opened that day
    int answered = 0; // cases with an answer that reached the citizen that day
    int forwarded = 0; // cases forwarded that day
    int escalated = 0; // cases escalated that day
    int returned = 0; // cases returned that day
    int closed = 0; // cases closed that day
    int open = 0; // cases open at the end of the day
    int overdue = 0; // open at the end of the day, deadline passed, never answered by then
};

/// The same figures averaged over several days.
struct DayAverages
{
    int days = 0;
    double received = 0;
    double answered = 0;
    double forwarded = 0;
    double escalated = 0;
    double returned = 0;
    double closed = 0;
    double open = 0;
    double overdue = 0;
};

/// First-response times of the cases whose first response reached the citizen that day.
struct FirstResponseStats
{
    int count = 0;
    std::optional<double> medianMinutes; // empty when count == 0
    std::optional<double> p90Minutes; // nearest rank
    int withDeadline = 0; // of count, those that had a deadline
    int withinDeadline = 0; // of withDeadline, answered at or before it
    /// withinDeadline / withDeadline; empty when no case had a deadline.
    std::optional<double> withinDeadlineShare() const;
};

/// Received cases of one unit (its own, not rolled up).
struct UnitCount
{
    QString unitId;
    QString name;
    domain::UnitLevel level = domain::UnitLevel::Commune;
    int count = 0;
};

/// An urgent case still open at the end of the day. Never the citizen's identity.
struct UrgentOpenCase
{
    QString code;
    QString unitId;
    QString unitName;
    domain::Category category = domain::Category::Other;
    qint64 openedAt = 0; // UTC ms
    qint64 waitingMinutes = 0; // from opening to the end of the day (or now, for today)
    bool answered = false; // a first answer reached the citizen by the end of the day
    bool overdue = false;
};

/// One case received or acted on that day, as it stood at the end of the day (CSV rows).
struct CaseLine
{
    QString code;
    domain::Category category = domain::Category::Other;
    QString originUnit;
    QString originUnitName;
    QString unit;
    QString unitName;
    QString status; // status key at the end of the day
    bool urgent = false;
    bool received = false; // opened that day
    QStringList actions; // event kinds of that day
    qint64 openedAt = 0; // UTC ms
    qint64 firstResponseAt = 0; // 0 = none by the end of the day
    qint64 dueAt = 0; // 0 = no deadline
    bool overdue = false;
};

/// Answers that missed Zalo's reply window.
struct MissedReplyWindow
{
    int total = 0; // distinct cases of the two below
    int refused = 0; // answer refused that day: window closed (Zalo -230/-232)
    int neverAnswered = 0; // the case's first 7 days ended that day without a first response
};

/// The daily summary of one unit (with everything under it) for one local day. A plain value:
/// built by DailyReportBuilder, written by the JSON, CSV and HTML writers and the PDF renderer.
struct DailyReport
{
    QDate date;
    QTimeZone timeZone; // the office's, e.g. Asia/Ho_Chi_Minh
    qint64 dayStart = 0; // UTC ms of local midnight
    qint64 dayEnd = 0; // UTC ms of the next local midnight
    qint64 asOf = 0; // end of the day, or the time of building when the day is not over
    qint64 generatedAt = 0;

    domain::Unit unit; // the unit reported on (figures include every unit under it)
    QString parentUnitName; // of the unit, or the superior body for the root
    QString place; // "Trà Vinh", for the place-and-date line

    DayFigures today;
    QVector<DayFigures> previousDays; // [0] = the day before, … [6] = seven days before
    DayAverages average7() const;

    QMap<QString, int> receivedByCategory; // category key → count (every category present)
    QMap<QString, int> receivedByLevel; // level key → count (every level present)
    QVector<UnitCount> receivedByUnit; // units with at least one case, most first
    std::array<int, 24> receivedByHour {}; // local hour of opening

    QMap<QString, FirstResponseStats> firstResponse; // category key → stats (every category)
    MissedReplyWindow missedReplyWindow;
    QVector<UrgentOpenCase> urgentOpen;
    QVector<CaseLine> cases;
    /// The case history's chain when the report was built (its anchor): a printed report lets
    /// `casedesk-cli audit verify --anchor HASH:COUNT` prove later that the history was not rewritten.
    qint64 historyEvents = 0;
    QString historyHead;
    QString historyAnchor() const { return historyHead + QLatin1Char(':') + QString::number(historyEvents); }

    /// ISO 8601 with the office's offset ("2026-11-30T08:12:00+07:00"); empty for 0.
    QString isoTime(qint64 utcMs) const;
};

/// The statistics helpers of the report, exposed for tests.
namespace stats {
/// The median (mean of the two middle values for an even count); empty for no value.
std::optional<double> median(QVector<double> values);
/// The nearest-rank percentile (1..100): the smallest value with at least p% at or below it.
std::optional<double> percentile(QVector<double> values, int p);
} // namespace stats

} // namespace casedesk::report
