#include "support/testservices.h"
#include "sync/syncfixture.h"
#include "ui/syncstatuswidget.h"

#include <catch2/catch.hpp>

#include <QPushButton>

using namespace casedesk;
using namespace casedesk::testing;

TEST_CASE("The status bar tells how many Zalo accounts sync, then that the office is offline", "[ui][sync]")
{
    simulator::SimulatorConfig config;
    config.units = simulator::simUnits(communes(3));
    config.historyMessagesPerAccount = 15;
    SyncFixture f(config);
    REQUIRE(f.enrolAll() == 3);
    SystemClock clock;
    sync::SyncService service(f.dependencies());
    auto services = testsupport::makeServices(*f.db, clock);
    ui::SyncStatusWidget widget(*services, &service, QString());
    auto *syncNow = widget.findChild<QPushButton *>(QStringLiteral("syncNowButton"));
    REQUIRE(syncNow);
    CHECK(syncNow->isEnabled());

    REQUIRE(f.syncOnce(service).isEmpty());
    widget.refresh();
    CHECK(widget.statusText().contains(QStringLiteral("Synced at")));
    CHECK(widget.statusText().contains(QStringLiteral("3/3 Zalo accounts working")));

    // The network goes away: the window says so and keeps working from the local copy.
    f.sim.reset();
    const QStringList failures = f.syncOnce(service);
    CHECK(failures.size() == 3);
    CHECK(service.offlineSince() > 0);
    widget.refresh();
    CHECK(widget.statusText().contains(QStringLiteral("Offline since")));
    CHECK(f.scalar("SELECT count(*) FROM messages") > 0);
}

TEST_CASE("A window that may not sync says why", "[ui][sync]")
{
    QTemporaryDir dir;
    auto db = store::Database::open(dir.filePath(QStringLiteral("casedesk.sqlite")));
    REQUIRE(db.ok());
    SystemClock clock;
    const QString why = QStringLiteral("Another CaseDesk process (casedesk-cli, process 42 on pc) is syncing this data folder");
    auto services = testsupport::makeServices(*db, clock);
    ui::SyncStatusWidget widget(*services, nullptr, why);
    CHECK(widget.statusText() == why);
    CHECK_FALSE(widget.findChild<QPushButton *>(QStringLiteral("syncNowButton"))->isEnabled());
}
