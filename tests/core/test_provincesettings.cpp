// What every PC of a province decides alike lives in its shared database: holidays, competent-unit
// rules, deadlines, the auto-close delay. `database settings` checks before it stores, and the
// triage of every PC then counts deadlines with the province's calendar, not its own folder's.
#include "core/common/datafolder.h"
#include "core/domain/deadlinepolicy.h"
#include "core/store/database.h"
#include "core/store/provincesettings.h"
#include "core/store/unitstore.h"
#include "core/sync/synccontext.h"
#include "core/triage/triageengine.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <functional>

using namespace casedesk;

namespace {

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

qint64 officeTime(const char *isoLocal)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(isoLocal), Qt::ISODate);
    return QDateTime(t.date(), t.time(), QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"))).toMSecsSinceEpoch();
}

} // namespace

TEST_CASE("Deadlines read from JSON keep the defaults they do not name and refuse what is not a deadline", "[domain]")
{
    auto p = domain::DeadlinePolicy::fromJson(R"({"procedure_question": {"working_days": 1}, "other": {"hours": 72}, "office_closes": "16:30"})",
                                              QStringLiteral("f"));
    REQUIRE(p.ok());
    CHECK(p->procedureQuestion == domain::DeadlineRule::workingDays(1));
    CHECK(p->other == domain::DeadlineRule::hours(72));
    CHECK(p->crime == domain::DeadlinePolicy().crime);
    CHECK(p->officeCloses == QTime(16, 30));
    auto again = domain::DeadlinePolicy::fromJson(p->toJson(), QStringLiteral("f"));
    REQUIRE(again.ok());
    CHECK(again->procedureQuestion == p->procedureQuestion);
    CHECK(again->other == p->other);
    for (const char *bad : {R"({"petition": {"weeks": 2}})", R"({"petition": {"working_days": 0}})", R"({"petition": {"working_days": 1.5}})",
                            R"({"petiton": {"working_days": 3}})", R"({"office_closes": "5pm"})", R"([1, 2])", "{"}) {
        INFO(bad);
        auto r = domain::DeadlinePolicy::fromJson(bad, QStringLiteral("deadlines.json"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("deadlines.json")));
    }
}

TEST_CASE("database settings stores the province's calendar and deadlines, and every PC's triage counts with them", "[store][postgres]")
{
    QTemporaryDir dir;
    const QString url = testsupport::freshDatabase(dir.path());
    {
        auto db = store::Database::open(url);
        REQUIRE(db.ok());
        REQUIRE(store::UnitStore(*db).seedIfEmpty(QDate(2026, 12, 1)).ok());
    }
    // Tuesday 8 December 2026 is a day off for the whole province.
    const QString holidays
        = writeFile(dir, "province-holidays.json", R"({"holidays": [{"date": "2026-12-08", "name": "Nghỉ bù", "kind": "announced"}]})");
    const QString badDeadlines = writeFile(dir, "bad-deadlines.json", R"({"procedure_question": {"weeks": 1}})");
    const QString deadlines = writeFile(dir, "deadlines.json", R"({"procedure_question": {"working_days": 1}})");

    // A bad file is refused, naming itself, and nothing is stored, not even the good one beside it.
    auto refused = testsupport::runCli({QStringLiteral("--database"), url, QStringLiteral("database"), QStringLiteral("settings"),
                                        QStringLiteral("--holidays"), holidays, QStringLiteral("--deadlines"), badDeadlines});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("bad-deadlines.json")));
    {
        auto db = store::Database::open(url);
        REQUIRE(db.ok());
        auto s = store::ProvinceSettingsStore(*db).read();
        REQUIRE(s.ok());
        CHECK(s->holidaysJson.isEmpty());
        CHECK_FALSE(s->deadlines);
    }

    auto stored = testsupport::runCli({QStringLiteral("--database"), url, QStringLiteral("database"), QStringLiteral("settings"),
                                       QStringLiteral("--holidays"), holidays, QStringLiteral("--auto-close-days"), QStringLiteral("5"),
                                       QStringLiteral("--json")});
    INFO(stored.err.toStdString());
    REQUIRE(stored.exitCode == 0);
    const QJsonObject shown = QJsonDocument::fromJson(stored.out).object();
    CHECK(shown.value(QStringLiteral("auto_close_days")).toInt() == 5);
    CHECK(shown.value(QStringLiteral("holidays")).toObject().value(QStringLiteral("holidays")).toArray().size() == 1);
    CHECK(shown.value(QStringLiteral("satisfaction_units")).toArray().isEmpty()); // nobody asks until chosen

    // The units that ask citizens' satisfaction: known, open units only; all; none.
    const auto satisfaction = [&url](const QString &value) {
        return testsupport::runCli({QStringLiteral("--database"), url, QStringLiteral("database"), QStringLiteral("settings"),
                                    QStringLiteral("--satisfaction-units"), value, QStringLiteral("--json")});
    };
    const auto unknown = satisfaction(QStringLiteral("29236,99999"));
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("99999")));
    const auto two = satisfaction(QStringLiteral("29236, 29239"));
    INFO(two.err.toStdString());
    REQUIRE(two.exitCode == 0);
    CHECK(QJsonDocument::fromJson(two.out).object().value(QStringLiteral("satisfaction_units")).toArray()
          == QJsonArray({QStringLiteral("29236"), QStringLiteral("29239")}));
    CHECK(QJsonDocument::fromJson(satisfaction(QStringLiteral("all")).out).object().value(QStringLiteral("satisfaction_units")).toArray()
          == QJsonArray({QStringLiteral("*")}));
    CHECK(QJsonDocument::fromJson(satisfaction(QStringLiteral("none")).out).object().value(QStringLiteral("satisfaction_units")).toArray().isEmpty());

    // A PC whose own folder says Wednesday is off too: on the shared database, the folder's file
    // is not the province's and changes nothing.
    QTemporaryDir pcFolder;
    writeFile(pcFolder, "holidays.json", R"({"holidays": [{"date": "2026-12-09", "name": "Chỉ máy này", "kind": "announced"}]})");
    auto db = store::Database::open(url);
    REQUIRE(db.ok());
    auto engine = sync::loadTriageEngine(*db, pcFolder.path());
    REQUIRE(engine.ok());
    // A procedure question (2 working days) on Monday 7 December at 09:00: Tuesday is off, so
    // Wednesday and Thursday count, and the deadline is Thursday at the office's close.
    const qint64 monday = officeTime("2026-12-07T09:00");
    CHECK((*engine)->assess(QStringLiteral("Cho hỏi làm căn cước"), domain::Category::ProcedureQuestion, monday).dueAt
          == officeTime("2026-12-10T17:00"));

    // The province shortens it to one working day: Wednesday at the close.
    REQUIRE(testsupport::runCli(
                {QStringLiteral("--database"), url, QStringLiteral("database"), QStringLiteral("settings"), QStringLiteral("--deadlines"), deadlines})
                .exitCode
            == 0);
    auto shorter = sync::loadTriageEngine(*db, pcFolder.path());
    REQUIRE(shorter.ok());
    CHECK((*shorter)->assess(QStringLiteral("Cho hỏi làm căn cước"), domain::Category::ProcedureQuestion, monday).dueAt
          == officeTime("2026-12-09T17:00"));
}

TEST_CASE("Settings are checked as a whole: ranges, the deadlines the law sets, urgent no slower than not urgent", "[store]")
{
    store::ProvinceSettings ok;
    ok.autoCloseDays = 7;
    ok.syncIntervalSeconds = 15;
    ok.deadlines = domain::DeadlinePolicy();
    CHECK(store::ProvinceSettings::check(ok).ok());
    CHECK(store::ProvinceSettings::check({}).ok());

    const auto refusal = [](const std::function<void(store::ProvinceSettings &)> &change) {
        store::ProvinceSettings s;
        s.deadlines = domain::DeadlinePolicy();
        change(s);
        auto r = store::ProvinceSettings::check(s);
        return r.ok() ? QString() : r.error().message;
    };
    CHECK(refusal([](auto &s) { s.autoCloseDays = 0; }).contains(QStringLiteral("1 to 365 days")));
    CHECK(refusal([](auto &s) { s.syncIntervalSeconds = 4; }).contains(QStringLiteral("5 to 3600 seconds")));
    CHECK(refusal([](auto &s) { s.syncIntervalSeconds = 3601; }).contains(QStringLiteral("not 3601")));
    CHECK(refusal([](auto &s) { s.deadlines->crime = domain::DeadlineRule::none(); }).contains(QStringLiteral("A crime report must have")));
    CHECK(refusal([](auto &s) {
              s.deadlines->urgentSecurity = domain::DeadlineRule::none();
          }).contains(QStringLiteral("An urgent security report must have")));
    CHECK(refusal([](auto &s) {
              s.deadlines->urgentCrime = domain::DeadlineRule::workingDays(5);
          }).contains(QStringLiteral("urgent crime report's deadline cannot be longer")));
    CHECK(refusal([](auto &s) {
              s.deadlines->urgentSecurity = domain::DeadlineRule::hours(25);
          }).contains(QStringLiteral("urgent security report's deadline cannot be longer")));
    CHECK(refusal([](auto &s) { s.deadlines->petition = domain::DeadlineRule::workingDays(400); }).contains(QStringLiteral("from 1 to 365")));
    CHECK(refusal([](auto &s) { s.deadlines->officeCloses = QTime(7, 0); }).contains(QStringLiteral("12:00 and 22:00")));
    // Shorter for urgent, or equal, is fine; so is a petition without deadline.
    CHECK(refusal([](auto &s) {
              s.deadlines->urgentSecurity = domain::DeadlineRule::hours(24);
              s.deadlines->petition = domain::DeadlineRule::none();
          }).isEmpty());
}

TEST_CASE("A PC alone keeps its deadlines, auto-close days and sync interval with its cases, and sync and triage use them", "[store][sqlite]")
{
    QTemporaryDir dir;
    const QString path = testsupport::freshDatabase(dir.path());
    auto db = store::Database::open(path);
    REQUIRE(db.ok());
    REQUIRE_FALSE(db->isShared());
    REQUIRE(store::UnitStore(*db).seedIfEmpty(QDate(2026, 12, 1)).ok());
    store::ProvinceSettings changes;
    changes.syncIntervalSeconds = 40;
    changes.autoCloseDays = 3;
    domain::DeadlinePolicy policy;
    policy.procedureQuestion = domain::DeadlineRule::workingDays(1);
    changes.deadlines = policy;
    REQUIRE(store::ProvinceSettingsStore(*db).write(changes, domain::OfficerScope()).ok()); // open mode: every permission

    auto engine = sync::loadTriageEngine(*db, dir.path());
    REQUIRE(engine.ok());
    // Monday 7 December 09:00 and one working day: Tuesday at the office's close.
    CHECK((*engine)->assess(QStringLiteral("Cho hỏi làm căn cước"), domain::Category::ProcedureQuestion, officeTime("2026-12-07T09:00")).dueAt
          == officeTime("2026-12-08T17:00"));

    auto context = sync::SyncContext::create(dir.path(), *db, dir.filePath(QStringLiteral("secrets.json")), sync::SyncOptions());
    REQUIRE(context.ok());
    CHECK((*context)->dependencies().options.intervalMs == 40000);
    CHECK((*context)->dependencies().options.autoCloseDays == 3);
    // A sync host's --interval still wins over the stored setting.
    sync::SyncOptions given;
    given.intervalMs = 2000;
    given.intervalGiven = true;
    auto fromCommandLine = sync::SyncContext::create(dir.path(), *db, dir.filePath(QStringLiteral("secrets.json")), given);
    REQUIRE(fromCommandLine.ok());
    CHECK((*fromCommandLine)->dependencies().options.intervalMs == 2000);
}
