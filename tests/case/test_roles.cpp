// Officers and roles through casedesk-cli, as each kind of officer would use it: who may list,
// open, answer, forward, reveal and print what, sign-in itself (wrong passwords, a disabled
// officer, the last administrator), and a folder without officers that works as before. And the
// sign-in's slowing down and locking through the core API, at injected times.

#include "clifixture.h"

#include "core/domain/caseevent.h"
#include "core/store/casestore.h"
#include "core/store/officerstore.h"
#include "core/store/pgroles.h"
#include "support/scopedenv.h"
#include "support/testdatabase.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <chrono>
#include <thread>

using namespace casetest;

namespace {

struct Officer
{
    const char *name;
    const char *roles;
    const char *unit;
    bool canReveal;
};

// Ward 4 and ward 1 are communes of Trà Vinh city (842); Hưng Mỹ (29407) is in another district.
constexpr Officer kAdmin {"Quản trị", "admin", "84", false};
constexpr Officer kWard4 {"Cán bộ Phường 4", "commune", "29236", false};
constexpr Officer kInvestigator {"Điều tra viên P4", "commune", "29236", true};
constexpr Officer kCity {"Cán bộ Thành phố", "district", "842", false};
constexpr Officer kEditor {"Biên tập viên", "editor", "84", true};
constexpr Officer kSupervisor {"Lãnh đạo Thành phố", "supervisor", "842", false};

struct RolesFixture : CliFixture
{
    /// casedesk-cli on this folder, signed in as @p o (its password from a file), in English.
    Result as(const Officer &o, QStringList args, const QByteArray &input = {})
    {
        args << QStringLiteral("--data-dir") << dir.path() << QStringLiteral("--officer") << QString::fromUtf8(o.name)
             << QStringLiteral("--password-file") << passwordFile(o) << QStringLiteral("--lang") << QStringLiteral("en");
        return casedesk::testsupport::runCli(args, input);
    }

    QString passwordFile(const Officer &o)
    {
        const QString path = QDir(dir.path()).filePath(QStringLiteral("pw-%1").arg(qHash(QString::fromUtf8(o.name))));
        if (!QFile::exists(path)) {
            QFile f(path);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write(password(o) + '\n');
        }
        return path;
    }

    static QByteArray password(const Officer &o) { return QByteArray("mật khẩu của ") + o.name; }

    Result add(const Officer &o)
    {
        QStringList args {QStringLiteral("officers"), QStringLiteral("add"),       QStringLiteral("--name"),
                          QString::fromUtf8(o.name),  QStringLiteral("--role"),    QString::fromLatin1(o.roles),
                          QStringLiteral("--unit"),   QString::fromLatin1(o.unit), QStringLiteral("--new-password-file"),
                          QStringLiteral("-")};
        if (o.canReveal)
            args << QStringLiteral("--can-reveal");
        return as(kAdmin, args, password(o) + '\n');
    }

    /// The administrator first (no sign-in yet), then the others, added by the administrator.
    void addAll()
    {
        auto first = casedesk::testsupport::runCli(
            {QStringLiteral("officers"), QStringLiteral("add"), QStringLiteral("--name"), QString::fromUtf8(kAdmin.name), QStringLiteral("--role"),
             QStringLiteral("admin"), QStringLiteral("--unit"), QStringLiteral("84"), QStringLiteral("--new-password-file"), QStringLiteral("-"),
             QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--lang"), QStringLiteral("en")},
            password(kAdmin) + '\n');
        INFO(first.err.toStdString());
        REQUIRE(first.exitCode == 0);
        for (const Officer *o : {&kWard4, &kInvestigator, &kCity, &kEditor, &kSupervisor}) {
            auto r = add(*o);
            INFO(o->name << ": " << r.err.toStdString());
            REQUIRE(r.exitCode == 0);
        }
    }

    /// The units of the cases @p o's queue lists.
    QSet<QString> queueUnits(const Officer &o)
    {
        auto r = as(o, {QStringLiteral("queue"), QStringLiteral("--json")});
        INFO(o.name << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QSet<QString> units;
        for (const QJsonValue &c : r.json().value(QStringLiteral("cases")).toArray())
            units.insert(c.toObject().value(QStringLiteral("unit")).toString());
        return units;
    }

    qint64 events() { return scalar("SELECT count(*) FROM case_events"); }

    qint64 scalar(const char *sql)
    {
        store::Statement st(*db, sql);
        REQUIRE(st.next());
        return st.int64(0);
    }

    QString code(qint64 caseId)
    {
        auto c = store::CaseStore(*db).summary(everyUnit(QStringLiteral("test")), caseId);
        REQUIRE(c.ok());
        return c->code;
    }
};

void checkRefused(const Result &r, const char *permission)
{
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Refused: this needs the permission")));
    CHECK(r.err.contains(QString::fromLatin1(permission)));
}

} // namespace

TEST_CASE("Officers: a folder without officers works as before with a warning, and its first officer must be an administrator", "[cli][officers]")
{
    RolesFixture f;
    f.citizenWrites(QStringLiteral("u1"), QStringLiteral("Cho em hỏi làm căn cước"), kHour);
    auto queue = f.run({QStringLiteral("queue")});
    CHECK(queue.exitCode == 0);
    CHECK(queue.err.contains(QStringLiteral("sign-in is not enabled")));

    auto notAdmin = casedesk::testsupport::runCli(
        {QStringLiteral("officers"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Cán bộ"), QStringLiteral("--role"),
         QStringLiteral("commune"), QStringLiteral("--unit"), QStringLiteral("29236"), QStringLiteral("--new-password-file"), QStringLiteral("-"),
         QStringLiteral("--data-dir"), f.dir.path(), QStringLiteral("--lang"), QStringLiteral("en")},
        "mot-mat-khau\n");
    CHECK(notAdmin.exitCode == 1);
    CHECK(notAdmin.err.contains(QStringLiteral("must be an administrator")));
    CHECK(f.scalar("SELECT count(*) FROM officers") == 0);

    f.addAll();
    CHECK(f.scalar("SELECT count(*) FROM officers") == 6);
    // Every officer change is an event of the history chain, with no case and no password.
    CHECK(f.scalar("SELECT count(*) FROM case_events WHERE kind = 'officer_added' AND case_id IS NULL") == 6);
    store::Statement detail(*f.db, "SELECT group_concat(detail, ' ') FROM case_events WHERE kind = 'officer_added'");
    REQUIRE(detail.next());
    CHECK_FALSE(detail.text(0).contains(QStringLiteral("mật khẩu")));
    CHECK_FALSE(detail.text(0).contains(QStringLiteral("argon2")));
    if (casedesk::testsupport::onPostgres()) {
        // On a server each officer is a login of their own with a SCRAM verifier; the table keeps no secret.
        store::Statement logins(*f.db,
                                "SELECT o.password_hash, a.rolpassword, a.rolcanlogin FROM officers o JOIN pg_authid a ON a.rolname = 'cd_' || o.id");
        int n = 0;
        while (logins.next()) {
            ++n;
            CHECK(logins.text(0) == QStringLiteral("server-login"));
            CHECK(logins.text(1).startsWith(QStringLiteral("SCRAM-SHA-256$")));
            CHECK(logins.int64(2) == 1);
        }
        CHECK(n == 6);
    } else {
        store::Statement hashes(*f.db, "SELECT password_hash FROM officers");
        while (hashes.next())
            CHECK(hashes.text(0).startsWith(QStringLiteral("$argon2id$")));
    }

    // Now every command needs sign-in: no name is a usage error, the warning is gone.
    auto anonymous = f.run({QStringLiteral("queue")});
    CHECK(anonymous.exitCode != 0);
    auto signedIn = f.as(kWard4, {QStringLiteral("queue")});
    CHECK(signedIn.exitCode == 0);
    CHECK_FALSE(signedIn.err.contains(QStringLiteral("sign-in is not enabled")));
    auto listed = f.as(kAdmin, {QStringLiteral("officers"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.json().value(QStringLiteral("officers")).toArray().size() == 6);
    CHECK_FALSE(listed.text().contains(QStringLiteral("argon2")));
}

TEST_CASE("Roles: what each role may list, open, answer, forward, reveal and print", "[cli][officers]")
{
    RolesFixture f;
    const qint64 ward4
        = f.citizenWrites(QStringLiteral("u4"), QStringLiteral("Nhà tôi bị trộm xe máy đêm qua"), kHour, domain::Category::CrimeReport);
    const qint64 ward1 = f.citizenWrites(QStringLiteral("u1"), QStringLiteral("Cho em hỏi làm căn cước"), kHour, domain::Category::ProcedureQuestion,
                                         QStringLiteral("29239"));
    const qint64 hungMy = f.citizenWrites(QStringLiteral("u9"), QStringLiteral("Xin hỏi đăng ký tạm trú"), kHour, domain::Category::ProcedureQuestion,
                                          QStringLiteral("29407"));
    f.addAll();
    const QString c4 = f.code(ward4), c1 = f.code(ward1), c9 = f.code(hungMy);
    const auto note = [&](const Officer &o, const QString &code) {
        return f.as(o, {QStringLiteral("case"), QStringLiteral("note"), code, QStringLiteral("--text"), QStringLiteral("đã xem")});
    };
    const auto reveal = [&](const Officer &o) {
        return f.as(o, {QStringLiteral("case"), QStringLiteral("reveal"), c4, QStringLiteral("--reason"), QStringLiteral("xác minh tin báo")});
    };
    const auto print = [&](const Officer &o, const QString &unit) {
        return f.as(o,
                    {QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"), QDate::currentDate().toString(Qt::ISODate),
                     QStringLiteral("--unit"), unit, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
                     QDir(f.dir.path()).filePath(QStringLiteral("r.json"))});
    };
    // The period report (the last seven days) goes by the same permission and subtree.
    const auto printPeriod = [&](const Officer &o, const QString &unit) {
        return f.as(o,
                    {QStringLiteral("report"), QStringLiteral("period"), QStringLiteral("--from"),
                     QDate::currentDate().addDays(-6).toString(Qt::ISODate), QStringLiteral("--to"), QDate::currentDate().toString(Qt::ISODate),
                     QStringLiteral("--unit"), unit, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                     QDir(f.dir.path()).filePath(QStringLiteral("p.csv"))});
    };

    SECTION("a commune officer: their unit's cases only; acts on them; no reveal, no printing")
    {
        CHECK(f.queueUnits(kWard4) == QSet<QString> {QStringLiteral("29236")});
        CHECK(f.as(kWard4, {QStringLiteral("case"), QStringLiteral("show"), c4}).exitCode == 0);
        const qint64 before = f.events();
        auto other = f.as(kWard4, {QStringLiteral("case"), QStringLiteral("show"), c1});
        CHECK(other.exitCode == 1);
        CHECK(note(kWard4, c1).exitCode == 1);
        CHECK(f.events() == before);
        CHECK(note(kWard4, c4).exitCode == 0);
        // Assigned only to an officer who may act on it, under their stored name.
        const auto assign = [&](const QString &to) {
            return f.as(kWard4, {QStringLiteral("case"), QStringLiteral("assign"), c4, QStringLiteral("--to"), to});
        };
        auto nobody = assign(QStringLiteral("Ai đó"));
        CHECK(nobody.exitCode == 1);
        CHECK(nobody.err.contains(QStringLiteral("no officer named")));
        auto city = assign(QString::fromUtf8(kCity.name));
        CHECK(city.exitCode == 1);
        CHECK(city.err.contains(QStringLiteral("cannot act on the cases of unit 29236")));
        auto colleague = assign(QStringLiteral("điều tra viên p4"));
        INFO(colleague.err.toStdString());
        CHECK(colleague.exitCode == 0);
        auto shown = f.as(kWard4, {QStringLiteral("case"), QStringLiteral("show"), c4, QStringLiteral("--json")});
        CHECK(shown.json().value(QStringLiteral("assignee")).toString() == QString::fromUtf8(kInvestigator.name));
        auto forwarded = f.as(kWard4,
                              {QStringLiteral("case"), QStringLiteral("forward"), c4, QStringLiteral("--to"), QStringLiteral("842"),
                               QStringLiteral("--reason"), QStringLiteral("vượt thẩm quyền")});
        INFO(forwarded.err.toStdString());
        CHECK(forwarded.exitCode == 0);
        const qint64 afterActs = f.events();
        checkRefused(reveal(kWard4), "identity.reveal");
        checkRefused(print(kWard4, QStringLiteral("29236")), "report.print");
        checkRefused(printPeriod(kWard4, QStringLiteral("29236")), "report.print");
        CHECK(f.events() == afterActs);
        CHECK(f.scalar("SELECT count(*) FROM case_events WHERE kind = 'identity_revealed'") == 0);
    }
    SECTION("a commune officer who may reveal sees the reporter, with the reveal in the history")
    {
        auto r = reveal(kInvestigator);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.text().contains(QStringLiteral("Trần Thị Mai")));
        CHECK(f.scalar("SELECT count(*) FROM case_events WHERE kind = 'identity_revealed'") == 1);
    }
    SECTION("a district officer reads the communes below, acts only on the district's own cases")
    {
        CHECK(f.queueUnits(kCity) == QSet<QString> {QStringLiteral("29236"), QStringLiteral("29239")});
        CHECK(f.as(kCity, {QStringLiteral("case"), QStringLiteral("show"), c1}).exitCode == 0);
        const qint64 before = f.events();
        auto readOnly = note(kCity, c1);
        CHECK(readOnly.exitCode == 1);
        CHECK(readOnly.err.contains(QStringLiteral("you may read it, only that unit can act on it")));
        CHECK(f.events() == before);
        CHECK(f.as(kCity, {QStringLiteral("case"), QStringLiteral("show"), c9}).exitCode == 1);
    }
    SECTION("a supervisor reads and prints their subtree, and acts on nothing")
    {
        CHECK(f.queueUnits(kSupervisor) == QSet<QString> {QStringLiteral("29236"), QStringLiteral("29239")});
        const qint64 before = f.events();
        checkRefused(note(kSupervisor, c1), "case.act");
        CHECK(f.events() == before);
        auto printed = print(kSupervisor, QStringLiteral("842"));
        INFO(printed.err.toStdString());
        CHECK(printed.exitCode == 0);
        auto outside = print(kSupervisor, QStringLiteral("847"));
        CHECK(outside.exitCode == 1);
        CHECK(outside.err.contains(QStringLiteral("outside your unit's subtree")));
        auto period = printPeriod(kSupervisor, QStringLiteral("842"));
        INFO(period.err.toStdString());
        CHECK(period.exitCode == 0);
        auto periodOutside = printPeriod(kSupervisor, QStringLiteral("847"));
        CHECK(periodOutside.exitCode == 1);
        CHECK(periodOutside.err.contains(QStringLiteral("outside your unit's subtree")));
    }
    SECTION("an editor reads and answers every unit, reveals when allowed, prints")
    {
        CHECK(f.queueUnits(kEditor) == QSet<QString> {QStringLiteral("29236"), QStringLiteral("29239"), QStringLiteral("29407")});
        CHECK(note(kEditor, c9).exitCode == 0);
        CHECK(reveal(kEditor).exitCode == 0);
        CHECK(print(kEditor, QStringLiteral("84")).exitCode == 0);
    }
    SECTION("an administrator manages officers but reads no case")
    {
        checkRefused(f.as(kAdmin, {QStringLiteral("queue")}), "case.read");
        checkRefused(f.as(kAdmin, {QStringLiteral("case"), QStringLiteral("show"), c4}), "case.read");
        checkRefused(f.as(kWard4, {QStringLiteral("officers"), QStringLiteral("list")}), "admin");
        const qint64 before = f.scalar("SELECT count(*) FROM officers");
        checkRefused(f.as(kEditor,
                          {QStringLiteral("officers"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--role"),
                           QStringLiteral("admin"), QStringLiteral("--unit"), QStringLiteral("84"), QStringLiteral("--new-password-file"),
                           QStringLiteral("-")},
                          "a-long-password\n"),
                     "admin");
        CHECK(f.scalar("SELECT count(*) FROM officers") == before);
    }
}

TEST_CASE("Officers: a wrong password is refused, a disabled officer cannot sign in, the last administrator stays", "[cli][officers]")
{
    RolesFixture f;
    f.addAll();
    auto wrong = casedesk::testsupport::runCli({QStringLiteral("--data-dir"), f.dir.path(), QStringLiteral("--lang"), QStringLiteral("en"),
                                                QStringLiteral("--officer"), QString::fromUtf8(kWard4.name), QStringLiteral("--password-file"),
                                                QStringLiteral("-"), QStringLiteral("queue")},
                                               "not the password\n");
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("Wrong officer name or password.")));
    CHECK(wrong.text().isEmpty());
    // The right password at once is not even checked: the next try waits a second.
    auto atOnce = f.as(kWard4, {QStringLiteral("queue")});
    CHECK(atOnce.exitCode == 1);
    CHECK(atOnce.err.contains(QStringLiteral("before trying again")));
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    CHECK(f.as(kWard4, {QStringLiteral("queue")}).exitCode == 0);
    // An unknown name gets the same answer.
    auto nobody = casedesk::testsupport::runCli({QStringLiteral("--data-dir"), f.dir.path(), QStringLiteral("--lang"), QStringLiteral("en"),
                                                 QStringLiteral("--officer"), QStringLiteral("Không có ai"), QStringLiteral("--password-file"),
                                                 QStringLiteral("-"), QStringLiteral("queue")},
                                                "not the password\n");
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(QStringLiteral("Wrong officer name or password.")));

    auto disabled = f.as(kAdmin, {QStringLiteral("officers"), QStringLiteral("disable"), QString::fromUtf8(kCity.name)});
    INFO(disabled.err.toStdString());
    REQUIRE(disabled.exitCode == 0);
    auto refused = f.as(kCity, {QStringLiteral("queue")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("is disabled")));
    CHECK(f.scalar("SELECT count(*) FROM case_events WHERE kind = 'officer_disabled'") == 1);

    auto last = f.as(kAdmin, {QStringLiteral("officers"), QStringLiteral("disable"), QString::fromUtf8(kAdmin.name)});
    CHECK(last.exitCode == 1);
    CHECK(last.err.contains(QStringLiteral("last administrator")));
    CHECK(f.scalar("SELECT count(*) FROM officers WHERE disabled_at IS NULL AND roles LIKE '%admin%'") == 1);

    // An officer changes their own password; not another's.
    auto own = f.as(kWard4,
                    {QStringLiteral("officers"), QStringLiteral("password"), QString::fromUtf8(kWard4.name), QStringLiteral("--new-password-file"),
                     QStringLiteral("-")},
                    "mật khẩu mới của phường 4\n");
    INFO(own.err.toStdString());
    CHECK(own.exitCode == 0);
    checkRefused(f.as(kEditor,
                      {QStringLiteral("officers"), QStringLiteral("password"), QString::fromUtf8(kAdmin.name), QStringLiteral("--new-password-file"),
                       QStringLiteral("-")},
                      "mật khẩu mới của quản trị\n"),
                 "admin");
    auto oldPassword = f.as(kWard4, {QStringLiteral("queue")});
    CHECK(oldPassword.exitCode == 1);
}

TEST_CASE("Officers: failed sign-ins make the next one wait, the fifth locks for 15 minutes, a new password unlocks", "[officers][sqlite]")
{
    Fixture f;
    store::OfficerStore officers(*f.db);
    store::NewOfficer o;
    o.name = QStringLiteral("Cán bộ A");
    o.roles = {domain::Role::Commune};
    o.unitId = QStringLiteral("29236");
    REQUIRE(officers.add(o, "dung-mat-khau", QStringLiteral("Quản trị"), kT0).ok());

    SECTION("bad input is refused and stores nothing")
    {
        CHECK_FALSE(officers.add(o, "dung-mat-khau", QStringLiteral("Quản trị"), kT0).ok()); // same name
        store::NewOfficer shortPw = o;
        shortPw.name = QStringLiteral("Cán bộ B");
        auto tooShort = officers.add(shortPw, "ngan", QStringLiteral("Quản trị"), kT0);
        REQUIRE_FALSE(tooShort.ok());
        CHECK(tooShort.error().message.contains(QStringLiteral("at least 8")));
        store::NewOfficer noUnit = shortPw;
        noUnit.unitId = QStringLiteral("99999");
        auto unknown = officers.add(noUnit, "dung-mat-khau", QStringLiteral("Quản trị"), kT0);
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().message.contains(QStringLiteral("99999")));
        CHECK(officers.count().value() == 1);
    }

    qint64 t = kT0;
    for (int i = 1; i <= 4; ++i) {
        auto r = officers.signIn(QStringLiteral("cán bộ a"), "sai-mat-khau", t);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == store::SignInError::Code::BadCredentials);
        CHECK(r.error().retryAfterMs == i * 1000);
        // Too soon: refused without even looking at the password.
        auto early = officers.signIn(QStringLiteral("Cán bộ A"), "dung-mat-khau", t + i * 1000 - 1);
        REQUIRE_FALSE(early.ok());
        CHECK(early.error().code == store::SignInError::Code::TooSoon);
        t += i * 1000;
    }
    auto fifth = officers.signIn(QStringLiteral("Cán bộ A"), "sai-mat-khau", t);
    REQUIRE_FALSE(fifth.ok());
    CHECK(fifth.error().code == store::SignInError::Code::Locked);
    auto locked = officers.signIn(QStringLiteral("Cán bộ A"), "dung-mat-khau", t + 14 * 60 * 1000);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == store::SignInError::Code::Locked);
    {
        store::Statement st(*f.db, "SELECT count(*) FROM case_events WHERE kind = 'officer_locked'");
        REQUIRE(st.next());
        CHECK(st.int64(0) == 1);
    }
    SECTION("the lock ends after 15 minutes")
    {
        auto later = officers.signIn(QStringLiteral("Cán bộ A"), "dung-mat-khau", t + 15 * 60 * 1000 + 1);
        REQUIRE(later.ok());
        CHECK(later->name == QStringLiteral("Cán bộ A"));
        auto scope = officers.scopeOf(*later);
        REQUIRE(scope.ok());
        CHECK(scope->signedIn());
        CHECK(scope->allows(QStringLiteral("29236")));
        CHECK_FALSE(scope->allows(QStringLiteral("29239")));
    }
    SECTION("an administrator's new password unlocks at once")
    {
        REQUIRE(officers.setPassword(QStringLiteral("Cán bộ A"), "mat-khau-moi-1", QStringLiteral("Quản trị"), t + 1000).ok());
        CHECK(officers.signIn(QStringLiteral("Cán bộ A"), "mat-khau-moi-1", t + 2000).ok());
        CHECK_FALSE(officers.signIn(QStringLiteral("Cán bộ A"), "dung-mat-khau", t + 3000).ok());
    }
}

TEST_CASE("Officers on a server: each signs in as a login of their own, five wrong passwords make it NOLOGIN, disabling ends its sessions",
          "[cli][officers][postgres]")
{
    RolesFixture f;
    f.addAll();
    const auto login = [&](const Officer &o) {
        store::Statement st(*f.db, "SELECT 'cd_' || id FROM officers WHERE name = ?1");
        st.bind(1, QString::fromUtf8(o.name));
        REQUIRE(st.next());
        return st.text(0);
    };
    const auto canLogin = [&](const QString &role) {
        store::Statement st(*f.db, "SELECT rolcanlogin FROM pg_roles WHERE rolname = ?1");
        st.bind(1, role);
        REQUIRE(st.next());
        return st.int64(0) != 0;
    };
    const QString ward4 = login(kWard4);
    // The officer's commands run as their own login.
    auto who = f.as(kWard4, {QStringLiteral("queue")});
    INFO(who.err.toStdString());
    CHECK(who.exitCode == 0);

    // Five wrong passwords in a row (the waits between them taken as elapsed): the login is locked.
    for (int i = 1; i <= 5; ++i) {
        REQUIRE(f.db->exec("UPDATE officers SET next_attempt_at = NULL").ok());
        auto wrong = casedesk::testsupport::runCli({QStringLiteral("--data-dir"), f.dir.path(), QStringLiteral("--lang"), QStringLiteral("en"),
                                                    QStringLiteral("--officer"), QString::fromUtf8(kWard4.name), QStringLiteral("--password-file"),
                                                    QStringLiteral("-"), QStringLiteral("queue")},
                                                   "not the password\n");
        CHECK(wrong.exitCode == 1);
        CHECK(wrong.err.contains(i < 5 ? QStringLiteral("Wrong officer name or password.") : QStringLiteral("Too many wrong passwords")));
    }
    CHECK_FALSE(canLogin(ward4));
    CHECK(f.scalar("SELECT count(*) FROM case_events WHERE kind = 'officer_locked'") == 1);
    auto locked = f.as(kWard4, {QStringLiteral("queue")});
    CHECK(locked.exitCode == 1);
    CHECK(locked.err.contains(QStringLiteral("Too many wrong passwords")));
    // An administrator's new password unlocks it.
    auto reset = f.as(kAdmin,
                      {QStringLiteral("officers"), QStringLiteral("password"), QString::fromUtf8(kWard4.name), QStringLiteral("--new-password-file"),
                       QStringLiteral("-")},
                      RolesFixture::password(kWard4) + '\n');
    INFO(reset.err.toStdString());
    CHECK(reset.exitCode == 0);
    CHECK(canLogin(ward4));
    CHECK(f.as(kWard4, {QStringLiteral("queue")}).exitCode == 0);

    // Only an administrator's login may call the server's officer functions, even with psql.
    {
        const testsupport::ServerLogin pc = testsupport::loginInGroup(f.db->path(), store::kOfficerRole, f.dir.path());
        testsupport::ScopedEnv pgpass("PGPASSFILE", pc.pgpassFile.toLocal8Bit());
        auto asOfficer = store::Database::open(pc.url);
        REQUIRE(asOfficer.ok());
        store::Statement st(*asOfficer, "SELECT casedesk_disable_officer(?1)");
        st.bind(1, f.scalar("SELECT min(id) FROM officers"));
        CHECK_FALSE(st.next());
        CHECK(st.error().contains(QStringLiteral("only an administrator")));
    }

    // Disabling makes the login NOLOGIN and ends the sessions it has open (a window left signed in).
    QUrl cityUrl(f.db->path());
    cityUrl.setUserName(login(kCity));
    auto cityWindow = store::Database::openWithPassword(cityUrl.toString(), QString::fromUtf8(RolesFixture::password(kCity)));
    INFO((cityWindow.ok() ? QString() : cityWindow.error().message).toStdString());
    REQUIRE(cityWindow.ok());
    {
        store::Statement st(*cityWindow, "SELECT count(*) FROM units");
        CHECK(st.next());
    }
    auto disabled = f.as(kAdmin, {QStringLiteral("officers"), QStringLiteral("disable"), QString::fromUtf8(kCity.name)});
    INFO(disabled.err.toStdString());
    CHECK(disabled.exitCode == 0);
    CHECK_FALSE(canLogin(login(kCity)));
    {
        store::Statement st(*cityWindow, "SELECT count(*) FROM units");
        CHECK_FALSE(st.next());
        CHECK_FALSE(cityWindow->isUsable());
    }
    auto refused = f.as(kCity, {QStringLiteral("queue")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("is disabled")));
}

TEST_CASE("Row-level security on a server: a commune's login reads its unit's rows and no identity, even with SQL of its own", "[officers][postgres]")
{
    RolesFixture f;
    const qint64 ward4
        = f.citizenWrites(QStringLiteral("u4"), QStringLiteral("Nhà tôi bị trộm xe máy đêm qua"), kHour, domain::Category::CrimeReport);
    f.citizenWrites(QStringLiteral("u1"), QStringLiteral("Cho em hỏi làm căn cước"), kHour, domain::Category::ProcedureQuestion,
                    QStringLiteral("29239"));
    const qint64 hungMy = f.citizenWrites(QStringLiteral("u9"), QStringLiteral("Xin hỏi đăng ký tạm trú"), kHour, domain::Category::ProcedureQuestion,
                                          QStringLiteral("29407"));
    f.addAll();
    const auto connectAs = [&](const Officer &o) {
        store::Statement st(*f.db, "SELECT 'cd_' || id FROM officers WHERE name = ?1");
        st.bind(1, QString::fromUtf8(o.name));
        REQUIRE(st.next());
        QUrl url(f.db->path());
        url.setUserName(st.text(0));
        auto db = store::Database::openWithPassword(url.toString(), QString::fromUtf8(RolesFixture::password(o)));
        INFO((db.ok() ? QString() : db.error().message).toStdString());
        REQUIRE(db.ok());
        return std::make_unique<store::Database>(std::move(*db));
    };
    const auto count = [](store::Database &db, const char *sql) {
        store::Statement st(db, sql);
        REQUIRE(st.next());
        return st.int64(0);
    };
    // What the server holds: three cases in three units, a message each, three citizens.
    REQUIRE(count(*f.db, "SELECT count(*) FROM cases") == 3);
    REQUIRE(count(*f.db, "SELECT count(*) FROM citizens") == 3);

    auto commune = connectAs(kWard4);
    CHECK(count(*commune, "SELECT count(*) FROM cases") == 1);
    CHECK(count(*commune, "SELECT count(*) FROM cases WHERE unit_id <> '29236'") == 0);
    CHECK(count(*commune, "SELECT count(*) FROM messages") == 1);
    CHECK(count(*commune, "SELECT count(*) FROM case_events WHERE case_id IS NOT NULL")
          == count(*f.db, "SELECT count(*) FROM case_events WHERE case_id = (SELECT id FROM cases WHERE unit_id = '29236')"));
    // Its one case is a crime report: its reporter is not readable, nor anyone else's identity.
    CHECK(count(*commune, "SELECT count(*) FROM citizens") == 0);
    for (const char *sql : {"SELECT * FROM secrets", "SELECT * FROM identity_reveals"}) {
        store::Statement st(*commune, sql);
        CHECK_FALSE(st.next());
        CHECK(st.error().contains(QStringLiteral("permission denied")));
    }
    {
        // Without --can-reveal the server's function refuses, and logs nothing.
        store::Statement st(*commune, "SELECT display_name FROM casedesk_reveal_identity(?1, 'tò mò')");
        st.bind(1, ward4);
        CHECK_FALSE(st.next());
        CHECK(st.error().contains(QStringLiteral("may not reveal")));
    }
    CHECK(count(*f.db, "SELECT count(*) FROM identity_reveals") == 0);
    {
        // An updated row outside its units is no row at all for it.
        store::Statement st(*commune, "UPDATE cases SET assignee = 'x' WHERE unit_id = '29407'");
        REQUIRE(st.exec().ok());
        CHECK(count(*f.db, "SELECT count(*) FROM cases WHERE assignee = 'x'") == 0);
    }

    // What its login may not do even with SQL of its own: widen its units, move the history's
    // head, send or approve an answer, append as nobody in particular.
    for (const char *sql : {"UPDATE units SET parent_id = '29236' WHERE id = '847'", "UPDATE audit_chain SET event_count = event_count",
                            "DELETE FROM approval_policies", "UPDATE officers SET roles = 'editor,admin'", "DELETE FROM messages"}) {
        store::Statement st(*commune, sql);
        INFO(sql);
        CHECK_FALSE(st.exec().ok());
        CHECK(st.error().contains(QStringLiteral("permission denied")));
    }
    CHECK(count(*commune, "SELECT count(*) FROM cases") == 1);
    {
        // An answer held for the editors (put there by the server's owner here) stays held.
        store::Statement held(*f.db,
                              "INSERT INTO outbox (case_id, oa_id, user_id, text, officer, state, created_at, updated_at) "
                              "SELECT id, oa_id, user_id, 'Trả lời chờ duyệt', 'Cán bộ Phường 4', 'pending_approval', 0, 0 FROM cases WHERE id = ?1");
        held.bind(1, ward4);
        REQUIRE(held.exec().ok());
        store::Statement approve(*commune, "UPDATE outbox SET state = 'queued' WHERE state = 'pending_approval'");
        CHECK_FALSE(approve.exec().ok());
        CHECK(approve.error().contains(QStringLiteral("only editors approve")));
        CHECK(count(*f.db, "SELECT count(*) FROM outbox WHERE state = 'pending_approval'") == 1);
    }
    {
        // The reporter writes again after the crime report closed: a question this time, in a
        // case of its own that is not protected; the reporter stays hidden all the same.
        REQUIRE(f.db->exec("UPDATE cases SET status = 'closed' WHERE unit_id = '29236'").ok());
        f.citizenWrites(QStringLiteral("u4"), QStringLiteral("Cho hỏi làm căn cước ở đâu"), kHour / 2, domain::Category::ProcedureQuestion);
        CHECK(count(*commune, "SELECT count(*) FROM cases") == 2);
        CHECK(count(*commune, "SELECT count(*) FROM citizens") == 0);
    }
    {
        // A login of the officers' group that is no officer (a PC's) appends nothing.
        const testsupport::ServerLogin pc = testsupport::loginInGroup(f.db->path(), store::kOfficerRole, f.dir.path());
        testsupport::ScopedEnv pgpass("PGPASSFILE", pc.pgpassFile.toLocal8Bit());
        auto asPc = store::Database::open(pc.url);
        REQUIRE(asPc.ok());
        store::Statement st(*asPc, "SELECT casedesk_append_event(NULL, 0, 'Giám đốc', 'identity_revealed', '{}')");
        CHECK_FALSE(st.next());
        CHECK(st.error().contains(QStringLiteral("only officers, sync hosts")));
    }

    auto city = connectAs(kCity);
    CHECK(count(*city, "SELECT count(*) FROM cases") == 3);
    CHECK(count(*city, "SELECT count(*) FROM citizens") == 1); // ward 1's citizen; ward 4's reporter stays hidden
    auto editor = connectAs(kEditor);
    CHECK(count(*editor, "SELECT count(*) FROM cases") == 4);
    auto admin = connectAs(kAdmin);
    CHECK(count(*admin, "SELECT count(*) FROM cases") == 0);
    CHECK(count(*admin, "SELECT count(*) FROM messages") == 0);

    // The investigator reveals through the server: the identity, and the server's own log.
    auto investigator = connectAs(kInvestigator);
    {
        store::Statement st(*investigator, "SELECT display_name FROM casedesk_reveal_identity(?1, 'xác minh tin báo')");
        st.bind(1, ward4);
        REQUIRE(st.next());
        CHECK(st.text(0) == QStringLiteral("Trần Thị Mai"));
    }
    CHECK(count(*f.db, "SELECT count(*) FROM identity_reveals WHERE reason = 'xác minh tin báo'") == 1);

    // The history is appended only through the server's function: under the officer's own name,
    // for a case of its units.
    {
        store::Statement forged(*commune,
                                "INSERT INTO case_events (id, case_id, at, officer, kind, detail, prev_hash, hash) "
                                "SELECT last_event + 1, NULL, 0, 'x', 'noted', '{}', head, head FROM audit_chain");
        CHECK_FALSE(forged.exec().ok());
        store::Statement otherName(*commune, "SELECT casedesk_append_event(NULL, 0, 'Biên tập viên', 'noted', '{}')");
        CHECK_FALSE(otherName.next());
        CHECK(otherName.error().contains(QStringLiteral("their own name")));
        store::Statement otherUnit(*commune, "SELECT casedesk_append_event(?1, 0, ?2, 'noted', '{}')");
        otherUnit.bind(1, hungMy).bind(2, QString::fromUtf8(kWard4.name));
        CHECK_FALSE(otherUnit.next());
        CHECK(otherUnit.error().contains(QStringLiteral("no such case")));
    }
    // Officers' actions through the programs append through it, and the chain the server made
    // verifies as the one the programs make: the whole of it, read by the server's own login.
    CHECK(f.as(kWard4, {QStringLiteral("case"), QStringLiteral("note"), f.code(ward4), QStringLiteral("--text"), QStringLiteral("đã xác minh")})
              .exitCode
          == 0);
    auto intact = casedesk::testsupport::runCli({QStringLiteral("--data-dir"), f.dir.path(), QStringLiteral("--lang"), QStringLiteral("en"),
                                                 QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(intact.err.toStdString());
    CHECK(intact.exitCode == 0);
    CHECK(intact.text().contains(QStringLiteral("intact")));
    // An officer verifies the whole chain through the server (links and hashes, not the content):
    // the same count and head as the server's own login finds.
    auto audit = f.as(kWard4, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    INFO(audit.err.toStdString());
    CHECK(audit.exitCode == 0);
    auto whole = casedesk::testsupport::runCli({QStringLiteral("--data-dir"), f.dir.path(), QStringLiteral("--lang"), QStringLiteral("en"),
                                                QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    REQUIRE(whole.exitCode == 0);
    CHECK(audit.json().value(QStringLiteral("events")).toInt() == whole.json().value(QStringLiteral("events")).toInt());
    CHECK(audit.json().value(QStringLiteral("head")).toString() == whole.json().value(QStringLiteral("head")).toString());
    CHECK(audit.json().value(QStringLiteral("events")).toInt() > count(*commune, "SELECT count(*) FROM case_events"));
    // A changed event is found by the officer's verification too.
    REQUIRE(f.db->exec("ALTER TABLE case_events DISABLE TRIGGER USER").ok());
    REQUIRE(f.db->exec("UPDATE case_events SET detail = '{\"text\":\"sửa lén\"}' WHERE id = (SELECT max(id) - 3 FROM case_events)").ok());
    REQUIRE(f.db->exec("ALTER TABLE case_events ENABLE TRIGGER USER").ok());
    auto broken = f.as(kWard4, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    CHECK(broken.exitCode == 1);
    CHECK(broken.json().value(QStringLiteral("problem")).toString() == QStringLiteral("changed"));
}
