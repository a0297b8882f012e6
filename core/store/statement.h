#pragma once

#include "core/common/expected.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariant>

#include <memory>

namespace casedesk::store {

class Database;

namespace detail {
class Connection;
class Cursor;

/// A connection's prepared statements not in use, by SQL text: a Statement made from a Database
/// takes its statement from here and gives it back (reset) when it goes, so that each SQL text is
/// prepared once per connection however often a store runs it.
struct StatementCache
{
    StatementCache();
    ~StatementCache();
    QHash<QByteArray, Cursor *> idle;
    static constexpr int kMaxIdle = 256; // dynamic queries (a filter's shape) beyond this are not kept
};
} // namespace detail

/// A prepared statement that finalizes itself; values are always bound, never spliced.
class Statement final
{
public:
    /// Reuses the connection's prepared statement for @p sql when one is idle.
    Statement(Database &db, const char *sql);
    Statement(Database &db, const QByteArray &sql);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }
    QString prepareError() const { return m_prepareError; }

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *value) = delete;
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, const QByteArray &utf8);
    Statement &bindNull(int index);
    /// Binds a null QString as SQL NULL, otherwise as text.
    Statement &bindOptional(int index, const QString &value);
    /// Binds a negative or zero value as SQL NULL (for optional times in ms).
    Statement &bindOptionalMs(int index, qint64 value);

    /// Steps once: true when a row is ready, false when done or failed (see error()).
    bool next();
    /// Runs a statement that returns no rows; resets it for reuse afterwards.
    Status exec();
    /// Runs an INSERT … RETURNING id and gives the id; resets it for reuse afterwards.
    Expected<qint64> execReturningId();
    /// Resets for reuse with new bindings.
    void reset();

    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

    /// The error of the last step, or an empty string.
    QString error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }

private:
    /// Gives the statement back to its connection's cache, or finalizes it.
    void release();

    std::unique_ptr<detail::Cursor> m_stmt;
    std::weak_ptr<detail::StatementCache> m_cache; // where the statement goes back to, when it came from one
    QByteArray m_sql;
    QString m_prepareError;
    QString m_error;
};

/// Rolls back unless committed: every multi-statement write goes through one.
class Transaction final
{
public:
    /// @p immediate: a transaction that writes (on SQLite it takes the write lock at once).
    explicit Transaction(Database &db, bool immediate = true);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    bool isActive() const { return m_active; }
    QString beginError() const { return m_beginError; }
    Status commit();

private:
    detail::Connection *m_connection = nullptr;
    bool m_active = false;
    QString m_beginError;
};

} // namespace casedesk::store
