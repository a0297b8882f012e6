#include "reporttexts.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace casedesk::report {

QString ReportTexts::nationalTitle()
{
    return tr("SOCIALIST REPUBLIC OF VIETNAM");
}

QString ReportTexts::motto()
{
    return tr("Independence - Freedom - Happiness");
}

QString ReportTexts::title()
{
    return tr("DAILY SUMMARY REPORT");
}

QString ReportTexts::subtitle()
{
    return tr("Receiving and handling citizens' messages via Zalo");
}

QString ReportTexts::placeAndDate(const QString &place, const QDate &date)
{
    // Decree 30/2020: days below 10 and the months 1 and 2 are written with a leading zero.
    const QString day = QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0'));
    const QString month = date.month() <= 2 ? QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0')) : QString::number(date.month());
    //: %1 place, %2 day, %3 month, %4 year; Vietnamese: "%1, ngày %2 tháng %3 năm %4"
    return tr("%1, %3/%2/%4").arg(place, day, month, QString::number(date.year()));
}

QString ReportTexts::period(const DailyReport &report)
{
    // The office's day: every unit of the province is in one time zone, which needs no naming.
    //: %1 the date (dd/MM/yyyy)
    return tr("Figures of %1, from 00:00 to 24:00").arg(report.date.toString(QStringLiteral("dd/MM/yyyy")));
}

QString ReportTexts::scope(const DailyReport &report)
{
    return scope(report.unit);
}

QString ReportTexts::scope(const domain::Unit &unit)
{
    return tr("Unit: %1 and the units under it").arg(unit.name);
}

QString ReportTexts::sectionReceived()
{
    return tr("I. MESSAGES RECEIVED");
}

QString ReportTexts::sectionHandling()
{
    return tr("II. HANDLING");
}

QString ReportTexts::sectionFirstResponse()
{
    return tr("III. FIRST RESPONSE TIME");
}

QString ReportTexts::sectionUrgent()
{
    return tr("IV. URGENT CASES STILL OPEN");
}

QString ReportTexts::sectionCharts()
{
    return tr("V. CHARTS");
}

QString ReportTexts::received()
{
    return tr("Cases received");
}

QString ReportTexts::answered()
{
    return tr("Cases answered");
}

QString ReportTexts::forwarded()
{
    return tr("Forwarded to the competent unit");
}

QString ReportTexts::escalated()
{
    return tr("Escalated to the unit above");
}

QString ReportTexts::returned()
{
    return tr("Returned");
}

QString ReportTexts::closed()
{
    return tr("Closed");
}

QString ReportTexts::open()
{
    return tr("Still open at the end of the day");
}

QString ReportTexts::overdue()
{
    return tr("Overdue (deadline passed, not answered)");
}

QString ReportTexts::missedReplyWindow()
{
    return tr("Missed the Zalo reply window");
}

QString ReportTexts::missedDetail(const MissedReplyWindow &missed)
{
    return tr("%1 answer(s) refused after the window closed; %2 case(s) not answered within 7 days").arg(missed.refused).arg(missed.neverAnswered);
}

QString ReportTexts::total()
{
    return tr("Total");
}

QString ReportTexts::columnFigure()
{
    return tr("Figure");
}

QString ReportTexts::columnThisDay()
{
    return tr("This day");
}

QString ReportTexts::columnPreviousDay()
{
    return tr("Previous day");
}

QString ReportTexts::columnAverage7()
{
    return tr("7-day average");
}

QString ReportTexts::columnChange()
{
    return tr("Change");
}

QString ReportTexts::columnCategory()
{
    return tr("Category");
}

QString ReportTexts::columnLevel()
{
    return tr("Unit level");
}

QString ReportTexts::columnUnit()
{
    return tr("Unit");
}

QString ReportTexts::columnCount()
{
    return tr("Count");
}

QString ReportTexts::columnCases()
{
    return tr("Cases");
}

QString ReportTexts::columnMedian()
{
    // The median and the 90th percentile, said as what they mean to a reader.
    //: the median first-response time, in plain words (Vietnamese: "5/10 vụ việc được trả lời trong")
    return tr("Half answered within");
}

QString ReportTexts::columnP90()
{
    //: the 90th percentile of first-response times, in plain words (Vietnamese: "9/10 vụ việc được trả lời trong")
    return tr("9 in 10 answered within");
}

QString ReportTexts::columnWithinDeadline()
{
    return tr("Within deadline");
}

QString ReportTexts::columnCode()
{
    return tr("Case code");
}

QString ReportTexts::columnWaiting()
{
    return tr("Waiting");
}

QString ReportTexts::columnNumber()
{
    return tr("No.");
}

QString ReportTexts::chartByCategory()
{
    return tr("Cases received by category");
}

QString ReportTexts::chartByHour()
{
    return tr("Cases received by hour of the day");
}

QString ReportTexts::chartByLevel()
{
    return tr("Cases received by unit level");
}

QString ReportTexts::noUrgentOpen()
{
    return tr("No urgent case is still open.");
}

QString ReportTexts::urgentSummary(const DailyReport &report)
{
    if (report.urgentOpen.isEmpty())
        return noUrgentOpen();
    // Not yet closed counts answered cases too; "without a first answer" is what the unit tree
    // counts as urgent (new, being handled, transferred), so both numbers are on the page.
    int overdue = 0;
    int unanswered = 0;
    for (const UrgentOpenCase &u : report.urgentOpen) {
        overdue += u.overdue ? 1 : 0;
        unanswered += u.answered ? 0 : 1;
    }
    return tr("%n urgent case(s) not yet closed, %1 of them still without a first answer and %2 overdue; they are listed in the annex at "
              "the end of this report.",
              nullptr, int(report.urgentOpen.size()))
        .arg(unanswered)
        .arg(overdue);
}

QString ReportTexts::annexTitle()
{
    return tr("ANNEX");
}

QString ReportTexts::annexSubtitle()
{
    return tr("URGENT CASES STILL OPEN");
}

QString ReportTexts::annexAttachedTo(const DailyReport &report)
{
    //: %1 the date (dd/MM/yyyy), %2 the unit
    return tr("(Attached to the daily summary report of %1 of %2)").arg(report.date.toString(QStringLiteral("dd/MM/yyyy")), report.unit.name);
}

QString ReportTexts::columnReceived()
{
    return tr("Received at");
}

QString ReportTexts::columnOverdue()
{
    return tr("Overdue");
}

QString ReportTexts::overdueMark()
{
    //: in the annex's "Overdue" column, for a case past its deadline
    return tr("Yes");
}

QString ReportTexts::dateTime(const DailyReport &report, qint64 utcMs)
{
    // The year only when it is not the report's: the annex's columns stay short.
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, report.timeZone);
    return at.toString(at.date().year() == report.date.year() ? QStringLiteral("dd/MM HH:mm") : QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString ReportTexts::recipientsHeading()
{
    return tr("Recipients:");
}

QStringList ReportTexts::recipients(const DailyReport &report)
{
    return recipients(report.unit, report.parentUnitName);
}

QStringList ReportTexts::recipients(const domain::Unit &unit, const QString &parentUnitName)
{
    // The unit reports to its own leadership when it is the province, else to the unit above.
    const QString leadership = unit.parentId.isEmpty() || parentUnitName.isEmpty() ? unit.name : parentUnitName;
    QStringList lines {tr("- The leadership of %1 (for reporting);").arg(leadership)};
    if (unit.level != domain::UnitLevel::Commune)
        lines << tr("- The units under it;");
    //: the filing line of an official document (Vietnamese: "- Lưu: VT.")
    lines << tr("- Filed: records office.");
    return lines;
}

QString ReportTexts::preparedBy()
{
    return tr("PREPARED BY");
}

QString ReportTexts::headOfUnit()
{
    return tr("HEAD OF UNIT");
}

QString ReportTexts::signHint()
{
    return tr("(Signature and full name)");
}

QString ReportTexts::historyAnchor(qint64 events, const QString &anchor)
{
    return tr("Case history when this report was made: %n event(s). Anchor, to check later that the history was not rewritten "
              "(casedesk-cli audit verify --anchor): %1",
              nullptr, int(events))
        .arg(anchor);
}

QString ReportTexts::number(double value, bool decimals)
{
    const QLocale locale;
    if (!decimals)
        return locale.toString(qint64(std::llround(value)));
    return locale.toString(value, 'f', 1);
}

QString ReportTexts::minutes(const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("—");
    if (*value < 60)
        return tr("%1 min").arg(number(*value, true));
    const auto total = qint64(std::llround(*value));
    return tr("%1 h %2 min").arg(total / 60).arg(total % 60);
}

QString ReportTexts::share(const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("—");
    return QStringLiteral("%1%").arg(qint64(std::llround(*value * 100)));
}

QString ReportTexts::change(double delta, bool decimals)
{
    const double rounded = decimals ? std::round(delta * 10) / 10 : std::round(delta);
    if (rounded == 0)
        return QStringLiteral("0");
    const QString magnitude = number(std::fabs(rounded), decimals);
    return (rounded > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + magnitude;
}

QString ReportTexts::waiting(qint64 minutes)
{
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
}

} // namespace casedesk::report
