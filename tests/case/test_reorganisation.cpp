// Reorganisations (issue 17): `units reorganise FILE` closes, merges, moves and creates units,
// and the open cases, Zalo accounts and officers of closed units follow, in one transaction;
// a bad file is refused whole; `units import` no longer closes a unit that has open cases.
#include "clifixture.h"

#include "core/common/clock.h"
#include "core/domain/caseevent.h"
#include "core/domain/officetime.h"
#include "core/report/dailyreportbuilder.h"
#include "core/store/reorganisationstore.h"
#include "core/store/statement.h"
#include "core/store/unitstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace casedesk;
using namespace casetest;

namespace {

const QString kShipped = QStringLiteral(CASEDESK_RESOURCES "/reorganisations/2025-03-01-giai-the-cong-an-cap-huyen.json");

QString unitOf(store::Database &db, qint64 caseId)
{
    store::Statement st(db, "SELECT unit_id FROM cases WHERE id = ?1");
    st.bind(1, caseId);
    REQUIRE(st.next());
    return st.text(0);
}

qint64 count(store::Database &db, const char *sql)
{
    store::Statement st(db, sql);
    REQUIRE(st.next());
    return st.int64(0);
}

void addAccount(store::Database &db, const QString &unit)
{
    store::Statement st(db,
                        "INSERT INTO accounts (oa_id, unit_id, app_id, openapi_base, oauth_base, secret_store, created_at) "
                        "VALUES (?1, ?2, 'app', 'http://127.0.0.1:1', 'http://127.0.0.1:1', 'file', 0)");
    REQUIRE(st.bind(1, QStringLiteral("oa-") + unit).bind(2, unit).exec().ok());
}

QString accountUnit(store::Database &db, const QString &oaId, QString *state = nullptr)
{
    store::Statement st(db, "SELECT unit_id, state FROM accounts WHERE oa_id = ?1");
    st.bind(1, oaId);
    REQUIRE(st.next());
    if (state)
        *state = st.text(1);
    return st.text(0);
}

QString writeFile(CliFixture &f, const char *name, const QByteArray &json)
{
    const QString path = f.dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(json);
    return path;
}

/// Received cases of @p date by unit, as the daily summary of the province counts them.
QMap<QString, int> receivedByUnit(store::Database &db, const QDate &date)
{
    SystemClock clock;
    report::DailyReportBuilder builder(db, clock);
    auto r = builder.build(date);
    REQUIRE(r.ok());
    QMap<QString, int> out;
    for (const report::UnitCount &u : r->receivedByUnit)
        out.insert(u.unitId, u.count);
    out.insert(QStringLiteral("total"), r->today.received);
    return out;
}

QStringList closedUnits(store::Database &db)
{
    QStringList out;
    store::Statement st(db, "SELECT id FROM units WHERE valid_to IS NOT NULL ORDER BY id");
    while (st.next())
        out << st.text(0);
    return out;
}

} // namespace

TEST_CASE("The shipped reorganisation abolishes the district units and every case, account and past figure follows", "[units][reorganise]")
{
    CliFixture f;
    const qint64 ward = f.citizenWrites(QStringLiteral("u1"), QStringLiteral("Cho hỏi làm căn cước"), 30 * kHour);
    const qint64 districtOpen
        = f.citizenWrites(QStringLiteral("u2"), QStringLiteral("Tố giác trộm xe"), 30 * kHour, domain::Category::CrimeReport, QStringLiteral("842"));
    const qint64 districtClosed = f.citizenWrites(QStringLiteral("u3"), QStringLiteral("Hỏi đăng ký xe"), 29 * kHour,
                                                  domain::Category::ProcedureQuestion, QStringLiteral("842"));
    REQUIRE(store::Statement(*f.db, "UPDATE cases SET status = 'closed' WHERE id = ?1").bind(1, districtClosed).exec().ok());
    const qint64 otherDistrict
        = f.citizenWrites(QStringLiteral("u4"), QStringLiteral("Phản ánh tiếng ồn"), 28 * kHour, domain::Category::Petition, QStringLiteral("844"));
    addAccount(*f.db, QStringLiteral("842"));
    addAccount(*f.db, QStringLiteral("844"));
    addAccount(*f.db, QStringLiteral("29236"));
    const qint64 casesBefore = count(*f.db, "SELECT count(*) FROM cases");
    const qint64 eventsBefore = count(*f.db, "SELECT count(*) FROM case_events");
    const QDate yesterday = domain::officeDateTime(QDateTime::currentMSecsSinceEpoch() - 30 * kHour).date();
    const QMap<QString, int> pastBefore = receivedByUnit(*f.db, yesterday);
    REQUIRE(pastBefore.value(QStringLiteral("842")) >= 1);

    // --dry-run says what would move and changes nothing.
    const Result dry
        = f.run({QStringLiteral("units"), QStringLiteral("reorganise"), kShipped, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    const QJsonObject plan = QJsonDocument::fromJson(dry.out).object();
    CHECK(plan.value(QStringLiteral("dry_run")).toBool());
    CHECK(plan.value(QStringLiteral("closed")).toArray().size() == 9);
    CHECK(plan.value(QStringLiteral("moved")).toArray().size() == 106);
    CHECK(plan.value(QStringLiteral("cases")).toArray().size() == 3); // both of 842 (one closed, opened since 2025-03-01), and 844's
    CHECK(plan.value(QStringLiteral("accounts")).toArray().size() == 2);
    CHECK(closedUnits(*f.db).isEmpty());
    CHECK(unitOf(*f.db, districtOpen) == QStringLiteral("842"));
    CHECK(count(*f.db, "SELECT count(*) FROM case_events") == eventsBefore);

    const Result applied = f.run({QStringLiteral("units"), QStringLiteral("reorganise"), kShipped});
    INFO(applied.err.toStdString());
    REQUIRE(applied.exitCode == 0);
    CHECK(applied.out.contains("Cases moved to successors: 3 (2 open, 1 opened there since the effective date)."));

    // The tree of today: no district unit; every commune under the province.
    CHECK(closedUnits(*f.db)
          == QStringList({QStringLiteral("842"), QStringLiteral("844"), QStringLiteral("845"), QStringLiteral("846"), QStringLiteral("847"),
                          QStringLiteral("848"), QStringLiteral("849"), QStringLiteral("850"), QStringLiteral("851")}));
    CHECK(count(*f.db, "SELECT count(*) FROM units WHERE level = 'commune' AND parent_id <> '84'") == 0);
    {
        store::Statement st(*f.db, "SELECT valid_to, successors FROM units WHERE id = '842'");
        REQUIRE(st.next());
        CHECK(st.text(0) == QStringLiteral("2025-03-01"));
        CHECK(st.text(1) == QStringLiteral("[\"84\"]"));
    }
    // No case lost or doubled; the district's cases at the province, each with its event.
    CHECK(count(*f.db, "SELECT count(*) FROM cases") == casesBefore);
    CHECK(unitOf(*f.db, ward) == QStringLiteral("29236"));
    CHECK(unitOf(*f.db, districtOpen) == QStringLiteral("84"));
    CHECK(unitOf(*f.db, districtClosed) == QStringLiteral("84"));
    CHECK(unitOf(*f.db, otherDistrict) == QStringLiteral("84"));
    {
        store::Statement st(*f.db, "SELECT detail FROM case_events WHERE case_id = ?1 AND kind = 'reorganised'");
        st.bind(1, districtOpen);
        REQUIRE(st.next());
        const QJsonObject d = QJsonDocument::fromJson(st.text(0).toUtf8()).object();
        CHECK(d.value(QStringLiteral("from")).toString() == QStringLiteral("842"));
        CHECK(d.value(QStringLiteral("to")).toString() == QStringLiteral("84"));
        CHECK(d.value(QStringLiteral("reorganisation")).toString() == QStringLiteral("Giải thể công an cấp huyện"));
        CHECK_FALSE(st.next());
    }
    CHECK(count(*f.db, "SELECT count(*) FROM case_events WHERE kind = 'reorganised'") == 3);
    CHECK(count(*f.db, "SELECT count(*) FROM case_events WHERE kind = 'units_reorganised' AND case_id IS NULL") == 1);
    // Accounts of closed units moved to the successor; the ward's stays.
    CHECK(accountUnit(*f.db, QStringLiteral("oa-842")) == QStringLiteral("84"));
    CHECK(accountUnit(*f.db, QStringLiteral("oa-844")) == QStringLiteral("84"));
    CHECK(accountUnit(*f.db, QStringLiteral("oa-29236")) == QStringLiteral("29236"));
    // Yesterday's figures count each case under the unit it was at then.
    CHECK(receivedByUnit(*f.db, yesterday) == pastBefore);

    // Applied once: a second time the districts are already closed, and nothing changes.
    const Result again = f.run({QStringLiteral("units"), QStringLiteral("reorganise"), kShipped});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already closed")));
}

TEST_CASE("A bad reorganisation is refused whole with its reason, and nothing changes", "[units][reorganise]")
{
    CliFixture f;
    const qint64 open = f.citizenWrites(QStringLiteral("u1"), QStringLiteral("Tố giác"), kHour, domain::Category::CrimeReport, QStringLiteral("842"));
    addAccount(*f.db, QStringLiteral("842"));
    const qint64 eventsBefore = count(*f.db, "SELECT count(*) FROM case_events");
    const struct
    {
        const char *json;
        const char *reason;
    } bad[] = {
        {R"({"effective": "2025-03-01", "title": "T", "changes": [{"unit": "999", "action": "rename", "name": "X"}]})", "999 is not in the tree"},
        {R"({"effective": "2025-03-01", "title": "T", "changes": [{"unit": "845", "action": "merge"}]})", "without a successor"},
        {R"({"effective": "2025-03-01", "title": "T", "changes": [{"unit": "845", "action": "abolish", "successor": "844"},
             {"unit": "844", "action": "abolish", "successor": "84"}]})",
         "closed by the same reorganisation"},
        {R"({"effective": "2025-03-01", "title": "T", "changes": [{"unit": "842", "action": "abolish", "successor": "84"}]})",
         "would stay under 842"},
        {R"({"effective": "2025-03-01", "title": "T", "changes": [{"unit": "84", "action": "move", "parent": "29236"}]})", "cycle"},
        {R"({"effective": "2025-03-01", "title": "T", "changes": [{"unit": "29236", "action": "rename", "name": "A"},
             {"unit": "29236", "action": "move", "parent": "84"}]})",
         "changed twice"},
        {R"({"effective": "2025-03-01", "title": "T", "changes": [{"action": "create", "unit": {"id": "29236", "name": "B", "level": "commune",
             "parent": "84"}}]})",
         "already exists"},
        {R"({"effective": "1/3/2025", "title": "T", "changes": []})", "YYYY-MM-DD"},
        {R"({"effective": "2025-03-01", "title": "T", "changes": [{"unit": "845", "action": "split", "successors": ["84"]}]})", "two units or more"},
    };
    int n = 0;
    for (const auto &b : bad) {
        INFO(b.json);
        const QString file = writeFile(f, QByteArray("bad-").append(QByteArray::number(++n)).append(".json").constData(), QByteArray(b.json));
        const Result r = f.run({QStringLiteral("units"), QStringLiteral("reorganise"), file});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QLatin1String(b.reason)));
        CHECK(r.err.contains(QStringLiteral("nothing was changed")));
        CHECK(closedUnits(*f.db).isEmpty());
        CHECK(unitOf(*f.db, open) == QStringLiteral("842"));
        CHECK(accountUnit(*f.db, QStringLiteral("oa-842")) == QStringLiteral("842"));
        CHECK(count(*f.db, "SELECT count(*) FROM case_events") == eventsBefore);
        CHECK(count(*f.db, "SELECT count(*) FROM units WHERE name IN ('A', 'B')") == 0);
    }
}

TEST_CASE("A merge and a split move cases to the default successor, and accounts are disabled when the file says so", "[units][reorganise]")
{
    CliFixture f;
    const qint64 a
        = f.citizenWrites(QStringLiteral("u1"), QStringLiteral("Hỏi thủ tục"), kHour, domain::Category::ProcedureQuestion, QStringLiteral("29239"));
    const qint64 b
        = f.citizenWrites(QStringLiteral("u2"), QStringLiteral("Hỏi thủ tục"), kHour, domain::Category::ProcedureQuestion, QStringLiteral("29242"));
    addAccount(*f.db, QStringLiteral("29239"));
    addAccount(*f.db, QStringLiteral("29242"));
    const QByteArray json = R"({"effective": "2030-01-01", "title": "Sáp nhập phường", "changes": [
        {"action": "create", "unit": {"id": "842-M", "name": "Công an phường Mới", "level": "commune", "parent": "842"}},
        {"unit": "29239", "action": "merge", "into": "842-M", "accounts": "disable"},
        {"unit": "29242", "action": "split", "successors": ["29236", "842-M"], "default": "842-M"},
        {"unit": "29236", "action": "rename", "name": "Công an phường Một"}
    ]})";
    const Result r = f.run({QStringLiteral("units"), QStringLiteral("reorganise"), writeFile(f, "merge.json", json)});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(unitOf(*f.db, a) == QStringLiteral("842-M"));
    CHECK(unitOf(*f.db, b) == QStringLiteral("842-M"));
    QString state;
    CHECK(accountUnit(*f.db, QStringLiteral("oa-29239"), &state) == QStringLiteral("29239"));
    CHECK(state == QStringLiteral("disabled"));
    CHECK(accountUnit(*f.db, QStringLiteral("oa-29242"), &state) == QStringLiteral("842-M"));
    CHECK(state == QStringLiteral("ok"));
    CHECK(count(*f.db, "SELECT count(*) FROM units WHERE id = '29236' AND name = 'Công an phường Một'") == 1);
    store::Statement st(*f.db, "SELECT successors FROM units WHERE id = '29242'");
    REQUIRE(st.next());
    CHECK(st.text(0) == QStringLiteral("[\"842-M\",\"29236\"]"));
}

TEST_CASE("units import refuses to close a unit that still has open cases and points to units reorganise", "[units][reorganise]")
{
    CliFixture f;
    f.citizenWrites(QStringLiteral("u1"), QStringLiteral("Hỏi thủ tục"), kHour);
    QFile shipped(QStringLiteral(CASEDESK_RESOURCES "/units-travinh.json"));
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    QJsonObject tree = QJsonDocument::fromJson(shipped.readAll()).object();
    const auto without = [&tree](const QString &id) {
        QJsonArray kept;
        for (const QJsonValue &u : tree.value(QStringLiteral("units")).toArray()) {
            if (u.toObject().value(QStringLiteral("id")).toString() != id)
                kept.append(u);
        }
        QJsonObject t = tree;
        t.insert(QStringLiteral("units"), kept);
        return QJsonDocument(t).toJson();
    };
    const Result refused
        = f.run({QStringLiteral("units"), QStringLiteral("import"), writeFile(f, "without-ward4.json", without(QStringLiteral("29236")))});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("29236")));
    CHECK(refused.err.contains(QStringLiteral("units reorganise")));
    CHECK(closedUnits(*f.db).isEmpty());
    // A unit without open cases still closes by import, as before.
    const Result closed
        = f.run({QStringLiteral("units"), QStringLiteral("import"), writeFile(f, "without-29239.json", without(QStringLiteral("29239")))});
    INFO(closed.err.toStdString());
    CHECK(closed.exitCode == 0);
    CHECK(closedUnits(*f.db) == QStringList({QStringLiteral("29239")}));
}

TEST_CASE("The daily summary of a day before a reorganisation is drawn with that day's tree", "[units][reorganise]")
{
    CliFixture f;
    // 2025-02-20: three messages under Công an thành phố Trà Vinh (842): two at its wards, one at itself.
    const QDate day(2025, 2, 20);
    const qint64 ago = QDateTime::currentMSecsSinceEpoch() - QDateTime(day, QTime(10, 0), domain::officeTimeZone()).toMSecsSinceEpoch();
    f.citizenWrites(QStringLiteral("u1"), QStringLiteral("Cho hỏi làm căn cước"), ago, domain::Category::ProcedureQuestion, QStringLiteral("29236"));
    f.citizenWrites(QStringLiteral("u2"), QStringLiteral("Hỏi đăng ký tạm trú"), ago, domain::Category::ProcedureQuestion, QStringLiteral("29239"));
    f.citizenWrites(QStringLiteral("u3"), QStringLiteral("Tố giác trộm xe"), ago, domain::Category::CrimeReport, QStringLiteral("842"));
    f.citizenWrites(QStringLiteral("u4"), QStringLiteral("Phản ánh tiếng ồn"), ago, domain::Category::Petition, QStringLiteral("844"));

    SystemClock clock;
    report::DailyReportBuilder builder(*f.db, clock);
    const auto cityBefore = builder.build(day, QStringLiteral("842"));
    REQUIRE(cityBefore.ok());
    REQUIRE(cityBefore->today.received == 3);

    const Result applied = f.run({QStringLiteral("units"), QStringLiteral("reorganise"), kShipped});
    INFO(applied.err.toStdString());
    REQUIRE(applied.exitCode == 0);

    // That day the city's police answered for its wards: the summary still counts them under it,
    // with the names of the day, though today the wards are under the province.
    const auto city = builder.build(day, QStringLiteral("842"));
    INFO((city.ok() ? QString() : city.error().message).toStdString());
    REQUIRE(city.ok());
    CHECK(city->unit.name == QStringLiteral("Công an thành phố Trà Vinh"));
    CHECK(city->parentUnitName == QStringLiteral("Công an tỉnh Trà Vinh"));
    CHECK(city->today.received == 3);
    QMap<QString, int> byUnit;
    for (const report::UnitCount &u : city->receivedByUnit)
        byUnit.insert(u.unitId, u.count);
    CHECK(byUnit == QMap<QString, int>({{QStringLiteral("29236"), 1}, {QStringLiteral("29239"), 1}, {QStringLiteral("842"), 1}}));
    // The province's day is unchanged; a ward's own day too.
    const auto province = builder.build(day);
    REQUIRE(province.ok());
    CHECK(province->today.received == 4);
    const auto ward = builder.build(day, QStringLiteral("29236"));
    REQUIRE(ward.ok());
    CHECK(ward->today.received == 1);
    CHECK(ward->parentUnitName == QStringLiteral("Công an thành phố Trà Vinh"));

    // Today the city's police no longer exists: the summary says where its work went.
    const QDate today = domain::officeDateTime(QDateTime::currentMSecsSinceEpoch()).date();
    const auto closed = builder.build(today, QStringLiteral("842"));
    REQUIRE_FALSE(closed.ok());
    CHECK(closed.error().message.contains(QStringLiteral("was closed on 2025-03-01")));
    CHECK(closed.error().message.contains(QStringLiteral("Công an tỉnh Trà Vinh (84)")));
    CHECK(builder.build(today, QStringLiteral("29236"))->parentUnitName == QStringLiteral("Công an tỉnh Trà Vinh"));

    // units list --at shows the tree of a day; without it, today's.
    const auto parentOf = [&f](const QStringList &extra, const QString &id) {
        QStringList args {QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--json")};
        const Result r = f.run(args + extra);
        REQUIRE(r.exitCode == 0);
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("units")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject().value(QStringLiteral("parent")).toString();
        }
        return QStringLiteral("(absent)");
    };
    CHECK(parentOf({QStringLiteral("--at"), QStringLiteral("2025-02-28")}, QStringLiteral("29236")) == QStringLiteral("842"));
    CHECK(parentOf({QStringLiteral("--at"), QStringLiteral("2025-03-01")}, QStringLiteral("29236")) == QStringLiteral("84"));
    CHECK(parentOf({QStringLiteral("--at"), QStringLiteral("2025-03-01")}, QStringLiteral("842")) == QStringLiteral("(absent)"));
    CHECK(parentOf({}, QStringLiteral("29236")) == QStringLiteral("84"));
    const Result bad = f.run({QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--at"), QStringLiteral("20/02/2025")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("YYYY-MM-DD")));
}

TEST_CASE("A rename keeps the old name for the days before it, and units import keeps what it changes", "[units][reorganise]")
{
    CliFixture f;
    const QByteArray json = R"({"effective": "2025-07-01", "title": "Đổi tên", "changes": [
        {"unit": "29236", "action": "rename", "name": "Công an phường Một"}
    ]})";
    REQUIRE(f.run({QStringLiteral("units"), QStringLiteral("reorganise"), writeFile(f, "rename.json", json)}).exitCode == 0);
    const auto nameAt = [&f](const QDate &d) {
        auto units = store::UnitStore(*f.db).listAt(d);
        REQUIRE(units.ok());
        for (const domain::Unit &u : *units) {
            if (u.id == QStringLiteral("29236"))
                return u.path;
        }
        return QString();
    };
    CHECK(nameAt(QDate(2025, 6, 30)) == QStringLiteral("Công an tỉnh Trà Vinh / Công an thành phố Trà Vinh / Công an phường 4"));
    CHECK(nameAt(QDate(2025, 7, 1)) == QStringLiteral("Công an tỉnh Trà Vinh / Công an thành phố Trà Vinh / Công an phường Một"));

    // An import that renames a unit keeps the earlier name for the days before today.
    QFile shipped(QStringLiteral(CASEDESK_RESOURCES "/units-travinh.json"));
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    QByteArray tree = shipped.readAll();
    tree.replace("\"Công an phường 1\"", "\"Công an phường Hai Mươi\"");
    tree.replace("\"Công an phường 4\"", "\"Công an phường Một\"");
    const Result imported = f.run({QStringLiteral("units"), QStringLiteral("import"), writeFile(f, "renamed.json", tree)});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QDate today = domain::officeDateTime(QDateTime::currentMSecsSinceEpoch()).date();
    auto yesterday = store::UnitStore(*f.db).listAt(today.addDays(-1));
    auto now = store::UnitStore(*f.db).listAt(today);
    REQUIRE(yesterday.ok());
    REQUIRE(now.ok());
    const auto nameOf = [](const QVector<domain::Unit> &units, const QString &id) {
        for (const domain::Unit &u : units) {
            if (u.id == id)
                return u.name;
        }
        return QString();
    };
    CHECK(nameOf(*yesterday, QStringLiteral("29239")) == QStringLiteral("Công an phường 1"));
    CHECK(nameOf(*now, QStringLiteral("29239")) == QStringLiteral("Công an phường Hai Mươi"));
    CHECK(nameOf(*now, QStringLiteral("29236")) == QStringLiteral("Công an phường Một"));
}
