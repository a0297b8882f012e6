// A PC and its database server: what another PC commits reaches this PC's change feed at once
// (LISTEN/NOTIFY); when the server goes away the PC is told, its statements fail at once instead
// of hanging, and when the server is back the PC connects again by itself and hears what changed
// meanwhile. The network between the PC and the server is a proxy the test can cut.
#include "core/store/changefeed.h"
#include "core/store/database.h"
#include "core/store/statement.h"
#include "support/tcpproxy.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

using namespace casedesk;
using namespace casedesk::store;

namespace {

bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
    return true;
}

} // namespace

TEST_CASE("Another PC's commit reaches the feed at once, and a lost server is said, refused fast and rejoined by itself", "[store][postgres]")
{
    QTemporaryDir dir;
    const QString direct = testsupport::freshDatabase(dir.path());
    REQUIRE(Database::isServerAddress(direct));
    auto other = Database::open(direct); // another PC, with a good line
    REQUIRE(other.ok());

    // This PC reaches the server through the proxy; its password file names the proxy's port too.
    const QUrl server(direct);
    testsupport::TcpProxy proxy(server.host(), quint16(server.port()));
    REQUIRE(proxy.listen());
    const QString passfile = testsupport::pgpassForAnyLocalPort(dir.path());
    REQUIRE_FALSE(passfile.isEmpty());
    const QByteArray oldPassfile = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", passfile.toUtf8());
    QUrl viaProxy = server;
    viaProxy.setPort(proxy.port());
    auto pc = Database::open(viaProxy.toString());
    REQUIRE(pc.ok());

    ChangeFeed feed(*pc, 3000); // its poll comes too late for what is checked below: the server tells
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    QSignalSpy lost(&feed, &ChangeFeed::serverLost);
    QSignalSpy back(&feed, &ChangeFeed::serverBack);

    // Live: the other PC's commit is here long before the feed's first poll would have looked.
    QElapsedTimer heard;
    heard.start();
    REQUIRE(other->exec("INSERT INTO units (id, level, name) VALUES ('84', 'province', 'Công an tỉnh')").ok());
    REQUIRE(waitFor([&] { return !changed.isEmpty(); }, 1000));
    CHECK(changed.takeFirst().at(0).value<ChangeSet>().units == QSet<QString> {QStringLiteral("84")});
    INFO("heard after " << heard.elapsed() << " ms");
    CHECK(heard.elapsed() < 150);

    // The line is cut: the feed says so, and a statement fails at once, naming the lost connection.
    proxy.cut();
    REQUIRE(waitFor([&] { return !lost.isEmpty(); }, 10000));
    CHECK(feed.serverLostSince() > 0);
    CHECK_FALSE(pc->isUsable());
    QElapsedTimer refused;
    refused.start();
    Statement st(*pc, "SELECT count(*) FROM units");
    CHECK_FALSE(st.next());
    CHECK(refused.elapsed() < 1000);
    CHECK_FALSE(st.error().isEmpty());

    // Meanwhile the other PC goes on working.
    REQUIRE(other->exec("INSERT INTO units (id, parent_id, level, name) VALUES ('84-PC06', '84', 'department', 'Phòng Cảnh sát QLHC về TTXH')").ok());

    // The line is back: the PC connects again by itself and hears what changed while it was away.
    REQUIRE(proxy.listen(quint16(viaProxy.port())));
    REQUIRE(waitFor([&] { return !back.isEmpty(); }, 15000));
    CHECK(feed.serverLostSince() == 0);
    REQUIRE(waitFor([&] { return !changed.isEmpty(); }, 3000));
    CHECK(changed.takeFirst().at(0).value<ChangeSet>().units.contains(QStringLiteral("84-PC06")));
    Statement again(*pc, "SELECT count(*) FROM units");
    REQUIRE(again.next());
    CHECK(again.int64(0) == 2);

    proxy.cut();
    qputenv("PGPASSFILE", oldPassfile);
}
