#include "reporttexts.h"

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
    //: %1 the date (dd/MM/yyyy), %2 the time zone
    return tr("Figures of %1, from 00:00 to 24:00 (%2)")
        .arg(report.date.toString(QStringLiteral("dd/MM/yyyy")), QString::fromUtf8(report.timeZone.id()));
}

QString ReportTexts::scope(const DailyReport &report)
{
    return tr("Unit: %1 and the units under it").arg(report.unit.name);
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
    return tr("Median");
}

QString ReportTexts::columnP90()
{
    return tr("90th percentile");
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
