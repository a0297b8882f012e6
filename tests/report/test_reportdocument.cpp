#include "glossarytranslator.h"
#include "reportfixture.h"
#include "support/testservices.h"

#include "core/domain/reorganisation.h"
#include "core/report/dailyreportbuilder.h"
#include "core/report/periodreportbuilder.h"
#include "core/report/reporttexts.h"
#include "core/report/reportwriters.h"
#include "core/store/reorganisationstore.h"
#include "core/store/statement.h"
#include "ui/periodreportdialog.h"
#include "ui/periodreportdocument.h"
#include "ui/reportdialog.h"
#include "ui/reportdocument.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace casedesk;
using casedesk::tests::ReportFixture;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The line of the layout text that holds @p label, split in words.
QStringList lineWith(const QString &text, const QString &label)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.contains(label))
            return line.mid(line.indexOf(label) + label.size()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    FAIL("no line with " << label.toStdString());
    return {};
}

struct Vietnamese
{
    Vietnamese()
    {
        REQUIRE(translator.load(QStringLiteral(REPORT_TEST_DATA "/glossary-vi.json")));
        QCoreApplication::installTranslator(&translator);
    }
    ~Vietnamese() { QCoreApplication::removeTranslator(&translator); }
    tests::GlossaryTranslator translator;
};

} // namespace

TEST_CASE("The PDF is an A4 administrative document in Vietnamese with the day's figures", "[report][pdf]")
{
    ReportFixture f;
    Vietnamese vi;
    report::DailyReportBuilder builder(f.db(), f.clock());
    auto r = builder.build(QDate(2026, 11, 30));
    REQUIRE(r.ok());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("bao-cao.pdf"));
    REQUIRE(ui::ReportDocument(*r).writePdf(pdf).ok());

    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());

    // Header, national title and motto, place and date, title, signature block.
    CHECK(text.contains(QStringLiteral("BỘ CÔNG AN")));
    CHECK(text.contains(QStringLiteral("CÔNG AN TỈNH TRÀ VINH")));
    CHECK(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    CHECK(text.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    CHECK(text.contains(QStringLiteral("Trà Vinh, ngày 30 tháng 11 năm 2026")));
    CHECK(text.contains(QStringLiteral("BÁO CÁO TỔNG HỢP NGÀY")));
    CHECK(text.contains(QStringLiteral("Tiếp nhận, xử lý tin nhắn của người dân qua Zalo")));
    CHECK(text.contains(QStringLiteral("NGƯỜI LẬP BIỂU")));
    CHECK(text.contains(QStringLiteral("LÃNH ĐẠO ĐƠN VỊ")));
    CHECK(text.contains(QStringLiteral("(Ký, ghi rõ họ tên)")));
    CHECK(text.contains(QStringLiteral("I. TIẾP NHẬN")));
    CHECK(text.contains(QStringLiteral("V. BIỂU ĐỒ")));

    // Figures: this day, the day before, the change.
    CHECK(lineWith(text, QStringLiteral("Vụ việc tiếp nhận")).mid(0, 3)
          == QStringList({QStringLiteral("5"), QStringLiteral("2"), QStringLiteral("+3")}));
    CHECK(lineWith(text, QStringLiteral("Vụ việc đã trả lời")).mid(0, 2) == QStringList({QStringLiteral("4"), QStringLiteral("1")}));
    CHECK(lineWith(text, QStringLiteral("Chưa kết thúc cuối ngày")).mid(0, 2) == QStringList({QStringLiteral("8"), QStringLiteral("3")}));
    CHECK(lineWith(text, QStringLiteral("Tiếp nhận 5 vụ việc")).size() >= 1);
    // Urgent cases still open: codes and holding unit, never the citizen.
    CHECK(text.contains(QStringLiteral("TV-2026-000002")));
    CHECK(text.contains(QStringLiteral("TV-2026-000010")));
    CHECK_FALSE(text.contains(ReportFixture::citizenName()));
    CHECK_FALSE(text.contains(QStringLiteral("Tôi là")));
}

TEST_CASE("The daily summary dialog opens its print preview offscreen and exports", "[report][ui]")
{
    ReportFixture f;
    auto services = testsupport::makeServices(f.db(), f.clock());
    ui::ReportDialog dialog(*services);
    dialog.show();
    dialog.setDate(QDate(2026, 11, 30));
    CHECK(dialog.unitId() == QStringLiteral("84"));
    REQUIRE(dialog.setUnitId(QStringLiteral("842")));
    CHECK(dialog.unitId() == QStringLiteral("842"));
    auto built = dialog.buildReport();
    REQUIRE(built.ok());
    CHECK(built->today.received == 3);
    REQUIRE(dialog.setUnitId(QStringLiteral("84")));

    QPrintPreviewDialog *preview = dialog.openPreview();
    REQUIRE(preview);
    QTRY_VERIFY_WITH_TIMEOUT(preview->isVisible(), 5000);
    auto *widget = preview->findChild<QPrintPreviewWidget *>();
    REQUIRE(widget);
    QTRY_VERIFY_WITH_TIMEOUT(widget->pageCount() >= 2, 10000);
    const QImage shot = preview->grab().toImage();
    CHECK(shot.width() > 0);
    preview->close();

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("day.csv"));
    REQUIRE(dialog.exportCsv(csv).ok());
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    CHECK(csvFile.readAll().startsWith("\xEF\xBB\xBF"));
    const QString pdf = dir.filePath(QStringLiteral("day.pdf"));
    REQUIRE(dialog.exportPdf(pdf).ok());
    CHECK(pdfText(pdf).contains(QStringLiteral("TV-2026-000002")));

    // A folder that does not exist: a clear error, nothing written.
    const auto bad = dialog.exportPdf(dir.filePath(QStringLiteral("missing/day.pdf")));
    CHECK_FALSE(bad.ok());
}

TEST_CASE("The daily summary dialog shows the unit tree of the chosen day", "[report][ui]")
{
    ReportFixture f;
    QFile file(QStringLiteral(CASEDESK_RESOURCES "/reorganisations/2025-03-01-giai-the-cong-an-cap-huyen.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto reorganisation = domain::Reorganisation::fromJson(file.readAll(), file.fileName());
    REQUIRE(reorganisation.ok());
    REQUIRE(store::ReorganisationStore(f.db()).apply(*reorganisation, QStringLiteral("Quản trị"), f.clock().nowMs()).ok());

    auto services = testsupport::makeServices(f.db(), f.clock());
    ui::ReportDialog dialog(*services);
    dialog.show();
    // Before the district-level police were abolished: the city's police, its wards under it.
    dialog.setDate(QDate(2025, 2, 20));
    REQUIRE(dialog.setUnitId(QStringLiteral("29236")));
    auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("reportUnitTree"));
    REQUIRE(tree);
    CHECK(tree->currentIndex().parent().data().toString() == QStringLiteral("Công an thành phố Trà Vinh"));
    REQUIRE(dialog.setUnitId(QStringLiteral("842")));
    auto before = dialog.buildReport();
    REQUIRE(before.ok());
    CHECK(before->unit.name == QStringLiteral("Công an thành phố Trà Vinh"));
    // After: no city police; the choice falls back to the province, the ward is under it.
    dialog.setDate(QDate(2026, 11, 30));
    CHECK_FALSE(dialog.setUnitId(QStringLiteral("842")));
    CHECK(dialog.unitId() == QStringLiteral("84"));
    REQUIRE(dialog.setUnitId(QStringLiteral("29236")));
    CHECK(tree->currentIndex().parent().data().toString() == QStringLiteral("Công an tỉnh Trà Vinh"));
}

TEST_CASE("The daily summary proposes yesterday in the morning and today from noon (office time)", "[report][ui]")
{
    using report::DailyReportBuilder;
    CHECK(DailyReportBuilder::defaultDate(tests::local("2026-11-30T09:00")) == QDate(2026, 11, 29));
    CHECK(DailyReportBuilder::defaultDate(tests::local("2026-11-30T00:30")) == QDate(2026, 11, 29));
    CHECK(DailyReportBuilder::defaultDate(tests::local("2026-11-30T11:59")) == QDate(2026, 11, 29));
    CHECK(DailyReportBuilder::defaultDate(tests::local("2026-11-30T12:00")) == QDate(2026, 11, 30));
    CHECK(DailyReportBuilder::defaultDate(tests::local("2026-11-30T14:00")) == QDate(2026, 11, 30));
    CHECK(DailyReportBuilder::defaultDate(tests::local("2026-12-01T08:00")) == QDate(2026, 11, 30));

    // The dialog asks the clock it is given, not the computer's.
    ReportFixture f;
    f.clock().set(QDateTime::fromMSecsSinceEpoch(tests::local("2026-11-30T09:00"), QTimeZone::utc()));
    auto services = testsupport::makeServices(f.db(), f.clock());
    {
        ui::ReportDialog morning(*services);
        CHECK(morning.date() == QDate(2026, 11, 29));
    }
    f.clock().set(QDateTime::fromMSecsSinceEpoch(tests::local("2026-11-30T14:00"), QTimeZone::utc()));
    ui::ReportDialog afternoon(*services);
    CHECK(afternoon.date() == QDate(2026, 11, 30));
}

TEST_CASE("The urgent cases are an annex at the end, one line each, after the Nơi nhận block, in plain words", "[report][pdf]")
{
    ReportFixture f;
    Vietnamese vi;
    report::DailyReportBuilder builder(f.db(), f.clock());
    auto built = builder.build(QDate(2026, 11, 30));
    REQUIRE(built.ok());
    report::DailyReport r = *built;
    REQUIRE_FALSE(r.urgentOpen.isEmpty());
    // A unit whose name cannot fit its column, and enough cases to fill pages: each still one line.
    const QString longName = QStringLiteral("Phòng Cảnh sát điều tra tội phạm về trật tự quản lý kinh tế và chức vụ, "
                                            "tham nhũng, buôn lậu, môi trường và các loại tội phạm khác");
    for (int i = 0; i < 100; ++i) {
        report::UrgentOpenCase u;
        u.code = QStringLiteral("TV-2026-9%1").arg(i, 5, 10, QLatin1Char('0'));
        u.unitId = QStringLiteral("84-PC03");
        u.unitName = longName;
        u.category = i % 2 ? domain::Category::CrimeReport : domain::Category::SecurityReport;
        u.openedAt = tests::local("2026-11-20T08:15");
        u.waitingMinutes = 10 * 24 * 60 + i;
        u.overdue = i % 3 == 0;
        r.urgentOpen.push_back(u);
    }

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("bao-cao.pdf"));
    REQUIRE(ui::ReportDocument(r).writePdf(pdf).ok());
    const QString text = pdfText(pdf);
    INFO(text.toStdString());

    // Plain words: no time zone's name, no statistician's word.
    CHECK(text.contains(QStringLiteral("Số liệu ngày 30/11/2026, từ 00 giờ 00 đến 24 giờ 00")));
    CHECK_FALSE(text.contains(QStringLiteral("Asia/Ho_Chi_Minh")));
    CHECK_FALSE(text.contains(QStringLiteral("Phân vị")));
    CHECK_FALSE(text.contains(QStringLiteral("Trung vị")));
    CHECK(text.contains(QStringLiteral("9/10 vụ việc")));

    // The body says how many and points to the annex; "Nơi nhận" ends the document before it.
    CHECK(text.contains(QStringLiteral("Còn %1 vụ việc khẩn chưa kết thúc").arg(r.urgentOpen.size())));
    const auto recipients = text.indexOf(QStringLiteral("Nơi nhận:"));
    const auto annex = text.indexOf(QStringLiteral("PHỤ LỤC"));
    REQUIRE(recipients > 0);
    REQUIRE(annex > recipients);
    CHECK(text.indexOf(QStringLiteral("NGƯỜI LẬP BIỂU")) < recipients);
    CHECK(text.contains(QStringLiteral("- Lãnh đạo Công an tỉnh Trà Vinh (để báo cáo);")));
    CHECK(text.contains(QStringLiteral("- Các đơn vị trực thuộc;")));
    CHECK(text.contains(QStringLiteral("- Lưu: VT.")));
    CHECK(text.contains(QStringLiteral("DANH SÁCH VỤ VIỆC KHẨN CHƯA KẾT THÚC")));

    // One row per urgent case, only in the annex: its number, code, unit (cut with "…" when
    // long), category, time received, waiting and overdue mark all on the code's line.
    const QStringList lines = text.mid(annex).split(QLatin1Char('\n'));
    CHECK_FALSE(text.left(annex).contains(r.urgentOpen.constFirst().code));
    int n = 0;
    for (const report::UrgentOpenCase &u : std::as_const(r.urgentOpen)) {
        ++n;
        INFO(u.code.toStdString());
        QStringList withCode;
        for (const QString &line : lines) {
            if (line.contains(u.code))
                withCode << line;
        }
        REQUIRE(withCode.size() == 1);
        const QString row = withCode.constFirst();
        CHECK(row.simplified().startsWith(QString::number(n) + QLatin1Char(' ') + u.code));
        CHECK(row.contains(domain::categoryShortName(u.category)));
        CHECK(row.contains(QDateTime::fromMSecsSinceEpoch(u.openedAt, r.timeZone).toString(QStringLiteral("dd/MM HH:mm"))));
        CHECK(row.contains(report::ReportTexts::waiting(u.waitingMinutes)));
        CHECK(row.trimmed().endsWith(QStringLiteral("Có")) == u.overdue);
        if (u.unitName == longName)
            CHECK(row.contains(QStringLiteral("…")));
        // The unit in full, or its beginning and "…".
        CHECK((row.contains(u.unitName) || (row.contains(u.unitName.left(12)) && row.contains(QStringLiteral("…")))));
    }
    CHECK_FALSE(text.contains(ReportFixture::citizenName()));

    // The HTML says the same, its annex a table of one row per case, the text escaped.
    const QString html = report::dailyReportToHtml(r);
    CHECK(html.contains(QStringLiteral("Nơi nhận:")));
    CHECK(html.contains(QStringLiteral("PHỤ LỤC")));
    CHECK_FALSE(html.contains(QStringLiteral("Asia/Ho_Chi_Minh")));
    CHECK_FALSE(html.contains(QStringLiteral("Phân vị")));
    CHECK(html.count(QStringLiteral("<tr><td>")) >= r.urgentOpen.size());
    CHECK(html.count(QStringLiteral("TV-2026-9")) == 100);
}

TEST_CASE("After an export the dialog names the file and opens its folder on request", "[report][ui]")
{
    ReportFixture f;
    auto services = testsupport::makeServices(f.db(), f.clock());
    ui::ReportDialog dialog(*services);
    dialog.show();
    dialog.setDate(QDate(2026, 11, 30));
    QList<QUrl> opened;
    dialog.setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    QTemporaryDir dir;
    const QVector<std::pair<QString, ui::ReportDialog::Export>> exports
        = {{QStringLiteral("bao-cao.pdf"), ui::ReportDialog::Export::Pdf}, {QStringLiteral("vu-viec.csv"), ui::ReportDialog::Export::Csv}};
    for (const auto &[name, what] : exports) {
        opened.clear();
        const QString file = dir.filePath(name);
        QPointer<QMessageBox> box = dialog.exportAndConfirm(file, what);
        REQUIRE(box);
        CHECK(QFileInfo::exists(file));
        QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), 5000);
        CHECK(box->text().contains(name));
        CHECK(box->text().contains(QDir::toNativeSeparators(dir.path())));
        auto *open = box->findChild<QAbstractButton *>(QStringLiteral("openFolderButton"));
        REQUIRE(open);
        open->click();
        REQUIRE(opened.size() == 1);
        CHECK(opened.constFirst() == QUrl::fromLocalFile(QFileInfo(file).absolutePath()));
        QTRY_VERIFY_WITH_TIMEOUT(box.isNull(), 5000); // closed (and deleted) by the click
    }
}

TEST_CASE("The period report's PDF is a Decree 30 document in Vietnamese with numbered sections, charts and the units' annex",
          "[report][pdf][period]")
{
    ReportFixture f;
    Vietnamese vi;
    // Two citizens were asked whether they were satisfied; one gave 4.
    {
        store::Statement first(f.db(), "SELECT id FROM cases ORDER BY id LIMIT 2");
        QVector<qint64> ids;
        while (first.next())
            ids << first.int64(0);
        REQUIRE(ids.size() == 2);
        for (qint64 id : ids)
            f.addEvent(id, tests::local("2026-11-20T09:00"), QStringLiteral("satisfaction_sent"),
                       {{QStringLiteral("message_id"), QStringLiteral("q")}}, QStringLiteral("CaseDesk"));
        REQUIRE(store::Statement(f.db(), "UPDATE cases SET satisfaction_rating = 4 WHERE id = ?1").bind(1, ids.first()).exec().ok());
    }
    report::PeriodReportBuilder builder(f.db(), f.clock());
    auto month = builder.build(QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(month.ok());
    REQUIRE(month->satisfaction.asked == 2);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("bao-cao-thang.pdf"));
    REQUIRE(ui::PeriodReportDocument(*month).writePdf(pdf).ok());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());

    // The daily summary's head and end.
    CHECK(text.contains(QStringLiteral("BỘ CÔNG AN")));
    CHECK(text.contains(QStringLiteral("CÔNG AN TỈNH TRÀ VINH")));
    CHECK(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    CHECK(text.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    CHECK(text.contains(QStringLiteral("Trà Vinh, ngày 02 tháng 12 năm 2026")));
    CHECK(text.contains(QStringLiteral("NGƯỜI LẬP BIỂU")));
    CHECK(text.contains(QStringLiteral("Nơi nhận:")));
    // A calendar month: its title, and the month said plainly.
    CHECK(text.contains(QStringLiteral("BÁO CÁO THÁNG")));
    CHECK_FALSE(text.contains(QStringLiteral("BÁO CÁO SƠ KẾT")));
    CHECK(text.contains(QStringLiteral("Tháng 11/2026 (từ ngày 01/11/2026 đến ngày 30/11/2026)")));
    // Numbered sections, in order, then the annex after "Nơi nhận".
    const QStringList sections = {QStringLiteral("I. TIẾP NHẬN"),
                                  QStringLiteral("II. KẾT QUẢ XỬ LÝ"),
                                  QStringLiteral("III. THỜI GIAN PHẢN HỒI ĐẦU TIÊN"),
                                  QStringLiteral("IV. SO SÁNH VỚI KỲ TRƯỚC"),
                                  QStringLiteral("V. XẾP HẠNG ĐƠN VỊ"),
                                  QStringLiteral("VI. Ý KIẾN NGƯỜI DÂN"),
                                  QStringLiteral("VII. BIỂU ĐỒ"),
                                  QStringLiteral("Nơi nhận:"),
                                  QStringLiteral("PHỤ LỤC"),
                                  QStringLiteral("SỐ LIỆU THEO ĐƠN VỊ"),
                                  QStringLiteral("Đơn vị không tiếp nhận vụ việc nào trong kỳ")};
    qsizetype at = -1;
    for (const QString &s : sections) {
        INFO(s.toStdString());
        const qsizetype next = text.indexOf(s);
        CHECK(next > at);
        at = std::max(at, next);
    }
    CHECK(text.contains(QStringLiteral("Câu hỏi về mức độ hài lòng đã gửi tới 2 người dân")));
    CHECK(text.contains(QStringLiteral("điểm (50%), điểm")));
    CHECK(text.contains(QLocale().toString(4.0, 'f', 1) + QStringLiteral("/5.")));
    CHECK(text.contains(QStringLiteral("Theo đơn vị (đơn vị đang giữ vụ việc khi gửi câu hỏi):")));
    CHECK(text.contains(QStringLiteral("Chưa kết thúc cuối kỳ")));
    CHECK(text.contains(QStringLiteral("Kỳ này")));
    CHECK(text.contains(QStringLiteral("Kỳ trước")));
    // The charts' captions and their words (Qt Charts draws text the PDF keeps).
    CHECK(text.contains(QStringLiteral("Số vụ việc tiếp nhận theo ngày, theo loại")));
    CHECK(text.contains(QStringLiteral("Thời gian phản hồi đầu tiên theo ngày (giờ)")));
    CHECK(text.contains(QStringLiteral("Đơn vị tiếp nhận nhiều vụ việc nhất, theo loại")));
    // Every ranked unit in the annex; never the citizen.
    for (const report::UnitPeriodFigures &u : month->ranking)
        CHECK(text.mid(text.indexOf(QStringLiteral("SỐ LIỆU THEO ĐƠN VỊ"))).contains(u.name.left(12))); // long names wrap in their cell
    CHECK_FALSE(text.contains(ReportFixture::citizenName()));

    // Any other period is a review, charted by week beyond a month.
    auto review = builder.build(QDate(2026, 10, 1), QDate(2026, 11, 30));
    REQUIRE(review.ok());
    const QString reviewPdf = dir.filePath(QStringLiteral("bao-cao-so-ket.pdf"));
    REQUIRE(ui::PeriodReportDocument(*review).writePdf(reviewPdf).ok());
    const QString reviewText = pdfText(reviewPdf);
    INFO(reviewText.toStdString());
    CHECK(reviewText.contains(QStringLiteral("BÁO CÁO SƠ KẾT")));
    CHECK(reviewText.contains(QStringLiteral("Từ ngày 01/10/2026 đến ngày 30/11/2026 (61 ngày)")));
    CHECK(reviewText.contains(QStringLiteral("Số vụ việc tiếp nhận theo tuần, theo loại")));
    CHECK(reviewText.contains(QStringLiteral("VII. BIỂU ĐỒ")));
}

TEST_CASE("The period report dialog sets the days of its quick choices, builds the report, charts it and exports", "[report][ui][period]")
{
    ReportFixture f; // the clock: 2 December 2026
    auto services = testsupport::makeServices(f.db(), f.clock());
    ui::PeriodReportDialog dialog(*services);
    dialog.show();
    using Choice = ui::PeriodReportDialog::Choice;
    // Last month by default: November.
    CHECK(dialog.choice() == Choice::LastMonth);
    CHECK(dialog.from() == QDate(2026, 11, 1));
    CHECK(dialog.to() == QDate(2026, 11, 30));
    CHECK(dialog.unitId() == QStringLiteral("84"));
    auto built = dialog.buildReport();
    REQUIRE(built.ok());
    CHECK(built->isCalendarMonth());
    CHECK(built->current.totals.received >= 7);
    REQUIRE(dialog.chartView());
    REQUIRE(dialog.chartView()->chart());
    CHECK(dialog.chartView()->chart()->series().size() == 1);
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("periodSummary"));
    REQUIRE(summary);
    CHECK(summary->textFormat() == Qt::PlainText);
    CHECK(summary->text().contains(QStringLiteral("MONTHLY REPORT")));

    dialog.setChoice(Choice::ThisWeek);
    CHECK(dialog.from() == QDate(2026, 11, 30));
    CHECK(dialog.to() == QDate(2026, 12, 2));
    CHECK(summary->text().contains(QStringLiteral("REVIEW REPORT")));
    dialog.setChoice(Choice::ThisQuarter);
    CHECK(dialog.from() == QDate(2026, 10, 1));
    dialog.setChoice(Choice::ThisYear);
    CHECK(dialog.from() == QDate(2026, 1, 1));
    CHECK(dialog.to() == QDate(2026, 12, 2));
    // The year since a day counts from the first day shown; a new first day moves the last.
    dialog.setChoice(Choice::YearSince);
    CHECK(dialog.from() == QDate(2026, 1, 1));
    auto *fromEdit = dialog.findChild<QDateEdit *>(QStringLiteral("periodFrom"));
    REQUIRE(fromEdit);
    fromEdit->setDate(QDate(2025, 10, 15));
    CHECK(dialog.choice() == Choice::YearSince);
    CHECK(dialog.to() == QDate(2026, 10, 14));
    // Editing the last day makes the days the user's own.
    auto *toEdit = dialog.findChild<QDateEdit *>(QStringLiteral("periodTo"));
    REQUIRE(toEdit);
    toEdit->setDate(QDate(2026, 11, 30));
    CHECK(dialog.choice() == Choice::Custom);

    // Days the wrong way round: said in the dialog's words, not the command line's.
    dialog.setPeriod(QDate(2026, 11, 30), QDate(2026, 11, 1));
    CHECK(summary->text().contains(QStringLiteral("30/11/2026")));
    CHECK_FALSE(summary->text().contains(QStringLiteral("--from")));
    // A period longer than a year: the reason, and no chart of other days under it.
    dialog.setPeriod(QDate(2025, 1, 1), QDate(2026, 11, 30));
    CHECK(summary->text().contains(QStringLiteral("366")));
    CHECK(dialog.chartView()->chart()->series().isEmpty());

    // A district, two days: the figures of its units only.
    dialog.setPeriod(QDate(2026, 11, 29), QDate(2026, 11, 30));
    REQUIRE(dialog.setUnitId(QStringLiteral("842")));
    built = dialog.buildReport();
    REQUIRE(built.ok());
    CHECK(built->unit.id == QStringLiteral("842"));
    CHECK(built->current.steps.size() == 2);
    REQUIRE(dialog.setUnitId(QStringLiteral("84")));

    QPrintPreviewDialog *preview = dialog.openPreview();
    REQUIRE(preview);
    QTRY_VERIFY_WITH_TIMEOUT(preview->isVisible(), 5000);
    auto *widget = preview->findChild<QPrintPreviewWidget *>();
    REQUIRE(widget);
    QTRY_VERIFY_WITH_TIMEOUT(widget->pageCount() >= 2, 10000);
    preview->close();

    QTemporaryDir dir;
    QList<QUrl> opened;
    dialog.setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    const QString pdf = dir.filePath(QStringLiteral("ky.pdf"));
    QPointer<QMessageBox> box = dialog.exportAndConfirm(pdf, ui::PeriodReportDialog::Export::Pdf);
    REQUIRE(box);
    CHECK(box->text().contains(QStringLiteral("ky.pdf")));
    box->findChild<QAbstractButton *>(QStringLiteral("openFolderButton"))->click();
    CHECK(opened == QList<QUrl> {QUrl::fromLocalFile(dir.path())});
    CHECK(pdfText(pdf).contains(QStringLiteral("REVIEW REPORT")));
    const QString html = dir.filePath(QStringLiteral("ky.html"));
    REQUIRE(dialog.exportTo(html, ui::PeriodReportDialog::Export::Html).ok());
    QFile htmlFile(html);
    REQUIRE(htmlFile.open(QIODevice::ReadOnly));
    CHECK(htmlFile.readAll().startsWith("<!DOCTYPE html>"));
    const QString csv = dir.filePath(QStringLiteral("ky.csv"));
    REQUIRE(dialog.exportTo(csv, ui::PeriodReportDialog::Export::Csv).ok());
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    CHECK(csvFile.readAll().startsWith("\xEF\xBB\xBF"));
    CHECK_FALSE(dialog.exportTo(dir.filePath(QStringLiteral("missing/ky.pdf")), ui::PeriodReportDialog::Export::Pdf).ok());
}
