#include "reportfixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace casedesk;
using casedesk::tests::ReportFixture;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess p;
    p.setProgram(QStringLiteral(CASEDESK_CLI_PATH));
    p.setArguments(arguments);
    p.start();
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray readAll(const QString &fileName)
{
    QFile f(fileName);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

// casedesk-cli reads the real clock: the JSON test takes the 30th when that day is over, else the 29th.

TEST_CASE("casedesk-cli report daily writes the JSON and CSV of the contract", "[report][cli]")
{
    ReportFixture f;
    QTemporaryDir out;
    const QString date = QDate::currentDate() >= QDate(2026, 12, 1) ? QStringLiteral("2026-11-30") : QStringLiteral("2026-11-29");
    const bool day30 = date == QLatin1String("2026-11-30");
    const QString json = out.filePath(QStringLiteral("r.json"));
    Run r = cli({QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"), date,
                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), json, QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(readAll(json)).object();
    CHECK(o.value(QStringLiteral("date")).toString() == date);
    CHECK(o.value(QStringLiteral("unit")).toString() == QStringLiteral("84"));
    // The 30th: A, B, D, I, J; the 29th: C and F.
    CHECK(o.value(QStringLiteral("received")).toObject().value(QStringLiteral("total")).toInt() == (day30 ? 5 : 2));
    CHECK(o.value(QStringLiteral("answered")).toInt() == (day30 ? 4 : 1));
    CHECK(o.value(QStringLiteral("open")).toInt() == (day30 ? 8 : 3));
    CHECK(o.value(QStringLiteral("overdue")).toInt() == (day30 ? 3 : 2));
    CHECK(o.value(QStringLiteral("urgent_open")).toArray().size() == (day30 ? 2 : 0));

    const QString csv = out.filePath(QStringLiteral("r.csv"));
    r = cli({QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"), date,
             QStringLiteral("--unit"), QStringLiteral("842"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv,
             QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonObject said = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(said.value(QStringLiteral("out")).toString() == csv);
    CHECK(said.value(QStringLiteral("unit")).toString() == QStringLiteral("842"));
    const QByteArray bytes = readAll(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("TV-2026-000006"));
    CHECK_FALSE(bytes.contains(ReportFixture::citizenName().toUtf8()));
}

TEST_CASE("casedesk-cli report daily draws the PDF headless", "[report][cli][pdf]")
{
    ReportFixture f;
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("r.pdf"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CASEDESK_CLI_PATH),
            {QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"),
             QStringLiteral("daily"), QStringLiteral("--date"), QStringLiteral("2026-11-29"), QStringLiteral("--format"), QStringLiteral("pdf"),
             QStringLiteral("--out"), pdf});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    CHECK(readAll(pdf).startsWith("%PDF-"));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString t = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(t.contains(QStringLiteral("CÔNG AN TỈNH TRÀ VINH")));
    CHECK(t.contains(QStringLiteral("DAILY SUMMARY REPORT")));
    CHECK(t.contains(QStringLiteral("PREPARED BY")));
    // The printed copy anchors the case history: the anchor `audit verify` accepts.
    Run audit = cli({QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    REQUIRE(audit.exitCode == 0);
    const QString anchor = QJsonDocument::fromJson(audit.out.toUtf8()).object().value(QStringLiteral("anchor")).toString();
    REQUIRE(anchor.size() > 65);
    INFO(t.toStdString());
    INFO(anchor.toStdString());
    CHECK(QString(t).remove(QLatin1Char('\n')).contains(anchor));
    Run check
        = cli({QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), anchor});
    CHECK(check.exitCode == 0);
}

TEST_CASE("The daily summary carries the case history's anchor, which audit verify finds on the chain", "[report][cli][audit]")
{
    ReportFixture f;
    Run r = cli({QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
                 QStringLiteral("2026-11-29"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    const QJsonObject history = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("history")).toObject();
    const QString anchor = history.value(QStringLiteral("anchor")).toString();
    CHECK(history.value(QStringLiteral("events")).toInt() > 0);
    CHECK(anchor
          == history.value(QStringLiteral("head")).toString() + QLatin1Char(':') + QString::number(history.value(QStringLiteral("events")).toInt()));
    Run html = cli({QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
                    QStringLiteral("2026-11-29"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), QStringLiteral("-")});
    REQUIRE(html.exitCode == 0);
    CHECK(html.out.contains(anchor));

    Run ok = cli({QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), anchor,
                  QStringLiteral("--json")});
    CHECK(ok.exitCode == 0);
    CHECK(QJsonDocument::fromJson(ok.out.toUtf8()).object().value(QStringLiteral("anchor_found")).toBool());
    // Later events keep the anchor on the chain.
    f.addEvent(1, 1, QStringLiteral("noted"), {{QStringLiteral("text"), QStringLiteral("sau khi in")}}, QStringLiteral("Lê Văn Tám"));
    CHECK(cli({QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), anchor})
              .exitCode
          == 0);
    // A made-up anchor is not on it: exit 1, saying so.
    const QString forged = QString(64, QLatin1Char('0')) + QLatin1Char(':') + QString::number(history.value(QStringLiteral("events")).toInt());
    Run bad = cli({QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("audit"),
                   QStringLiteral("verify"), QStringLiteral("--anchor"), forged});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("not on the history's chain")));
    CHECK(cli({QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"),
               QStringLiteral("nonsense")})
              .exitCode
          == 2);
}

TEST_CASE("casedesk-cli report daily refuses bad requests with a reason and the right exit code", "[report][cli]")
{
    ReportFixture f;
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("r.json"));
    const QStringList base = {QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"),
                              QStringLiteral("daily")};
    Run r = cli(base + QStringList {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), file});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--date")));
    r = cli(base
            + QStringList {QStringLiteral("--date"), QStringLiteral("30/11/2026"), QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("--out"), file});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("30/11/2026")));
    r = cli(base
            + QStringList {QStringLiteral("--date"), QStringLiteral("2026-11-29"), QStringLiteral("--format"), QStringLiteral("docx"),
                           QStringLiteral("--out"), file});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("docx")));
    CHECK(r.err.contains(QStringLiteral("pdf, html, json or csv")));
    r = cli(base + QStringList {QStringLiteral("--date"), QStringLiteral("2026-11-29"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--out")));
    r = cli(base
            + QStringList {QStringLiteral("--date"), QStringLiteral("2026-11-29"), QStringLiteral("--unit"), QStringLiteral("99999"),
                           QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), file});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("99999")));
    r = cli(base
            + QStringList {QStringLiteral("--date"), QStringLiteral("2999-01-01"), QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("--out"), file});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("2999-01-01")));
    CHECK_FALSE(QFile::exists(file));
}

TEST_CASE("casedesk-cli report period writes its JSON and CSV", "[report][cli][period]")
{
    ReportFixture f;
    if (QDate::currentDate() < QDate(2026, 12, 1)) {
        WARN("the machine's clock is before 1 December 2026: the period of the known cases has not ended");
        return;
    }
    QTemporaryDir out;
    const QString json = out.filePath(QStringLiteral("p.json"));
    Run r = cli({QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"),
                 QStringLiteral("period"), QStringLiteral("--from"), QStringLiteral("2026-11-29"), QStringLiteral("--to"),
                 QStringLiteral("2026-11-30"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), json});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("2026-11-29")));
    CHECK(r.out.contains(json));
    const QJsonObject o = QJsonDocument::fromJson(readAll(json)).object();
    CHECK(o.value(QStringLiteral("from")).toString() == QStringLiteral("2026-11-29"));
    CHECK(o.value(QStringLiteral("to")).toString() == QStringLiteral("2026-11-30"));
    CHECK(o.value(QStringLiteral("days")).toInt() == 2);
    CHECK(o.value(QStringLiteral("unit")).toString() == QStringLiteral("84"));
    const QJsonObject received = o.value(QStringLiteral("received")).toObject();
    CHECK(received.value(QStringLiteral("total")).toInt() == 7);
    CHECK(received.value(QStringLiteral("by_category")).toObject().size() == 5);
    CHECK(received.value(QStringLiteral("by_level")).toObject().value(QStringLiteral("commune")).toInt() == 6);
    CHECK(received.value(QStringLiteral("by_unit")).toArray().size() == 4);
    for (const char *key : {"answered", "forwarded", "escalated", "returned", "closed", "open", "overdue"})
        CHECK(o.value(QLatin1String(key)).isDouble());
    const QJsonObject pq = o.value(QStringLiteral("first_response")).toObject().value(QStringLiteral("procedure_question")).toObject();
    CHECK(pq.value(QStringLiteral("median_minutes")).toDouble() == 30);
    CHECK(pq.value(QStringLiteral("p90_minutes")).toDouble() == 840);
    CHECK(pq.value(QStringLiteral("within_deadline")).toDouble() == Approx(0.667));
    CHECK(o.value(QStringLiteral("previous_period")).toObject().value(QStringLiteral("to")).toString() == QStringLiteral("2026-11-28"));
    CHECK(o.value(QStringLiteral("change")).toObject().value(QStringLiteral("received")).toDouble() == 7);
    const QJsonArray ranking = o.value(QStringLiteral("ranking")).toArray();
    REQUIRE(ranking.size() == 4);
    const QJsonObject first = ranking.at(0).toObject();
    CHECK(first.value(QStringLiteral("rank")).toInt() == 1);
    CHECK(first.value(QStringLiteral("unit")).toString() == QStringLiteral("29239"));
    CHECK(first.value(QStringLiteral("within_deadline_share")).toDouble() == 1);
    CHECK(o.value(QStringLiteral("received_nothing")).toArray().at(0).toObject().value(QStringLiteral("unit")).toString() == QStringLiteral("84"));

    // CSV of a district to standard output.
    r = cli({QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("report"), QStringLiteral("period"), QStringLiteral("--from"),
             QStringLiteral("2026-11-29"), QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--unit"), QStringLiteral("842"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("\r\n1,29239,")));
    CHECK_FALSE(r.out.contains(ReportFixture::citizenName()));
}

TEST_CASE("casedesk-cli report period draws the monthly report headless in Vietnamese and writes its HTML", "[report][cli][pdf][period]")
{
    ReportFixture f;
    if (QDate::currentDate() < QDate(2026, 12, 1)) {
        WARN("the machine's clock is before 1 December 2026: November has not ended");
        return;
    }
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("thang.pdf"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CASEDESK_CLI_PATH),
            {QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("--lang"), QStringLiteral("vi"), QStringLiteral("report"),
             QStringLiteral("period"), QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    CHECK(readAll(pdf).startsWith("%PDF-"));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString t = QString::fromUtf8(text.readAllStandardOutput());
    INFO(t.toStdString());
    // The shipped Vietnamese translation: title, numbered sections, annex.
    CHECK(t.contains(QStringLiteral("CÔNG AN TỈNH TRÀ VINH")));
    CHECK(t.contains(QStringLiteral("BÁO CÁO THÁNG")));
    CHECK(t.contains(QStringLiteral("I. TIẾP NHẬN")));
    CHECK(t.contains(QStringLiteral("II. KẾT QUẢ XỬ LÝ")));
    CHECK(t.contains(QStringLiteral("III. THỜI GIAN PHẢN HỒI ĐẦU TIÊN")));
    CHECK(t.contains(QStringLiteral("IV. SO SÁNH VỚI KỲ TRƯỚC")));
    CHECK(t.contains(QStringLiteral("V. XẾP HẠNG ĐƠN VỊ")));
    CHECK(t.contains(QStringLiteral("VII. BIỂU ĐỒ")));
    CHECK(t.contains(QStringLiteral("PHỤ LỤC")));
    CHECK(t.contains(QStringLiteral("SỐ LIỆU THEO ĐƠN VỊ")));
    CHECK(t.contains(QStringLiteral("NGƯỜI LẬP BIỂU")));
    CHECK_FALSE(t.contains(ReportFixture::citizenName()));

    // Sixteen days: a review; its HTML page to standard output.
    Run r = cli({QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("--lang"), QStringLiteral("vi"), QStringLiteral("report"),
                 QStringLiteral("period"), QStringLiteral("--from"), QStringLiteral("2026-11-15"), QStringLiteral("--to"),
                 QStringLiteral("2026-11-30"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), QStringLiteral("-")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(r.out.contains(QStringLiteral("BÁO CÁO SƠ KẾT")));
    CHECK(r.out.contains(QStringLiteral("VII. BIỂU ĐỒ")));
    CHECK_FALSE(r.out.contains(ReportFixture::citizenName()));
}

TEST_CASE("casedesk-cli report period refuses bad requests with a reason and the right exit code", "[report][cli][period]")
{
    ReportFixture f;
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("p.json"));
    const QStringList base = {QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"),
                              QStringLiteral("period")};
    const auto period = [&](const char *from, const char *to, const QStringList &more = {}) {
        return cli(base + QStringList {QStringLiteral("--from"), QString::fromLatin1(from), QStringLiteral("--to"), QString::fromLatin1(to)} + more);
    };
    const QStringList json = {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), file};

    Run r = cli(base + json);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--from")));
    r = period("2026-11-30", "2026-11-01", json);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("2026-11-30 is after 2026-11-01")));
    r = period("2026-11-01", "2026-13-01", json);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("2026-13-01")));
    r = period("2025-01-01", "2026-11-30", json);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("699 days")));
    r = period("2026-11-01", "2026-11-30", QStringList {QStringLiteral("--unit"), QStringLiteral("99999")} + json);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("99999")));
    r = period("2026-11-01", "2999-01-01", json);
    CHECK(r.exitCode == 2); // longer than a year
    r = period("2998-12-01", "2999-01-01", json);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("2999-01-01")));
    // A PDF needs a file; an unknown format names the ones there are.
    r = period("2026-11-01", "2026-11-30", {QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), QStringLiteral("-")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("FILE.pdf")));
    r = period("2026-11-01", "2026-11-30", {QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"), file});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("docx")));
    CHECK(r.err.contains(QStringLiteral("pdf, html, json or csv")));
    r = period("2026-11-01", "2026-11-30", {QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--out")));
    r = period("2026-11-01", "2026-11-30", QStringList {QStringLiteral("--date"), QStringLiteral("2026-11-02")} + json);
    CHECK(r.exitCode == 2);
    CHECK_FALSE(QFile::exists(file));
}
