#include "sqliteconnection.h"

#include "core/common/privatefiles.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

namespace casedesk::store::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::Database)
};

constexpr int kBusyTimeoutMs = 10000;

/// Reads the schema version into @p version; SQLite's (extended) result code. Counting the
/// schema first makes SQLite read and check the header and the schema pages, so a damaged file
/// is told apart here, before anything is written, rather than half-way through a command.
int probeVersion(sqlite3 *db, int *version)
{
    const auto scalar = [db](const char *sql, int *value) {
        sqlite3_stmt *st = nullptr;
        int rc = sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(st);
            if (rc == SQLITE_ROW) {
                *value = sqlite3_column_int(st, 0);
                rc = SQLITE_OK;
            }
        }
        sqlite3_finalize(st);
        return rc;
    };
    int tables = 0;
    if (const int rc = scalar("SELECT count(*) FROM sqlite_master", &tables); rc != SQLITE_OK)
        return rc;
    return scalar("PRAGMA user_version", version);
}

QString readOnlyFolderError(const QString &path)
{
    const QFileInfo file(path);
    return Tr::tr("The folder %1 is read-only: SQLite must write its journal files (%2-wal, %2-shm) next to the database, so "
                  "CaseDesk cannot use %2 and has changed nothing. Check the folder's permissions: the user running CaseDesk "
                  "must be allowed to write in it.")
        .arg(file.absolutePath(), file.fileName());
}

QString readOnlyFileError(const QString &path)
{
    return Tr::tr("The database %1 is read-only: CaseDesk cannot record anything in it and has changed nothing. "
                  "Check the file's permissions: the user running CaseDesk must be allowed to write it.")
        .arg(path);
}

/// Says in words what stops the database at @p path from being used, from the result code
/// SQLite gave; empty when the code is none of those a user can act on.
QString unusableError(const QString &path, int code, const QString &reason)
{
    const QFileInfo file(path);
    switch (code & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return Tr::tr("The database %1 is damaged (%2): CaseDesk cannot read it and has changed nothing. "
                      "Restore %3 from a backup (with CaseDesk closed), or move the damaged file away to start with an empty one.")
            .arg(path, reason, file.fileName());
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Tr::tr("The database %1 is locked by another program (%2): CaseDesk waited %3 seconds and has changed nothing. "
                      "Close the other program that holds it (an sqlite3 shell, a backup or copy tool) and try again.")
            .arg(path, reason)
            .arg(kBusyTimeoutMs / 1000);
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
    case SQLITE_CANTOPEN:
        if (!QFileInfo(file.absolutePath()).isWritable())
            return readOnlyFolderError(path);
        if (file.exists() && !file.isReadable())
            return Tr::tr("The database %1 cannot be read: CaseDesk is not allowed to open it and has changed nothing. "
                          "Check the file's permissions: the user running CaseDesk must be allowed to read and write it.")
                .arg(path);
        if (file.exists() && !file.isWritable())
            return readOnlyFileError(path);
        return Tr::tr("The database %1 cannot be opened (%2) and was not changed. Check the permissions of the file and of its "
                      "folder: the user running CaseDesk must be allowed to read and write both.")
            .arg(path, reason);
    default:
        return {};
    }
}

/// greatest(a, b, …) and least(a, b, …) as PostgreSQL has them: NULLs are passed over.
void extremum(sqlite3_context *context, int argc, sqlite3_value **argv, bool greatest)
{
    sqlite3_value *best = nullptr;
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            continue;
        if (!best) {
            best = argv[i];
            continue;
        }
        const bool bigger = sqlite3_value_double(argv[i]) > sqlite3_value_double(best);
        const bool smaller = sqlite3_value_double(argv[i]) < sqlite3_value_double(best);
        if ((greatest && bigger) || (!greatest && smaller))
            best = argv[i];
    }
    if (best)
        sqlite3_result_value(context, best);
    else
        sqlite3_result_null(context);
}

void greatestFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    extremum(context, argc, argv, true);
}

void leastFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    extremum(context, argc, argv, false);
}

/// The store's spelling for SQLite: a trailing " FOR UPDATE" or " FOR UPDATE OF t" (a row lock
/// PostgreSQL needs; SQLite's writer holds the whole file) goes.
QByteArray forSqlite(const QByteArray &sql)
{
    const qsizetype at = sql.lastIndexOf(" FOR UPDATE");
    if (at < 0)
        return sql;
    const QByteArray rest = sql.mid(at + 11);
    if (rest.isEmpty() || (rest.startsWith(" OF ") && !rest.mid(4).contains(' ')))
        return sql.left(at);
    return sql;
}

class SqliteCursor final : public Cursor
{
public:
    SqliteCursor(sqlite3 *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    {
    }
    ~SqliteCursor() override { sqlite3_finalize(m_stmt); }

    void bindText(int index, const QByteArray &utf8) override
    {
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bindInt(int index, qint64 value) override { sqlite3_bind_int64(m_stmt, index, value); }
    void bindReal(int index, double value) override { sqlite3_bind_double(m_stmt, index, value); }
    void bindNull(int index) override { sqlite3_bind_null(m_stmt, index); }
    int step() override
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return 1;
        if (rc == SQLITE_DONE)
            return 0;
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return -1;
    }
    void reset(bool clearBindings) override
    {
        sqlite3_reset(m_stmt);
        if (clearBindings)
            sqlite3_clear_bindings(m_stmt);
    }
    QByteArray bytes(int column) const override
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        if (!data)
            return {};
        return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
    }
    qint64 int64(int column) const override { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const override { return sqlite3_column_double(m_stmt, column); }
    bool isNull(int column) const override { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    QString error() const override { return m_error; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
    QString m_error;
};

} // namespace

Expected<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const QString &path, int newestSchema)
{
    // What cannot be written is said before SQLite tries: it would fall back to reading only.
    const QFileInfo file(path);
    if (const QFileInfo folder(file.absolutePath()); folder.isDir() && !folder.isWritable())
        return Error {readOnlyFolderError(path)};
    if (file.exists() && (!file.isReadable() || !file.isWritable()))
        return Error {unusableError(path, SQLITE_PERM, QString::fromUtf8(sqlite3_errstr(SQLITE_PERM)))};
    // A new file is private before SQLite sees it; SQLite gives -wal and -shm the same mode.
    if (!privatefiles::createFileIfMissing(path))
        return Error {Tr::tr("Cannot create the database %1: check that its folder exists and may be written.").arg(path)};

    sqlite3 *raw = nullptr;
    const QByteArray utf8 = path.toUtf8();
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (const int rc = sqlite3_open_v2(utf8.constData(), &raw, flags, nullptr); rc != SQLITE_OK) {
        const QString reason = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QStringLiteral("out of memory");
        sqlite3_close(raw);
        if (const QString why = unusableError(path, rc, reason); !why.isEmpty())
            return Error {why};
        return Error {Tr::tr("Cannot open the database %1: %2").arg(path, reason)};
    }
    std::unique_ptr<SqliteConnection> connection(new SqliteConnection(raw));
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    sqlite3_extended_result_codes(raw, 1);
    if (sqlite3_db_readonly(raw, "main") == 1)
        return Error {readOnlyFileError(path)};

    int version = -1;
    if (const int rc = probeVersion(raw, &version); rc != SQLITE_OK) {
        if (const QString why = unusableError(path, rc, connection->lastError()); !why.isEmpty())
            return Error {why};
        return Error {Tr::tr("%1 is not a CaseDesk database (%2).").arg(path, connection->lastError())};
    }
    if (version > newestSchema) {
        return Error {Tr::tr("The database %1 was written by a newer CaseDesk (schema %2; this program knows up to %3). "
                             "It was left untouched: install the newer CaseDesk to open it.")
                          .arg(path)
                          .arg(version)
                          .arg(newestSchema)};
    }
    if (auto st = connection->exec("PRAGMA journal_mode = WAL"); !st) {
        if (const QString why = unusableError(path, sqlite3_extended_errcode(raw), st.error().message); !why.isEmpty())
            return Error {why};
        return Error {Tr::tr("Cannot switch %1 to WAL mode: %2").arg(path, st.error().message)};
    }
    if (auto st = connection->exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768;");
        !st)
        return st.error();
    const int deterministic = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_function_v2(raw, "greatest", -1, deterministic, nullptr, greatestFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(raw, "least", -1, deterministic, nullptr, leastFunction, nullptr, nullptr, nullptr);
    return connection;
}

SqliteConnection::SqliteConnection(sqlite3 *db)
    : m_db(db)
{
}

SqliteConnection::~SqliteConnection()
{
    sqlite3_close_v2(m_db);
}

std::unique_ptr<Cursor> SqliteConnection::prepare(const QByteArray &sql, QString *error)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray text = forSqlite(sql);
    if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(stmt);
        return nullptr;
    }
    return std::make_unique<SqliteCursor>(m_db, stmt);
}

Status SqliteConnection::exec(const QByteArray &sql)
{
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        const QString message = QString::fromUtf8(err ? err : sqlite3_errmsg(m_db));
        sqlite3_free(err);
        return Error {message};
    }
    return {};
}

Status SqliteConnection::begin(bool write)
{
    return exec(write ? "BEGIN IMMEDIATE" : "BEGIN");
}

Status SqliteConnection::commit()
{
    return exec("COMMIT");
}

void SqliteConnection::rollback()
{
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

int SqliteConnection::changes() const
{
    return sqlite3_changes(m_db);
}

QString SqliteConnection::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

int SqliteConnection::userVersion()
{
    sqlite3_stmt *st = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(m_db, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        version = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return version;
}

Status SqliteConnection::setUserVersion(int version)
{
    return exec("PRAGMA user_version = " + QByteArray::number(version));
}

} // namespace casedesk::store::detail
