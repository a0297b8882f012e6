#include "queuefixture.h"

#include "core/store/queuestore.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

using namespace casedesk;
using namespace casedesk::queuetest;
using domain::Category;
using domain::QueueFilter;

namespace {

const domain::OfficerScope kEveryUnit;

QueueFilter filterNow()
{
    QueueFilter f;
    f.now = testNow();
    return f;
}

QVector<domain::CaseSummary> allPages(store::QueueStore &store, const QueueFilter &filter, int pageSize,
                                      const domain::OfficerScope &scope = kEveryUnit)
{
    QVector<domain::CaseSummary> all;
    domain::QueueCursor cursor;
    for (int guard = 0; guard < 10000; ++guard) {
        auto page = store.page(filter, scope, cursor, pageSize);
        REQUIRE(page.ok());
        REQUIRE(page->cases.size() <= pageSize);
        all += page->cases;
        if (!page->next.valid)
            break;
        REQUIRE(page->cases.size() == pageSize);
        cursor = page->next;
    }
    return all;
}

QList<qint64> idsOf(const QVector<domain::CaseSummary> &cases)
{
    QList<qint64> ids;
    for (const auto &c : cases)
        ids.push_back(c.id);
    return ids;
}

QSet<qint64> idSet(const QVector<domain::CaseSummary> &cases)
{
    const QList<qint64> ids = idsOf(cases);
    return QSet<qint64>(ids.begin(), ids.end());
}

/// The queue order, from the rows' own fields: urgent first, earliest deadline (none last), oldest id.
bool inQueueOrder(const domain::CaseSummary &a, const domain::CaseSummary &b)
{
    const qint64 da = a.dueAt ? a.dueAt : std::numeric_limits<qint64>::max();
    const qint64 dbb = b.dueAt ? b.dueAt : std::numeric_limits<qint64>::max();
    if (a.urgent != b.urgent)
        return a.urgent;
    if (da != dbb)
        return da < dbb;
    return a.id < b.id;
}

} // namespace

TEST_CASE("The queue lists open cases urgent first then earliest deadline with no deadline last", "[queue][store]")
{
    QueueFixture fx;
    const qint64 now = testNow();
    const qint64 late = fx.addCase(CaseSpec().due(now + 5 * kHour));
    const qint64 none = fx.addCase(CaseSpec().as(Category::Other));
    const qint64 urgentLater = fx.addCase(CaseSpec().as(Category::CrimeReport).isUrgent().due(now + 2 * kHour));
    const qint64 soon = fx.addCase(CaseSpec().due(now + kHour));
    const qint64 urgentSoon = fx.addCase(CaseSpec().as(Category::SecurityReport).isUrgent().due(now + 10 * kMinute));
    const qint64 urgentNone = fx.addCase(CaseSpec().as(Category::CrimeReport).isUrgent());
    const qint64 closed = fx.addCase(CaseSpec().due(now - kDay).answered(now - 30 * kMinute));
    fx.setStatus(closed, QStringLiteral("closed"));

    store::QueueStore store(fx.db());
    auto page = store.page(filterNow(), kEveryUnit, {}, 50);
    REQUIRE(page.ok());
    CHECK(idsOf(page->cases) == QList<qint64> {urgentSoon, urgentLater, urgentNone, soon, late, none});
    CHECK_FALSE(page->next.valid);
    CHECK(store.total(filterNow(), kEveryUnit).value() == 6);
}

TEST_CASE("Keyset paging walks the whole queue without duplicates or gaps", "[queue][store]")
{
    QueueFixture fx;
    const qint64 now = testNow();
    QRandomGenerator rng(42);
    const QStringList units {QStringLiteral("29236"), QStringLiteral("29239"), QStringLiteral("29263"), QStringLiteral("84-PC06"),
                             QStringLiteral("29524")};
    for (int i = 0; i < 180; ++i) {
        CaseSpec spec;
        spec.unit = units.at(int(rng.bounded(units.size())));
        spec.urgent = rng.bounded(5) == 0;
        // Few distinct deadlines, so that ties are broken by id across page boundaries.
        spec.dueAt = rng.bounded(4) == 0 ? 0 : now + qint64(rng.bounded(6)) * kHour;
        spec.category = Category(rng.bounded(5));
        const qint64 id = fx.addCase(spec);
        if (rng.bounded(6) == 0)
            fx.setStatus(id, QStringLiteral("closed"));
    }
    store::QueueStore store(fx.db());

    const auto check = [&](const QueueFilter &filter, qint64 expectedTotal) {
        for (const int pageSize : {1, 7, 50, 500}) {
            INFO("page size " << pageSize);
            const auto cases = allPages(store, filter, pageSize);
            CHECK(cases.size() == expectedTotal);
            CHECK(idSet(cases).size() == cases.size());
            CHECK(std::is_sorted(cases.begin(), cases.end(), inQueueOrder));
        }
    };

    SECTION("open cases")
    {
        const qint64 total = store.total(filterNow(), kEveryUnit).value();
        CHECK(total > 100);
        check(filterNow(), total);
    }
    SECTION("every status, merged from open and closed cases")
    {
        QueueFilter f = filterNow();
        f.statuses = QStringList {QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("transferred"), QStringLiteral("answered"),
                                  QStringLiteral("closed")};
        check(f, 180);
    }
    SECTION("a district: its communes' queues merged")
    {
        QueueFilter f = filterNow();
        f.unitIds = QStringList {QStringLiteral("842")};
        const qint64 total = store.total(f, kEveryUnit).value();
        CHECK(total > 50);
        check(f, total);
        for (const auto &c : allPages(store, f, 13))
            CHECK((c.unitId == QStringLiteral("29236") || c.unitId == QStringLiteral("29239") || c.unitId == QStringLiteral("29263")));
    }
    SECTION("a category")
    {
        QueueFilter f = filterNow();
        f.category = Category::CrimeReport;
        check(f, store.total(f, kEveryUnit).value());
    }
}

namespace {

QueueFilter sortedBy(domain::QueueSort sort, bool descending)
{
    QueueFilter f = filterNow();
    f.sort = sort;
    f.descending = descending;
    return f;
}

/// By reception, from the rows' own fields: (opened_at, id), either way.
bool receivedBefore(const domain::CaseSummary &a, const domain::CaseSummary &b)
{
    return std::make_pair(a.openedAt, a.id) < std::make_pair(b.openedAt, b.id);
}

} // namespace

TEST_CASE("The whole queue sorts by reception newest or oldest first and by deadline either way", "[queue][store]")
{
    QueueFixture fx;
    const qint64 now = testNow();
    const qint64 oldUrgent = fx.addCase(CaseSpec().as(Category::CrimeReport).isUrgent().due(now + kHour).when(now - 3 * kDay));
    const qint64 newest = fx.addCase(CaseSpec().due(now + 5 * kHour).when(now - kMinute));
    const qint64 middle = fx.addCase(CaseSpec().as(Category::Other).when(now - kDay));
    const qint64 oldest = fx.addCase(CaseSpec().due(now + 2 * kHour).when(now - 5 * kDay));
    // Opened in the same minute as the middle case, stored after it: the id breaks the tie.
    const qint64 sameTime = fx.addCase(CaseSpec().due(now + 3 * kHour).when(now - kDay));

    store::QueueStore store(fx.db());
    const auto ids = [&](domain::QueueSort sort, bool descending) {
        auto page = store.page(sortedBy(sort, descending), kEveryUnit, {}, 50);
        REQUIRE(page.ok());
        CHECK_FALSE(page->next.valid);
        return idsOf(page->cases);
    };
    CHECK(ids(domain::QueueSort::Received, true) == QList<qint64> {newest, sameTime, middle, oldUrgent, oldest});
    CHECK(ids(domain::QueueSort::Received, false) == QList<qint64> {oldest, oldUrgent, middle, sameTime, newest});
    CHECK(ids(domain::QueueSort::Deadline, false) == QList<qint64> {oldUrgent, oldest, sameTime, newest, middle});
    CHECK(ids(domain::QueueSort::Deadline, true) == QList<qint64> {middle, newest, sameTime, oldest, oldUrgent});
}

TEST_CASE("Keyset paging walks the whole queue in every order without losing or repeating a case", "[queue][store]")
{
    QueueFixture fx;
    const qint64 now = testNow();
    QRandomGenerator rng(1616);
    const QStringList units {QStringLiteral("29236"), QStringLiteral("29239"), QStringLiteral("29263"), QStringLiteral("84-PC06"),
                             QStringLiteral("29524")};
    for (int i = 0; i < 160; ++i) {
        CaseSpec spec;
        spec.unit = units.at(int(rng.bounded(units.size())));
        spec.urgent = rng.bounded(5) == 0;
        spec.dueAt = rng.bounded(4) == 0 ? 0 : now + qint64(rng.bounded(6)) * kHour;
        // Few distinct reception times, so that ties are broken by id across page boundaries.
        spec.at = now - qint64(1 + rng.bounded(5)) * kHour;
        spec.category = Category(rng.bounded(5));
        const qint64 id = fx.addCase(spec);
        if (rng.bounded(6) == 0)
            fx.setStatus(id, QStringLiteral("closed"));
    }
    store::QueueStore store(fx.db());

    const auto check = [&](QueueFilter filter) {
        const qint64 total = store.total(filter, kEveryUnit).value();
        CHECK(total > 10);
        for (const bool descending : {false, true}) {
            for (const auto sort : {domain::QueueSort::Received, domain::QueueSort::Deadline}) {
                filter.sort = sort;
                filter.descending = descending;
                INFO("by " << (sort == domain::QueueSort::Received ? "reception" : "deadline") << (descending ? " descending" : ""));
                const auto whole = allPages(store, filter, 1000);
                CHECK(whole.size() == total);
                CHECK(idSet(whole).size() == whole.size());
                // The order the window's live updates insert by is the store's.
                CHECK(std::is_sorted(whole.begin(), whole.end(), [&filter](const domain::CaseSummary &a, const domain::CaseSummary &b) {
                    return store::QueueStore::sortKey(a, filter) < store::QueueStore::sortKey(b, filter);
                }));
                if (sort == domain::QueueSort::Received) {
                    auto expected = whole;
                    std::sort(expected.begin(), expected.end(), receivedBefore);
                    if (descending)
                        std::reverse(expected.begin(), expected.end());
                    CHECK(idsOf(whole) == idsOf(expected));
                } else {
                    auto ascending = whole;
                    if (descending)
                        std::reverse(ascending.begin(), ascending.end());
                    CHECK(std::is_sorted(ascending.begin(), ascending.end(), inQueueOrder));
                }
                for (const int pageSize : {1, 7, 50}) {
                    INFO("page size " << pageSize);
                    CHECK(idsOf(allPages(store, filter, pageSize)) == idsOf(whole));
                }
            }
        }
    };

    SECTION("open cases")
    {
        check(filterNow());
    }
    SECTION("every status, merged from open and closed cases")
    {
        QueueFilter f = filterNow();
        f.statuses = QStringList {QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("transferred"), QStringLiteral("answered"),
                                  QStringLiteral("closed")};
        check(f);
    }
    SECTION("a district: its communes' queues merged")
    {
        QueueFilter f = filterNow();
        f.unitIds = QStringList {QStringLiteral("842")};
        check(f);
    }
    SECTION("a category")
    {
        QueueFilter f = filterNow();
        f.category = Category::ProcedureQuestion;
        check(f);
    }
    SECTION("a level: one ordered scan, units tested per row")
    {
        QueueFilter f = filterNow();
        f.level = QStringLiteral("commune");
        check(f);
    }
}

TEST_CASE("A search comes newest match first whatever order the queue is sorted in", "[queue][store]")
{
    QueueFixture fx;
    const qint64 now = testNow();
    const qint64 first = fx.addCase(CaseSpec().by(QStringLiteral("a")).saying(QStringLiteral("Hỏi căn cước")).when(now - 5 * kHour));
    const qint64 second = fx.addCase(CaseSpec().saying(QStringLiteral("Làm căn cước ở đâu")).when(now - 4 * kHour).isUrgent().due(now));
    const qint64 third = fx.addCase(CaseSpec().saying(QStringLiteral("căn cước gắn chip")).when(now - 3 * kHour));
    fx.addMessage(QStringLiteral("29236"), QStringLiteral("a"), now - kHour, QStringLiteral("Dạ căn cước của em"));
    store::QueueStore store(fx.db());
    for (const bool descending : {false, true}) {
        for (const auto sort : {domain::QueueSort::Received, domain::QueueSort::Deadline}) {
            QueueFilter f = sortedBy(sort, descending);
            f.search = domain::foldQuery(QStringLiteral("căn cước"));
            CHECK(idsOf(allPages(store, f, 2)) == QList<qint64> {first, third, second});
        }
    }
}

TEST_CASE("Every filter of the queue selects what it says", "[queue][store]")
{
    QueueFixture fx;
    const qint64 now = testNow();
    const qint64 commune = fx.addCase(CaseSpec().in(QStringLiteral("29236")).as(Category::CrimeReport).isUrgent());
    const qint64 otherCommune = fx.addCase(CaseSpec().in(QStringLiteral("29524")).as(Category::Petition));
    const qint64 department = fx.addCase(CaseSpec().in(QStringLiteral("84-PC06")).as(Category::ProcedureQuestion));
    const qint64 province = fx.addCase(CaseSpec().in(QStringLiteral("84")).as(Category::Other));
    const qint64 forwarded = fx.addCase(CaseSpec().in(QStringLiteral("29239")).as(Category::ProcedureQuestion));
    fx.moveTo(forwarded, QStringLiteral("84-PC06")); // the current unit counts, not the origin
    fx.setStatus(forwarded, QStringLiteral("transferred"));
    const qint64 answered = fx.addCase(CaseSpec().in(QStringLiteral("29239")).when(now - 3 * kDay).answered(now - 2 * kDay));
    const qint64 closed = fx.addCase(CaseSpec().in(QStringLiteral("29236")).when(now - 20 * kDay).answered(now - 19 * kDay));
    fx.setStatus(closed, QStringLiteral("closed"));
    fx.setAssignee(department, QStringLiteral("Nguyễn Thị B"));

    store::QueueStore store(fx.db());
    const auto ids = [&](const QueueFilter &f) {
        const auto cases = allPages(store, f, 2);
        CHECK(store.total(f, kEveryUnit).value() == cases.size());
        return idSet(cases);
    };
    using Set = QSet<qint64>;

    QueueFilter f = filterNow();
    CHECK(ids(f) == Set {commune, otherCommune, department, province, forwarded, answered});

    SECTION("unit: the unit and every unit under it, by the case's current unit")
    {
        f.unitIds = QStringList {QStringLiteral("842")};
        CHECK(ids(f) == Set {commune, answered});
        f.unitIds = QStringList {QStringLiteral("84")};
        CHECK(ids(f) == Set {commune, otherCommune, department, province, forwarded, answered});
        f.unitIds = QStringList {QStringLiteral("84-PC06")};
        CHECK(ids(f) == Set {department, forwarded});
        f.unitIds = QStringList {QStringLiteral("no-such-unit")};
        auto bad = store.page(f, kEveryUnit);
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().message.contains(QStringLiteral("no-such-unit")));
    }
    SECTION("level of the current unit")
    {
        f.level = QStringLiteral("commune");
        CHECK(ids(f) == Set {commune, otherCommune, answered});
        f.level = QStringLiteral("department");
        CHECK(ids(f) == Set {department, forwarded});
        f.level = QStringLiteral("province");
        CHECK(ids(f) == Set {province});
        f.level = QStringLiteral("district");
        CHECK(ids(f).isEmpty());
        f.unitIds = QStringList {QStringLiteral("842")};
        f.level = QStringLiteral("commune");
        CHECK(ids(f) == Set {commune, answered});
        f.level = QStringLiteral("county");
        CHECK_FALSE(store.page(f, kEveryUnit).ok());
    }
    SECTION("category")
    {
        f.category = Category::ProcedureQuestion;
        CHECK(ids(f) == Set {department, forwarded, answered});
        f.category = Category::CrimeReport;
        CHECK(ids(f) == Set {commune});
    }
    SECTION("statuses")
    {
        f.statuses = QStringList {QStringLiteral("answered")};
        CHECK(ids(f) == Set {answered});
        f.statuses = QStringList {QStringLiteral("closed")};
        CHECK(ids(f) == Set {closed});
        f.statuses = QStringList {QStringLiteral("transferred"), QStringLiteral("closed")};
        CHECK(ids(f) == Set {forwarded, closed});
        f.statuses = QStringList {QStringLiteral("new")};
        CHECK(ids(f) == Set {commune, otherCommune, department, province});
        f.statuses = QStringList {QStringLiteral("pending")};
        auto bad = store.page(f, kEveryUnit);
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().message.contains(QStringLiteral("pending")));
    }
    SECTION("assignee")
    {
        f.assignee = QStringLiteral("Nguyễn Thị B");
        CHECK(ids(f) == Set {department});
    }
    SECTION("reply window closing: the citizen wrote between 24 hours and 7 days ago")
    {
        f.replyWindowClosing = true;
        CHECK(ids(f) == Set {answered});
    }
    SECTION("scope: an officer sees only the units of the scope")
    {
        domain::OfficerScope scope;
        scope.everyUnit = false;
        scope.units = {QStringLiteral("29236"), QStringLiteral("29239")};
        auto page = store.page(f, scope, {}, 50);
        REQUIRE(page.ok());
        CHECK(idSet(page->cases) == Set {commune, answered});
        f.unitIds = QStringList {QStringLiteral("84-PC06")};
        CHECK(store.total(f, scope).value() == 0);
        CHECK_FALSE(store.summary(department, scope).ok());
        CHECK(store.summary(commune, scope).ok());
    }
}

TEST_CASE("Category counts apply every other filter and unit counts are each unit's own", "[queue][store]")
{
    QueueFixture fx;
    const qint64 now = testNow();
    fx.addCase(CaseSpec().in(QStringLiteral("29236")).as(Category::CrimeReport).isUrgent().due(now - kMinute));
    fx.addCase(CaseSpec().in(QStringLiteral("29236")).as(Category::ProcedureQuestion).due(now + kHour));
    fx.addCase(
        CaseSpec().in(QStringLiteral("29236")).as(Category::ProcedureQuestion).due(now - kHour).answered(now - 10 * kMinute)); // answered in time:
                                                                                                                               // not overdue
    fx.addCase(CaseSpec().in(QStringLiteral("29239")).as(Category::ProcedureQuestion).due(now - 2 * kHour));
    fx.addCase(CaseSpec().in(QStringLiteral("84-PC06")).as(Category::Petition));
    const qint64 closed = fx.addCase(CaseSpec().in(QStringLiteral("29239")).as(Category::CrimeReport).isUrgent().due(now - kDay));
    fx.setStatus(closed, QStringLiteral("closed"));

    store::QueueStore store(fx.db());
    QueueFilter f = filterNow();
    auto counts = store.categoryCounts(f, kEveryUnit);
    REQUIRE(counts.ok());
    CHECK(counts->value(Category::CrimeReport) == 1);
    CHECK(counts->value(Category::ProcedureQuestion) == 3);
    CHECK(counts->value(Category::Petition) == 1);
    CHECK(counts->value(Category::Other) == 0);

    f.unitIds = QStringList {QStringLiteral("842")};
    f.category = Category::Petition; // ignored: the tabs show every category
    counts = store.categoryCounts(f, kEveryUnit);
    REQUIRE(counts.ok());
    CHECK(counts->value(Category::CrimeReport) == 1);
    CHECK(counts->value(Category::ProcedureQuestion) == 3);
    CHECK(counts->value(Category::Petition) == 0);

    auto units = store.unitCounts(now, kEveryUnit);
    REQUIRE(units.ok());
    CHECK(units->size() == 3);
    CHECK(units->value(QStringLiteral("29236")).open == 3);
    CHECK(units->value(QStringLiteral("29236")).urgent == 1);
    CHECK(units->value(QStringLiteral("29236")).overdue == 1);
    CHECK(units->value(QStringLiteral("29239")).open == 1);
    CHECK(units->value(QStringLiteral("29239")).urgent == 0);
    CHECK(units->value(QStringLiteral("29239")).overdue == 1);
    CHECK(units->value(QStringLiteral("84-PC06")).open == 1);
    CHECK_FALSE(units->contains(QStringLiteral("842"))); // own counts only; the tree rolls up
}

TEST_CASE("Search finds words with or without diacritics or đ and in decomposed input newest first", "[queue][store]")
{
    QueueFixture fx;
    const qint64 now = testNow();
    const qint64 oldest
        = fx.addCase(CaseSpec().by(QStringLiteral("a")).saying(QStringLiteral("Cho em hỏi đăng ký thường trú ạ")).when(now - 5 * kHour));
    const qint64 plainTyped = fx.addCase(CaseSpec().saying(QStringLiteral("xin hoi dang ky tam tru o dau")).when(now - 4 * kHour));
    const qint64 other = fx.addCase(CaseSpec().saying(QStringLiteral("Mất xe máy trước nhà")).when(now - 3 * kHour).as(Category::CrimeReport));
    const qint64 newest = fx.addCase(CaseSpec().saying(QStringLiteral("ĐĂNG KÝ xe máy cũ ở đâu")).when(now - 2 * kHour));
    // A second matching message of the oldest case, after the others: the case comes first, once.
    fx.addMessage(QStringLiteral("29236"), QStringLiteral("a"), now - kHour, QStringLiteral("Dạ em hỏi lại việc đăng ký"));

    store::QueueStore store(fx.db());
    const auto search = [&](const QString &text) {
        QueueFilter f = filterNow();
        f.search = domain::foldQuery(text);
        auto page = store.page(f, kEveryUnit, {}, 50);
        REQUIRE(page.ok());
        CHECK(store.total(f, kEveryUnit).value() == page->cases.size());
        return idsOf(page->cases);
    };

    CHECK(search(QStringLiteral("đăng ký")) == QList<qint64> {oldest, newest, plainTyped});
    CHECK(search(QStringLiteral("dang ky")) == QList<qint64> {oldest, newest, plainTyped});
    CHECK(search(QStringLiteral("ĐĂNG KÝ")) == QList<qint64> {oldest, newest, plainTyped});
    // Decomposed Unicode (NFD) as some keyboards and pasted text deliver it.
    CHECK(search(QStringLiteral("đăng ký").normalized(QString::NormalizationForm_D)) == QList<qint64> {oldest, newest, plainTyped});
    CHECK(search(QStringLiteral("xe máy")) == QList<qint64> {newest, other});
    CHECK(search(QStringLiteral("xe ma")) == QList<qint64> {newest, other}); // the last word is a prefix
    CHECK(search(QStringLiteral("tạm trú")) == QList<qint64> {plainTyped});
    CHECK(search(QStringLiteral("hộ chiếu")).isEmpty());
    CHECK(search(QStringLiteral("\" OR * NEAR(")).isEmpty()); // FTS syntax in the box is just text

    // Tab counts of a search, open cases only, stopping early or not.
    QueueFilter open = filterNow();
    open.search = domain::foldQuery(QStringLiteral("đăng ký"));
    auto tabs = store.categoryCountsUpTo(open, kEveryUnit, 2);
    REQUIRE(tabs.ok());
    CHECK(tabs->capped);
    CHECK(tabs->counts.value(Category::ProcedureQuestion) == 3);
    tabs = store.categoryCountsUpTo(open, kEveryUnit, 3);
    REQUIRE(tabs.ok());
    CHECK_FALSE(tabs->capped);
    CHECK(tabs->counts.value(Category::ProcedureQuestion) == 3);

    QueueFilter f = filterNow();
    f.search = domain::foldQuery(QStringLiteral("xe máy"));
    f.category = Category::CrimeReport;
    auto filtered = store.page(f, kEveryUnit, {}, 50);
    REQUIRE(filtered.ok());
    CHECK(idsOf(filtered->cases) == QList<qint64> {other});
}

TEST_CASE("Search pages continue newest first without repeating a case", "[queue][store]")
{
    QueueFixture fx;
    const qint64 now = testNow();
    QRandomGenerator rng(7);
    // 40 citizens write about the same word several times, interleaved.
    QSet<QString> users;
    for (int i = 0; i < 120; ++i) {
        const QString user = QStringLiteral("c%1").arg(rng.bounded(40));
        users.insert(user);
        fx.addMessage(QStringLiteral("29236"), user, now - 10 * kDay + i * kMinute, QStringLiteral("Hỏi về căn cước lần %1").arg(i));
    }
    store::QueueStore store(fx.db());
    QueueFilter f = filterNow();
    f.search = domain::foldQuery(QStringLiteral("căn cước"));
    f.statuses = QStringList {QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("answered"), QStringLiteral("closed")};
    const auto whole = allPages(store, f, 500);
    CHECK(whole.size() == users.size());
    CHECK(store.total(f, kEveryUnit).value() == users.size());
    for (const int pageSize : {1, 3, 10}) {
        INFO("page size " << pageSize);
        const auto paged = allPages(store, f, pageSize);
        CHECK(idsOf(paged) == idsOf(whole));
    }
    // Tab counts of a search may stop early, and then say so.
    const auto sum = [](const QMap<Category, qint64> &m) {
        qint64 n = 0;
        for (const qint64 v : m)
            n += v;
        return n;
    };
    auto capped = store.categoryCountsUpTo(f, kEveryUnit, 10);
    REQUIRE(capped.ok());
    CHECK(capped->capped);
    CHECK(sum(capped->counts) == 11);
    auto uncapped = store.categoryCountsUpTo(f, kEveryUnit, 1000);
    REQUIRE(uncapped.ok());
    CHECK_FALSE(uncapped->capped);
    CHECK(uncapped->counts == store.categoryCounts(f, kEveryUnit).value());
    CHECK(sum(uncapped->counts) == users.size());

    // Newest first: each case's last message is newer than the next case's.
    for (int i = 1; i < whole.size(); ++i)
        CHECK(whole.at(i - 1).lastCitizenAt > whole.at(i).lastCitizenAt);
}

TEST_CASE("Citizens' names come from their profiles and texts are kept verbatim", "[queue][store]")
{
    QueueFixture fx;
    const qint64 named = fx.addCase(CaseSpec().named(QStringLiteral("Trần Văn C")).saying(QStringLiteral("<b>xin</b> chào")));
    const qint64 unnamed = fx.addCase(CaseSpec());
    store::QueueStore store(fx.db());
    auto a = store.summary(named, kEveryUnit);
    REQUIRE(a.ok());
    CHECK(a->citizenName == QStringLiteral("Trần Văn C"));
    CHECK(a->preview == QStringLiteral("<b>xin</b> chào")); // stored verbatim, shown as plain text
    auto page = store.page(filterNow(), kEveryUnit, {}, 10);
    REQUIRE(page.ok());
    REQUIRE(page->cases.size() == 2);
    CHECK(page->cases.at(0).citizenName == QStringLiteral("Trần Văn C"));
    auto c = store.summary(unnamed, kEveryUnit);
    REQUIRE(c.ok());
    CHECK(c->citizenName.isEmpty());
    CHECK_FALSE(store.summary(999999, kEveryUnit).ok());
}

TEST_CASE("The queue is read from its indexes in order and never sorted whole", "[queue][store][sqlite]")
{
    QueueFixture fx;
    fx.addCase(CaseSpec());
    store::QueueStore store(fx.db());
    const auto plans = [&](const QueueFilter &f) {
        auto p = store.explainFirstPage(f, kEveryUnit);
        REQUIRE(p.ok());
        REQUIRE_FALSE(p->isEmpty());
        return *p;
    };
    const auto checkIndexed = [](const QStringList &statements, const char *index) {
        for (const QString &plan : statements) {
            INFO(plan.toStdString());
            CHECK(plan.contains(QLatin1String(index)));
            CHECK_FALSE(plan.contains(QLatin1String("TEMP B-TREE")));
            CHECK_FALSE(plan.contains(QLatin1String("SCAN c ")));
        }
    };
    QueueFilter f = filterNow();
    checkIndexed(plans(f), "cases_queue");
    f.unitIds = QStringList {QStringLiteral("29236")};
    checkIndexed(plans(f), "cases_unit_queue");
    f.unitIds = QStringList {QStringLiteral("842")};
    const QStringList district = plans(f);
    CHECK(district.size() == 11); // the district and its ten communes, merged
    checkIndexed(district, "cases_unit_queue");
    f.unitIds.clear();
    f.category = Category::CrimeReport;
    checkIndexed(plans(f), "cases_category_queue");
    f.category.reset();
    f.level = QStringLiteral("commune"); // 106 units: one ordered scan, units tested per row
    checkIndexed(plans(f), "cases_queue");

    // Every other order from its own index, forwards or backwards.
    for (const bool descending : {false, true}) {
        INFO((descending ? "descending" : "ascending"));
        f = sortedBy(domain::QueueSort::Received, descending);
        checkIndexed(plans(f), "cases_received");
        f.unitIds = QStringList {QStringLiteral("29236")};
        checkIndexed(plans(f), "cases_unit_received");
        f.unitIds = QStringList {QStringLiteral("842")};
        checkIndexed(plans(f), "cases_unit_received");
        f.unitIds.clear();
        f.category = Category::CrimeReport;
        checkIndexed(plans(f), "cases_category_received");
        f.category.reset();
        f.level = QStringLiteral("commune");
        checkIndexed(plans(f), "cases_received");
        f.level.clear();
        f.statuses = QStringList {QStringLiteral("open"), QStringLiteral("closed")};
        checkIndexed(plans(f), "cases_received");

        f = sortedBy(domain::QueueSort::Deadline, descending);
        checkIndexed(plans(f), "cases_queue");
        f.unitIds = QStringList {QStringLiteral("842")};
        checkIndexed(plans(f), "cases_unit_queue");
        f.unitIds.clear();
        f.category = Category::CrimeReport;
        checkIndexed(plans(f), "cases_category_queue");
    }

    f = filterNow();
    f.search = QStringLiteral("can cuoc");
    const QString search = plans(f).constFirst();
    INFO(search.toStdString());
    CHECK(search.contains(QLatin1String("VIRTUAL TABLE")));
    CHECK_FALSE(search.contains(QLatin1String("TEMP B-TREE")));
}

TEST_CASE("On PostgreSQL every order of the queue can be read from an index without sorting", "[queue][store][postgres]")
{
    QueueFixture fx;
    fx.addCase(CaseSpec());
    // A test's few cases are read fastest by sorting them: what is checked is that an index can
    // give each order, as it must for a province's hundreds of thousands of cases.
    REQUIRE(fx.db().exec("SET enable_sort = off").ok());
    REQUIRE(fx.db().exec("SET enable_seqscan = off").ok());
    store::QueueStore store(fx.db());
    const auto checkIndexed = [&](const QueueFilter &f, const char *index) {
        auto plans = store.explainFirstPage(f, kEveryUnit);
        REQUIRE(plans.ok());
        REQUIRE_FALSE(plans->isEmpty());
        for (const QString &plan : *plans) {
            INFO(plan.toStdString());
            CHECK(plan.contains(QLatin1String(index)));
            CHECK_FALSE(plan.contains(QLatin1String("Sort")));
        }
    };
    for (const bool descending : {false, true}) {
        INFO((descending ? "descending" : "ascending"));
        QueueFilter f = sortedBy(domain::QueueSort::Received, descending);
        checkIndexed(f, "cases_received");
        f.unitIds = QStringList {QStringLiteral("29236")};
        checkIndexed(f, "cases_unit_received");
        f.unitIds.clear();
        f.category = Category::CrimeReport;
        checkIndexed(f, "cases_category_received");
        f = sortedBy(domain::QueueSort::Deadline, descending);
        checkIndexed(f, "cases_queue");
        f.unitIds = QStringList {QStringLiteral("29236")};
        checkIndexed(f, "cases_unit_queue");
        f.unitIds.clear();
        f.category = Category::CrimeReport;
        checkIndexed(f, "cases_category_queue");
    }
}

TEST_CASE("The FTS query quotes every word and makes the last a prefix", "[queue][store]")
{
    CHECK(store::QueueStore::ftsQuery(QStringLiteral("can cuoc")) == QStringLiteral("\"can\" \"cuoc\"*"));
    CHECK(store::QueueStore::ftsQuery(QStringLiteral("  \"a\" OR b*  ")) == QStringLiteral("\"a\" \"OR\" \"b\"*"));
    CHECK(store::QueueStore::ftsQuery(QStringLiteral(" ,.; ")).isEmpty());
}
