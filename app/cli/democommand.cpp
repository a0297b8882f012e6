#include "commands.h"

#include "app/demo/demoworld.h"
#include "core/common/datafolder.h"
#include "core/store/casestore.h"
#include "core/store/unitstore.h"
#include "core/sync/synccontext.h"
#include "core/sync/synclock.h"
#include "core/sync/syncservice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>

namespace casedesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::cli::DemoCommand)
};

} // namespace

int runDemo(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("casedesk-cli demo [--data-dir DIR] [--seed S] [--history N]\n"
                                            "Starts the Zalo simulator with every unit of the shipped tree, connects each unit's "
                                            "account to a new data folder (without --data-dir: a new casedesk-demo-XXXXXX folder in the "
                                            "temporary folder), syncs once and says what it did."));
    const QCommandLineOption seed(QStringLiteral("seed"), Tr::tr("Seed of the simulated citizens (default 1)."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption history(QStringLiteral("history"), Tr::tr("Messages of history per account (default 40)."), QStringLiteral("N"),
                                     QStringLiteral("40"));
    if (auto code = context.parse(parser, {seed, history}))
        return *code;
    if (!context.positionals(parser, 1).isEmpty())
        return context.usageError(Tr::tr("demo takes no argument."));
    bool seedOk = false;
    bool historyOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    const int historyValue = parser.value(history).toInt(&historyOk);
    if (!seedOk || !historyOk || historyValue < 0 || historyValue > 5000)
        return context.usageError(Tr::tr("--seed takes a whole number and --history a number of messages from 0 to 5000."));

    // Without --data-dir the demo makes a folder of its own: it never fills the officer's real one.
    if (!context.dataDirGiven()) {
        auto made = app::DemoWorld::makeNewFolder();
        if (!made)
            return context.fail(made.error().message);
        context.setDataDir(*made);
    }
    const QString dir = context.dataDir();
    if (QDir(dir).exists() && !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot))
        return context.fail(Tr::tr("The demo needs a new or empty data folder; %1 already holds data.").arg(dir));
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message);
    const DataFolder folder(dir);
    sync::SyncLock lock(folder.syncLockPath());
    if (auto locked = lock.acquire(); !locked)
        return context.fail(locked.error().message);

    QElapsedTimer timer;
    timer.start();
    app::DemoWorld::Options options;
    options.dataFolder = folder.path();
    options.seed = seedValue;
    options.historyMessagesPerAccount = historyValue;
    app::DemoWorld world(options);
    if (auto started = world.start(); !started)
        return context.fail(started.error().message);
    if (!context.json())
        context.out(Tr::tr("Zalo simulator listening on %1 with %2 accounts.")
                        .arg(world.simulator()->baseUrl().toString())
                        .arg(world.simulator()->accounts().size()));

    QEventLoop loop;
    QString failure;
    int connected = 0;
    QObject::connect(&world, &app::DemoWorld::failed, &loop, [&](const QString &message) {
        failure = message;
        loop.quit();
    });
    QObject::connect(&world, &app::DemoWorld::ready, &loop, [&](int accounts) {
        connected = accounts;
        loop.quit();
    });
    loop.exec();
    if (!failure.isEmpty())
        return context.fail(failure);
    if (!context.json())
        context.out(Tr::tr("Connected %1 Zalo accounts (secrets in %2).").arg(connected).arg(world.secretsFile()));

    // The demo's simulator plays Zalo without its quota; the client need not hold back either.
    sync::SyncOptions syncOptions;
    syncOptions.requestsPerMinute = app::DemoWorld::kRequestsPerMinute;
    auto syncContext = sync::SyncContext::create(folder.path(), **db, world.secretsFile(), syncOptions);
    if (!syncContext)
        return context.fail(syncContext.error().message);
    sync::SyncService service((*syncContext)->dependencies());
    QStringList failures;
    QObject::connect(&service, &sync::SyncService::onceFinished, &loop, [&](const QStringList &f) {
        failures = f;
        loop.quit();
    });
    service.runOnce();
    loop.exec();
    for (const QString &f : std::as_const(failures))
        context.err(f);

    store::Database &d = **db;
    auto totals = store::CaseStore(d).totals();
    if (!totals)
        return context.fail(totals.error().message);
    const qint64 messages = totals->messages;
    const qint64 cases = totals->cases;
    const qint64 open = totals->openCases;
    const qint64 urgent = totals->urgentOpenCases;
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (context.json()) {
        context.outJson(QJsonDocument(QJsonObject {
            {QStringLiteral("data_dir"), folder.path()},
            {QStringLiteral("secrets_file"), world.secretsFile()},
            {QStringLiteral("units"), store::UnitStore(d).count()},
            {QStringLiteral("accounts"), connected},
            {QStringLiteral("messages"), messages},
            {QStringLiteral("cases"), cases},
            {QStringLiteral("open_cases"), open},
            {QStringLiteral("urgent_open_cases"), urgent},
            {QStringLiteral("seconds"), seconds},
        }));
    } else {
        context.out(Tr::tr("Synced %1 messages into %2 cases (%3 open, %4 urgent) in %5 s.")
                        .arg(messages)
                        .arg(cases)
                        .arg(open)
                        .arg(urgent)
                        .arg(seconds, 0, 'f', 1));
        const QString shown = QDir::toNativeSeparators(folder.path());
        const QString quoted = shown.contains(QLatin1Char(' ')) ? QLatin1Char('"') + shown + QLatin1Char('"') : shown;
        context.out(Tr::tr("Demo data folder: %1").arg(shown));
        context.out(Tr::tr("Look at it with: casedesk-cli queue --data-dir %1").arg(quoted));
        context.out(Tr::tr("Open it in the window, which plays the Zalo simulator again and keeps syncing: casedesk --data-dir %1").arg(quoted));
    }
    return failures.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace casedesk::cli
