#include "syncfixture.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRandomGenerator>

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
    config.units = communes(40);
    config.seed = 23;
    config.historyMessagesPerAccount = 300;
    config.historyDays = 25;
    config.rateLimit = false;
    SyncFixture f(config);
    REQUIRE(f.enrolAll() == 40);
    f.db.reset(); // the child processes own the data folder now

    QRandomGenerator random(42);
    int killed = 0;
    for (int round = 0; round < 8; ++round) {
        // New messages keep arriving, so that every run has something to store when it dies.
        for (const auto &a : f.sim->accounts()) {
            const auto citizens = f.sim->citizens(a.oaId);
            const QString user = citizens.isEmpty() ? QString() : citizens.at(int(random.bounded(int(citizens.size())))).userId;
            REQUIRE(f.sim->citizenSays(a.oaId, random.bounded(3) == 0 ? QString() : user, QStringLiteral("Dạ cho em hỏi thêm ạ %1").arg(round)).ok());
        }
        std::unique_ptr<QProcess> p(startSync(f));
        REQUIRE(p->waitForStarted());
        const int delay = 150 + int(random.bounded(500));
        waitFor([&] { return p->state() == QProcess::NotRunning; }, delay);
        if (p->state() != QProcess::NotRunning) {
            ::kill(pid_t(p->processId()), SIGKILL);
            ++killed;
        }
        waitFor([&] { return p->state() == QProcess::NotRunning; }, 30000);
    }
    INFO("killed " << killed << " of 8 runs");
    WARN("sync killed with SIGKILL in " << killed << " of 8 runs");
    CHECK(killed > 0);

    // A last run without interruption completes the copy.
    std::unique_ptr<QProcess> last(startSync(f));
    REQUIRE(waitFor([&] { return last->state() == QProcess::NotRunning; }, 120000));
    CHECK(last->exitCode() == 0);

    auto reopened = store::Database::open(f.folder.databasePath());
    REQUIRE(reopened.ok());
    f.db = std::make_unique<store::Database>(std::move(*reopened));
    {
        store::Statement st(f.db->handle(), "PRAGMA integrity_check");
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
