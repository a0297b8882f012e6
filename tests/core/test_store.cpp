#include "core/store/database.h"
#include "core/store/eventlog.h"
#include "core/store/migrations.h"
#include "core/store/statement.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace casedesk;
using namespace casedesk::store;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString pragmaText(Database &db, const char *sql)
{
    Statement st(db, sql);
    REQUIRE(st.next());
    return st.text(0);
}

} // namespace

TEST_CASE("A new database is created in WAL mode with foreign keys and the current schema", "[store][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("casedesk.sqlite"));
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(db->userVersion() == Database::schemaVersion());
    CHECK(Database::schemaVersion() == int(migrations().size()));
    CHECK(pragmaText(*db, "PRAGMA journal_mode") == QStringLiteral("wal"));
    CHECK(pragmaText(*db, "PRAGMA foreign_keys") == QStringLiteral("1"));
    CHECK(pragmaText(*db, "PRAGMA integrity_check") == QStringLiteral("ok"));

    // The tables officers' work lives in exist.
    for (const char *table : {"units", "accounts", "citizens", "cases", "messages", "messages_fts", "case_events", "outbox", "templates"}) {
        Statement st(*db, "SELECT count(*) FROM sqlite_master WHERE name = ?1");
        st.bind(1, QString::fromLatin1(table));
        REQUIRE(st.next());
        INFO(table);
        CHECK(st.int64(0) == 1);
    }
}

TEST_CASE("Opening an existing database again keeps its data and does not migrate twice", "[store][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("casedesk.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        REQUIRE(db->exec("INSERT INTO settings (key, value) VALUES ('officer', 'Nguyễn Thị B')").ok());
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(pragmaText(*db, "SELECT value FROM settings WHERE key = 'officer'") == QStringLiteral("Nguyễn Thị B"));
    CHECK(db->userVersion() == Database::schemaVersion());
}

TEST_CASE("A database from every earlier schema version migrates forward and keeps officers' work", "[store][sqlite]")
{
    for (int from = 0; from < Database::schemaVersion(); ++from) {
        DYNAMIC_SECTION("from schema " << from)
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("casedesk.sqlite"));
            {
                auto old = Database::openAtVersion(path, from);
                REQUIRE(old.ok());
                REQUIRE(old->userVersion() == from);
                if (from >= 1)
                    REQUIRE(old->exec("INSERT INTO settings (key, value) VALUES ('kept', 'yes')").ok());
            }
            auto db = Database::open(path);
            REQUIRE(db.ok());
            CHECK(db->userVersion() == Database::schemaVersion());
            if (from >= 1)
                CHECK(pragmaText(*db, "SELECT value FROM settings WHERE key = 'kept'") == QStringLiteral("yes"));
            CHECK(pragmaText(*db, "PRAGMA integrity_check") == QStringLiteral("ok"));
        }
    }
}

TEST_CASE("A database written by a newer CaseDesk is refused and left untouched", "[store][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("casedesk.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(Database::schemaVersion() + 1);
        REQUIRE(db->exec(pragma.constData()).ok());
        REQUIRE(db->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("newer")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A file that is not a database is refused with its name", "[store][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("casedesk.sqlite"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(path));
}

TEST_CASE("A transaction that is not committed rolls back", "[store]")
{
    QTemporaryDir dir;
    auto db = Database::open(casedesk::testsupport::freshDatabase(dir.path()));
    REQUIRE(db.ok());
    {
        Transaction tx(*db);
        REQUIRE(tx.isActive());
        REQUIRE(db->exec("INSERT INTO settings (key, value) VALUES ('a', '1')").ok());
    }
    CHECK(pragmaText(*db, "SELECT count(*) FROM settings") == QStringLiteral("0"));
    {
        Transaction tx(*db);
        REQUIRE(db->exec("INSERT INTO settings (key, value) VALUES ('a', '1')").ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(pragmaText(*db, "SELECT count(*) FROM settings") == QStringLiteral("1"));
}

TEST_CASE("The case history refuses changes and deletions", "[store]")
{
    QTemporaryDir dir;
    auto db = Database::open(casedesk::testsupport::freshDatabase(dir.path()));
    REQUIRE(db.ok());
    REQUIRE(
        db->exec(
              "INSERT INTO units (id, level, name) VALUES ('84', 'province', 'Công an tỉnh');"
              "INSERT INTO cases (id, code, oa_id, user_id, origin_unit, unit_id, opened_at) VALUES (1, 'TV-2026-000001', 'oa', 'u', '84', '84', 1);")
            .ok());
    REQUIRE(EventLog(*db).append(1, 1, QStringLiteral("a"), QStringLiteral("note"), {}).ok());
    // Written by hand, without continuing the chain: refused.
    CHECK_FALSE(db->exec("INSERT INTO case_events (case_id, at, officer, kind, prev_hash, hash) VALUES (1, 1, 'a', 'note', 'x', 'y')").ok());
    auto update = db->exec("UPDATE case_events SET officer = 'b'");
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().message.contains(QStringLiteral("append-only")));
    CHECK_FALSE(db->exec("DELETE FROM case_events").ok());
    CHECK(pragmaText(*db, "SELECT officer FROM case_events") == QStringLiteral("a"));
}

TEST_CASE("The database holds at most one open case per citizen and account, whoever writes", "[store]")
{
    QTemporaryDir dir;
    auto db = Database::open(casedesk::testsupport::freshDatabase(dir.path()));
    REQUIRE(db.ok());
    REQUIRE(db->exec("INSERT INTO units (id, level, name) VALUES ('84', 'province', 'Công an tỉnh');"
                     "INSERT INTO cases (code, oa_id, user_id, origin_unit, unit_id, opened_at, status, closed_at) "
                     "VALUES ('TV-2026-000001', 'oa', 'u', '84', '84', 1, 'closed', 2);"
                     "INSERT INTO cases (code, oa_id, user_id, origin_unit, unit_id, opened_at) VALUES ('TV-2026-000002', 'oa', 'u', '84', '84', 3);")
                .ok());
    // A second open case of the same citizen at the same account is refused…
    CHECK_FALSE(
        db->exec("INSERT INTO cases (code, oa_id, user_id, origin_unit, unit_id, opened_at) VALUES ('TV-2026-000003', 'oa', 'u', '84', '84', 4)")
            .ok());
    // …as is reopening the closed one while the newer is open; another citizen or account is not.
    CHECK_FALSE(db->exec("UPDATE cases SET status = 'open', closed_at = NULL WHERE code = 'TV-2026-000001'").ok());
    CHECK(db->exec("INSERT INTO cases (code, oa_id, user_id, origin_unit, unit_id, opened_at) VALUES ('TV-2026-000004', 'oa', 'v', '84', '84', 5)")
              .ok());
    CHECK(db->exec("INSERT INTO cases (code, oa_id, user_id, origin_unit, unit_id, opened_at) VALUES ('TV-2026-000005', 'oa2', 'u', '84', '84', 6)")
              .ok());
    CHECK(pragmaText(*db, "SELECT count(*) FROM cases WHERE oa_id = 'oa' AND user_id = 'u'") == QStringLiteral("2"));
}
