// casedesk-bench-queue: how fast the triage queue answers on a province-sized store, each figure
// next to the bare SQL query that computes the same thing, and the GUI's peak memory.
//
// The "bare SQL" lines are reference queries of this benchmark only (the naive single statement
// an engineer would write first); the program itself reads through QueueStore.

#include "benchstore.h"
#include "benchtools.h"

#include "core/common/clock.h"
#include "core/domain/casetypes.h"
#include "core/domain/textfold.h"
#include "core/store/database.h"
#include "core/store/queuestore.h"
#include "core/store/statement.h"
#include "ui/mainwindow.h"
#include "ui/queuemodel.h"
#include "ui/services.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>
#include <QProcess>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace casedesk;
using bench::measure;
using bench::Timing;

namespace {

/// Runs a reference query to its end; returns the rows read.
qint64 runBare(store::Database &db, const QByteArray &sql, const std::function<void(store::Statement &)> &bind = {})
{
    store::Statement st(db, sql.constData());
    if (bind)
        bind(st);
    qint64 rows = 0;
    while (st.next())
        ++rows;
    if (st.failed())
        std::fprintf(stderr, "bare query failed: %s\n", qUtf8Printable(st.error()));
    return rows;
}

void report(const char *what, const Timing &ours, const Timing &bare, double aimMs, qint64 rows)
{
    std::printf("%-46s %8.2f ms (cold %8.2f)   bare SQL %8.2f ms (cold %8.2f)   rows %6lld   aim < %3.0f ms %s\n", what, ours.median, ours.first,
                bare.median, bare.first, static_cast<long long>(rows), aimMs, ours.median < aimMs ? "ok" : "MISSED");
}

/// Times our way, then the bare query; @p rows is what our way last returned.
void compare(const char *what, const std::function<void()> &ours, const std::function<void()> &bare, double aimMs, const qint64 &rows,
             int repeats = 15)
{
    const Timing o = measure(ours, repeats);
    const qint64 ourRows = rows;
    const Timing b = measure(bare, repeats);
    report(what, o, b, aimMs, ourRows);
}

const char kBareColumns[] = "SELECT c.id, c.code, c.oa_id, c.user_id, c.unit_id, c.origin_unit, c.transfer_from, c.category, "
                            "c.confidence, c.category_by, c.urgent, c.status, c.assignee, c.competent_unit, c.opened_at, "
                            "c.first_response_at, c.last_citizen_at, c.last_message_at, c.due_at, c.closed_at, c.previous_case, "
                            "c.preview, c.version, ci.display_name FROM cases c LEFT JOIN citizens ci ON ci.oa_id = c.oa_id "
                            "AND ci.user_id = c.user_id ";

/// The child process: the main window with its models on the store, offscreen; prints VmHWM.
int memoryProbe(int argc, char *argv[], const QString &path, int cacheMb)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const long before = long(bench::peakMemoryKb());
    auto db = store::Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(db.error().message));
        return 1;
    }
    if (cacheMb > 0) {
        // To weigh a larger page cache than SQLite's default 2 MB for the GUI's connection.
        const QByteArray pragma = "PRAGMA cache_size = -" + QByteArray::number(cacheMb * 1024);
        if (auto r = db->exec(pragma.constData()); !r)
            return 1;
    }
    QElapsedTimer t;
    t.start();
    SystemClock clock;
    domain::OfficerScope scope;
    scope.officer = QStringLiteral("Bench");
    ui::Services services(*db, clock, scope);
    ui::MainWindow window(services);
    window.show();
    QApplication::processEvents();
    const double shown = double(t.nsecsElapsed()) / 1e6;
    // Scroll through ten pages, search, and go back: what an officer does in the first minutes.
    ui::QueueModel *model = window.queueModel();
    for (int i = 0; i < 10 && model->canFetchMore({}); ++i)
        model->fetchMore({});
    window.queueView()->scrollToBottom();
    QApplication::processEvents();
    const int rows = model->rowCount();
    // What the officer waits for in the window: the model's first page and the tabs' counts
    // (median of five; the first touch of the file's pages is the cold figure).
    const auto median = [&t](const std::function<void()> &prepare, const std::function<void()> &action) {
        QVector<double> runs;
        for (int i = 0; i < 5; ++i) {
            prepare();
            QApplication::processEvents();
            t.restart();
            action();
            QApplication::processEvents();
            runs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::sort(runs.begin(), runs.end());
        return runs.at(2);
    };
    const double tab = median([&] { window.categoryTabs()->setCurrentIndex(0); }, [&] { window.categoryTabs()->setCurrentIndex(1); });
    window.categoryTabs()->setCurrentIndex(0);
    const double search = median(
        [&] {
            window.searchEdit()->clear();
            window.runSearch();
            window.searchEdit()->setText(QString::fromUtf8(bench::kCommonWord));
        },
        [&] { window.runSearch(); });
    window.searchEdit()->clear();
    window.runSearch();
    const double refresh = median([] {}, [&] { window.refreshFromStore(); });
    if (const QString shot = qEnvironmentVariable("CASEDESK_BENCH_SCREENSHOT"); !shot.isEmpty()) {
        // A picture of the window on the big store, searching, for people to check.
        window.queueView()->scrollToTop();
        window.searchEdit()->setText(QStringLiteral("đăng ký"));
        window.runSearch();
        window.queueView()->selectRow(0);
        QApplication::processEvents();
        window.grab().save(shot);
    }
    std::printf("%.2f %d %ld %ld %.2f %.2f %.2f\n", shown, rows, before, long(bench::peakMemoryKb()), tab, search, refresh);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i + 2 < argc; ++i) {
        if (qstrcmp(argv[i], "--memory-probe") == 0)
            return memoryProbe(argc, argv, QString::fromLocal8Bit(argv[i + 1]), QByteArray(argv[i + 2]).toInt());
    }

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the triage queue on a store of 1,000,000 messages in 300,000 cases."));
    parser.addHelpOption();
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("The benchmark store (generated once, then reused)."),
                                         QStringLiteral("PATH"), QDir::temp().filePath(QStringLiteral("casedesk-bench-queue.sqlite")));
    parser.addOption(storeOption);
    parser.process(app);

    bench::BenchStore::Options options;
    auto info = bench::BenchStore::ensure(parser.value(storeOption), options);
    if (!info) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(info.error().message));
        return 1;
    }
    auto db = store::Database::open(info->path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(db.error().message));
        return 1;
    }
    store::Database &d = *db;
    {
        store::Statement counts(d,
                                "SELECT (SELECT count(*) FROM messages), (SELECT count(*) FROM cases), "
                                "(SELECT count(*) FROM cases WHERE is_open = 1), (SELECT count(*) FROM units)");
        counts.next();
        std::printf("store %s: %lld messages, %lld cases (%lld open), %lld units%s\n", qUtf8Printable(info->path),
                    static_cast<long long>(counts.int64(0)), static_cast<long long>(counts.int64(1)), static_cast<long long>(counts.int64(2)),
                    static_cast<long long>(counts.int64(3)),
                    info->generated ? qUtf8Printable(QStringLiteral(", generated in %1 s").arg(info->generationSeconds, 0, 'f', 0)) : ", reused");
    }

    store::QueueStore queue(d);
    const domain::OfficerScope scope;
    domain::QueueFilter base;
    base.now = info->now;
    qint64 rows = 0;
    const int page = ui::QueueModel::kPageSize;
    const auto ourPage = [&](const domain::QueueFilter &f) {
        return [&queue, &scope, &rows, f, page] {
            auto p = queue.page(f, scope, {}, page);
            rows = p ? p->cases.size() : -1;
        };
    };
    std::printf("\n%d rows a page; median of 15 warm runs, first (cold) run in brackets\n", page);

    compare(
        "first page of the queue", ourPage(base),
        [&] { runBare(d, QByteArray(QByteArray(kBareColumns) + "WHERE c.is_open = 1 ORDER BY c.queue_urgent DESC, c.due_sort, c.id LIMIT 100")); },
        50, rows);

    domain::QueueFilter district = base;
    district.unitIds = QStringList {QStringLiteral("842")};
    const char *bareUnit = "WHERE c.is_open = 1 AND c.unit_id IN (WITH RECURSIVE sub(id) AS (SELECT ?1 UNION SELECT u.id FROM units u "
                           "JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub) ORDER BY c.queue_urgent DESC, c.due_sort, c.id LIMIT 100";
    compare(
        "filter: a district (11 units)", ourPage(district),
        [&] { runBare(d, QByteArray(QByteArray(kBareColumns) + bareUnit), [](store::Statement &st) { st.bind(1, QStringLiteral("842")); }); }, 50,
        rows);
    domain::QueueFilter commune = base;
    commune.unitIds = QStringList {QStringLiteral("29236")};
    compare(
        "filter: a commune", ourPage(commune),
        [&] { runBare(d, QByteArray(QByteArray(kBareColumns) + bareUnit), [](store::Statement &st) { st.bind(1, QStringLiteral("29236")); }); }, 50,
        rows);
    domain::QueueFilter crime = base;
    crime.category = domain::Category::CrimeReport;
    compare(
        "filter: a category (crime reports)", ourPage(crime),
        [&] {
            runBare(d,
                    QByteArray(QByteArray(kBareColumns)
                               + "WHERE c.is_open = 1 AND c.category = 'crime_report' ORDER BY c.queue_urgent DESC, "
                                 "c.due_sort, c.id LIMIT 100"));
        },
        50, rows);
    domain::QueueFilter communes = base;
    communes.level = QStringLiteral("commune");
    compare(
        "filter: a level (106 communes)", ourPage(communes),
        [&] {
            runBare(d,
                    QByteArray(QByteArray(kBareColumns)
                               + "WHERE c.is_open = 1 AND c.unit_id IN (SELECT id FROM units WHERE level = 'commune') "
                                 "ORDER BY c.queue_urgent DESC, c.due_sort, c.id LIMIT 100"));
        },
        50, rows);
    domain::QueueFilter everything = base;
    everything.statuses = QStringList {QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("transferred"), QStringLiteral("answered"),
                                       QStringLiteral("closed")};
    compare(
        "all statuses (300,000 cases)", ourPage(everything),
        [&] { runBare(d, QByteArray(QByteArray(kBareColumns) + "ORDER BY c.queue_urgent DESC, c.due_sort, c.id LIMIT 100")); }, 50, rows, 5);
    // Deep page: keyset paging costs the same on page 50 as on page 1.
    {
        domain::QueueCursor cursor;
        for (int i = 0; i < 49; ++i)
            cursor = queue.page(everything, scope, cursor, page)->next;
        compare(
            "page 50 of all statuses",
            [&] {
                auto p = queue.page(everything, scope, cursor, page);
                rows = p ? p->cases.size() : -1;
            },
            [&] { runBare(d, QByteArray(QByteArray(kBareColumns) + "ORDER BY c.queue_urgent DESC, c.due_sort, c.id LIMIT 100 OFFSET 4900")); }, 50,
            rows, 5);
    }
    // The whole queue by reception, newest first, from its own indexes (migration 11).
    {
        domain::QueueFilter newest = base;
        newest.sort = domain::QueueSort::Received;
        newest.descending = true;
        compare(
            "newest first", ourPage(newest),
            [&] { runBare(d, QByteArray(QByteArray(kBareColumns) + "WHERE c.is_open = 1 ORDER BY c.opened_at DESC, c.id DESC LIMIT 100")); }, 50,
            rows);
        domain::QueueFilter newestDistrict = district;
        newestDistrict.sort = domain::QueueSort::Received;
        newestDistrict.descending = true;
        compare(
            "newest first: a district (11 units)", ourPage(newestDistrict),
            [&] {
                runBare(d,
                        QByteArray(QByteArray(kBareColumns)
                                   + "WHERE c.is_open = 1 AND c.unit_id IN (WITH RECURSIVE sub(id) AS (SELECT ?1 UNION SELECT u.id FROM units u "
                                     "JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub) ORDER BY c.opened_at DESC, c.id DESC LIMIT 100"),
                        [](store::Statement &st) { st.bind(1, QStringLiteral("842")); });
            },
            50, rows);
        domain::QueueFilter oldestCrime = crime;
        oldestCrime.sort = domain::QueueSort::Received;
        compare(
            "oldest first: crime reports", ourPage(oldestCrime),
            [&] {
                runBare(d,
                        QByteArray(QByteArray(kBareColumns)
                                   + "WHERE c.is_open = 1 AND c.category = 'crime_report' ORDER BY c.opened_at, c.id LIMIT 100"));
            },
            50, rows);
        domain::QueueFilter newestEverything = everything;
        newestEverything.sort = domain::QueueSort::Received;
        newestEverything.descending = true;
        domain::QueueCursor cursor;
        for (int i = 0; i < 49; ++i)
            cursor = queue.page(newestEverything, scope, cursor, page)->next;
        compare(
            "page 50 of all statuses, newest first",
            [&] {
                auto p = queue.page(newestEverything, scope, cursor, page);
                rows = p ? p->cases.size() : -1;
            },
            [&] { runBare(d, QByteArray(QByteArray(kBareColumns) + "ORDER BY c.opened_at DESC, c.id DESC LIMIT 100 OFFSET 4900")); }, 50, rows, 5);
    }
    compare(
        "tab counts (categories, open)",
        [&] {
            auto c = queue.categoryCounts(base, scope);
            rows = c ? c->size() : -1;
        },
        [&] { runBare(d, "SELECT category, count(*) FROM cases WHERE is_open = 1 GROUP BY category"); }, 150, rows);
    compare(
        "tab counts + total + page (district)",
        [&] {
            auto c = queue.categoryCounts(district, scope);
            auto t = queue.total(district, scope);
            auto p = queue.page(district, scope, {}, page);
            rows = p ? p->cases.size() : -1;
        },
        [&] {
            runBare(d,
                    "SELECT category, count(*) FROM cases WHERE is_open = 1 AND unit_id IN (WITH RECURSIVE sub(id) AS (SELECT '842' "
                    "UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub) GROUP BY category");
            runBare(d, QByteArray(QByteArray(kBareColumns) + bareUnit), [](store::Statement &st) { st.bind(1, QStringLiteral("842")); });
        },
        50, rows);

    const char *bareSearch = "SELECT m.case_id, max(messages_fts.rowid) AS newest FROM messages_fts JOIN messages m ON m.id = "
                             "messages_fts.rowid JOIN cases c ON c.id = m.case_id WHERE messages_fts MATCH ?1 %1 GROUP BY m.case_id "
                             "ORDER BY newest DESC LIMIT 100";
    for (const char *word : {bench::kCommonWord, bench::kRareWord}) {
        for (const bool all : {false, true}) {
            domain::QueueFilter f = all ? everything : base;
            f.search = domain::foldQuery(QString::fromUtf8(word));
            const QString fts = store::QueueStore::ftsQuery(f.search);
            const QByteArray sql = QString::fromLatin1(bareSearch).arg(all ? QString() : QStringLiteral("AND c.is_open = 1")).toUtf8();
            const QByteArray label
                = QStringLiteral("search \"%1\" (%2)").arg(QString::fromUtf8(word), all ? QStringLiteral("all") : QStringLiteral("open")).toUtf8();
            compare(
                label.constData(), ourPage(f), [&] { runBare(d, sql, [&](store::Statement &st) { st.bind(1, fts); }); }, 100, rows);
        }
    }
    {
        domain::QueueFilter f = everything;
        f.search = domain::foldQuery(QString::fromUtf8(bench::kCommonWord));
        compare(
            "tab counts of that search (stop at 1000)",
            [&] {
                auto c = queue.categoryCountsUpTo(f, scope, 1000);
                rows = c ? c->counts.size() : -1;
            },
            [&] {
                runBare(d,
                        "SELECT c.category, count(DISTINCT c.id) FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
                        "JOIN cases c ON c.id = m.case_id WHERE messages_fts MATCH '\"hoi\"' GROUP BY c.category");
            },
            100, rows, 3);
        compare(
            "total of a common word's cases (all)", [&] { rows = queue.total(f, scope).value(); },
            [&] {
                runBare(d,
                        "SELECT count(DISTINCT m.case_id) FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
                        "WHERE messages_fts MATCH '\"hoi\"'");
            },
            1000, rows, 3);
    }

    compare(
        "unit-tree counts (open / urgent / overdue)",
        [&] {
            auto c = queue.unitCounts(info->now, scope);
            rows = c ? c->size() : -1;
        },
        [&] {
            runBare(d,
                    "SELECT unit_id, count(*), sum(queue_urgent), sum(first_response_at IS NULL AND due_sort < ?1) FROM cases WHERE "
                    "status <> 'closed' GROUP BY unit_id",
                    [&](store::Statement &st) { st.bind(1, info->now); });
        },
        150, rows);

    // Peak memory of the GUI: a fresh process, so that this one's caches do not count; with
    // SQLite's default page cache (2 MB) and with 64 MB.
    for (const int cacheMb : {0, 64}) {
        QProcess probe;
        probe.setProgram(QCoreApplication::applicationFilePath());
        probe.setArguments({QStringLiteral("--memory-probe"), info->path, QString::number(cacheMb)});
        probe.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        probe.start();
        if (!probe.waitForFinished(300000) || probe.exitCode() != 0) {
            std::fprintf(stderr, "the memory probe failed\n");
            return 1;
        }
        const QList<QByteArray> fields = probe.readAllStandardOutput().trimmed().split(' ');
        if (fields.size() != 7)
            continue;
        const double peakMb = fields.at(3).toDouble() / 1024.0;
        std::printf("\nmain window on this store (offscreen, SQLite page cache %s): shown in %s ms with %s rows after scrolling ten pages\n",
                    cacheMb ? qUtf8Printable(QStringLiteral("%1 MB").arg(cacheMb)) : "default 2 MB", fields.at(0).constData(),
                    fields.at(1).constData());
        std::printf("in the window: category tab %s ms, search \"%s\" %s ms, refreshFromStore %s ms (queue rows, tabs, unit counts)\n",
                    fields.at(4).constData(), bench::kCommonWord, fields.at(5).constData(), fields.at(6).constData());
        std::printf("peak memory (VmHWM) of that process: %.1f MB (%.1f MB before opening the store)   aim < 200 MB %s\n", peakMb,
                    fields.at(2).toDouble() / 1024.0, peakMb < 200 ? "ok" : "MISSED");
    }
    return 0;
}
