#pragma once

#include "core/common/expected.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace casedesk::store {

namespace detail {
struct StatementCache;
}

/// One connection to the CaseDesk SQLite file: opened in WAL mode with foreign keys on,
/// migrated forward to the program's schema, refused untouched when newer than the program.
/// A connection belongs to one thread; each worker opens its own.
class Database final
{
public:
    /// The schema version this program writes (PRAGMA user_version).
    static int schemaVersion();

    /// Opens (creating when missing) and migrates the database at @p path.
    static Expected<Database> open(const QString &path);
    /// Opens and migrates only up to @p version; for tests of migrations.
    static Expected<Database> openAtVersion(const QString &path, int version);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    QString path() const { return m_path; }
    int userVersion() const;
    /// The rowid of the last row this connection inserted.
    qint64 lastInsertRowId() const;
    /// Rows changed by the last statement of this connection.
    int changes() const;

    /// Runs SQL without results (may hold several statements); for schema work only.
    Status exec(const char *sql);
    /// The last SQLite error of this connection, in words.
    QString lastError() const;

private:
    // The raw connection stays inside the store: statements, transactions and the history's log
    // are made from a Database, and nothing outside core/store speaks SQLite.
    friend class Statement;
    friend class Transaction;
    friend class EventLog;
    sqlite3 *handle() const { return m_db; }

    Database(sqlite3 *db, QString path);
    static Expected<Database> openImpl(const QString &path, int targetVersion);
    Status migrateTo(int targetVersion);
    /// Puts back the triggers that guard the case history when they are missing (dropped with
    /// sqlite3, say), and records that as an event of the history.
    Status restoreHistoryGuards();

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::shared_ptr<detail::StatementCache> m_statements; // prepared once per connection
};

} // namespace casedesk::store
