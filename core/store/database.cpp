#include "database.h"

#include "eventlog.h"
#include "migrations.h"
#include "statement.h"

#include "core/common/logging.h"
#include "core/common/privatefiles.h"
#include "core/domain/caseevent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>

#include <sqlite3.h>

namespace casedesk::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::Database)
};

int readUserVersion(sqlite3 *db)
{
    Statement st(db, "PRAGMA user_version");
    return st.next() ? int(st.int64(0)) : -1;
}

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

} // namespace

int Database::schemaVersion()
{
    return int(migrations().size());
}

Expected<Database> Database::open(const QString &path)
{
    return openImpl(path, schemaVersion());
}

Expected<Database> Database::openAtVersion(const QString &path, int version)
{
    return openImpl(path, version);
}

Expected<Database> Database::openImpl(const QString &path, int targetVersion)
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
    Database db(raw, path);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    sqlite3_extended_result_codes(raw, 1);
    if (sqlite3_db_readonly(raw, "main") == 1)
        return Error {readOnlyFileError(path)};

    int version = -1;
    if (const int rc = probeVersion(raw, &version); rc != SQLITE_OK) {
        if (const QString why = unusableError(path, rc, db.lastError()); !why.isEmpty())
            return Error {why};
        return Error {Tr::tr("%1 is not a CaseDesk database (%2).").arg(path, db.lastError())};
    }
    if (version > schemaVersion()) {
        return Error {Tr::tr("The database %1 was written by a newer CaseDesk (schema %2; this program knows up to %3). "
                             "It was left untouched: install the newer CaseDesk to open it.")
                          .arg(path)
                          .arg(version)
                          .arg(schemaVersion())};
    }
    if (auto st = db.exec("PRAGMA journal_mode = WAL"); !st) {
        if (const QString why = unusableError(path, sqlite3_extended_errcode(raw), st.error().message); !why.isEmpty())
            return Error {why};
        return Error {Tr::tr("Cannot switch %1 to WAL mode: %2").arg(path, st.error().message)};
    }
    if (auto st = db.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768;"); !st)
        return st.error();
    if (auto st = db.migrateTo(targetVersion); !st)
        return st.error();
    if (auto st = db.restoreHistoryGuards(); !st)
        return st.error();
    return db;
}

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
    , m_statements(std::make_shared<detail::StatementCache>())
{
}

Database::Database(Database &&other) noexcept
    : m_db(other.m_db)
    , m_path(std::move(other.m_path))
    , m_statements(std::move(other.m_statements))
{
    other.m_db = nullptr;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        m_statements.reset(); // finalized before their connection closes
        sqlite3_close_v2(m_db);
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        m_statements = std::move(other.m_statements);
        other.m_db = nullptr;
    }
    return *this;
}

Database::~Database()
{
    m_statements.reset(); // finalized before their connection closes
    if (m_db)
        sqlite3_close_v2(m_db);
}

int Database::userVersion() const
{
    return readUserVersion(m_db);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Status Database::exec(const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const QString message = QString::fromUtf8(err ? err : sqlite3_errmsg(m_db));
        sqlite3_free(err);
        return Error {message};
    }
    return {};
}

QString Database::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Status Database::migrateTo(int targetVersion)
{
    const auto &all = migrations();
    int version = userVersion();
    while (version < targetVersion) {
        Transaction tx(m_db);
        if (!tx.isActive())
            return Error {Tr::tr("Cannot start the upgrade of %1: %2").arg(m_path, tx.beginError())};
        // Another process may have migrated while we waited for the write lock.
        version = userVersion();
        if (version >= targetVersion)
            break;
        const Migration &step = all[size_t(version)];
        if (auto st = step.sql ? exec(step.sql) : step.run(m_db); !st) {
            return Error {Tr::tr("Upgrading %1 to schema %2 failed: %3. The database was left as it was.")
                              .arg(m_path)
                              .arg(version + 1)
                              .arg(st.error().message)};
        }
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(version + 1);
        if (auto st = exec(pragma.constData()); !st)
            return st.error();
        if (auto st = tx.commit(); !st)
            return st.error();
        qCInfo(lcStore) << "migrated" << m_path << "to schema" << version + 1;
        ++version;
    }
    return {};
}

} // namespace casedesk::store

namespace casedesk::store {

Status Database::restoreHistoryGuards()
{
    if (userVersion() < 4)
        return {};
    const auto missingGuards = [this]() {
        QStringList missing;
        Statement st(m_db, "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?1");
        for (const auto &[name, sql] : EventLog::guardTriggers()) {
            st.bind(1, name);
            if (!st.next())
                missing << name;
            st.reset();
        }
        return missing;
    };
    if (missingGuards().isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {Tr::tr("Cannot restore the protections of the case history in %1: %2").arg(m_path, tx.beginError())};
    const QStringList missing = missingGuards(); // another process may have restored them meanwhile
    if (missing.isEmpty())
        return {};
    QJsonObject detail {{QStringLiteral("triggers"), QJsonArray::fromStringList(missing)}};
    // Without its head the chain cannot go on: put one back at the last event, and say so.
    {
        Statement head(m_db, "SELECT 1 FROM audit_chain WHERE id = 1");
        if (!head.next()) {
            Statement put(m_db,
                          "INSERT INTO audit_chain (id, event_count, last_event, head) SELECT 1, count(*), ifnull(max(id), 0), "
                          "ifnull((SELECT hash FROM case_events ORDER BY id DESC LIMIT 1), ?1) FROM case_events");
            put.bind(1, EventLog::genesisHash());
            if (auto r = put.exec(); !r)
                return r.error();
            detail.insert(QStringLiteral("head_restored"), true);
        }
    }
    for (const auto &[name, sql] : EventLog::guardTriggers()) {
        if (!missing.contains(name))
            continue;
        if (auto r = exec(sql.constData()); !r)
            return Error {Tr::tr("Cannot restore the protections of the case history in %1: %2").arg(m_path, r.error().message)};
    }
    EventLog log(m_db);
    if (auto r = log.append(0, QDateTime::currentMSecsSinceEpoch(), QString::fromLatin1(domain::events::kSystemOfficer),
                            QString::fromLatin1(domain::events::kHistoryGuardRestored), detail);
        !r)
        return Error {Tr::tr("Cannot record the restored protections of the case history in %1: %2").arg(m_path, r.error().message)};
    if (auto r = tx.commit(); !r)
        return r;
    qCWarning(lcStore).noquote() << "the protections of the case history were missing in" << m_path
                                 << "and were put back:" << missing.join(QStringLiteral(", "));
    return {};
}

} // namespace casedesk::store
