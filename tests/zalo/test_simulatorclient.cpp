// The client, tokens and account enrolment against the Zalo simulator over loopback. The
// simulator serves on the test's main thread, so every client call runs on a worker thread
// while the main thread's event loop answers it.
#include "app/demo/demoworld.h"
#include "core/common/datafolder.h"
#include "core/simulator/zalosimulator.h"
#include "core/store/accountstore.h"
#include "core/store/database.h"
#include "core/store/unitstore.h"
#include "core/sync/accountenrolment.h"
#include "core/sync/storetokenstate.h"
#include "core/zalo/curltransport.h"
#include "core/zalo/filesecretstore.h"
#include "core/zalo/tokenmanager.h"
#include "core/zalo/zaloclient.h"
#include "support/offthread.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QTemporaryDir>

using namespace casedesk;
using namespace casedesk::zalo;
using casedesk::testsupport::offThread;
using simulator::FaultKind;
using simulator::FaultPlan;
using simulator::ZaloSimulator;

namespace {

struct SimFixture
{
    QTemporaryDir dir;
    std::unique_ptr<ZaloSimulator> sim;
    CurlTransport transport;
    FileSecretStore secrets {dir.filePath(QStringLiteral("secrets.json"))};
    QList<qint64> sleeps;

    explicit SimFixture(int rateLimitPerMinute = 4000)
    {
        auto db = store::Database::open(DataFolder(dir.path()).databasePath());
        REQUIRE(db.ok());
        store::UnitStore units(*db);
        REQUIRE(units.seedIfEmpty(QDate::currentDate()).ok());
        simulator::SimulatorConfig config;
        config.units = simulator::simUnits(units.list()->mid(0, 3));
        config.seed = 7;
        config.historyMessagesPerAccount = 30;
        config.rateLimitPerMinute = rateLimitPerMinute;
        sim = std::make_unique<ZaloSimulator>(config);
        REQUIRE(sim->listen(0).ok());
    }

    QString base() const { return sim->baseUrl().toString(); }

    simulator::SimulatedAccount enrol(int index)
    {
        const simulator::SimulatedAccount acc = sim->accounts().at(index);
        const sync::EnrolmentRequest r = app::simulatedEnrolment(acc, dir.path(), base(), secrets.spec());
        auto result = offThread([&] { return sync::enrolAccount(r, transport); });
        INFO((result.ok() ? QString() : result.error().message).toStdString());
        REQUIRE(result.ok());
        CHECK(result->warning.isEmpty());
        return acc;
    }

    std::unique_ptr<TokenManager> tokens(const simulator::SimulatedAccount &acc)
    {
        TokenManager::Config c;
        c.oaId = acc.oaId;
        c.appId = acc.appId;
        c.oauthBase = base();
        c.dataFolder = dir.path();
        c.states = sync::storeTokenStates(DataFolder(dir.path()).databasePath());
        return std::make_unique<TokenManager>(c, secrets, transport);
    }

    RetryPolicy fastPolicy()
    {
        RetryPolicy p;
        p.sleep = [this](qint64 ms) {
            sleeps.append(ms);
        };
        return p;
    }

    ZaloClient client(const simulator::SimulatedAccount &acc, TokenManager &t, std::shared_ptr<RateBudget> budget = {}, int timeoutMs = 10000)
    {
        ZaloClient::Options o;
        o.openapiBase = base();
        o.oauthBase = base();
        o.appId = acc.appId;
        o.timeoutMs = timeoutMs;
        return ZaloClient(transport, o, &t, std::move(budget), fastPolicy());
    }
};

} // namespace

TEST_CASE("Simulator: an account is enrolled, then every call works and answers reach the conversation", "[zalo][simulator]")
{
    SimFixture f;
    const auto acc = f.enrol(0);
    {
        auto db = store::Database::open(DataFolder(f.dir.path()).databasePath());
        auto stored = store::AccountStore(*db).find(acc.oaId);
        REQUIRE(stored.ok());
        REQUIRE(stored->has_value());
        CHECK((*stored)->unitId == acc.unitId);
        CHECK((*stored)->name == acc.unitName);
        CHECK((*stored)->openapiBase == f.base());
        CHECK((*stored)->secretStore == f.secrets.spec());
        CHECK((*stored)->state == store::AccountState::Ok);
    }
    auto tokens = f.tokens(acc);
    auto client = f.client(acc, *tokens);

    auto oa = offThread([&] { return client.getOa(); });
    REQUIRE(oa.ok());
    CHECK(oa->oaId == acc.oaId);

    // Page the recent chats until a short page.
    QVector<ZaloMessage> recent;
    for (int offset = 0; offset < 200; offset += 10) {
        auto page = offThread([&] { return client.listRecentChat(offset, 10); });
        REQUIRE(page.ok());
        recent += *page;
        if (page->size() < 10)
            break;
    }
    REQUIRE_FALSE(recent.isEmpty());
    const QString userId = recent.constFirst().counterpartId();
    CHECK(f.sim->citizen(acc.oaId, userId).has_value());

    auto thread = offThread([&] { return client.conversation(userId, 0, 10); });
    REQUIRE(thread.ok());
    REQUIRE_FALSE(thread->isEmpty());
    const auto expected = f.sim->conversation(acc.oaId, userId);
    CHECK(thread->constFirst().messageId == expected.constLast().messageId); // newest first
    CHECK(thread->constFirst().text == expected.constLast().text);

    auto user = offThread([&] { return client.userDetail(userId); });
    REQUIRE(user.ok());
    CHECK(user->userId == userId);
    CHECK(user->displayName == f.sim->citizen(acc.oaId, userId)->displayName);

    // The citizen writes now, so the reply window is open and the answer is free.
    auto said = f.sim->citizenSays(acc.oaId, userId, QStringLiteral("Cho em hỏi thủ tục đăng ký tạm trú ạ"));
    REQUIRE(said.ok());
    auto sent = offThread([&] { return client.sendText(userId, QStringLiteral("Chào bạn, bạn mang CCCD đến công an xã nhé."), said->messageId); });
    REQUIRE(sent.ok());
    CHECK_FALSE(sent->messageId.isEmpty());
    const auto after = f.sim->conversation(acc.oaId, userId);
    CHECK(after.constLast().messageId == sent->messageId);
    CHECK_FALSE(after.constLast().fromCitizen);
    CHECK(after.constLast().quoteMessageId == said->messageId);
}

TEST_CASE("Simulator: ids sent as JSON numbers come back digit for digit", "[zalo][simulator]")
{
    SimFixture f;
    const auto acc = f.enrol(1);
    auto tokens = f.tokens(acc);
    auto client = f.client(acc, *tokens);
    auto asStrings = offThread([&] { return client.listRecentChat(0, 10); });
    REQUIRE(asStrings.ok());
    f.sim->setIdsAsNumbers(true);
    auto asNumbers = offThread([&] { return client.listRecentChat(0, 10); });
    REQUIRE(asNumbers.ok());
    REQUIRE(asNumbers->size() == asStrings->size());
    bool sawBig = false;
    for (int i = 0; i < asNumbers->size(); ++i) {
        CHECK(asNumbers->at(i).fromId == asStrings->at(i).fromId);
        CHECK(asNumbers->at(i).toId == asStrings->at(i).toId);
        CHECK(asNumbers->at(i).messageId == asStrings->at(i).messageId);
        sawBig = sawBig || asNumbers->at(i).fromId.size() > 16;
    }
    CHECK(sawBig);
    auto oa = offThread([&] { return client.getOa(); });
    REQUIRE(oa.ok());
    CHECK(oa->oaId == acc.oaId);
}

TEST_CASE("Simulator: faults give typed errors, transient ones are retried, an expired token is refreshed once", "[zalo][simulator][errors]")
{
    SimFixture f;
    const auto acc = f.enrol(0);
    auto tokens = f.tokens(acc);
    auto client = f.client(acc, *tokens, {}, 1500);
    const auto inject = [&](FaultKind kind, int count = 1, int delayMs = 0) {
        FaultPlan plan;
        plan.kind = kind;
        plan.count = count;
        plan.delayMs = delayMs;
        f.sim->clearFaults();
        f.sim->injectFaults(plan);
        f.sleeps.clear();
    };

    for (FaultKind kind : {FaultKind::Http500, FaultKind::Http502, FaultKind::Http503, FaultKind::RateLimit, FaultKind::Disconnect}) {
        INFO("fault " << simulator::faultKindKey(kind).toStdString());
        inject(kind);
        auto r = offThread([&] { return client.listRecentChat(0, 5); });
        CHECK(r.ok());
        CHECK(f.sleeps.size() == 1);
    }
    inject(FaultKind::RateLimit);
    REQUIRE(offThread([&] { return client.getOa(); }).ok());
    CHECK(f.sleeps.value(0) >= 45000); // -32 waits about a minute

    for (FaultKind kind : {FaultKind::MalformedJson, FaultKind::HtmlBody, FaultKind::TruncatedJson}) {
        INFO("fault " << simulator::faultKindKey(kind).toStdString());
        inject(kind);
        auto r = offThread([&] { return client.listRecentChat(0, 5); });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ZaloError::Kind::MalformedBody);
        CHECK(f.sleeps.isEmpty());
    }

    inject(FaultKind::Slow, 1, 4000);
    auto slow = offThread([&] { return client.getOa(); });
    CHECK(slow.ok()); // the slow answer timed out, the retry was answered at once
    CHECK(f.sleeps.size() == 1);

    f.sim->resetStats();
    inject(FaultKind::ExpiredToken);
    auto expired = offThread([&] { return client.getOa(); });
    REQUIRE(expired.ok());
    CHECK(f.sim->stats().tokenRefreshes == 1);
    CHECK(f.sleeps.isEmpty());

    // A send that the server processed but whose answer was lost is not sent twice.
    const QString userId = f.sim->citizens(acc.oaId).constFirst().userId;
    REQUIRE(f.sim->citizenSays(acc.oaId, userId, QStringLiteral("Alo")).ok());
    f.sim->resetStats();
    inject(FaultKind::Disconnect);
    auto lost = offThread([&] { return client.sendText(userId, QStringLiteral("Đã nhận")); });
    REQUIRE_FALSE(lost.ok());
    CHECK(lost.error().uncertain);
    CHECK(f.sim->stats().answersAccepted == 1);

    // Zalo's own errors of an answer: window closed.
    f.sim->advanceTime(8LL * 24 * 3600 * 1000);
    f.sim->clearFaults();
    auto closed = offThread([&] { return client.sendText(userId, QStringLiteral("Trả lời muộn")); });
    REQUIRE_FALSE(closed.ok());
    CHECK(closed.error().kind == ZaloError::Kind::WindowClosed);
}

TEST_CASE("Simulator: the app's budget follows Zalo's headers and stops before Zalo's -32", "[zalo][simulator][ratebudget]")
{
    SimFixture f(8);
    const auto acc = f.enrol(0); // enrolment itself spends some of the budget
    auto tokens = f.tokens(acc);
    RateBudgets budgets;
    auto client = f.client(acc, *tokens, budgets.forApp(acc.appId));
    const qint64 spentAtEnrolment = f.sim->stats().requests;
    REQUIRE(spentAtEnrolment < 8);
    f.sim->resetStats();
    int ok = 0;
    int refusedLocally = 0;
    for (int i = 0; i < 12; ++i) {
        ZaloClient::Options o = client.options();
        auto r = offThread([&] {
            ZaloClient::Options opts = o;
            opts.maxBudgetWaitMs = 0;
            ZaloClient c(f.transport, opts, tokens.get(), budgets.forApp(acc.appId), f.fastPolicy());
            return c.getOa();
        });
        if (r.ok())
            ++ok;
        else if (r.error().kind == ZaloError::Kind::RateLimited && r.error().zaloCode == 0)
            ++refusedLocally;
    }
    // Every request Zalo would still take in this minute, and not one more.
    CHECK(ok == 8 - spentAtEnrolment);
    CHECK(refusedLocally == 12 - ok);
    CHECK(f.sim->stats().rateLimited == 0); // never ran into Zalo's -32
}

TEST_CASE("Simulator: a revoked consent marks only that account - the others keep working", "[zalo][simulator][tokens]")
{
    SimFixture f;
    const auto first = f.enrol(0);
    const auto second = f.enrol(1);
    REQUIRE(f.sim->revokeRefreshTokens(first.oaId).ok());
    f.sim->advanceTime(26LL * 3600 * 1000); // every access token has expired
    // The managers still hold those tokens: Zalo answers -216, and they refresh once.
    auto t1 = f.tokens(first);
    auto t2 = f.tokens(second);
    auto c1 = f.client(first, *t1);
    auto c2 = f.client(second, *t2);
    auto r1 = offThread([&] { return c1.getOa(); });
    REQUIRE_FALSE(r1.ok());
    CHECK(r1.error().kind == ZaloError::Kind::NeedsConsent);
    auto r2 = offThread([&] { return c2.getOa(); });
    CHECK(r2.ok());
    auto db = store::Database::open(DataFolder(f.dir.path()).databasePath());
    CHECK((*store::AccountStore(*db).find(first.oaId))->state == store::AccountState::NeedsConsent);
    CHECK((*store::AccountStore(*db).find(second.oaId))->state == store::AccountState::Ok);
}
