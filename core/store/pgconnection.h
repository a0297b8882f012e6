#pragma once

#include "connection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QStringList>

typedef struct pg_conn PGconn;

namespace casedesk::store::detail {

/// Turns the store's spelling of a statement into PostgreSQL's: ?N and ? placeholders become $N,
/// SQLite's index hints (INDEXED BY name) go, CROSS JOIN … ON becomes JOIN … ON, and SQLite's
/// names of a few functions become PostgreSQL's (ifnull, group_concat, char, json_each). String literals and quoted names are left as they are. @p
/// paramCount gets the number of parameters; @p jsonParams, those that json_each reads (their type is json).
QByteArray translateForPostgres(const QByteArray &sql, int *paramCount, QHash<int, unsigned> *jsonParams = nullptr);

/// A connection to a PostgreSQL server through libpq. The address is a URL
/// (postgresql://HOST:PORT/DB?sslmode=…) without a password: libpq finds that in PGPASSFILE or
/// ~/.pgpass, or it is given here (asked of the user by the window).
class PgConnection final : public Connection
{
public:
    /// A password typed by the user (@p password) is kept in memory for the process's other
    /// connections to @p url.
    static Expected<std::unique_ptr<PgConnection>> open(const QString &url, const QString &password = {});
    /// Says why @p url cannot be a database address (a password in it, not postgresql://), or "".
    static QString checkUrl(const QString &url);
    ~PgConnection() override;

    Dialect dialect() const override { return Dialect::Postgres; }
    std::unique_ptr<Cursor> prepare(const QByteArray &sql, QString *error) override;
    Status exec(const QByteArray &sql) override;
    Status begin(bool write) override;
    Status commit() override;
    void rollback() override;
    int changes() const override { return m_changes; }
    QString lastError() const override { return m_lastError; }
    bool isUsable() const override;
    Status listen(const QByteArray &channel) override;
    int notificationSocket() const override;
    int takeNotifications() override;
    bool reconnectStep() override;
    QByteArray scramVerifier(const QByteArray &password, const QByteArray &role) override;
    /// Counts the sessions: a statement prepared in an earlier one is prepared again.
    quint64 generation() const { return m_generation; }

    PGconn *handle() const { return m_conn; }
    void setChanges(int changes) { m_changes = changes; }
    void setLastError(const QString &error) { m_lastError = error; }
    /// A prepared statement's name that is no longer used: deallocated with the next round trip
    /// outside a transaction.
    void retire(const QByteArray &name);
    QByteArray nextStatementName();
    /// Says in words what went wrong with the server connection, after a failed call.
    QString connectionError() const;

private:
    PgConnection(PGconn *conn, QByteArray url, QByteArray password);
    void flushRetired();
    static PGconn *start(const QByteArray &url, const QByteArray &password, bool blocking);
    Status setUpSession();

    PGconn *m_conn = nullptr;
    PGconn *m_probe = nullptr; // a connection being made again, without blocking
    QByteArray m_url;
    QByteArray m_password;
    QList<QByteArray> m_channels;
    quint64 m_generation = 1;
    QElapsedTimer m_lastAttempt; // of connecting again
    int m_changes = 0;
    quint64 m_nextName = 0;
    QString m_lastError;
    QList<QByteArray> m_retired;
};

} // namespace casedesk::store::detail
