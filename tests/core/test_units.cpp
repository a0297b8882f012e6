#include "core/domain/unittreefile.h"
#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/store/unitstore.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QFile>
#include <QTemporaryDir>

using namespace casedesk;
using namespace casedesk::store;
using domain::Unit;
using domain::UnitLevel;

namespace {

const QDate kToday(2026, 11, 30);

QByteArray shippedTree()
{
    QFile f(QStringLiteral(CASEDESK_RESOURCES "/units-travinh.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString dump(Database &db)
{
    Statement st(db, "SELECT id, ifnull(parent_id,''), level, name, ifnull(valid_to,'') FROM units ORDER BY id");
    QString out;
    while (st.next())
        out += st.text(0) + QLatin1Char('|') + st.text(1) + QLatin1Char('|') + st.text(2) + QLatin1Char('|') + st.text(3) + QLatin1Char('|')
            + st.text(4) + QLatin1Char('\n');
    return out;
}

struct Fixture
{
    QTemporaryDir dir;
    Database db = std::move(Database::open(casedesk::testsupport::freshDatabase(dir.path())).value());
    UnitStore units {db};
};

} // namespace

TEST_CASE("The shipped Trà Vinh tree has 127 units on four levels", "[units]")
{
    auto units = domain::UnitTreeFile::parse(shippedTree());
    REQUIRE(units.ok());
    CHECK(units->size() == 127);
    int byLevel[4] = {};
    for (const Unit &u : *units)
        ++byLevel[int(u.level)];
    CHECK(byLevel[int(UnitLevel::Province)] == 1);
    CHECK(byLevel[int(UnitLevel::Department)] == 11);
    CHECK(byLevel[int(UnitLevel::District)] == 9);
    CHECK(byLevel[int(UnitLevel::Commune)] == 106);
}

TEST_CASE("A new store is seeded with the shipped tree, listed parents first with paths", "[units]")
{
    Fixture f;
    REQUIRE(f.units.seedIfEmpty(kToday).ok());
    auto list = f.units.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 127);
    CHECK(list->constFirst().id == QStringLiteral("84"));
    QSet<QString> seen;
    for (const Unit &u : *list) {
        if (!u.parentId.isEmpty())
            CHECK(seen.contains(u.parentId));
        seen.insert(u.id);
    }
    auto ward4 = f.units.find(QStringLiteral("29236"));
    REQUIRE(ward4.ok());
    CHECK(ward4->path == QStringLiteral("Công an tỉnh Trà Vinh / Công an thành phố Trà Vinh / Công an phường 4"));
    // Seeding again changes nothing.
    REQUIRE(f.units.seedIfEmpty(kToday).ok());
    CHECK(f.units.count() == 127);
}

TEST_CASE("Importing merges by id: adds, renames, re-parents and closes missing units", "[units]")
{
    Fixture f;
    const QByteArray first = R"({"units":[
        {"id":"84","parent":null,"level":"province","name":"Công an tỉnh"},
        {"id":"842","parent":"84","level":"district","name":"Công an thành phố"},
        {"id":"29236","parent":"842","level":"commune","name":"Công an phường 4"},
        {"id":"29239","parent":"842","level":"commune","name":"Công an phường 1"}]})";
    auto units = domain::UnitTreeFile::parse(first);
    REQUIRE(units.ok());
    auto s1 = f.units.importTree(*units, kToday);
    REQUIRE(s1.ok());
    CHECK(s1->added == 4);

    // The district is abolished: communes move under the province; ward 1 is merged away.
    const QByteArray second = R"({"units":[
        {"id":"84","parent":null,"level":"province","name":"Công an tỉnh"},
        {"id":"29236","parent":"84","level":"commune","name":"Công an phường Trà Vinh","valid_from":"2025-07-01"}]})";
    units = domain::UnitTreeFile::parse(second);
    REQUIRE(units.ok());
    auto s2 = f.units.importTree(*units, kToday);
    REQUIRE(s2.ok());
    CHECK(s2->added == 0);
    CHECK(s2->updated == 1);
    CHECK(s2->closed == 2);
    CHECK(s2->unchanged == 1);

    auto open = f.units.list();
    REQUIRE(open.ok());
    REQUIRE(open->size() == 2);
    CHECK(open->at(1).path == QStringLiteral("Công an tỉnh / Công an phường Trà Vinh"));
    auto all = f.units.list(true);
    REQUIRE(all.ok());
    CHECK(all->size() == 4);
    auto closed = f.units.find(QStringLiteral("29239"));
    REQUIRE(closed.ok());
    CHECK(closed->validTo == kToday);
}

TEST_CASE("A bad unit file is refused as a whole, naming the unit and the reason", "[units]")
{
    struct BadFile
    {
        const char *what;
        QByteArray json;
        QString expected;
    };
    const BadFile bad[] = {
        {"syntax error", R"({"units":[{"id":"84","parent":null,"level":"province","name":"A"},])", QStringLiteral("byte")},
        {"missing parent",
         R"({"units":[{"id":"84","parent":null,"level":"province","name":"A"},{"id":"9","parent":"77","level":"commune","name":"B"}]})",
         QStringLiteral("77")},
        {"cycle",
         R"({"units":[{"id":"84","parent":null,"level":"province","name":"A"},{"id":"1","parent":"2","level":"commune","name":"B"},{"id":"2","parent":"1","level":"commune","name":"C"}]})",
         QStringLiteral("cycle")},
        {"duplicate id",
         R"({"units":[{"id":"84","parent":null,"level":"province","name":"A"},{"id":"84","parent":null,"level":"province","name":"B"}]})",
         QStringLiteral("84")},
        {"unknown level", R"({"units":[{"id":"84","parent":null,"level":"ward","name":"A"}]})", QStringLiteral("ward")},
        {"no units", R"({"units":[]})", QStringLiteral("no units")},
        {"bad date", R"({"units":[{"id":"84","parent":null,"level":"province","name":"A","valid_to":"tomorrow"}]})", QStringLiteral("tomorrow")},
    };
    Fixture f;
    REQUIRE(f.units.seedIfEmpty(kToday).ok());
    const QString before = dump(f.db);
    for (const BadFile &b : bad) {
        INFO(b.what);
        auto parsed = domain::UnitTreeFile::parse(b.json);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().message.contains(b.expected));
    }
    CHECK(dump(f.db) == before);
}
