// `casedesk-cli database migrate-to URL`: PC data folders moved into one shared PostgreSQL
// database (always PostgreSQL here, whichever leg runs the other tests).

#include "support/clirunner.h"
#include "support/testdatabase.h"

#include "core/common/clock.h"
#include "core/common/datafolder.h"
#include "core/domain/textfold.h"
#include "core/store/accountstore.h"
#include "core/store/casestore.h"
#include "core/store/casewriter.h"
#include "core/store/database.h"
#include "core/store/ingeststore.h"
#include "core/store/queuestore.h"
#include "core/store/statement.h"
#include "core/store/templatestore.h"
#include "core/store/unitstore.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <memory>

using namespace casedesk;
using casedesk::testsupport::CliResult;

namespace {

constexpr qint64 kHour = 3600LL * 1000;

/// The URL of a new, migrated database on the test cluster; CASEDESK_DATABASE is left unset so
/// that casedesk-cli works on a folder unless told --database.
QString freshServerDatabase(const QString &dir)
{
    qputenv("CASEDESK_TEST_BACKEND", "postgresql");
    const QString url = testsupport::freshDatabase(dir);
    qunsetenv("CASEDESK_DATABASE");
    return url;
}

CliResult cli(QStringList args)
{
    args << QStringLiteral("--officer") << QStringLiteral("Phạm Thu") << QStringLiteral("--lang") << QStringLiteral("en");
    return testsupport::runCli(args);
}

domain::OfficerScope everyone()
{
    domain::OfficerScope scope;
    scope.officer = QStringLiteral("Phạm Thu");
    return scope;
}

/// One PC's data folder (its SQLite file) with one unit's account, made through the store API as
/// sync and officers make it.
class SourceFolder
{
public:
    explicit SourceFolder(const QString &unit)
        : m_unit(unit)
    {
        REQUIRE(m_dir.isValid());
        auto opened = store::Database::open(DataFolder(m_dir.path()).localDatabaseFile());
        REQUIRE(opened.ok());
        m_db = std::make_unique<store::Database>(std::move(*opened));
        REQUIRE(store::UnitStore(*m_db).seedIfEmpty(QDate::currentDate()).ok());
        store::Account a;
        a.oaId = oa();
        a.unitId = unit;
        a.appId = QStringLiteral("app-") + unit;
        a.name = QStringLiteral("Công an ") + unit;
        a.openapiBase = QStringLiteral("http://127.0.0.1:9");
        a.oauthBase = QStringLiteral("http://127.0.0.1:9");
        a.secretStore = QStringLiteral("keychain");
        a.createdAt = QDateTime::currentMSecsSinceEpoch();
        REQUIRE(store::AccountStore(*m_db).add(a).ok());
    }

    QString path() const { return m_dir.path(); }
    QString oa() const { return QStringLiteral("oa-") + m_unit; }
    store::Database &db() { return *m_db; }

    /// The citizen @p user writes @p text @p agoMs before now; returns the case id.
    qint64 citizenWrites(const QString &user, const QString &text, qint64 agoMs, domain::Category category = domain::Category::ProcedureQuestion)
    {
        store::IngestStore ingest(*m_db);
        domain::IncomingMessage in;
        in.message.messageId = QStringLiteral("%1-m%2").arg(m_unit).arg(++m_messages);
        in.message.oaId = oa();
        in.message.userId = user;
        in.message.sentAt = QDateTime::currentMSecsSinceEpoch() - agoMs;
        in.message.text = text;
        domain::CitizenProfile p;
        p.oaId = oa();
        p.userId = user;
        p.displayName = QStringLiteral("Trần Thị Mai ") + user;
        auto r = ingest.ingest(m_unit, {in}, p, [category](const QString &, qint64) {
            domain::TriageResult t;
            t.category = category;
            t.confidence = 0.8;
            return t;
        });
        REQUIRE(r.ok());
        store::Statement st(*m_db, "SELECT case_id FROM messages WHERE message_id = ?1");
        st.bind(1, in.message.messageId);
        REQUIRE(st.next());
        return st.int64(0);
    }

    QString code(qint64 caseId)
    {
        store::Statement st(*m_db, "SELECT code FROM cases WHERE id = ?1");
        st.bind(1, caseId);
        REQUIRE(st.next());
        return st.text(0);
    }

    /// Every event of the case with code @p code: at, officer, kind, detail.
    QStringList events(const QString &caseCode) { return eventsOf(*m_db, caseCode); }

    static QStringList eventsOf(store::Database &db, const QString &caseCode)
    {
        store::Statement st(db,
                            "SELECT e.at, e.officer, e.kind, e.detail FROM case_events e JOIN cases c ON c.id = e.case_id "
                            "WHERE c.code = ?1 ORDER BY e.id");
        st.bind(1, caseCode);
        QStringList out;
        while (st.next())
            out << QStringLiteral("%1|%2|%3|%4").arg(st.text(0), st.text(1), st.text(2), QString::fromUtf8(st.blob(3)));
        return out;
    }

private:
    QTemporaryDir m_dir;
    QString m_unit;
    std::unique_ptr<store::Database> m_db;
    int m_messages = 0;
};

qint64 count(store::Database &db, const char *sql)
{
    store::Statement st(db, sql);
    REQUIRE(st.next());
    return st.int64(0);
}

QString settingOf(store::Database &db, const QString &key)
{
    store::Statement st(db, "SELECT value FROM settings WHERE key = ?1");
    st.bind(1, key);
    return st.next() ? st.text(0) : QString();
}

/// Every table's counts of a migrate-to --json output agree; returns them as "table:source".
QStringList agreedCounts(const QJsonObject &out)
{
    QStringList all;
    const QJsonObject counts = out.value(QStringLiteral("counts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        INFO(it.key().toStdString());
        CHECK(c.value(QStringLiteral("source")).toInt() == c.value(QStringLiteral("target")).toInt());
        all << QStringLiteral("%1:%2").arg(it.key()).arg(c.value(QStringLiteral("source")).toInt());
    }
    return all;
}

int countOf(const QJsonObject &out, const char *table, const char *side)
{
    return out.value(QStringLiteral("counts")).toObject().value(QLatin1String(table)).toObject().value(QLatin1String(side)).toInt(-1);
}

} // namespace

TEST_CASE("database migrate-to moves two folders into one shared database - counts verified, prefixed codes, old codes as aliases, "
          "one chain - a second run copies nothing, and the moved folder's sync is refused",
          "[cli][migrate]")
{
    QTemporaryDir work;
    REQUIRE(work.isValid());
    const QString url = freshServerDatabase(work.path());
    SystemClock clock;
    const domain::OfficerScope scope = everyone();

    // Folder A: ward 4 (29236). A crime report answered, noted and recategorized (a correction),
    // a closed procedure question, a draft and a template of its own.
    SourceFolder a(QStringLiteral("29236"));
    const qint64 a1 = a.citizenWrites(QStringLiteral("u1"), QStringLiteral("Nhà tôi bị trộm xe máy tối qua"), 2 * kHour, domain::Category::Petition);
    a.citizenWrites(QStringLiteral("u1"), QStringLiteral("Cán bộ đến giúp với ạ"), kHour);
    const qint64 a2 = a.citizenWrites(QStringLiteral("u2"), QStringLiteral("Cho em hỏi làm căn cước cần gì"), 3 * kHour);
    {
        store::CaseWriter writer(a.db(), clock);
        REQUIRE(writer.categorize(scope, a1, domain::Category::CrimeReport).ok());
        REQUIRE(writer.note(scope, a1, QStringLiteral("Đã báo tổ tuần tra")).ok());
        store::CaseWriter::ReplyRequest reply;
        reply.text = QStringLiteral("Công an phường đã tiếp nhận tin báo.");
        reply.confirmChanged = true;
        REQUIRE(writer.queueReply(scope, a1, reply).ok());
        REQUIRE(writer.close(scope, a2, QStringLiteral("Đã hướng dẫn")).ok());
        store::CaseStore cases(a.db());
        REQUIRE(cases.saveDraft(scope, a1, store::Draft {QStringLiteral("Chúng tôi sẽ liên hệ"), QString(), clock.nowMs()}).ok());
        REQUIRE(cases.markShown(scope, a1, 3, clock.nowMs()).ok());
        store::TemplateStore templates(a.db(), clock);
        REQUIRE(templates.seedIfNew().ok());
        domain::AnswerTemplate own;
        own.title = QStringLiteral("Mẫu riêng phường 4");
        own.text = QStringLiteral("Phường 4 trả lời: {code}");
        own.category = domain::Category::ProcedureQuestion;
        own.legalBasis = QStringLiteral("Luật Căn cước 2023");
        REQUIRE(templates.add(own).ok());
    }
    const QString a1Code = a.code(a1);
    const QString a2Code = a.code(a2);
    const QStringList a1Events = a.events(a1Code);
    REQUIRE(a1Events.size() >= 4);

    // Folder B: Long Thới (29356), a unit of its own that the database lacks, and a case whose
    // code is the same as one of A's (every folder counts from 1).
    SourceFolder b(QStringLiteral("29356"));
    {
        store::Statement unit(b.db(),
                              "INSERT INTO units (id, parent_id, level, name) VALUES ('29356-T1', '29356', 'commune', 'Tổ công tác Long Thới')");
        REQUIRE(unit.exec().ok());
    }
    const qint64 b1 = b.citizenWrites(QStringLiteral("u1"), QStringLiteral("Xin hỏi thủ tục đăng ký tạm trú"), kHour);
    const QString b1Code = b.code(b1);
    REQUIRE(b1Code == a1Code);

    auto sourceAudit = cli({QStringLiteral("--data-dir"), a.path(), QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    REQUIRE(sourceAudit.exitCode == 0);
    const QString aAnchor = sourceAudit.json().value(QStringLiteral("anchor")).toString();

    // A moves with the prefix of its account's unit.
    auto movedA
        = cli({QStringLiteral("--data-dir"), a.path(), QStringLiteral("database"), QStringLiteral("migrate-to"), url, QStringLiteral("--json")});
    INFO(movedA.err.toStdString());
    REQUIRE(movedA.exitCode == 0);
    const QJsonObject outA = movedA.json();
    CHECK(outA.value(QStringLiteral("prefix")).toString() == QStringLiteral("29236"));
    CHECK(outA.value(QStringLiteral("anchor")).toString() == aAnchor);
    CHECK(outA.value(QStringLiteral("ok")).toBool());
    CHECK(outA.value(QStringLiteral("first_move")).toBool());
    CHECK_FALSE(outA.value(QStringLiteral("tokens_moved")).toBool());
    CHECK(outA.value(QStringLiteral("note")).toString().contains(QStringLiteral("token")));
    const QStringList countsA = agreedCounts(outA);
    CHECK(countOf(outA, "cases", "source") == 2);
    CHECK(countOf(outA, "messages", "source") == 3); // the answer queued is not a message yet
    CHECK(countOf(outA, "outbox", "source") == 1);
    CHECK(countOf(outA, "corrections", "source") == 1);
    CHECK(countOf(outA, "accounts", "copied") == 1);
    CHECK(countOf(outA, "citizens", "copied") == 2);
    CHECK(countOf(outA, "units", "copied") == 127); // the new database had no unit yet
    CHECK(countOf(outA, "events", "copied") == countOf(outA, "events", "source"));
    CHECK(countOf(outA, "events", "source") == aAnchor.section(QLatin1Char(':'), 1).toInt());
    CHECK(QFileInfo(QDir(a.path()).filePath(QStringLiteral("moved-to"))).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    // B moves with a prefix of its own choosing (capitals either way).
    auto movedB = cli({QStringLiteral("--data-dir"), b.path(), QStringLiteral("database"), QStringLiteral("migrate-to"), url,
                       QStringLiteral("--prefix"), QStringLiteral("lt"), QStringLiteral("--json")});
    INFO(movedB.err.toStdString());
    REQUIRE(movedB.exitCode == 0);
    const QJsonObject outB = movedB.json();
    CHECK(outB.value(QStringLiteral("prefix")).toString() == QStringLiteral("LT"));
    agreedCounts(outB);
    CHECK(countOf(outB, "units", "copied") == 1);
    CHECK(countOf(outB, "templates", "source") == 0);

    // A second PC of ward 4 (the same account, no case of its own) gets the next free prefix.
    {
        SourceFolder c(QStringLiteral("29236"));
        auto movedC
            = cli({QStringLiteral("--data-dir"), c.path(), QStringLiteral("database"), QStringLiteral("migrate-to"), url, QStringLiteral("--json")});
        INFO(movedC.err.toStdString());
        REQUIRE(movedC.exitCode == 0);
        CHECK(movedC.json().value(QStringLiteral("prefix")).toString() == QStringLiteral("29236B"));
        CHECK(countOf(movedC.json(), "accounts", "copied") == 0);
        agreedCounts(movedC.json());
        // A prefix another folder has is refused.
        SourceFolder d(QStringLiteral("29356"));
        auto taken = cli({QStringLiteral("--data-dir"), d.path(), QStringLiteral("database"), QStringLiteral("migrate-to"), url,
                          QStringLiteral("--prefix"), QStringLiteral("LT")});
        CHECK(taken.exitCode == 1);
        CHECK(taken.err.contains(QStringLiteral("LT")));
    }

    auto target = store::Database::open(url);
    REQUIRE(target.ok());
    {
        // Moved cases carry their prefixed codes; the database's own counters were not touched.
        CHECK(count(*target, "SELECT count(*) FROM cases") == 3);
        CHECK(count(*target, "SELECT count(*) FROM case_counters") == 0);
        CHECK(count(*target, "SELECT count(*) FROM folder_moves") == 3);
        CHECK(count(*target, "SELECT count(*) FROM case_aliases") == 3);
        // The history of a moved case is the folder's, event for event, on the database's chain.
        CHECK(SourceFolder::eventsOf(*target, QStringLiteral("29236-") + a1Code) == a1Events);
        CHECK(count(*target, "SELECT count(*) FROM case_events WHERE kind = 'folder_moved' AND case_id IS NULL") == 3);
        store::Statement moved(*target, "SELECT detail FROM case_events WHERE kind = 'folder_moved' ORDER BY id LIMIT 1");
        REQUIRE(moved.next());
        const QJsonObject detail = QJsonDocument::fromJson(moved.blob(0)).object();
        CHECK(detail.value(QStringLiteral("prefix")).toString() == QStringLiteral("29236"));
        CHECK(detail.value(QStringLiteral("source_anchor")).toString() == aAnchor);
        CHECK(detail.value(QStringLiteral("counts")).toObject().value(QStringLiteral("cases")).toInt() == 2);
        store::Statement anchor(*target, "SELECT source_anchor FROM folder_moves WHERE prefix = '29236'");
        REQUIRE(anchor.next());
        CHECK(anchor.text(0) == aAnchor);
        // Messages are searchable on the server: their folded text is in the row.
        store::Statement folded(*target, "SELECT text, folded FROM messages WHERE message_id = '29236-m3'");
        REQUIRE(folded.next());
        CHECK(folded.text(1) == store::QueueStore::indexText(domain::foldForIndex(folded.text(0))));
        CHECK(folded.text(1).contains(QStringLiteral("can cuoc")));
        // The reporter stays protected, the draft and the answer waiting came along, and the template once.
        CHECK(count(*target, "SELECT reporter_protected FROM cases WHERE code LIKE '29236-%' AND category = 'crime_report'") == 1);
        CHECK(count(*target, "SELECT count(*) FROM drafts") == 1);
        CHECK(count(*target, "SELECT count(*) FROM case_views") == 1);
        CHECK(count(*target, "SELECT count(*) FROM outbox WHERE state = 'queued'") == 1);
        CHECK(count(*target, "SELECT count(*) FROM templates WHERE title = 'Mẫu riêng phường 4'") == 1);
        CHECK(count(*target, "SELECT count(*) FROM units WHERE id = '29356-T1'") == 1);
    }

    // The whole chain verifies on the database.
    auto audit = cli({QStringLiteral("--database"), url, QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    INFO(audit.err.toStdString());
    CHECK(audit.exitCode == 0);
    CHECK(audit.json().value(QStringLiteral("ok")).toBool());
    CHECK(audit.json().value(QStringLiteral("events")).toInt() == countOf(outA, "events", "source") + countOf(outB, "events", "source") + 3);

    // The new code, and the old code where one folder alone had it, find the case; an old code of
    // both folders is refused, naming the two new codes.
    auto byNew = cli({QStringLiteral("--database"), url, QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("29236-") + a2Code,
                      QStringLiteral("--json")});
    INFO(byNew.err.toStdString());
    REQUIRE(byNew.exitCode == 0);
    CHECK(byNew.json().value(QStringLiteral("code")).toString() == QStringLiteral("29236-") + a2Code);
    auto byAlias
        = cli({QStringLiteral("--database"), url, QStringLiteral("case"), QStringLiteral("show"), a2Code.toLower(), QStringLiteral("--json")});
    INFO(byAlias.err.toStdString());
    REQUIRE(byAlias.exitCode == 0);
    CHECK(byAlias.json().value(QStringLiteral("code")).toString() == QStringLiteral("29236-") + a2Code);
    CHECK(byAlias.json().value(QStringLiteral("events")).toArray().size() == a.events(a2Code).size());
    auto ambiguous = cli({QStringLiteral("--database"), url, QStringLiteral("case"), QStringLiteral("show"), a1Code});
    CHECK(ambiguous.exitCode == 1);
    CHECK(ambiguous.err.contains(QStringLiteral("29236-") + a1Code));
    CHECK(ambiguous.err.contains(QStringLiteral("LT-") + b1Code));

    // Again: nothing copied twice, the same verified counts, no new event.
    const qint64 eventsBefore = count(*target, "SELECT count(*) FROM case_events");
    auto again
        = cli({QStringLiteral("--data-dir"), a.path(), QStringLiteral("database"), QStringLiteral("migrate-to"), url, QStringLiteral("--json")});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().value(QStringLiteral("copied")).toInt() == 0);
    CHECK_FALSE(again.json().value(QStringLiteral("first_move")).toBool());
    CHECK(again.json().value(QStringLiteral("event")).isNull());
    CHECK(agreedCounts(again.json()) == countsA);
    CHECK(count(*target, "SELECT count(*) FROM case_events") == eventsBefore);
    CHECK(count(*target, "SELECT count(*) FROM cases") == 3);
    CHECK(count(*target, "SELECT count(*) FROM messages") == 4);
    auto againText = cli({QStringLiteral("--data-dir"), a.path(), QStringLiteral("database"), QStringLiteral("migrate-to"), url});
    CHECK(againText.exitCode == 0);
    CHECK(againText.text().contains(QStringLiteral("nothing new to copy")));

    // What the folder gained since is copied on the next run, and only that.
    a.citizenWrites(QStringLiteral("u3"), QStringLiteral("Hỏi về hộ chiếu"), kHour / 2);
    auto gained
        = cli({QStringLiteral("--data-dir"), a.path(), QStringLiteral("database"), QStringLiteral("migrate-to"), url, QStringLiteral("--json")});
    INFO(gained.err.toStdString());
    REQUIRE(gained.exitCode == 0);
    agreedCounts(gained.json());
    CHECK(countOf(gained.json(), "cases", "copied") == 1);
    CHECK(countOf(gained.json(), "messages", "copied") == 1);
    CHECK(countOf(gained.json(), "events", "copied") == 1);
    CHECK(countOf(gained.json(), "citizens", "copied") == 1);
    CHECK(count(*target, "SELECT count(*) FROM cases") == 4);
    CHECK(cli({QStringLiteral("--database"), url, QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 0);

    // The moved folder is marked, and its sync is refused, naming the database to use.
    const QJsonObject mark = QJsonDocument::fromJson(settingOf(a.db(), QStringLiteral("moved_to")).toUtf8()).object();
    CHECK(mark.value(QStringLiteral("url")).toString() == url);
    CHECK(mark.value(QStringLiteral("prefix")).toString() == QStringLiteral("29236"));
    auto sync = cli({QStringLiteral("--data-dir"), a.path(), QStringLiteral("sync"), QStringLiteral("--once")});
    CHECK(sync.exitCode == 1);
    CHECK(sync.err.contains(url));
    CHECK(sync.err.contains(QStringLiteral("--database")));
    // The file's mark alone is enough, and so is the database's.
    REQUIRE(QFile::remove(QDir(a.path()).filePath(QStringLiteral("moved-to"))));
    auto stillRefused = cli({QStringLiteral("--data-dir"), a.path(), QStringLiteral("sync"), QStringLiteral("--once")});
    CHECK(stillRefused.exitCode == 1);
    CHECK(stillRefused.err.contains(url));
}

TEST_CASE("database migrate-to refuses bad input - a bad or password-carrying URL, a server without schema, a folder without "
          "data or with a broken history - and changes nothing",
          "[cli][migrate]")
{
    QTemporaryDir work;
    REQUIRE(work.isValid());
    const QString url = freshServerDatabase(work.path());
    SourceFolder folder(QStringLiteral("29236"));
    folder.citizenWrites(QStringLiteral("u1"), QStringLiteral("Cho em hỏi thủ tục"), kHour);
    const QString moved = QDir(folder.path()).filePath(QStringLiteral("moved-to"));
    auto target = store::Database::open(url);
    REQUIRE(target.ok());
    const auto untouched = [&] {
        CHECK_FALSE(QFileInfo::exists(moved));
        CHECK(settingOf(folder.db(), QStringLiteral("moved_to")).isEmpty());
        CHECK(count(*target, "SELECT count(*) FROM folder_moves") == 0);
        CHECK(count(*target, "SELECT count(*) FROM cases") == 0);
        CHECK(count(*target, "SELECT count(*) FROM case_events") == 0);
    };
    const auto migrate = [&folder](const QString &to, QStringList more = {}) {
        return cli(QStringList {QStringLiteral("--data-dir"), folder.path(), QStringLiteral("database"), QStringLiteral("migrate-to"), to} + more);
    };

    QString withPassword = url;
    withPassword.replace(QStringLiteral("postgresql://casedesk@"), QStringLiteral("postgresql://casedesk:secret@"));
    REQUIRE(withPassword != url);
    auto password = migrate(withPassword);
    CHECK(password.exitCode == 2);
    CHECK(password.err.contains(QStringLiteral("password")));
    CHECK_FALSE(password.err.contains(QStringLiteral("secret")));
    untouched();

    auto notPostgres = migrate(QStringLiteral("mysql://127.0.0.1/casedesk"));
    CHECK(notPostgres.exitCode == 2);
    CHECK(notPostgres.err.contains(QStringLiteral("postgresql://")));
    auto badPrefix = migrate(url, {QStringLiteral("--prefix"), QStringLiteral("A-B")});
    CHECK(badPrefix.exitCode == 2);
    CHECK(badPrefix.err.contains(QStringLiteral("A-B")));
    CHECK(migrate(url, {QStringLiteral("extra")}).exitCode == 2);
    untouched();

    // The cluster's maintenance database exists but holds no CaseDesk schema.
    const QString bare = qEnvironmentVariable("CASEDESK_TEST_PG") + QStringLiteral("/postgres");
    auto noSchema = migrate(bare);
    CHECK(noSchema.exitCode == 1);
    CHECK(noSchema.err.contains(QStringLiteral("database init")));
    CHECK_FALSE(QFileInfo::exists(moved));

    // A folder without a database: nothing to move, and nothing made there.
    QTemporaryDir empty;
    auto noData = cli({QStringLiteral("--data-dir"), empty.path(), QStringLiteral("database"), QStringLiteral("migrate-to"), url});
    CHECK(noData.exitCode == 1);
    CHECK(noData.err.contains(QStringLiteral("casedesk.sqlite")));
    CHECK(QDir(empty.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    untouched();

    // A folder whose history was edited behind CaseDesk's back is refused.
    {
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(DataFolder(folder.path()).localDatabaseFile().toUtf8().constData(), &raw) == SQLITE_OK);
        REQUIRE(sqlite3_exec(raw,
                             "DROP TRIGGER case_events_no_update; "
                             "UPDATE case_events SET officer = 'someone else' WHERE id = (SELECT min(id) FROM case_events);",
                             nullptr, nullptr, nullptr)
                == SQLITE_OK);
        sqlite3_close(raw);
    }
    auto broken = migrate(url);
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.contains(QStringLiteral("broken")));
    untouched();
}
