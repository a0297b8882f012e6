#include "simtestsupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

using namespace casedesk::simulator;

namespace {

const QString RecentChat = QStringLiteral("/v2.0/oa/listrecentchat");
const QString Send = QStringLiteral("/v3.0/oa/message/cs");
const QString GetOa = QStringLiteral("/v2.0/oa/getoa");

FaultPlan plan(FaultKind kind, int count = 1, const QString &path = {})
{
    FaultPlan p;
    p.kind = kind;
    p.count = count;
    p.path = path;
    return p;
}

} // namespace

TEST_CASE("Fault specs of the command line", "[simulator]")
{
    auto once = ZaloSimulator::parseFault(QStringLiteral("http503"));
    REQUIRE(once.ok());
    CHECK(once->kind == FaultKind::Http503);
    CHECK(once->count == 1);
    auto three = ZaloSimulator::parseFault(QStringLiteral("rate-limit:3"));
    REQUIRE(three.ok());
    CHECK(three->kind == FaultKind::RateLimit);
    CHECK(three->count == 3);
    auto always = ZaloSimulator::parseFault(QStringLiteral("slow:always:250"));
    REQUIRE(always.ok());
    CHECK(always->count == -1);
    CHECK(always->delayMs == 250);
    CHECK(!ZaloSimulator::parseFault(QStringLiteral("meteor")).ok());
    CHECK(!ZaloSimulator::parseFault(QStringLiteral("http500:0")).ok());
    CHECK(!ZaloSimulator::parseFault(QStringLiteral("http500:x")).ok());
    CHECK(!ZaloSimulator::parseFault(QStringLiteral("http500:1:20")).ok());
    for (const QString &key : faultKindKeys())
        CHECK(ZaloSimulator::parseFault(key).ok());
}

TEST_CASE("Each fault plays on the next N requests, then the API behaves again", "[simulator]")
{
    Running r(testConfig());
    const SimulatedAccount account = r.sim->accounts().constFirst();
    const QString token = r.accessToken(account);

    SECTION("rate limit")
    {
        r.sim->injectFaults(plan(FaultKind::RateLimit, 2));
        for (int i = 0; i < 2; ++i) {
            const HttpAnswer a = r.http->get(GetOa, QByteArray(), token);
            CHECK(a.status == 200);
            CHECK(a.error() == -32);
            CHECK(a.headers.value("x-ratelimit-remain") == "0");
        }
        CHECK(r.http->get(GetOa, QByteArray(), token).error() == 0);
        CHECK(r.sim->stats().faultsPlayed == 2);
    }
    SECTION("HTTP 5xx")
    {
        r.sim->injectFaults(plan(FaultKind::Http500));
        r.sim->injectFaults(plan(FaultKind::Http502));
        r.sim->injectFaults(plan(FaultKind::Http503));
        CHECK(r.http->get(GetOa, QByteArray(), token).status == 500);
        CHECK(r.http->get(GetOa, QByteArray(), token).status == 502);
        const HttpAnswer a = r.http->get(GetOa, QByteArray(), token);
        CHECK(a.status == 503);
        CHECK(!a.isJson);
        CHECK(r.http->get(GetOa, QByteArray(), token).error() == 0);
    }
    SECTION("malformed JSON and a body that is not JSON at all")
    {
        r.sim->injectFaults(plan(FaultKind::MalformedJson));
        r.sim->injectFaults(plan(FaultKind::HtmlBody));
        const HttpAnswer malformed = r.http->get(RecentChat, pageData(0, 5), token);
        CHECK(malformed.status == 200);
        CHECK(!malformed.body.isEmpty());
        CHECK(!malformed.isJson);
        const HttpAnswer html = r.http->get(RecentChat, pageData(0, 5), token);
        CHECK(html.status == 200);
        CHECK(html.headers.value("content-type").startsWith("text/html"));
        CHECK(html.body.startsWith("<!DOCTYPE html>"));
        CHECK(r.http->get(RecentChat, pageData(0, 5), token).isJson);
    }
    SECTION("truncated JSON: the answer was processed, its reply cut")
    {
        auto said = r.sim->citizenSays(account.oaId, QString(), QStringLiteral("alo"));
        REQUIRE(said.ok());
        r.sim->injectFaults(plan(FaultKind::TruncatedJson, 1, Send));
        CHECK(r.http->get(GetOa, QByteArray(), token).isJson); // another path is not affected
        const HttpAnswer cut = r.http->postJson(Send, answerBody(said->userId, QStringLiteral("Dạ chào bạn")), token);
        CHECK(cut.status == 200);
        CHECK(!cut.isJson);
        CHECK(cut.body.startsWith("{\"data\":{\"message_id\":"));
        CHECK(r.sim->conversation(account.oaId, said->userId).size() == 2);
    }
    SECTION("disconnect after processing")
    {
        auto said = r.sim->citizenSays(account.oaId, QString(), QStringLiteral("alo"));
        REQUIRE(said.ok());
        r.sim->injectFaults(plan(FaultKind::Disconnect, 1, Send));
        // A raw socket: HTTP clients (QNetworkAccessManager, libcurl) silently resend a request
        // whose connection closed, which would hide what the server did.
        const QByteArray body = answerBody(said->userId, QStringLiteral("Dạ chào bạn"));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, r.sim->port());
        REQUIRE(socket.waitForConnected(5000));
        socket.write("POST /v3.0/oa/message/cs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\naccess_token: " + token.toLatin1()
                     + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray received;
        QEventLoop loop;
        QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
        QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&socket, &received]() { received += socket.readAll(); });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        if (socket.state() == QAbstractSocket::ConnectedState)
            loop.exec();
        CHECK(socket.state() == QAbstractSocket::UnconnectedState);
        CHECK(received.isEmpty());
        CHECK(r.sim->conversation(account.oaId, said->userId).size() == 2);
        CHECK(r.http->get(GetOa, QByteArray(), token).error() == 0);
    }
    SECTION("slow answers")
    {
        FaultPlan slow = plan(FaultKind::Slow);
        slow.delayMs = 1500;
        r.sim->injectFaults(slow);
        const HttpAnswer late = r.http->get(GetOa, QByteArray(), token);
        CHECK(late.error() == 0);
        CHECK(late.elapsedMs >= 1450);
        CHECK(r.http->get(GetOa, QByteArray(), token).elapsedMs < 1000);
    }
    SECTION("expired token, on the openapi paths only")
    {
        r.sim->injectFaults(plan(FaultKind::ExpiredToken));
        CHECK(r.http->refresh(account.appId, account.secretKey, r.sim->account(account.oaId)->refreshToken).isJson);
        CHECK(r.http->get(GetOa, QByteArray(), token).error() == -216);
        CHECK(r.http->get(GetOa, QByteArray(), token).error() == 0);
    }
    SECTION("ids as numbers for one answer")
    {
        r.sim->injectFaults(plan(FaultKind::IdsAsNumbers));
        const HttpAnswer numbers = r.http->get(GetOa, QByteArray(), token);
        CHECK(numbers.body.contains(QByteArray(QByteArray("\"oa_id\":") + account.oaId.toLatin1())));
        const HttpAnswer strings = r.http->get(GetOa, QByteArray(), token);
        CHECK(strings.body.contains(QByteArray(QByteArray("\"oa_id\":\"") + account.oaId.toLatin1() + '"')));
    }
    SECTION("text that is not UTF-8 in the oldest row of one message list answer")
    {
        r.sim->injectFaults(plan(FaultKind::InvalidUtf8));
        CHECK(r.http->get(GetOa, QByteArray(), token).isJson); // no message rows: not played there
        const HttpAnswer garbled = r.http->get(RecentChat, pageData(0, 5), token);
        CHECK(garbled.status == 200);
        CHECK(!garbled.isJson); // a strict parser refuses the whole page
        CHECK(QString::fromUtf8(garbled.body).contains(QChar::ReplacementCharacter));
        const HttpAnswer clean = r.http->get(RecentChat, pageData(0, 5), token);
        REQUIRE(clean.isJson);
        REQUIRE(clean.json.value(QStringLiteral("data")).toArray().size() == 5);
        // The same page, but for nine bad bytes in its last row (the oldest).
        CHECK(garbled.body.size() == clean.body.size() + 9);
        const qsizetype lastRow = clean.body.lastIndexOf("{\"src\"");
        REQUIRE(lastRow > 0);
        CHECK(garbled.body.left(lastRow) == clean.body.left(lastRow));
    }
    SECTION("always, until cleared")
    {
        r.sim->injectFaults(plan(FaultKind::Http502, -1, GetOa));
        for (int i = 0; i < 3; ++i)
            CHECK(r.http->get(GetOa, QByteArray(), token).status == 502);
        CHECK(r.http->get(RecentChat, pageData(0, 1), token).error() == 0);
        r.sim->clearFaults();
        CHECK(r.http->get(GetOa, QByteArray(), token).error() == 0);
    }
}
