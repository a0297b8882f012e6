#include "pgconnection.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRegularExpression>
#include <QUrl>
#include <QVector>

#include <libpq-fe.h>

#include <cstdlib>

#include <poll.h>

namespace casedesk::store::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::Database)
};

constexpr unsigned kBoolOid = 16;
constexpr unsigned kByteaOid = 17;
constexpr unsigned kJsonOid = 114;
/// The advisory lock every write transaction of CaseDesk takes first (also database init's).
constexpr qint64 kWriterLock = 20261206;

bool isIdentStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isIdentChar(char c)
{
    return isIdentStart(c) || (c >= '0' && c <= '9');
}

/// SQLite's names of functions the store uses, and PostgreSQL's for the same thing.
QByteArray postgresFunction(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    if (lower == "ifnull")
        return "coalesce";
    if (lower == "group_concat")
        return "string_agg";
    if (lower == "char")
        return "chr";
    return name;
}

QString resultMessage(const PGresult *result)
{
    const char *primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
    if (primary && *primary)
        return QString::fromUtf8(primary);
    return QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
}

constexpr unsigned kInt8Oid = 20;
constexpr unsigned kFloat8Oid = 701;

/// A statement of the store on a server. It is prepared when it first runs, with the types of
/// what was bound (an integer is a bigint, a real a double; text is left for the server to infer
/// from where it stands), and prepared again should a parameter get a type it did not have.
class PgCursor final : public Cursor
{
public:
    PgCursor(PgConnection *connection, QByteArray sql, int paramCount, const QHash<int, unsigned> &declared)
        : m_connection(connection)
        , m_sql(std::move(sql))
        , m_values(paramCount)
        , m_types(paramCount, 0)
    {
        for (auto it = declared.constBegin(); it != declared.constEnd(); ++it) {
            if (it.key() >= 1 && it.key() <= paramCount)
                m_types[it.key() - 1] = it.value();
        }
    }
    ~PgCursor() override
    {
        PQclear(m_result);
        if (!m_name.isEmpty() && m_generation == m_connection->generation())
            m_connection->retire(m_name);
    }

    void bindText(int index, const QByteArray &utf8) override
    {
        // PostgreSQL's text cannot hold NUL: a NUL a citizen sent is kept as the symbol ␀
        // (U+2400) rather than cutting the text there.
        if (utf8.contains('\0')) {
            QByteArray kept = utf8;
            kept.replace(QByteArray(1, '\0'), QByteArray("\xE2\x90\x80"));
            set(index, kept, 0);
            return;
        }
        set(index, utf8.isNull() ? QByteArray("") : utf8, 0);
    }
    void bindInt(int index, qint64 value) override { set(index, QByteArray::number(value), kInt8Oid); }
    void bindReal(int index, double value) override { set(index, QByteArray::number(value, 'g', 17), kFloat8Oid); }
    void bindNull(int index) override { set(index, QByteArray(), 0); }

    int step() override
    {
        if (!m_result && !m_failed) {
            if (!prepared() && !prepare())
                return fail(m_error);
            QVector<const char *> values(m_values.size());
            for (int i = 0; i < m_values.size(); ++i)
                values[i] = m_values.at(i).isNull() ? nullptr : m_values.at(i).constData();
            m_result = PQexecPrepared(m_connection->handle(), m_name.constData(), int(values.size()), values.constData(), nullptr, nullptr, 0);
            const ExecStatusType status = PQresultStatus(m_result);
            if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
                const QString why
                    = PQstatus(m_connection->handle()) == CONNECTION_BAD || !m_result ? m_connection->connectionError() : resultMessage(m_result);
                PQclear(m_result);
                m_result = nullptr;
                return fail(why);
            }
            m_connection->setChanges(std::atoi(PQcmdTuples(m_result)));
            m_rows = PQntuples(m_result);
            m_row = -1;
        }
        if (m_failed)
            return -1;
        ++m_row;
        return m_row < m_rows ? 1 : 0;
    }

    void reset(bool clearBindings) override
    {
        PQclear(m_result);
        m_result = nullptr;
        m_failed = false;
        m_row = -1;
        m_rows = 0;
        if (clearBindings)
            m_values.fill(QByteArray());
    }

    QByteArray bytes(int column) const override
    {
        if (!hasValue(column))
            return {};
        const char *data = PQgetvalue(m_result, m_row, column);
        if (PQftype(m_result, column) == kByteaOid) {
            size_t length = 0;
            unsigned char *raw = PQunescapeBytea(reinterpret_cast<const unsigned char *>(data), &length);
            QByteArray out(reinterpret_cast<const char *>(raw), qsizetype(length));
            PQfreemem(raw);
            return out;
        }
        if (PQftype(m_result, column) == kBoolOid)
            return QByteArray(*data == 't' ? "1" : "0");
        return QByteArray(data, PQgetlength(m_result, m_row, column));
    }

    qint64 int64(int column) const override
    {
        if (!hasValue(column))
            return 0;
        const char *data = PQgetvalue(m_result, m_row, column);
        if (PQftype(m_result, column) == kBoolOid)
            return *data == 't' ? 1 : 0;
        char *end = nullptr;
        const long long value = std::strtoll(data, &end, 10);
        if (end && (*end == '.' || *end == 'e' || *end == 'E'))
            return qint64(std::strtod(data, nullptr)); // a numeric or a double where SQLite gave an integer
        return value;
    }

    double real(int column) const override
    {
        if (!hasValue(column))
            return 0.0;
        const char *data = PQgetvalue(m_result, m_row, column);
        if (PQftype(m_result, column) == kBoolOid)
            return *data == 't' ? 1.0 : 0.0;
        return std::strtod(data, nullptr);
    }

    bool isNull(int column) const override { return !hasValue(column); }
    QString error() const override { return m_error; }

private:
    void set(int index, QByteArray value, Oid type)
    {
        if (index < 1 || index > m_values.size())
            return;
        m_values[index - 1] = std::move(value);
        if (type != 0 && m_types[index - 1] != kJsonOid)
            m_types[index - 1] = type; // kept when the parameter is NULL or text next time
    }
    bool prepared() const { return !m_name.isEmpty() && m_types == m_preparedTypes && m_generation == m_connection->generation(); }
    bool prepare()
    {
        if (!m_name.isEmpty() && m_generation == m_connection->generation())
            m_connection->retire(m_name);
        m_generation = m_connection->generation();
        m_name = m_connection->nextStatementName();
        PGresult *result = PQprepare(m_connection->handle(), m_name.constData(), m_sql.constData(), int(m_types.size()), m_types.constData());
        const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
        if (!ok) {
            m_error = PQstatus(m_connection->handle()) == CONNECTION_BAD || !result ? m_connection->connectionError() : resultMessage(result);
            qCWarning(lcStore) << "cannot prepare" << m_sql << ":" << m_error;
            m_name.clear();
        }
        PQclear(result);
        m_preparedTypes = m_types;
        return ok;
    }
    int fail(const QString &why)
    {
        m_error = why;
        m_connection->setLastError(why);
        m_failed = true;
        return -1;
    }
    bool hasValue(int column) const
    {
        return m_result && m_row >= 0 && m_row < m_rows && column >= 0 && column < PQnfields(m_result) && !PQgetisnull(m_result, m_row, column);
    }

    PgConnection *m_connection;
    QByteArray m_sql; // PostgreSQL's spelling
    QByteArray m_name; // of the prepared statement; empty until prepared
    QVector<QByteArray> m_values; // null: SQL NULL
    QVector<Oid> m_types; // 0: for the server to infer
    QVector<Oid> m_preparedTypes;
    quint64 m_generation = 0; // the connection's session it was prepared in
    PGresult *m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    bool m_failed = false;
    QString m_error;
};

} // namespace

QByteArray translateForPostgres(const QByteArray &sql, int *paramCount, QHash<int, unsigned> *jsonParams)
{
    QByteArray out;
    out.reserve(sql.size() + 16);
    int highest = 0;
    int sequential = 0;
    int depth = 0;
    QVector<int> castsToClose; // depths at which a json_each( … ) call ends
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n;) {
        const char c = sql.at(i);
        if (c == '\'' || c == '"') { // a literal or a quoted name, copied whole ('' and "" inside)
            qsizetype j = i + 1;
            while (j < n) {
                if (sql.at(j) == c) {
                    if (j + 1 < n && sql.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            out.append(sql.mid(i, j - i + 1));
            i = j + 1;
            continue;
        }
        if (c == '?') {
            qsizetype j = i + 1;
            while (j < n && sql.at(j) >= '0' && sql.at(j) <= '9')
                ++j;
            int number = 0;
            if (j > i + 1)
                number = sql.mid(i + 1, j - i - 1).toInt();
            else
                number = ++sequential;
            highest = std::max(highest, number);
            out.append('$').append(QByteArray::number(number));
            i = j;
            continue;
        }
        if (isIdentStart(c) && (i == 0 || !isIdentChar(sql.at(i - 1)))) {
            qsizetype j = i + 1;
            while (j < n && isIdentChar(sql.at(j)))
                ++j;
            const QByteArray word = sql.mid(i, j - i);
            if (word.compare("INDEXED", Qt::CaseInsensitive) == 0) { // SQLite's index hint: PostgreSQL plans alone
                static const QRegularExpression hint(QStringLiteral("^INDEXED\\s+BY\\s+[A-Za-z_][A-Za-z0-9_]*\\s*"),
                                                     QRegularExpression::CaseInsensitiveOption);
                const QString rest = QString::fromLatin1(sql.mid(i, 200));
                if (const auto m = hint.match(rest); m.hasMatch()) {
                    i += m.capturedLength();
                    continue;
                }
            }
            qsizetype k = j;
            while (k < n && sql.at(k) == ' ')
                ++k;
            // SQLite's CROSS JOIN … ON is an inner join whose order the planner keeps.
            if (word.compare("CROSS", Qt::CaseInsensitive) == 0 && sql.mid(k, 4).compare("JOIN", Qt::CaseInsensitive) == 0) {
                i = k;
                continue;
            }
            if (k < n && sql.at(k) == '(' && word.compare("json_each", Qt::CaseInsensitive) == 0) {
                // SQLite's json_each over a JSON array of values (a parameter): the array's
                // elements as text, in a column named value, as SQLite gives them.
                out.append("json_array_elements_text(CAST(");
                if (jsonParams && k + 1 < n && sql.at(k + 1) == '?') { // json_each(?N): parameter N is JSON, NULL or not
                    qsizetype d = k + 2;
                    while (d < n && sql.at(d) >= '0' && sql.at(d) <= '9')
                        ++d;
                    if (d > k + 2)
                        jsonParams->insert(sql.mid(k + 2, d - k - 2).toInt(), kJsonOid);
                }
                ++depth;
                castsToClose.push_back(depth);
                i = k + 1;
                continue;
            }
            out.append(k < n && sql.at(k) == '(' ? postgresFunction(word) : word);
            i = j;
            continue;
        }
        if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (!castsToClose.isEmpty() && castsToClose.constLast() == depth) {
                castsToClose.removeLast();
                out.append(" AS json)");
            }
            --depth;
        }
        out.append(c);
        ++i;
    }
    if (paramCount)
        *paramCount = highest;
    return out;
}

QString PgConnection::checkUrl(const QString &url)
{
    if (!url.startsWith(QLatin1String("postgresql://")) && !url.startsWith(QLatin1String("postgres://")))
        return Tr::tr("The database address %1 is not a PostgreSQL address: write it as postgresql://HOST:PORT/DATABASE.").arg(url);
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(url.toUtf8().constData(), &error);
    if (!options) {
        const QString why = error ? QString::fromUtf8(error).trimmed() : QString();
        PQfreemem(error);
        return Tr::tr("The database address cannot be read: %1").arg(why);
    }
    bool password = false;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (qstrcmp(o->keyword, "password") == 0 && o->val && *o->val)
            password = true;
    }
    PQconninfoFree(options);
    if (password)
        return Tr::tr("The database address must not carry a password: it would be shown and kept in plain text. "
                      "Put the password in the file ~/.pgpass (or the file PGPASSFILE names), or let the window ask for it.");
    return {};
}

PGconn *PgConnection::start(const QByteArray &url, const QByteArray &password, bool blocking)
{
    // A server that stops answering is noticed in seconds, not at TCP's minutes: keepalives on
    // an idle connection, and tcp_user_timeout on data the server never acknowledged.
    QVector<const char *> keys {"dbname",           "application_name", "connect_timeout", "keepalives_idle", "keepalives_interval",
                                "keepalives_count", "tcp_user_timeout"};
    QVector<const char *> values {url.constData(), "casedesk", "5", "10", "3", "3", "8000"};
    if (!password.isEmpty()) {
        keys << "password";
        values << password.constData();
    }
    keys << nullptr;
    values << nullptr;
    return blocking ? PQconnectdbParams(keys.constData(), values.constData(), 1) : PQconnectStartParams(keys.constData(), values.constData(), 1);
}

namespace {
/// Passwords the user typed in this process, by address: the process's other connections (its
/// sync threads, the token bookkeeping) use them too. Kept in memory only, never written.
QHash<QString, QString> &typedPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}
QMutex &typedPasswordsLock()
{
    static QMutex lock;
    return lock;
}
} // namespace

Expected<std::unique_ptr<PgConnection>> PgConnection::open(const QString &url, const QString &typed)
{
    if (const QString why = checkUrl(url); !why.isEmpty())
        return Error {why};
    QString password = typed;
    {
        QMutexLocker locker(&typedPasswordsLock());
        if (password.isEmpty())
            password = typedPasswords().value(url);
    }
    PGconn *conn = start(url.toUtf8(), password.toUtf8(), true);
    if (!conn)
        return Error {Tr::tr("Cannot reach the database server: out of memory.")};
    std::unique_ptr<PgConnection> connection(new PgConnection(conn, url.toUtf8(), password.toUtf8()));
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        const QString where = QUrl(url).adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString();
        if (PQconnectionNeedsPassword(conn))
            return Error {Tr::tr("The database server %1 asks for a password that CaseDesk was not given (%2). "
                                 "Put it in ~/.pgpass (or the file PGPASSFILE names), or enter it in the window.")
                              .arg(where, why)};
        return Error {Tr::tr("Cannot connect to the database server %1: %2").arg(where, why)};
    }
    if (auto r = connection->setUpSession(); !r)
        return r.error();
    if (!typed.isEmpty()) {
        QMutexLocker locker(&typedPasswordsLock());
        typedPasswords().insert(url, typed);
    }
    return connection;
}

Status PgConnection::setUpSession()
{
    // Times and text are the program's: UTC, UTF-8; the store never relies on the server's.
    // No JIT: CaseDesk's statements are short, and compiling one costs more than running it.
    return exec("SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'; SET client_min_messages = warning; SET jit = off");
}

PgConnection::PgConnection(PGconn *conn, QByteArray url, QByteArray password)
    : m_conn(conn)
    , m_url(std::move(url))
    , m_password(std::move(password))
{
}

PgConnection::~PgConnection()
{
    PQfinish(m_probe);
    PQfinish(m_conn);
}

Status PgConnection::listen(const QByteArray &channel)
{
    if (!m_channels.contains(channel))
        m_channels << channel;
    return exec("LISTEN " + channel);
}

int PgConnection::notificationSocket() const
{
    return PQstatus(m_conn) == CONNECTION_OK ? PQsocket(m_conn) : -1;
}

int PgConnection::takeNotifications()
{
    if (PQconsumeInput(m_conn) == 0)
        return 0; // the connection failed: isUsable() says so
    int count = 0;
    while (PGnotify *n = PQnotifies(m_conn)) {
        ++count;
        PQfreemem(n);
    }
    return count;
}

bool PgConnection::reconnectStep()
{
    if (isUsable())
        return true;
    if (!m_probe) {
        // A fresh attempt a second at most, however often the steps come.
        if (m_lastAttempt.isValid() && m_lastAttempt.elapsed() < 1000)
            return false;
        m_lastAttempt.start();
        m_probe = start(m_url, m_password, false);
        if (!m_probe)
            return false;
    }
    if (PQstatus(m_probe) == CONNECTION_BAD) {
        PQfinish(m_probe);
        m_probe = nullptr;
        return false;
    }
    // Polled from a timer: the socket is looked at, never waited for.
    const int fd = PQsocket(m_probe);
    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    for (int round = 0; round < 16; ++round) {
        pollfd p {fd, short(state == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        if (::poll(&p, 1, 0) <= 0)
            return false; // not yet: the next step looks again
        state = PQconnectPoll(m_probe);
        if (state == PGRES_POLLING_OK || state == PGRES_POLLING_FAILED)
            break;
    }
    if (state == PGRES_POLLING_FAILED) {
        PQfinish(m_probe);
        m_probe = nullptr;
        return false;
    }
    if (state != PGRES_POLLING_OK)
        return false;
    PQfinish(m_conn);
    m_conn = m_probe;
    m_probe = nullptr;
    ++m_generation;
    m_retired.clear(); // they went with the old session
    if (!setUpSession())
        return false;
    for (const QByteArray &channel : std::as_const(m_channels))
        PQclear(PQexec(m_conn, QByteArray("LISTEN " + channel).constData()));
    qCInfo(lcStore) << "connected to the database server again";
    return isUsable();
}

bool PgConnection::isUsable() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

QString PgConnection::connectionError() const
{
    const QString why = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    if (PQstatus(m_conn) == CONNECTION_BAD)
        return Tr::tr("The connection to the database server was lost: %1").arg(why);
    return why;
}

void PgConnection::retire(const QByteArray &name)
{
    m_retired << name;
    if (m_retired.size() >= 64)
        flushRetired();
}

void PgConnection::flushRetired()
{
    if (m_retired.isEmpty() || PQtransactionStatus(m_conn) != PQTRANS_IDLE)
        return;
    QByteArray sql;
    for (const QByteArray &name : std::as_const(m_retired))
        sql += "DEALLOCATE " + name + ";";
    m_retired.clear();
    PQclear(PQexec(m_conn, sql.constData()));
}

std::unique_ptr<Cursor> PgConnection::prepare(const QByteArray &sql, QString *error)
{
    Q_UNUSED(error) // prepared at its first run, when the parameters' types are known
    int params = 0;
    QHash<int, unsigned> jsonParams;
    QByteArray text = translateForPostgres(sql, &params, &jsonParams);
    return std::make_unique<PgCursor>(this, std::move(text), params, jsonParams);
}

QByteArray PgConnection::nextStatementName()
{
    return "cd" + QByteArray::number(++m_nextName);
}

Status PgConnection::exec(const QByteArray &sql)
{
    PGresult *result = PQexec(m_conn, sql.constData());
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        m_lastError = PQstatus(m_conn) == CONNECTION_BAD ? connectionError() : resultMessage(result);
        PQclear(result);
        return Error {m_lastError};
    }
    m_changes = std::atoi(PQcmdTuples(result));
    PQclear(result);
    return {};
}

Status PgConnection::begin(bool write)
{
    flushRetired();
    if (!write) // a reader's transaction sees one moment, as SQLite's does
        return exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // Writers queue at one lock first, as SQLite's BEGIN IMMEDIATE does: every write ends in the
    // one hash chain of the history (whose head row they would otherwise take in any order after
    // their cases' rows, and deadlock), and the change feed's sequence then commits in order.
    // Each action still locks its case row (SELECT … FOR UPDATE) against writes made outside
    // a transaction.
    if (auto r = exec("BEGIN"); !r)
        return r;
    if (auto r = exec("SELECT pg_advisory_xact_lock(" + QByteArray::number(kWriterLock) + ")"); !r) {
        rollback();
        return r;
    }
    return {};
}

Status PgConnection::commit()
{
    return exec("COMMIT");
}

void PgConnection::rollback()
{
    PQclear(PQexec(m_conn, "ROLLBACK"));
}

QByteArray PgConnection::scramVerifier(const QByteArray &password, const QByteArray &role)
{
    char *verifier = PQencryptPasswordConn(m_conn, password.constData(), role.constData(), "scram-sha-256");
    if (!verifier)
        return {};
    QByteArray out(verifier);
    PQfreemem(verifier);
    return out;
}

} // namespace casedesk::store::detail
