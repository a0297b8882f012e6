// The case history as a hash chain: what `audit verify` catches, what the database refuses, and
// what CaseDesk puts back when the guards were removed behind its back.
#include "core/domain/caseevent.h"
#include "core/store/auditstore.h"
#include "core/store/database.h"
#include "core/store/eventlog.h"
#include "core/store/statement.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace casedesk;
using namespace casedesk::store;

namespace {

/// A database with one case and @p events events in its history, written through CaseDesk.
struct Chain
{
    explicit Chain(int events = 10)
    {
        REQUIRE(dir.isValid());
        path = casedesk::testsupport::freshDatabase(dir.path());
        auto opened = Database::open(path);
        REQUIRE(opened.ok());
        db = std::make_unique<Database>(std::move(*opened));
        REQUIRE(db->exec("INSERT INTO units (id, level, name) VALUES ('84', 'province', 'Công an tỉnh');"
                         "INSERT INTO cases (id, code, oa_id, user_id, origin_unit, unit_id, opened_at) "
                         "VALUES (1, 'TV-2026-000001', 'oa', 'u', '84', '84', 1);")
                    .ok());
        for (int i = 1; i <= events; ++i)
            append(i);
    }

    void append(int i)
    {
        Transaction tx(*db);
        REQUIRE(tx.isActive());
        EventLog log(*db);
        REQUIRE(log.append(1, 1000 * i, QStringLiteral("Lê Văn Tám"), QStringLiteral("noted"),
                           {{QStringLiteral("text"), QStringLiteral("ghi chú %1").arg(i)}})
                    .ok());
        REQUIRE(tx.commit().ok());
    }

    /// What another OS user with sqlite3 can do: drop the guards, then edit (on a server, what
    /// its superuser can: write with the triggers off).
    void tamper(const char *sql)
    {
        if (db->dialect() == Dialect::Postgres) {
            REQUIRE(db->exec("SET session_replication_role = replica").ok());
            REQUIRE(db->exec(sql).ok());
            REQUIRE(db->exec("SET session_replication_role = origin").ok());
            return;
        }
        REQUIRE(db->exec("DROP TRIGGER case_events_no_update; DROP TRIGGER case_events_no_delete; DROP TRIGGER case_events_chained; "
                         "DROP TRIGGER case_events_advance_head; DROP TRIGGER audit_chain_follows;")
                    .ok());
        REQUIRE(db->exec(sql).ok());
    }

    AuditReport verify(const std::optional<ChainHead> &anchor = std::nullopt)
    {
        AuditStore audit(*db);
        auto r = audit.verify(anchor);
        REQUIRE(r.ok());
        return *r;
    }

    ChainHead head()
    {
        AuditStore audit(*db);
        auto h = audit.head();
        REQUIRE(h.ok());
        return *h;
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
};

QString scalarText(Database &db, const char *sql)
{
    Statement st(db, sql);
    REQUIRE(st.next());
    return st.text(0);
}

} // namespace

TEST_CASE("An untouched history verifies, and its head is the last event's hash and the event count", "[audit]")
{
    Chain chain;
    const AuditReport r = chain.verify();
    CHECK(r.ok());
    CHECK(r.eventCount == 10);
    const ChainHead head = chain.head();
    CHECK(head.eventCount == 10);
    CHECK(head.hash == r.headHash);
    CHECK(head.hash == scalarText(*chain.db, "SELECT hash FROM case_events ORDER BY id DESC LIMIT 1"));
    CHECK(chain.verify(head).ok());
    CHECK(chain.verify(head).anchorFound);
}

TEST_CASE("The database refuses to rewrite an event, also through INSERT OR REPLACE and REPLACE", "[audit]")
{
    Chain chain;
    const QString before = scalarText(*chain.db, "SELECT detail FROM case_events WHERE id = 5");
    CHECK_FALSE(chain.db->exec("UPDATE case_events SET detail = '{}' WHERE id = 5").ok());
    CHECK_FALSE(chain.db->exec("DELETE FROM case_events WHERE id = 5").ok());
    CHECK_FALSE(chain.db
                    ->exec("INSERT OR REPLACE INTO case_events (id, case_id, at, officer, kind, detail, prev_hash, hash) "
                           "SELECT id, case_id, at, officer, kind, '{\"text\":\"khác\"}', prev_hash, hash FROM case_events WHERE id = 5")
                    .ok());
    CHECK_FALSE(chain.db
                    ->exec("REPLACE INTO case_events (id, case_id, at, officer, kind, detail, prev_hash, hash) "
                           "SELECT id, case_id, at, officer, kind, '{\"text\":\"khác\"}', prev_hash, hash FROM case_events WHERE id = 5")
                    .ok());
    // An event that does not continue the chain's head is refused too.
    CHECK_FALSE(chain.db
                    ->exec("INSERT INTO case_events (id, case_id, at, officer, kind, detail, prev_hash, hash) "
                           "VALUES (11, 1, 1, 'x', 'noted', '{}', 'abc', 'def')")
                    .ok());
    CHECK_FALSE(chain.db->exec("UPDATE audit_chain SET event_count = 3").ok());
    CHECK_FALSE(chain.db->exec("DELETE FROM audit_chain").ok());
    CHECK(scalarText(*chain.db, "SELECT detail FROM case_events WHERE id = 5") == before);
    CHECK(chain.verify().ok());
}

TEST_CASE("audit verify names an edited event", "[audit]")
{
    Chain chain;
    chain.tamper("UPDATE case_events SET detail = '{\"text\":\"đã sửa\"}' WHERE id = 4");
    const AuditReport r = chain.verify();
    CHECK(r.problem == AuditReport::Problem::Changed);
    CHECK(r.brokenEventId == 4);
    CHECK(r.brokenCaseCode == QStringLiteral("TV-2026-000001"));
}

TEST_CASE("audit verify names the event after a deleted one", "[audit]")
{
    Chain chain;
    chain.tamper("DELETE FROM case_events WHERE id = 6");
    const AuditReport r = chain.verify();
    CHECK(r.problem == AuditReport::Problem::Unlinked);
    CHECK(r.brokenEventId == 7);
}

TEST_CASE("audit verify notices events removed from the end, through the chain's head", "[audit]")
{
    Chain chain;
    chain.tamper("DELETE FROM case_events WHERE id >= 9");
    const AuditReport r = chain.verify();
    CHECK(r.problem == AuditReport::Problem::HeadMismatch);
    CHECK(r.eventCount == 8);
}

TEST_CASE("audit verify names an inserted event", "[audit]")
{
    Chain chain;
    // Made to look right: it links to the event before it, with a hash of the right form.
    chain.tamper("UPDATE case_events SET id = id + 100 WHERE id > 5;"
                 "INSERT INTO case_events (id, case_id, at, officer, kind, detail, prev_hash, hash) "
                 "SELECT 6, 1, 5500, 'Lê Văn Tám', 'noted', '{\"text\":\"thêm vào\"}', hash, hash FROM case_events WHERE id = 5;");
    const AuditReport r = chain.verify();
    CHECK_FALSE(r.ok());
    CHECK(r.brokenEventId == 6);
}

TEST_CASE("audit verify names a replaced event", "[audit][sqlite]")
{
    Chain chain;
    REQUIRE(chain.db->exec("DROP TRIGGER case_events_chained; DROP TRIGGER case_events_advance_head; DROP TRIGGER audit_chain_follows;").ok());
    // Without recursive triggers REPLACE's delete fires no DELETE trigger: the old guards let it through.
    REQUIRE(chain.db
                ->exec("REPLACE INTO case_events (id, case_id, at, officer, kind, detail, prev_hash, hash) "
                       "SELECT id, case_id, at, 'Người khác', kind, detail, prev_hash, hash FROM case_events WHERE id = 3")
                .ok());
    const AuditReport r = chain.verify();
    CHECK(r.problem == AuditReport::Problem::Changed);
    CHECK(r.brokenEventId == 3);
}

TEST_CASE("A history rewritten whole no longer holds a printed anchor", "[audit]")
{
    Chain chain;
    const ChainHead printed = chain.head();
    // The file's owner edits event 2 and recomputes every hash after it, and the head: the chain
    // is consistent again, but the printed anchor is not on it any more.
    chain.tamper("UPDATE case_events SET detail = '{\"text\":\"viết lại\"}' WHERE id = 2");
    const bool server = chain.db->dialect() == Dialect::Postgres;
    if (server) // the superuser's way past the guards, as in tamper()
        REQUIRE(chain.db->exec("SET session_replication_role = replica").ok());
    {
        Statement read(*chain.db, "SELECT id, case_id, at, officer, kind, detail FROM case_events ORDER BY id");
        QVector<std::tuple<qint64, QByteArray>> rehashed;
        QByteArray prev = EventLog::genesisHash();
        while (read.next()) {
            const QByteArray hash = EventLog::eventHash(prev, read.int64(0), read.int64(1), read.int64(2), read.text(3), read.text(4), read.blob(5));
            rehashed.push_back({read.int64(0), prev + ':' + hash});
            prev = hash;
        }
        for (const auto &[id, link] : rehashed) {
            Statement w(*chain.db, "UPDATE case_events SET prev_hash = ?2, hash = ?3 WHERE id = ?1");
            w.bind(1, id).bind(2, link.left(64)).bind(3, link.mid(65));
            REQUIRE(w.exec().ok());
        }
        Statement h(*chain.db, "UPDATE audit_chain SET head = ?1");
        h.bind(1, prev);
        REQUIRE(h.exec().ok());
    }
    if (server)
        REQUIRE(chain.db->exec("SET session_replication_role = origin").ok());
    CHECK(chain.verify().ok()); // consistent on its own…
    const AuditReport r = chain.verify(printed);
    CHECK(r.problem == AuditReport::Problem::AnchorMissing); // …but not with the anchor
    CHECK_FALSE(r.anchorFound);
    // An anchor from beyond the chain's end is not on it either.
    ChainHead future = printed;
    future.eventCount = 99;
    CHECK(chain.verify(future).problem == AuditReport::Problem::AnchorMissing);
}

TEST_CASE("Guards dropped behind CaseDesk's back are put back at open, and that is an event of the history", "[audit]")
{
    Chain chain;
    REQUIRE(chain.db
                ->exec(chain.db->dialect() == Dialect::Sqlite
                           ? "DROP TRIGGER case_events_no_update; DROP TRIGGER cases_reporter_stays_protected;"
                           : "DROP TRIGGER case_events_no_update ON case_events; DROP TRIGGER cases_reporter_stays_protected ON cases;")
                .ok());
    chain.db.reset();
    auto reopened = Database::open(chain.path);
    REQUIRE(reopened.ok());
    chain.db = std::make_unique<Database>(std::move(*reopened));
    CHECK_FALSE(chain.db->exec("UPDATE case_events SET officer = 'x' WHERE id = 1").ok());
    Statement last(*chain.db, "SELECT kind, case_id IS NULL, detail FROM case_events ORDER BY id DESC LIMIT 1");
    REQUIRE(last.next());
    CHECK(last.text(0) == QString::fromLatin1(domain::events::kHistoryGuardRestored));
    CHECK(last.int64(1) == 1);
    CHECK(last.text(2).contains(QStringLiteral("case_events_no_update")));
    CHECK(last.text(2).contains(QStringLiteral("cases_reporter_stays_protected")));
    CHECK(chain.verify().ok());
    CHECK(chain.verify().eventCount == 11);
}

TEST_CASE("An anchor is read as HASH:COUNT and nothing else", "[audit]")
{
    const QString hash(64, QLatin1Char('a'));
    auto a = ChainHead::fromAnchorText(hash + QStringLiteral(":42"));
    REQUIRE(a);
    CHECK(a->eventCount == 42);
    CHECK(a->hash == hash);
    CHECK_FALSE(ChainHead::fromAnchorText(hash));
    CHECK_FALSE(ChainHead::fromAnchorText(hash.left(63) + QStringLiteral(":1")));
    CHECK_FALSE(ChainHead::fromAnchorText(QStringLiteral("zz:1")));
}

TEST_CASE("Schema 4 chains the existing history and protects every reporter whose case was ever a crime report", "[audit][store][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("casedesk.sqlite"));
    {
        auto old = Database::openAtVersion(path, 3);
        REQUIRE(old.ok());
        REQUIRE(old->exec("INSERT INTO units (id, level, name) VALUES ('84', 'province', 'Công an tỉnh');"
                          // 1: opened as a crime report, later set to other by an officer
                          "INSERT INTO cases (id, code, oa_id, user_id, origin_unit, unit_id, opened_at, category) "
                          "VALUES (1, 'TV-2026-000001', 'oa', 'u1', '84', '84', 1, 'other');"
                          "INSERT INTO case_events (case_id, at, officer, kind, detail) "
                          "VALUES (1, 1, 'CaseDesk', 'opened', '{\"category\":\"crime_report\",\"unit\":\"84\"}');"
                          "INSERT INTO case_events (case_id, at, officer, kind, detail) "
                          "VALUES (1, 2, 'Lê Văn Tám', 'categorized', '{\"after\":\"other\",\"before\":\"crime_report\"}');"
                          // 2: a petition set to crime report and back
                          "INSERT INTO cases (id, code, oa_id, user_id, origin_unit, unit_id, opened_at, category) "
                          "VALUES (2, 'TV-2026-000002', 'oa', 'u2', '84', '84', 1, 'petition');"
                          "INSERT INTO case_events (case_id, at, officer, kind, detail) "
                          "VALUES (2, 3, 'CaseDesk', 'opened', '{\"category\":\"petition\",\"unit\":\"84\"}');"
                          "INSERT INTO case_events (case_id, at, officer, kind, detail) "
                          "VALUES (2, 4, 'Lê Văn Tám', 'categorized', '{\"after\":\"crime_report\",\"before\":\"petition\"}');"
                          "INSERT INTO case_events (case_id, at, officer, kind, detail) "
                          "VALUES (2, 5, 'Lê Văn Tám', 'categorized', '{\"after\":\"petition\",\"before\":\"crime_report\"}');"
                          // 3: never a crime report
                          "INSERT INTO cases (id, code, oa_id, user_id, origin_unit, unit_id, opened_at, category) "
                          "VALUES (3, 'TV-2026-000003', 'oa', 'u3', '84', '84', 1, 'procedure_question');"
                          "INSERT INTO case_events (case_id, at, officer, kind, detail) "
                          "VALUES (3, 6, 'CaseDesk', 'opened', '{\"category\":\"procedure_question\",\"unit\":\"84\"}');")
                    .ok());
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(scalarText(*db, "SELECT group_concat(id) FROM (SELECT id FROM cases WHERE reporter_protected = 1 ORDER BY id)") == QStringLiteral("1,2"));
    AuditStore audit(*db);
    auto r = audit.verify();
    REQUIRE(r.ok());
    CHECK(r->ok());
    CHECK(r->eventCount == 6);
    // Once protected, always: the database refuses to lift it.
    CHECK_FALSE(db->exec("UPDATE cases SET reporter_protected = 0 WHERE id = 1").ok());
    // A case that becomes a crime report is protected by the database itself, whoever writes it.
    REQUIRE(db->exec("UPDATE cases SET category = 'crime_report' WHERE id = 3").ok());
    CHECK(scalarText(*db, "SELECT reporter_protected FROM cases WHERE id = 3") == QStringLiteral("1"));
    CHECK(scalarText(*db, "PRAGMA integrity_check") == QStringLiteral("ok"));
}
