#include "statement.h"

#include "database.h"

#include "core/common/logging.h"

#include <sqlite3.h>

namespace casedesk::store {

namespace detail {

StatementCache::~StatementCache()
{
    for (sqlite3_stmt *st : std::as_const(idle))
        sqlite3_finalize(st);
}

} // namespace detail

Statement::Statement(Database &db, const char *sql)
    : m_db(db.handle())
    , m_cache(db.m_statements)
    , m_sql(sql)
{
    if (auto it = db.m_statements->idle.find(m_sql); it != db.m_statements->idle.end()) {
        m_stmt = it.value();
        db.m_statements->idle.erase(it);
        return;
    }
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_db));
        qCCritical(lcStore) << "cannot prepare" << sql << ":" << m_prepareError;
        m_stmt = nullptr;
    }
}

void Statement::release()
{
    if (!m_stmt)
        return;
    const std::shared_ptr<detail::StatementCache> cache = m_cache.lock();
    if (cache && cache->idle.size() < detail::StatementCache::kMaxIdle && !cache->idle.contains(m_sql)) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        cache->idle.insert(m_sql, m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
    m_stmt = nullptr;
}

Statement::Statement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(db));
        qCCritical(lcStore) << "cannot prepare" << sql << ":" << m_prepareError;
        m_stmt = nullptr;
    }
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_cache(std::move(other.m_cache))
    , m_sql(std::move(other.m_sql))
    , m_prepareError(std::move(other.m_prepareError))
    , m_error(std::move(other.m_error))
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_cache = std::move(other.m_cache);
        m_sql = std::move(other.m_sql);
        m_prepareError = std::move(other.m_prepareError);
        m_error = std::move(other.m_error);
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &utf8)
{
    if (utf8.isNull())
        return bindNull(index);
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindOptional(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

Statement &Statement::bindOptionalMs(int index, qint64 value)
{
    return value > 0 ? bind(index, value) : bindNull(index);
}

bool Statement::next()
{
    if (!m_stmt) {
        m_error = m_prepareError;
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_error.clear();
        return true;
    }
    if (rc == SQLITE_DONE) {
        m_error.clear();
        return false;
    }
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    qCWarning(lcStore) << "step failed:" << m_error;
    return false;
}

Status Statement::exec()
{
    while (next()) { }
    const QString err = m_error;
    reset();
    if (!err.isEmpty())
        return Error {err};
    return {};
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    if (!data)
        return {};
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Transaction::Transaction(Database &db, bool immediate)
    : Transaction(db.handle(), immediate)
{
}

Transaction::Transaction(sqlite3 *db, bool immediate)
    : m_db(db)
{
    char *err = nullptr;
    if (sqlite3_exec(db, immediate ? "BEGIN IMMEDIATE" : "BEGIN", nullptr, nullptr, &err) == SQLITE_OK) {
        m_active = true;
    } else {
        m_beginError = QString::fromUtf8(err ? err : sqlite3_errmsg(db));
        sqlite3_free(err);
    }
}

Transaction::~Transaction()
{
    if (m_active)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

Status Transaction::commit()
{
    if (!m_active)
        return Error {m_beginError.isEmpty() ? QStringLiteral("no transaction") : m_beginError};
    char *err = nullptr;
    if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, &err) != SQLITE_OK) {
        const QString message = QString::fromUtf8(err ? err : sqlite3_errmsg(m_db));
        sqlite3_free(err);
        return Error {message};
    }
    m_active = false;
    return {};
}

} // namespace casedesk::store
