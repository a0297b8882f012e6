// The demo as a newcomer meets it: `casedesk-cli demo` with no folder given, then the window its
// output suggests, which must sync (not show "127 trang lỗi" because the simulator and the tokens
// stayed behind with the command).

#include "support/clirunner.h"

#include "app/demo/demoworld.h"
#include "core/store/accountstore.h"
#include "core/store/casestore.h"
#include "core/store/database.h"
#include "core/sync/synccontext.h"
#include "core/sync/syncservice.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

using casedesk::testsupport::CliResult;
using casedesk::testsupport::runCli;

namespace {

/// An environment whose home, XDG folders and temporary folder all lie in @p root, so that
/// nothing the program does can reach the real user's folders.
QProcessEnvironment isolatedEnvironment(const QString &root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR", "TMPDIR"}) {
        const QString dir = QDir(root).filePath(QString::fromLatin1(name).toLower());
        REQUIRE(QDir().mkpath(dir));
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        env.insert(QString::fromLatin1(name), dir);
    }
    env.remove(QStringLiteral("CASEDESK_DATABASE"));
    return env;
}

CliResult runCliIn(const QProcessEnvironment &env, const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CASEDESK_CLI_PATH), args);
    REQUIRE(p.waitForStarted());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

/// Every account of @p dataDir as `accounts list --json` gives it.
QJsonArray accountsOf(const QString &dataDir)
{
    const CliResult r = runCli({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--data-dir"), dataDir});
    REQUIRE(r.exitCode == 0);
    return r.json().value(QStringLiteral("accounts")).toArray();
}

/// How many accounts are fine and were synced at or after @p since.
int syncedSince(const QJsonArray &accounts, const QDateTime &since)
{
    int n = 0;
    for (const auto &v : accounts) {
        const QJsonObject a = v.toObject();
        const QDateTime last = QDateTime::fromString(a.value(QStringLiteral("last_sync")).toString(), Qt::ISODate);
        if (a.value(QStringLiteral("state")).toString() == QStringLiteral("ok") && a.value(QStringLiteral("last_error")).isNull() && last.isValid()
            && last >= since)
            ++n;
    }
    return n;
}

/// Runs `casedesk-cli demo` into @p data (4 messages per account), the simulator gone when it returns.
QJsonObject runDemoInto(const QString &data)
{
    const CliResult r = runCli(
        {QStringLiteral("demo"), QStringLiteral("--history"), QStringLiteral("4"), QStringLiteral("--data-dir"), data, QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    return r.json();
}

} // namespace

TEST_CASE("demo without --data-dir makes a new folder of its own and never touches the user's data folder", "[cli][demo]")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QProcessEnvironment env = isolatedEnvironment(root.path());
    const QString temp = env.value(QStringLiteral("TMPDIR"));

    const CliResult first = runCliIn(env, {QStringLiteral("demo"), QStringLiteral("--history"), QStringLiteral("4"), QStringLiteral("--json")});
    REQUIRE(first.exitCode == 0);
    const QString folder = first.json().value(QStringLiteral("data_dir")).toString();
    CHECK(QFileInfo(folder).absolutePath() == QFileInfo(temp).absoluteFilePath());
    CHECK(QFileInfo(folder).fileName().startsWith(QStringLiteral("casedesk-demo-")));
    CHECK(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("casedesk.sqlite"))));
    CHECK(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("demo.json"))));
    CHECK(first.json().value(QStringLiteral("secrets_file")).toString() == QDir(folder).filePath(QStringLiteral("demo-secrets.json")));
    CHECK(first.json().value(QStringLiteral("accounts")).toInt() == 127);

    // The user's own data folder (XDG data home, or ~/.local/share) was never made.
    for (const QString &base :
         {env.value(QStringLiteral("XDG_DATA_HOME")), QDir(env.value(QStringLiteral("HOME"))).filePath(QStringLiteral(".local/share"))})
        CHECK_FALSE(QFileInfo::exists(QDir(base).filePath(QStringLiteral("CaseDesk"))));

    // In words, the output names the folder and a window command that needs nothing else.
    const CliResult second
        = runCliIn(env, {QStringLiteral("demo"), QStringLiteral("--history"), QStringLiteral("2"), QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(second.exitCode == 0);
    const QString text = second.text();
    const QStringList made = QDir(temp).entryList({QStringLiteral("casedesk-demo-*")}, QDir::Dirs);
    REQUIRE(made.size() == 2);
    const QString other = QDir(temp).filePath(made.at(made.at(0) == QFileInfo(folder).fileName() ? 1 : 0));
    CHECK(text.contains(QStringLiteral("casedesk --data-dir ") + other));
    CHECK_FALSE(text.contains(QStringLiteral("--secrets-file")));
}

TEST_CASE("The window opened on a folder casedesk-cli demo made finds the demo's tokens and Zalo again, and syncs every account", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("demo"));
    const QJsonObject demo = runDemoInto(data);
    const qint64 messagesBefore = demo.value(QStringLiteral("messages")).toInteger();
    REQUIRE(messagesBefore == 127 * 4);

    // What the window decides at start, with nothing but --data-dir given.
    const casedesk::app::WindowSync plan = casedesk::app::windowSync(data, false, QString(), false);
    REQUIRE(plan.demo.has_value());
    CHECK(plan.secretsFile == QDir(data).filePath(QStringLiteral("demo-secrets.json")));
    CHECK(plan.demo->seed == 1);
    CHECK(plan.demo->historyMessagesPerAccount == 4);
    CHECK(plan.demo->dataFolder == data);
    // A --secrets-file given by mistake does not take a demo's accounts away from their file;
    // an ordinary folder keeps the one given; a PC on a server never plays a demo.
    CHECK(casedesk::app::windowSync(data, false, dir.filePath(QStringLiteral("other.json")), false).secretsFile == plan.secretsFile);
    CHECK_FALSE(casedesk::app::windowSync(dir.path(), false, QStringLiteral("/x/s.json"), false).demo.has_value());
    CHECK(casedesk::app::windowSync(dir.path(), false, QStringLiteral("/x/s.json"), false).secretsFile == QStringLiteral("/x/s.json"));
    CHECK_FALSE(casedesk::app::windowSync(data, true, QString(), true).demo.has_value());

    // The demo plays again as the window plays it (no live messages here, to count exactly), and
    // one sync with the plan's secrets reaches every account: the same world, nothing doubled.
    casedesk::app::DemoWorld::Options options = *plan.demo;
    options.newMessagesPerMinute = 0;
    casedesk::app::DemoWorld world(options);
    REQUIRE(world.start());
    QEventLoop loop;
    int connected = -1;
    QString failure;
    QObject::connect(&world, &casedesk::app::DemoWorld::ready, &loop, [&](int n) {
        connected = n;
        loop.quit();
    });
    QObject::connect(&world, &casedesk::app::DemoWorld::failed, &loop, [&](const QString &m) {
        failure = m;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(failure.isEmpty());
    REQUIRE(connected == 127);

    auto db = casedesk::store::Database::open(QDir(data).filePath(QStringLiteral("casedesk.sqlite")));
    REQUIRE(db);
    const QDateTime start = QDateTime::currentDateTime().addSecs(-1);
    casedesk::sync::SyncOptions syncOptions;
    syncOptions.requestsPerMinute = casedesk::app::DemoWorld::kRequestsPerMinute;
    auto context = casedesk::sync::SyncContext::create(data, *db, plan.secretsFile, syncOptions);
    REQUIRE(context);
    casedesk::sync::SyncService service((*context)->dependencies());
    QStringList failures {QStringLiteral("not run")};
    QObject::connect(&service, &casedesk::sync::SyncService::onceFinished, &loop, [&](const QStringList &f) {
        failures = f;
        loop.quit();
    });
    service.runOnce();
    loop.exec();
    CHECK(failures.isEmpty());
    auto totals = casedesk::store::CaseStore(*db).totals();
    REQUIRE(totals);
    CHECK(totals->messages == messagesBefore);
    CHECK(syncedSince(accountsOf(data), start) == 127);
}

TEST_CASE("casedesk --data-dir on a demo folder syncs every account by itself, offscreen", "[cli][demo][gui]")
{
    QTemporaryDir root;
    const QString data = QDir(root.path()).filePath(QStringLiteral("demo"));
    runDemoInto(data);

    QProcessEnvironment env = isolatedEnvironment(QDir(root.path()).filePath(QStringLiteral("env")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QDateTime start = QDateTime::currentDateTime().addSecs(-1);
    QProcess window;
    window.setProcessEnvironment(env);
    window.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    window.setStandardOutputFile(QProcess::nullDevice());
    // Exactly what the demo suggests: the folder, and nothing else.
    window.start(QStringLiteral(CASEDESK_GUI_PATH), {QStringLiteral("--data-dir"), data});
    REQUIRE(window.waitForStarted());
    int synced = 0;
    for (int second = 0; second < 90 && synced < 127 && window.state() == QProcess::Running; ++second) {
        QThread::sleep(1);
        synced = syncedSince(accountsOf(data), start);
    }
    const bool stillRunning = window.state() == QProcess::Running;
    window.kill();
    window.waitForFinished(10000);
    CHECK(stillRunning);
    CHECK(synced == 127);
}
