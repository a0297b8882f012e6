#include "syncfixture.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRandomGenerator>

#include <algorithm>
#include <csignal>

using namespace casedesk;
using namespace casedesk::testing;

namespace {

QProcess *startSync(SyncFixture &f)
{
    auto *p = new QProcess;
    p->setProgram(QStringLiteral(CASEDESK_CLI_PATH));
    p->setArguments({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--data-dir"), f.folder.path(),
                     QStringLiteral("--secrets-file"), f.secretsFile, QStringLiteral("--lang"), QStringLiteral("en")});
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start();
    return p;
}

} // namespace

TEST_CASE("A sync killed with SIGKILL at random moments, restarted, ends with every message exactly once", "[sync][crash]")
{
    simulator::SimulatorConfig config;
    config.units = simulator::simUnits(communes(40));
    config.seed = 23;
    config.historyMessagesPerAccount = 300;
    config.historyDays = 25;
    config.rateLimit = false;
    SyncFixture f(config);
    REQUIRE(f.enrolAll() == 40);
    f.db.reset(); // the child processes own the data folder now

    QRandomGenerator random(42);
    int killed = 0;
    int rounds = 0;
    // Kill at random moments; a run that finished before its moment makes the next moments
    // earlier, so that every machine, fast or slow, sees runs die mid-sync.
    int meanDelay = 400;
    while ((killed < 4 || rounds < 8) && rounds < 30) {
        // New messages keep arriving, so that every run has something to store when it dies.
        for (const auto &a : f.sim->accounts()) {
            const auto citizens = f.sim->citizens(a.oaId);
            const QString user = citizens.isEmpty() ? QString() : citizens.at(int(random.bounded(int(citizens.size())))).userId;
            REQUIRE(
                f.sim->citizenSays(a.oaId, random.bounded(3) == 0 ? QString() : user, QStringLiteral("Dạ cho em hỏi thêm ạ %1").arg(rounds)).ok());
        }
        std::unique_ptr<QProcess> p(startSync(f));
        REQUIRE(p->waitForStarted());
        const int delay = meanDelay / 2 + int(random.bounded(meanDelay + 1));
        waitFor([&] { return p->state() == QProcess::NotRunning; }, delay);
        if (p->state() != QProcess::NotRunning) {
            ::kill(pid_t(p->processId()), SIGKILL);
            ++killed;
        } else {
            meanDelay = std::max(20, meanDelay / 2);
        }
        waitFor([&] { return p->state() == QProcess::NotRunning; }, 30000);
        ++rounds;
    }
    WARN("sync killed with SIGKILL in " << killed << " of " << rounds << " runs");
    CHECK(killed >= 4);

    // A last run without interruption completes the copy. (A kill in the microseconds between
    // creating the sync lock file and writing its owner leaves a file that is taken over only
    // once it is a few seconds old: then the run is tried again.)
    int exitCode = -1;
    for (int attempt = 0; attempt < 2 && exitCode != 0; ++attempt) {
        if (attempt > 0)
            waitFor([] { return false; }, 6000);
        std::unique_ptr<QProcess> last(startSync(f));
        // Up to four minutes: on a loaded machine the runs before may have committed little, and
        // the last one can spend its app's 4,000 requests a minute and wait for the next minute.
        REQUIRE(waitFor([&] { return last->state() == QProcess::NotRunning; }, 240000));
        exitCode = last->exitCode();
    }
    CHECK(exitCode == 0);

    auto reopened = store::Database::open(f.folder.databasePath());
    REQUIRE(reopened.ok());
    f.db = std::make_unique<store::Database>(std::move(*reopened));
    {
        store::Statement st(*f.db, "PRAGMA integrity_check");
        REQUIRE(st.next());
        CHECK(st.text(0) == QStringLiteral("ok"));
    }
    for (const auto &a : f.sim->accounts()) {
        INFO("account " << a.oaId.toStdString());
        CHECK(f.storedIds(a.oaId) == f.simulatedIds(a.oaId));
    }
    CHECK(f.scalar("SELECT count(*) - count(DISTINCT message_id) FROM messages") == 0);
    CHECK(f.scalar("SELECT count(*) FROM messages_fts") == f.scalar("SELECT count(*) FROM messages"));
    CHECK(f.scalar("SELECT count(*) FROM messages WHERE direction = 'in' AND case_id IS NULL") == 0);
    // A conversation is never split into two open cases by a restart.
    CHECK(f.scalar("SELECT count(*) FROM (SELECT oa_id, user_id FROM cases WHERE status <> 'closed' GROUP BY oa_id, user_id HAVING count(*) > 1)")
          == 0);
}
