#include "database.h"

#include "eventlog.h"
#include "migrations.h"
#include "statement.h"

#include "core/common/logging.h"
#include "core/domain/caseevent.h"

#include "pgconnection.h"
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

namespace casedesk::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::Database)
};

/// Where a shared database keeps its schema's version (SQLite keeps it in user_version).
const char *const kPgSchemaTable = "CREATE TABLE IF NOT EXISTS casedesk_schema (id integer PRIMARY KEY CHECK (id = 1), version integer NOT NULL)";

/// The server's address without what a log or a message must not show.
QString shownAddress(const QString &url)
{
    return QUrl(url).adjusted(QUrl::RemovePassword).toString();
}

} // namespace

int Database::schemaVersion()
{
    return int(migrations().size());
}

bool Database::isServerAddress(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString Database::addressProblem(const QString &url)
{
    return detail::PgConnection::checkUrl(url);
}

Expected<Database> Database::open(const QString &location)
{
    return openImpl(location, schemaVersion());
}

Expected<Database> Database::openAtVersion(const QString &location, int version)
{
    if (isServerAddress(location))
        return openServer(location, {}, true, version);
    return openImpl(location, version);
}

Expected<Database> Database::openWithPassword(const QString &url, const QString &password)
{
    return openServer(url, password, false, schemaVersion());
}

Expected<Database> Database::initialize(const QString &url, int version)
{
    if (!isServerAddress(url))
        return Error {Tr::tr("database init works on a PostgreSQL address (postgresql://HOST:PORT/DATABASE), not on %1: "
                             "a single PC's file is created and upgraded when CaseDesk opens it.")
                          .arg(url)};
    return openServer(url, {}, true, version < 0 ? schemaVersion() : version);
}

Expected<Database> Database::openImpl(const QString &location, int targetVersion)
{
    if (isServerAddress(location))
        return openServer(location, {}, false, targetVersion);
    auto connection = detail::SqliteConnection::open(location, schemaVersion());
    if (!connection)
        return connection.error();
    Database db(std::move(*connection), location);
    if (auto st = db.migrateTo(targetVersion); !st)
        return st.error();
    if (auto st = db.restoreHistoryGuards(); !st)
        return st.error();
    return db;
}

Expected<Database> Database::openServer(const QString &url, const QString &password, bool migrate, int targetVersion)
{
    auto connection = detail::PgConnection::open(url, password);
    if (!connection)
        return connection.error();
    Database db(std::move(*connection), url);
    const int version = db.userVersion();
    if (version < 0)
        return Error {Tr::tr("Cannot read the schema of the database %1: %2").arg(shownAddress(url), db.lastError())};
    if (version > schemaVersion()) {
        return Error {Tr::tr("The database %1 was written by a newer CaseDesk (schema %2; this program knows up to %3). "
                             "It was left untouched: install the newer CaseDesk on this PC.")
                          .arg(shownAddress(url))
                          .arg(version)
                          .arg(schemaVersion())};
    }
    if (migrate) {
        if (auto st = db.migrateTo(targetVersion); !st)
            return st.error();
    } else if (version < targetVersion) {
        if (version == 0)
            return Error {Tr::tr("The database %1 holds no CaseDesk schema yet: ask the administrator to run "
                                 "\"casedesk-cli --database URL database init\" on it.")
                              .arg(shownAddress(url))};
        return Error {Tr::tr("The database %1 has schema %2, older than this program's %3: ask the administrator to run "
                             "\"casedesk-cli --database URL database init\" to upgrade it. Nothing was changed.")
                          .arg(shownAddress(url))
                          .arg(version)
                          .arg(targetVersion)};
    }
    if (auto st = db.restoreHistoryGuards(); !st)
        return st.error();
    return db;
}

Database::Database(std::unique_ptr<detail::Connection> connection, QString path)
    : m_connection(std::move(connection))
    , m_path(std::move(path))
    , m_statements(std::make_shared<detail::StatementCache>())
{
}

Database::Database(Database &&other) noexcept
    : m_connection(std::move(other.m_connection))
    , m_path(std::move(other.m_path))
    , m_statements(std::move(other.m_statements))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        m_statements.reset(); // finalized before their connection closes
        m_connection = std::move(other.m_connection);
        m_path = std::move(other.m_path);
        m_statements = std::move(other.m_statements);
    }
    return *this;
}

Database::~Database()
{
    m_statements.reset(); // finalized before their connection closes
}

Dialect Database::dialect() const
{
    return m_connection->dialect();
}

int Database::userVersion() const
{
    if (dialect() == Dialect::Sqlite)
        return static_cast<detail::SqliteConnection &>(*m_connection).userVersion();
    Statement exists(const_cast<Database &>(*this), "SELECT to_regclass('casedesk_schema') IS NOT NULL");
    if (!exists.next())
        return -1;
    if (exists.int64(0) == 0)
        return 0;
    Statement st(const_cast<Database &>(*this), "SELECT version FROM casedesk_schema WHERE id = 1");
    if (st.next())
        return int(st.int64(0));
    return st.failed() ? -1 : 0;
}

Status Database::setUserVersion(int version)
{
    if (dialect() == Dialect::Sqlite)
        return static_cast<detail::SqliteConnection &>(*m_connection).setUserVersion(version);
    if (auto r = exec(kPgSchemaTable); !r)
        return r;
    Statement st(*this, "INSERT INTO casedesk_schema (id, version) VALUES (1, ?1) ON CONFLICT (id) DO UPDATE SET version = excluded.version");
    st.bind(1, version);
    return st.exec();
}

int Database::changes() const
{
    return m_connection->changes();
}

Status Database::exec(const char *sql)
{
    return m_connection->exec(QByteArray(sql));
}

QString Database::lastError() const
{
    return m_connection->lastError();
}

bool Database::isUsable() const
{
    return m_connection && m_connection->isUsable();
}

bool Database::reconnectStep()
{
    return m_connection->reconnectStep();
}

Status Database::listen(const QByteArray &channel)
{
    return m_connection->listen(channel);
}

int Database::notificationSocket() const
{
    return m_connection->notificationSocket();
}

int Database::takeNotifications()
{
    return m_connection->takeNotifications();
}

Expected<QByteArray> Database::scramVerifier(const QByteArray &password, const QString &role) const
{
    const QByteArray verifier = m_connection->scramVerifier(password, role.toUtf8());
    if (verifier.isEmpty())
        return Error {isShared() ? Tr::tr("The password cannot be prepared for the database server: %1").arg(lastError())
                                 : Tr::tr("A PC's file has no server logins.")};
    return verifier;
}

Status Database::migrateTo(int targetVersion)
{
    const auto &all = migrations();
    int version = userVersion();
    while (version < targetVersion) {
        Transaction tx(*this);
        if (!tx.isActive())
            return Error {Tr::tr("Cannot start the upgrade of %1: %2").arg(shownAddress(m_path), tx.beginError())};
        // Another process may have migrated while we waited for the write lock (on a server,
        // for the lock every `database init` takes first).
        if (dialect() == Dialect::Postgres) {
            if (auto st = exec("SELECT pg_advisory_xact_lock(20261206)"); !st)
                return st.error();
        }
        version = userVersion();
        if (version >= targetVersion)
            break;
        const Migration &step = all[size_t(version)];
        const char *sql = dialect() == Dialect::Sqlite ? step.sql : step.pgSql;
        if (auto st = sql ? exec(sql) : step.run(*this); !st) {
            return Error {Tr::tr("Upgrading %1 to schema %2 failed: %3. The database was left as it was.")
                              .arg(shownAddress(m_path))
                              .arg(version + 1)
                              .arg(st.error().message)};
        }
        if (auto st = setUserVersion(version + 1); !st)
            return st.error();
        if (auto st = tx.commit(); !st)
            return st.error();
        qCInfo(lcStore) << "migrated" << shownAddress(m_path) << "to schema" << version + 1;
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
        Statement st(*this,
                     dialect() == Dialect::Sqlite ? "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?1"
                                                  : "SELECT 1 FROM pg_trigger WHERE tgname = ?1 AND NOT tgisinternal");
        for (const auto &[name, sql] : EventLog::guardTriggers(dialect())) {
            st.bind(1, name);
            if (!st.next())
                missing << name;
            st.reset();
        }
        return missing;
    };
    if (missingGuards().isEmpty())
        return {};
    Transaction tx(*this);
    if (!tx.isActive())
        return Error {Tr::tr("Cannot restore the protections of the case history in %1: %2").arg(shownAddress(m_path), tx.beginError())};
    const QStringList missing = missingGuards(); // another process may have restored them meanwhile
    if (missing.isEmpty())
        return {};
    QJsonObject detail {{QStringLiteral("triggers"), QJsonArray::fromStringList(missing)}};
    // Without its head the chain cannot go on: put one back at the last event, and say so.
    {
        Statement head(*this, "SELECT 1 FROM audit_chain WHERE id = 1");
        if (!head.next()) {
            Statement put(*this,
                          "INSERT INTO audit_chain (id, event_count, last_event, head) SELECT 1, count(*), coalesce(max(id), 0), "
                          "coalesce((SELECT hash FROM case_events ORDER BY id DESC LIMIT 1), ?1) FROM case_events");
            put.bind(1, EventLog::genesisHash());
            if (auto r = put.exec(); !r)
                return r.error();
            detail.insert(QStringLiteral("head_restored"), true);
        }
    }
    for (const auto &[name, sql] : EventLog::guardTriggers(dialect())) {
        if (!missing.contains(name))
            continue;
        if (auto r = exec(sql.constData()); !r)
            return Error {Tr::tr("Cannot restore the protections of the case history in %1: %2").arg(m_path, r.error().message)};
    }
    EventLog log(*this);
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
