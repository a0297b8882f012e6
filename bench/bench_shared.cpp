// casedesk-bench-shared: the store on PostgreSQL (a province's shared database) next to SQLite
// (a PC's file), in the same run and on the same generated store:
//   1. the triage queue's queries (first page, filters, search, counts) through QueueStore on both;
//   2. how soon a forward committed by one process reaches N other processes, each holding its own
//      connection and change feed (store::ChangeFeed) on the server, as officers' windows do.
// The clients are this program started again with --client URL; they stamp what they receive with
// the wall clock (microseconds, the same clock for every process of the machine) and report it on
// their standard output, one line per case row.
// With --hosts, instead: two sync hosts (`casedesk-cli sync`) on a database of their own on the
// server, against the Zalo simulator playing the province's 127 accounts: the requests per minute
// of the whole province, and the take-over time after one host is killed with SIGKILL.

#include "benchstore.h"
#include "benchtools.h"

#include "app/demo/demoworld.h"

#include "core/common/clock.h"
#include "core/domain/casetypes.h"
#include "core/domain/textfold.h"
#include "core/store/casewriter.h"
#include "core/store/changefeed.h"
#include "core/store/database.h"
#include "core/store/officerstore.h"
#include "core/store/pgroles.h"
#include "core/store/queuestore.h"
#include "core/store/statement.h"
#include "core/store/unitstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <libpq-fe.h>
#include <unistd.h>

#include <csignal>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <optional>

using namespace casedesk;
using bench::measure;
using bench::Timing;

namespace {

constexpr int kPage = 100; // rows of a queue page, as the window's model reads them (ui::QueueModel::kPageSize)
constexpr char kMadeKey[] = "bench_store_made"; // settings row: how the server's store was made

/// The wall clock in microseconds: one clock for every process of the machine.
qint64 wallUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

QString thousands(qint64 n)
{
    QString digits = QString::number(n < 0 ? -n : n);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return n < 0 ? QLatin1Char('-') + digits : digits;
}

void fail(const QString &what)
{
    std::fprintf(stderr, "casedesk-bench-shared: %s\n", qUtf8Printable(what));
}

/// A bare libpq connection, for what the store does not do: COPY, VACUUM, settings of the server.
class Pg final
{
public:
    explicit Pg(const QString &url)
        : m_conn(PQconnectdb(url.toUtf8().constData()))
    {
    }
    ~Pg() { PQfinish(m_conn); }
    Pg(const Pg &) = delete;
    Pg &operator=(const Pg &) = delete;

    bool ok() const { return PQstatus(m_conn) == CONNECTION_OK; }
    QString error() const { return QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(); }
    PGconn *handle() const { return m_conn; }

    /// Runs @p sql; returns the error in words, or "".
    QString exec(const QByteArray &sql)
    {
        PGresult *r = PQexec(m_conn, sql.constData());
        const ExecStatusType s = PQresultStatus(r);
        QString why;
        if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK)
            why = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
        return why;
    }
    /// Every row of @p sql, each as its columns' text (NULL as a null QString).
    std::optional<QVector<QStringList>> rows(const QByteArray &sql, QString *why = nullptr)
    {
        PGresult *r = PQexec(m_conn, sql.constData());
        if (PQresultStatus(r) != PGRES_TUPLES_OK) {
            if (why)
                *why = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
            PQclear(r);
            return std::nullopt;
        }
        QVector<QStringList> all;
        for (int i = 0; i < PQntuples(r); ++i) {
            QStringList row;
            for (int j = 0; j < PQnfields(r); ++j)
                row.push_back(PQgetisnull(r, i, j) ? QString() : QString::fromUtf8(PQgetvalue(r, i, j)));
            all.push_back(row);
        }
        PQclear(r);
        return all;
    }
    QString value(const QByteArray &sql)
    {
        const auto r = rows(sql);
        return r && !r->isEmpty() && !r->constFirst().isEmpty() ? r->constFirst().constFirst() : QString();
    }

private:
    PGconn *m_conn;
};

QByteArray quoted(Pg &pg, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    char *escaped = PQescapeLiteral(pg.handle(), utf8.constData(), size_t(utf8.size()));
    const QByteArray out(escaped);
    PQfreemem(escaped);
    return out;
}

// ---- the machine --------------------------------------------------------------------------------

QString machineLine()
{
    QString model;
    QSet<QString> cores;
    QString physical;
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &raw : cpuinfo.readAll().split('\n')) {
            const int colon = raw.indexOf(':');
            if (colon < 0)
                continue;
            const QString key = QString::fromUtf8(raw.left(colon)).trimmed();
            const QString value = QString::fromUtf8(raw.mid(colon + 1)).trimmed();
            if (key == QLatin1String("model name") && model.isEmpty())
                model = value;
            else if (key == QLatin1String("physical id"))
                physical = value;
            else if (key == QLatin1String("core id"))
                cores.insert(physical + QLatin1Char('/') + value);
        }
    }
    qint64 memKb = 0;
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : meminfo.readAll().split('\n')) {
            if (line.startsWith("MemTotal:"))
                memKb = line.mid(9).trimmed().split(' ').value(0).toLongLong();
        }
    }
    const long online = sysconf(_SC_NPROCESSORS_ONLN);
    return QStringLiteral("machine: %1; nproc %2, %3 physical cores, %4 GB RAM")
        .arg(model.isEmpty() ? QStringLiteral("unknown CPU") : model)
        .arg(online)
        .arg(cores.isEmpty() ? QStringLiteral("?") : QString::number(cores.size()))
        .arg(double(memKb) / 1024.0 / 1024.0, 0, 'f', 1);
}

// ---- the stores ---------------------------------------------------------------------------------

struct Counts
{
    qint64 messages = -1;
    qint64 cases = -1;
    qint64 open = -1;
    qint64 events = -1;
};

Counts countsOf(store::Database &db)
{
    Counts c;
    store::Statement st(db,
                        "SELECT (SELECT count(*) FROM messages), (SELECT count(*) FROM cases), "
                        "(SELECT count(*) FROM cases WHERE is_open = 1), (SELECT count(*) FROM case_events)");
    if (st.next()) {
        c.messages = st.int64(0);
        c.cases = st.int64(1);
        c.open = st.int64(2);
        c.events = st.int64(3);
    }
    return c;
}

QString countsText(const Counts &c)
{
    return QStringLiteral("%1 messages, %2 cases (%3 open), %4 history events")
        .arg(thousands(c.messages), thousands(c.cases), thousands(c.open), thousands(c.events));
}

bench::BenchStore::Options storeOptions(qint64 messages)
{
    bench::BenchStore::Options o;
    o.messages = messages;
    o.cases = std::max<qint64>(1, messages * 3 / 10); // 1,000,000 messages in 300,000 cases
    return o;
}

/// COPY's text format of one value.
void appendCopyValue(QByteArray &out, const QByteArray &value, bool isNull)
{
    if (isNull) {
        out += "\\N";
        return;
    }
    for (const char ch : value) {
        switch (ch) {
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += ch;
        }
    }
}

/// Copies every table of the SQLite store into the (freshly initialised, empty) server database
/// with COPY … FROM STDIN in one transaction, ids, hashes and all, with triggers (the history's
/// guards, the change feed's, foreign keys) off: session_replication_role = replica. The history
/// keeps its ids, hashes and chain head (audit_chain is copied too), so it verifies as on SQLite.
/// messages.folded, which SQLite keeps in its FTS5 table only, is computed as IngestStore does.
Status copyIntoServer(store::Database &lite, const QString &url, qint64 *rowsCopied)
{
    Pg pg(url);
    if (!pg.ok())
        return Error {pg.error()};
    const auto check = [](const QString &why) -> Status {
        if (why.isEmpty())
            return {};
        return Error {why};
    };
    if (auto r = check(pg.exec("BEGIN")); !r)
        return r;
    if (auto r = check(pg.exec("SET LOCAL session_replication_role = replica")); !r)
        return r;

    QStringList tables;
    {
        store::Statement st(lite,
                            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                            "AND name NOT LIKE 'messages_fts%' AND name <> 'changes' ORDER BY name");
        while (st.next())
            tables.push_back(st.text(0));
        if (st.failed())
            return Error {st.error()};
    }
    *rowsCopied = 0;
    for (const QString &table : tables) {
        QSet<QString> liteColumns;
        {
            store::Statement st(lite, QByteArray("SELECT name FROM pragma_table_info(?1)"));
            st.bind(1, table);
            while (st.next())
                liteColumns.insert(st.text(0));
        }
        const auto pgColumns = pg.rows("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = "
                                       + quoted(pg, table) + " AND is_generated = 'NEVER' ORDER BY ordinal_position");
        if (!pgColumns || pgColumns->isEmpty())
            continue; // a table of SQLite only
        const bool messages = table == QLatin1String("messages");
        QStringList columns;
        for (const QStringList &row : *pgColumns) {
            if (liteColumns.contains(row.at(0)))
                columns.push_back(row.at(0));
        }
        const int textColumn = messages ? int(columns.indexOf(QStringLiteral("text"))) : -1;
        // What the fresh schema put there (the history's empty head) goes: the copy replaces it.
        if (auto r = check(pg.exec("DELETE FROM " + table.toUtf8())); !r)
            return r;
        QByteArray copy = "COPY " + table.toUtf8() + " (" + columns.join(QStringLiteral(", ")).toUtf8();
        if (messages)
            copy += ", folded";
        copy += ") FROM STDIN";
        PGresult *started = PQexec(pg.handle(), copy.constData());
        const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
        PQclear(started);
        if (!copying)
            return Error {pg.error()};

        store::Statement read(lite, QByteArray("SELECT " + columns.join(QStringLiteral(", ")).toUtf8() + " FROM " + table.toUtf8()));
        QByteArray buffer;
        buffer.reserve(1 << 21);
        QString sendError;
        const auto flush = [&] {
            if (!buffer.isEmpty() && PQputCopyData(pg.handle(), buffer.constData(), int(buffer.size())) != 1)
                sendError = pg.error();
            buffer.clear();
        };
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i) {
                if (i)
                    buffer += '\t';
                appendCopyValue(buffer, read.blob(i), read.isNull(i));
            }
            if (messages) {
                const QString text = textColumn >= 0 ? read.text(textColumn) : QString();
                buffer += '\t';
                appendCopyValue(buffer, store::QueueStore::indexText(domain::foldForIndex(text)).toUtf8(), false);
            }
            buffer += '\n';
            ++*rowsCopied;
            if (buffer.size() > (1 << 20))
                flush();
            if (!sendError.isEmpty())
                break;
        }
        flush();
        if (read.failed() || !sendError.isEmpty()) {
            PQputCopyEnd(pg.handle(), "the source could not be read");
            PQclear(PQgetResult(pg.handle()));
            return Error {read.failed() ? read.error() : sendError};
        }
        if (PQputCopyEnd(pg.handle(), nullptr) != 1)
            return Error {pg.error()};
        PGresult *done = PQgetResult(pg.handle());
        const bool copied = PQresultStatus(done) == PGRES_COMMAND_OK;
        const QString why = QString::fromUtf8(PQresultErrorMessage(done)).trimmed();
        PQclear(done);
        while (PGresult *more = PQgetResult(pg.handle()))
            PQclear(more);
        if (!copied)
            return Error {QStringLiteral("COPY %1: %2").arg(table, why)};
        std::fprintf(stderr, "\rcopied %s (%s rows so far)            ", qUtf8Printable(table), qUtf8Printable(thousands(*rowsCopied)));
        std::fflush(stderr);
    }
    std::fprintf(stderr, "\n");
    // Identity columns continue after the copied ids.
    const auto identities
        = pg.rows("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES'");
    if (!identities)
        return Error {pg.error()};
    for (const QStringList &row : *identities) {
        const QByteArray t = row.at(0).toUtf8();
        const QByteArray c = row.at(1).toUtf8();
        const QByteArray sql = "SELECT setval(pg_get_serial_sequence(" + quoted(pg, row.at(0)) + ", " + quoted(pg, row.at(1))
            + "), coalesce((SELECT max(" + c + ") FROM " + t + "), 0) + 1, false)";
        if (auto r = check(pg.exec(sql)); !r)
            return r;
    }
    return check(pg.exec("COMMIT"));
}

struct ServerStore
{
    bench::BenchStoreInfo info;
    QString how; // how it was made, in words
};

/// The PostgreSQL store of the same content as the SQLite one: reused when it holds the same
/// counts; otherwise generated through IngestStore when that is fast enough, else copied.
Expected<ServerStore> makeServerStore(const QString &url, store::Database &lite, const bench::BenchStoreInfo &liteInfo, qint64 messages,
                                      const QString &mode, double generateLimitS)
{
    ServerStore result;
    {
        auto db = store::Database::initialize(url);
        if (!db)
            return db.error();
        store::Statement marker(*db, "SELECT value FROM settings WHERE key = ?1");
        marker.bind(1, QString::fromLatin1(bench::BenchStore::kServerMarker));
        const QString done = marker.next() ? marker.text(0) : QString();
        marker.reset();
        store::Statement made(*db, "SELECT value FROM settings WHERE key = ?1");
        made.bind(1, QString::fromLatin1(kMadeKey));
        const QString how = made.next() ? made.text(0) : QString();
        made.reset();
        const QStringList parts = done.split(QLatin1Char(' '));
        if (parts.size() == 2 && parts.at(0).toLongLong() == liteInfo.messages && parts.at(1).toLongLong() == liteInfo.cases) {
            result.info.path = url;
            result.info.now = bench::BenchStore::referenceNow();
            result.info.messages = liteInfo.messages;
            result.info.cases = liteInfo.cases;
            result.how = QStringLiteral("reused from an earlier run (%1)").arg(how.isEmpty() ? QStringLiteral("made unknown") : how);
            return result;
        }
        if (!done.isEmpty() || countsOf(*db).cases > 0) {
            if (auto r = bench::BenchStore::discardServerStore(*db, url); !r)
                return r.error();
        }
    }

    // The rate of IngestStore on the server, on the first 20,000 messages (and on SQLite, the same
    // 20,000 into a new file, for scale).
    const qint64 trialMessages = std::min<qint64>(messages, 20000);
    const bench::BenchStore::Options trialOptions = storeOptions(trialMessages);
    double liteRate = 0;
    if (mode != QLatin1String("copy")) {
        QTemporaryDir dir;
        auto trial = bench::BenchStore::ensure(dir.filePath(QStringLiteral("trial.sqlite")), trialOptions);
        if (!trial)
            return trial.error();
        liteRate = double(trial->messages) / trial->generationSeconds;
    }
    double serverRate = 0;
    double serverSeconds = 0;
    if (mode != QLatin1String("copy")) {
        auto trial = bench::BenchStore::ensure(url, trialOptions);
        if (!trial)
            return trial.error();
        serverSeconds = trial->generationSeconds;
        serverRate = double(trial->messages) / trial->generationSeconds;
        std::printf("IngestStore on PostgreSQL: %s messages in %.1f s = %s messages/s (SQLite, the same messages into a new file: %s "
                    "messages/s; %.1f× slower)\n",
                    qUtf8Printable(thousands(trial->messages)), serverSeconds, qUtf8Printable(thousands(qint64(serverRate))),
                    qUtf8Printable(thousands(qint64(liteRate))), liteRate / serverRate);
        std::fflush(stdout);
        if (messages <= trialMessages) {
            result.info = *trial;
            result.how = QStringLiteral("generated through IngestStore in %1 s (%2 messages/s; the same generator and seed as the SQLite store)")
                             .arg(serverSeconds, 0, 'f', 1)
                             .arg(qint64(serverRate));
        } else {
            auto db = store::Database::open(url);
            if (!db)
                return db.error();
            if (auto r = bench::BenchStore::discardServerStore(*db, url); !r)
                return r.error();
        }
    }
    const double estimate = serverRate > 0 ? double(messages) / serverRate : 0;
    const bool generate = mode == QLatin1String("generate") || (mode == QLatin1String("auto") && estimate <= generateLimitS);
    if (mode != QLatin1String("copy") && result.how.isEmpty()) {
        // A lower bound: the generator's last step, IngestStore::closeQuietCases, closes every quiet case in one transaction, and
        // on PostgreSQL each close's history event updates the chain's head row (audit_chain) once more, whose versions pile up
        // until the commit; its time grows faster than the cases it closes (about 291,000 of 300,000 in the full store).
        std::printf("%s messages through IngestStore on PostgreSQL would take at least %.0f s at that rate, and closing the quiet cases "
                    "at the end grows faster than linearly (limit %.0f s): %s\n",
                    qUtf8Printable(thousands(messages)), estimate, generateLimitS,
                    generate ? "generating them" : "copying the SQLite store's rows instead");
        std::fflush(stdout);
    }
    if (!result.how.isEmpty()) {
        // made by the trial
    } else if (generate) {
        auto info = bench::BenchStore::ensure(url, storeOptions(messages));
        if (!info)
            return info.error();
        result.info = *info;
        result.how = QStringLiteral("generated through IngestStore in %1 s (%2 messages/s; the same generator and seed as the SQLite store)")
                         .arg(info->generationSeconds, 0, 'f', 0)
                         .arg(qint64(double(info->messages) / info->generationSeconds));
    } else {
        QElapsedTimer t;
        t.start();
        auto db = store::Database::initialize(url);
        if (!db)
            return db.error();
        qint64 rows = 0;
        if (auto r = copyIntoServer(lite, url, &rows); !r)
            return r.error();
        const double copySeconds = double(t.elapsed()) / 1000.0;
        result.info = liteInfo;
        result.info.path = url;
        result.info.generated = true;
        result.how = QStringLiteral("copied from the SQLite store: %1 rows of every table by COPY FROM STDIN (libpq PQputCopyData) in one "
                                    "transaction in %2 s, messages.folded computed as IngestStore does, triggers off "
                                    "(session_replication_role = replica: the history's rows keep their ids and hashes, audit_chain "
                                    "copied, so the chain verifies as on SQLite)")
                         .arg(thousands(rows))
                         .arg(copySeconds, 0, 'f', 0);
        if (auto r = bench::BenchStore::markServerStore(*db, result.info); !r)
            return r.error();
    }
    // Statistics and the visibility map, as autovacuum would leave them after a while: every
    // query is then timed on a settled database.
    QElapsedTimer vacuum;
    vacuum.start();
    {
        Pg pg(url);
        if (const QString why = pg.exec("VACUUM (ANALYZE)"); !why.isEmpty())
            return Error {why};
    }
    result.how += QStringLiteral("; then VACUUM (ANALYZE) in %1 s").arg(double(vacuum.elapsed()) / 1000.0, 0, 'f', 0);
    auto db = store::Database::open(url);
    if (!db)
        return db.error();
    store::Statement st(*db, "INSERT INTO settings (key, value) VALUES (?1, ?2)");
    st.bind(1, QString::fromLatin1(kMadeKey)).bind(2, result.how);
    if (auto r = st.exec(); !r)
        return r.error();
    return result;
}

// ---- part 1: the queue ----------------------------------------------------------------------------

struct OfficerConnection
{
    std::unique_ptr<store::Database> connection;
    domain::OfficerScope scope;
};

/// A commune officer of @p unit on the server (made once, through database init's functions, with
/// the province's roles and row-level security granted first), signed in as their own login.
Expected<OfficerConnection> officerConnection(store::Database &server, const QString &unit)
{
    auto granted = store::grantProvinceRoles(server);
    if (!granted)
        return granted.error();
    if (!granted->officerLogins)
        return Error {QStringLiteral("the server cannot make officers' logins: %1").arg(granted->notes.join(QLatin1Char(' ')))};
    const QString name = QStringLiteral("Bench officer %1").arg(unit);
    const QByteArray password = "bench-officer-password";
    store::OfficerStore officers(server);
    auto found = officers.find(name);
    if (!found)
        return found.error();
    if (!*found) {
        store::NewOfficer o;
        o.name = name;
        o.roles = {domain::Role::Commune};
        o.unitId = unit;
        if (auto made = officers.add(o, password, QStringLiteral("casedesk-bench-shared"), QDateTime::currentMSecsSinceEpoch()); !made)
            return made.error();
    }
    auto signedIn = officers.signInToServer(name, password);
    if (!signedIn)
        return Error {signedIn.error().message};
    auto scope = store::OfficerStore(*signedIn->connection).scopeOf(signedIn->officer);
    if (!scope)
        return scope.error();
    OfficerConnection result;
    result.connection = std::move(signedIn->connection);
    result.scope = *scope;
    return result;
}

/// One query of the queue, run the same way on either store; returns what it found (case ids or
/// counts), to check that both engines answer the same.
struct QueueQuery
{
    QString label;
    std::function<QString(store::QueueStore &, const domain::OfficerScope &)> run;
};

QString idsOf(const Expected<domain::QueuePage> &page, qint64 *rows)
{
    if (!page) {
        *rows = -1;
        return QString(QStringLiteral("error: ") + page.error().message);
    }
    *rows = page->cases.size();
    QString ids;
    for (const domain::CaseSummary &c : page->cases)
        ids += QString::number(c.id) + QLatin1Char(' ');
    return ids;
}

void queuePart(store::Database &lite, store::Database &server, qint64 now, int runs, const domain::OfficerScope &scope, const char *title)
{
    store::QueueStore liteQueue(lite);
    store::QueueStore serverQueue(server);
    domain::QueueFilter base;
    base.now = now;
    domain::QueueFilter everything = base;
    everything.statuses = QStringList {QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("transferred"), QStringLiteral("answered"),
                                       QStringLiteral("closed")};
    qint64 rows = 0;
    const auto pageOf = [&rows](const domain::QueueFilter &f) {
        return [f, &rows](store::QueueStore &q, const domain::OfficerScope &s) {
            return idsOf(q.page(f, s, {}, kPage), &rows);
        };
    };
    QVector<QueueQuery> queries;
    queries.push_back({QStringLiteral("first page of the queue"), pageOf(base)});
    domain::QueueFilter crime = base;
    crime.category = domain::Category::CrimeReport;
    queries.push_back({QStringLiteral("filter: a category (crime reports)"), pageOf(crime)});
    domain::QueueFilter district = base;
    district.unitIds = QStringList {QStringLiteral("842")};
    queries.push_back({QStringLiteral("filter: a district (842, 11 units)"), pageOf(district)});
    domain::QueueFilter commune = base;
    commune.unitIds = QStringList {QStringLiteral("29236")};
    queries.push_back({QStringLiteral("filter: a commune (29236)"), pageOf(commune)});
    domain::QueueFilter districtCrime = district;
    districtCrime.category = domain::Category::CrimeReport;
    queries.push_back({QStringLiteral("filter: district 842 + crime reports"), pageOf(districtCrime)});
    for (const char *word : {bench::kCommonWord, bench::kRareWord}) {
        for (const bool all : {false, true}) {
            domain::QueueFilter f = all ? everything : base;
            f.search = QString::fromUtf8(word);
            queries.push_back(
                {QStringLiteral("search \"%1\" (%2)").arg(QString::fromUtf8(word), all ? QStringLiteral("all") : QStringLiteral("open")), pageOf(f)});
        }
    }
    queries.push_back(
        {QStringLiteral("tab counts (categories, open)"), [&rows, base](store::QueueStore &q, const domain::OfficerScope &s) -> QString {
             auto c = q.categoryCounts(base, s);
             if (!c) {
                 rows = -1;
                 return QStringLiteral("error: ") + c.error().message;
             }
             rows = c->size();
             QString out;
             for (auto it = c->cbegin(); it != c->cend(); ++it)
                 out += QStringLiteral("%1=%2 ").arg(domain::categoryKey(it.key())).arg(it.value());
             return out;
         }});
    queries.push_back(
        {QStringLiteral("unit-tree counts (open / urgent / overdue)"), [&rows, now](store::QueueStore &q, const domain::OfficerScope &s) -> QString {
             auto c = q.unitCounts(now, s);
             if (!c) {
                 rows = -1;
                 return QStringLiteral("error: ") + c.error().message;
             }
             rows = c->size();
             QStringList keys = c->keys();
             keys.sort();
             QString out;
             for (const QString &k : keys) {
                 const store::UnitCaseCounts &u = c->value(k);
                 out += QStringLiteral("%1:%2/%3/%4 ").arg(k).arg(u.open).arg(u.urgent).arg(u.overdue);
             }
             return out;
         }});

    std::printf("\n%s: the triage queue through store::QueueStore, the same queries on both stores in this process (one connection "
                "each; PostgreSQL over TCP on 127.0.0.1); %d rows a page; median of %d warm runs after one cold run (in brackets)\n",
                title, kPage, runs);
    std::printf("   aim: PostgreSQL within 3× of SQLite and under 50 ms\n");
    int missed = 0;
    for (const QueueQuery &q : queries) {
        QString liteAnswer, serverAnswer;
        const Timing l = measure([&] { liteAnswer = q.run(liteQueue, scope); }, runs);
        const qint64 liteRows = rows;
        const Timing s = measure([&] { serverAnswer = q.run(serverQueue, scope); }, runs);
        const qint64 serverRows = rows;
        const double ratio = l.median > 0 ? s.median / l.median : 0;
        const bool ok = s.median < 50 && s.median <= 3 * l.median;
        if (!ok)
            ++missed;
        std::printf("%-44s SQLite %8.2f ms (%8.2f)   PostgreSQL %8.2f ms (%8.2f)   %5.1f×   rows %lld/%lld %s   %s\n", qUtf8Printable(q.label),
                    l.median, l.first, s.median, s.first, ratio, static_cast<long long>(liteRows), static_cast<long long>(serverRows),
                    liteAnswer == serverAnswer ? "same" : "DIFFERENT", ok ? "ok" : (s.median < 50 ? "MISSED (> 3×)" : "MISSED (≥ 50 ms)"));
        if (liteAnswer != serverAnswer)
            std::fprintf(stderr, "  %s\n    SQLite:     %s\n    PostgreSQL: %s\n", qUtf8Printable(q.label), qUtf8Printable(liteAnswer.left(300)),
                         qUtf8Printable(serverAnswer.left(300)));
        std::fflush(stdout);
    }
    std::printf("queue figures that missed the aim: %d of %d\n", missed, int(queries.size()));
}

// ---- part 2: live changes -------------------------------------------------------------------------

/// A client: its own connection and change feed on the server; on each change, the changed cases'
/// rows refetched as the queue does (QueueStore::matching); then one line per row on stdout:
/// "R CASE VERSION FETCHED_US NOTICED_US". Ends when its standard input closes.
int clientMain(int argc, char *argv[], const QString &url)
{
    QCoreApplication app(argc, argv);
    auto db = store::Database::open(url);
    if (!db) {
        std::printf("E %s\n", qUtf8Printable(db.error().message));
        std::fflush(stdout);
        return 1;
    }
    store::QueueStore queue(*db);
    store::ChangeFeed feed(*db, 500);
    domain::OfficerScope scope;
    scope.officer = QStringLiteral("Bench client");
    domain::QueueFilter all;
    all.statuses = QStringList {QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("transferred"), QStringLiteral("answered"),
                                QStringLiteral("closed")};
    QObject::connect(&feed, &store::ChangeFeed::changed, &app, [&](const store::ChangeSet &set) {
        const qint64 noticed = wallUs();
        if (set.cases.isEmpty())
            return;
        const QVector<qint64> ids(set.cases.cbegin(), set.cases.cend());
        auto rows = queue.matching(all, scope, ids);
        const qint64 fetched = wallUs();
        QByteArray out;
        if (!rows) {
            out = "E " + rows.error().message.toUtf8().replace('\n', ' ') + '\n';
        } else {
            for (const domain::CaseSummary &c : *rows)
                out += "R " + QByteArray::number(c.id) + ' ' + QByteArray::number(c.version) + ' ' + QByteArray::number(fetched) + ' '
                    + QByteArray::number(noticed) + '\n';
        }
        if (::write(STDOUT_FILENO, out.constData(), size_t(out.size())) < 0)
            QCoreApplication::exit(1);
    });
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&input] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit();
        }
    });
    const QByteArray ready = "ready\n";
    if (::write(STDOUT_FILENO, ready.constData(), size_t(ready.size())) < 0)
        return 1;
    return app.exec();
}

struct Receipt
{
    int client = 0;
    qint64 caseId = 0;
    int version = 0;
    qint64 fetchedUs = 0;
    qint64 noticedUs = 0;
};

/// CPU time so far, in clock ticks: the machine's (busy and total, /proc/stat) and processes' (utime + stime).
struct CpuSample
{
    qint64 machineBusy = 0;
    qint64 machineTotal = 0;
    qint64 clients = 0;
    qint64 self = 0;
    qint64 server = 0; // the PostgreSQL cluster's processes: its postmaster and every child of it
    qint64 wallUs = 0;
};

qint64 processTicks(qint64 pid)
{
    QFile stat(pid > 0 ? QStringLiteral("/proc/%1/stat").arg(pid) : QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' '); // from field 3 (state) on
    return f.size() > 12 ? f.at(11).toLongLong() + f.at(12).toLongLong() : 0;
}

/// The parent process of @p pid, from /proc/PID/status; 0 when unknown.
qint64 parentOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("PPid:"))
            return line.mid(5).trimmed().toLongLong();
    }
    return 0;
}

qint64 serverTicks(qint64 postmaster)
{
    if (postmaster <= 0)
        return 0;
    qint64 ticks = processTicks(postmaster);
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (number && parentOf(pid) == postmaster)
            ticks += processTicks(pid);
    }
    return ticks;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QList<QByteArray> parts = f.readAll().split(' ');
    return QString::fromLatin1(parts.mid(0, 3).join(' '));
}

CpuSample sampleCpu(const QVector<QProcess *> &clients, qint64 postmaster)
{
    CpuSample s;
    s.wallUs = wallUs();
    QFile stat(QStringLiteral("/proc/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> f = stat.readLine().simplified().split(' '); // cpu user nice system idle iowait irq softirq steal
        for (int i = 1; i < f.size() && i <= 8; ++i) {
            s.machineTotal += f.at(i).toLongLong();
            if (i != 4 && i != 5)
                s.machineBusy += f.at(i).toLongLong();
        }
    }
    for (const QProcess *p : clients)
        s.clients += processTicks(p->processId());
    s.self = processTicks(0);
    s.server = serverTicks(postmaster);
    return s;
}

double percentile(const QVector<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const int rank = std::clamp(int(std::ceil(p / 100.0 * double(sorted.size()))) - 1, 0, int(sorted.size()) - 1);
    return sorted.at(rank);
}

int livePart(const QString &url, int clientCount, int forwards, int intervalMs, qint64 now)
{
    auto opened = store::Database::open(url);
    if (!opened) {
        fail(opened.error().message);
        return 1;
    }
    store::Database &db = *opened;
    domain::OfficerScope scope;
    scope.officer = QStringLiteral("Bench");

    // The cases to forward: the first of the open queue; each goes to a unit it is not with.
    store::QueueStore queue(db);
    domain::QueueFilter base;
    base.now = now;
    auto page = queue.page(base, scope, {}, forwards);
    if (!page || page->cases.size() < forwards) {
        fail(QStringLiteral("fewer than %1 open cases to forward").arg(forwards));
        return 1;
    }
    const QVector<domain::CaseSummary> chosen = page->cases;
    const QStringList targets {QStringLiteral("842"), QStringLiteral("29236")};

    std::printf("\n2. Live changes: %d client processes (this program with --client), each with its own connection, a QueueStore and a "
                "store::ChangeFeed(db, 500 ms poll) on the PostgreSQL database, as officers' windows have; this process forwards %d "
                "open cases, one every %d ms, with store::CaseWriter::forward (one transaction with its history event, as the window "
                "does); each client, on changed(), refetches the changed rows with QueueStore::matching and stamps the time. Latency = "
                "client's time after the refetch − forwarding process's time when forward() returned (its commit), both "
                "std::chrono::system_clock in µs on this machine\n",
                clientCount, forwards, intervalMs);
    std::fflush(stdout);

    QVector<QProcess *> clients;
    QVector<QByteArray> buffers(clientCount);
    QVector<Receipt> receipts;
    int ready = 0;
    int failed = 0;
    QStringList clientErrors;
    QElapsedTimer startTimer;
    startTimer.start();
    for (int i = 0; i < clientCount; ++i) {
        auto *p = new QProcess;
        p->setProgram(QCoreApplication::applicationFilePath());
        p->setArguments({QStringLiteral("--client"), url});
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(p, &QProcess::readyReadStandardOutput, p, [&, i, p] {
            buffers[i] += p->readAllStandardOutput();
            int end;
            while ((end = int(buffers[i].indexOf('\n'))) >= 0) {
                const QByteArray line = buffers[i].left(end);
                buffers[i].remove(0, end + 1);
                if (line == "ready") {
                    ++ready;
                } else if (line.startsWith("R ")) {
                    const QList<QByteArray> f = line.split(' ');
                    if (f.size() == 5)
                        receipts.push_back({i, f.at(1).toLongLong(), f.at(2).toInt(), f.at(3).toLongLong(), f.at(4).toLongLong()});
                } else if (line.startsWith("E ")) {
                    clientErrors.push_back(QString::fromUtf8(line.mid(2)));
                }
            }
        });
        QObject::connect(p, &QProcess::finished, p, [&failed](int code, QProcess::ExitStatus status) {
            if (code != 0 || status != QProcess::NormalExit)
                ++failed;
        });
        p->start();
        clients.push_back(p);
    }
    {
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (ready + failed >= clientCount || startTimer.elapsed() > 300000)
                loop.quit();
        });
        poll.start(20);
        loop.exec();
    }
    std::printf("clients: %d of %d ready in %.1f s (%d failed)%s\n", ready, clientCount, double(startTimer.elapsed()) / 1000.0, failed,
                clientErrors.isEmpty() ? "" : qUtf8Printable(QStringLiteral("; first error: ") + clientErrors.constFirst()));
    std::fflush(stdout);

    // A second of quiet, then the forwards.
    struct Forward
    {
        qint64 caseId = 0;
        int version = 0; // after the forward
        qint64 startedUs = 0; // forward() called
        qint64 committedUs = 0; // forward() returned, its transaction committed
        double tookMs = 0;
        bool ok = false;
    };
    QVector<Forward> done;
    QStringList forwardErrors;
    CpuSample cpuBefore, cpuAfter;
    qint64 postmaster = 0; // when the server runs on this machine
    {
        Pg pg(url);
        postmaster = parentOf(pg.value("SELECT pg_backend_pid()").toLongLong());
    }
    std::printf("load average before the forwards (other work on this machine counts): %s\n", qUtf8Printable(loadAverage()));
    {
        SystemClock clock;
        store::CaseWriter writer(db, clock);
        QEventLoop loop;
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        int next = 0;
        QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
            if (next >= forwards) {
                tick.stop();
                // CPU until 1 s after the last forward; then time for the last receipts (the limit is 1 s).
                QTimer::singleShot(900, &loop, [&] { cpuAfter = sampleCpu(clients, postmaster); });
                QTimer::singleShot(2500, &loop, &QEventLoop::quit);
                return;
            }
            if (next == 0)
                cpuBefore = sampleCpu(clients, postmaster);
            const domain::CaseSummary &c = chosen.at(next++);
            store::CaseWriter::ForwardRequest request;
            request.toUnit = c.unitId == targets.at(0) ? targets.at(1) : targets.at(0);
            request.reason = QStringLiteral("benchmark: live changes");
            Forward f;
            f.caseId = c.id;
            f.version = c.version + 1;
            f.startedUs = wallUs();
            const auto r = writer.forward(scope, c.id, request);
            f.committedUs = wallUs();
            f.tookMs = double(f.committedUs - f.startedUs) / 1000.0;
            f.ok = bool(r);
            if (!r)
                forwardErrors.push_back(r.error().message);
            done.push_back(f);
        });
        QTimer::singleShot(1000, &loop, [&tick, intervalMs] { tick.start(intervalMs); });
        loop.exec();
    }
    for (QProcess *p : clients)
        p->closeWriteChannel();
    for (QProcess *p : clients) {
        if (!p->waitForFinished(10000)) {
            p->terminate();
            if (!p->waitForFinished(5000))
                p->kill();
            p->waitForFinished(5000);
        }
        p->disconnect();
        delete p;
    }

    // Each client's first receipt of each forwarded case at (at least) its new version.
    QHash<qint64, int> byCase;
    for (int i = 0; i < done.size(); ++i)
        byCase.insert(done.at(i).caseId, i);
    QHash<QPair<int, qint64>, qint64> first; // (client, case) → fetched
    QHash<QPair<int, qint64>, qint64> firstNotice;
    for (const Receipt &r : receipts) {
        const auto at = byCase.constFind(r.caseId);
        if (at == byCase.cend() || !done.at(*at).ok || r.version < done.at(*at).version)
            continue;
        const QPair<int, qint64> key(r.client, r.caseId);
        if (!first.contains(key)) {
            first.insert(key, r.fetchedUs);
            firstNotice.insert(key, r.noticedUs);
        }
    }
    QVector<double> latencies, notices, fromStart;
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        const Forward &f = done.at(byCase.value(it.key().second));
        latencies.push_back(double(it.value() - f.committedUs) / 1000.0);
        notices.push_back(double(firstNotice.value(it.key()) - f.committedUs) / 1000.0);
        fromStart.push_back(double(it.value() - f.startedUs) / 1000.0);
    }
    std::sort(latencies.begin(), latencies.end());
    std::sort(notices.begin(), notices.end());
    std::sort(fromStart.begin(), fromStart.end());
    int forwarded = 0;
    QVector<double> took;
    for (const Forward &f : done) {
        if (f.ok) {
            ++forwarded;
            took.push_back(f.tookMs);
        }
    }
    std::sort(took.begin(), took.end());
    const qint64 expected = qint64(forwarded) * ready;
    std::printf("forwards: %d of %d committed; forward() itself (load, checks, update, history event, commit) median %.2f ms, max %.2f ms%s\n",
                forwarded, forwards, percentile(took, 50), took.isEmpty() ? 0.0 : took.constLast(),
                forwardErrors.isEmpty() ? "" : qUtf8Printable(QStringLiteral("; first error: ") + forwardErrors.constFirst()));
    if (cpuAfter.wallUs > cpuBefore.wallUs && cpuAfter.machineTotal > cpuBefore.machineTotal && forwarded > 0) {
        const double tickMs = 1000.0 / double(sysconf(_SC_CLK_TCK));
        const double seconds = double(cpuAfter.wallUs - cpuBefore.wallUs) / 1e6;
        const double busy = double(cpuAfter.machineBusy - cpuBefore.machineBusy) / double(cpuAfter.machineTotal - cpuBefore.machineTotal);
        const double machineMs = double(cpuAfter.machineBusy - cpuBefore.machineBusy) * tickMs;
        const double clientsMs = double(cpuAfter.clients - cpuBefore.clients) * tickMs;
        const double selfMs = double(cpuAfter.self - cpuBefore.self) * tickMs;
        const double serverMs = double(cpuAfter.server - cpuBefore.server) * tickMs;
        std::printf("CPU from the first forward to 1 s after the last (%.1f s; /proc/stat, and /proc/PID/stat of each process): the machine "
                    "busy %.0f %% of its %ld CPUs; per forward %.1f ms of CPU in all: the clients %.1f ms (%.2f ms each), this process "
                    "%.1f ms, the PostgreSQL cluster's processes %.1f ms, everything else (other work on the machine, the kernel) %.1f ms\n",
                    seconds, 100.0 * busy, sysconf(_SC_NPROCESSORS_ONLN), machineMs / forwarded, clientsMs / forwarded,
                    clientsMs / forwarded / std::max(1, ready), selfMs / forwarded, serverMs / forwarded,
                    (machineMs - clientsMs - selfMs - serverMs) / forwarded);
    }
    std::printf("receipts: %lld of %lld (forwards × ready clients); missing %lld\n", static_cast<long long>(latencies.size()),
                static_cast<long long>(expected), static_cast<long long>(expected - latencies.size()));
    if (!latencies.isEmpty()) {
        const double median = percentile(latencies, 50);
        const double p99 = percentile(latencies, 99);
        const auto under = [&latencies](double ms) {
            return 100.0 * double(std::count_if(latencies.cbegin(), latencies.cend(), [ms](double v) { return v < ms; })) / double(latencies.size());
        };
        std::printf("commit → row refetched by a client: median %.1f ms, 90th percentile %.1f ms, 99th percentile %.1f ms, max %.1f ms, min %.1f "
                    "ms; %.2f %% under 200 ms, %.2f %% under 1 s\n",
                    median, percentile(latencies, 90), p99, latencies.constLast(), latencies.constFirst(), under(200), under(1000));
        std::printf("commit → changed() emitted in a client (before the refetch): median %.1f ms, 99th percentile %.1f ms\n", percentile(notices, 50),
                    percentile(notices, 99));
        std::printf("forward() called → row refetched by a client (an upper bound: includes the forward's own time): median %.1f ms, "
                    "99th percentile %.1f ms, max %.1f ms\n",
                    percentile(fromStart, 50), percentile(fromStart, 99), fromStart.constLast());
        if (latencies.constFirst() < 0)
            std::printf("(a negative time: a client had the row before the forwarding process ran again after its COMMIT returned, on "
                        "busy cores)\n");
        std::printf("aim: under 200 ms (median %s, 99th percentile %s); limit 1 s (99th percentile %s, max %s, missing %s)\n",
                    median < 200 ? "ok" : "MISSED", p99 < 200 ? "ok" : "MISSED", p99 < 1000 ? "ok" : "MISSED",
                    latencies.constLast() < 1000 ? "ok" : "MISSED", expected == latencies.size() ? "none" : "MISSED");
    }
    std::fflush(stdout);

    // The forwarded cases go back as they were (their rows only; the history keeps the events), so
    // that a later run on the reused store finds the same queue as on SQLite.
    Pg pg(url);
    if (!pg.ok()) {
        fail(pg.error());
        return 1;
    }
    QString why = pg.exec("BEGIN");
    for (const domain::CaseSummary &c : chosen) {
        if (!why.isEmpty())
            break;
        const QByteArray sql = "UPDATE cases SET unit_id = " + quoted(pg, c.unitId)
            + ", transfer_from = " + (c.transferFrom.isEmpty() ? QByteArray("NULL") : quoted(pg, c.transferFrom))
            + ", status = " + quoted(pg, domain::caseStatusKey(c.status)) + ", version = " + QByteArray::number(c.version)
            + " WHERE id = " + QByteArray::number(c.id);
        why = pg.exec(sql);
    }
    if (why.isEmpty())
        why = pg.exec("COMMIT");
    if (!why.isEmpty()) {
        fail(QStringLiteral("the forwarded cases could not be put back: ") + why);
        return 1;
    }
    return 0;
}

// ---- --hosts: two sync hosts of the province ----------------------------------------------------

/// Serves this thread's events (the simulator answers the hosts from it) until @p done or
/// @p timeoutMs passed.
template<typename Cond> bool serveUntil(Cond done, qint64 timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

struct SyncHost
{
    QString name;
    QTemporaryDir dir; // its own data folder
    std::unique_ptr<QProcess> process;
};

/// Accounts held by each live sync host, by process id.
QHash<qint64, int> leaseHolders(store::Database &db)
{
    QHash<qint64, int> out;
    store::Statement st(db, "SELECT h.pid, count(*) FROM sync_leases l JOIN sync_hosts h ON h.host_id = l.holder GROUP BY h.pid");
    while (st.next())
        out.insert(st.int64(0), int(st.int64(1)));
    return out;
}

qint64 scalarOf(store::Database &db, const char *sql)
{
    store::Statement st(db, sql);
    return st.next() ? st.int64(0) : -1;
}

int hostsPart(const QString &url, const QString &cliPath, int intervalS, double messagesPerMinute, int minutes)
{
    std::printf("casedesk-bench-shared --hosts: two sync hosts (casedesk-cli sync) against the Zalo simulator\n%s\n", qUtf8Printable(machineLine()));
    std::printf("load average at the start: %s (other engineers' builds share this machine)\n", qUtf8Printable(loadAverage()));

    // A database of its own on the server, made afresh each run.
    QUrl server(url);
    const QString name = server.path().mid(1).isEmpty() ? QStringLiteral("casedesk_bench_hosts") : server.path().mid(1) + QStringLiteral("_hosts");
    QUrl maintenance = server;
    maintenance.setPath(QStringLiteral("/postgres"));
    {
        Pg pg(maintenance.toString());
        if (!pg.ok()) {
            fail(pg.error());
            return 1;
        }
        const QByteArray drop = QByteArray("DROP DATABASE IF EXISTS ") + name.toUtf8() + " WITH (FORCE)";
        const QByteArray create = QByteArray("CREATE DATABASE ") + name.toUtf8();
        for (const QByteArray &sql : {drop, create}) {
            if (const QString why = pg.exec(sql); !why.isEmpty()) {
                fail(why);
                return 1;
            }
        }
    }
    QUrl hostsUrl = server;
    hostsUrl.setPath(QLatin1Char('/') + name);
    const QString hostsAddress = hostsUrl.toString();
    {
        auto made = store::Database::initialize(hostsAddress);
        if (!made) {
            fail(made.error().message);
            return 1;
        }
        if (auto seeded = store::UnitStore(*made).seedIfEmpty(QDate::currentDate()); !seeded) {
            fail(seeded.error().message);
            return 1;
        }
    }
    qputenv("CASEDESK_DATABASE", hostsAddress.toUtf8()); // the enrolment and the hosts use it
    auto opened = store::Database::open(hostsAddress);
    if (!opened) {
        fail(opened.error().message);
        return 1;
    }
    auto db = std::make_unique<store::Database>(std::move(*opened));

    // The simulator with the province's accounts (every unit of the tree), its quota on.
    QTemporaryDir worldDir;
    app::DemoWorld::Options options;
    options.dataFolder = worldDir.path();
    options.seed = 13;
    options.historyMessagesPerAccount = 20;
    options.newMessagesPerMinute = messagesPerMinute;
    options.rateLimit = true;
    app::DemoWorld world(options);
    int connected = -1;
    QObject::connect(&world, &app::DemoWorld::ready, [&](int n) { connected = n; });
    QObject::connect(&world, &app::DemoWorld::failed, [&](const QString &why) {
        fail(why);
        connected = 0;
    });
    QElapsedTimer phase;
    phase.start();
    if (auto started = world.start(); !started) {
        fail(started.error().message);
        return 1;
    }
    serveUntil([&] { return connected >= 0; }, 600000);
    simulator::ZaloSimulator &sim = *world.simulator();
    const int accounts = int(sim.accounts().size());
    std::printf("simulator: %d accounts on 1 app (quota %d requests a minute, enforced), %d history messages each, %.0f new "
                "messages a minute over all accounts; %d accounts connected in %.1f s (tokens in a 0600 file given to both hosts "
                "with --secrets-file)\n",
                accounts, sim.config().rateLimitPerMinute, options.historyMessagesPerAccount, messagesPerMinute, connected,
                double(phase.elapsed()) / 1000.0);
    std::printf("database: %s\n", qUtf8Printable(hostsAddress));
    std::fflush(stdout);
    if (connected != accounts)
        return 1;

    SyncHost a, b;
    a.name = QStringLiteral("A");
    b.name = QStringLiteral("B");
    auto start = [&](SyncHost &h) {
        h.process = std::make_unique<QProcess>();
        h.process->setProgram(cliPath);
        h.process->setArguments({QStringLiteral("sync"), QStringLiteral("--interval"), QString::number(intervalS), QStringLiteral("--data-dir"),
                                 h.dir.path(), QStringLiteral("--secrets-file"), world.secretsFile(), QStringLiteral("--lang"),
                                 QStringLiteral("en")});
        h.process->setStandardOutputFile(h.dir.filePath(QStringLiteral("out.log")));
        h.process->setStandardErrorFile(h.dir.filePath(QStringLiteral("err.log")));
        h.process->start();
        return h.process->waitForStarted();
    };
    auto held = [&](const SyncHost &h) {
        return leaseHolders(*db).value(h.process->processId());
    };
    auto stopAll = [&] {
        for (SyncHost *h : {&a, &b}) {
            if (h->process && h->process->state() != QProcess::NotRunning)
                h->process->terminate();
        }
        for (SyncHost *h : {&a, &b}) {
            if (h->process)
                serveUntil([h] { return h->process->state() == QProcess::NotRunning; }, 30000);
        }
    };

    phase.restart();
    if (!start(a) || !serveUntil([&] { return held(a) == accounts; }, 60000)) {
        fail(QStringLiteral("host A did not take every account"));
        stopAll();
        return 1;
    }
    std::printf("host A (pid %lld, --interval %d) held all %d accounts %.1f s after it started\n", static_cast<long long>(a.process->processId()),
                intervalS, accounts, double(phase.elapsed()) / 1000.0);
    phase.restart();
    if (!start(b) || !serveUntil([&] { return held(a) + held(b) == accounts && std::abs(held(a) - held(b)) <= 1; }, 60000)) {
        fail(QStringLiteral("the accounts were not shared between the two hosts"));
        stopAll();
        return 1;
    }
    std::printf("host B (pid %lld) started: the accounts shared %d/%d %.1f s later\n", static_cast<long long>(b.process->processId()), held(a),
                held(b), double(phase.elapsed()) / 1000.0);
    std::fflush(stdout);

    // Catch up with the history before measuring.
    auto simulatedMessages = [&] {
        qint64 n = 0;
        for (const auto &acc : sim.accounts())
            n += sim.messages(acc.oaId).size();
        return n;
    };
    // (New messages keep coming: caught up = as many stored as the simulator had when the hosts shared.)
    phase.restart();
    const qint64 target = simulatedMessages();
    const bool caughtUp = serveUntil([&] { return scalarOf(*db, "SELECT count(*) FROM messages") >= target; }, 600000);
    std::printf("history %s: %lld messages stored (the simulator had %lld when the accounts were shared), %.1f s after that\n",
                caughtUp ? "caught up" : "NOT caught up", static_cast<long long>(scalarOf(*db, "SELECT count(*) FROM messages")),
                static_cast<long long>(target), double(phase.elapsed()) / 1000.0);
    std::fflush(stdout);

    // Requests a minute: whole minutes of the wall clock, counted by the simulator (every request
    // that reached Zalo) and by the hosts in request_budget (the shared budget, one row a minute).
    const auto minuteNow = [] {
        return QDateTime::currentMSecsSinceEpoch() / 60000;
    };
    const qint64 first = minuteNow() + 1;
    serveUntil([&] { return minuteNow() >= first; }, 61000);
    std::printf("\nRequests a minute of the whole province with two hosts, %d whole minute(s) of the wall clock:\n", minutes);
    qint64 totalSim = 0;
    for (int m = 0; m < minutes; ++m) {
        const qint64 minute = first + m;
        sim.resetStats();
        serveUntil([&] { return minuteNow() > minute; }, 61000);
        const simulator::SimulatorStats stats = sim.stats();
        totalSim += stats.requests;
        store::Statement st(*db, "SELECT COALESCE(SUM(used), 0) FROM request_budget WHERE minute = ?1");
        st.bind(1, minute);
        const qint64 counted = st.next() ? st.int64(0) : -1;
        QStringList paths;
        for (auto it = stats.requestsByPath.cbegin(); it != stats.requestsByPath.cend(); ++it)
            paths << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        paths.sort();
        std::printf("  minute %d: simulator served %lld requests (%s; %lld refused by its quota, %lld token refreshes), the hosts "
                    "counted %lld in request_budget; held A %d, B %d\n",
                    m + 1, static_cast<long long>(stats.requests), qUtf8Printable(paths.join(QStringLiteral(", "))),
                    static_cast<long long>(stats.rateLimited), static_cast<long long>(stats.tokenRefreshes), static_cast<long long>(counted), held(a),
                    held(b));
        std::fflush(stdout);
    }
    std::printf("province with two hosts: %.0f requests a minute (simulator's count, mean of %d minute(s)); budget 4,000 a minute "
                "(%.1f%% of it)\n",
                double(totalSim) / minutes, minutes, 100.0 * double(totalSim) / minutes / 4000.0);

    // Take-over: SIGKILL one host, time until the other holds every account.
    const int heldBefore = held(a);
    ::kill(pid_t(a.process->processId()), SIGKILL);
    QElapsedTimer takeover;
    takeover.start();
    const bool tookOver = serveUntil([&] { return held(b) == accounts; }, 120000);
    const qint64 takeoverMs = takeover.elapsed();
    std::printf("\nTake-over: host A (holding %d accounts) killed with SIGKILL; host B held all %d accounts %s %.1f s after the kill "
                "(sync_leases polled every 20 ms; leases expire 30 s after the last heartbeat, heartbeats every 5 s)\n",
                heldBefore, accounts, tookOver ? "" : "NOT within 120 s;", double(takeoverMs) / 1000.0);
    // And it syncs them: a message written now to every account is stored.
    phase.restart();
    QStringList written;
    for (const auto &acc : sim.accounts()) {
        if (auto m = sim.citizenSays(acc.oaId, QString(), QStringLiteral("Dạ cho em hỏi sau khi máy kia dừng ạ")))
            written << m->messageId;
    }
    const auto storedOfWritten = [&] {
        int n = 0;
        for (const QString &id : std::as_const(written)) {
            store::Statement st(*db, "SELECT 1 FROM messages WHERE message_id = ?1");
            st.bind(1, id);
            n += st.next() ? 1 : 0;
        }
        return n;
    };
    const bool synced = serveUntil([&] { return storedOfWritten() == written.size(); }, 120000);
    std::printf("a new message to each of the %d accounts after the take-over: all stored %s %.1f s after they were written "
                "(--interval %d)\n",
                accounts, synced ? "" : "NOT within 120 s;", double(phase.elapsed()) / 1000.0, intervalS);
    std::printf("duplicates: %lld messages stored twice\n",
                static_cast<long long>(scalarOf(*db, "SELECT count(*) - count(DISTINCT message_id) FROM messages")));
    std::fflush(stdout);

    stopAll();
    db.reset();
    Pg pg(maintenance.toString());
    (void)pg.exec(QByteArray("DROP DATABASE IF EXISTS ") + name.toUtf8() + " WITH (FORCE)");
    return tookOver && synced && caughtUp ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--client") == 0)
            return clientMain(argc, argv, QString::fromLocal8Bit(argv[i + 1]));
    }

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The store on PostgreSQL next to SQLite: the triage queue's queries on the same generated store, and how soon a "
                       "forward committed by one process reaches N other processes through their change feeds."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("The PostgreSQL database to use (postgresql://…; required): the program initialises it "
                                                           "and fills it, or reuses the store an earlier run left there."),
                                            QStringLiteral("URL"));
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite"), QStringLiteral("The SQLite store (generated once, then reused)."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Messages of the store (cases: 3 in 10)."),
                                            QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Client processes listening for changes."), QStringLiteral("N"),
                                           QStringLiteral("130"));
    const QCommandLineOption forwardsOption(QStringLiteral("forwards"), QStringLiteral("Forwards committed."), QStringLiteral("N"),
                                            QStringLiteral("50"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"), QStringLiteral("Time between two forwards."), QStringLiteral("MS"),
                                            QStringLiteral("100"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Warm runs of each query."), QStringLiteral("N"),
                                        QStringLiteral("15"));
    const QCommandLineOption storeModeOption(
        QStringLiteral("pg-store"),
        QStringLiteral("How to make the PostgreSQL store: auto (through IngestStore when the 20,000-message trial says it takes less than "
                       "--generate-limit, else a copy of the SQLite store), generate, or copy."),
        QStringLiteral("MODE"), QStringLiteral("auto"));
    const QCommandLineOption limitOption(QStringLiteral("generate-limit"), QStringLiteral("See --pg-store."), QStringLiteral("SECONDS"),
                                         QStringLiteral("600"));
    const QCommandLineOption skipQueueOption(QStringLiteral("skip-queue"), QStringLiteral("Only the live changes."));
    const QCommandLineOption officerUnitOption(QStringLiteral("officer-unit"),
                                               QStringLiteral("Also run the queue's queries as an officer of this unit, signed in to the "
                                                              "server as their own login (row-level security; made by database init's functions)."),
                                               QStringLiteral("ID"));
    const QCommandLineOption skipLiveOption(QStringLiteral("skip-live"), QStringLiteral("Stop after the queue's queries."));
    const QCommandLineOption hostsOption(QStringLiteral("hosts"),
                                         QStringLiteral("Instead of the store: two sync hosts (casedesk-cli sync) on a database of their own "
                                                        "(NAME_hosts on the same server, made afresh) against the simulator's 127 accounts: "
                                                        "the province's requests a minute, and the take-over time after a SIGKILL."));
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("The casedesk-cli the hosts run (--hosts)."), QStringLiteral("PATH"),
                                       QStringLiteral(CASEDESK_CLI_PATH));
    const QCommandLineOption syncIntervalOption(QStringLiteral("sync-interval"), QStringLiteral("The hosts' --interval (--hosts)."),
                                                QStringLiteral("SECONDS"), QStringLiteral("15"));
    const QCommandLineOption liveRateOption(QStringLiteral("live-messages"),
                                            QStringLiteral("New citizens' messages a minute over all accounts (--hosts)."), QStringLiteral("N"),
                                            QStringLiteral("30"));
    const QCommandLineOption minutesOption(QStringLiteral("minutes"), QStringLiteral("Whole minutes the request rate is counted (--hosts)."),
                                           QStringLiteral("N"), QStringLiteral("2"));
    parser.addOptions({databaseOption, sqliteOption, messagesOption, clientsOption, forwardsOption, intervalOption, runsOption, storeModeOption,
                       limitOption, skipQueueOption, officerUnitOption, skipLiveOption, hostsOption, cliOption, syncIntervalOption, liveRateOption,
                       minutesOption});
    parser.process(app);

    const QString url = parser.value(databaseOption);
    if (url.isEmpty() || !store::Database::isServerAddress(url)) {
        fail(QStringLiteral("--database postgresql://… is required"));
        return 2;
    }
    if (const QString problem = store::Database::addressProblem(url); !problem.isEmpty()) {
        fail(problem);
        return 2;
    }
    if (parser.isSet(hostsOption)) {
        const int syncInterval = parser.value(syncIntervalOption).toInt();
        const int minutes = parser.value(minutesOption).toInt();
        if (syncInterval < 1 || minutes < 1) {
            fail(QStringLiteral("bad option (see --help)"));
            return 2;
        }
        return hostsPart(url, parser.value(cliOption), syncInterval, parser.value(liveRateOption).toDouble(), minutes);
    }
    const qint64 messages = parser.value(messagesOption).toLongLong();
    const int clientCount = parser.value(clientsOption).toInt();
    const int forwards = parser.value(forwardsOption).toInt();
    const int intervalMs = parser.value(intervalOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString mode = parser.value(storeModeOption);
    if (messages < 100 || clientCount < 1 || forwards < 1 || intervalMs < 1
        || !QStringList {QStringLiteral("auto"), QStringLiteral("generate"), QStringLiteral("copy")}.contains(mode)) {
        fail(QStringLiteral("bad option (see --help)"));
        return 2;
    }
    QString sqlitePath = parser.value(sqliteOption);
    if (sqlitePath.isEmpty()) {
        // The 1,000,000-message store is bench_queue's (the same generator and seed): shared.
        sqlitePath = messages == 1000000 ? QDir::temp().filePath(QStringLiteral("casedesk-bench-queue.sqlite"))
                                         : QDir::temp().filePath(QStringLiteral("casedesk-bench-shared-%1.sqlite").arg(messages));
    }

    {
        Pg pg(url);
        if (!pg.ok()) {
            fail(pg.error());
            return 1;
        }
        std::printf("casedesk-bench-shared: the store on PostgreSQL next to SQLite\n%s\n", qUtf8Printable(machineLine()));
        std::printf("PostgreSQL %s on this machine (127.0.0.1, TCP): shared_buffers %s, work_mem %s, max_connections %s, fsync %s, "
                    "synchronous_commit %s\n",
                    qUtf8Printable(pg.value("SHOW server_version")), qUtf8Printable(pg.value("SHOW shared_buffers")),
                    qUtf8Printable(pg.value("SHOW work_mem")), qUtf8Printable(pg.value("SHOW max_connections")),
                    qUtf8Printable(pg.value("SHOW fsync")), qUtf8Printable(pg.value("SHOW synchronous_commit")));
        std::printf("load average at the start: %s (other engineers' builds share this machine)\n", qUtf8Printable(loadAverage()));
        std::printf("N = %s messages requested (cases 3 in 10), %d client processes, %d forwards %d ms apart\n", qUtf8Printable(thousands(messages)),
                    clientCount, forwards, intervalMs);
        std::fflush(stdout);
    }

    auto liteInfo = bench::BenchStore::ensure(sqlitePath, storeOptions(messages));
    if (!liteInfo) {
        fail(liteInfo.error().message);
        return 1;
    }
    auto lite = store::Database::open(liteInfo->path);
    if (!lite) {
        fail(lite.error().message);
        return 1;
    }
    std::printf("\nSQLite store %s: %s; %s\n", qUtf8Printable(liteInfo->path), qUtf8Printable(countsText(countsOf(*lite))),
                liteInfo->generated
                    ? qUtf8Printable(QStringLiteral("generated through IngestStore in %1 s").arg(liteInfo->generationSeconds, 0, 'f', 0))
                    : "reused (generated earlier through IngestStore)");
    std::fflush(stdout);

    auto made = makeServerStore(url, *lite, *liteInfo, messages, mode, parser.value(limitOption).toDouble());
    if (!made) {
        fail(made.error().message);
        return 1;
    }
    auto server = store::Database::open(url);
    if (!server) {
        fail(server.error().message);
        return 1;
    }
    {
        const Counts liteCounts = countsOf(*lite);
        const Counts serverCounts = countsOf(*server);
        std::printf("PostgreSQL store %s: %s; %s\n", qUtf8Printable(url), qUtf8Printable(countsText(serverCounts)), qUtf8Printable(made->how));
        if (liteCounts.messages != serverCounts.messages || liteCounts.cases != serverCounts.cases || liteCounts.open != serverCounts.open)
            std::printf("WARNING: the two stores do not hold the same counts\n");
        Pg pg(url);
        std::printf("PostgreSQL database size %s\n", qUtf8Printable(pg.value("SELECT pg_size_pretty(pg_database_size(current_database()))")));
        std::fflush(stdout);
    }

    if (!parser.isSet(skipQueueOption)) {
        domain::OfficerScope everything;
        everything.officer = QStringLiteral("Bench");
        queuePart(*lite, *server, liteInfo->now, runs, everything, "1. As the server's own login (no row-level security)");
    }
    if (parser.isSet(officerUnitOption)) {
        // The same queries as one commune's officer: on SQLite the program's own scope, on the
        // server that scope again and the row-level security of the officer's own login.
        auto officer = officerConnection(*server, parser.value(officerUnitOption));
        if (!officer) {
            fail(officer.error().message);
            return 1;
        }
        const QByteArray title = QStringLiteral("1b. As a %1 officer of unit %2, signed in to the server as their own login (row-level security)")
                                     .arg(domain::roleKey(domain::Role::Commune), parser.value(officerUnitOption))
                                     .toUtf8();
        queuePart(*lite, *officer->connection, liteInfo->now, runs, officer->scope, title.constData());
        if (parser.isSet(skipLiveOption))
            return 0;
    }
    return livePart(url, clientCount, forwards, intervalMs, liteInfo->now);
}
