#pragma once

#include "core/report/periodreport.h"

#include <QColor>

class QChart;

namespace casedesk::ui {

/// The period report's charts, as Qt Charts charts: drawn into the A4 document (in a scene) and
/// shown in the period report dialog (in a chart view). Each chart is new, owned by the caller.
namespace periodcharts {

/// Cases received per day (periods of up to a month) or per week, stacked by category.
QChart *receivedPerStep(const report::PeriodReport &report, int pixelSize = 10);
/// The first-response time per day or week: half answered within, 9 in 10 answered within (hours).
QChart *responsePerStep(const report::PeriodReport &report, int pixelSize = 10);
/// The units that received the most cases (at most @p units), stacked by category.
QChart *unitsBreakdown(const report::PeriodReport &report, int units = 10, int pixelSize = 10);
/// The colour of a category in every chart (the legend names it: colour is never the only sign).
QColor categoryColor(int index);

} // namespace periodcharts

} // namespace casedesk::ui
