#include "testdatabase.h"

#include "core/common/datafolder.h"
#include "core/store/database.h"
#include "core/store/pgroles.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <QUrl>

#include <libpq-fe.h>

#include <cstdlib>
#include <mutex>

namespace casedesk::testsupport {

namespace {

QString clusterAddress()
{
    QString base = qEnvironmentVariable("CASEDESK_TEST_PG");
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

QStringList &madeHere()
{
    static QStringList names;
    return names;
}

/// Runs @p sql on the cluster's maintenance database; the error in words, or "".
QString admin(const QString &sql)
{
    const QByteArray url = (clusterAddress() + QStringLiteral("/postgres")).toUtf8();
    PGconn *conn = PQconnectdb(url.constData());
    QString error;
    if (PQstatus(conn) != CONNECTION_OK) {
        error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    } else {
        PGresult *r = PQexec(conn, sql.toUtf8().constData());
        const ExecStatusType status = PQresultStatus(r);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
    }
    PQfinish(conn);
    return error;
}

void dropMadeHere()
{
    for (const QString &name : std::as_const(madeHere()))
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

/// Drops @p name when the program ends. Registered after libpq's first connection, so that it
/// runs before the TLS library's own clean-up at exit (handlers run in reverse order).
void remember(const QString &name)
{
    if (madeHere().isEmpty())
        std::atexit(dropMadeHere);
    madeHere() << name;
}

QString templateName()
{
    // "_roles": made with the province's roles, grants and officer functions (as database init).
    return QStringLiteral("casedesk_template_v%1_rls5").arg(store::Database::schemaVersion());
}

/// The migrated, empty template every test's database is copied from; made once per cluster.
void ensureTemplate()
{
    static std::once_flag once;
    std::call_once(once, [] {
        const QString name = templateName();
        // One process builds it, under a lock the others wait for; a half-built one is never used.
        const QByteArray url = (clusterAddress() + QStringLiteral("/postgres")).toUtf8();
        PGconn *lock = PQconnectdb(url.constData());
        if (PQstatus(lock) != CONNECTION_OK) {
            const QString why = QString::fromUtf8(PQerrorMessage(lock)).trimmed();
            PQfinish(lock);
            FAIL("The PostgreSQL test cluster cannot be reached at " << clusterAddress().toStdString() << ": " << why.toStdString());
        }
        PQclear(PQexec(lock, "SELECT pg_advisory_lock(20261206)"));
        PGresult *exists = PQexec(lock, QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(name).toUtf8().constData());
        const bool have = PQntuples(exists) > 0;
        PQclear(exists);
        QString error;
        if (!have) {
            const QString building = name + QStringLiteral("_building");
            PQclear(PQexec(lock, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(building).toUtf8().constData()));
            PGresult *made = PQexec(lock, QStringLiteral("CREATE DATABASE %1").arg(building).toUtf8().constData());
            if (PQresultStatus(made) != PGRES_COMMAND_OK)
                error = QString::fromUtf8(PQresultErrorMessage(made)).trimmed();
            PQclear(made);
            if (error.isEmpty()) {
                auto db = store::Database::initialize(clusterAddress() + QLatin1Char('/') + building);
                if (!db)
                    error = db.error().message;
                else if (auto granted = store::grantProvinceRoles(*db); !granted)
                    error = granted.error().message;
            }
            if (error.isEmpty()) {
                PGresult *renamed = PQexec(lock, QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, name).toUtf8().constData());
                if (PQresultStatus(renamed) != PGRES_COMMAND_OK)
                    error = QString::fromUtf8(PQresultErrorMessage(renamed)).trimmed();
                PQclear(renamed);
            }
        }
        PQclear(PQexec(lock, "SELECT pg_advisory_unlock(20261206)"));
        PQfinish(lock);
        if (!error.isEmpty())
            FAIL("Cannot make the test database template: " << error.toStdString());
    });
}

} // namespace

bool onPostgres()
{
    return qEnvironmentVariable("CASEDESK_TEST_BACKEND") == QLatin1String("postgresql");
}

QString freshDatabase(const QString &dir)
{
    if (!onPostgres())
        return DataFolder(dir).localDatabaseFile();
    if (clusterAddress().isEmpty())
        FAIL("CASEDESK_TEST_PG is not set: run the tests with scripts/test.sh, which starts a throw-away PostgreSQL cluster for them.");
    ensureTemplate();
    static int counter = 0;
    const QString name = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    if (const QString why = admin(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, templateName())); !why.isEmpty())
        FAIL("Cannot make a test database: " << why.toStdString());
    remember(name);
    const QString url = clusterAddress() + QLatin1Char('/') + name;
    // Officers' logins are named after their ids: each database numbers its own apart.
    {
        auto db = store::Database::open(url);
        if (!db)
            FAIL("Cannot open the test database: " << db.error().message.toStdString());
        if (auto r = db->exec("SELECT casedesk_number_officers()"); !r)
            FAIL("Cannot number the test database's officers: " << r.error().message.toStdString());
    }
    qputenv("CASEDESK_DATABASE", url.toUtf8());
    return url;
}

QString emptyServerDatabase()
{
    if (clusterAddress().isEmpty())
        FAIL("CASEDESK_TEST_PG is not set: run the tests with scripts/test.sh, which starts a throw-away PostgreSQL cluster for them.");
    static int counter = 0;
    const QString name = QStringLiteral("e%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    if (const QString why = admin(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(name)); !why.isEmpty())
        FAIL("Cannot make a test database: " << why.toStdString());
    remember(name);
    return clusterAddress() + QLatin1Char('/') + name;
}

ServerLogin loginInGroup(const QString &databaseUrl, const char *group, const QString &dir)
{
    auto db = store::Database::open(databaseUrl);
    if (!db)
        FAIL("Cannot open " << databaseUrl.toStdString() << ": " << db.error().message.toStdString());
    auto granted = store::grantProvinceRoles(*db);
    if (!granted)
        FAIL("Cannot grant the province's roles: " << granted.error().message.toStdString());
    const QByteArray login = "casedesk_test_" + QByteArray(group).mid(int(qstrlen("casedesk_")));
    const QByteArray password = login + "-pw";
    // Made once per cluster; another test program may make it at the same moment.
    const QByteArray make = "DO $$ BEGIN CREATE ROLE " + login + " LOGIN PASSWORD '" + password + "' IN ROLE " + group
        + "; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$";
    if (auto made = db->exec(make.constData()); !made)
        FAIL("Cannot make the login " << login.toStdString() << ": " << made.error().message.toStdString());

    QByteArray lines = "127.0.0.1:*:*:" + login + ':' + password + '\n';
    if (QFile cluster(qEnvironmentVariable("PGPASSFILE")); cluster.open(QIODevice::ReadOnly))
        lines += cluster.readAll();
    ServerLogin result;
    result.pgpassFile = QDir(dir).filePath(QStringLiteral("pgpass-%1").arg(QString::fromLatin1(login)));
    QFile file(result.pgpassFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(lines) != lines.size())
        FAIL("Cannot write " << result.pgpassFile.toStdString());
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // libpq ignores a wider one
    QUrl url(databaseUrl);
    url.setUserName(QString::fromLatin1(login));
    result.url = url.toString();
    return result;
}

} // namespace casedesk::testsupport
