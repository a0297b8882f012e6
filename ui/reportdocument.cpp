#include "reportdocument.h"

#include "reportpagewriter.h"

#include "core/report/reporttexts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSet>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace casedesk::ui {

using report::ReportTexts;

namespace {

constexpr int kMaxUnitRows = 15;

QString deltaInt(int today, int before)
{
    return ReportTexts::change(today - before);
}

} // namespace

ReportDocument::ReportDocument(report::DailyReport report)
    : m_report(std::move(report))
{
}

QString ReportDocument::fontFamily()
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const char *candidate : {"Noto Serif", "Times New Roman", "DejaVu Serif"}) {
            if (families.contains(QString::fromLatin1(candidate)))
                return QString::fromLatin1(candidate);
        }
        return QStringLiteral("serif");
    }();
    return family;
}

void ReportDocument::print(QPrinter *printer) const
{
    printer->setPageLayout(reportA4Layout());
    render(printer);
}

Status ReportDocument::writePdf(const QString &fileName) const
{
    return writeReportPdf(fileName, ReportTexts::title() + QStringLiteral(" ") + m_report.date.toString(Qt::ISODate),
                          [this](QPagedPaintDevice *device) { return render(device); });
}

int ReportDocument::render(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    ReportPageWriter w(device, painter);
    const report::DailyReport &r = m_report;

    ReportHead head;
    head.parentUnitName = r.parentUnitName;
    head.unitName = r.unit.name;
    //: the document number line under the issuing unit (Số: …/BC-…)
    head.numberLine = tr("No.:       /DR");
    head.placeAndDate = ReportTexts::placeAndDate(r.place, r.date);
    head.title = ReportTexts::title();
    head.lines = {ReportTexts::period(r), ReportTexts::scope(r)};
    w.documentHead(head);

    // I. Received.
    w.heading(ReportTexts::sectionReceived());
    const QFont bodyFont = w.font(12.5);
    w.paragraph(tr("%n case(s) received from citizens via Zalo.", nullptr, r.today.received), bodyFont, Qt::AlignLeft, 2, 8);
    {
        const QVector<ReportColumn> cols = {{12, Qt::AlignCenter}, {93, Qt::AlignLeft}, {30, Qt::AlignRight}, {30, Qt::AlignRight}};
        QVector<QStringList> rows;
        int n = 0;
        for (const QString &key : domain::categoryKeys()) {
            const auto cat = domain::categoryFromKey(key).value_or(domain::Category::Other);
            const int count = r.receivedByCategory.value(key);
            const double share = r.today.received > 0 ? double(count) / r.today.received : 0;
            rows.push_back({QString::number(++n), domain::categoryName(cat), QString::number(count),
                            r.today.received > 0 ? ReportTexts::share(share) : QStringLiteral("—")});
        }
        rows.push_back({QString(), ReportTexts::total(), QString::number(r.today.received),
                        r.today.received > 0 ? QStringLiteral("100%") : QStringLiteral("—")});
        w.table(cols, {ReportTexts::columnNumber(), ReportTexts::columnCategory(), ReportTexts::columnCount(), tr("Share")}, rows,
                {int(rows.size()) - 1});
    }
    {
        const QVector<ReportColumn> cols = {{12, Qt::AlignCenter}, {93, Qt::AlignLeft}, {60, Qt::AlignRight}};
        QVector<QStringList> rows;
        int n = 0;
        for (const domain::UnitLevel level :
             {domain::UnitLevel::Province, domain::UnitLevel::Department, domain::UnitLevel::District, domain::UnitLevel::Commune})
            rows.push_back(
                {QString::number(++n), domain::unitLevelName(level), QString::number(r.receivedByLevel.value(domain::unitLevelKey(level)))});
        w.table(cols, {ReportTexts::columnNumber(), ReportTexts::columnLevel(), ReportTexts::columnCount()}, rows);
    }
    if (!r.receivedByUnit.isEmpty()) {
        const QVector<ReportColumn> cols = {{12, Qt::AlignCenter}, {123, Qt::AlignLeft}, {30, Qt::AlignRight}};
        QVector<QStringList> rows;
        int others = 0;
        int otherUnits = 0;
        for (int i = 0; i < r.receivedByUnit.size(); ++i) {
            const report::UnitCount &u = r.receivedByUnit.at(i);
            if (i < kMaxUnitRows) {
                rows.push_back({QString::number(i + 1), u.name, QString::number(u.count)});
            } else {
                others += u.count;
                ++otherUnits;
            }
        }
        if (otherUnits > 0)
            rows.push_back({QString(), tr("%n other unit(s)", nullptr, otherUnits), QString::number(others)});
        w.table(cols, {ReportTexts::columnNumber(), ReportTexts::columnUnit(), ReportTexts::columnCount()}, rows);
    }

    // II. Handling, with the day before and the 7-day average.
    w.heading(ReportTexts::sectionHandling());
    {
        const report::DayFigures &d = r.today;
        const report::DayFigures p = r.previousDays.value(0);
        const report::DayAverages a = r.average7();
        const QVector<ReportColumn> cols = {{10, Qt::AlignCenter}, {61, Qt::AlignLeft},  {19, Qt::AlignRight}, {19, Qt::AlignRight},
                                            {18, Qt::AlignRight},  {20, Qt::AlignRight}, {18, Qt::AlignRight}};
        QVector<QStringList> rows;
        int n = 0;
        const auto add = [&](const QString &label, int today, int previous, double average) {
            rows.push_back({QString::number(++n), label, QString::number(today), QString::number(previous), deltaInt(today, previous),
                            ReportTexts::number(average, true), ReportTexts::change(today - average, true)});
        };
        add(ReportTexts::received(), d.received, p.received, a.received);
        add(ReportTexts::answered(), d.answered, p.answered, a.answered);
        add(ReportTexts::forwarded(), d.forwarded, p.forwarded, a.forwarded);
        add(ReportTexts::escalated(), d.escalated, p.escalated, a.escalated);
        add(ReportTexts::returned(), d.returned, p.returned, a.returned);
        add(ReportTexts::closed(), d.closed, p.closed, a.closed);
        add(ReportTexts::open(), d.open, p.open, a.open);
        add(ReportTexts::overdue(), d.overdue, p.overdue, a.overdue);
        w.table(cols,
                {ReportTexts::columnNumber(), ReportTexts::columnFigure(), ReportTexts::columnThisDay(), ReportTexts::columnPreviousDay(),
                 ReportTexts::columnChange(), ReportTexts::columnAverage7(), ReportTexts::columnChange()},
                rows);
        w.paragraph(ReportTexts::missedReplyWindow() + QStringLiteral(": ") + QString::number(r.missedReplyWindow.total) + QStringLiteral(" (")
                        + ReportTexts::missedDetail(r.missedReplyWindow) + QStringLiteral(")."),
                    bodyFont, Qt::AlignLeft, 1, 8);
        const QString asOf = r.asOf >= r.dayEnd ? tr("24:00 on %1").arg(r.date.toString(QStringLiteral("dd/MM/yyyy")))
                                                : QDateTime::fromMSecsSinceEpoch(r.asOf, r.timeZone).toString(QStringLiteral("HH:mm dd/MM/yyyy"));
        w.paragraph(tr("Figures count cases: a case forwarded twice in the day counts once. Open and overdue cases as at %1.").arg(asOf),
                    w.font(10.5, false, true), Qt::AlignLeft, 3, 8);
    }

    // III. First response.
    w.heading(ReportTexts::sectionFirstResponse());
    {
        const QVector<ReportColumn> cols
            = {{10, Qt::AlignCenter}, {55, Qt::AlignLeft}, {18, Qt::AlignRight}, {30, Qt::AlignRight}, {30, Qt::AlignRight}, {22, Qt::AlignRight}};
        QVector<QStringList> rows;
        int n = 0;
        for (const QString &key : domain::categoryKeys()) {
            const auto cat = domain::categoryFromKey(key).value_or(domain::Category::Other);
            const report::FirstResponseStats s = r.firstResponse.value(key);
            rows.push_back({QString::number(++n), domain::categoryName(cat), QString::number(s.count), ReportTexts::minutes(s.medianMinutes),
                            ReportTexts::minutes(s.p90Minutes), ReportTexts::share(s.withinDeadlineShare())});
        }
        w.table(cols,
                {ReportTexts::columnNumber(), ReportTexts::columnCategory(), ReportTexts::columnCases(), ReportTexts::columnMedian(),
                 ReportTexts::columnP90(), ReportTexts::columnWithinDeadline()},
                rows);
    }

    // IV. Urgent cases still open: how many here, the list in the annex (one line each).
    w.heading(ReportTexts::sectionUrgent());
    w.paragraph(ReportTexts::urgentSummary(r), bodyFont, Qt::AlignLeft, 3, 8);

    // V. Charts (Qt Charts, drawn into the page).
    {
        const QFont captionFont = w.font(11, true);
        const double half = (w.width() - w.mm(5)) / 2;
        const double chartH = w.mm(52);
        const double captionH = w.textHeight(captionFont, half, ReportTexts::chartByCategory()) + w.mm(1);
        w.ensure(w.mm(10) + captionH + chartH); // the heading stays with the first charts
        w.heading(ReportTexts::sectionCharts());
        w.ensure(captionH + chartH);
        const double top = w.y();
        w.drawText(QRectF(0, top, half, captionH), captionFont, ReportTexts::chartByCategory(), Qt::AlignHCenter | Qt::AlignTop);
        w.drawText(QRectF(half + w.mm(5), top, half, captionH), captionFont, ReportTexts::chartByLevel(), Qt::AlignHCenter | Qt::AlignTop);
        {
            QGraphicsScene scene;
            QStringList labels;
            QList<qreal> values;
            for (const QString &key : domain::categoryKeys()) {
                labels << domain::categoryShortName(domain::categoryFromKey(key).value_or(domain::Category::Other));
                values << r.receivedByCategory.value(key);
            }
            // Bottom to top in the chart, so that the first category is on top.
            std::reverse(labels.begin(), labels.end());
            std::reverse(values.begin(), values.end());
            w.chart(reportBarChart(scene, labels, values, QColor(0x1F, 0x4E, 0x79), true), scene, QRectF(0, top + captionH, half, chartH));
        }
        {
            QGraphicsScene scene;
            QStringList labels;
            QList<qreal> values;
            for (const domain::UnitLevel level :
                 {domain::UnitLevel::Province, domain::UnitLevel::Department, domain::UnitLevel::District, domain::UnitLevel::Commune}) {
                labels << domain::unitLevelName(level);
                values << r.receivedByLevel.value(domain::unitLevelKey(level));
            }
            std::reverse(labels.begin(), labels.end());
            std::reverse(values.begin(), values.end());
            w.chart(reportBarChart(scene, labels, values, QColor(0x2E, 0x7D, 0x32), true), scene,
                    QRectF(half + w.mm(5), top + captionH, half, chartH));
        }
        w.advance((captionH + chartH) / w.mm(1) + 4);

        const double hourH = w.mm(50);
        w.ensure(captionH + hourH);
        const double hourTop = w.y();
        w.drawText(QRectF(0, hourTop, w.width(), captionH), captionFont, ReportTexts::chartByHour(), Qt::AlignHCenter | Qt::AlignTop);
        QGraphicsScene scene;
        QStringList labels;
        QList<qreal> values;
        for (int h = 0; h < 24; ++h) {
            labels << QString::number(h);
            values << r.receivedByHour[size_t(h)];
        }
        w.chart(reportBarChart(scene, labels, values, QColor(0xB2, 0x6B, 0x00)), scene, QRectF(0, hourTop + captionH, w.width(), hourH));
        w.advance((captionH + hourH) / w.mm(1) + 6);
    }

    // The end: signatures, recipients and the history's anchor, kept together on one page.
    w.documentEnd(ReportTexts::recipients(r), ReportTexts::historyAnchor(r.historyEvents, r.historyAnchor()));

    // The annex: the urgent cases still open, one line each (code, unit, category, received,
    // waiting, overdue); never the citizen. Short columns fit their longest entry, the unit takes
    // the rest, and a name that does not fit ends in "…".
    if (!r.urgentOpen.isEmpty()) {
        w.newPage();
        w.paragraph(ReportTexts::annexTitle(), w.font(13, true), Qt::AlignHCenter, 0.5);
        w.paragraph(ReportTexts::annexSubtitle(), w.font(13, true), Qt::AlignHCenter, 0.5);
        w.paragraph(ReportTexts::annexAttachedTo(r), w.font(12, false, true), Qt::AlignHCenter, 4);

        ReportTableStyle style;
        style.fontPt = 9.5;
        style.padMm = 0.9;
        style.oneLine = true;
        const QStringList header
            = {ReportTexts::columnNumber(),   ReportTexts::columnCode(),    ReportTexts::columnUnit(),   ReportTexts::columnCategory(),
               ReportTexts::columnReceived(), ReportTexts::columnWaiting(), ReportTexts::columnOverdue()};
        QVector<QStringList> rows;
        int n = 0;
        for (const report::UrgentOpenCase &u : r.urgentOpen)
            rows.push_back({QString::number(++n), u.code, u.unitName, domain::categoryShortName(u.category), ReportTexts::dateTime(r, u.openedAt),
                            ReportTexts::waiting(u.waitingMinutes), u.overdue ? ReportTexts::overdueMark() : QString()});
        constexpr int kUnitColumn = 2;
        const QFont body = w.font(style.fontPt);
        const QFont bold = w.font(style.fontPt, true);
        QVector<ReportColumn> cols = {{0, Qt::AlignCenter}, {0, Qt::AlignLeft},  {0, Qt::AlignLeft},  {0, Qt::AlignLeft},
                                      {0, Qt::AlignLeft},   {0, Qt::AlignRight}, {0, Qt::AlignCenter}};
        double fixed = 0;
        for (int c = 0; c < cols.size(); ++c) {
            if (c == kUnitColumn)
                continue;
            // Wide enough for every entry, and for the header's longest word (the header wraps).
            double widest = 0;
            for (const QStringList &row : std::as_const(rows))
                widest = std::max(widest, w.textWidth(body, row.at(c)));
            for (const QString &word : header.at(c).split(QLatin1Char(' ')))
                widest = std::max(widest, w.textWidth(bold, word));
            // A short header on one line when that costs little ("Quá hạn" over "Có").
            widest = std::max(widest, std::min(w.textWidth(bold, header.at(c)), w.mm(16)));
            cols[c].widthMm = widest / w.mm(1) + 2 * style.padMm + 1;
            fixed += cols[c].widthMm;
        }
        cols[kUnitColumn].widthMm = std::max(20.0, w.width() / w.mm(1) - fixed);
        w.table(cols, header, rows, {}, style);
    }

    painter.end();
    return w.pages();
}

} // namespace casedesk::ui
