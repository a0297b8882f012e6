// On a shared database the window never syncs: its status bar shows what the province's sync
// hosts record there (sync_hosts, sync_leases, accounts), and says plainly when none is running.
#include "support/scopedenv.h"
#include "support/testdatabase.h"
#include "support/testservices.h"

#include "core/common/clock.h"
#include "core/domain/officetime.h"
#include "core/store/database.h"
#include "core/store/statement.h"
#include "ui/accountstatusmodel.h"
#include "ui/syncstatuswidget.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDialog>
#include <QElapsedTimer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;

namespace {

using casedesk::testsupport::ScopedEnv;

void run(store::Database &db, const char *sql, const QVariantList &values = {})
{
    store::Statement st(db, sql);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.typeId() == QMetaType::QString)
            st.bind(i + 1, v.toString());
        else
            st.bind(i + 1, v.toLongLong());
    }
    const Status r = st.exec();
    INFO(sql);
    REQUIRE(r.ok());
}

template<typename Predicate> bool waitFor(Predicate done, int timeoutMs)
{
    QElapsedTimer since;
    since.start();
    while (!done()) {
        if (since.elapsed() > timeoutMs)
            return false;
        QTest::qWait(50);
    }
    return true;
}

const QString kWhy = QStringLiteral("This PC works on the province's data server");

} // namespace

TEST_CASE("On a shared database the status bar shows the province's sync hosts and who holds each account", "[ui][sync][shared]")
{
    QTemporaryDir dir;
    QString url;
    {
        const ScopedEnv backend("CASEDESK_TEST_BACKEND", QByteArrayLiteral("postgresql"));
        const ScopedEnv restoreAddress("CASEDESK_DATABASE", qgetenv("CASEDESK_DATABASE"));
        url = testsupport::freshDatabase(dir.path()); // fails, never skips, without a cluster
    }
    auto db = store::Database::open(url);
    REQUIRE(db.ok());
    REQUIRE(db->isShared());
    // Another connection plays the sync host: what it writes reaches the window as another
    // process's writes do.
    auto host = store::Database::open(url);
    REQUIRE(host.ok());

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 lastSuccess = now - 5 * 60 * 1000;
    run(*host, "INSERT INTO units (id, level, name) VALUES ('84', 'province', 'Công an tỉnh Trà Vinh') ON CONFLICT (id) DO NOTHING");
    run(*host,
        "INSERT INTO accounts (oa_id, unit_id, app_id, name, openapi_base, oauth_base, secret_store, created_at, last_attempt_at, "
        "last_success_at, last_error) VALUES ('4001', '84', 'app-1', 'Công an tỉnh Trà Vinh', 'http://openapi', 'http://oauth', "
        "'database', ?1, ?2, ?2, '')",
        {now - 86400000LL, lastSuccess});
    run(*host,
        "INSERT INTO accounts (oa_id, unit_id, app_id, name, openapi_base, oauth_base, secret_store, created_at, last_attempt_at, "
        "last_error) VALUES ('4002', '84', 'app-1', 'Phòng PV01', 'http://openapi', 'http://oauth', 'database', ?1, ?2, "
        "'Zalo: access token expired')",
        {now - 86400000LL, now - 60000});

    SystemClock clock;
    auto services = testsupport::makeServices(*db, clock);
    ui::SyncStatusWidget widget(*services, nullptr, kWhy);
    ui::AccountStatusModel *model = widget.accountsModel();
    REQUIRE(model);

    SECTION("with no sync host row it says plainly that none is running")
    {
        CHECK(widget.liveHosts() == 0);
        CHECK(widget.statusText().startsWith(QStringLiteral("No sync host is running")));
        CHECK(widget.isWarning());
        CHECK_FALSE(widget.findChild<QPushButton *>(QStringLiteral("syncNowButton"))->isEnabled());
        CHECK(widget.statusToolTip().contains(kWhy));
        REQUIRE(model->rowCount() == 2);
        CHECK(model->hostText(QStringLiteral("4001")) == QStringLiteral("None"));
    }

    SECTION("a live host and its lease: the status counts it and the accounts view names the holder")
    {
        const qint64 takenAt = now - 2 * 60 * 1000;
        run(*host, "INSERT INTO sync_hosts (host_id, name, pid, started_at, heartbeat_at) VALUES ('h-1', 'srv-sync-1', 4242, ?1, ?2)",
            {now - 3600000LL, now});
        run(*host, "INSERT INTO sync_leases (oa_id, holder, epoch, taken_at, heartbeat_at) VALUES ('4001', 'h-1', 3, ?1, ?2)", {takenAt, now});
        // Leases and heartbeats write no change rows; a change of an account (the host's next
        // sync) brings the widget up to date through the change feed.
        run(*host, "UPDATE accounts SET last_attempt_at = ?1 WHERE oa_id = '4001'", {now});
        REQUIRE(waitFor([&] { return widget.liveHosts() == 1; }, 5000));

        CHECK(widget.statusText().startsWith(QStringLiteral("1 sync host")));
        CHECK(widget.statusText().contains(QStringLiteral("1/2 Zalo accounts working")));
        CHECK(widget.statusText().contains(QStringLiteral("1 with errors")));
        CHECK(widget.statusText().contains(QStringLiteral("1 not held by any sync host")));
        CHECK_FALSE(widget.isWarning());
        CHECK(widget.statusToolTip().contains(QStringLiteral("srv-sync-1: running, 1 Zalo account")));

        const int held = model->rowOfAccount(QStringLiteral("4001"));
        const int free = model->rowOfAccount(QStringLiteral("4002"));
        REQUIRE(held >= 0);
        REQUIRE(free >= 0);
        CHECK(model->index(held, ui::AccountStatusModel::HostColumn).data().toString() == QStringLiteral("srv-sync-1"));
        CHECK(model->index(held, ui::AccountStatusModel::HeldSinceColumn).data().toString() == domain::officeDateTimeText(takenAt));
        CHECK(model->index(held, ui::AccountStatusModel::LastSyncColumn).data().toString() == domain::officeDateTimeText(lastSuccess));
        CHECK(model->index(held, ui::AccountStatusModel::NameColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("srv-sync-1")));
        CHECK(model->index(free, ui::AccountStatusModel::HostColumn).data().toString() == QStringLiteral("None"));
        CHECK(model->index(free, ui::AccountStatusModel::LastSyncColumn).data().toString() == QStringLiteral("Never"));
        CHECK(model->index(free, ui::AccountStatusModel::ErrorColumn).data().toString() == QStringLiteral("Zalo: access token expired"));

        // The accounts dialog shows the same model, with the host columns.
        widget.findChild<QPushButton *>(QStringLiteral("accountsButton"))->click();
        auto *dialog = widget.findChild<QDialog *>(QStringLiteral("accountsDialog"));
        REQUIRE(dialog);
        CHECK(dialog->isVisible());
        auto *view = dialog->findChild<QTableView *>(QStringLiteral("accountsView"));
        REQUIRE(view);
        CHECK(view->model() == model);
        CHECK_FALSE(view->isColumnHidden(ui::AccountStatusModel::HostColumn));
        CHECK_FALSE(view->isColumnHidden(ui::AccountStatusModel::HeldSinceColumn));
        dialog->close();

        SECTION("a host silent for more than 30 s counts as not running, seen by the timer alone")
        {
            const qint64 stale = QDateTime::currentMSecsSinceEpoch() - 31000;
            run(*host, "UPDATE sync_hosts SET heartbeat_at = ?1 WHERE host_id = 'h-1'", {stale});
            run(*host, "UPDATE sync_leases SET heartbeat_at = ?1 WHERE oa_id = '4001'", {stale});
            // No change row: the widget notices on its 10 s timer.
            REQUIRE(waitFor([&] { return widget.liveHosts() == 0; }, 13000));
            CHECK(widget.statusText().startsWith(QStringLiteral("No sync host is running")));
            CHECK(widget.statusText().contains(QStringLiteral("last synced at")));
            CHECK(widget.isWarning());
            CHECK(widget.statusToolTip().contains(QStringLiteral("srv-sync-1: not responding since")));
            CHECK(model->hostText(QStringLiteral("4001")) == QStringLiteral("srv-sync-1 (not responding)"));
        }

        SECTION("a host that stopped cleanly is not running either")
        {
            run(*host, "UPDATE sync_leases SET holder = NULL WHERE oa_id = '4001'");
            run(*host, "UPDATE sync_hosts SET stopped_at = ?1 WHERE host_id = 'h-1'", {QDateTime::currentMSecsSinceEpoch()});
            widget.refresh();
            CHECK(widget.liveHosts() == 0);
            CHECK(widget.statusText().startsWith(QStringLiteral("No sync host is running")));
            CHECK(widget.statusToolTip().contains(QStringLiteral("srv-sync-1: stopped at")));
            CHECK(model->hostText(QStringLiteral("4001")) == QStringLiteral("None"));
        }
    }
}
