#include "statement.h"

#include "connection.h"
#include "database.h"

#include "core/common/logging.h"

namespace casedesk::store {

namespace detail {

StatementCache::StatementCache() = default;

StatementCache::~StatementCache()
{
    qDeleteAll(idle);
}

} // namespace detail

Statement::Statement(Database &db, const char *sql)
    : Statement(db, QByteArray(sql))
{
}

Statement::Statement(Database &db, const QByteArray &sql)
    : m_cache(db.m_statements)
    , m_sql(sql)
{
    if (auto it = db.m_statements->idle.find(m_sql); it != db.m_statements->idle.end()) {
        m_stmt.reset(it.value());
        db.m_statements->idle.erase(it);
        return;
    }
    m_stmt = db.connection().prepare(m_sql, &m_prepareError);
    if (!m_stmt)
        qCCritical(lcStore) << "cannot prepare" << m_sql << ":" << m_prepareError;
}

void Statement::release()
{
    if (!m_stmt)
        return;
    const std::shared_ptr<detail::StatementCache> cache = m_cache.lock();
    if (cache && cache->idle.size() < detail::StatementCache::kMaxIdle && !cache->idle.contains(m_sql)) {
        m_stmt->reset(true);
        cache->idle.insert(m_sql, m_stmt.release());
    }
    m_stmt.reset();
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::move(other.m_stmt))
    , m_cache(std::move(other.m_cache))
    , m_sql(std::move(other.m_sql))
    , m_prepareError(std::move(other.m_prepareError))
    , m_error(std::move(other.m_error))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_stmt = std::move(other.m_stmt);
        m_cache = std::move(other.m_cache);
        m_sql = std::move(other.m_sql);
        m_prepareError = std::move(other.m_prepareError);
        m_error = std::move(other.m_error);
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
    if (m_stmt)
        m_stmt->bindText(index, value.toUtf8());
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        m_stmt->bindInt(index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt)
        m_stmt->bindReal(index, value);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &utf8)
{
    if (utf8.isNull())
        return bindNull(index);
    if (m_stmt)
        m_stmt->bindText(index, utf8);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        m_stmt->bindNull(index);
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
    const int rc = m_stmt->step();
    if (rc > 0) {
        m_error.clear();
        return true;
    }
    if (rc == 0) {
        m_error.clear();
        return false;
    }
    m_error = m_stmt->error();
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

Expected<qint64> Statement::execReturningId()
{
    const bool row = next();
    const qint64 id = row ? int64(0) : 0;
    if (auto r = exec(); !r)
        return r.error();
    if (!row)
        return Error {QStringLiteral("the insert gave back no row")};
    return id;
}

void Statement::reset()
{
    if (m_stmt)
        m_stmt->reset(true);
}

QString Statement::text(int column) const
{
    if (!m_stmt)
        return {};
    const QByteArray data = m_stmt->bytes(column);
    if (data.isNull())
        return {};
    return QString::fromUtf8(data);
}

QByteArray Statement::blob(int column) const
{
    return m_stmt ? m_stmt->bytes(column) : QByteArray();
}

qint64 Statement::int64(int column) const
{
    return m_stmt ? m_stmt->int64(column) : 0;
}

double Statement::real(int column) const
{
    return m_stmt ? m_stmt->real(column) : 0.0;
}

bool Statement::isNull(int column) const
{
    return !m_stmt || m_stmt->isNull(column);
}

Transaction::Transaction(Database &db, bool immediate)
    : m_connection(&db.connection())
{
    if (auto r = m_connection->begin(immediate); r)
        m_active = true;
    else
        m_beginError = r.error().message;
}

Transaction::~Transaction()
{
    if (m_active)
        m_connection->rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error {m_beginError.isEmpty() ? QStringLiteral("no transaction") : m_beginError};
    if (auto r = m_connection->commit(); !r)
        return r;
    m_active = false;
    return {};
}

} // namespace casedesk::store
