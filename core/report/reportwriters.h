#pragma once

#include "core/report/dailyreport.h"
#include "core/report/periodreport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace casedesk::report {

/// The summary as the JSON document of the command-line contract (CLI.md, `report daily`),
/// with extra fields: names, by unit and hour, missed reply windows, comparisons.
QJsonObject dailyReportToJson(const DailyReport &report);

/// One row per case received or acted on that day: UTF-8 with a byte-order mark (Excel),
/// comma-separated, RFC 4180 quoting, CRLF line ends, times ISO 8601 with the office's offset.
/// Never the citizen's identity.
QByteArray dailyReportToCsv(const DailyReport &report);

/// A field quoted as RFC 4180 asks (quotes doubled; quoted when it holds a comma, quote or line end).
QString csvField(const QString &value);

/// A standalone HTML page of the summary (tables and simple bars, no script), UTF-8.
QString dailyReportToHtml(const DailyReport &report);

/// The period report as JSON: the daily summary's figures over the period (`from`, `to`,
/// `days`, `received`, `answered` … `overdue`, `first_response`), the same for
/// `previous_period`, their `change`, the `ranking` of units and the units that
/// `received_nothing`.
QJsonObject periodReportToJson(const PeriodReport &report);

/// A standalone HTML page of the period report (tables and simple bars, no script), UTF-8: the
/// A4 document's sections and annex. Every text is escaped: names are never markup.
QString periodReportToHtml(const PeriodReport &report);

/// One row per unit of the period report: the ranking, then the units that received nothing,
/// then the total; the same encoding as dailyReportToCsv (BOM, RFC 4180, CRLF).
QByteArray periodReportToCsv(const PeriodReport &report);

} // namespace casedesk::report
