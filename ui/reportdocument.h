#pragma once

#include "core/common/expected.h"
#include "core/report/dailyreport.h"

#include <QCoreApplication>
#include <QFont>

class QPagedPaintDevice;
class QPainter;
class QPrinter;

namespace casedesk::ui {

/// The daily summary as an A4 Vietnamese administrative document (Decree 30/2020/NĐ-CP layout):
/// issuing unit and national title, place and date, title, tables, Qt Charts charts and the
/// signature block. The same drawing code serves the print preview, printing and the PDF, on
/// screen or under the offscreen platform (it needs a QApplication for the charts).
class ReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::ui::ReportDocument)

public:
    explicit ReportDocument(report::DailyReport report);

    const report::DailyReport &report() const { return m_report; }

    /// Sets A4 portrait and the document's margins on @p printer, then draws every page on it.
    void print(QPrinter *printer) const;
    /// Draws every page on @p device (a QPrinter or QPdfWriter already set to A4); returns the
    /// number of pages drawn.
    int render(QPagedPaintDevice *device) const;
    /// Writes the document as a PDF file.
    Status writePdf(const QString &fileName) const;

    /// The serif face with Vietnamese glyphs the document uses ("Noto Serif" when installed).
    static QString fontFamily();

private:
    report::DailyReport m_report;
};

} // namespace casedesk::ui
