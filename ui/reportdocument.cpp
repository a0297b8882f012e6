#include "reportdocument.h"

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

// Decree 30/2020: A4, margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
constexpr double kMarginTop = 20;
constexpr double kMarginBottom = 20;
constexpr double kMarginLeft = 30;
constexpr double kMarginRight = 15;
constexpr int kMaxUnitRows = 15;

QPageLayout a4Layout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(kMarginLeft, kMarginTop, kMarginRight, kMarginBottom),
                       QPageLayout::Millimeter);
}

struct Column
{
    double widthMm;
    Qt::Alignment align;
};

/// How a table's body rows are set.
struct TableStyle
{
    double fontPt = 10.5;
    double padMm = 1.2;
    /// One line per row: what does not fit its cell ends in "…" (the header still wraps).
    bool oneLine = false;
};

/// Draws the flowing content of the document page by page, in device pixels; sizes in mm and points.
class PageWriter final
{
public:
    PageWriter(QPagedPaintDevice *device, QPainter &painter)
        : m_device(device)
        , m_painter(painter)
        , m_pxPerMm(device->logicalDpiX() / 25.4)
    {
        // The painter's origin is the page's paint rect (inside the margins set on the device).
        m_width = device->width();
        m_height = device->height();
        m_y = 0;
    }

    double mm(double v) const { return v * m_pxPerMm; }
    double width() const { return m_width; }
    double y() const { return m_y; }
    void advance(double mmValue) { m_y += mm(mmValue); }
    int pages() const { return m_page; }

    QFont font(double pt, bool bold = false, bool italic = false) const
    {
        QFont f(ReportDocument::fontFamily());
        f.setPointSizeF(pt);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    double textHeight(const QFont &f, double w, const QString &text, int flags = Qt::TextWordWrap) const
    {
        const QFontMetricsF fm(f, m_device);
        return fm.boundingRect(QRectF(0, 0, w, 1e6), flags | Qt::TextWordWrap, text).height();
    }

    double textWidth(const QFont &f, const QString &text) const { return QFontMetricsF(f, m_device).horizontalAdvance(text); }

    void drawText(const QRectF &r, const QFont &f, const QString &text, int flags)
    {
        m_painter.setFont(f);
        m_painter.drawText(r, flags | Qt::TextWordWrap, text);
    }

    /// Starts a new page when less than @p heightPx is left on this one.
    void ensure(double heightPx)
    {
        if (m_y + heightPx > m_height)
            newPage();
    }

    void newPage()
    {
        m_device->newPage();
        ++m_page;
        m_y = 0;
        // Page numbers from the second page, centred at the top.
        const QFont f = font(11);
        drawText(QRectF(0, 0, m_width, mm(6)), f, QString::number(m_page), Qt::AlignHCenter | Qt::AlignTop);
        m_y = mm(9);
    }

    void paragraph(const QString &text, const QFont &f, Qt::Alignment align, double spaceAfterMm = 1.5, double indentMm = 0)
    {
        const double w = m_width - mm(indentMm);
        const double h = textHeight(f, w, text);
        ensure(h);
        drawText(QRectF(mm(indentMm), m_y, w, h), f, text, int(align));
        m_y += h + mm(spaceAfterMm);
    }

    void heading(const QString &text)
    {
        // Keep a heading with at least a few lines of what follows.
        const QFont f = font(12.5, true);
        ensure(textHeight(f, m_width, text) + mm(25));
        paragraph(text, f, Qt::AlignLeft, 1.5);
    }

    /// A bordered table; the header row is repeated on a new page.
    void table(const QVector<Column> &columns, const QStringList &header, const QVector<QStringList> &rows, const QSet<int> &boldRows = {},
               const TableStyle &style = {})
    {
        const QFont body = font(style.fontPt);
        const QFont bold = font(style.fontPt, true);
        const double pad = mm(style.padMm);
        const auto rowHeight = [&](const QStringList &cells, const QFont &f, bool wrap) {
            if (!wrap)
                return QFontMetricsF(f, m_device).height() + 2 * pad;
            double h = 0;
            for (int c = 0; c < columns.size(); ++c)
                h = std::max(h, textHeight(f, mm(columns.at(c).widthMm) - 2 * pad, cells.value(c)));
            return h + 2 * pad;
        };
        const auto drawRow = [&](const QStringList &cells, const QFont &f, double h, bool shaded, bool wrap) {
            double x = 0;
            m_painter.setPen(QPen(Qt::black, mm(0.2)));
            for (int c = 0; c < columns.size(); ++c) {
                const QRectF cell(x, m_y, mm(columns.at(c).widthMm), h);
                if (shaded)
                    m_painter.fillRect(cell, QColor(0xEE, 0xEE, 0xEE));
                m_painter.drawRect(cell);
                const QRectF inner = cell.adjusted(pad, pad, -pad, -pad);
                const int align = int(columns.at(c).align | Qt::AlignVCenter);
                if (wrap) {
                    drawText(inner, f, cells.value(c), align);
                } else {
                    m_painter.setFont(f);
                    m_painter.drawText(inner, align, QFontMetricsF(f, m_device).elidedText(cells.value(c), Qt::ElideRight, inner.width()));
                }
                x += cell.width();
            }
            m_y += h;
        };
        const double headerHeight = rowHeight(header, bold, true);
        ensure(headerHeight + (rows.isEmpty() ? 0 : rowHeight(rows.constFirst(), body, !style.oneLine)));
        drawRow(header, bold, headerHeight, true, true);
        for (int r = 0; r < rows.size(); ++r) {
            const QFont &f = boldRows.contains(r) ? bold : body;
            const double h = rowHeight(rows.at(r), f, !style.oneLine);
            if (m_y + h > m_height) {
                newPage();
                drawRow(header, bold, headerHeight, true, true);
            }
            drawRow(rows.at(r), f, h, false, !style.oneLine);
        }
        m_y += mm(3);
    }

    /// Renders @p chart (a QGraphicsWidget in its own scene) into a box of the page.
    void chart(QChart *chart, QGraphicsScene &scene, const QRectF &boxPx)
    {
        // Scene units: 4 per mm, so that the chart's fonts (in pixels at 96 dpi) keep print sizes.
        const QRectF source(0, 0, boxPx.width() / m_pxPerMm * 4, boxPx.height() / m_pxPerMm * 4);
        chart->setGeometry(source);
        scene.setSceneRect(source);
        scene.render(&m_painter, boxPx, source, Qt::IgnoreAspectRatio);
    }

    QPainter &painter() { return m_painter; }

private:
    QPagedPaintDevice *m_device;
    QPainter &m_painter;
    double m_pxPerMm;
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
    int m_page = 1;
};

// Vertical bars, or horizontal ones (room for long category names on the left).
QChart *barChart(QGraphicsScene &scene, const QStringList &labels, const QList<qreal> &values, const QColor &color, bool horizontal = false)
{
    auto *chart = new QChart;
    scene.addItem(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);

    auto *set = new QBarSet(QString());
    set->append(values);
    set->setColor(color);
    set->setBorderColor(color.darker(130));
    set->setLabelColor(Qt::black);
    QFont labelFont(ReportDocument::fontFamily());
    labelFont.setPixelSize(11);
    set->setLabelFont(labelFont);
    QAbstractBarSeries *series
        = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries) : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);

    QFont axisFont(ReportDocument::fontFamily());
    axisFont.setPixelSize(10);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(labels);
    axisX->setLabelsFont(axisFont);
    axisX->setGridLineVisible(false);
    chart->addAxis(axisX, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(axisX);

    const qreal max = values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
    // Integer ticks on a 1-2-5 step, with room above the tallest bar for its label.
    const double wanted = std::max(1.0, max * 1.15);
    int step = 1;
    for (int scale = 1; step * 5 < wanted; scale *= 10) {
        for (const int s : {1, 2, 5}) {
            step = s * scale;
            if (step * 5 >= wanted)
                break;
        }
    }
    const int top = std::max(1, int(std::ceil(wanted / step)) * step);
    const int ticks = top / step + 1;
    auto *axisY = new QValueAxis;
    axisY->setRange(0, top);
    axisY->setTickCount(ticks);
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setLabelsFont(axisFont);
    axisY->setGridLinePen(QPen(QColor(0xCC, 0xCC, 0xCC), 0.5));
    chart->addAxis(axisY, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(axisY);
    return chart;
}

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
    printer->setPageLayout(a4Layout());
    render(printer);
}

Status ReportDocument::writePdf(const QString &fileName) const
{
    QPdfWriter writer(fileName);
    writer.setResolution(600);
    writer.setPageLayout(a4Layout());
    writer.setTitle(ReportTexts::title() + QStringLiteral(" ") + m_report.date.toString(Qt::ISODate));
    writer.setCreator(QStringLiteral("CaseDesk"));
    if (render(&writer) == 0)
        return Error {tr("The PDF file %1 cannot be written: check that its folder exists and is writable.").arg(fileName)};
    return {};
}

int ReportDocument::render(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    PageWriter w(device, painter);
    const report::DailyReport &r = m_report;

    // Header: issuing unit (left), national title and motto (right), then place and date.
    const double leftW = w.mm(72);
    const double rightX = w.mm(70);
    const double rightW = w.width() - rightX;
    const QFont unitFont = w.font(12);
    const QFont unitBold = w.font(12, true);
    const QString parent = r.parentUnitName.toUpper();
    const QString unit = r.unit.name.toUpper();
    double ly = 0;
    const double parentH = w.textHeight(unitFont, leftW, parent);
    w.drawText(QRectF(0, ly, leftW, parentH), unitFont, parent, Qt::AlignHCenter | Qt::AlignTop);
    ly += parentH;
    const double unitH = w.textHeight(unitBold, leftW, unit);
    w.drawText(QRectF(0, ly, leftW, unitH), unitBold, unit, Qt::AlignHCenter | Qt::AlignTop);
    ly += unitH + w.mm(1);
    painter.setPen(QPen(Qt::black, w.mm(0.25)));
    const double shortLine = std::min(leftW * 0.4, w.textWidth(unitBold, unit) * 0.5);
    painter.drawLine(QPointF((leftW - shortLine) / 2, ly), QPointF((leftW + shortLine) / 2, ly));
    ly += w.mm(2.5);
    const QFont numberFont = w.font(12);
    //: the document number line under the issuing unit (Số: …/BC-…)
    const QString number = tr("No.:       /DR");
    const double numberH = w.textHeight(numberFont, leftW, number);
    w.drawText(QRectF(0, ly, leftW, numberH), numberFont, number, Qt::AlignHCenter | Qt::AlignTop);
    ly += numberH;

    const QFont titleFont = w.font(11.5, true);
    const QFont mottoFont = w.font(12.5, true);
    double ry = 0;
    const double nationalH = w.textHeight(titleFont, rightW, ReportTexts::nationalTitle());
    w.drawText(QRectF(rightX, ry, rightW, nationalH), titleFont, ReportTexts::nationalTitle(), Qt::AlignHCenter | Qt::AlignTop);
    ry += nationalH;
    const double mottoH = w.textHeight(mottoFont, rightW, ReportTexts::motto());
    w.drawText(QRectF(rightX, ry, rightW, mottoH), mottoFont, ReportTexts::motto(), Qt::AlignHCenter | Qt::AlignTop);
    ry += mottoH + w.mm(0.8);
    const double mottoW = std::min(rightW, w.textWidth(mottoFont, ReportTexts::motto()));
    painter.setPen(QPen(Qt::black, w.mm(0.25)));
    painter.drawLine(QPointF(rightX + (rightW - mottoW) / 2, ry), QPointF(rightX + (rightW + mottoW) / 2, ry));
    ry += w.mm(3.5);
    const QFont placeFont = w.font(12.5, false, true);
    const QString placeDate = ReportTexts::placeAndDate(r.place, r.date);
    const double placeH = w.textHeight(placeFont, rightW, placeDate);
    w.drawText(QRectF(rightX, ry, rightW, placeH), placeFont, placeDate, Qt::AlignHCenter | Qt::AlignTop);
    ry += placeH;
    w.advance(std::max(ly, ry) / w.mm(1) + 8);

    // Title.
    w.paragraph(ReportTexts::title(), w.font(14, true), Qt::AlignHCenter, 0.5);
    w.paragraph(ReportTexts::subtitle(), w.font(13, true), Qt::AlignHCenter, 0.5);
    w.paragraph(ReportTexts::period(r), w.font(12, false, true), Qt::AlignHCenter, 0.3);
    w.paragraph(ReportTexts::scope(r), w.font(12, false, true), Qt::AlignHCenter, 5);

    // I. Received.
    w.heading(ReportTexts::sectionReceived());
    const QFont bodyFont = w.font(12.5);
    w.paragraph(tr("%n case(s) received from citizens via Zalo.", nullptr, r.today.received), bodyFont, Qt::AlignLeft, 2, 8);
    {
        const QVector<Column> cols = {{12, Qt::AlignCenter}, {93, Qt::AlignLeft}, {30, Qt::AlignRight}, {30, Qt::AlignRight}};
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
        const QVector<Column> cols = {{12, Qt::AlignCenter}, {93, Qt::AlignLeft}, {60, Qt::AlignRight}};
        QVector<QStringList> rows;
        int n = 0;
        for (const domain::UnitLevel level :
             {domain::UnitLevel::Province, domain::UnitLevel::Department, domain::UnitLevel::District, domain::UnitLevel::Commune})
            rows.push_back(
                {QString::number(++n), domain::unitLevelName(level), QString::number(r.receivedByLevel.value(domain::unitLevelKey(level)))});
        w.table(cols, {ReportTexts::columnNumber(), ReportTexts::columnLevel(), ReportTexts::columnCount()}, rows);
    }
    if (!r.receivedByUnit.isEmpty()) {
        const QVector<Column> cols = {{12, Qt::AlignCenter}, {123, Qt::AlignLeft}, {30, Qt::AlignRight}};
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
        const QVector<Column> cols = {{10, Qt::AlignCenter}, {61, Qt::AlignLeft},  {19, Qt::AlignRight}, {19, Qt::AlignRight},
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
        const QVector<Column> cols
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
            w.chart(barChart(scene, labels, values, QColor(0x1F, 0x4E, 0x79), true), scene, QRectF(0, top + captionH, half, chartH));
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
            w.chart(barChart(scene, labels, values, QColor(0x2E, 0x7D, 0x32), true), scene, QRectF(half + w.mm(5), top + captionH, half, chartH));
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
        w.chart(barChart(scene, labels, values, QColor(0xB2, 0x6B, 0x00)), scene, QRectF(0, hourTop + captionH, w.width(), hourH));
        w.advance((captionH + hourH) / w.mm(1) + 6);
    }

    // The end: signatures, recipients ("Nơi nhận", bottom left, as official documents end) and the
    // history's anchor, small (a printed copy can later prove that the case history was not
    // rewritten). Kept together on one page.
    {
        const QFont signFont = w.font(12.5, true);
        const QFont hintFont = w.font(12, false, true);
        const QFont recipientsHeadingFont = w.font(12, true, true);
        const QFont recipientsFont = w.font(11);
        QFont anchorFont = w.font(8.5);
        // Spaced a hair apart: no ligature may turn the hash's "ff" or "fi" into one glyph, so that
        // the printed (or copied) anchor reads exactly as `audit verify --anchor` takes it.
        anchorFont.setLetterSpacing(QFont::AbsoluteSpacing, 0.2);
        const double half = w.width() / 2;
        const double recipientsW = w.width() * 0.6;
        const QString recipients = ReportTexts::recipients(r).join(QLatin1Char('\n'));
        const QString anchor = ReportTexts::historyAnchor(r.historyEvents, r.historyAnchor());
        const double signH = w.textHeight(signFont, half, ReportTexts::preparedBy());
        const double hintH = w.textHeight(hintFont, half, ReportTexts::signHint());
        const double signSpace = w.mm(25);
        const double headingH = w.textHeight(recipientsHeadingFont, recipientsW, ReportTexts::recipientsHeading());
        const double recipientsH = w.textHeight(recipientsFont, recipientsW, recipients);
        const double anchorH = w.textHeight(anchorFont, w.width(), anchor);
        w.ensure(signH + hintH + signSpace + headingH + recipientsH + w.mm(4) + anchorH);

        double y = w.y();
        w.drawText(QRectF(0, y, half, signH), signFont, ReportTexts::preparedBy(), Qt::AlignHCenter | Qt::AlignTop);
        w.drawText(QRectF(half, y, half, signH), signFont, ReportTexts::headOfUnit(), Qt::AlignHCenter | Qt::AlignTop);
        y += signH;
        w.drawText(QRectF(0, y, half, hintH), hintFont, ReportTexts::signHint(), Qt::AlignHCenter | Qt::AlignTop);
        w.drawText(QRectF(half, y, half, hintH), hintFont, ReportTexts::signHint(), Qt::AlignHCenter | Qt::AlignTop);
        y += hintH + signSpace;
        w.drawText(QRectF(0, y, recipientsW, headingH), recipientsHeadingFont, ReportTexts::recipientsHeading(), Qt::AlignLeft | Qt::AlignTop);
        y += headingH;
        w.drawText(QRectF(0, y, recipientsW, recipientsH), recipientsFont, recipients, Qt::AlignLeft | Qt::AlignTop);
        y += recipientsH + w.mm(4);
        w.drawText(QRectF(0, y, w.width(), anchorH), anchorFont, anchor, Qt::AlignLeft | Qt::AlignTop);
        y += anchorH;
        w.advance((y - w.y()) / w.mm(1) + 2);
    }

    // The annex: the urgent cases still open, one line each (code, unit, category, received,
    // waiting, overdue); never the citizen. Short columns fit their longest entry, the unit takes
    // the rest, and a name that does not fit ends in "…".
    if (!r.urgentOpen.isEmpty()) {
        w.newPage();
        w.paragraph(ReportTexts::annexTitle(), w.font(13, true), Qt::AlignHCenter, 0.5);
        w.paragraph(ReportTexts::annexSubtitle(), w.font(13, true), Qt::AlignHCenter, 0.5);
        w.paragraph(ReportTexts::annexAttachedTo(r), w.font(12, false, true), Qt::AlignHCenter, 4);

        TableStyle style;
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
        QVector<Column> cols = {{0, Qt::AlignCenter}, {0, Qt::AlignLeft},  {0, Qt::AlignLeft},  {0, Qt::AlignLeft},
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
