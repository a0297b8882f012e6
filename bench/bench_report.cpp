// casedesk-bench-report: how long the daily summary's figures take on the province-sized store
// of the benchmark (1,000,000 messages in 300,000 cases, bench/benchstore.h), for the province
// and for one district, with and without a realistic load of officers' actions; and the period
// report over a month and a year (issue 18's aim: a year in under 2 s).
//
// The generated store holds what sync writes (opened, answered_outside, auto-closed). To time
// the event queries under load too, the program adds officers' actions (forwards, escalations,
// returns, answers, closings, refused answers) over the last 30 days inside a transaction that
// it rolls back at the end: the cached store is left as it was.

#include "benchstore.h"
#include "benchtools.h"

#include "core/common/clock.h"
#include "core/report/dailyreportbuilder.h"
#include "core/report/periodreportbuilder.h"
#include "core/report/reportwriters.h"
#include "core/store/database.h"
#include "core/store/eventlog.h"
#include "core/store/statement.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace casedesk;
using bench::measure;
using bench::Timing;

namespace {

class FixedClock final : public Clock
{
public:
    explicit FixedClock(qint64 ms)
        : m_now(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()))
    {
    }
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};

qint64 scalar(store::Database &db, const char *sql)
{
    store::Statement st(db, sql);
    return st.next() ? st.int64(0) : -1;
}

/// Officers' actions on about a third of the last 30 days' cases (bench only, rolled back).
qint64 addOfficerActions(store::Database &db, qint64 now)
{
    const qint64 day = 24LL * 3600 * 1000;
    store::Statement cases(db,
                           "SELECT c.id, c.opened_at, c.unit_id, u.parent_id, c.status FROM cases c JOIN units u ON u.id = c.unit_id "
                           "WHERE c.opened_at >= ?1 ORDER BY c.id");
    store::EventLog log(db);
    QRandomGenerator rng(7);
    const QStringList departments = {QStringLiteral("84-PC02"), QStringLiteral("84-PC03"), QStringLiteral("84-PC06"), QStringLiteral("84-PA05")};
    qint64 added = 0;
    const auto add = [&](qint64 id, qint64 at, const char *kind, const QString &json) {
        if (at >= now)
            return;
        if (log.appendRaw(id, at, QStringLiteral("Bench"), QString::fromLatin1(kind), json.toUtf8()))
            ++added;
    };
    cases.bind(1, now - 30 * day);
    while (cases.next()) {
        const qint64 id = cases.int64(0);
        const qint64 opened = cases.int64(1);
        const QString unit = cases.text(2);
        const QString parent = cases.text(3);
        const int roll = int(rng.bounded(100));
        qint64 at = opened + qint64(rng.bounded(4 * 3600)) * 1000;
        if (roll < 8 && !parent.isEmpty()) {
            add(id, at, "escalated",
                QStringLiteral("{\"from\":\"%1\",\"to\":\"%2\",\"unit_before\":\"%1\",\"unit_after\":\"%2\",\"status_before\":\"open\","
                               "\"status_after\":\"transferred\"}")
                    .arg(unit, parent));
            at += 3600 * 1000;
            if (roll < 3)
                add(id, at, "returned",
                    QStringLiteral("{\"from\":\"%2\",\"to\":\"%1\",\"unit_before\":\"%2\",\"unit_after\":\"%1\",\"status_before\":\"transferred\","
                                   "\"status_after\":\"open\"}")
                        .arg(unit, parent));
        } else if (roll < 18) {
            const QString to = departments.at(int(rng.bounded(int(departments.size()))));
            add(id, at, "forwarded",
                QStringLiteral("{\"from\":\"%1\",\"to\":\"%2\",\"unit_before\":\"%1\",\"unit_after\":\"%2\",\"status_before\":\"open\","
                               "\"status_after\":\"transferred\"}")
                    .arg(unit, to));
        }
        if (roll < 30)
            add(id, at + 1800 * 1000, "answer_sent", QStringLiteral("{\"outbox_id\":1,\"message_id\":\"m\"}"));
        if (roll >= 30 && roll < 32)
            add(id, at + 1800 * 1000, "answer_failed", QStringLiteral("{\"outbox_id\":1,\"error\":\"window\",\"zalo_code\":-230}"));
        if (roll < 12 && cases.text(4) != QLatin1String("closed"))
            add(id, at + 2 * day, "closed", QStringLiteral("{\"status_before\":\"answered\",\"status_after\":\"closed\"}"));
    }
    return added;
}

void printRow(const char *what, const Timing &t, const report::DailyReport &r)
{
    std::printf("%-46s first %8.1f ms   median %8.1f ms   worst %8.1f ms   (received %d, open %d, overdue %d, csv rows %d)\n", what, t.first,
                t.median, t.worst, r.today.received, r.today.open, r.today.overdue, int(r.cases.size()));
}

void printPeriodRow(const char *what, const Timing &t, const report::PeriodReport &r)
{
    std::printf("%-46s first %8.1f ms   median %8.1f ms   worst %8.1f ms   (received %d, previous %d, open %d, ranked %d)\n", what, t.first, t.median,
                t.worst, r.current.totals.received, r.previous.totals.received, r.current.totals.open, int(r.ranking.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the daily summary's figures on a store of 1,000,000 messages in 300,000 cases."));
    parser.addHelpOption();
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("The benchmark store (generated when missing)."),
                                         QStringLiteral("PATH"), QDir::temp().filePath(QStringLiteral("casedesk-bench-report.sqlite")));
    const QCommandLineOption repeatsOption(QStringLiteral("repeats"), QStringLiteral("Warm runs per figure (default 5)."), QStringLiteral("N"),
                                           QStringLiteral("5"));
    // A smaller store checks the program itself quickly; the figures of README are for the default.
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Messages of a store to generate (default 1000000)."),
                                            QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Cases of a store to generate (default 300000)."),
                                         QStringLiteral("N"), QStringLiteral("300000"));
    parser.addOptions({storeOption, repeatsOption, messagesOption, casesOption});
    parser.process(app);
    const int repeats = std::max(1, parser.value(repeatsOption).toInt());

    bench::BenchStore::Options storeOptions;
    storeOptions.messages = std::max<qint64>(1, parser.value(messagesOption).toLongLong());
    storeOptions.cases = std::clamp<qint64>(parser.value(casesOption).toLongLong(), 1, storeOptions.messages);
    auto info = bench::BenchStore::ensure(parser.value(storeOption), storeOptions);
    if (!info) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(info.error().message));
        return 1;
    }
    auto opened = store::Database::open(info->path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(opened.error().message));
        return 1;
    }
    store::Database &db = *opened;
    std::printf("store %s: %lld messages, %lld cases, %lld events\n", qUtf8Printable(info->path), scalar(db, "SELECT count(*) FROM messages"),
                scalar(db, "SELECT count(*) FROM cases"), scalar(db, "SELECT count(*) FROM case_events"));

    const FixedClock clock(info->now); // 2026-11-30 09:00 in Trà Vinh
    const report::DailyReportBuilder builder(db, clock);
    const QDate yesterday(2026, 11, 29);
    const QDate today(2026, 11, 30);
    report::DailyReport last;
    const auto run = [&](const QDate &date, const QString &unit) {
        return [&builder, &last, date, unit] {
            auto r = builder.build(date, unit);
            if (!r) {
                std::fprintf(stderr, "%s\n", qUtf8Printable(r.error().message));
                std::exit(1);
            }
            last = std::move(*r);
        };
    };
    const auto suite = [&](const char *label) {
        std::printf("\n%s\n", label);
        Timing t = measure(run(yesterday, {}), repeats);
        printRow("province, 2026-11-29 (a whole day)", t, last);
        t = measure(run(today, {}), repeats);
        printRow("province, 2026-11-30 (today, as of 09:00)", t, last);
        t = measure(run(yesterday, QStringLiteral("842")), repeats);
        printRow("district 842 and its communes, 2026-11-29", t, last);
        t = measure(run(yesterday, QStringLiteral("29236")), repeats);
        printRow("commune 29236, 2026-11-29", t, last);
        QElapsedTimer w;
        w.start();
        const QByteArray json = QJsonDocument(report::dailyReportToJson(last)).toJson();
        const QByteArray csv = report::dailyReportToCsv(last);
        std::printf("%-46s %8.1f ms (%lld + %lld bytes)\n", "writing JSON and CSV (commune)", double(w.nsecsElapsed()) / 1e6, qint64(json.size()),
                    qint64(csv.size()));

        const report::PeriodReportBuilder periodBuilder(db, clock);
        report::PeriodReport period;
        const auto runPeriod = [&periodBuilder, &period](const QDate &from, const QDate &to, const QString &unit) {
            return [&periodBuilder, &period, from, to, unit] {
                auto r = periodBuilder.build(from, to, unit);
                if (!r) {
                    std::fprintf(stderr, "%s\n", qUtf8Printable(r.error().message));
                    std::exit(1);
                }
                period = std::move(*r);
            };
        };
        t = measure(runPeriod(QDate(2026, 10, 30), yesterday, {}), repeats);
        printPeriodRow("period: province, 31 days to 2026-11-29", t, period);
        t = measure(runPeriod(QDate(2025, 11, 30), yesterday, {}), repeats);
        printPeriodRow("period: province, 365 days to 2026-11-29", t, period);
        t = measure(runPeriod(QDate(2025, 11, 30), yesterday, QStringLiteral("842")), repeats);
        printPeriodRow("period: district 842, 365 days", t, period);
        w.restart();
        const QByteArray periodJson = QJsonDocument(report::periodReportToJson(period)).toJson();
        const QByteArray periodCsv = report::periodReportToCsv(period);
        std::printf("%-46s %8.1f ms (%lld + %lld bytes)\n", "period: writing JSON and CSV (district)", double(w.nsecsElapsed()) / 1e6,
                    qint64(periodJson.size()), qint64(periodCsv.size()));
    };

    suite("As generated (events that sync writes: opened, answered_outside, closed):");

    if (auto st = db.exec("BEGIN"); !st) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(st.error().message));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const qint64 added = addOfficerActions(db, info->now);
    std::printf("\nadded %lld officers' actions over the last 30 days in %.0f ms (rolled back at the end)\n", added, double(t.nsecsElapsed()) / 1e6);
    suite("With officers' actions (forwards, escalations, returns, answers, closings, refused answers):");
    if (auto st = db.exec("ROLLBACK"); !st) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(st.error().message));
        return 1;
    }
    return 0;
}
