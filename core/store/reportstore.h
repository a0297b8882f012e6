#pragma once

#include "core/common/expected.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace casedesk::store {

class Database;

/// The store queries behind the daily summary and the period report (core/report builds the
/// figures from them; a period runs the same queries over its days).
///
/// Times are UTC epoch ms; a range is [from, to). A scope is a list of unit ids (a unit and
/// everything under it, expanded by the caller); an empty list means every unit.
///
/// Which unit a figure belongs to:
/// - received, first responses, missed reply windows: the case's origin unit (the unit whose
///   OA the citizen wrote to: it receives the case and owes the first answer through that OA);
/// - forwarded, escalated, returned: the unit that handed the case on (unit_before / from);
/// - answers and closings: the unit that held the case at that moment (the unit_after of the
///   last transfer before the event, else the origin unit);
/// - open, overdue, urgent open: the unit that held the case at the instant asked about.
/// States at a past instant are read back from the audit trail: the first close/reopen after
/// the instant says whether the case was open then, the first transfer after it which unit
/// held it; without such later events the case's present state is the state at the instant.
class ReportStore final
{
public:
    /// A case opened in the range, for counts by category, unit, level and hour.
    struct ReceivedCase
    {
        qint64 id = 0;
        qint64 openedAt = 0;
        QString category;
        QString originUnit;
        qint64 dueAt = 0; // 0 = no deadline
        qint64 firstResponseAt = 0; // 0 = none yet (at the time of reading)
    };

    /// One audit event of the range with the unit that acted.
    struct ActionEvent
    {
        qint64 caseId = 0;
        QString kind;
        QString unit;
    };

    struct OpenCounts
    {
        int open = 0;
        int overdue = 0; // open, deadline passed, no first response by then
    };

    /// A case open at an instant, as it stood then.
    struct OpenCase
    {
        qint64 id = 0;
        QString code;
        QString category;
        QString unit;
        qint64 openedAt = 0;
        qint64 dueAt = 0; // 0 = no deadline
        qint64 firstResponseAt = 0; // 0 = none by the instant
    };

    /// A case whose first response reached the citizen in the range.
    struct FirstResponse
    {
        qint64 id = 0;
        QString category;
        qint64 openedAt = 0;
        qint64 firstResponseAt = 0;
        qint64 dueAt = 0; // 0 = no deadline
    };

    /// One case received or acted on in the range, as it stood at the instant asked about.
    struct CaseRow
    {
        qint64 id = 0;
        QString code;
        QString category;
        QString originUnit;
        QString unit; // holder at the instant
        QString status; // status at the instant
        bool urgent = false;
        qint64 openedAt = 0;
        qint64 firstResponseAt = 0; // 0 = none by the instant
        qint64 dueAt = 0;
        bool received = false; // opened in the range
        QStringList actions; // kinds of the range's events, first occurrence order
    };

    /// A satisfaction question that reached the citizen in the range, with the unit that held the
    /// case when it went out, and the rating when the citizen gave one (at the time of reading).
    struct SatisfactionAsked
    {
        qint64 id = 0;
        QString category;
        QString unit;
        int rating = 0; // 1-5, 0 = none
    };

    explicit ReportStore(Database &db);
    ~ReportStore();
    ReportStore(const ReportStore &) = delete;
    ReportStore &operator=(const ReportStore &) = delete;

    /// Cases opened in [from, to) at an origin unit in @p scope.
    Expected<QVector<ReceivedCase>> receivedCases(qint64 from, qint64 to, const QStringList &scope);
    /// How many cases were opened in [from, to) at an origin unit in @p scope.
    Expected<int> receivedCount(qint64 from, qint64 to, const QStringList &scope);

    /// Answers that reached the citizen (answer_sent, answered_outside) and forwarded,
    /// escalated, returned and closed events in [from, to), of acting units in @p scope.
    Expected<QVector<ActionEvent>> actionEvents(qint64 from, qint64 to, const QStringList &scope);

    /// Cases open at @p at held by a unit in @p scope, and how many of them were overdue.
    Expected<OpenCounts> openCounts(qint64 at, const QStringList &scope);
    /// Urgent cases open at @p at held by a unit in @p scope, longest waiting first.
    Expected<QVector<OpenCase>> urgentOpen(qint64 at, const QStringList &scope);

    /// Satisfaction questions sent in [from, to) (satisfaction_sent), of holding units in @p scope.
    Expected<QVector<SatisfactionAsked>> satisfactionAsked(qint64 from, qint64 to, const QStringList &scope);

    /// Cases whose first response fell in [from, to), of origin units in @p scope.
    Expected<QVector<FirstResponse>> firstResponses(qint64 from, qint64 to, const QStringList &scope);

    /// Cases whose answer was refused in [from, to) because the reply window had closed
    /// (answer_failed with Zalo code -230 or -232), of origin units in @p scope.
    Expected<QVector<qint64>> answersRefusedWindowClosed(qint64 from, qint64 to, const QStringList &scope);
    /// Cases whose first @p windowMs after opening ended in [from, to) without a first response.
    Expected<QVector<qint64>> unansweredWindowEnded(qint64 from, qint64 to, qint64 windowMs, const QStringList &scope);

    /// Every case received in [from, to) (origin in @p scope) or acted on in it (acting unit in
    /// @p scope), as it stood at @p at; ordered by opening time.
    Expected<QVector<CaseRow>> caseRows(qint64 from, qint64 to, qint64 at, const QStringList &scope);

private:
    struct Statements;
    Database &m_db;
    std::unique_ptr<Statements> m_st;
};

} // namespace casedesk::store
