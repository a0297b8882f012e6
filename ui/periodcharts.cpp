#include "periodcharts.h"

#include "reportdocument.h"
#include "reportpagewriter.h"

#include "core/report/periodreporttexts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace casedesk::ui::periodcharts {

namespace {

using report::PeriodReportTexts;

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    return chart;
}

QFont chartFont(int pixelSize)
{
    QFont f(ReportDocument::fontFamily());
    f.setPixelSize(pixelSize);
    return f;
}

void showLegend(QChart *chart, int pixelSize)
{
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(chartFont(pixelSize));
    chart->legend()->setVisible(true);
}

QBarCategoryAxis *categoryAxis(const QStringList &labels, int pixelSize)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(labels);
    axis->setLabelsFont(chartFont(pixelSize));
    axis->setGridLineVisible(false);
    return axis;
}

QValueAxis *valueAxis(double max, int pixelSize)
{
    auto *axis = new QValueAxis;
    setReportValueRange(axis, max);
    axis->setLabelsFont(chartFont(pixelSize));
    axis->setGridLinePen(QPen(QColor(0xCC, 0xCC, 0xCC), 0.5));
    return axis;
}

// The axis of the steps. A few: one label each. More: a value axis labelled every fifth day (and
// on the first day and the first of a month, with its month), or at most eight weeks by their
// Monday; a bar axis would cut every label to "…" in the narrow slots of a month or a year.
QAbstractAxis *stepAxis(const report::PeriodReport &report, int pixelSize)
{
    const QVector<report::PeriodStep> &steps = report.current.steps;
    if (steps.size() <= 6) {
        QStringList labels;
        for (const report::PeriodStep &s : steps)
            labels << PeriodReportTexts::stepLabel(report, s);
        return categoryAxis(labels, pixelSize);
    }
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setLabelsFont(chartFont(pixelSize));
    axis->setGridLineVisible(false);
    axis->setRange(-0.5, steps.size() - 0.5);
    axis->setStartValue(-0.5);
    const bool days = report.current.stepsAreDays();
    const int every = int(std::ceil(steps.size() / 8.0));
    for (int i = 0; i < steps.size(); ++i) {
        const QDate &day = steps.at(i).from;
        if (days && (i == 0 || day.day() == 1))
            axis->append(day.toString(QStringLiteral("d/M")), i);
        else if (days && day.day() % 5 == 0 && day.day() < 30)
            axis->append(QString::number(day.day()), i);
        else if (!days && i % every == 0)
            axis->append(day.toString(QStringLiteral("dd/MM")), i);
    }
    return axis;
}

} // namespace

QColor categoryColor(int index)
{
    static const QColor colours[]
        = {QColor(0x1F, 0x4E, 0x79), QColor(0xB2, 0x6B, 0x00), QColor(0x2E, 0x7D, 0x32), QColor(0x6A, 0x1B, 0x9A), QColor(0x75, 0x75, 0x75)};
    return colours[index % 5];
}

QChart *receivedPerStep(const report::PeriodReport &report, int pixelSize)
{
    QChart *chart = newChart();
    auto *series = new QStackedBarSeries;
    const QStringList keys = domain::categoryKeys();
    QVector<int> totals(report.current.steps.size(), 0);
    for (int k = 0; k < keys.size(); ++k) {
        auto *set = new QBarSet(domain::categoryShortName(domain::categoryFromKey(keys.at(k)).value_or(domain::Category::Other)));
        set->setColor(categoryColor(k));
        set->setBorderColor(categoryColor(k).darker(130));
        for (int i = 0; i < report.current.steps.size(); ++i) {
            const int n = report.current.steps.at(i).receivedByCategory.value(keys.at(k));
            set->append(n);
            totals[i] += n;
        }
        series->append(set);
    }
    series->setBarWidth(0.8);
    chart->addSeries(series);
    QAbstractAxis *x = stepAxis(report, pixelSize);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = valueAxis(totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend()), pixelSize);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    showLegend(chart, pixelSize);
    return chart;
}

QChart *responsePerStep(const report::PeriodReport &report, int pixelSize)
{
    QChart *chart = newChart();
    auto *series = new QBarSeries;
    auto *median = new QBarSet(PeriodReportTexts::medianSeries());
    auto *p90 = new QBarSet(PeriodReportTexts::p90Series());
    median->setColor(QColor(0x1F, 0x4E, 0x79));
    p90->setColor(QColor(0x9E, 0xC5, 0xE8));
    p90->setBorderColor(QColor(0x1F, 0x4E, 0x79));
    double most = 0;
    for (const report::PeriodStep &s : report.current.steps) {
        const double m = s.firstResponse.medianMinutes.value_or(0) / 60.0;
        const double p = s.firstResponse.p90Minutes.value_or(0) / 60.0;
        median->append(m);
        p90->append(p);
        most = std::max({most, m, p});
    }
    series->append(median);
    series->append(p90);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    QAbstractAxis *x = stepAxis(report, pixelSize);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = valueAxis(most, pixelSize);
    y->setTitleText(PeriodReportTexts::hoursAxis());
    y->setTitleFont(chartFont(pixelSize));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    showLegend(chart, pixelSize);
    return chart;
}

QChart *unitsBreakdown(const report::PeriodReport &report, int units, int pixelSize)
{
    QChart *chart = newChart();
    QVector<report::UnitPeriodFigures> top = report.ranking;
    std::stable_sort(top.begin(), top.end(),
                     [](const report::UnitPeriodFigures &a, const report::UnitPeriodFigures &b) { return a.received > b.received; });
    if (top.size() > units)
        top.resize(units);
    // Bottom to top in the chart, so that the unit that received most is on top.
    std::reverse(top.begin(), top.end());
    auto *series = new QHorizontalStackedBarSeries;
    const QStringList keys = domain::categoryKeys();
    for (int k = 0; k < keys.size(); ++k) {
        auto *set = new QBarSet(domain::categoryShortName(domain::categoryFromKey(keys.at(k)).value_or(domain::Category::Other)));
        set->setColor(categoryColor(k));
        set->setBorderColor(categoryColor(k).darker(130));
        for (const report::UnitPeriodFigures &u : std::as_const(top))
            set->append(u.receivedByCategory.value(keys.at(k)));
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    QStringList names;
    int most = 0;
    for (const report::UnitPeriodFigures &u : std::as_const(top)) {
        QString name = u.name;
        while (names.contains(name)) // two wards of one name in two districts: the axis needs distinct labels
            name += QLatin1Char(' ');
        names << name;
        most = std::max(most, u.received);
    }
    QBarCategoryAxis *y = categoryAxis(names, pixelSize);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis *x = valueAxis(most, pixelSize);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    showLegend(chart, pixelSize);
    return chart;
}

} // namespace casedesk::ui::periodcharts
