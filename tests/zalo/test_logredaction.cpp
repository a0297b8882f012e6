// What reaches the log of real requests over loopback, with CASEDESK_VERBOSE=1: addresses
// without their query (it carries citizens' user ids), and never a token or secret.
#include "app/demo/demoworld.h"
#include "core/common/datafolder.h"
#include "core/common/logging.h"
#include "core/common/urlforlog.h"
#include "core/simulator/zalosimulator.h"
#include "core/store/database.h"
#include "core/store/unitstore.h"
#include "core/sync/accountenrolment.h"
#include "core/sync/storetokenstate.h"
#include "core/zalo/curltransport.h"
#include "core/zalo/filesecretstore.h"
#include "core/zalo/tokenmanager.h"
#include "core/zalo/zaloclient.h"
#include "support/offthread.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QMutex>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace casedesk;
using namespace casedesk::zalo;
using casedesk::testsupport::offThread;

namespace {

QMutex capturedMutex;
QStringList captured;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&capturedMutex);
    captured.append(QString::number(int(type)) + QLatin1Char(' ') + QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ')
                    + message);
}

/// Everything logged while it lives, every category and level on, as CASEDESK_VERBOSE=1 asks.
struct VerboseLogCapture
{
    QtMessageHandler previous = nullptr;

    VerboseLogCapture()
    {
        captured.clear();
        qputenv("CASEDESK_VERBOSE", "1");
        QLoggingCategory::setFilterRules(QString());
        setQuietLogging(); // what the programs do at start: with CASEDESK_VERBOSE=1, nothing is hidden
        previous = qInstallMessageHandler(&capture);
    }
    ~VerboseLogCapture()
    {
        qInstallMessageHandler(previous);
        qunsetenv("CASEDESK_VERBOSE");
        setQuietLogging();
    }
    QString text() const
    {
        QMutexLocker lock(&capturedMutex);
        return captured.join(QLatin1Char('\n'));
    }
};

} // namespace

TEST_CASE("A logged address keeps its scheme, host and path only", "[zalo][log]")
{
    CHECK(urlForLog("https://openapi.zalo.me/v2.0/oa/conversation?data=%7B%22user_id%22%3A3103741396296991610%7D")
          == QStringLiteral("https://openapi.zalo.me/v2.0/oa/conversation"));
    CHECK(urlForLog("http://officer:pa55@127.0.0.1:8080/v3.0/oa/user/detail?data={\"user_id\":\"1\"}#frag")
          == QStringLiteral("http://127.0.0.1:8080/v3.0/oa/user/detail"));
    CHECK(urlForLog("https://oauth.zaloapp.com/v4/oa/access_token") == QStringLiteral("https://oauth.zaloapp.com/v4/oa/access_token"));
    CHECK(urlForLog("https://a@b@host.example#only-fragment") == QStringLiteral("https://host.example"));
    CHECK(urlForLog("/v2.0/oa/getoa?data=x") == QStringLiteral("/v2.0/oa/getoa"));
    CHECK(urlForLog("https://host.example/p@th?x=1") == QStringLiteral("https://host.example/p@th"));
}

TEST_CASE("Logs of real requests, failed ones too, name the path but never a citizen's id, a query or a token", "[zalo][log]")
{
    QTemporaryDir dir;
    auto db = store::Database::open(DataFolder(dir.path()).databasePath());
    REQUIRE(db.ok());
    store::UnitStore units(*db);
    REQUIRE(units.seedIfEmpty(QDate::currentDate()).ok());
    simulator::SimulatorConfig config;
    config.units = simulator::simUnits(units.list()->mid(0, 1));
    config.seed = 5;
    config.historyMessagesPerAccount = 20;
    simulator::ZaloSimulator sim(config);
    REQUIRE(sim.listen(0).ok());
    const QString base = sim.baseUrl().toString();
    const simulator::SimulatedAccount acc = sim.accounts().constFirst();
    const QString userId = sim.citizens(acc.oaId).constFirst().userId;
    CurlTransport transport;
    FileSecretStore secrets(dir.filePath(QStringLiteral("secrets.json")));

    VerboseLogCapture log;

    // Enrolment: a refresh token in a form body, the app secret in a header.
    const sync::EnrolmentRequest r = app::simulatedEnrolment(acc, dir.path(), base, secrets.spec());
    REQUIRE(offThread([&] { return sync::enrolAccount(r, transport); }).ok());

    TokenManager::Config tc;
    tc.oaId = acc.oaId;
    tc.appId = acc.appId;
    tc.oauthBase = base;
    tc.dataFolder = dir.path();
    tc.states = sync::storeTokenStates(DataFolder(dir.path()).databasePath());
    TokenManager tokens(tc, secrets, transport);
    ZaloClient::Options o;
    o.openapiBase = base;
    o.oauthBase = base;
    o.appId = acc.appId;
    RetryPolicy quick = RetryPolicy::noWait();
    ZaloClient client(transport, o, &tokens, {}, quick);

    REQUIRE(offThread([&] { return client.listRecentChat(0, 10); }).ok());
    REQUIRE(offThread([&] { return client.conversation(userId, 0, 10); }).ok());
    REQUIRE(offThread([&] { return client.userDetail(userId); }).ok());

    // Requests that fail: an HTTP error, a connection cut without an answer, a server that is
    // not there at an address with a password in it.
    simulator::FaultPlan fault;
    fault.path = QStringLiteral("/v2.0/oa/conversation");
    fault.kind = simulator::FaultKind::Http502;
    fault.count = -1;
    sim.injectFaults(fault);
    CHECK_FALSE(offThread([&] { return client.conversation(userId, 10, 10); }).ok());
    sim.clearFaults();
    fault.path = QStringLiteral("/v3.0/oa/user/detail");
    fault.kind = simulator::FaultKind::Disconnect;
    sim.injectFaults(fault);
    CHECK_FALSE(offThread([&] { return client.userDetail(userId); }).ok());
    sim.clearFaults();

    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    const quint16 closedPort = closed.serverPort();
    closed.close();
    ZaloClient::Options nowhere = o;
    nowhere.openapiBase = QStringLiteral("http://officer:pa55word@127.0.0.1:%1").arg(closedPort);
    ZaloClient unreachable(transport, nowhere, &tokens, {}, quick);
    CHECK_FALSE(offThread([&] { return unreachable.conversation(userId, 0, 10); }).ok());

    const auto accessToken = offThread([&] { return tokens.accessToken(); });
    REQUIRE(accessToken.ok());
    const QString text = log.text();
    INFO(text.toStdString());

    // The log speaks of these requests and their failures...
    CHECK(text.contains(QStringLiteral("/v2.0/oa/listrecentchat")));
    CHECK(text.contains(QStringLiteral("/v2.0/oa/conversation")));
    CHECK(text.contains(QStringLiteral("/v3.0/oa/user/detail")));
    CHECK(text.contains(QStringLiteral("/v4/oa/access_token")));
    CHECK(text.contains(QStringLiteral("/v2.0/oa/conversation attempt 1 failed")));
    CHECK(text.contains(QStringLiteral("/v3.0/oa/user/detail failed after")));
    CHECK(text.contains(QStringLiteral("http://127.0.0.1:%1/v2.0/oa/conversation failed after").arg(closedPort)));
    // ...but not of whom they were about, nor with what.
    CHECK_FALSE(text.contains(userId));
    CHECK_FALSE(text.contains(QStringLiteral("user_id")));
    CHECK_FALSE(text.contains(QStringLiteral("data=")));
    CHECK_FALSE(text.contains(QStringLiteral("%7B")));
    CHECK_FALSE(text.contains(QStringLiteral("pa55word")));
    CHECK_FALSE(text.contains(QStringLiteral("officer")));
    CHECK_FALSE(text.contains(*accessToken));
    CHECK_FALSE(text.contains(acc.refreshToken));
    CHECK_FALSE(text.contains(sim.account(acc.oaId)->refreshToken));
    CHECK_FALSE(text.contains(acc.secretKey));
}
