// The Zalo client over real loopback HTTP against a scripted fake server.
#include "fakezaloserver.h"
#include "testtokens.h"

#include "core/zalo/curltransport.h"
#include "core/zalo/zaloclient.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

using namespace casedesk;
using namespace casedesk::zalo;
using casedesk::tests::CountingTokens;
using casedesk::tests::FakeReply;
using casedesk::tests::FakeRequest;
using casedesk::tests::FakeZaloServer;

namespace {

struct Fixture
{
    FakeZaloServer server;
    CurlTransport transport;
    CountingTokens tokens;
    QList<qint64> sleeps;
    // Fake time: sleeping advances it, so that back-off and the rate budget cost no real time.
    std::atomic<qint64> now {1000000};
    std::shared_ptr<RateBudget> budget = std::make_shared<RateBudget>(4000, [this] { return now.load(); });

    RetryPolicy policy()
    {
        RetryPolicy p;
        p.sleep = [this](qint64 ms) {
            sleeps.append(ms);
            now += ms;
        };
        p.nowMs = [this] {
            return now.load();
        };
        return p;
    }
    ZaloClient client(int timeoutMs = 5000)
    {
        ZaloClient::Options o;
        o.openapiBase = server.baseUrl() + QLatin1Char('/');
        o.oauthBase = server.baseUrl();
        o.appId = QStringLiteral("4321");
        o.timeoutMs = timeoutMs;
        return ZaloClient(transport, o, &tokens, budget, policy());
    }
};

const QByteArray kRows = R"([
 {"src":1,"time":1661832540000,"from_id":3103741396296991610,"from_display_name":"Nguyễn Văn A","to_id":"3592353763697768582",
  "to_display_name":"Công an xã Long Đức","message_id":"ccc5500cdb7842201b6f","type":"text","message":"Cho em hỏi làm CCCD cần gì ạ"},
 {"src":0,"time":1661832600000,"from_id":"3592353763697768582","to_id":"3103741396296991610","msg_id":"abc","type":"hologram",
  "message":"","future_field":{"k":[1,2]}},
 {"src":1,"time":1661832700000,"from_id":"1","type":"text","message":"no id, skipped"}
])";

} // namespace

TEST_CASE("listrecentchat sends the token header and data parameter and parses rows with big numeric ids exactly", "[zalo][client]")
{
    Fixture f;
    f.server.setHandler([](const FakeRequest &) { return FakeReply::ok(kRows); });
    auto rows = f.client().listRecentChat(10, 10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);

    const ZaloMessage &m = rows->at(0);
    CHECK(m.fromId == QStringLiteral("3103741396296991610"));
    CHECK(m.toId == QStringLiteral("3592353763697768582"));
    CHECK(m.counterpartId() == QStringLiteral("3103741396296991610"));
    CHECK(m.fromCitizen());
    CHECK(m.timeMs == 1661832540000LL);
    CHECK(m.text == QStringLiteral("Cho em hỏi làm CCCD cần gì ạ"));
    CHECK(m.fromDisplayName == QStringLiteral("Nguyễn Văn A"));
    // The raw row keeps the id exact and nothing is dropped.
    CHECK(m.raw.contains("\"3103741396296991610\""));

    const ZaloMessage &unknown = rows->at(1);
    CHECK(unknown.messageId == QStringLiteral("abc")); // old docs' msg_id
    CHECK(unknown.type == QStringLiteral("hologram"));
    CHECK(unknown.counterpartId() == QStringLiteral("3103741396296991610"));
    CHECK(QJsonDocument::fromJson(unknown.raw).object().contains(QStringLiteral("future_field")));

    const FakeRequest req = f.server.requests().constFirst();
    CHECK(req.method == "GET");
    CHECK(req.path == "/v2.0/oa/listrecentchat");
    CHECK(req.data() == R"({"offset":10,"count":10})");
    CHECK(req.header("access_token") == "token-1");
}

TEST_CASE("conversation writes the user id digits into the data JSON and refuses a non-numeric id", "[zalo][client]")
{
    Fixture f;
    f.server.setHandler([](const FakeRequest &) { return FakeReply::ok("[]"); });
    auto client = f.client();
    auto rows = client.conversation(QStringLiteral("3103741396296991610"), 0, 5);
    REQUIRE(rows.ok());
    CHECK(rows->isEmpty());
    CHECK(f.server.requests().constFirst().path == "/v2.0/oa/conversation");
    CHECK(f.server.requests().constFirst().data() == R"({"user_id":3103741396296991610,"offset":0,"count":5})");

    auto bad = client.conversation(QStringLiteral("1,\"x\":2"), 0, 5);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().kind == ZaloError::Kind::BadParameter);
    auto tooMany = client.conversation(QStringLiteral("1"), 0, 11);
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.error().kind == ZaloError::Kind::BadParameter);
    CHECK(f.server.requestCount() == 1);
}

TEST_CASE("sendText posts NFC text with the quoted message and refuses more than 2000 characters", "[zalo][client]")
{
    Fixture f;
    f.server.setHandler(
        [](const FakeRequest &) { return FakeReply::ok(R"({"message_id":"m1","user_id":3103741396296991610,"sent_time":"1661832600000"})"); });
    auto client = f.client();
    // "Đã nhận" with decomposed diacritics.
    const QString decomposed = QStringLiteral("Da\u0303 nha\u0302\u0323n");
    auto sent = client.sendText(QStringLiteral("3103741396296991610"), decomposed, QStringLiteral("ccc5500cdb7842201b6f"));
    REQUIRE(sent.ok());
    CHECK(sent->messageId == QStringLiteral("m1"));
    CHECK(sent->userId == QStringLiteral("3103741396296991610"));
    CHECK(sent->sentTimeMs == 1661832600000LL);

    const FakeRequest req = f.server.requests().constFirst();
    CHECK(req.method == "POST");
    CHECK(req.path == "/v3.0/oa/message/cs");
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    CHECK(body.value(QStringLiteral("recipient")).toObject().value(QStringLiteral("user_id")).toString() == QStringLiteral("3103741396296991610"));
    const QJsonObject message = body.value(QStringLiteral("message")).toObject();
    CHECK(message.value(QStringLiteral("text")).toString() == decomposed.normalized(QString::NormalizationForm_C));
    CHECK(message.value(QStringLiteral("text")).toString() != decomposed);
    CHECK(message.value(QStringLiteral("quote_message_id")).toString() == QStringLiteral("ccc5500cdb7842201b6f"));

    // 2000 composed characters pass; 2001 do not, nor does a decomposed text that is 2001 once composed.
    CHECK(ZaloClient::prepareText(QString(2000, QChar(0x1EA1))).ok());
    auto tooLong = client.sendText(QStringLiteral("1"), QString(2001, QLatin1Char('a')));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().kind == ZaloError::Kind::BadParameter);
    CHECK(tooLong.error().message.contains(QStringLiteral("2001")));
    QString decomposedLong;
    for (int i = 0; i < 2001; ++i)
        decomposedLong += QStringLiteral("a\u0323");
    CHECK_FALSE(ZaloClient::prepareText(decomposedLong).ok());
    CHECK_FALSE(ZaloClient::prepareText(QStringLiteral("  ")).ok());
    CHECK(f.server.requestCount() == 1);
}

TEST_CASE("userDetail and getOa parse what Zalo sends, numbers or strings", "[zalo][client]")
{
    Fixture f;
    f.server.setHandler([](const FakeRequest &r) {
        if (r.path == "/v3.0/oa/user/detail")
            return FakeReply::ok(R"({"user_id":3103741396296991610,"display_name":"Nguyễn Văn A","user_is_follower":true,
                "user_last_interaction_date":"28/11/2026","avatars":{"120":"http://a/120"},
                "shared_info":{"name":"Nguyễn Văn A","phone":84912345678,"address":"Ấp 3","city":"Trà Vinh"}})");
        return FakeReply::ok(R"({"oaid":3592353763697768582,"name":"Công an xã Long Đức","avatar":"http://a"})");
    });
    auto client = f.client();
    auto user = client.userDetail(QStringLiteral("3103741396296991610"));
    REQUIRE(user.ok());
    CHECK(f.server.requests().constFirst().data() == R"({"user_id":"3103741396296991610"})");
    CHECK(user->userId == QStringLiteral("3103741396296991610"));
    CHECK(user->displayName == QStringLiteral("Nguyễn Văn A"));
    CHECK(user->isFollower == std::optional<bool>(true));
    CHECK(user->lastInteractionDate == QDate(2026, 11, 28));
    CHECK(user->sharedPhone == QStringLiteral("84912345678"));
    CHECK(user->sharedCity == QStringLiteral("Trà Vinh"));
    CHECK(user->avatars.value(QStringLiteral("120")) == QStringLiteral("http://a/120"));
    CHECK(user->sharedDistrict.isEmpty());

    auto oa = client.getOa();
    REQUIRE(oa.ok());
    CHECK(oa->oaId == QStringLiteral("3592353763697768582"));
    CHECK(oa->name == QStringLiteral("Công an xã Long Đức"));
}

TEST_CASE("Every Zalo error code of the table comes back as its typed error, without retry", "[zalo][client][errors]")
{
    const QList<QPair<int, ZaloError::Kind>> table = {
        {-201, ZaloError::Kind::BadParameter},    {-210, ZaloError::Kind::BadParameter},    {-213, ZaloError::Kind::UserUnreachable},
        {-227, ZaloError::Kind::UserUnreachable}, {-244, ZaloError::Kind::UserUnreachable}, {-218, ZaloError::Kind::UserUnreachable},
        {-223, ZaloError::Kind::NeedsConsent},    {-230, ZaloError::Kind::WindowClosed},    {-232, ZaloError::Kind::WindowClosed},
        {-240, ZaloError::Kind::ApiGone},         {-320, ZaloError::Kind::BilledNotFunded}, {-321, ZaloError::Kind::BilledNotFunded},
        {-204, ZaloError::Kind::AccountUnusable}, {-205, ZaloError::Kind::AccountUnusable}, {-219, ZaloError::Kind::AccountUnusable},
        {-999, ZaloError::Kind::Other},
    };
    Fixture f;
    auto client = f.client();
    for (const auto &[code, kind] : table) {
        const int c = code;
        f.server.setHandler([c](const FakeRequest &) { return FakeReply::zaloError(c, "reason"); });
        f.server.clearRequests();
        auto r = client.sendText(QStringLiteral("1"), QStringLiteral("xin chào"));
        INFO("code " << c);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == kind);
        CHECK(r.error().zaloCode == c);
        CHECK_FALSE(r.error().message.isEmpty());
        CHECK(r.error().detail.contains(QStringLiteral("reason")));
        CHECK_FALSE(r.error().isTransient());
        CHECK(f.server.requestCount() == 1);
    }
    CHECK(f.sleeps.isEmpty());
}

TEST_CASE("A refused access token (-216/-220) is refreshed once and the call retried once", "[zalo][client][errors]")
{
    Fixture f;
    f.server.setHandler([](const FakeRequest &r) {
        if (r.header("access_token") == "token-1")
            return FakeReply::zaloError(-216, "Access token is invalid");
        return FakeReply::ok(R"({"oaid":"1","name":"OA"})");
    });
    auto client = f.client();
    auto oa = client.getOa();
    REQUIRE(oa.ok());
    CHECK(f.tokens.renewals == 1);
    CHECK(f.server.requestCount() == 2);
    CHECK(f.server.requests().at(1).header("access_token") == "token-2");

    // A token refused again after the renewal is not renewed a second time.
    f.server.setHandler([](const FakeRequest &) { return FakeReply::zaloError(-220, "expired"); });
    f.server.clearRequests();
    auto again = client.getOa();
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ZaloError::Kind::TokenInvalid);
    CHECK(f.tokens.renewals == 2);
    CHECK(f.server.requestCount() == 2);
}

TEST_CASE("Transient failures are retried with back-off - a reading call succeeds after them", "[zalo][client][retry]")
{
    Fixture f;
    std::atomic<int> n {0};
    f.server.setHandler([&n](const FakeRequest &) {
        switch (n++) {
        case 0: {
            // First, on a fresh connection: libcurl itself re-sends once only on a reused one.
            FakeReply r;
            r.action = FakeReply::Action::Reset;
            return r;
        }
        case 1:
            return FakeReply::json("<html>busy</html>", 503);
        case 2:
            return FakeReply::zaloError(-32, "rate limit");
        default:
            return FakeReply::ok("[]");
        }
    });
    auto rows = f.client().listRecentChat(0, 10);
    REQUIRE(rows.ok());
    CHECK(f.server.requestCount() == 4);
    REQUIRE(f.sleeps.size() >= 3);
    // Exponential with jitter, then the long pause of -32 (policy and app budget together).
    CHECK(f.sleeps.at(0) >= 375);
    CHECK(f.sleeps.at(0) <= 625);
    CHECK(f.sleeps.at(1) >= 750);
    CHECK(f.sleeps.at(1) <= 1250);
    qint64 afterRateLimit = 0;
    for (int i = 2; i < f.sleeps.size(); ++i)
        afterRateLimit += f.sleeps.at(i);
    CHECK(afterRateLimit >= 60000);
    CHECK(afterRateLimit <= 80000);
}

TEST_CASE("Retries are bounded: a server that keeps failing gives the typed error", "[zalo][client][retry]")
{
    Fixture f;
    f.server.setHandler([](const FakeRequest &) { return FakeReply::json("oops", 500); });
    auto r = f.client().getOa();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ZaloError::Kind::HttpStatus);
    CHECK(r.error().httpStatus == 500);
    CHECK(r.error().isTransient());
    CHECK(f.server.requestCount() == RetryPolicy().maxAttempts);

    f.server.clearRequests();
    f.server.setHandler([](const FakeRequest &) {
        FakeReply reply = FakeReply::json("slow down", 429);
        reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("7")});
        return reply;
    });
    auto limited = f.client().getOa();
    REQUIRE_FALSE(limited.ok());
    CHECK(limited.error().kind == ZaloError::Kind::RateLimited);
    CHECK(limited.error().retryAfterMs == 7000);
}

TEST_CASE("A body that is not JSON, or truncated JSON, is a malformed-body error and not retried", "[zalo][client][errors]")
{
    Fixture f;
    f.server.setHandler([](const FakeRequest &) { return FakeReply::json("<!DOCTYPE html><html>Maintenance</html>"); });
    auto r = f.client().listRecentChat(0, 10);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ZaloError::Kind::MalformedBody);
    CHECK_FALSE(r.error().detail.contains(QStringLiteral("Maintenance")));
    CHECK(f.server.requestCount() == 1);

    f.server.clearRequests();
    f.server.setHandler([](const FakeRequest &) { return FakeReply::ok(R"([{"src":1,"message_id":"x","mess)"); });
    auto cut = f.client().listRecentChat(0, 10);
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().kind == ZaloError::Kind::MalformedBody);

    // A body cut short of its Content-Length is a broken connection (transient): retried.
    f.server.clearRequests();
    f.server.setHandler([](const FakeRequest &) {
        FakeReply reply = FakeReply::ok("[]");
        reply.action = FakeReply::Action::TruncatedBody;
        return reply;
    });
    auto partial = f.client().listRecentChat(0, 10);
    REQUIRE_FALSE(partial.ok());
    CHECK(partial.error().kind == ZaloError::Kind::Transport);
    CHECK(f.server.requestCount() == RetryPolicy().maxAttempts);
}

TEST_CASE("A slow answer times out - a send that timed out is not repeated and is marked uncertain", "[zalo][client][errors]")
{
    Fixture f;
    f.server.setHandler([](const FakeRequest &) {
        FakeReply reply = FakeReply::ok(R"({"message_id":"m"})");
        reply.delayMs = 1500;
        return reply;
    });
    auto client = f.client(300);
    auto sent = client.sendText(QStringLiteral("1"), QStringLiteral("xin chào"));
    REQUIRE_FALSE(sent.ok());
    CHECK(sent.error().kind == ZaloError::Kind::Timeout);
    CHECK(sent.error().uncertain);
    CHECK(f.server.requestCount() == 1);

    // A reading call is retried.
    f.server.clearRequests();
    auto read = client.getOa();
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().kind == ZaloError::Kind::Timeout);
    CHECK(f.server.requestCount() == RetryPolicy().maxAttempts);
}

TEST_CASE("A server that is not there is a transport error - a send to it is retried since nothing left", "[zalo][client][errors]")
{
    quint16 port = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    CurlTransport transport;
    CountingTokens tokens;
    int sleeps = 0;
    RetryPolicy policy;
    policy.sleep = [&sleeps](qint64) {
        ++sleeps;
    };
    ZaloClient::Options o;
    o.openapiBase = QStringLiteral("http://127.0.0.1:%1").arg(port);
    ZaloClient client(transport, o, &tokens, {}, policy);
    auto r = client.sendText(QStringLiteral("1"), QStringLiteral("xin chào"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ZaloError::Kind::Transport);
    CHECK_FALSE(r.error().uncertain);
    CHECK(sleeps == policy.maxAttempts - 1);
}
