#include "fakezaloserver.h"
#include "testtokens.h"

#include "core/zalo/curltransport.h"
#include "core/zalo/ratebudget.h"
#include "core/zalo/retrypolicy.h"
#include "core/zalo/zaloclient.h"

#include <catch2/catch.hpp>

#include <thread>
#include <vector>

using namespace casedesk;
using namespace casedesk::zalo;
using casedesk::tests::CountingTokens;
using casedesk::tests::FakeReply;
using casedesk::tests::FakeRequest;
using casedesk::tests::FakeZaloServer;

TEST_CASE("The rate budget grants its limit per minute, then says how long to wait", "[zalo][ratebudget]")
{
    qint64 now = 0;
    RateBudget budget(3, [&now] { return now; });
    CHECK(budget.tryAcquire() == 0);
    CHECK(budget.tryAcquire() == 0);
    now = 10000;
    CHECK(budget.tryAcquire() == 0);
    CHECK(budget.tryAcquire() == 50000);
    CHECK(budget.remaining() == 0);
    now = 60000;
    CHECK(budget.tryAcquire() == 0);
    CHECK(budget.remaining() == 2);

    // Blocking acquire sleeps through the given function; refuses beyond its longest wait.
    RateBudget small(1, [&now] { return now; });
    REQUIRE(small.tryAcquire() == 0);
    qint64 needed = 0;
    CHECK_FALSE(small.acquire(
        1000, [&now](qint64 ms) { now += ms; }, &needed));
    CHECK(needed == 60000);
    CHECK(small.acquire(70000, [&now](qint64 ms) { now += ms; }));
}

TEST_CASE("Zalo's headers lower the budget and a rate-limit answer pauses it", "[zalo][ratebudget]")
{
    qint64 now = 0;
    RateBudget budget(4000, [&now] { return now; });
    budget.noteHeaders("2000", "2");
    CHECK(budget.limitPerMinute() == 2000);
    CHECK(budget.tryAcquire() == 0);
    CHECK(budget.tryAcquire() == 0);
    CHECK(budget.tryAcquire() > 0); // Zalo said only 2 remain
    now = 61000;
    CHECK(budget.tryAcquire() == 0);
    budget.noteRateLimited(60000);
    CHECK(budget.tryAcquire() == 60000);
    now += 60000;
    CHECK(budget.tryAcquire() == 0);
}

TEST_CASE("Many threads share one budget: exactly the limit is granted", "[zalo][ratebudget]")
{
    qint64 fixedNow = 5;
    RateBudget budget(500, [&fixedNow] { return fixedNow; });
    std::atomic<int> granted {0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 100; ++i) {
                if (budget.tryAcquire() == 0)
                    ++granted;
            }
        });
    }
    for (auto &t : threads)
        t.join();
    CHECK(granted == 500);
}

TEST_CASE("All accounts of one app share its budget over real calls - another app has its own", "[zalo][ratebudget]")
{
    FakeZaloServer server([](const FakeRequest &) {
        FakeReply r = FakeReply::ok(R"({"oaid":"1","name":"OA"})");
        r.headers.append({QByteArrayLiteral("X-RateLimit-Limit"), QByteArrayLiteral("4000")});
        r.headers.append({QByteArrayLiteral("X-RateLimit-Remain"), QByteArrayLiteral("3999")});
        return r;
    });
    qint64 now = 0;
    RateBudgets budgets(5, [&now] { return now; });
    CHECK(budgets.forApp(QStringLiteral("A")) == budgets.forApp(QStringLiteral("A")));
    CHECK(budgets.forApp(QStringLiteral("A")) != budgets.forApp(QStringLiteral("B")));

    CurlTransport transport;
    CountingTokens tokens;
    ZaloClient::Options o;
    o.openapiBase = server.baseUrl();
    o.maxBudgetWaitMs = 0;
    o.appId = QStringLiteral("A");
    ZaloClient first(transport, o, &tokens, budgets.forApp(QStringLiteral("A")), RetryPolicy::noWait());
    ZaloClient second(transport, o, &tokens, budgets.forApp(QStringLiteral("A")), RetryPolicy::noWait());
    o.appId = QStringLiteral("B");
    ZaloClient other(transport, o, &tokens, budgets.forApp(QStringLiteral("B")), RetryPolicy::noWait());

    for (int i = 0; i < 3; ++i)
        REQUIRE(first.getOa().ok());
    REQUIRE(second.getOa().ok());
    REQUIRE(second.getOa().ok());
    auto refused = first.getOa();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ZaloError::Kind::RateLimited);
    CHECK(refused.error().retryAfterMs > 0);
    CHECK(other.getOa().ok());
    CHECK(server.requestCount() == 6); // the refused call never left the machine
}

TEST_CASE("The retry policy retries transient errors only, with jitter, within its bounds", "[zalo][retry]")
{
    RetryPolicy p;
    p.random = [] {
        return 1.0;
    };
    const ZaloError timeout = ZaloError::fromTransport({TransportError::Kind::Timeout, true, QString()});
    CHECK(p.nextDelay(1, 0, timeout, RetryPolicy::Idempotency::Idempotent) == qint64(625));
    CHECK(p.nextDelay(2, 0, timeout, RetryPolicy::Idempotency::Idempotent) == qint64(1250));
    CHECK_FALSE(p.nextDelay(p.maxAttempts, 0, timeout, RetryPolicy::Idempotency::Idempotent));
    CHECK_FALSE(p.nextDelay(1, p.maxTotalMs, timeout, RetryPolicy::Idempotency::Idempotent));

    ZaloError sentTimeout = timeout;
    sentTimeout.uncertain = true;
    CHECK_FALSE(p.nextDelay(1, 0, sentTimeout, RetryPolicy::Idempotency::NotIdempotent));
    CHECK(p.nextDelay(1, 0, ZaloError::fromZaloCode(-32, QString()), RetryPolicy::Idempotency::NotIdempotent).value_or(0) >= 60000);

    for (int code : {-201, -210, -213, -216, -223, -230, -240, -320, -204})
        CHECK_FALSE(p.nextDelay(1, 0, ZaloError::fromZaloCode(code, QString()), RetryPolicy::Idempotency::Idempotent));
    CHECK_FALSE(p.nextDelay(1, 0, ZaloError::malformed(QString()), RetryPolicy::Idempotency::Idempotent));
    CHECK_FALSE(p.nextDelay(1, 0, ZaloError::fromHttpStatus(404, {}), RetryPolicy::Idempotency::Idempotent));
    CHECK(p.nextDelay(1, 0, ZaloError::fromHttpStatus(502, {}), RetryPolicy::Idempotency::Idempotent));

    p.random = [] {
        return 0.0;
    };
    CHECK(p.nextDelay(1, 0, timeout, RetryPolicy::Idempotency::Idempotent) == qint64(375));
}
