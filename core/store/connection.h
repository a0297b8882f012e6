#pragma once

#include "core/common/expected.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace casedesk::store {

/// The SQL engine behind a Database. The store writes its SQL once, in SQLite's spelling with
/// numbered placeholders (?1, ?2, or ? in built queries); the PostgreSQL connection translates
/// the few differences when it prepares a statement (placeholders to $n, ifnull, group_concat,
/// char, json_each), and SQLite gets the functions PostgreSQL has (greatest, least). What
/// differs beyond that — full-text search, upserts of settings, schema lookups — asks
/// Database::dialect() and is written out for each engine next to the other.
enum class Dialect {
    Sqlite,
    Postgres,
};

namespace detail {

/// One prepared statement of a connection.
class Cursor
{
public:
    virtual ~Cursor() = default;
    virtual void bindText(int index, const QByteArray &utf8) = 0;
    virtual void bindInt(int index, qint64 value) = 0;
    virtual void bindReal(int index, double value) = 0;
    virtual void bindNull(int index) = 0;
    /// Runs (the first time after binding) or moves to the next row: 1 a row is ready, 0 done,
    /// -1 failed (error()).
    virtual int step() = 0;
    /// Back to before the first step; with @p clearBindings, every parameter NULL again.
    virtual void reset(bool clearBindings) = 0;
    virtual QByteArray bytes(int column) const = 0;
    virtual qint64 int64(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual bool isNull(int column) const = 0;
    virtual QString error() const = 0;
};

/// One connection to a database: SQLite's file or a PostgreSQL server.
class Connection
{
public:
    virtual ~Connection() = default;
    virtual Dialect dialect() const = 0;
    /// Prepares @p sql (the store's spelling); nullptr and @p error when it cannot.
    virtual std::unique_ptr<Cursor> prepare(const QByteArray &sql, QString *error) = 0;
    /// Runs SQL without results (may hold several statements), in the engine's own spelling.
    virtual Status exec(const QByteArray &sql) = 0;
    /// Starts a transaction; @p write: one that will write (SQLite takes the write lock at once).
    virtual Status begin(bool write) = 0;
    virtual Status commit() = 0;
    virtual void rollback() = 0;
    /// Rows changed by the last statement run on this connection.
    virtual int changes() const = 0;
    virtual QString lastError() const = 0;
    /// True while the connection can be used; false once a server has gone away.
    virtual bool isUsable() const { return true; }
    /// Asks the server to notify this connection on @p channel (a server only).
    virtual Status listen(const QByteArray &channel)
    {
        Q_UNUSED(channel)
        return {};
    }
    /// The socket to watch for notifications; -1 when there is none.
    virtual int notificationSocket() const { return -1; }
    /// Reads what the server sent; the number of notifications received.
    virtual int takeNotifications() { return 0; }
    /// One step of connecting again to a server that went away, never blocking: true once
    /// connected (its listening restored). A statement prepared before is prepared again.
    virtual bool reconnectStep() { return true; }
    /// The SCRAM-SHA-256 verifier of @p password for a server's login role (computed here, so
    /// that the password itself never reaches the server); empty where there is no server.
    virtual QByteArray scramVerifier(const QByteArray &password, const QByteArray &role)
    {
        Q_UNUSED(password)
        Q_UNUSED(role)
        return {};
    }
};

} // namespace detail

} // namespace casedesk::store
