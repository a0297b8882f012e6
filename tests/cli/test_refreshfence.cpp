// Token refreshes on a shared database fenced by the lease epoch, like every other sync write: a
// host whose lease moved on can neither record a refresh (so none is sent) nor end one. Kept with
// the CLI tests, which link what they need; both engines.
#include "core/domain/unit.h"
#include "core/store/accountstore.h"
#include "core/store/database.h"
#include "core/store/leasestore.h"
#include "core/store/unitstore.h"
#include "core/sync/storetokenstate.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QTemporaryDir>

using namespace casedesk;

TEST_CASE("sync lease: a host whose lease moved on cannot record or end a token refresh", "[sync][lease]")
{
    const bool postgres = GENERATE(false, true);
    INFO((postgres ? "PostgreSQL" : "SQLite"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString location = dir.filePath(QStringLiteral("fence.sqlite"));
    if (postgres) {
        qputenv("CASEDESK_TEST_BACKEND", "postgresql");
        location = testsupport::freshDatabase(dir.path());
        qunsetenv("CASEDESK_TEST_BACKEND");
    }
    auto opened = store::Database::open(location);
    REQUIRE(opened.ok());
    store::Database &db = *opened;
    REQUIRE(store::UnitStore(db).seedIfEmpty(QDate::currentDate()).ok());
    const QString oa = QStringLiteral("oa-fenced");
    {
        store::Account a;
        a.oaId = oa;
        a.unitId = QStringLiteral("29236");
        a.appId = QStringLiteral("app");
        a.openapiBase = a.oauthBase = QStringLiteral("http://127.0.0.1:1");
        a.secretStore = QStringLiteral("database");
        a.createdAt = 1;
        REQUIRE(store::AccountStore(db).add(a).ok());
    }
    store::LeaseStore leases(db, 30000);
    const qint64 t0 = 1'000'000;
    auto a = leases.registerHost(QStringLiteral("host-a"), 1, t0);
    REQUIRE(a.ok());
    auto takenA = leases.take(*a, t0);
    REQUIRE(takenA.ok());
    REQUIRE(takenA->contains(oa));

    // Host A refreshes under its lease: marker recorded, refresh ended.
    auto leaseA = std::make_shared<sync::RefreshLease>();
    leaseA->hold(*a, takenA->value(oa));
    const auto statesA = sync::storeTokenStates(location, leaseA);
    {
        auto state = statesA();
        REQUIRE(state.ok());
        REQUIRE((*state)->markRefreshStarted(oa, 5000).ok());
        CHECK(store::AccountStore(db).find(oa).value()->refreshStartedAt == 5000);
        REQUIRE((*state)->finishRefresh(oa, 9000).ok());
        CHECK(store::AccountStore(db).find(oa).value()->refreshStartedAt == 0);
    }

    // A goes silent; 31 s later host B takes the account over with a new epoch.
    const qint64 t1 = t0 + 31000;
    auto b = leases.registerHost(QStringLiteral("host-b"), 2, t1);
    REQUIRE(b.ok());
    REQUIRE(leases.endDeadSessions(t1).ok());
    auto takenB = leases.take(*b, t1);
    REQUIRE(takenB.ok());
    REQUIRE(takenB->contains(oa));
    CHECK(takenB->value(oa) == takenA->value(oa) + 1);

    // A wakes up: it cannot record a refresh (so it sends none), nor end or clear one.
    {
        auto state = statesA();
        REQUIRE(state.ok());
        auto marked = (*state)->markRefreshStarted(oa, 6000);
        REQUIRE_FALSE(marked.ok());
        CHECK(store::isLeaseLost(marked.error()));
        auto finished = (*state)->finishRefresh(oa, 12000);
        REQUIRE_FALSE(finished.ok());
        CHECK(store::isLeaseLost(finished.error()));
        CHECK_FALSE((*state)->clearRefreshMarker(oa).ok());
        CHECK_FALSE((*state)->markNeedsConsent(oa, QStringLiteral("refused")).ok());
    }
    auto row = store::AccountStore(db).find(oa);
    REQUIRE(row.ok());
    CHECK((*row)->refreshStartedAt == 0);
    CHECK((*row)->accessExpiresAt == 9000);
    CHECK((*row)->state == store::AccountState::Ok);

    // B, the holder now, refreshes.
    auto leaseB = std::make_shared<sync::RefreshLease>();
    leaseB->hold(*b, takenB->value(oa));
    {
        auto state = sync::storeTokenStates(location, leaseB)();
        REQUIRE(state.ok());
        REQUIRE((*state)->markRefreshStarted(oa, 7000).ok());
        REQUIRE((*state)->finishRefresh(oa, 15000).ok());
    }
    CHECK(store::AccountStore(db).find(oa).value()->accessExpiresAt == 15000);

    // A single PC's states (no lease ever held) are not fenced.
    {
        auto state = sync::storeTokenStates(location, std::make_shared<sync::RefreshLease>())();
        REQUIRE(state.ok());
        CHECK((*state)->markRefreshStarted(oa, 8000).ok());
        CHECK((*state)->clearRefreshMarker(oa).ok());
    }
}
