#include "commands.h"
#include "stopsignals.h"

#include "core/common/datafolder.h"
#include "core/store/accountstore.h"
#include "core/store/foldermove.h"
#include "core/sync/synccontext.h"
#include "core/sync/synclock.h"
#include "core/sync/syncservice.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::cli::SyncCommand)
};
} // namespace

int runSync(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("casedesk-cli sync [--once] [--interval SECONDS]\n"
                                            "Copies every connected unit's Zalo inbox into the data folder: every account once "
                                            "with --once, otherwise until Ctrl+C (SIGINT) or SIGTERM."));
    const QCommandLineOption once(QStringLiteral("once"), Tr::tr("Poll every account once, then exit."));
    const QCommandLineOption interval(QStringLiteral("interval"), Tr::tr("Seconds between two polls of an account (default 15)."),
                                      QStringLiteral("SECONDS"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), Tr::tr("Accounts polled at the same time (default 4)."), QStringLiteral("N"));
    if (auto code = context.parse(parser, {once, interval, concurrency}))
        return *code;
    if (!context.positionals(parser, 1).isEmpty())
        return context.usageError(Tr::tr("sync takes no argument."));
    sync::SyncOptions options;
    if (parser.isSet(interval)) {
        bool ok = false;
        const double seconds = parser.value(interval).toDouble(&ok);
        if (!ok || seconds < 1)
            return context.usageError(Tr::tr("--interval takes a number of seconds, at least 1."));
        options.intervalMs = qint64(seconds * 1000);
        options.intervalGiven = true;
    }
    if (parser.isSet(concurrency)) {
        bool ok = false;
        options.concurrency = parser.value(concurrency).toInt(&ok);
        if (!ok || options.concurrency < 1 || options.concurrency > 32)
            return context.usageError(Tr::tr("--concurrency takes a whole number from 1 to 32."));
    }

    auto db = context.database();
    if (!db)
        return context.fail(db.error().message);
    // On one PC any signed-in officer syncs; a province's sync host is who its database login says.
    if (!(*db)->isShared()) {
        if (auto signedIn = context.signIn(); !signedIn)
            return signedIn.error();
    }
    const DataFolder folder(context.dataDir());
    // A folder moved into the province's database is synced there: syncing the folder would split its cases.
    if (!folder.usesServer()) {
        std::optional<store::MovedMark> moved = store::FolderMove::readMark(context.dataDir());
        if (!moved)
            moved = store::FolderMove::readMark(**db);
        if (moved)
            return context.fail(Tr::tr("This data folder was moved into the province's database %1 (prefix %2): sync there, with "
                                       "\"casedesk-cli --database %1 sync\".")
                                    .arg(moved->url, moved->prefix));
    }
    sync::SyncLock lock(folder.syncLockPath());
    if (auto locked = lock.acquire(); !locked)
        return context.fail(locked.error().message);

    store::AccountStore accounts(**db);
    auto list = accounts.list();
    if (!list)
        return context.fail(list.error().message);
    if (list->isEmpty()) {
        context.out(Tr::tr("No Zalo account is connected to this data folder yet: add one with \"casedesk-cli accounts add\"."));
        return ExitOk;
    }

    auto syncContext = sync::SyncContext::create(folder.path(), **db, context.secretsFile(), options);
    if (!syncContext)
        return context.fail(syncContext.error().message);
    sync::SyncService service((*syncContext)->dependencies());

    QEventLoop loop;
    int exitCode = ExitOk;
    int polled = 0;
    int stored = 0;
    QObject::connect(&service, &sync::SyncService::accountPolled, &loop, [&](const QString &, bool ok, const QString &) {
        if (ok)
            ++polled;
    });
    QElapsedTimer timer;
    timer.start();
    const StopSignals stopSignals([&service] { service.stop(); });
    if (parser.isSet(once)) {
        QObject::connect(&service, &sync::SyncService::onceFinished, &loop, [&](const QStringList &failures) {
            for (const QString &f : failures)
                context.err(f);
            exitCode = failures.isEmpty() && !StopSignals::requested() ? ExitOk : ExitFailure;
            loop.quit();
        });
        service.runOnce();
    } else {
        QObject::connect(&service, &sync::SyncService::stopped, &loop, &QEventLoop::quit);
        QObject::connect(&service, &sync::SyncService::accountPolled, &loop, [&context](const QString &oaId, bool ok, const QString &message) {
            if (!ok && !message.isEmpty())
                context.err(QStringLiteral("%1: %2").arg(oaId, message));
        });
        context.out(Tr::tr("Syncing %n account(s) until Ctrl+C (SIGINT) or SIGTERM.", nullptr, int(list->size())));
        if ((**db).isShared())
            context.out(
                Tr::tr("Sync host %1: polling its share of the accounts, taking over those of a sync host that stopped.").arg(service.hostId()));
        service.start();
    }
    loop.exec();
    Q_UNUSED(stored)

    store::AccountStore after(**db);
    auto finalList = after.list();
    if (context.json()) {
        QJsonArray rows;
        if (finalList) {
            for (const store::Account &a : *finalList) {
                rows.append(QJsonObject {
                    {QStringLiteral("unit"), a.unitId},
                    {QStringLiteral("oa_id"), a.oaId},
                    {QStringLiteral("state"), store::accountStateKey(a.state)},
                    {QStringLiteral("last_error"), a.lastError.isEmpty() ? QJsonValue() : QJsonValue(a.lastError)},
                });
            }
        }
        context.outJson(QJsonDocument(QJsonObject {
            {QStringLiteral("accounts_polled"), polled},
            {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0},
            {QStringLiteral("accounts"), rows},
        }));
    } else {
        context.out(Tr::tr("Polled %1 of %2 account(s) in %3 s.").arg(polled).arg(list->size()).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }
    return exitCode;
}

} // namespace casedesk::cli
