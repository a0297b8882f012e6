#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace casedesk::report {

/// The quick choices of the period report (Reports ▸ Period report…) and the days each one
/// covers; a period never ends after today (the builder refuses days still to come).
class PeriodChoice final
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::report::PeriodChoice)

public:
    enum class Kind {
        ThisWeek, // Monday to today
        LastWeek, // Monday to Sunday before this week
        ThisMonth, // the 1st to today
        LastMonth, // the whole month before
        ThisQuarter, // the quarter's first day to today
        ThisYear, // 1 January to today
        YearSince, // a year from a given day (a year-one review), cut at today
        Custom, // from and to as given
    };

    struct Days
    {
        QDate from;
        QDate to;
        bool operator==(const Days &other) const { return from == other.from && to == other.to; }
    };

    /// The days of @p kind on @p today; @p since is YearSince's first day (Custom returns it as
    /// both ends, the caller sets its own).
    static Days days(Kind kind, const QDate &today, const QDate &since = {});
    /// Every kind, in the order a menu lists them.
    static QVector<Kind> kinds();
    static QString name(Kind kind);
};

} // namespace casedesk::report
