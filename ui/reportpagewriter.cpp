#include "reportpagewriter.h"

#include "core/report/reporttexts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QPdfWriter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace casedesk::ui {

namespace {

// The daily summary's words, which the PDF's error was first written for.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::ui::ReportDocument)
};

} // namespace

Status writeReportPdf(const QString &fileName, const QString &title, const std::function<int(QPagedPaintDevice *)> &render)
{
    QPdfWriter writer(fileName);
    writer.setResolution(600);
    writer.setPageLayout(reportA4Layout());
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("CaseDesk"));
    if (render(&writer) == 0)
        return Error {Tr::tr("The PDF file %1 cannot be written: check that its folder exists and is writable.").arg(fileName)};
    return {};
}

void ReportPageWriter::documentHead(const ReportHead &head)
{
    // Header: issuing unit (left), national title and motto (right), then place and date.
    const double leftW = mm(72);
    const double rightX = mm(70);
    const double rightW = width() - rightX;
    const QFont unitFont = font(12);
    const QFont unitBold = font(12, true);
    const QString parent = head.parentUnitName.toUpper();
    const QString unit = head.unitName.toUpper();
    double ly = 0;
    const double parentH = textHeight(unitFont, leftW, parent);
    drawText(QRectF(0, ly, leftW, parentH), unitFont, parent, Qt::AlignHCenter | Qt::AlignTop);
    ly += parentH;
    const double unitH = textHeight(unitBold, leftW, unit);
    drawText(QRectF(0, ly, leftW, unitH), unitBold, unit, Qt::AlignHCenter | Qt::AlignTop);
    ly += unitH + mm(1);
    m_painter.setPen(QPen(Qt::black, mm(0.25)));
    const double shortLine = std::min(leftW * 0.4, textWidth(unitBold, unit) * 0.5);
    m_painter.drawLine(QPointF((leftW - shortLine) / 2, ly), QPointF((leftW + shortLine) / 2, ly));
    ly += mm(2.5);
    const QFont numberFont = font(12);
    const QString &number = head.numberLine;
    const double numberH = textHeight(numberFont, leftW, number);
    drawText(QRectF(0, ly, leftW, numberH), numberFont, number, Qt::AlignHCenter | Qt::AlignTop);
    ly += numberH;

    const QFont titleFont = font(11.5, true);
    const QFont mottoFont = font(12.5, true);
    double ry = 0;
    const double nationalH = textHeight(titleFont, rightW, report::ReportTexts::nationalTitle());
    drawText(QRectF(rightX, ry, rightW, nationalH), titleFont, report::ReportTexts::nationalTitle(), Qt::AlignHCenter | Qt::AlignTop);
    ry += nationalH;
    const double mottoH = textHeight(mottoFont, rightW, report::ReportTexts::motto());
    drawText(QRectF(rightX, ry, rightW, mottoH), mottoFont, report::ReportTexts::motto(), Qt::AlignHCenter | Qt::AlignTop);
    ry += mottoH + mm(0.8);
    const double mottoW = std::min(rightW, textWidth(mottoFont, report::ReportTexts::motto()));
    m_painter.setPen(QPen(Qt::black, mm(0.25)));
    m_painter.drawLine(QPointF(rightX + (rightW - mottoW) / 2, ry), QPointF(rightX + (rightW + mottoW) / 2, ry));
    ry += mm(3.5);
    const QFont placeFont = font(12.5, false, true);
    const QString &placeDate = head.placeAndDate;
    const double placeH = textHeight(placeFont, rightW, placeDate);
    drawText(QRectF(rightX, ry, rightW, placeH), placeFont, placeDate, Qt::AlignHCenter | Qt::AlignTop);
    ry += placeH;
    advance(std::max(ly, ry) / mm(1) + 8);

    // Title.
    paragraph(head.title, font(14, true), Qt::AlignHCenter, 0.5);
    paragraph(report::ReportTexts::subtitle(), font(13, true), Qt::AlignHCenter, 0.5);
    for (int i = 0; i < head.lines.size(); ++i)
        paragraph(head.lines.at(i), font(12, false, true), Qt::AlignHCenter, i + 1 == head.lines.size() ? 5 : 0.3);
}

void ReportPageWriter::documentEnd(const QStringList &recipientLines, const QString &anchor)
{
    // The end: signatures, recipients ("Nơi nhận", bottom left, as official documents end) and the
    // history's anchor, small (a printed copy can later prove that the case history was not
    // rewritten). Kept together on one page.
    {
        const QFont signFont = font(12.5, true);
        const QFont hintFont = font(12, false, true);
        const QFont recipientsHeadingFont = font(12, true, true);
        const QFont recipientsFont = font(11);
        QFont anchorFont = font(8.5);
        // Spaced a hair apart: no ligature may turn the hash's "ff" or "fi" into one glyph, so that
        // the printed (or copied) anchor reads exactly as `audit verify --anchor` takes it.
        anchorFont.setLetterSpacing(QFont::AbsoluteSpacing, 0.2);
        const double half = width() / 2;
        const double recipientsW = width() * 0.6;
        const QString recipients = recipientLines.join(QLatin1Char('\n'));
        const double signH = textHeight(signFont, half, report::ReportTexts::preparedBy());
        const double hintH = textHeight(hintFont, half, report::ReportTexts::signHint());
        const double signSpace = mm(25);
        const double headingH = textHeight(recipientsHeadingFont, recipientsW, report::ReportTexts::recipientsHeading());
        const double recipientsH = textHeight(recipientsFont, recipientsW, recipients);
        const double anchorH = textHeight(anchorFont, width(), anchor);
        ensure(signH + hintH + signSpace + headingH + recipientsH + mm(4) + anchorH);

        double at = m_y;
        drawText(QRectF(0, at, half, signH), signFont, report::ReportTexts::preparedBy(), Qt::AlignHCenter | Qt::AlignTop);
        drawText(QRectF(half, at, half, signH), signFont, report::ReportTexts::headOfUnit(), Qt::AlignHCenter | Qt::AlignTop);
        at += signH;
        drawText(QRectF(0, at, half, hintH), hintFont, report::ReportTexts::signHint(), Qt::AlignHCenter | Qt::AlignTop);
        drawText(QRectF(half, at, half, hintH), hintFont, report::ReportTexts::signHint(), Qt::AlignHCenter | Qt::AlignTop);
        at += hintH + signSpace;
        drawText(QRectF(0, at, recipientsW, headingH), recipientsHeadingFont, report::ReportTexts::recipientsHeading(), Qt::AlignLeft | Qt::AlignTop);
        at += headingH;
        drawText(QRectF(0, at, recipientsW, recipientsH), recipientsFont, recipients, Qt::AlignLeft | Qt::AlignTop);
        at += recipientsH + mm(4);
        drawText(QRectF(0, at, width(), anchorH), anchorFont, anchor, Qt::AlignLeft | Qt::AlignTop);
        at += anchorH;
        advance((at - m_y) / mm(1) + 2);
    }
}

void setReportValueRange(QValueAxis *axis, double max)
{
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
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
}

QChart *reportBarChart(QGraphicsScene &scene, const QStringList &labels, const QList<qreal> &values, const QColor &color, bool horizontal)
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
    auto *axisY = new QValueAxis;
    setReportValueRange(axisY, max);
    axisY->setLabelsFont(axisFont);
    axisY->setGridLinePen(QPen(QColor(0xCC, 0xCC, 0xCC), 0.5));
    chart->addAxis(axisY, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(axisY);
    return chart;
}

} // namespace casedesk::ui
