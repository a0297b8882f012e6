#pragma once

#include "core/report/dailyreport.h"

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

} // namespace casedesk::report
