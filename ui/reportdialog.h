#pragma once

#include "core/common/expected.h"
#include "core/report/dailyreport.h"

#include <QDialog>
#include <QUrl>

#include <functional>

class QDateEdit;
class QLabel;
class QMessageBox;
class QPrintPreviewDialog;
class QPushButton;
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

/// Reports ▸ Daily summary: pick a day and a unit (with everything under it), then preview,
/// print, export the A4 document as PDF, or export the day's cases as CSV.
class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(Services &services, QWidget *parent = nullptr);
    ~ReportDialog() override;

    QDate date() const;
    void setDate(const QDate &date);
    /// The chosen unit's id (the root when none is chosen).
    QString unitId() const;
    /// Selects a unit of the tree; false when there is none with that id.
    bool setUnitId(const QString &unitId);

    /// Builds the summary of the chosen day and unit from the store.
    Expected<report::DailyReport> buildReport();

    /// Opens the print preview (non-modal; it closes with this dialog); nullptr after an error.
    QPrintPreviewDialog *openPreview();
    Status exportPdf(const QString &fileName);
    Status exportCsv(const QString &fileName);
    enum class Export {
        Pdf,
        Csv,
    };
    /// Exports @p what to @p fileName, then says so in a message naming the file, whose "Open
    /// folder" button opens the folder that holds it; an error says why instead. Returns the
    /// message box (non-modal, deleted on close); nullptr after an error.
    QMessageBox *exportAndConfirm(const QString &fileName, Export what);
    /// What opens a folder (QDesktopServices::openUrl; tests put their own).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

private:
    void preview();
    void printReport();
    void chooseAndExportPdf();
    void chooseAndExportCsv();
    void refreshSummary();
    void loadTree();
    void showError(const QString &message);
    QString suggestedFileName(const QString &suffix) const;
    QMessageBox *confirmExported(const QString &fileName);

    Services &m_services;
    store::Database &m_db;
    const Clock &m_clock;
    UnitTreeModel *m_units = nullptr;
    QTreeView *m_unitView = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QLabel *m_summary = nullptr;
    QStringList m_treeKey; // what the tree shows: id, parent and name of each unit
    std::function<bool(const QUrl &)> m_openUrl;
};

} // namespace casedesk::ui
