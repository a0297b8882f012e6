#include "glossarytranslator.h"
#include "reportfixture.h"
#include "support/testservices.h"

#include "core/report/dailyreportbuilder.h"
#include "ui/reportdialog.h"
#include "ui/reportdocument.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
