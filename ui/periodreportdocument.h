#pragma once

#include "core/common/expected.h"
#include "core/report/periodreport.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QPrinter;

namespace casedesk::ui {

/// The period report as an A4 Vietnamese administrative document, laid out as the daily summary
/// (Decree 30/2020/NĐ-CP): "BÁO CÁO THÁNG" for a calendar month, "BÁO CÁO SƠ KẾT" otherwise,
/// numbered sections, charts, the signature block, and the per-unit figures as an annex. Serves
/// the print preview, printing and the PDF, on screen or offscreen (it needs a QApplication).
class PeriodReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::ui::PeriodReportDocument)

public:
    explicit PeriodReportDocument(report::PeriodReport report);

    const report::PeriodReport &report() const { return m_report; }

    /// Sets A4 portrait and the document's margins on @p printer, then draws every page on it.
    void print(QPrinter *printer) const;
    /// Draws every page on @p device (A4 already set); returns the number of pages drawn.
    int render(QPagedPaintDevice *device) const;
    /// Writes the document as a PDF file.
    Status writePdf(const QString &fileName) const;

private:
    report::PeriodReport m_report;
};

} // namespace casedesk::ui
