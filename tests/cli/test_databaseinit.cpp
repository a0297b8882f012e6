// A province's server: only `database init` makes or upgrades its schema; every PC refuses a
// database without CaseDesk's schema, or with an older or newer one, and changes nothing; an
// address never carries a password.
#include "core/store/database.h"
#include "core/store/statement.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace casedesk;

namespace {

testsupport::CliResult cli(const QString &url, QStringList args)
{
    return testsupport::runCli(QStringList {QStringLiteral("--database"), url, QStringLiteral("--lang"), QStringLiteral("en")} + args);
}

int schemaOf(const QString &url)
{
    // Read as an administrator would, without CaseDesk's checks.
    auto db = store::Database::initialize(url, 0);
    REQUIRE(db.ok());
    return db->userVersion();
}

} // namespace

TEST_CASE("database init makes a server's schema and loads the units, once, and PCs refuse any other schema", "[cli][postgres]")
{
    const QString url = testsupport::emptyServerDatabase();

    // Before init: a PC refuses, saying what to do, and writes nothing.
    auto before = store::Database::open(url);
    REQUIRE_FALSE(before.ok());
    CHECK(before.error().message.contains(QStringLiteral("database init")));
    auto queue = cli(url, {QStringLiteral("queue")});
    CHECK(queue.exitCode == 1);
    CHECK(queue.err.contains(QStringLiteral("database init")));
    CHECK(schemaOf(url) == 0);

    auto init = cli(url, {QStringLiteral("database"), QStringLiteral("init"), QStringLiteral("--json")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.json().value(QStringLiteral("schema_before")).toInt() == 0);
    CHECK(init.json().value(QStringLiteral("schema")).toInt() == store::Database::schemaVersion());
    CHECK(init.json().value(QStringLiteral("units")).toInt() == 127);
    CHECK(init.json().value(QStringLiteral("units_added")).toInt() == 127);

    // Again: nothing to do, nothing doubled.
    auto again = cli(url, {QStringLiteral("database"), QStringLiteral("init"), QStringLiteral("--json")});
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().value(QStringLiteral("schema_before")).toInt() == store::Database::schemaVersion());
    CHECK(again.json().value(QStringLiteral("units_added")).toInt() == 0);
    CHECK(again.json().value(QStringLiteral("units")).toInt() == 127);

    auto opened = store::Database::open(url);
    REQUIRE(opened.ok());
    CHECK(opened->isShared());
    CHECK(cli(url, {QStringLiteral("queue")}).exitCode == 0);

    // An older schema (a server an administrator has not upgraded): refused, pointing at init.
    REQUIRE(opened->exec("UPDATE casedesk_schema SET version = version - 1").ok());
    auto older = store::Database::open(url);
    REQUIRE_FALSE(older.ok());
    CHECK(older.error().message.contains(QStringLiteral("database init")));
    CHECK(older.error().message.contains(QStringLiteral("older")));
    REQUIRE(opened->exec("UPDATE casedesk_schema SET version = version + 1").ok());

    // A newer one (written by a newer CaseDesk): refused by PCs and by init, and left as it is.
    REQUIRE(opened->exec("UPDATE casedesk_schema SET version = version + 1").ok());
    auto newer = store::Database::open(url);
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().message.contains(QStringLiteral("newer")));
    auto initNewer = cli(url, {QStringLiteral("database"), QStringLiteral("init")});
    CHECK(initNewer.exitCode == 1);
    CHECK(initNewer.err.contains(QStringLiteral("newer")));
    store::Statement version(*opened, "SELECT version FROM casedesk_schema");
    REQUIRE(version.next());
    CHECK(version.int64(0) == store::Database::schemaVersion() + 1);
}

TEST_CASE("A database address with a password, or not PostgreSQL's, is refused before anything is opened", "[cli][postgres]")
{
    auto withPassword = testsupport::runCli({QStringLiteral("--database"), QStringLiteral("postgresql://casedesk:s3cret-pw@127.0.0.1:5432/x"),
                                             QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("queue")});
    CHECK(withPassword.exitCode == 2);
    CHECK(withPassword.err.contains(QStringLiteral("password")));
    CHECK_FALSE(withPassword.err.contains(QStringLiteral("s3cret-pw")));
    CHECK_FALSE(withPassword.text().contains(QStringLiteral("s3cret-pw")));
    auto notPostgres = testsupport::runCli({QStringLiteral("--database"), QStringLiteral("/tmp/casedesk.sqlite"), QStringLiteral("--lang"),
                                            QStringLiteral("en"), QStringLiteral("queue")});
    CHECK(notPostgres.exitCode == 2);
    CHECK(notPostgres.err.contains(QStringLiteral("postgresql://")));
    auto initOnFile = testsupport::runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("database"), QStringLiteral("init")});
    CHECK(initOnFile.exitCode == 2);
    CHECK(initOnFile.err.contains(QStringLiteral("--database")));
}

TEST_CASE("database init --admin makes the province's first administrator, a login of their own, only once", "[cli][postgres]")
{
    const QString url = testsupport::emptyServerDatabase();
    QTemporaryDir dir;
    const auto run = [&](QStringList args, const QByteArray &input) {
        return testsupport::runCli(
            QStringList {QStringLiteral("--database"), url, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), dir.path()}
                + args,
            input);
    };
    auto noPassword = run({QStringLiteral("database"), QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("Quản trị Tỉnh")}, {});
    CHECK(noPassword.exitCode == 2);
    CHECK(noPassword.err.contains(QStringLiteral("--new-password-file")));

    auto made = run({QStringLiteral("database"), QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("Quản trị Tỉnh"),
                     QStringLiteral("--new-password-file"), QStringLiteral("-")},
                    "mật khẩu quản trị tỉnh\n");
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.text().contains(QStringLiteral("first administrator")));
    auto db = store::Database::open(url);
    REQUIRE(db.ok());
    store::Statement admin(*db, "SELECT o.roles, o.unit_id, a.rolcanlogin FROM officers o JOIN pg_roles a ON a.rolname = 'cd_' || o.id");
    REQUIRE(admin.next());
    CHECK(admin.text(0) == QStringLiteral("admin"));
    CHECK(admin.text(1) == QStringLiteral("84"));
    CHECK(admin.int64(2) == 1);
    CHECK_FALSE(admin.next());

    // They sign in as their login and manage officers; a wrong password is refused.
    auto listed = run({QStringLiteral("--officer"), QStringLiteral("quản trị tỉnh"), QStringLiteral("--password-file"), QStringLiteral("-"),
                       QStringLiteral("officers"), QStringLiteral("list"), QStringLiteral("--json")},
                      "mật khẩu quản trị tỉnh\n");
    INFO(listed.err.toStdString());
    CHECK(listed.exitCode == 0);
    CHECK(listed.json().value(QStringLiteral("officers")).toArray().size() == 1);
    auto wrong = run({QStringLiteral("--officer"), QStringLiteral("Quản trị Tỉnh"), QStringLiteral("--password-file"), QStringLiteral("-"),
                      QStringLiteral("officers"), QStringLiteral("list")},
                     "sai mật khẩu\n");
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("Wrong officer name or password.")));

    auto again = run({QStringLiteral("database"), QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("Người khác"),
                      QStringLiteral("--new-password-file"), QStringLiteral("-")},
                     "mật khẩu người khác\n");
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("has officers already")));
    store::Statement count(*db, "SELECT count(*) FROM officers");
    REQUIRE(count.next());
    CHECK(count.int64(0) == 1);
}
