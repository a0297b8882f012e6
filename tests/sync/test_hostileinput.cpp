// Hostile messages from citizens, end to end: written to a unit's Zalo account (the simulator),
// synced over loopback HTTP, then read through casedesk-cli as an officer or a script would.
// They are stored exactly, come back exactly in JSON, and are inert everywhere else.

#include "support/clirunner.h"
#include "syncfixture.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::testing;
using casedesk::testsupport::CliResult;
using casedesk::testsupport::runCli;
using casedesk::testsupport::runProgram;

namespace {

CliResult cli(const SyncFixture &f, QStringList args)
{
    args << QStringLiteral("--data-dir") << f.folder.path() << QStringLiteral("--officer") << QStringLiteral("Phạm Thu") << QStringLiteral("--lang")
         << QStringLiteral("en");
    const CliResult r = runCli(args);
    INFO("casedesk-cli " << args.join(QLatin1Char(' ')).left(300).toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

QJsonObject json(const SyncFixture &f, QStringList args)
{
    args << QStringLiteral("--json");
    const CliResult r = cli(f, args);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    INFO(r.out.left(300).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

/// Characters that would act on a terminal or reorder a line (tab and newline may stay).
int rawControls(const QString &text)
{
    int n = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069)
            || u == 0x200e || u == 0x200f || u == 0x061c)
            ++n;
    }
    return n;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// RFC 4180: the records of @p csv, each a list of fields (quotes undone).
QList<QStringList> parseCsv(const QString &csv)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.push_back(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('\n')) {
            record.push_back(field);
            records.push_back(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.push_back(field);
        records.push_back(record);
    }
    return records;
}

} // namespace

TEST_CASE("Hostile messages synced from Zalo are stored exactly, come back exactly in JSON, and are inert in the queue, the case and the "
          "daily report",
          "[sync][hostile]")
{
    simulator::SimulatorConfig config;
    config.units = simulator::simUnits(communes(1));
    config.seed = 23;
    config.historyMessagesPerAccount = 4;
    config.historyDays = 3;
    SyncFixture f(config);
    REQUIRE(f.enrolAll() == 1);
    const simulator::SimulatedAccount account = f.sim->accounts().constFirst();

    // A unit name that is HTML, CSV and terminal syntax at once (unit trees are imported from files).
    const QString unitName = QStringLiteral("CA <b>xã</b> <script>alert(\"u\")</script>, \"Hòa\"") + QChar(0x1b) + QStringLiteral("[2J");
    {
        auto units = domain::UnitTreeFile::read(QStringLiteral(":/casedesk/units-travinh.json"));
        REQUIRE(units.ok());
        for (domain::Unit &u : *units) {
            if (u.id == account.unitId)
                u.name = unitName;
        }
        store::UnitStore unitStore(*f.db);
        REQUIRE(unitStore.importTree(*units, QDate::currentDate()).ok());
    }

    const QChar esc(0x1b);
    const QChar bel(0x07);
    QString big;
    while (big.toUtf8().size() < 1024 * 1024)
        big += QStringLiteral("Tố giác đường dây lừa đảo qua mạng, số tài khoản 0123456789; ");
    const QVector<QString> hostile = {
        QStringLiteral("<b>đậm</b> <script>alert(1)</script> <img src=x onerror=alert(2)> &amp; &lt;"),
        QStringLiteral("Xin chào ") + esc + QStringLiteral("]0;CaseDesk bị chiếm") + bel + esc + QStringLiteral("[2J") + esc
            + QStringLiteral("]8;;http://evil.example/") + esc + QStringLiteral("\\bấm vào") + esc + QStringLiteral("]8;;") + esc
            + QStringLiteral("\\") + s(u"\u009b") + QStringLiteral("31m"),
        s(u"Hồ sơ \u202Efdp.exe \u2066trái\u2069 \u200F\u200E\u061C xong"),
        QStringLiteral("trước") + QChar(0) + QStringLiteral("sau"),
        big,
        QStringLiteral("'; DROP TABLE cases; --"),
        QStringLiteral("NEAR(a b) a* OR \"ngoặc kép chưa đóng"),
        QStringLiteral("dòng một\nTV-2026-999999  URGENT  30/11 08:00  0:10  Crime  29236  new  Lê Văn Giả  Cứu với\r\nhết"),
    };
    const QString hostileName = QStringLiteral("Nguyễn <i>Văn</i> ") + esc + QStringLiteral("]0;x") + bel + s(u"\u202E") + QStringLiteral("\nA");
    QVector<QString> messageIds;
    for (const QString &text : hostile) {
        auto user = f.sim->newCitizen(account.oaId, hostileName);
        REQUIRE(user.ok());
        auto said = f.sim->citizenSays(account.oaId, *user, text);
        REQUIRE(said.ok());
        messageIds.push_back(said->messageId);
    }
    sync::SyncService service(f.dependencies());
    REQUIRE(f.syncOnce(service).isEmpty());

    // Stored exactly, and `case show --json` gives each back byte for byte.
    QVector<qint64> caseIds;
    for (int i = 0; i < hostile.size(); ++i) {
        INFO("message " << i);
        store::Statement st(*f.db, "SELECT case_id, text FROM messages WHERE message_id = ?1");
        st.bind(1, messageIds.at(i));
        REQUIRE(st.next());
        caseIds.push_back(st.int64(0));
        CHECK(st.text(1) == hostile.at(i));
        const QJsonObject detail = json(f, {QStringLiteral("case"), QStringLiteral("show"), QString::number(caseIds.back())});
        const QJsonArray messages = detail.value(QStringLiteral("messages")).toArray();
        REQUIRE(messages.size() == 1);
        CHECK(messages.at(0).toObject().value(QStringLiteral("text")).toString().toUtf8() == hostile.at(i).toUtf8());

        // In text, inert: no raw control or bidi character, escapes visible, no forged row.
        const CliResult shown = cli(f, {QStringLiteral("case"), QStringLiteral("show"), QString::number(caseIds.back())});
        CHECK(rawControls(shown.text()) == 0);
        for (const QString &line : shown.text().split(QLatin1Char('\n')))
            CHECK_FALSE(line.startsWith(QStringLiteral("TV-2026-999999")));
    }
    const CliResult shownEsc = cli(f, {QStringLiteral("case"), QStringLiteral("show"), QString::number(caseIds.at(1))});
    CHECK(shownEsc.text().contains(QStringLiteral("\\x1b]0;CaseDesk bị chiếm\\x07\\x1b[2J")));
    const CliResult shownHtml = cli(f, {QStringLiteral("case"), QStringLiteral("show"), QString::number(caseIds.at(0))});
    CHECK(shownHtml.text().contains(hostile.at(0))); // plain text: shown as written, nothing to interpret

    // The queue: every case once, one row each, in text and JSON.
    const QJsonObject all
        = json(f, {QStringLiteral("queue"), QStringLiteral("--status"), QStringLiteral("all"), QStringLiteral("--limit"), QStringLiteral("500")});
    const qint64 total = all.value(QStringLiteral("total")).toInteger();
    CHECK(total == f.scalar("SELECT count(*) FROM cases"));
    const CliResult queue
        = cli(f, {QStringLiteral("queue"), QStringLiteral("--status"), QStringLiteral("all"), QStringLiteral("--limit"), QStringLiteral("500")});
    CHECK(rawControls(queue.text()) == 0);
    CHECK(queue.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == total + 2); // header, one row a case, count
    CHECK(queue.text().contains(QStringLiteral("\\x1b]0;CaseDesk")));

    // Search takes FTS and SQL syntax as words: no error, and the store is intact.
    for (const QString &query : {QStringLiteral("NEAR(a b)"), QStringLiteral("a* OR"), QStringLiteral("\"ngoặc"), QStringLiteral("\"a\" AND \"b"),
                                 QStringLiteral("'; DROP TABLE cases; --"), QStringLiteral("*"), QStringLiteral("-x"), QStringLiteral("^\"")}) {
        INFO(query.toStdString());
        const QJsonObject found
            = json(f, {QStringLiteral("queue"), QStringLiteral("--status"), QStringLiteral("all"), QStringLiteral("--search"), query});
        CHECK(found.value(QStringLiteral("total")).toInteger() >= 0);
    }
    const QJsonObject dropped = json(
        f, {QStringLiteral("queue"), QStringLiteral("--status"), QStringLiteral("all"), QStringLiteral("--search"), QStringLiteral("DROP TABLE")});
    CHECK(dropped.value(QStringLiteral("total")).toInteger() == 1);
    CHECK(f.scalar("SELECT count(*) FROM cases") == total);

    // The daily report: HTML escapes what it shows, CSV quotes it, the PDF shows it as text.
    QTemporaryDir out;
    const QString day = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(7 * 3600)).date().toString(Qt::ISODate);
    const auto report = [&](const QString &format) {
        const QString file = out.filePath(QStringLiteral("daily.") + format);
        const CliResult r = cli(f,
                                {QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"), day, QStringLiteral("--unit"),
                                 account.unitId, QStringLiteral("--format"), format, QStringLiteral("--out"), file});
        CHECK(rawControls(r.text()) == 0);
        return file;
    };
    const QString html = QString::fromUtf8(readAll(report(QStringLiteral("html"))));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>xã</b>")));
    CHECK_FALSE(html.contains(QStringLiteral("<img")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;")));

    const QByteArray csvBytes = readAll(report(QStringLiteral("csv")));
    REQUIRE(csvBytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(csvBytes.mid(3)));
    REQUIRE(records.size() >= 2);
    bool unitFound = false;
    for (const QStringList &record : records) {
        CHECK(record.size() == records.constFirst().size()); // a comma or quote in a name never shifts a column
        unitFound = unitFound || record.contains(unitName);
    }
    CHECK(unitFound);
    for (const QString &text : hostile)
        CHECK_FALSE(QString::fromUtf8(csvBytes).contains(text)); // the CSV holds no citizen text

    const QString pdf = report(QStringLiteral("pdf"));
    CHECK(readAll(pdf).startsWith("%PDF"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext (poppler-utils) is not installed: the PDF's text was not checked.");
    } else {
        const CliResult text = runProgram(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        REQUIRE(text.exitCode == 0);
        // Drawn as text: the tags are visible, so they were not interpreted.
        CHECK(text.text().contains(QStringLiteral("<script>")));
        CHECK(text.text().contains(QStringLiteral("<b>xã</b>")));
    }
}
