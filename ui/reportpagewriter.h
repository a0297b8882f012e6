#pragma once

#include "core/common/expected.h"
#include "ui/reportdocument.h"

#include <QChart>
#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <functional>

class QValueAxis;

namespace casedesk::ui {

// Decree 30/2020: A4, margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
constexpr double kReportMarginTop = 20;
constexpr double kReportMarginBottom = 20;
constexpr double kReportMarginLeft = 30;
constexpr double kReportMarginRight = 15;

inline QPageLayout reportA4Layout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(kReportMarginLeft, kReportMarginTop, kReportMarginRight, kReportMarginBottom), QPageLayout::Millimeter);
}

struct ReportColumn
{
    double widthMm;
    Qt::Alignment align;
};

/// How a table's body rows are set.
struct ReportTableStyle
{
    double fontPt = 10.5;
    double padMm = 1.2;
    /// One line per row: what does not fit its cell ends in "…" (the header still wraps).
    bool oneLine = false;
};

/// What a report document's head says: issuing unit (left), national title, motto, place and date
/// (right), then the title, the subtitle and the lines under it (period, unit).
struct ReportHead
{
    QString parentUnitName;
    QString unitName;
    QString numberLine; // "Số:      /BC-…"
    QString placeAndDate;
    QString title;
    QStringList lines;
};

/// Draws the flowing content of a report document (the daily summary, the period report) page by
/// page, in device pixels; sizes in mm and points.
class ReportPageWriter final
{
public:
    ReportPageWriter(QPagedPaintDevice *device, QPainter &painter)
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
    void table(const QVector<ReportColumn> &columns, const QStringList &header, const QVector<QStringList> &rows, const QSet<int> &boldRows = {},
               const ReportTableStyle &style = {})
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

    /// The Decree 30 head of the first page.
    void documentHead(const ReportHead &head);
    /// Signatures, recipients ("Nơi nhận", bottom left, as official documents end) and the
    /// history's anchor, kept together on one page.
    void documentEnd(const QStringList &recipientLines, const QString &anchor);

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

/// Writes a report document as an A4 PDF titled @p title: @p render draws its pages (and returns
/// how many). Fails with a sentence naming the file when nothing could be drawn into it.
Status writeReportPdf(const QString &fileName, const QString &title, const std::function<int(QPagedPaintDevice *)> &render);

/// Vertical bars, or horizontal ones (room for long category names on the left), added to
/// @p scene; integer ticks on a 1-2-5 step.
QChart *reportBarChart(QGraphicsScene &scene, const QStringList &labels, const QList<qreal> &values, const QColor &color, bool horizontal = false);

/// A value axis from 0 with integer ticks on a 1-2-5 step and room above @p max for labels.
void setReportValueRange(QValueAxis *axis, double max);

} // namespace casedesk::ui
