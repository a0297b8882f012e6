#include "database.h"

#include "migrations.h"
#include "statement.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QFileInfo>

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
    sqlite3 *raw = nullptr;
    const QByteArray utf8 = path.toUtf8();
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(utf8.constData(), &raw, flags, nullptr) != SQLITE_OK) {
        const QString reason = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QStringLiteral("out of memory");
        sqlite3_close(raw);
        return Error {Tr::tr("Cannot open the database %1: %2").arg(path, reason)};
    }
    Database db(raw, path);
    sqlite3_busy_timeout(raw, 10000);
    sqlite3_extended_result_codes(raw, 1);

    const int version = readUserVersion(raw);
    if (version < 0) {
        return Error {Tr::tr("%1 is not a CaseDesk database (%2).").arg(path, db.lastError())};
    }
    if (version > schemaVersion()) {
        return Error {Tr::tr("The database %1 was written by a newer CaseDesk (schema %2; this program knows up to %3). "
                             "It was left untouched: install the newer CaseDesk to open it.")
                          .arg(path)
                          .arg(version)
                          .arg(schemaVersion())};
    }
    if (auto st = db.exec("PRAGMA journal_mode = WAL"); !st)
        return Error {Tr::tr("Cannot switch %1 to WAL mode: %2").arg(path, st.error().message)};
    if (auto st = db.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768;"); !st)
        return st.error();
    if (auto st = db.migrateTo(targetVersion); !st)
        return st.error();
    return db;
}

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
}

Database::Database(Database &&other) noexcept
    : m_db(other.m_db)
    , m_path(std::move(other.m_path))
{
    other.m_db = nullptr;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        other.m_db = nullptr;
    }
    return *this;
}

Database::~Database()
{
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
        if (auto st = exec(all[size_t(version)]); !st) {
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
