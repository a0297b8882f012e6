#pragma once

#include "core/common/expected.h"
#include "core/report/periodchoice.h"
#include "core/report/periodreport.h"

#include <QDialog>
#include <QUrl>

#include <functional>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QMessageBox;
class QPrintPreviewDialog;
class QTreeView;

namespace casedesk {
class Clock;
}

namespace casedesk::store {
class Database;
}

namespace casedesk::ui {

class Services;
class UnitTreeModel;

/// Reports ▸ Period report: pick a period (a quick choice such as last month, or any days) and a
/// unit (with everything under it); see its figures and its chart of cases per day or week, then
/// preview, print, export the A4 document as PDF, the page as HTML, or the units' rows as CSV.
class PeriodReportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PeriodReportDialog(Services &services, QWidget *parent = nullptr);
    ~PeriodReportDialog() override;

    using Choice = report::PeriodChoice::Kind;
    Choice choice() const;
    /// Sets the quick choice and the days it covers (YearSince counts from the From day).
    void setChoice(Choice choice);
    QDate from() const;
    QDate to() const;
    /// Sets other days (the choice becomes Custom).
    void setPeriod(const QDate &from, const QDate &to);
    /// The chosen unit's id (the root when none is chosen).
    QString unitId() const;
    /// Selects a unit of the tree; false when there is none with that id.
    bool setUnitId(const QString &unitId);

    /// Builds the report of the chosen days and unit from the store.
    Expected<report::PeriodReport> buildReport();
    /// The chart in the dialog (cases per day or week), nullptr before a report was built.
    QChartView *chartView() const { return m_chartView; }

    /// Opens the print preview (non-modal; it closes with this dialog); nullptr after an error.
    QPrintPreviewDialog *openPreview();
    enum class Export {
        Pdf,
        Html,
        Csv,
    };
    Status exportTo(const QString &fileName, Export what);
    /// Exports, then says so in a message naming the file with an "Open folder" button; an error
    /// says why instead (nullptr).
    QMessageBox *exportAndConfirm(const QString &fileName, Export what);
    /// What opens a folder (QDesktopServices::openUrl; tests put their own).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

private:
    void applyChoice();
    void datesEdited();
    void refresh();
    void printReport();
    void chooseAndExport(Export what);
    void showError(const QString &message);
    QString suggestedFileName(const QString &suffix) const;
    QDate today() const;

    Services &m_services;
    store::Database &m_db;
    const Clock &m_clock;
    UnitTreeModel *m_units = nullptr;
    QTreeView *m_unitView = nullptr;
    QComboBox *m_choice = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_chartView = nullptr;
    bool m_settingDates = false;
    std::function<bool(const QUrl &)> m_openUrl;
};

} // namespace casedesk::ui
