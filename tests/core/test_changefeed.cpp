// The change feed: every write says what it changed, in its own transaction, and every reader
// (this process or another connection) gets it after the last change it saw.
#include "core/store/changefeed.h"
#include "core/store/database.h"
#include "core/store/eventlog.h"
#include "core/store/statement.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace casedesk;
using namespace casedesk::store;

namespace {

struct Feeds
{
    Feeds()
    {
        REQUIRE(dir.isValid());
        const QString path = casedesk::testsupport::freshDatabase(dir.path());
        auto a = Database::open(path);
        REQUIRE(a.ok());
        writer = std::make_unique<Database>(std::move(*a));
        auto b = Database::open(path);
        REQUIRE(b.ok());
        reader = std::make_unique<Database>(std::move(*b));
        REQUIRE(writer->exec("INSERT INTO units (id, level, name) VALUES ('84', 'province', 'Công an tỉnh')").ok());
    }

    /// What @p feed reports after one check.
    static ChangeSet next(ChangeFeed &feed)
    {
        QSignalSpy spy(&feed, &ChangeFeed::changed);
        feed.check();
        if (spy.isEmpty())
            return {};
        return spy.takeFirst().at(0).value<ChangeSet>();
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> writer;
    std::unique_ptr<Database> reader;
};

} // namespace

TEST_CASE("A write reaches another connection's feed as the ids it changed, by kind, once", "[store][changes]")
{
    Feeds f;
    ChangeFeed feed(*f.reader, 60000); // checked by hand here
    CHECK(Feeds::next(feed).isEmpty()); // what was written before the feed started is not news

    REQUIRE(
        f.writer
            ->exec("INSERT INTO cases (id, code, oa_id, user_id, origin_unit, unit_id, opened_at) VALUES (7, 'TV-2026-000007', 'oa1', 'u', '84', "
                   "'84', 1);"
                   "INSERT INTO accounts (oa_id, unit_id, app_id, openapi_base, oauth_base, secret_store, created_at) "
                   "VALUES ('oa1', '84', '1', 'http://x', 'http://x', 'keychain', 1);"
                   "INSERT INTO outbox (case_id, oa_id, user_id, text, officer, created_at, updated_at) VALUES (7, 'oa1', 'u', 'Chào', 'A', 1, 1);")
            .ok());
    ChangeSet c = Feeds::next(feed);
    CHECK(c.cases == QSet<qint64> {7});
    CHECK(c.accounts == QSet<QString> {QStringLiteral("oa1")});
    CHECK(c.outboxes == QSet<QString> {QStringLiteral("oa1")});
    CHECK_FALSE(c.gap);
    CHECK(Feeds::next(feed).isEmpty()); // once

    // An officer's action (its event and the case's new version) is a change of that case.
    {
        Transaction tx(*f.writer);
        EventLog log(*f.writer);
        REQUIRE(log.append(7, 2, QStringLiteral("A"), QStringLiteral("noted"), {}).ok());
        REQUIRE(f.writer->exec("UPDATE cases SET version = version + 1 WHERE id = 7").ok());
        REQUIRE(tx.commit().ok());
    }
    c = Feeds::next(feed);
    CHECK(c.cases == QSet<qint64> {7});
    CHECK(c.accounts.isEmpty());

    // A rolled-back write leaves no change behind.
    {
        Transaction tx(*f.writer);
        REQUIRE(f.writer->exec("UPDATE cases SET assignee = 'B' WHERE id = 7").ok());
    }
    CHECK(Feeds::next(feed).isEmpty());

    REQUIRE(f.writer->exec("UPDATE units SET name = 'Công an tỉnh Trà Vinh' WHERE id = '84'").ok());
    CHECK(Feeds::next(feed).units == QSet<QString> {QStringLiteral("84")});
}

TEST_CASE("A reader behind what the feed still holds is told to read everything again", "[store][changes]")
{
    Feeds f;
    ChangeFeed feed(*f.reader, 60000);
    for (int i = 0; i < 20; ++i)
        REQUIRE(f.writer->exec("UPDATE units SET name = name || '.' WHERE id = '84'").ok());
    REQUIRE(ChangeFeed::prune(*f.writer, 5).ok());
    const ChangeSet c = Feeds::next(feed);
    CHECK(c.gap);
    // …and goes on from there.
    REQUIRE(f.writer->exec("UPDATE units SET name = 'x' WHERE id = '84'").ok());
    const ChangeSet d = Feeds::next(feed);
    CHECK_FALSE(d.gap);
    CHECK(d.units.size() == 1);
}

TEST_CASE("Another connection's write reaches a feed within its polling interval without asking", "[store][changes]")
{
    Feeds f;
    ChangeFeed feed(*f.reader, 100);
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    REQUIRE(f.writer
                ->exec("INSERT INTO cases (id, code, oa_id, user_id, origin_unit, unit_id, opened_at) VALUES (9, 'TV-2026-000009', 'oa1', 'u', '84', "
                       "'84', 1)")
                .ok());
    REQUIRE(spy.wait(2000));
    CHECK(spy.takeFirst().at(0).value<ChangeSet>().cases.contains(9));
}
