#include "reportdialog.h"

#include "services.h"

#include "exportedmessage.h"
#include "reportdialogparts.h"
#include "reportdocument.h"
#include "unittreemodel.h"

#include "core/common/clock.h"
#include "core/report/dailyreportbuilder.h"
#include "core/report/reportwriters.h"
#include "core/store/unitstore.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTreeView>
#include <QVBoxLayout>

namespace casedesk::ui {

ReportDialog::ReportDialog(Services &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_db(services.database())
    , m_clock(services.clock())
    , m_units(new UnitTreeModel(this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("ReportDialog"));
    setWindowTitle(tr("Daily summary"));

    m_unitView = reportdialogparts::newUnitTree(m_units, QStringLiteral("reportUnitTree"), this);

    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setObjectName(QStringLiteral("reportDate"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    const qint64 now = m_clock.nowMs();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, report::DailyReportBuilder::defaultTimeZone()).date();
    m_dateEdit->setMaximumDate(today);
    // In the morning the summary wanted is yesterday's (today has just begun); from noon, today's.
    m_dateEdit->setDate(report::DailyReportBuilder::defaultDate(now));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setMinimumWidth(320);

    auto *form = new QFormLayout;
    form->addRow(tr("&Day:"), m_dateEdit);
    auto *unitLabel = new QLabel(tr("&Unit (with the units under it):"), this);
    unitLabel->setBuddy(m_unitView);

    auto *previewButton = new QPushButton(tr("Print pre&view…"), this);
    previewButton->setObjectName(QStringLiteral("previewButton"));
    auto *printButton = new QPushButton(tr("&Print…"), this);
    printButton->setObjectName(QStringLiteral("printButton"));
    auto *pdfButton = new QPushButton(tr("Export P&DF…"), this);
    pdfButton->setObjectName(QStringLiteral("pdfButton"));
    auto *csvButton = new QPushButton(tr("Export &CSV…"), this);
    csvButton->setObjectName(QStringLiteral("csvButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(printButton, QDialogButtonBox::ActionRole);
    buttons->addButton(pdfButton, QDialogButtonBox::ActionRole);
    buttons->addButton(csvButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::printReport);
    connect(pdfButton, &QPushButton::clicked, this, &ReportDialog::chooseAndExportPdf);
    connect(csvButton, &QPushButton::clicked, this, &ReportDialog::chooseAndExportCsv);

    auto *left = new QVBoxLayout;
    left->addWidget(unitLabel);
    left->addWidget(m_unitView, 1);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_summary, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    loadTree();
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this] {
        loadTree();
        refreshSummary();
    });
    connect(m_unitView->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReportDialog::refreshSummary);
    refreshSummary();
    resize(760, 520);
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::loadTree()
{
    // The tree of the chosen day: a unit since closed is there with the units it had then, one
    // created since is not. Reset only when that tree differs, so that a date step keeps what is
    // open and chosen.
    auto units = m_services.units().listAt(date());
    if (!units) {
        m_summary->setText(units.error().message);
        return;
    }
    QStringList key;
    key.reserve(units->size());
    for (const domain::Unit &u : std::as_const(*units))
        key << u.id + QLatin1Char('\x1f') + u.parentId + QLatin1Char('\x1f') + u.name;
    if (key == m_treeKey)
        return;
    m_treeKey = key;
    const QSignalBlocker blocker(m_unitView->selectionModel());
    reportdialogparts::showUnits(m_units, m_unitView, *units);
}

QDate ReportDialog::date() const
{
    return m_dateEdit->date();
}

void ReportDialog::setDate(const QDate &date)
{
    m_dateEdit->setDate(date);
}

QString ReportDialog::unitId() const
{
    return reportdialogparts::chosenUnitId(m_unitView);
}

bool ReportDialog::setUnitId(const QString &unitId)
{
    return reportdialogparts::chooseUnit(m_units, m_unitView, unitId);
}

Expected<report::DailyReport> ReportDialog::buildReport()
{
    report::DailyReportBuilder builder(m_db, m_clock);
    return builder.build(date(), unitId());
}

void ReportDialog::refreshSummary()
{
    auto r = buildReport();
    if (!r) {
        m_summary->setText(r.error().message);
        return;
    }
    const report::DayFigures &d = r->today;
    m_summary->setText(tr("%1\n\nReceived: %2\nAnswered: %3\nForwarded: %4 · escalated: %5 · returned: %6\nClosed: %7\n"
                          "Still open: %8 · overdue: %9\nUrgent cases still open: %10")
                           .arg(r->unit.name)
                           .arg(d.received)
                           .arg(d.answered)
                           .arg(d.forwarded)
                           .arg(d.escalated)
                           .arg(d.returned)
                           .arg(d.closed)
                           .arg(d.open)
                           .arg(d.overdue)
                           .arg(r->urgentOpen.size()));
}

QPrintPreviewDialog *ReportDialog::openPreview()
{
    auto r = buildReport();
    if (!r) {
        showError(r.error().message);
        return nullptr;
    }
    const auto document = std::make_shared<ReportDocument>(std::move(*r));
    return reportdialogparts::openPreview(this, QStringLiteral("reportPreview"), tr("Daily summary — print preview"),
                                          [document](QPrinter *p) { document->print(p); });
}

void ReportDialog::preview()
{
    openPreview();
}

void ReportDialog::printReport()
{
    auto r = buildReport();
    if (!r) {
        showError(r.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportDocument(std::move(*r)).print(&printer);
}

Status ReportDialog::exportPdf(const QString &fileName)
{
    auto r = buildReport();
    if (!r)
        return r.error();
    return ReportDocument(std::move(*r)).writePdf(fileName);
}

Status ReportDialog::exportCsv(const QString &fileName)
{
    auto r = buildReport();
    if (!r)
        return r.error();
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(report::dailyReportToCsv(*r)) < 0 || !file.commit())
        return Error {tr("The CSV file %1 cannot be written: %2").arg(fileName, file.errorString())};
    return {};
}

QString ReportDialog::suggestedFileName(const QString &suffix) const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir).filePath(tr("daily-summary-%1-%2").arg(date().toString(Qt::ISODate), unitId()) + suffix);
}

void ReportDialog::chooseAndExportPdf()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export the daily summary as PDF"), suggestedFileName(QStringLiteral(".pdf")),
                                                          tr("PDF documents (*.pdf)"));
    if (fileName.isEmpty())
        return;
    exportAndConfirm(fileName, Export::Pdf);
}

void ReportDialog::chooseAndExportCsv()
{
    const QString fileName
        = QFileDialog::getSaveFileName(this, tr("Export the day's cases as CSV"), suggestedFileName(QStringLiteral(".csv")), tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    exportAndConfirm(fileName, Export::Csv);
}

QMessageBox *ReportDialog::exportAndConfirm(const QString &fileName, Export what)
{
    if (auto r = what == Export::Csv ? exportCsv(fileName) : exportPdf(fileName); !r) {
        showError(r.error().message);
        return nullptr;
    }
    return confirmExported(fileName);
}

QMessageBox *ReportDialog::confirmExported(const QString &fileName)
{
    return showExportedMessage(this, tr("Daily summary"), fileName, m_openUrl);
}

void ReportDialog::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Daily summary"), message);
}

} // namespace casedesk::ui
