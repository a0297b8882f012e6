// Two sync hosts on one PostgreSQL database when the server goes away: restarted mid-sync, and
// the network between one host and the server cut for longer than a lease. Each host keeps the
// sync key in its own secrets file, the tokens are in the database; each test ends with every
// message and every answer exactly once, no refresh token used twice and no token in plaintext.

#include "syncfixture.h"
#include "synchostfixture.h"

#include "support/tcpproxy.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>

using namespace casedesk;
using namespace casedesk::testing;

namespace {

/// Runs scripts/pgcluster.sh ACTION DIR; its output when it failed, else "".
QString pgcluster(const QString &action, const QString &dir)
{
    QProcess p;
    p.setProgram(QStringLiteral(CASEDESK_SOURCE_DIR "/scripts/pgcluster.sh"));
    p.setArguments({action, dir});
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start();
    if (!p.waitForStarted() || !p.waitForFinished(90000))
        return QStringLiteral("pgcluster.sh %1 did not finish").arg(action);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString::fromUtf8(p.readAll());
    return QString();
}

/// A PostgreSQL cluster of this test's own (restarting the suite's would disturb the tests
/// running beside it), with one initialised database that CASEDESK_DATABASE names. Stopped and
/// removed, and the environment put back, when it goes out of scope, also on a failed REQUIRE.
class PrivateCluster
{
public:
    PrivateCluster()
        : m_dir(QDir::temp().filePath(
            QStringLiteral("casedesk-pgrestart-%1-%2").arg(QCoreApplication::applicationPid()).arg(QRandomGenerator::global()->bounded(1000000))))
        , m_oldDatabase(qgetenv("CASEDESK_DATABASE"))
        , m_oldPgpass(qgetenv("PGPASSFILE"))
    {
    }
    ~PrivateCluster()
    {
        (void)pgcluster(QStringLiteral("stop"), m_dir);
        restore("CASEDESK_DATABASE", m_oldDatabase);
        restore("PGPASSFILE", m_oldPgpass);
    }
    PrivateCluster(const PrivateCluster &) = delete;
    PrivateCluster &operator=(const PrivateCluster &) = delete;

    void start()
    {
        const QString why = pgcluster(QStringLiteral("start"), m_dir);
        INFO(why.toStdString());
        REQUIRE(why.isEmpty());
        QFile env(m_dir + QStringLiteral("/env"));
        REQUIRE(env.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(env.readAll());
        const auto port = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)")).match(text);
        REQUIRE(port.hasMatch());
        // libpq finds one password file: this cluster's line first, then the suite's (its
        // databases are dropped at exit through it).
        QFile ours(m_dir + QStringLiteral("/pgpass"));
        REQUIRE(ours.open(QIODevice::ReadOnly));
        QByteArray lines = ours.readAll();
        if (QFile suite(QString::fromLocal8Bit(m_oldPgpass)); !m_oldPgpass.isEmpty() && suite.open(QIODevice::ReadOnly))
            lines += suite.readAll();
        const QString pgpass = m_files.filePath(QStringLiteral("pgpass"));
        QFile both(pgpass);
        REQUIRE(both.open(QIODevice::WriteOnly));
        both.write(lines);
        both.close();
        both.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        qputenv("PGPASSFILE", pgpass.toLocal8Bit());

        const QString server = QStringLiteral("postgresql://casedesk@127.0.0.1:%1").arg(port.captured(1));
        PGconn *conn = PQconnectdb((server + QStringLiteral("/postgres")).toUtf8().constData());
        QString error;
        if (PQstatus(conn) != CONNECTION_OK) {
            error = QString::fromUtf8(PQerrorMessage(conn));
        } else {
            PGresult *r = PQexec(conn, "CREATE DATABASE casedesk_hosts");
            if (PQresultStatus(r) != PGRES_COMMAND_OK)
                error = QString::fromUtf8(PQresultErrorMessage(r));
            PQclear(r);
        }
        PQfinish(conn);
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        m_url = server + QStringLiteral("/casedesk_hosts");
        auto db = store::Database::initialize(m_url);
        REQUIRE(db.ok());
        qputenv("CASEDESK_DATABASE", m_url.toUtf8());
    }

    /// pg_ctl restart -m fast: every session ended, the server back on the same port.
    void restart()
    {
        const QString why = pgcluster(QStringLiteral("restart"), m_dir);
        INFO(why.toStdString());
        REQUIRE(why.isEmpty());
    }

private:
    static void restore(const char *name, const QByteArray &value)
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }

    QString m_dir;
    QByteArray m_oldDatabase;
    QByteArray m_oldPgpass;
    QTemporaryDir m_files;
    QString m_url;
};

/// The test's own connection, back after the server went away (the first statement after it
/// notices; reconnectStep() then opens a new one).
bool reconnected(SyncFixture &f)
{
    return waitFor(
        [&] {
            if (f.db->isUsable() && f.scalar("SELECT 1") == 1)
                return true;
            f.db->reconnectStep();
            return false;
        },
        20000);
}

void waitShared(SyncFixture &f, Host &a, Host &b, int timeoutMs)
{
    REQUIRE(waitFor([&] { return heldByProcess(f, a) == 3 && heldByProcess(f, b) == 3; }, timeoutMs));
    checkHostsUseSyncRole(f);
}

} // namespace

TEST_CASE("Two sync hosts go on when the PostgreSQL server is restarted mid-sync", "[sync][lease][postgres]")
{
    PrivateCluster pg;
    pg.start();
    SyncFixture f(refreshingWorld());
    Host a, b;
    setUpHosts(f, a, b);
    startHost(a, f);
    REQUIRE(waitFor([&] { return heldByProcess(f, a) == 6; }, 20000));
    startHost(b, f);
    waitShared(f, a, b, 30000);

    QStringList answers = queueAnswers(f, QStringLiteral("trước"));
    citizensWrite(f, 1);
    waitFor([] { return false; }, 1500); // mid-sync
    const qint64 refreshesBefore = f.sim->stats().tokenRefreshes;
    QElapsedTimer restarted;
    restarted.start();
    pg.restart();
    WARN("pg_ctl restart -m fast took " << restarted.elapsed() << " ms");
    REQUIRE(reconnected(f));
    answers += queueAnswers(f, QStringLiteral("sau"));
    citizensWrite(f, 2);

    checkExactlyOnce(f, answers);
    WARN("every message and answer stored and sent " << restarted.elapsed() << " ms after the restart began");
    // Both came back to the leases they held: none expired while the server was away.
    waitShared(f, a, b, 10000);
    // Refreshes went on after the restart, each token used once.
    REQUIRE(waitFor([&] { return f.sim->stats().tokenRefreshes > refreshesBefore + 6; }, 30000));
    checkTokensUsedOnce(f);
    CHECK(a.process->state() == QProcess::Running);
    CHECK(b.process->state() == QProcess::Running);

    stopHosts({&a, &b});
    CHECK(f.scalar("SELECT count(*) FROM sync_leases WHERE holder IS NOT NULL") == 0);
    checkNoPlaintextTokens(f, a, {&a, &b});
}

TEST_CASE("A sync host cut from the server for longer than its lease changes nothing after, and takes its share again when the line is back",
          "[sync][lease][postgres]")
{
    qputenv("CASEDESK_TEST_BACKEND", "postgresql");
    QTemporaryDir pgDir;
    const QString url = testsupport::freshDatabase(pgDir.path());
    // Host A reaches the server through a line the test can cut; host B and the test directly.
    QUrl direct(url);
    testsupport::TcpProxy line(direct.host(), quint16(direct.port()));
    REQUIRE(line.listen());
    const quint16 linePort = line.port();
    QUrl throughLine = direct;
    throughLine.setPort(linePort);
    const QString pgpass = testsupport::pgpassForAnyLocalPort(pgDir.path());
    REQUIRE_FALSE(pgpass.isEmpty());
    QProcessEnvironment envA = QProcessEnvironment::systemEnvironment();
    envA.insert(QStringLiteral("CASEDESK_DATABASE"), throughLine.toString());
    envA.insert(QStringLiteral("PGPASSFILE"), pgpass);

    SyncFixture f(refreshingWorld());
    Host a, b;
    setUpHosts(f, a, b);
    startHost(a, f, envA);
    REQUIRE(waitFor([&] { return heldByProcess(f, a) == 6; }, 20000));
    startHost(b, f);
    waitShared(f, a, b, 30000);

    QStringList answers = queueAnswers(f, QStringLiteral("trước"));
    citizensWrite(f, 1);
    waitFor([] { return false; }, 1500); // mid-sync
    line.cut();
    QElapsedTimer cut;
    cut.start();
    answers += queueAnswers(f, QStringLiteral("trong"));
    citizensWrite(f, 2);

    REQUIRE(waitFor([&] { return heldByProcess(f, b) == 6; }, 45000));
    const qint64 takeoverMs = cut.elapsed();
    WARN("the connected host held every account " << takeoverMs << " ms after the line was cut");
    CHECK(takeoverMs <= 30000 + 5000 + 1000);
    checkExactlyOnce(f, answers);

    // The line stays cut past the lease (35 s), then is mended.
    waitFor([&] { return cut.elapsed() >= 35000; }, 40000);
    QHash<QString, qint64> epochs; // every account's, all held by the connected host
    {
        store::Statement st(*f.db, "SELECT oa_id, epoch FROM sync_leases");
        while (st.next())
            epochs.insert(st.text(0), st.int64(1));
    }
    const qint64 sentBefore = f.scalar("SELECT count(*) FROM outbox WHERE state = 'sent'");
    const qint64 messagesBefore = f.scalar("SELECT count(*) FROM messages");
    REQUIRE(line.listen(linePort));
    QElapsedTimer mended;
    mended.start();

    // The cut host comes back, finds its leases gone, and takes its share again (new epochs).
    waitShared(f, a, b, 30000);
    WARN("each host held 3 accounts again " << mended.elapsed() << " ms after the line was mended");
    // What it had in hand when cut was not written or sent a second time.
    CHECK(f.scalar("SELECT count(*) FROM outbox WHERE state = 'sent'") == sentBefore);
    CHECK(f.scalar("SELECT count(*) FROM messages") == messagesBefore);
    checkExactlyOnce(f, answers);
    {
        store::Statement st(*f.db, "SELECT l.oa_id, l.epoch FROM sync_leases l JOIN sync_hosts h ON h.host_id = l.holder WHERE h.pid = ?1");
        st.bind(1, qint64(a.process->processId()));
        while (st.next())
            CHECK(st.int64(1) > epochs.value(st.text(0)));
    }

    // And it holds them: new messages and answers of every account go through both hosts.
    answers += queueAnswers(f, QStringLiteral("sau"));
    citizensWrite(f, 3);
    checkExactlyOnce(f, answers);
    checkTokensUsedOnce(f);
    CHECK(f.sim->stats().tokenRefreshes >= 6);
    CHECK(a.process->state() == QProcess::Running);

    stopHosts({&a, &b});
    CHECK(f.scalar("SELECT count(*) FROM sync_leases WHERE holder IS NOT NULL") == 0);
    checkNoPlaintextTokens(f, a, {&a, &b});
    qunsetenv("CASEDESK_TEST_BACKEND");
}
