#include "periodreportdialog.h"

#include "exportedmessage.h"
#include "periodcharts.h"
#include "periodreportdocument.h"
#include "reportdialogparts.h"
#include "services.h"
#include "unittreemodel.h"

#include "core/common/clock.h"
#include "core/report/dailyreportbuilder.h"
#include "core/report/periodreportbuilder.h"
#include "core/report/periodreporttexts.h"
#include "core/report/reporttexts.h"
#include "core/report/reportwriters.h"
#include "core/store/unitstore.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
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
#include <QStandardPaths>
#include <QTreeView>
#include <QVBoxLayout>

namespace casedesk::ui {

using report::PeriodChoice;

PeriodReportDialog::PeriodReportDialog(Services &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_db(services.database())
    , m_clock(services.clock())
    , m_units(new UnitTreeModel(this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("PeriodReportDialog"));
    setWindowTitle(tr("Period report"));

    m_unitView = reportdialogparts::newUnitTree(m_units, QStringLiteral("periodUnitTree"), this);

    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("periodChoice"));
    for (const PeriodChoice::Kind kind : PeriodChoice::kinds())
        m_choice->addItem(PeriodChoice::name(kind), int(kind));
    const auto dateEdit = [this](const char *name) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setMaximumDate(today());
        return edit;
    };
    m_fromEdit = dateEdit("periodFrom");
    m_toEdit = dateEdit("periodTo");

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("periodSummary"));
    m_summary->setTextFormat(Qt::PlainText); // unit names are never markup
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setMinimumWidth(300);

    m_chartView = new QChartView(this);
    m_chartView->setObjectName(QStringLiteral("periodChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);

    auto *form = new QFormLayout;
    form->addRow(tr("P&eriod:"), m_choice);
    form->addRow(tr("&From:"), m_fromEdit);
    form->addRow(tr("&To:"), m_toEdit);
    auto *unitLabel = new QLabel(tr("&Unit (with the units under it):"), this);
    unitLabel->setBuddy(m_unitView);

    auto *previewButton = new QPushButton(tr("Print pre&view…"), this);
    previewButton->setObjectName(QStringLiteral("previewButton"));
    auto *printButton = new QPushButton(tr("&Print…"), this);
    printButton->setObjectName(QStringLiteral("printButton"));
    auto *pdfButton = new QPushButton(tr("Export P&DF…"), this);
    pdfButton->setObjectName(QStringLiteral("pdfButton"));
    auto *htmlButton = new QPushButton(tr("Export &HTML…"), this);
    htmlButton->setObjectName(QStringLiteral("htmlButton"));
    auto *csvButton = new QPushButton(tr("Export &CSV…"), this);
    csvButton->setObjectName(QStringLiteral("csvButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton *b : {previewButton, printButton, pdfButton, htmlButton, csvButton})
        buttons->addButton(b, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previewButton, &QPushButton::clicked, this, [this] { openPreview(); });
    connect(printButton, &QPushButton::clicked, this, &PeriodReportDialog::printReport);
    connect(pdfButton, &QPushButton::clicked, this, [this] { chooseAndExport(Export::Pdf); });
    connect(htmlButton, &QPushButton::clicked, this, [this] { chooseAndExport(Export::Html); });
    connect(csvButton, &QPushButton::clicked, this, [this] { chooseAndExport(Export::Csv); });

    auto *left = new QVBoxLayout;
    left->addWidget(unitLabel);
    left->addWidget(m_unitView, 1);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_summary);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 2);
    layout->addWidget(m_chartView, 3);
    layout->addWidget(buttons);

    if (const QString error = reportdialogparts::loadUnits(m_services, m_units, m_unitView); !error.isEmpty())
        m_summary->setText(error);
    // A month's report is the one most asked for; the month just ended is complete.
    m_choice->setCurrentIndex(m_choice->findData(int(Choice::LastMonth)));
    applyChoice();
    connect(m_choice, &QComboBox::currentIndexChanged, this, &PeriodReportDialog::applyChoice);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &PeriodReportDialog::datesEdited);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &PeriodReportDialog::datesEdited);
    connect(m_unitView->selectionModel(), &QItemSelectionModel::currentChanged, this, &PeriodReportDialog::refresh);
    resize(900, 680); // applyChoice() has built the report once already
}

PeriodReportDialog::~PeriodReportDialog() = default;

QDate PeriodReportDialog::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), report::DailyReportBuilder::defaultTimeZone()).date();
}

PeriodReportDialog::Choice PeriodReportDialog::choice() const
{
    return Choice(m_choice->currentData().toInt());
}

void PeriodReportDialog::setChoice(Choice choice)
{
    m_choice->setCurrentIndex(m_choice->findData(int(choice)));
}

QDate PeriodReportDialog::from() const
{
    return m_fromEdit->date();
}

QDate PeriodReportDialog::to() const
{
    return m_toEdit->date();
}

void PeriodReportDialog::setPeriod(const QDate &from, const QDate &to)
{
    m_settingDates = true;
    m_choice->setCurrentIndex(m_choice->findData(int(Choice::Custom)));
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
    m_settingDates = false;
    refresh();
}

QString PeriodReportDialog::unitId() const
{
    return reportdialogparts::chosenUnitId(m_unitView);
}

bool PeriodReportDialog::setUnitId(const QString &unitId)
{
    return reportdialogparts::chooseUnit(m_units, m_unitView, unitId);
}

void PeriodReportDialog::applyChoice()
{
    if (m_settingDates)
        return;
    const Choice kind = choice();
    if (kind == Choice::Custom)
        return; // the days stay as they are, to be edited
    // The year since a day counts from the From day shown (a launch date, set once).
    const PeriodChoice::Days days = PeriodChoice::days(kind, today(), m_fromEdit->date());
    m_settingDates = true;
    m_fromEdit->setDate(days.from);
    m_toEdit->setDate(days.to);
    m_settingDates = false;
    refresh();
}

void PeriodReportDialog::datesEdited()
{
    if (m_settingDates)
        return;
    // A new first day keeps "the year since a day" (its last day follows); any other edit makes
    // the days the user's own.
    if (choice() == Choice::YearSince && sender() == m_fromEdit) {
        applyChoice();
        return;
    }
    m_settingDates = true;
    m_choice->setCurrentIndex(m_choice->findData(int(Choice::Custom)));
    m_settingDates = false;
    refresh();
}

Expected<report::PeriodReport> PeriodReportDialog::buildReport()
{
    // Said in the dialog's words (the builder's names the command line's options).
    if (from() > to())
        return Error {tr("The first day (%1) is after the last (%2): choose a first day on or before the last.")
                          .arg(from().toString(QStringLiteral("dd/MM/yyyy")), to().toString(QStringLiteral("dd/MM/yyyy")))};
    report::PeriodReportBuilder builder(m_db, m_clock);
    return builder.build(from(), to(), unitId());
}

void PeriodReportDialog::refresh()
{
    auto r = buildReport();
    const auto showChart = [this](QChart *chart) {
        QChart *old = m_chartView->chart();
        m_chartView->setChart(chart);
        delete old;
    };
    if (!r) {
        m_summary->setText(r.error().message);
        showChart(new QChart); // no figures of other days left under the reason
        return;
    }
    using report::PeriodReportTexts;
    using report::ReportTexts;
    const report::DayFigures &d = r->current.totals;
    const report::DayFigures &p = r->previous.totals;
    // Counts as the locale writes them ("4.707"), as the change beside them is.
    const auto n = [](qint64 count) {
        return ReportTexts::number(double(count));
    };
    report::FirstResponseStats all;
    for (const report::FirstResponseStats &s : std::as_const(r->current.firstResponse)) {
        all.withDeadline += s.withDeadline;
        all.withinDeadline += s.withinDeadline;
    }
    m_summary->setText(tr("%1 · %2\n%3\n\nReceived: %4 (previous period %5, %6)\nAnswered: %7\nForwarded: %8 · escalated: %9 · returned: %10\n"
                          "Closed: %11\nStill open at the end: %12 · overdue: %13\nFirst answers within deadline: %14\n"
                          "Units ranked: %15 · received nothing: %16")
                           // One pass: a unit's name holding "%4" stays as it is.
                           .arg(PeriodReportTexts::title(*r), r->unit.name, PeriodReportTexts::period(*r), n(d.received), n(p.received),
                                ReportTexts::change(d.received - p.received), n(d.answered), n(d.forwarded), n(d.escalated), n(d.returned),
                                n(d.closed), n(d.open), n(d.overdue), ReportTexts::share(all.withinDeadlineShare()), n(r->ranking.size()),
                                n(r->receivedNothing.size())));
    QChart *chart = periodcharts::receivedPerStep(*r, 11);
    chart->setTitle(PeriodReportTexts::chartSteps(*r));
    showChart(chart);
}

QPrintPreviewDialog *PeriodReportDialog::openPreview()
{
    auto r = buildReport();
    if (!r) {
        showError(r.error().message);
        return nullptr;
    }
    const auto document = std::make_shared<PeriodReportDocument>(std::move(*r));
    return reportdialogparts::openPreview(this, QStringLiteral("periodPreview"), tr("Period report — print preview"),
                                          [document](QPrinter *p) { document->print(p); });
}

void PeriodReportDialog::printReport()
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
    PeriodReportDocument(std::move(*r)).print(&printer);
}

Status PeriodReportDialog::exportTo(const QString &fileName, Export what)
{
    auto r = buildReport();
    if (!r)
        return r.error();
    if (what == Export::Pdf)
        return PeriodReportDocument(std::move(*r)).writePdf(fileName);
    const QByteArray bytes = what == Export::Html ? report::periodReportToHtml(*r).toUtf8() : report::periodReportToCsv(*r);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error {tr("The file %1 cannot be written: %2").arg(fileName, file.errorString())};
    return {};
}

QString PeriodReportDialog::suggestedFileName(const QString &suffix) const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: a file name: %1 first day, %2 last day, %3 the unit's id
    return QDir(dir).filePath(tr("period-report-%1-%2-%3").arg(from().toString(Qt::ISODate), to().toString(Qt::ISODate), unitId()) + suffix);
}

void PeriodReportDialog::chooseAndExport(Export what)
{
    QString fileName;
    switch (what) {
    case Export::Pdf:
        fileName = QFileDialog::getSaveFileName(this, tr("Export the period report as PDF"), suggestedFileName(QStringLiteral(".pdf")),
                                                tr("PDF documents (*.pdf)"));
        break;
    case Export::Html:
        fileName = QFileDialog::getSaveFileName(this, tr("Export the period report as HTML"), suggestedFileName(QStringLiteral(".html")),
                                                tr("Web pages (*.html)"));
        break;
    case Export::Csv:
        fileName = QFileDialog::getSaveFileName(this, tr("Export the units' figures as CSV"), suggestedFileName(QStringLiteral(".csv")),
                                                tr("CSV files (*.csv)"));
        break;
    }
    if (!fileName.isEmpty())
        exportAndConfirm(fileName, what);
}

QMessageBox *PeriodReportDialog::exportAndConfirm(const QString &fileName, Export what)
{
    if (auto r = exportTo(fileName, what); !r) {
        showError(r.error().message);
        return nullptr;
    }
    return showExportedMessage(this, tr("Period report"), fileName, m_openUrl);
}

void PeriodReportDialog::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Period report"), message);
}

} // namespace casedesk::ui
