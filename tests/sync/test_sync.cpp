#include "syncfixture.h"

#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::testing;

namespace {

simulator::SimulatorConfig smallWorld(int accounts, int messages, quint64 seed = 7)
{
    simulator::SimulatorConfig config;
    config.units = communes(accounts);
    config.seed = seed;
    config.historyMessagesPerAccount = messages;
    config.historyDays = 20;
    return config;
}

void requireExactCopy(SyncFixture &f)
{
    for (const auto &a : f.sim->accounts()) {
        INFO("account " << a.oaId.toStdString());
        const QSet<QString> simulated = f.simulatedIds(a.oaId);
        const QSet<QString> stored = f.storedIds(a.oaId);
        CHECK(simulated.size() > 0);
        CHECK(stored == simulated);
    }
    // Once each, every citizen message in a case, the index in step with the messages.
    CHECK(f.scalar("SELECT count(*) - count(DISTINCT message_id) FROM messages") == 0);
    CHECK(f.scalar("SELECT count(*) FROM messages WHERE direction = 'in' AND case_id IS NULL") == 0);
    CHECK(f.scalar("SELECT count(*) FROM messages_fts") == f.scalar("SELECT count(*) FROM messages"));
    CHECK(f.scalar("SELECT count(*) FROM accounts WHERE last_error IS NOT NULL") == 0);
}

} // namespace

TEST_CASE("A first sync copies every account's inbox exactly, then only what is new", "[sync]")
{
    SyncFixture f(smallWorld(6, 60));
    REQUIRE(f.enrolAll() == 6);
    sync::SyncService service(f.dependencies());
    REQUIRE(f.syncOnce(service).isEmpty());
    requireExactCopy(f);
    const qint64 cases = f.scalar("SELECT count(*) FROM cases");
    CHECK(cases > 0);
    // Conversations the OA answered last start answered, so day one is not a flood.
    CHECK(f.scalar("SELECT count(*) FROM cases WHERE status IN ('answered', 'closed')") > 0);

    // Nothing new: a second poll stores nothing and opens no case.
    const qint64 before = f.scalar("SELECT count(*) FROM messages");
    REQUIRE(f.syncOnce(service).isEmpty());
    CHECK(f.scalar("SELECT count(*) FROM messages") == before);
    CHECK(f.scalar("SELECT count(*) FROM cases") == cases);

    // A new citizen writes; an existing one follows up: both arrive, nothing else.
    const auto account = f.sim->accounts().at(2);
    auto fresh = f.sim->citizenSays(account.oaId, QString(), QStringLiteral("Cho em hỏi làm căn cước cho con cần gì ạ"));
    REQUIRE(fresh.ok());
    const QString oldUser = f.sim->citizens(account.oaId).constFirst().userId;
    auto followUp = f.sim->citizenSays(account.oaId, oldUser, QStringLiteral("Dạ em hỏi thêm ạ"));
    REQUIRE(followUp.ok());
    REQUIRE(f.syncOnce(service).isEmpty());
    CHECK(f.scalar("SELECT count(*) FROM messages") == before + 2);
    CHECK(f.scalar("SELECT count(*) FROM cases") == cases + 1);
    requireExactCopy(f);
}

TEST_CASE("Rate limits, server errors, malformed pages and expired tokens mid-sync end in an exact copy", "[sync]")
{
    SyncFixture f(smallWorld(4, 50, 11));
    REQUIRE(f.enrolAll() == 4);
    sync::SyncOptions options;
    options.concurrency = 2;
    sync::SyncService service(f.dependencies(options));

    simulator::FaultPlan plan;
    plan.path = QStringLiteral("/v2.0/oa/conversation");
    for (auto kind : {simulator::FaultKind::Http502, simulator::FaultKind::MalformedJson, simulator::FaultKind::ExpiredToken,
                      simulator::FaultKind::HtmlBody, simulator::FaultKind::TruncatedJson, simulator::FaultKind::IdsAsNumbers}) {
        plan.kind = kind;
        plan.count = 2;
        f.sim->injectFaults(plan);
    }
    // Some polls fail while the faults play; polling again converges on the exact copy.
    for (int round = 0; round < 6; ++round) {
        if (f.syncOnce(service).isEmpty())
            break;
    }
    requireExactCopy(f);
}

TEST_CASE("Two processes never sync one data folder at once", "[sync]")
{
    QTemporaryDir dir;
    DataFolder folder(dir.path());
    sync::SyncLock first(folder.syncLockPath());
    REQUIRE(first.acquire().ok());
    sync::SyncLock second(folder.syncLockPath());
    auto refused = second.acquire();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QString::number(QCoreApplication::applicationPid())));
    first.release();
    CHECK(second.acquire().ok());
}
