// Over 700 lines on purpose: the daily summary's and the period report's writers (JSON, CSV and
// HTML) share private helpers — counts, units, first-response figures, shares, HTML escaping —
// that one file keeps private; split by format or by report, they would have to become public.
#include "reportwriters.h"

#include "core/report/periodreporttexts.h"
#include "core/report/reporttexts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace casedesk::report {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::report::ReportWriters)
};

QJsonValue rounded(const std::optional<double> &value, int decimals)
{
    if (!value)
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*value * scale) / scale;
}

QJsonObject figuresJson(const DayFigures &d)
{
    return {
        {QStringLiteral("date"), d.date.toString(Qt::ISODate)},
        {QStringLiteral("received"), d.received},
        {QStringLiteral("answered"), d.answered},
        {QStringLiteral("forwarded"), d.forwarded},
        {QStringLiteral("escalated"), d.escalated},
        {QStringLiteral("returned"), d.returned},
        {QStringLiteral("closed"), d.closed},
        {QStringLiteral("open"), d.open},
        {QStringLiteral("overdue"), d.overdue},
    };
}

QJsonObject averagesJson(const DayAverages &a)
{
    const auto r = [](double v) {
        return std::round(v * 100) / 100;
    };
    return {
        {QStringLiteral("days"), a.days},
        {QStringLiteral("received"), r(a.received)},
        {QStringLiteral("answered"), r(a.answered)},
        {QStringLiteral("forwarded"), r(a.forwarded)},
        {QStringLiteral("escalated"), r(a.escalated)},
        {QStringLiteral("returned"), r(a.returned)},
        {QStringLiteral("closed"), r(a.closed)},
        {QStringLiteral("open"), r(a.open)},
        {QStringLiteral("overdue"), r(a.overdue)},
    };
}

QJsonObject changeJson(const DayFigures &d, double received, double answered, double forwarded, double escalated, double returned, double closed,
                       double open, double overdue)
{
    const auto r = [](double v) {
        return std::round(v * 100) / 100;
    };
    return {
        {QStringLiteral("received"), r(d.received - received)},
        {QStringLiteral("answered"), r(d.answered - answered)},
        {QStringLiteral("forwarded"), r(d.forwarded - forwarded)},
        {QStringLiteral("escalated"), r(d.escalated - escalated)},
        {QStringLiteral("returned"), r(d.returned - returned)},
        {QStringLiteral("closed"), r(d.closed - closed)},
        {QStringLiteral("open"), r(d.open - open)},
        {QStringLiteral("overdue"), r(d.overdue - overdue)},
    };
}

domain::Category categoryFromKeyOrOther(const QString &key)
{
    return domain::categoryFromKey(key).value_or(domain::Category::Other);
}

QString yesNo(bool value)
{
    return value ? Tr::tr("yes") : Tr::tr("no");
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QJsonObject firstResponseJson(const FirstResponseStats &s)
{
    return {
        {QStringLiteral("median_minutes"), rounded(s.medianMinutes, 1)},
        {QStringLiteral("p90_minutes"), rounded(s.p90Minutes, 1)},
        {QStringLiteral("within_deadline"), rounded(s.withinDeadlineShare(), 3)},
        {QStringLiteral("count"), s.count},
        {QStringLiteral("with_deadline"), s.withDeadline},
    };
}

QJsonObject firstResponseJson(const QMap<QString, FirstResponseStats> &stats)
{
    QJsonObject out;
    for (auto it = stats.cbegin(); it != stats.cend(); ++it) {
        out.insert(it.key(), firstResponseJson(it.value()));
    }
    return out;
}

QJsonObject countsJson(const QMap<QString, int> &counts)
{
    QJsonObject out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

/// Received cases by unit, most first: unit, name, level, count.
QJsonArray unitCountsJson(const QVector<UnitCount> &units)
{
    QJsonArray out;
    for (const UnitCount &u : units) {
        out.append(QJsonObject {
            {QStringLiteral("unit"), u.unitId},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("level"), domain::unitLevelKey(u.level)},
            {QStringLiteral("count"), u.count},
        });
    }
    return out;
}

/// The trend charts' series: one entry per day or week of the period.
QJsonArray stepsJson(const PeriodFigures &p)
{
    QJsonArray out;
    for (const PeriodStep &s : p.steps) {
        out.append(QJsonObject {
            {QStringLiteral("from"), s.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), s.to.toString(Qt::ISODate)},
            {QStringLiteral("received"), s.received},
            {QStringLiteral("received_by_category"), countsJson(s.receivedByCategory)},
            {QStringLiteral("first_response"), firstResponseJson(s.firstResponse)},
        });
    }
    return out;
}

QJsonObject periodFiguresJson(const PeriodReport &report, const PeriodFigures &p)
{
    const QJsonArray byUnit = unitCountsJson(p.receivedByUnit);
    const DayFigures &d = p.totals;
    return {
        {QStringLiteral("from"), p.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), p.to.toString(Qt::ISODate)},
        {QStringLiteral("days"), p.days()},
        {QStringLiteral("start"), report.isoTime(p.start)},
        {QStringLiteral("end"), report.isoTime(p.end)},
        {QStringLiteral("as_of"), report.isoTime(p.asOf)},
        {QStringLiteral("received"),
         QJsonObject {
             {QStringLiteral("total"), d.received},
             {QStringLiteral("by_category"), countsJson(p.receivedByCategory)},
             {QStringLiteral("by_level"), countsJson(p.receivedByLevel)},
             {QStringLiteral("by_unit"), byUnit},
         }},
        {QStringLiteral("answered"), d.answered},
        {QStringLiteral("forwarded"), d.forwarded},
        {QStringLiteral("escalated"), d.escalated},
        {QStringLiteral("returned"), d.returned},
        {QStringLiteral("closed"), d.closed},
        {QStringLiteral("open"), d.open},
        {QStringLiteral("overdue"), d.overdue},
        {QStringLiteral("first_response"), firstResponseJson(p.firstResponse)},
        {QStringLiteral("step"), p.stepsAreDays() ? QStringLiteral("day") : QStringLiteral("week")},
        {QStringLiteral("steps"), stepsJson(p)},
    };
}

QJsonValue difference(const std::optional<double> &now, const std::optional<double> &before, int decimals)
{
    if (!now || !before)
        return QJsonValue::Null;
    return rounded(*now - *before, decimals);
}

QJsonObject satisfactionJson(const SatisfactionFigures &f)
{
    QJsonObject ratings;
    for (int i = 0; i < 5; ++i)
        ratings.insert(QString::number(i + 1), f.ratings[size_t(i)]);
    return {
        {QStringLiteral("asked"), f.asked},
        {QStringLiteral("rated"), f.rated},
        {QStringLiteral("rated_share"), rounded(f.ratedShare(), 3)},
        {QStringLiteral("average"), rounded(f.average(), 2)},
        {QStringLiteral("ratings"), ratings},
    };
}

QJsonObject unitJson(const UnitPeriodFigures &u)
{
    return {
        {QStringLiteral("rank"), u.rank > 0 ? QJsonValue(u.rank) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("unit"), u.unitId},
        {QStringLiteral("name"), u.name},
        {QStringLiteral("level"), domain::unitLevelKey(u.level)},
        {QStringLiteral("received"), u.received},
        {QStringLiteral("received_by_category"), countsJson(u.receivedByCategory)},
        {QStringLiteral("received_previous_period"), u.receivedPrevious},
        {QStringLiteral("answered"), u.answered},
        {QStringLiteral("forwarded"), u.forwarded},
        {QStringLiteral("escalated"), u.escalated},
        {QStringLiteral("returned"), u.returned},
        {QStringLiteral("closed"), u.closed},
        {QStringLiteral("deadlines_decided"), u.deadlinesDecided},
        {QStringLiteral("within_deadline"), u.withinDeadline},
        {QStringLiteral("within_deadline_share"), rounded(u.withinDeadlineShare(), 3)},
        {QStringLiteral("satisfaction"), satisfactionJson(u.satisfaction)},
    };
}

} // namespace

QJsonObject dailyReportToJson(const DailyReport &report)
{
    const QJsonObject byCategory = countsJson(report.receivedByCategory);
    const QJsonObject byLevel = countsJson(report.receivedByLevel);
    const QJsonArray byUnit = unitCountsJson(report.receivedByUnit);
    QJsonArray byHour;
    for (int n : report.receivedByHour)
        byHour.append(n);

    const QJsonObject firstResponse = firstResponseJson(report.firstResponse);

    QJsonArray urgent;
    for (const UrgentOpenCase &u : report.urgentOpen) {
        urgent.append(QJsonObject {
            {QStringLiteral("code"), u.code},
            {QStringLiteral("unit"), u.unitId},
            {QStringLiteral("unit_name"), u.unitName},
            {QStringLiteral("category"), domain::categoryKey(u.category)},
            {QStringLiteral("waiting_minutes"), u.waitingMinutes},
            {QStringLiteral("opened_at"), report.isoTime(u.openedAt)},
            {QStringLiteral("answered"), u.answered},
            {QStringLiteral("overdue"), u.overdue},
        });
    }

    const DayFigures &d = report.today;
    const DayFigures previous = report.previousDays.value(0);
    const DayAverages avg = report.average7();
    return {
        {QStringLiteral("date"), report.date.toString(Qt::ISODate)},
        {QStringLiteral("unit"), report.unit.id},
        {QStringLiteral("unit_name"), report.unit.name},
        {QStringLiteral("time_zone"), QString::fromUtf8(report.timeZone.id())},
        {QStringLiteral("from"), report.isoTime(report.dayStart)},
        {QStringLiteral("to"), report.isoTime(report.dayEnd)},
        {QStringLiteral("as_of"), report.isoTime(report.asOf)},
        {QStringLiteral("received"),
         QJsonObject {
             {QStringLiteral("total"), d.received},
             {QStringLiteral("by_category"), byCategory},
             {QStringLiteral("by_level"), byLevel},
             {QStringLiteral("by_unit"), byUnit},
             {QStringLiteral("by_hour"), byHour},
         }},
        {QStringLiteral("answered"), d.answered},
        {QStringLiteral("forwarded"), d.forwarded},
        {QStringLiteral("escalated"), d.escalated},
        {QStringLiteral("returned"), d.returned},
        {QStringLiteral("closed"), d.closed},
        {QStringLiteral("open"), d.open},
        {QStringLiteral("overdue"), d.overdue},
        {QStringLiteral("first_response"), firstResponse},
        {QStringLiteral("missed_reply_window"),
         QJsonObject {
             {QStringLiteral("total"), report.missedReplyWindow.total},
             {QStringLiteral("refused_window_closed"), report.missedReplyWindow.refused},
             {QStringLiteral("not_answered_within_7_days"), report.missedReplyWindow.neverAnswered},
         }},
        {QStringLiteral("urgent_open"), urgent},
        {QStringLiteral("history"),
         QJsonObject {
             {QStringLiteral("events"), report.historyEvents},
             {QStringLiteral("head"), report.historyHead},
             {QStringLiteral("anchor"), report.historyAnchor()},
         }},
        {QStringLiteral("previous_day"), figuresJson(previous)},
        {QStringLiteral("average_7_days"), averagesJson(avg)},
        {QStringLiteral("change"),
         QJsonObject {
             {QStringLiteral("vs_previous_day"),
              changeJson(d, previous.received, previous.answered, previous.forwarded, previous.escalated, previous.returned, previous.closed,
                         previous.open, previous.overdue)},
             {QStringLiteral("vs_average_7_days"),
              changeJson(d, avg.received, avg.answered, avg.forwarded, avg.escalated, avg.returned, avg.closed, avg.open, avg.overdue)},
         }},
    };
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray dailyReportToCsv(const DailyReport &report)
{
    const QStringList header = {
        Tr::tr("Case code"),   Tr::tr("Category"),          Tr::tr("Urgent"),
        Tr::tr("Origin unit"), Tr::tr("Current unit"),      Tr::tr("Status"),
        Tr::tr("Opened"),      Tr::tr("First response"),    Tr::tr("Due"),
        Tr::tr("Overdue"),     Tr::tr("Received that day"), Tr::tr("Actions that day"),
    };
    QString text;
    const auto addRow = [&text](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields)
            quoted.push_back(csvField(f));
        text += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    addRow(header);
    for (const CaseLine &c : report.cases) {
        const auto status = domain::caseStatusFromKey(c.status);
        addRow({
            c.code,
            domain::categoryName(c.category),
            yesNo(c.urgent),
            c.originUnitName,
            c.unitName,
            status ? domain::caseStatusName(*status) : c.status,
            report.isoTime(c.openedAt),
            report.isoTime(c.firstResponseAt),
            report.isoTime(c.dueAt),
            yesNo(c.overdue),
            yesNo(c.received),
            c.actions.join(QLatin1Char(' ')),
        });
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QString dailyReportToHtml(const DailyReport &report)
{
    using T = ReportTexts;
    QString h;
    const auto cell = [](const QString &text, const char *tag = "td") -> QString {
        const QString t = QString::fromLatin1(tag);
        return QLatin1Char('<') + t + QLatin1Char('>') + htmlEscaped(text) + QLatin1String("</") + t + QLatin1Char('>');
    };
    const auto row = [&cell](const QStringList &cells, const char *tag = "td") -> QString {
        QString r = QStringLiteral("<tr>");
        for (const QString &c : cells)
            r += cell(c, tag);
        return r + QStringLiteral("</tr>\n");
    };

    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>") + htmlEscaped(T::title())
        + QStringLiteral("</title>\n<style>body{font-family:'Noto Serif','Times New Roman',serif;max-width:190mm;margin:auto;}"
                         "table{border-collapse:collapse;margin:6px 0;}td,th{border:1px solid #444;padding:2px 6px;}"
                         "td:not(:first-child){text-align:right;}.head{display:flex;justify-content:space-between;text-align:center;}"
                         ".bar{background:#2b6cb0;height:10px;display:inline-block;}.sign{display:flex;justify-content:space-around;"
                         "text-align:center;margin-top:24px;}.annex td{white-space:nowrap;max-width:70mm;overflow:hidden;text-overflow:ellipsis;}"
                         ".recipients{font-size:11pt;}</style></head><body>\n");
    h += QStringLiteral("<div class=\"head\"><div>") + htmlEscaped(report.parentUnitName.toUpper()) + QStringLiteral("<br><b><u>")
        + htmlEscaped(report.unit.name.toUpper()) + QStringLiteral("</u></b></div><div><b>") + htmlEscaped(T::nationalTitle())
        + QStringLiteral("</b><br><b><u>") + htmlEscaped(T::motto()) + QStringLiteral("</u></b><br><i>")
        + htmlEscaped(T::placeAndDate(report.place, report.date)) + QStringLiteral("</i></div></div>\n");
    h += QStringLiteral("<h2 style=\"text-align:center;margin-bottom:0\">") + htmlEscaped(T::title())
        + QStringLiteral("</h2><p style=\"text-align:center;margin-top:2px\"><b>") + htmlEscaped(T::subtitle()) + QStringLiteral("</b><br>")
        + htmlEscaped(T::period(report)) + QStringLiteral("<br>") + htmlEscaped(T::scope(report)) + QStringLiteral("</p>\n");

    // I. Received.
    const int total = report.today.received;
    h += QStringLiteral("<h3>") + htmlEscaped(T::sectionReceived()) + QStringLiteral("</h3><table>")
        + row({T::columnCategory(), T::columnCount(), QString()}, "th");
    for (const QString &key : domain::categoryKeys()) {
        const auto cat = domain::categoryFromKey(key).value_or(domain::Category::Other);
        const int count = report.receivedByCategory.value(key);
        const int width = total > 0 ? count * 200 / total : 0;
        h += QStringLiteral("<tr>") + cell(domain::categoryName(cat)) + cell(QString::number(count))
            + QStringLiteral("<td><span class=\"bar\" style=\"width:%1px\"></span></td></tr>\n").arg(width);
    }
    h += row({T::total(), QString::number(total), QString()}) + QStringLiteral("</table><table>") + row({T::columnLevel(), T::columnCount()}, "th");
    for (auto it = report.receivedByLevel.cbegin(); it != report.receivedByLevel.cend(); ++it) {
        const auto level = domain::unitLevelFromKey(it.key());
        h += row({level ? domain::unitLevelName(*level) : it.key(), QString::number(it.value())});
    }
    h += QStringLiteral("</table><table>") + row({T::columnUnit(), T::columnCount()}, "th");
    for (const UnitCount &u : report.receivedByUnit)
        h += row({u.name, QString::number(u.count)});
    h += QStringLiteral("</table>\n");

    // II. Handling, with the comparisons.
    const DayFigures &d = report.today;
    const DayFigures p = report.previousDays.value(0);
    const DayAverages a = report.average7();
    h += QStringLiteral("<h3>") + htmlEscaped(T::sectionHandling()) + QStringLiteral("</h3><table>")
        + row({T::columnFigure(), T::columnThisDay(), T::columnPreviousDay(), T::columnChange(), T::columnAverage7(), T::columnChange()}, "th");
    const auto figure = [&](const QString &label, int today, int previous, double average) -> QString {
        return row({label, QString::number(today), QString::number(previous), T::change(today - previous), T::number(average, true),
                    T::change(today - average, true)});
    };
    h += figure(T::received(), d.received, p.received, a.received);
    h += figure(T::answered(), d.answered, p.answered, a.answered);
    h += figure(T::forwarded(), d.forwarded, p.forwarded, a.forwarded);
    h += figure(T::escalated(), d.escalated, p.escalated, a.escalated);
    h += figure(T::returned(), d.returned, p.returned, a.returned);
    h += figure(T::closed(), d.closed, p.closed, a.closed);
    h += figure(T::open(), d.open, p.open, a.open);
    h += figure(T::overdue(), d.overdue, p.overdue, a.overdue);
    h += QStringLiteral("</table><p>") + htmlEscaped(T::missedReplyWindow()) + QStringLiteral(": <b>")
        + QString::number(report.missedReplyWindow.total) + QStringLiteral("</b> (") + htmlEscaped(T::missedDetail(report.missedReplyWindow))
        + QStringLiteral(")</p>\n");

    // III. First response.
    h += QStringLiteral("<h3>") + htmlEscaped(T::sectionFirstResponse()) + QStringLiteral("</h3><table>")
        + row({T::columnCategory(), T::columnCases(), T::columnMedian(), T::columnP90(), T::columnWithinDeadline()}, "th");
    for (const QString &key : domain::categoryKeys()) {
        const auto cat = domain::categoryFromKey(key).value_or(domain::Category::Other);
        const FirstResponseStats s = report.firstResponse.value(key);
        h += row({domain::categoryName(cat), QString::number(s.count), T::minutes(s.medianMinutes), T::minutes(s.p90Minutes),
                  T::share(s.withinDeadlineShare())});
    }
    h += QStringLiteral("</table>\n");

    // IV. Urgent open cases: how many; the list is the annex.
    h += QStringLiteral("<h3>") + htmlEscaped(T::sectionUrgent()) + QStringLiteral("</h3><p>") + htmlEscaped(T::urgentSummary(report))
        + QStringLiteral("</p>\n");

    // By hour, as bars.
    h += QStringLiteral("<h3>") + htmlEscaped(T::chartByHour()) + QStringLiteral("</h3><table>");
    int maxHour = 1;
    for (int n : report.receivedByHour)
        maxHour = std::max(maxHour, n);
    for (int hour = 0; hour < 24; ++hour) {
        const int n = report.receivedByHour[size_t(hour)];
        h += QStringLiteral("<tr><td>%1:00</td><td>%2</td><td><span class=\"bar\" style=\"width:%3px\"></span></td></tr>\n")
                 .arg(hour, 2, 10, QLatin1Char('0'))
                 .arg(n)
                 .arg(n * 200 / maxHour);
    }
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<div class=\"sign\"><div><b>") + htmlEscaped(T::preparedBy()) + QStringLiteral("</b><br><i>") + htmlEscaped(T::signHint())
        + QStringLiteral("</i></div><div><b>") + htmlEscaped(T::headOfUnit()) + QStringLiteral("</b><br><i>") + htmlEscaped(T::signHint())
        + QStringLiteral("</i></div></div>\n<p class=\"recipients\"><b><i>") + htmlEscaped(T::recipientsHeading()) + QStringLiteral("</i></b>");
    for (const QString &line : T::recipients(report))
        h += QStringLiteral("<br>") + htmlEscaped(line);
    h += QStringLiteral("</p>\n<p class=\"anchor\">") + htmlEscaped(T::historyAnchor(report.historyEvents, report.historyAnchor()))
        + QStringLiteral("</p>\n");

    // The annex: the urgent cases still open, one row each; never the citizen.
    if (!report.urgentOpen.isEmpty()) {
        h += QStringLiteral("<h3 style=\"text-align:center;margin-bottom:0\">") + htmlEscaped(T::annexTitle()) + QStringLiteral("<br>")
            + htmlEscaped(T::annexSubtitle()) + QStringLiteral("</h3><p style=\"text-align:center;margin-top:2px\"><i>")
            + htmlEscaped(T::annexAttachedTo(report)) + QStringLiteral("</i></p><table class=\"annex\">")
            + row({T::columnNumber(), T::columnCode(), T::columnUnit(), T::columnCategory(), T::columnReceived(), T::columnWaiting(),
                   T::columnOverdue()},
                  "th");
        int n = 0;
        for (const UrgentOpenCase &u : report.urgentOpen)
            h += row({QString::number(++n), u.code, u.unitName, domain::categoryShortName(u.category), T::dateTime(report, u.openedAt),
                      T::waiting(u.waitingMinutes), u.overdue ? T::overdueMark() : QString()});
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

QJsonObject periodReportToJson(const PeriodReport &report)
{
    QJsonObject o = periodFiguresJson(report, report.current);
    o.insert(QStringLiteral("unit"), report.unit.id);
    o.insert(QStringLiteral("unit_name"), report.unit.name);
    o.insert(QStringLiteral("time_zone"), QString::fromUtf8(report.timeZone.id()));
    o.insert(QStringLiteral("previous_period"), periodFiguresJson(report, report.previous));
    o.insert(QStringLiteral("calendar_month"), report.isCalendarMonth());

    const DayFigures &d = report.current.totals;
    const DayFigures &p = report.previous.totals;
    QJsonObject byCategory;
    for (auto it = report.current.receivedByCategory.cbegin(); it != report.current.receivedByCategory.cend(); ++it)
        byCategory.insert(it.key(), it.value() - report.previous.receivedByCategory.value(it.key()));
    QJsonObject firstResponse;
    for (auto it = report.current.firstResponse.cbegin(); it != report.current.firstResponse.cend(); ++it) {
        const FirstResponseStats before = report.previous.firstResponse.value(it.key());
        firstResponse.insert(it.key(),
                             QJsonObject {
                                 {QStringLiteral("median_minutes"), difference(it->medianMinutes, before.medianMinutes, 1)},
                                 {QStringLiteral("p90_minutes"), difference(it->p90Minutes, before.p90Minutes, 1)},
                                 {QStringLiteral("within_deadline"), difference(it->withinDeadlineShare(), before.withinDeadlineShare(), 3)},
                             });
    }
    QJsonObject change = changeJson(d, p.received, p.answered, p.forwarded, p.escalated, p.returned, p.closed, p.open, p.overdue);
    change.insert(QStringLiteral("received_by_category"), byCategory);
    change.insert(QStringLiteral("first_response"), firstResponse);
    o.insert(QStringLiteral("change"), change);

    QJsonArray ranking;
    for (const UnitPeriodFigures &u : report.ranking)
        ranking.append(unitJson(u));
    o.insert(QStringLiteral("ranking"), ranking);
    QJsonArray nothing;
    for (const UnitPeriodFigures &u : report.receivedNothing)
        nothing.append(unitJson(u));
    o.insert(QStringLiteral("received_nothing"), nothing);
    QJsonObject satisfaction = satisfactionJson(report.satisfaction);
    satisfaction.insert(QStringLiteral("closed"), report.current.totals.closed);
    satisfaction.insert(QStringLiteral("asked_share"), rounded(report.satisfactionAskedShare(), 3));
    QJsonObject satisfactionByCategory;
    for (auto it = report.satisfactionByCategory.cbegin(); it != report.satisfactionByCategory.cend(); ++it)
        satisfactionByCategory.insert(it.key(), satisfactionJson(*it));
    satisfaction.insert(QStringLiteral("by_category"), satisfactionByCategory);
    o.insert(QStringLiteral("satisfaction"), satisfaction);
    o.insert(QStringLiteral("history"),
             QJsonObject {
                 {QStringLiteral("events"), report.historyEvents},
                 {QStringLiteral("head"), report.historyHead},
                 {QStringLiteral("anchor"), report.historyAnchor()},
             });
    return o;
}

namespace {

// The HTML pages' shared pieces: an escaped cell, a row of cells.
QString htmlCell(const QString &text, const char *tag = "td")
{
    const QString t = QString::fromLatin1(tag);
    return QLatin1Char('<') + t + QLatin1Char('>') + htmlEscaped(text) + QLatin1String("</") + t + QLatin1Char('>');
}

QString htmlRow(const QStringList &cells, const char *tag = "td")
{
    QString r = QStringLiteral("<tr>");
    for (const QString &c : cells)
        r += htmlCell(c, tag);
    return r + QStringLiteral("</tr>\n");
}

// Category colours of the period report's bars (the table beside them has the numbers).
const char *categoryColour(int index)
{
    static const char *const colours[] = {"#1f4e79", "#b26b00", "#2e7d32", "#6a1b9a", "#757575"};
    return colours[index % 5];
}

} // namespace

QString periodReportToHtml(const PeriodReport &report)
{
    using T = ReportTexts;
    using P = PeriodReportTexts;
    const PeriodFigures &c = report.current;
    const PeriodFigures &before = report.previous;
    const DayFigures &d = c.totals;
    const DayFigures &p = before.totals;
    const QStringList categories = domain::categoryKeys();
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>") + htmlEscaped(P::title(report))
        + QStringLiteral("</title>\n<style>body{font-family:'Noto Serif','Times New Roman',serif;max-width:190mm;margin:auto;}"
                         "table{border-collapse:collapse;margin:6px 0;}td,th{border:1px solid #444;padding:2px 6px;}"
                         "td:not(:first-child){text-align:right;}.head{display:flex;justify-content:space-between;text-align:center;}"
                         ".bar{height:10px;display:inline-block;}.sign{display:flex;justify-content:space-around;"
                         "text-align:center;margin-top:24px;}.legend span{display:inline-block;width:10px;height:10px;margin:0 4px 0 12px;}"
                         ".recipients{font-size:11pt;}</style></head><body>\n");
    h += QStringLiteral("<div class=\"head\"><div>") + htmlEscaped(report.parentUnitName.toUpper()) + QStringLiteral("<br><b><u>")
        + htmlEscaped(report.unit.name.toUpper()) + QStringLiteral("</u></b></div><div><b>") + htmlEscaped(T::nationalTitle())
        + QStringLiteral("</b><br><b><u>") + htmlEscaped(T::motto()) + QStringLiteral("</u></b><br><i>")
        + htmlEscaped(T::placeAndDate(report.place, QDateTime::fromMSecsSinceEpoch(report.generatedAt, report.timeZone).date()))
        + QStringLiteral("</i></div></div>\n");
    h += QStringLiteral("<h2 style=\"text-align:center;margin-bottom:0\">") + htmlEscaped(P::title(report))
        + QStringLiteral("</h2><p style=\"text-align:center;margin-top:2px\"><b>") + htmlEscaped(T::subtitle()) + QStringLiteral("</b><br>")
        + htmlEscaped(P::period(report)) + QStringLiteral("<br>") + htmlEscaped(T::scope(report.unit)) + QStringLiteral("</p>\n");

    // I. Received, by category, level and unit.
    h += QStringLiteral("<h3>") + htmlEscaped(P::sectionReceived()) + QStringLiteral("</h3><p>") + htmlEscaped(P::receivedSentence(report))
        + QStringLiteral("</p><table>") + htmlRow({T::columnCategory(), T::columnCount(), QString()}, "th");
    for (int i = 0; i < categories.size(); ++i) {
        const int count = c.receivedByCategory.value(categories.at(i));
        h += QStringLiteral("<tr>") + htmlCell(domain::categoryName(categoryFromKeyOrOther(categories.at(i)))) + htmlCell(QString::number(count))
            + QStringLiteral("<td><span class=\"bar\" style=\"width:%1px;background:%2\"></span></td></tr>\n")
                  .arg(d.received > 0 ? count * 200 / d.received : 0)
                  .arg(QLatin1String(categoryColour(i)));
    }
    h += htmlRow({T::total(), QString::number(d.received), QString()}) + QStringLiteral("</table><table>")
        + htmlRow({T::columnLevel(), T::columnCount()}, "th");
    for (auto it = c.receivedByLevel.cbegin(); it != c.receivedByLevel.cend(); ++it) {
        const auto level = domain::unitLevelFromKey(it.key());
        h += htmlRow({level ? domain::unitLevelName(*level) : it.key(), QString::number(it.value())});
    }
    h += QStringLiteral("</table><table>") + htmlRow({T::columnUnit(), T::columnCount()}, "th");
    for (const UnitCount &u : c.receivedByUnit)
        h += htmlRow({u.name, QString::number(u.count)});
    h += QStringLiteral("</table>\n");

    // II. Handling, beside the previous period.
    h += QStringLiteral("<h3>") + htmlEscaped(P::sectionHandling()) + QStringLiteral("</h3><table>")
        + htmlRow({T::columnFigure(), P::columnThisPeriod(), P::columnPreviousPeriod(), T::columnChange()}, "th");
    const auto figure = [](const QString &label, int now, int then) {
        return htmlRow({label, QString::number(now), QString::number(then), T::change(now - then)});
    };
    h += figure(T::received(), d.received, p.received);
    h += figure(T::answered(), d.answered, p.answered);
    h += figure(T::forwarded(), d.forwarded, p.forwarded);
    h += figure(T::escalated(), d.escalated, p.escalated);
    h += figure(T::returned(), d.returned, p.returned);
    h += figure(T::closed(), d.closed, p.closed);
    h += figure(P::open(), d.open, p.open);
    h += figure(P::overdue(), d.overdue, p.overdue);
    h += QStringLiteral("</table><p><i>") + htmlEscaped(P::asOfNote(report)) + QStringLiteral("</i></p>\n");

    // III. First response per category.
    h += QStringLiteral("<h3>") + htmlEscaped(P::sectionFirstResponse()) + QStringLiteral("</h3><table>")
        + htmlRow({T::columnCategory(), T::columnCases(), T::columnMedian(), T::columnP90(), T::columnWithinDeadline(), P::columnPreviousPeriod()},
                  "th");
    for (const QString &key : categories) {
        const FirstResponseStats s = c.firstResponse.value(key);
        const FirstResponseStats was = before.firstResponse.value(key);
        h += htmlRow({domain::categoryName(categoryFromKeyOrOther(key)), QString::number(s.count), T::minutes(s.medianMinutes),
                      T::minutes(s.p90Minutes), T::share(s.withinDeadlineShare()), T::share(was.withinDeadlineShare())});
    }
    h += QStringLiteral("</table>\n");

    // IV. Compared with the previous period, by category.
    h += QStringLiteral("<h3>") + htmlEscaped(P::sectionComparison()) + QStringLiteral("</h3><p>") + htmlEscaped(P::previousPeriod(report))
        + QStringLiteral("</p><table>") + htmlRow({T::columnCategory(), P::columnThisPeriod(), P::columnPreviousPeriod(), T::columnChange()}, "th");
    for (const QString &key : categories) {
        const int now = c.receivedByCategory.value(key);
        const int then = before.receivedByCategory.value(key);
        h += htmlRow({domain::categoryName(categoryFromKeyOrOther(key)), QString::number(now), QString::number(then), T::change(now - then)});
    }
    h += htmlRow({T::total(), QString::number(d.received), QString::number(p.received), T::change(d.received - p.received)});
    h += QStringLiteral("</table>\n");

    // V. Ranking: the table is the annex.
    h += QStringLiteral("<h3>") + htmlEscaped(P::sectionRanking()) + QStringLiteral("</h3><p>") + htmlEscaped(P::rankingSummary(report))
        + QStringLiteral("</p>\n");

    // VI. Citizens' satisfaction, per category and per unit.
    h += QStringLiteral("<h3>") + htmlEscaped(P::sectionSatisfaction()) + QStringLiteral("</h3><p>") + htmlEscaped(P::satisfactionSummary(report))
        + QStringLiteral("</p>\n");
    if (report.satisfaction.asked > 0) {
        const auto satisfactionRow = [](const QString &name, const SatisfactionFigures &f) {
            QStringList out = {name, QString::number(f.asked), QString::number(f.rated), P::average(f.average())};
            for (int v : f.ratings)
                out << QString::number(v);
            return htmlRow(out);
        };
        const QStringList numbers = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")};
        h += QStringLiteral("<table>")
            + htmlRow(QStringList {T::columnCategory(), P::columnAsked(), P::columnRated(), P::columnAverage()} + numbers, "th");
        for (const QString &key : categories) {
            const SatisfactionFigures f = report.satisfactionByCategory.value(key);
            if (f.asked > 0)
                h += satisfactionRow(domain::categoryName(categoryFromKeyOrOther(key)), f);
        }
        h += satisfactionRow(T::total(), report.satisfaction) + QStringLiteral("</table>\n<p>") + htmlEscaped(P::satisfactionByUnitHeading())
            + QStringLiteral("</p><table>")
            + htmlRow(QStringList {T::columnUnit(), P::columnAsked(), P::columnRated(), P::columnAverage()} + numbers, "th");
        for (const UnitPeriodFigures &u : report.ranking + report.receivedNothing) {
            if (u.satisfaction.asked > 0)
                h += satisfactionRow(u.name, u.satisfaction);
        }
        h += QStringLiteral("</table>\n");
    }

    // VII. Charts: the steps as stacked bars, with their numbers.
    h += QStringLiteral("<h3>") + htmlEscaped(P::sectionCharts()) + QStringLiteral("</h3><p><b>") + htmlEscaped(P::chartSteps(report))
        + QStringLiteral("</b></p><p class=\"legend\">");
    for (int i = 0; i < categories.size(); ++i)
        h += QStringLiteral("<span style=\"background:%1\"></span>").arg(QLatin1String(categoryColour(i)))
            + htmlEscaped(domain::categoryShortName(categoryFromKeyOrOther(categories.at(i))));
    h += QStringLiteral("</p><table>") + htmlRow({T::columnFigure(), T::columnCount(), QString(), T::columnMedian()}, "th");
    int most = 1;
    for (const PeriodStep &s : c.steps)
        most = std::max(most, s.received);
    for (const PeriodStep &s : c.steps) {
        QString bars;
        for (int i = 0; i < categories.size(); ++i) {
            const int n = s.receivedByCategory.value(categories.at(i));
            if (n > 0)
                bars += QStringLiteral("<span class=\"bar\" style=\"width:%1px;background:%2\"></span>")
                            .arg(std::max(1, n * 300 / most))
                            .arg(QLatin1String(categoryColour(i)));
        }
        const QString days = s.from == s.to
            ? s.from.toString(QStringLiteral("dd/MM/yyyy"))
            : s.from.toString(QStringLiteral("dd/MM")) + QStringLiteral(" – ") + s.to.toString(QStringLiteral("dd/MM/yyyy"));
        h += QStringLiteral("<tr>") + htmlCell(days) + htmlCell(QString::number(s.received)) + QStringLiteral("<td style=\"text-align:left\">") + bars
            + QStringLiteral("</td>") + htmlCell(T::minutes(s.firstResponse.medianMinutes)) + QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<div class=\"sign\"><div><b>") + htmlEscaped(T::preparedBy()) + QStringLiteral("</b><br><i>") + htmlEscaped(T::signHint())
        + QStringLiteral("</i></div><div><b>") + htmlEscaped(T::headOfUnit()) + QStringLiteral("</b><br><i>") + htmlEscaped(T::signHint())
        + QStringLiteral("</i></div></div>\n<p class=\"recipients\"><b><i>") + htmlEscaped(T::recipientsHeading()) + QStringLiteral("</i></b>");
    for (const QString &line : T::recipients(report.unit, report.parentUnitName))
        h += QStringLiteral("<br>") + htmlEscaped(line);
    h += QStringLiteral("</p>\n<p class=\"anchor\">") + htmlEscaped(T::historyAnchor(report.historyEvents, report.historyAnchor()))
        + QStringLiteral("</p>\n");

    // The annex: one row per unit, ranked; then the units that received nothing.
    h += QStringLiteral("<h3 style=\"text-align:center;margin-bottom:0\">") + htmlEscaped(T::annexTitle()) + QStringLiteral("<br>")
        + htmlEscaped(P::annexUnits()) + QStringLiteral("</h3><p style=\"text-align:center;margin-top:2px\"><i>")
        + htmlEscaped(P::annexAttachedTo(report)) + QStringLiteral("</i></p><table>")
        + htmlRow({P::columnRank(), T::columnUnit(), T::received(), T::answered(), T::forwarded(), T::escalated(), T::returned(), T::closed(),
                   P::columnDecided(), P::columnAnsweredWithinDeadline(), P::columnWithinDeadlineShare()},
                  "th");
    const auto unitRow = [](const UnitPeriodFigures &u) {
        return htmlRow({u.rank > 0 ? QString::number(u.rank) : P::notRanked(), u.name, QString::number(u.received), QString::number(u.answered),
                        QString::number(u.forwarded), QString::number(u.escalated), QString::number(u.returned), QString::number(u.closed),
                        QString::number(u.deadlinesDecided), QString::number(u.withinDeadline), T::share(u.withinDeadlineShare())});
    };
    for (const UnitPeriodFigures &u : report.ranking)
        h += unitRow(u);
    h += QStringLiteral("</table>\n<h4>") + htmlEscaped(P::receivedNothingHeading()) + QStringLiteral("</h4>");
    if (report.receivedNothing.isEmpty()) {
        h += QStringLiteral("<p>") + htmlEscaped(P::receivedNothingNone()) + QStringLiteral("</p>\n");
    } else {
        h += QStringLiteral("<table>") + htmlRow({T::columnNumber(), T::columnUnit(), T::columnLevel(), T::answered(), T::forwarded()}, "th");
        int n = 0;
        for (const UnitPeriodFigures &u : report.receivedNothing)
            h += htmlRow({QString::number(++n), u.name, domain::unitLevelName(u.level), QString::number(u.answered), QString::number(u.forwarded)});
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

QByteArray periodReportToCsv(const PeriodReport &report)
{
    QStringList header = {Tr::tr("Rank"), Tr::tr("Unit id"), Tr::tr("Unit"), Tr::tr("Level"), Tr::tr("Received")};
    const QStringList categories = domain::categoryKeys();
    for (const QString &key : categories)
        header.push_back(domain::categoryName(categoryFromKeyOrOther(key)));
    header += {
        Tr::tr("Received in the previous period"),
        Tr::tr("Answered"),
        Tr::tr("Forwarded"),
        Tr::tr("Escalated"),
        Tr::tr("Returned"),
        Tr::tr("Closed"),
        Tr::tr("Deadlines met or passed"),
        Tr::tr("Answered within deadline"),
        Tr::tr("Share within deadline"),
        Tr::tr("Satisfaction asked"),
        Tr::tr("Satisfaction rated"),
        Tr::tr("Average rating (1-5)"),
    };
    QString text;
    const auto addRow = [&text](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields)
            quoted.push_back(csvField(f));
        text += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    // Shares as plain decimals (0.875): a spreadsheet formats them; a percent sign would make text.
    const auto share = [](const std::optional<double> &value) {
        return value ? QString::number(std::round(*value * 1000) / 1000, 'g', 4) : QString();
    };
    addRow(header);
    const auto unitRow = [&](const UnitPeriodFigures &u) {
        QStringList row
            = {u.rank > 0 ? QString::number(u.rank) : QString(), u.unitId, u.name, domain::unitLevelName(u.level), QString::number(u.received)};
        for (const QString &key : categories)
            row.push_back(QString::number(u.receivedByCategory.value(key)));
        row += {
            QString::number(u.receivedPrevious),   QString::number(u.answered),           QString::number(u.forwarded),
            QString::number(u.escalated),          QString::number(u.returned),           QString::number(u.closed),
            QString::number(u.deadlinesDecided),   QString::number(u.withinDeadline),     share(u.withinDeadlineShare()),
            QString::number(u.satisfaction.asked), QString::number(u.satisfaction.rated), share(u.satisfaction.average()),
        };
        addRow(row);
    };
    for (const UnitPeriodFigures &u : report.ranking)
        unitRow(u);
    for (const UnitPeriodFigures &u : report.receivedNothing)
        unitRow(u);

    // The total: the scope's own figures (distinct cases, so not always the sum of the rows above:
    // a case forwarded by two units counts once).
    UnitPeriodFigures total;
    for (const UnitPeriodFigures &u : report.ranking) {
        total.deadlinesDecided += u.deadlinesDecided;
        total.withinDeadline += u.withinDeadline;
    }
    const DayFigures &d = report.current.totals;
    QStringList row = {QString(), report.unit.id, Tr::tr("Total"), QString(), QString::number(d.received)};
    for (const QString &key : categories)
        row.push_back(QString::number(report.current.receivedByCategory.value(key)));
    row += {
        QString::number(report.previous.totals.received),
        QString::number(d.answered),
        QString::number(d.forwarded),
        QString::number(d.escalated),
        QString::number(d.returned),
        QString::number(d.closed),
        QString::number(total.deadlinesDecided),
        QString::number(total.withinDeadline),
        share(total.withinDeadlineShare()),
        QString::number(report.satisfaction.asked),
        QString::number(report.satisfaction.rated),
        share(report.satisfaction.average()),
    };
    addRow(row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace casedesk::report
