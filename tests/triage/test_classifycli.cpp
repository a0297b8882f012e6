#include <catch2/catch.hpp>

#include "core/store/database.h"
#include "core/store/feedbackstore.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace casedesk;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

struct Run
{
    int exitCode = -1;
    QList<QByteArray> lines;
    QString err;
};

Run classify(const QByteArray &input, QStringList args)
{
    QProcess p;
    p.setProgram(QStringLiteral(CASEDESK_CLI_PATH));
    args.prepend(QStringLiteral("classify"));
    p.setArguments(args);
    p.start();
    REQUIRE(p.waitForStarted());
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    Run r;
    r.exitCode = p.exitCode();
    QByteArray out = p.readAllStandardOutput();
    if (out.endsWith('\n'))
        out.chop(1);
    r.lines = out.isEmpty() ? QList<QByteArray>() : out.split('\n');
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonObject object(const QByteArray &line)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &e);
    INFO(line.constData());
    REQUIRE(e.error == QJsonParseError::NoError);
    return doc.object();
}

} // namespace

TEST_CASE("classify --json: one JSON line per input line, in order, empty lines included", "[triage][cli]")
{
    QTemporaryDir dir;
    const QByteArray input = u("Đang có đánh nhau, có người cầm dao chém ở chợ, tới gấp\n"
                               "\n"
                               "Cho em hỏi làm căn cước lần đầu cần giấy tờ gì ạ\r\n"
                               "Tôi bị lừa đảo qua mạng mất 20 triệu tuần trước\n"
                               "Cảm ơn anh")
                                 .toUtf8(); // no newline after the last line
    const Run r = classify(input, {QStringLiteral("--json"), QStringLiteral("--data-dir"), dir.path()});
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.lines.size() == 5);

    const QJsonObject fight = object(r.lines.at(0));
    CHECK(fight.value(QStringLiteral("category")).toString() == u("security_report"));
    CHECK(fight.value(QStringLiteral("urgent")).toBool());
    CHECK(fight.value(QStringLiteral("confidence")).toDouble() > 0.0);
    CHECK(fight.value(QStringLiteral("confidence")).toDouble() <= 1.0);

    const QJsonObject empty = object(r.lines.at(1));
    CHECK(empty.value(QStringLiteral("category")).toString() == u("other"));
    CHECK(empty.value(QStringLiteral("confidence")).toDouble() == 0.0);
    CHECK_FALSE(empty.value(QStringLiteral("urgent")).toBool());
    CHECK(empty.value(QStringLiteral("competent_unit")).isNull());

    const QJsonObject id = object(r.lines.at(2));
    CHECK(id.value(QStringLiteral("category")).toString() == u("procedure_question"));
    CHECK(id.value(QStringLiteral("competent_unit")).toString() == u("84-PC06"));
    CHECK_FALSE(id.value(QStringLiteral("urgent")).toBool());

    const QJsonObject fraud = object(r.lines.at(3));
    CHECK(fraud.value(QStringLiteral("category")).toString() == u("crime_report"));
    CHECK(fraud.value(QStringLiteral("competent_unit")).toString() == u("84-PA05"));
    CHECK_FALSE(fraud.value(QStringLiteral("urgent")).toBool());

    CHECK(object(r.lines.at(4)).value(QStringLiteral("category")).toString() == u("other"));
    // Classifying writes nothing: no database appears in a fresh data folder.
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("classify answers each line as it arrives, so it works as a pipe", "[triage][cli]")
{
    QTemporaryDir dir;
    QProcess p;
    p.setProgram(QStringLiteral(CASEDESK_CLI_PATH));
    p.setArguments({QStringLiteral("classify"), QStringLiteral("--json"), QStringLiteral("--data-dir"), dir.path()});
    p.start();
    REQUIRE(p.waitForStarted());
    p.write(u("Nhà tôi bị trộm xe máy đêm qua\n").toUtf8());
    // The answer comes before stdin is closed.
    QByteArray got;
    for (int i = 0; i < 100 && !got.contains('\n'); ++i) {
        p.waitForReadyRead(300);
        got += p.readAllStandardOutput();
    }
    CHECK(object(got.trimmed()).value(QStringLiteral("category")).toString() == u("crime_report"));
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 0);
}

TEST_CASE("classify survives invalid UTF-8 and long lines, and prints aligned text without --json", "[triage][cli]")
{
    QTemporaryDir dir;
    QByteArray input = "cho em h\xff\xfei l\xc3m c\xc4n c\xc6\xb0\xe1\xbb\x9b\x63 \xc3\n";
    input += QByteArray("xin chao ").repeated(100000) + '\n'; // a 900 kB line
    input += "\n";
    const Run r = classify(input, {QStringLiteral("--data-dir"), dir.path()});
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.lines.size() == 3);
    for (const QByteArray &line : r.lines)
        CHECK(QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts).size() >= 3);
    // Aligned: the confidence column starts at the same place on every line.
    const QString first = QString::fromUtf8(r.lines.at(0));
    const QString last = QString::fromUtf8(r.lines.at(2));
    CHECK(first.indexOf(QRegularExpression(QStringLiteral("\\d\\.\\d\\d"))) == last.indexOf(QRegularExpression(QStringLiteral("\\d\\.\\d\\d"))));
    CHECK(last.contains(QStringLiteral("0.00")));
}

TEST_CASE("classify learns the data folder's category corrections", "[triage][cli]")
{
    QTemporaryDir dir;
    const QByteArray line = u("cho hoi khi nao xa co lich tiem phong dai cho cho meo vay\n").toUtf8();
    const Run before = classify(line, {QStringLiteral("--json"), QStringLiteral("--data-dir"), dir.path()});
    REQUIRE(before.lines.size() == 1);
    REQUIRE(object(before.lines.at(0)).value(QStringLiteral("category")).toString() != u("petition"));
    {
        auto db = store::Database::open(dir.filePath(QStringLiteral("casedesk.sqlite")));
        REQUIRE(db);
        store::FeedbackStore feedback(*db);
        REQUIRE(feedback.add(u("Cho hỏi lịch tiêm phòng dại cho chó mèo ở xã khi nào"), u("petition"), 1700000000000, u("officer")));
        REQUIRE(feedback.add(u("Kiến nghị có lịch tiêm phòng dại cho chó mèo"), u("petition"), 1700000001000, u("officer")));
        REQUIRE(feedback.add(u("bad row"), u("not_a_category"), 1700000002000, u("officer")));
        auto rows = feedback.all();
        REQUIRE(rows);
        CHECK(rows->size() == 3);
        CHECK(rows->at(0).text == u("Cho hỏi lịch tiêm phòng dại cho chó mèo ở xã khi nào"));
        CHECK(rows->at(1).atMs == 1700000001000);
    }
    const Run after = classify(line, {QStringLiteral("--json"), QStringLiteral("--data-dir"), dir.path()});
    REQUIRE(after.exitCode == 0);
    REQUIRE(after.lines.size() == 1);
    CHECK(object(after.lines.at(0)).value(QStringLiteral("category")).toString() == u("petition"));
}

TEST_CASE("classify takes no argument", "[triage][cli]")
{
    const Run r = classify(QByteArray(), {QStringLiteral("extra")});
    CHECK(r.exitCode == 2);
    CHECK_FALSE(r.err.isEmpty());
}
