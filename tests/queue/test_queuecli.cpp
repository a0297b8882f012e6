// `casedesk-cli queue` run as a script would, against a data folder built through IngestStore.

#include "queuefixture.h"

#include "core/store/queuestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace casedesk;
using namespace casedesk::queuetest;
using domain::Category;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QueueFixture &fx, QStringList args)
{
    args.prepend(QStringLiteral("queue"));
    args << QStringLiteral("--data-dir") << fx.dataDir() << QStringLiteral("--lang") << QStringLiteral("en");
    QProcess p;
    p.start(QStringLiteral(CASEDESK_CLI_PATH), args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject json(const QueueFixture &fx, QStringList args)
{
    args << QStringLiteral("--json");
    const Run r = cli(fx, args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

QList<qint64> ids(const QJsonObject &o)
{
    QList<qint64> list;
    for (const QJsonValue &v : o.value(QStringLiteral("cases")).toArray())
        list.push_back(v.toObject().value(QStringLiteral("id")).toInteger());
    return list;
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(7 * 3600)).toString(Qt::ISODate);
}

} // namespace

TEST_CASE("queue --json gives the contract's fields case by case", "[queue][cli]")
{
    QueueFixture fx;
    const qint64 now = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
    const qint64 crimeAt = now - 20 * kMinute;
    const qint64 crime = fx.addCase(CaseSpec()
                                        .in(QStringLiteral("29236"))
                                        .named(QStringLiteral("Lê Văn Tố"))
                                        .saying(QStringLiteral("Có người trộm xe máy đang chạy về hướng chợ"))
                                        .as(Category::CrimeReport)
                                        .isUrgent()
                                        .when(crimeAt)
                                        .due(crimeAt + kHour));
    const qint64 questionAt = now - 3 * kDay;
    const qint64 question = fx.addCase(CaseSpec()
                                           .in(QStringLiteral("29239"))
                                           .named(QStringLiteral("Nguyễn Thị Hỏi"))
                                           .saying(QStringLiteral("Cho em hỏi đăng ký thường trú ạ"))
                                           .when(questionAt)
                                           .due(questionAt + 2 * kDay));
    fx.moveTo(question, QStringLiteral("84-PC06"));
    fx.setAssignee(question, QStringLiteral("Trần Văn Cán"));
    const qint64 closed = fx.addCase(CaseSpec().as(Category::Petition).when(now - 20 * kDay).answered(now - 19 * kDay));
    fx.setStatus(closed, QStringLiteral("closed"));

    const QJsonObject all = json(fx, {});
    CHECK(all.value(QStringLiteral("total")).toInteger() == 2);
    REQUIRE(ids(all) == QList<qint64> {crime, question});

    store::QueueStore store(fx.db());
    const auto crimeRow = store.summary(crime, {});
    REQUIRE(crimeRow.ok());
    const QJsonObject c = all.value(QStringLiteral("cases")).toArray().at(0).toObject();
    CHECK(c.value(QStringLiteral("id")).toInteger() == crime);
    CHECK(c.value(QStringLiteral("code")).toString() == crimeRow->code);
    CHECK(QRegularExpression(QStringLiteral("^TV-\\d{4}-\\d{6}$")).match(c.value(QStringLiteral("code")).toString()).hasMatch());
    CHECK(c.value(QStringLiteral("unit")).toString() == QStringLiteral("29236"));
    CHECK(c.value(QStringLiteral("origin_unit")).toString() == QStringLiteral("29236"));
    CHECK(c.value(QStringLiteral("category")).toString() == QStringLiteral("crime_report"));
    CHECK(c.value(QStringLiteral("confidence")).toDouble() == Approx(0.9));
    CHECK_FALSE(c.value(QStringLiteral("check_category")).toBool());
    CHECK(c.value(QStringLiteral("urgent")).toBool());
    CHECK(c.value(QStringLiteral("status")).toString() == QStringLiteral("new"));
    CHECK(c.value(QStringLiteral("opened_at")).toString() == iso(crimeAt));
    CHECK(c.value(QStringLiteral("opened_at")).toString().endsWith(QStringLiteral("+07:00")));
    CHECK(c.value(QStringLiteral("due_at")).toString() == iso(crimeAt + kHour));
    CHECK(c.value(QStringLiteral("citizen")).toString() == domain::citizenForDisplay(true, QString()));
    CHECK_FALSE(
        all.value(QStringLiteral("cases")).toArray().at(0).toObject().value(QStringLiteral("citizen")).toString().contains(QStringLiteral("Tố")));
    CHECK(c.value(QStringLiteral("preview")).toString() == QStringLiteral("Có người trộm xe máy đang chạy về hướng chợ"));
    const QJsonObject window = c.value(QStringLiteral("reply_window")).toObject();
    CHECK(window.value(QStringLiteral("state")).toString() == QStringLiteral("free"));
    CHECK(window.value(QStringLiteral("closes_at")).toString() == iso(crimeAt + 48 * kHour));

    const QJsonObject q = all.value(QStringLiteral("cases")).toArray().at(1).toObject();
    CHECK(q.value(QStringLiteral("unit")).toString() == QStringLiteral("84-PC06"));
    CHECK(q.value(QStringLiteral("origin_unit")).toString() == QStringLiteral("29239"));
    CHECK(q.value(QStringLiteral("category")).toString() == QStringLiteral("procedure_question"));
    CHECK_FALSE(q.value(QStringLiteral("urgent")).toBool());
    CHECK(q.value(QStringLiteral("citizen")).toString() == QStringLiteral("Nguyễn Thị Hỏi"));
    CHECK(q.value(QStringLiteral("reply_window")).toObject().value(QStringLiteral("state")).toString() == QStringLiteral("billed"));
    CHECK(q.value(QStringLiteral("reply_window")).toObject().value(QStringLiteral("closes_at")).toString() == iso(questionAt + 7 * kDay));

    // Filters, as the contract names them.
    CHECK(ids(json(fx, {QStringLiteral("--category"), QStringLiteral("crime_report")})) == QList<qint64> {crime});
    CHECK(ids(json(fx, {QStringLiteral("--unit"), QStringLiteral("842")})) == QList<qint64> {crime});
    CHECK(ids(json(fx, {QStringLiteral("--unit"), QStringLiteral("84")})) == QList<qint64> {crime, question});
    CHECK(ids(json(fx, {QStringLiteral("--level"), QStringLiteral("department")})) == QList<qint64> {question});
    CHECK(ids(json(fx, {QStringLiteral("--status"), QStringLiteral("all")})).size() == 3);
    CHECK(ids(json(fx, {QStringLiteral("--status"), QStringLiteral("closed")})) == QList<qint64> {closed});
    CHECK(ids(json(fx, {QStringLiteral("--status"), QStringLiteral("open")})) == QList<qint64> {crime, question});
    CHECK(ids(json(fx, {QStringLiteral("--assignee"), QStringLiteral("Trần Văn Cán")})) == QList<qint64> {question});
    CHECK(ids(json(fx, {QStringLiteral("--search"), QStringLiteral("dang ky")})) == QList<qint64> {question});
    CHECK(ids(json(fx, {QStringLiteral("--search"), QStringLiteral("XE MÁY")})) == QList<qint64> {crime});
    CHECK(ids(json(fx, {QStringLiteral("--reply-window-closing")})) == QList<qint64> {question});
    const QJsonObject limited = json(fx, {QStringLiteral("--limit"), QStringLiteral("1")});
    CHECK(ids(limited) == QList<qint64> {crime});
    CHECK(limited.value(QStringLiteral("total")).toInteger() == 2);
    const QJsonObject closedOne
        = json(fx, {QStringLiteral("--status"), QStringLiteral("closed")}).value(QStringLiteral("cases")).toArray().at(0).toObject();
    CHECK(closedOne.value(QStringLiteral("due_at")).isNull());

    // People get an aligned table.
    const Run text = cli(fx, {});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(crimeRow->code.toUtf8()));
    CHECK_FALSE(text.out.contains("Lê Văn Tố"));
}

TEST_CASE("A category the classifier is unsure of asks an officer to check it", "[queue][cli]")
{
    QueueFixture fx;
    CaseSpec unsure;
    unsure.confidence = 0.35;
    const qint64 id = fx.addCase(unsure);
    const QJsonObject all = json(fx, {});
    REQUIRE(all.value(QStringLiteral("cases")).toArray().size() == 1);
    const QJsonObject c = all.value(QStringLiteral("cases")).toArray().at(0).toObject();
    CHECK(c.value(QStringLiteral("id")).toInteger() == id);
    CHECK(c.value(QStringLiteral("check_category")).toBool());
}

TEST_CASE("queue refuses bad values with exit 2 and a line saying which", "[queue][cli]")
{
    QueueFixture fx;
    const struct
    {
        QStringList args;
        QString mentions;
    } bad[] = {
        {{QStringLiteral("--category"), QStringLiteral("theft")}, QStringLiteral("theft")},
        {{QStringLiteral("--level"), QStringLiteral("county")}, QStringLiteral("county")},
        {{QStringLiteral("--status"), QStringLiteral("pending")}, QStringLiteral("pending")},
        {{QStringLiteral("--limit"), QStringLiteral("0")}, QStringLiteral("--limit")},
        {{QStringLiteral("--limit"), QStringLiteral("ten")}, QStringLiteral("ten")},
        {{QStringLiteral("--unit"), QStringLiteral("99999")}, QStringLiteral("99999")},
        {{QStringLiteral("extra")}, QStringLiteral("queue")},
    };
    for (const auto &b : bad) {
        INFO(b.args.join(QLatin1Char(' ')).toStdString());
        const Run r = cli(fx, b.args);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(b.mentions));
        CHECK(r.out.isEmpty());
    }
}
