#include "reportfixture.h"

#include "core/report/dailyreportbuilder.h"
#include "core/report/reportwriters.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace casedesk;
using casedesk::tests::ReportFixture;

namespace {

report::DailyReport build(ReportFixture &f)
{
    report::DailyReportBuilder builder(f.db(), f.clock());
    auto r = builder.build(QDate(2026, 11, 30));
    REQUIRE(r.ok());
    return *r;
}

// An RFC 4180 reader, strict enough to notice a writer's mistake.
QVector<QStringList> parseCsv(const QString &text)
{
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            REQUIRE(field.isEmpty());
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (ch == QLatin1Char('\r')) {
            REQUIRE(i + 1 < text.size());
            REQUIRE(text.at(i + 1) == QLatin1Char('\n'));
        } else if (ch == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else {
            field += ch;
        }
    }
    REQUIRE_FALSE(quoted);
    REQUIRE(field.isEmpty());
    return rows;
}

} // namespace

TEST_CASE("The JSON of the daily summary has the fields of the command-line contract", "[report]")
{
    ReportFixture f;
    const QJsonObject o = report::dailyReportToJson(build(f));
    CHECK(o.value(QStringLiteral("date")).toString() == QStringLiteral("2026-11-30"));
    CHECK(o.value(QStringLiteral("unit")).toString() == QStringLiteral("84"));
    const QJsonObject received = o.value(QStringLiteral("received")).toObject();
    CHECK(received.value(QStringLiteral("total")).toInt() == 5);
    const QJsonObject byCategory = received.value(QStringLiteral("by_category")).toObject();
    CHECK(byCategory.value(QStringLiteral("procedure_question")).toInt() == 2);
    CHECK(byCategory.value(QStringLiteral("crime_report")).toInt() == 1);
    CHECK(byCategory.value(QStringLiteral("security_report")).toInt() == 2);
    CHECK(byCategory.value(QStringLiteral("petition")).toInt() == 0);
    CHECK(byCategory.value(QStringLiteral("other")).toInt() == 0);
    const QJsonObject byLevel = received.value(QStringLiteral("by_level")).toObject();
    CHECK(byLevel.value(QStringLiteral("commune")).toInt() == 4);
    CHECK(byLevel.value(QStringLiteral("department")).toInt() == 1);
    CHECK(o.value(QStringLiteral("answered")).toInt() == 4);
    CHECK(o.value(QStringLiteral("forwarded")).toInt() == 1);
    CHECK(o.value(QStringLiteral("escalated")).toInt() == 1);
    CHECK(o.value(QStringLiteral("returned")).toInt() == 1);
    CHECK(o.value(QStringLiteral("closed")).toInt() == 1);
    CHECK(o.value(QStringLiteral("open")).toInt() == 8);
    CHECK(o.value(QStringLiteral("overdue")).toInt() == 3);

    const QJsonObject pq = o.value(QStringLiteral("first_response")).toObject().value(QStringLiteral("procedure_question")).toObject();
    CHECK(pq.value(QStringLiteral("median_minutes")).toDouble() == Approx(30));
    CHECK(pq.value(QStringLiteral("p90_minutes")).toDouble() == Approx(840));
    CHECK(pq.value(QStringLiteral("within_deadline")).toDouble() == Approx(0.667));
    const QJsonObject crime = o.value(QStringLiteral("first_response")).toObject().value(QStringLiteral("crime_report")).toObject();
    CHECK(crime.value(QStringLiteral("median_minutes")).isNull());

    const QJsonArray urgent = o.value(QStringLiteral("urgent_open")).toArray();
    REQUIRE(urgent.size() == 2);
    const QJsonObject b = urgent.at(0).toObject();
    CHECK(b.value(QStringLiteral("code")).toString() == QStringLiteral("TV-2026-000002"));
    CHECK(b.value(QStringLiteral("unit")).toString() == QStringLiteral("84-PC07"));
    CHECK(b.value(QStringLiteral("category")).toString() == QStringLiteral("crime_report"));
    CHECK(b.value(QStringLiteral("waiting_minutes")).toInt() == 900);

    CHECK(o.value(QStringLiteral("previous_day")).toObject().value(QStringLiteral("received")).toInt() == 2);
    CHECK(o.value(QStringLiteral("change")).toObject().value(QStringLiteral("vs_previous_day")).toObject().value(QStringLiteral("received")).toInt()
          == 3);
    CHECK(o.value(QStringLiteral("missed_reply_window")).toObject().value(QStringLiteral("total")).toInt() == 2);

    // Never the citizen: no name, and not the text they wrote.
    const QByteArray json = QJsonDocument(o).toJson();
    CHECK_FALSE(json.contains(ReportFixture::citizenName().toUtf8()));
    CHECK_FALSE(json.contains("Tôi là"));
}

TEST_CASE("The CSV has a BOM and RFC 4180 quoting and one row per case received or acted on", "[report]")
{
    ReportFixture f;
    const QByteArray csv = report::dailyReportToCsv(build(f));
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    CHECK_FALSE(csv.contains(ReportFixture::citizenName().toUtf8()));
    const QVector<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));

    REQUIRE(rows.size() == 1 + 8); // header; G, C, F, I, A, B, J, D (H had nothing that day, E came after)
    const QStringList header = rows.at(0);
    CHECK(header.at(0) == QStringLiteral("Case code"));
    for (const QStringList &row : rows)
        CHECK(row.size() == header.size());
    QStringList order;
    for (int i = 1; i < rows.size(); ++i)
        order << rows.at(i).at(0);
    CHECK(order
          == QStringList({QStringLiteral("TV-2026-000007"), QStringLiteral("TV-2026-000003"), QStringLiteral("TV-2026-000006"),
                          QStringLiteral("TV-2026-000009"), QStringLiteral("TV-2026-000001"), QStringLiteral("TV-2026-000002"),
                          QStringLiteral("TV-2026-000010"), QStringLiteral("TV-2026-000004")}));

    const int cCategory = int(header.indexOf(QStringLiteral("Category")));
    const int cOrigin = int(header.indexOf(QStringLiteral("Origin unit")));
    const int cUnit = int(header.indexOf(QStringLiteral("Current unit")));
    const int cStatus = int(header.indexOf(QStringLiteral("Status")));
    const int cOpened = int(header.indexOf(QStringLiteral("Opened")));
    const int cFirst = int(header.indexOf(QStringLiteral("First response")));
    const int cDue = int(header.indexOf(QStringLiteral("Due")));
    const int cOverdue = int(header.indexOf(QStringLiteral("Overdue")));
    REQUIRE(std::min({cCategory, cOrigin, cUnit, cStatus, cOpened, cFirst, cDue, cOverdue}) >= 0);

    // B: held by PC07 (a name with commas, quoted) at midnight, transferred, overdue.
    const QStringList b = rows.at(6);
    CHECK(b.at(cCategory) == QStringLiteral("Crime report"));
    CHECK(b.at(cOrigin) == QStringLiteral("Công an phường 4"));
    CHECK(b.at(cUnit) == QStringLiteral("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"));
    CHECK(b.at(cStatus) == QStringLiteral("Transferred"));
    CHECK(b.at(cOpened) == QStringLiteral("2026-11-30T09:00:00+07:00"));
    CHECK(b.at(cFirst).isEmpty());
    CHECK(b.at(cDue) == QStringLiteral("2026-11-30T10:00:00+07:00"));
    CHECK(b.at(cOverdue) == QStringLiteral("yes"));
    CHECK(csv.contains("\"Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ\""));

    // C: open again at midnight (it was closed only the next day).
    CHECK(rows.at(2).at(cStatus) == QStringLiteral("In progress"));
    // A: answered, first response time given.
    CHECK(rows.at(5).at(cFirst) == QStringLiteral("2026-11-30T08:30:00+07:00"));
    CHECK(rows.at(5).at(cOverdue) == QStringLiteral("no"));
    // D: a unit name with quotes is quoted with doubled quotes.
    CHECK(rows.at(8).at(cOrigin) == QStringLiteral("Công an thị trấn \"Càng Long\""));
    CHECK(csv.contains("\"Công an thị trấn \"\"Càng Long\"\"\""));
    CHECK(rows.at(8).at(cOpened) == QStringLiteral("2026-11-30T23:59:30+07:00"));
}

TEST_CASE("CSV fields are quoted only when they must be", "[report]")
{
    CHECK(report::csvField(QStringLiteral("TV-2026-000001")) == QStringLiteral("TV-2026-000001"));
    CHECK(report::csvField(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(report::csvField(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(report::csvField(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
}

TEST_CASE("The HTML page holds the figures escaped and no citizen identity", "[report]")
{
    ReportFixture f;
    const QString html = report::dailyReportToHtml(build(f));
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.contains(QStringLiteral("TV-2026-000002")));
    CHECK(html.contains(QStringLiteral("Công an thị trấn &quot;Càng Long&quot;")));
    CHECK_FALSE(html.contains(ReportFixture::citizenName()));
    CHECK(html.contains(QStringLiteral("SOCIALIST REPUBLIC OF VIETNAM")));
}
