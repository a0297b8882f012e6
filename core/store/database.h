#pragma once

#include "connection.h"

#include "core/common/expected.h"

#include <QString>

#include <memory>

namespace casedesk::store {

namespace detail {
struct StatementCache;
class Connection;
} // namespace detail

/// One connection to the CaseDesk database: the SQLite file of one PC (opened in WAL mode with
/// foreign keys on, migrated forward to the program's schema) or a province's PostgreSQL
/// database (postgresql://…, migrated only by `database init`). Either is refused untouched when
/// its schema is newer than the program. A connection belongs to one thread; each worker opens
/// its own.
class Database final
{
public:
    /// The schema version this program writes.
    static int schemaVersion();
    /// True when @p location is a PostgreSQL address rather than a file's path.
    static bool isServerAddress(const QString &location);
    /// Why @p url cannot be a server's address (not postgresql://, a password in it…); "" when fine.
    static QString addressProblem(const QString &url);

    /// Opens @p location: a file's path (created when missing, and migrated), or a PostgreSQL
    /// address, whose schema must be this program's (`database init` makes it so).
    static Expected<Database> open(const QString &location);
    /// Opens a PostgreSQL address with a password the user typed (the window asks for one when
    /// the server wants it and ~/.pgpass has none).
    static Expected<Database> openWithPassword(const QString &url, const QString &password);
    /// Opens and migrates only up to @p version; for tests of migrations.
    static Expected<Database> openAtVersion(const QString &location, int version);
    /// Creates or upgrades the schema of the PostgreSQL database at @p url (what `database init`
    /// does); the one way a server's schema changes.
    static Expected<Database> initialize(const QString &url, int version = -1);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    /// The file's path, or the server's address.
    QString path() const { return m_path; }
    Dialect dialect() const;
    bool isShared() const { return dialect() == Dialect::Postgres; }
    int userVersion() const;
    /// Rows changed by the last statement of this connection.
    int changes() const;

    /// Runs SQL without results (may hold several statements) in the engine's own spelling; for
    /// schema work only.
    Status exec(const char *sql);
    /// The last error of this connection, in words.
    QString lastError() const;
    /// False once the server of a shared database has gone away.
    bool isUsable() const;
    /// One step of connecting again to a server that went away, never blocking (call it from a
    /// timer): true once connected. The stores made on this Database keep working after it.
    bool reconnectStep();

    /// The SCRAM-SHA-256 verifier of @p password for the server's login role @p role, made on
    /// this side (the password never reaches the server); an error on a PC's file.
    Expected<QByteArray> scramVerifier(const QByteArray &password, const QString &role) const;

    /// A shared database notifies this connection of what other PCs commit on @p channel.
    Status listen(const QByteArray &channel);
    /// The socket to watch for those notifications; -1 for a PC's file.
    int notificationSocket() const;
    /// Reads the notifications the server sent; how many there were.
    int takeNotifications();

private:
    // The connection stays inside the store: statements, transactions and the history's log are
    // made from a Database, and nothing outside core/store speaks SQL to an engine.
    friend class Statement;
    friend class Transaction;
    friend class EventLog;
    detail::Connection &connection() const { return *m_connection; }

    Database(std::unique_ptr<detail::Connection> connection, QString path);
    static Expected<Database> openImpl(const QString &location, int targetVersion);
    static Expected<Database> openServer(const QString &url, const QString &password, bool migrate, int targetVersion);
    Status migrateTo(int targetVersion);
    Status setUserVersion(int version);
    /// Puts back the triggers that guard the case history when they are missing (dropped with
    /// sqlite3, say), and records that as an event of the history.
    Status restoreHistoryGuards();

    std::unique_ptr<detail::Connection> m_connection;
    QString m_path;
    std::shared_ptr<detail::StatementCache> m_statements; // prepared once per connection
};

} // namespace casedesk::store
