#include "periodreportdocument.h"

#include "periodcharts.h"
#include "reportdocument.h"
#include "reportpagewriter.h"

#include "core/report/periodreporttexts.h"
#include "core/report/reporttexts.h"

#include <QChart>
#include <QDateTime>
#include <QGraphicsScene>
#include <QPrinter>

#include <algorithm>

namespace casedesk::ui {

using report::PeriodReportTexts;
using report::ReportTexts;

namespace {

constexpr int kMaxUnitRows = 15; // received by unit in section I; every unit is in the annex
constexpr int kRankingRows = 10; // the ranking's head in section V
constexpr int kChartUnits = 10;

const QVector<domain::UnitLevel> &levels()
{
    static const QVector<domain::UnitLevel> all
        = {domain::UnitLevel::Province, domain::UnitLevel::Department, domain::UnitLevel::District, domain::UnitLevel::Commune};
    return all;
}

// Counts as the locale writes them ("4.707" in Vietnamese), as the changes beside them are.
QString figure(qint64 n)
{
    return ReportTexts::number(double(n));
}

QString categoryName(const QString &key)
{
    return domain::categoryName(domain::categoryFromKey(key).value_or(domain::Category::Other));
}

} // namespace

PeriodReportDocument::PeriodReportDocument(report::PeriodReport report)
    : m_report(std::move(report))
{
}

void PeriodReportDocument::print(QPrinter *printer) const
{
    printer->setPageLayout(reportA4Layout());
    render(printer);
}

Status PeriodReportDocument::writePdf(const QString &fileName) const
{
    return writeReportPdf(fileName,
                          PeriodReportTexts::title(m_report) + QStringLiteral(" ") + m_report.current.from.toString(Qt::ISODate)
                              + QStringLiteral(" – ") + m_report.current.to.toString(Qt::ISODate),
                          [this](QPagedPaintDevice *device) { return render(device); });
}

int PeriodReportDocument::render(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    ReportPageWriter w(device, painter);
    const report::PeriodReport &r = m_report;
    const report::PeriodFigures &c = r.current;
    const report::PeriodFigures &before = r.previous;
    const report::DayFigures &d = c.totals;
    const report::DayFigures &p = before.totals;

    ReportHead head;
    head.parentUnitName = r.parentUnitName;
    head.unitName = r.unit.name;
    //: the document number line under the issuing unit of a period report (Số: …/BC-…)
    head.numberLine = tr("No.:       /PR");
    head.placeAndDate = ReportTexts::placeAndDate(r.place, QDateTime::fromMSecsSinceEpoch(r.generatedAt, r.timeZone).date());
    head.title = PeriodReportTexts::title(r);
    head.lines = {PeriodReportTexts::period(r), ReportTexts::scope(r.unit)};
    w.documentHead(head);

    const QFont bodyFont = w.font(12.5);
    const QFont noteFont = w.font(10.5, false, true);

    // I. Received, by category, level and unit.
    w.heading(PeriodReportTexts::sectionReceived());
    w.paragraph(PeriodReportTexts::receivedSentence(r), bodyFont, Qt::AlignLeft, 2, 8);
    {
        const QVector<ReportColumn> cols = {{12, Qt::AlignCenter}, {93, Qt::AlignLeft}, {30, Qt::AlignRight}, {30, Qt::AlignRight}};
        QVector<QStringList> rows;
        int n = 0;
        for (const QString &key : domain::categoryKeys()) {
            const int count = c.receivedByCategory.value(key);
            rows.push_back({figure(++n), categoryName(key), figure(count),
                            d.received > 0 ? ReportTexts::share(double(count) / d.received) : QStringLiteral("—")});
        }
        rows.push_back({QString(), ReportTexts::total(), figure(d.received), d.received > 0 ? QStringLiteral("100%") : QStringLiteral("—")});
        w.table(cols, {ReportTexts::columnNumber(), ReportTexts::columnCategory(), ReportTexts::columnCount(), tr("Share")}, rows,
                {int(rows.size()) - 1});
    }
    {
        const QVector<ReportColumn> cols = {{12, Qt::AlignCenter}, {93, Qt::AlignLeft}, {60, Qt::AlignRight}};
        QVector<QStringList> rows;
        int n = 0;
        for (const domain::UnitLevel level : levels())
            rows.push_back({figure(++n), domain::unitLevelName(level), figure(c.receivedByLevel.value(domain::unitLevelKey(level)))});
        w.table(cols, {ReportTexts::columnNumber(), ReportTexts::columnLevel(), ReportTexts::columnCount()}, rows);
    }
    if (!c.receivedByUnit.isEmpty()) {
        const QVector<ReportColumn> cols = {{12, Qt::AlignCenter}, {123, Qt::AlignLeft}, {30, Qt::AlignRight}};
        QVector<QStringList> rows;
        int others = 0;
        int otherUnits = 0;
        for (int i = 0; i < c.receivedByUnit.size(); ++i) {
            const report::UnitCount &u = c.receivedByUnit.at(i);
            if (i < kMaxUnitRows) {
                rows.push_back({figure(i + 1), u.name, figure(u.count)});
            } else {
                others += u.count;
                ++otherUnits;
            }
        }
        if (otherUnits > 0)
            rows.push_back({QString(), tr("%n other unit(s) (see the annex)", nullptr, otherUnits), figure(others)});
        w.table(cols, {ReportTexts::columnNumber(), ReportTexts::columnUnit(), ReportTexts::columnCount()}, rows);
    }

    // II. Handling, beside the previous period.
    w.heading(PeriodReportTexts::sectionHandling());
    {
        const QVector<ReportColumn> cols
            = {{10, Qt::AlignCenter}, {77, Qt::AlignLeft}, {26, Qt::AlignRight}, {26, Qt::AlignRight}, {26, Qt::AlignRight}};
        QVector<QStringList> rows;
        int n = 0;
        const auto add = [&](const QString &label, int now, int then) {
            rows.push_back({figure(++n), label, figure(now), figure(then), ReportTexts::change(now - then)});
        };
        add(ReportTexts::received(), d.received, p.received);
        add(ReportTexts::answered(), d.answered, p.answered);
        add(ReportTexts::forwarded(), d.forwarded, p.forwarded);
        add(ReportTexts::escalated(), d.escalated, p.escalated);
        add(ReportTexts::returned(), d.returned, p.returned);
        add(ReportTexts::closed(), d.closed, p.closed);
        add(PeriodReportTexts::open(), d.open, p.open);
        add(PeriodReportTexts::overdue(), d.overdue, p.overdue);
        w.table(cols,
                {ReportTexts::columnNumber(), ReportTexts::columnFigure(), PeriodReportTexts::columnThisPeriod(),
                 PeriodReportTexts::columnPreviousPeriod(), ReportTexts::columnChange()},
                rows);
        w.paragraph(PeriodReportTexts::asOfNote(r), noteFont, Qt::AlignLeft, 3, 8);
    }

    // III. First response per category, with the previous period's share within deadline.
    w.heading(PeriodReportTexts::sectionFirstResponse());
    {
        const QVector<ReportColumn> cols = {{10, Qt::AlignCenter}, {43, Qt::AlignLeft},  {16, Qt::AlignRight}, {26, Qt::AlignRight},
                                            {26, Qt::AlignRight},  {22, Qt::AlignRight}, {22, Qt::AlignRight}};
        QVector<QStringList> rows;
        int n = 0;
        for (const QString &key : domain::categoryKeys()) {
            const report::FirstResponseStats s = c.firstResponse.value(key);
            rows.push_back({figure(++n), categoryName(key), figure(s.count), ReportTexts::minutes(s.medianMinutes),
                            ReportTexts::minutes(s.p90Minutes), ReportTexts::share(s.withinDeadlineShare()),
                            ReportTexts::share(before.firstResponse.value(key).withinDeadlineShare())});
        }
        w.table(cols,
                {ReportTexts::columnNumber(), ReportTexts::columnCategory(), ReportTexts::columnCases(), ReportTexts::columnMedian(),
                 ReportTexts::columnP90(), ReportTexts::columnWithinDeadline(), tr("Within deadline, previous period")},
                rows);
    }

    // IV. Compared with the previous period, by category.
    w.heading(PeriodReportTexts::sectionComparison());
    w.paragraph(PeriodReportTexts::previousPeriod(r), bodyFont, Qt::AlignLeft, 2, 8);
    {
        const QVector<ReportColumn> cols
            = {{10, Qt::AlignCenter}, {77, Qt::AlignLeft}, {26, Qt::AlignRight}, {26, Qt::AlignRight}, {26, Qt::AlignRight}};
        QVector<QStringList> rows;
        int n = 0;
        for (const QString &key : domain::categoryKeys()) {
            const int now = c.receivedByCategory.value(key);
            const int then = before.receivedByCategory.value(key);
            rows.push_back({figure(++n), categoryName(key), figure(now), figure(then), ReportTexts::change(now - then)});
        }
        rows.push_back({QString(), ReportTexts::total(), figure(d.received), figure(p.received), ReportTexts::change(d.received - p.received)});
        w.table(cols,
                {ReportTexts::columnNumber(), ReportTexts::columnCategory(), PeriodReportTexts::columnThisPeriod(),
                 PeriodReportTexts::columnPreviousPeriod(), ReportTexts::columnChange()},
                rows, {int(rows.size()) - 1});
    }

    // V. The ranking: its head here, every unit in the annex.
    w.heading(PeriodReportTexts::sectionRanking());
    w.paragraph(PeriodReportTexts::rankingSummary(r), bodyFont, Qt::AlignLeft, 2, 8);
    if (!r.ranking.isEmpty()) {
        const QVector<ReportColumn> cols
            = {{14, Qt::AlignCenter}, {91, Qt::AlignLeft}, {20, Qt::AlignRight}, {20, Qt::AlignRight}, {20, Qt::AlignRight}};
        QVector<QStringList> rows;
        for (int i = 0; i < std::min<int>(kRankingRows, r.ranking.size()); ++i) {
            const report::UnitPeriodFigures &u = r.ranking.at(i);
            rows.push_back({u.rank > 0 ? figure(u.rank) : PeriodReportTexts::notRanked(), u.name, figure(u.received), figure(u.deadlinesDecided),
                            ReportTexts::share(u.withinDeadlineShare())});
        }
        w.paragraph(PeriodReportTexts::rankingTopHeading(), bodyFont, Qt::AlignLeft, 1.5, 8);
        w.table(cols,
                {PeriodReportTexts::columnRank(), ReportTexts::columnUnit(), ReportTexts::columnCount(), PeriodReportTexts::columnDecided(),
                 PeriodReportTexts::columnWithinDeadlineShare()},
                rows);
    }

    // VI. Citizens' satisfaction: in all and per category, then per unit.
    w.heading(PeriodReportTexts::sectionSatisfaction());
    w.paragraph(PeriodReportTexts::satisfactionSummary(r), bodyFont, Qt::AlignLeft, 2, 8);
    if (r.satisfaction.asked > 0) {
        const QVector<ReportColumn> cols
            = {{10, Qt::AlignCenter}, {50, Qt::AlignLeft},  {16, Qt::AlignRight}, {22, Qt::AlignRight}, {16, Qt::AlignRight},
               {10, Qt::AlignRight},  {10, Qt::AlignRight}, {10, Qt::AlignRight}, {10, Qt::AlignRight}, {10, Qt::AlignRight}};
        const QStringList header = {ReportTexts::columnNumber(),
                                    ReportTexts::columnCategory(),
                                    PeriodReportTexts::columnAsked(),
                                    PeriodReportTexts::columnRated(),
                                    PeriodReportTexts::columnAverage(),
                                    QStringLiteral("1"),
                                    QStringLiteral("2"),
                                    QStringLiteral("3"),
                                    QStringLiteral("4"),
                                    QStringLiteral("5")};
        const auto row = [](const QString &n, const QString &name, const report::SatisfactionFigures &f) {
            QStringList out = {n, name, figure(f.asked), figure(f.rated), PeriodReportTexts::average(f.average())};
            for (int v : f.ratings)
                out << figure(v);
            return out;
        };
        QVector<QStringList> rows;
        int n = 0;
        for (const QString &key : domain::categoryKeys()) {
            const report::SatisfactionFigures f = r.satisfactionByCategory.value(key);
            if (f.asked > 0)
                rows.push_back(row(figure(++n), categoryName(key), f));
        }
        rows.push_back(row(QString(), ReportTexts::total(), r.satisfaction));
        w.table(cols, header, rows, {int(rows.size()) - 1});

        QVector<report::UnitPeriodFigures> asking;
        for (const report::UnitPeriodFigures &u : r.ranking + r.receivedNothing) {
            if (u.satisfaction.asked > 0)
                asking.push_back(u);
        }
        std::sort(asking.begin(), asking.end(), [](const report::UnitPeriodFigures &a, const report::UnitPeriodFigures &b) {
            if (a.satisfaction.average().value_or(0) != b.satisfaction.average().value_or(0))
                return a.satisfaction.average().value_or(0) > b.satisfaction.average().value_or(0);
            return a.satisfaction.asked > b.satisfaction.asked;
        });
        QVector<QStringList> unitRows;
        n = 0;
        for (const report::UnitPeriodFigures &u : std::as_const(asking))
            unitRows.push_back(row(figure(++n), u.name, u.satisfaction));
        QStringList unitHeader = header;
        unitHeader[1] = ReportTexts::columnUnit();
        w.paragraph(PeriodReportTexts::satisfactionByUnitHeading(), bodyFont, Qt::AlignLeft, 1.5, 8);
        w.table(cols, unitHeader, unitRows);
    }

    // VII. Charts (Qt Charts, drawn into the page), each with its caption.
    {
        const QFont captionFont = w.font(11, true);
        const auto drawChart = [&](const QString &caption, QChart *chart, double heightMm) {
            QGraphicsScene scene;
            scene.addItem(chart);
            const double captionH = w.textHeight(captionFont, w.width(), caption) + w.mm(1);
            w.ensure(captionH + w.mm(heightMm));
            const double top = w.y();
            w.drawText(QRectF(0, top, w.width(), captionH), captionFont, caption, Qt::AlignHCenter | Qt::AlignTop);
            w.chart(chart, scene, QRectF(0, top + captionH, w.width(), w.mm(heightMm)));
            w.advance(captionH / w.mm(1) + heightMm + 4);
        };
        w.ensure(w.mm(85)); // the heading stays with the first chart
        w.heading(PeriodReportTexts::sectionCharts());
        drawChart(PeriodReportTexts::chartSteps(r), periodcharts::receivedPerStep(r), 66);
        drawChart(PeriodReportTexts::chartResponse(r), periodcharts::responsePerStep(r), 56);
        if (!r.ranking.isEmpty()) {
            const int units = std::min<int>(kChartUnits, r.ranking.size());
            drawChart(PeriodReportTexts::chartUnits(), periodcharts::unitsBreakdown(r, kChartUnits), 22 + 6.5 * units);
        }
    }

    w.documentEnd(ReportTexts::recipients(r.unit, r.parentUnitName), ReportTexts::historyAnchor(r.historyEvents, r.historyAnchor()));

    // The annex: every unit's figures, ranked, then the units that received nothing.
    w.newPage();
    w.paragraph(ReportTexts::annexTitle(), w.font(13, true), Qt::AlignHCenter, 0.5);
    w.paragraph(PeriodReportTexts::annexUnits(), w.font(13, true), Qt::AlignHCenter, 0.5);
    w.paragraph(PeriodReportTexts::annexAttachedTo(r), w.font(12, false, true), Qt::AlignHCenter, 4);
    ReportTableStyle style;
    style.fontPt = 9;
    style.padMm = 0.8;
    {
        // 165 mm; the short numbers' columns wide enough for their header's longest word.
        const QVector<ReportColumn> cols
            = {{11, Qt::AlignCenter}, {40, Qt::AlignLeft},  {12, Qt::AlignRight}, {12, Qt::AlignRight}, {14, Qt::AlignRight}, {13, Qt::AlignRight},
               {12, Qt::AlignRight},  {12, Qt::AlignRight}, {12, Qt::AlignRight}, {13, Qt::AlignRight}, {14, Qt::AlignRight}};
        const QStringList header = {PeriodReportTexts::columnRank(),
                                    ReportTexts::columnUnit(),
                                    tr("Received"),
                                    tr("Answered"),
                                    tr("Forwarded"),
                                    tr("Escalated"),
                                    tr("Returned"),
                                    tr("Closed"),
                                    PeriodReportTexts::columnDecided(),
                                    PeriodReportTexts::columnAnsweredWithinDeadline(),
                                    PeriodReportTexts::columnWithinDeadlineShare()};
        QVector<QStringList> rows;
        for (const report::UnitPeriodFigures &u : r.ranking)
            rows.push_back({u.rank > 0 ? figure(u.rank) : PeriodReportTexts::notRanked(), u.name, figure(u.received), figure(u.answered),
                            figure(u.forwarded), figure(u.escalated), figure(u.returned), figure(u.closed), figure(u.deadlinesDecided),
                            figure(u.withinDeadline), ReportTexts::share(u.withinDeadlineShare())});
        w.table(cols, header, rows, {}, style);
    }
    w.paragraph(PeriodReportTexts::receivedNothingHeading(), w.font(12, true), Qt::AlignLeft, 1.5);
    if (r.receivedNothing.isEmpty()) {
        w.paragraph(PeriodReportTexts::receivedNothingNone(), bodyFont, Qt::AlignLeft, 2, 8);
    } else {
        const QVector<ReportColumn> cols
            = {{10, Qt::AlignCenter}, {85, Qt::AlignLeft}, {30, Qt::AlignLeft}, {20, Qt::AlignRight}, {20, Qt::AlignRight}};
        QVector<QStringList> rows;
        int n = 0;
        for (const report::UnitPeriodFigures &u : r.receivedNothing)
            rows.push_back({figure(++n), u.name, domain::unitLevelName(u.level), figure(u.answered), figure(u.forwarded)});
        w.table(cols, {ReportTexts::columnNumber(), ReportTexts::columnUnit(), ReportTexts::columnLevel(), tr("Answered"), tr("Forwarded")}, rows, {},
                style);
    }

    painter.end();
    return w.pages();
}

} // namespace casedesk::ui
