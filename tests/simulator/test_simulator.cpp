#include "simtestsupport.h"

#include "core/domain/unittreefile.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

using namespace casedesk::simulator;

namespace {

const QString RecentChat = QStringLiteral("/v2.0/oa/listrecentchat");
const QString Conversation = QStringLiteral("/v2.0/oa/conversation");
const QString Send = QStringLiteral("/v3.0/oa/message/cs");
const QString UserDetail = QStringLiteral("/v3.0/oa/user/detail");
const QString GetOa = QStringLiteral("/v2.0/oa/getoa");

QJsonArray rowsOf(const HttpAnswer &a)
{
    return a.json.value(QStringLiteral("data")).toArray();
}

bool isBigDigitId(const QString &id)
{
    static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{15,19}$"));
    return digits.match(id).hasMatch() && id.toULongLong() > (1ULL << 53);
}

} // namespace

TEST_CASE("Every answer has Zalo's envelope, rate headers and big string ids", "[simulator]")
{
    Running r(testConfig());
    const SimulatedAccount account = r.sim->accounts().constFirst();
    CHECK(isBigDigitId(account.oaId));
    CHECK(isBigDigitId(account.appId));
    const QString token = r.accessToken(account);

    const HttpAnswer oa = r.http->get(GetOa, QByteArray(), token);
    REQUIRE(oa.status == 200);
    REQUIRE(oa.isJson);
    CHECK(oa.json.value(QStringLiteral("error")).toInt(-1) == 0);
    CHECK(oa.json.value(QStringLiteral("message")).toString() == QStringLiteral("Success"));
    const QJsonObject data = oa.json.value(QStringLiteral("data")).toObject();
    CHECK(data.value(QStringLiteral("oa_id")).toString() == account.oaId);
    CHECK(data.value(QStringLiteral("name")).toString() == QStringLiteral("Công an xã Thử 1"));
    CHECK(oa.headers.value("x-ratelimit-limit") == "4000");
    const int remain = oa.headers.value("x-ratelimit-remain").toInt();
    CHECK(remain > 3900);
    CHECK(remain < 4000);

    const HttpAnswer page = r.http->get(RecentChat, pageData(0, 10), token);
    REQUIRE(page.error() == 0);
    const QJsonArray rows = rowsOf(page);
    REQUIRE(rows.size() == 10);
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        CHECK(isBigDigitId(row.value(QStringLiteral("from_id")).toString()));
        CHECK(isBigDigitId(row.value(QStringLiteral("to_id")).toString()));
        CHECK(!row.value(QStringLiteral("message_id")).toString().isEmpty());
        CHECK(row.value(QStringLiteral("time")).toDouble() > 1.7e12);
        const int src = row.value(QStringLiteral("src")).toInt(-1);
        CHECK((src == 0 || src == 1));
        const QString oaSide = src == 1 ? row.value(QStringLiteral("to_id")).toString() : row.value(QStringLiteral("from_id")).toString();
        CHECK(oaSide == account.oaId);
        CHECK(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}$"))
                  .match(row.value(QStringLiteral("sent_time")).toString())
                  .hasMatch());
    }

    // An unknown or missing token is refused with -216, in the envelope, with HTTP 200.
    const HttpAnswer noToken = r.http->get(GetOa, QByteArray(), QStringLiteral("not-a-token"));
    CHECK(noToken.status == 200);
    CHECK(noToken.error() == -216);
    CHECK(r.http->get(QStringLiteral("/v2.0/oa/nothing"), QByteArray(), token).status == 404);
}

TEST_CASE("Paging: count at most 10, newest first, offsets reach every conversation once", "[simulator]")
{
    Running r(testConfig(7, 2, 120));
    const SimulatedAccount account = r.sim->accounts().constLast();
    const QString token = r.accessToken(account);

    CHECK(r.http->get(RecentChat, pageData(0, 11), token).error() == -210);
    CHECK(r.http->get(Conversation, conversationData(r.sim->citizens(account.oaId).constFirst().userId, 0, 11), token).error() == -210);
    CHECK(r.http->get(RecentChat, pageData(-1, 5), token).error() == -201);
    CHECK(r.http->get(RecentChat, QByteArray("{not json"), token).error() == -201);

    QSet<QString> users;
    qint64 previous = std::numeric_limits<qint64>::max();
    int pages = 0;
    for (int offset = 0;; offset += 10) {
        const HttpAnswer page = r.http->get(RecentChat, pageData(offset, 10), token);
        REQUIRE(page.error() == 0);
        const QJsonArray rows = rowsOf(page);
        ++pages;
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            const qint64 time = qint64(row.value(QStringLiteral("time")).toDouble());
            CHECK(time <= previous);
            previous = time;
            const QString user = row.value(QStringLiteral("src")).toInt() == 1 ? row.value(QStringLiteral("from_id")).toString()
                                                                               : row.value(QStringLiteral("to_id")).toString();
            CHECK(!users.contains(user));
            users.insert(user);
        }
        if (rows.size() < 10)
            break;
        REQUIRE(pages < 100);
    }
    int withMessages = 0;
    for (const SimCitizen &c : r.sim->citizens(account.oaId))
        withMessages += r.sim->conversation(account.oaId, c.userId).isEmpty() ? 0 : 1;
    CHECK(users.size() == withMessages);

    // One thread, paged with the user id written unquoted (a number above 2^53), newest first.
    QString longest;
    int longestSize = 0;
    for (const SimCitizen &c : r.sim->citizens(account.oaId)) {
        const int n = int(r.sim->conversation(account.oaId, c.userId).size());
        if (n > longestSize) {
            longestSize = n;
            longest = c.userId;
        }
    }
    REQUIRE(longestSize >= 3);
    const QVector<SimMessage> expected = r.sim->conversation(account.oaId, longest);
    QStringList seen;
    for (int offset = 0; offset < longestSize + 10; offset += 2) {
        const HttpAnswer page = r.http->get(Conversation, conversationData(longest, offset, 2, false), token);
        REQUIRE(page.error() == 0);
        for (const QJsonValue &v : rowsOf(page))
            seen.append(v.toObject().value(QStringLiteral("message_id")).toString());
    }
    REQUIRE(seen.size() == expected.size());
    for (int i = 0; i < seen.size(); ++i)
        CHECK(seen.at(i) == expected.at(expected.size() - 1 - i).messageId);

    CHECK(r.http->get(Conversation, conversationData(QStringLiteral("1234567890123456789"), 0, 5), token).error() != 0);
}

TEST_CASE("Ids can come as JSON numbers longer than 2^53", "[simulator]")
{
    SimulatorConfig config = testConfig();
    config.idsAsNumbers = true;
    Running r(config);
    const SimulatedAccount account = r.sim->accounts().constFirst();
    const QString token = r.accessToken(account);
    const HttpAnswer page = r.http->get(RecentChat, pageData(0, 3), token);
    REQUIRE(page.error() == 0);
    // The exact digits are in the text; a double would have lost the last ones.
    const QRegularExpression numericFrom(QStringLiteral("\"(?:from_id|to_id)\":(\\d{19})[,}]"));
    auto it = numericFrom.globalMatch(QString::fromUtf8(page.body));
    int count = 0;
    while (it.hasNext()) {
        const QString digits = it.next().captured(1);
        CHECK((digits == account.oaId || r.sim->citizen(account.oaId, digits).has_value()));
        ++count;
    }
    CHECK(count == 6);
}

TEST_CASE("Refresh tokens are single use and access tokens expire after 25 hours", "[simulator]")
{
    Running r(testConfig());
    const SimulatedAccount account = r.sim->accounts().at(1);
    const HttpAnswer first = r.http->refresh(account.appId, account.secretKey, account.refreshToken);
    REQUIRE(first.status == 200);
    const QString access = first.json.value(QStringLiteral("access_token")).toString();
    const QString refresh = first.json.value(QStringLiteral("refresh_token")).toString();
    CHECK(!access.isEmpty());
    CHECK(!refresh.isEmpty());
    CHECK(refresh != account.refreshToken);
    CHECK(first.json.value(QStringLiteral("expires_in")).toString() == QStringLiteral("90000"));
    CHECK(r.sim->account(account.oaId)->refreshToken == refresh);
    CHECK(r.sim->stats().tokenRefreshes == 1);

    // The old refresh token is dead once Zalo has answered.
    const HttpAnswer reused = r.http->refresh(account.appId, account.secretKey, account.refreshToken);
    CHECK(reused.status == 200);
    CHECK(reused.error() == -118);
    CHECK(reused.json.value(QStringLiteral("message")).toString() == QStringLiteral("invalid refresh token"));
    CHECK(!reused.json.contains(QStringLiteral("access_token")));

    // The wrong secret or app is refused and does not spend the token.
    CHECK(r.http->refresh(account.appId, QStringLiteral("wrong-secret"), refresh).error() != 0);
    CHECK(r.http->refresh(QStringLiteral("1111111111111111111"), account.secretKey, refresh).error() != 0);

    CHECK(r.http->get(GetOa, QByteArray(), access).error() == 0);
    r.clock.advance(24 * 3600 * 1000LL);
    CHECK(r.http->get(GetOa, QByteArray(), access).error() == 0);
    r.clock.advance(2 * 3600 * 1000LL);
    const HttpAnswer expired = r.http->get(GetOa, QByteArray(), access);
    CHECK(expired.error() == -216);

    const HttpAnswer second = r.http->refresh(account.appId, account.secretKey, refresh);
    REQUIRE(second.error() == 12345); // no "error" member: a token answer
    CHECK(r.http->get(GetOa, QByteArray(), second.json.value(QStringLiteral("access_token")).toString()).error() == 0);

    // Revoked: the admin must consent again.
    REQUIRE(r.sim->revokeRefreshTokens(account.oaId).ok());
    CHECK(r.http->refresh(account.appId, account.secretKey, second.json.value(QStringLiteral("refresh_token")).toString()).error() == -118);
}

TEST_CASE("An authorisation code is exchanged once, only with the right PKCE verifier", "[simulator]")
{
    Running r(testConfig());
    const SimulatedAccount account = r.sim->accounts().constFirst();
    const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    // RFC 7636's example pair.
    CHECK(ZaloSimulator::codeChallengeFor(verifier) == QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const auto exchange = [&](const QString &code, const QString &v) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("code"), code);
        form.addQueryItem(QStringLiteral("app_id"), account.appId);
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("code_verifier"), v);
        return r.http->postForm(QStringLiteral("/v4/oa/access_token"), form, account.secretKey);
    };

    auto wrongCode = r.sim->mintAuthorizationCode(account.oaId, ZaloSimulator::codeChallengeFor(verifier));
    REQUIRE(wrongCode.ok());
    CHECK(exchange(*wrongCode, QStringLiteral("another-verifier-another-verifier-1234567")).error() != 0);

    auto code = r.sim->mintAuthorizationCode(account.oaId, ZaloSimulator::codeChallengeFor(verifier));
    REQUIRE(code.ok());
    const HttpAnswer ok = exchange(*code, verifier);
    REQUIRE(ok.isJson);
    const QString access = ok.json.value(QStringLiteral("access_token")).toString();
    REQUIRE(!access.isEmpty());
    CHECK(r.http->get(GetOa, QByteArray(), access).json.value(QStringLiteral("data")).toObject().value(QStringLiteral("oa_id")).toString()
          == account.oaId);
    CHECK(exchange(*code, verifier).error() != 0); // single use

    auto late = r.sim->mintAuthorizationCode(account.oaId, ZaloSimulator::codeChallengeFor(verifier));
    REQUIRE(late.ok());
    r.clock.advance(11 * 60 * 1000);
    CHECK(exchange(*late, verifier).error() != 0); // lives 10 minutes

    // The consent page hands out codes for the app's OAs, with the redirect a browser would follow.
    QUrlQuery consent;
    consent.addQueryItem(QStringLiteral("app_id"), account.appId);
    consent.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("https://casedesk.invalid/callback"));
    consent.addQueryItem(QStringLiteral("code_challenge"), ZaloSimulator::codeChallengeFor(verifier));
    consent.addQueryItem(QStringLiteral("state"), QStringLiteral("xyz"));
    const HttpAnswer page = r.http->getQuery(QStringLiteral("/v4/oa/permission"), consent);
    CHECK(page.status == 200);
    CHECK(page.headers.value("content-type").startsWith("text/html"));
    const QRegularExpression link(QStringLiteral("code=([A-Za-z0-9_-]+)&amp;oa_id=") + account.oaId);
    const QRegularExpressionMatch m = link.match(QString::fromUtf8(page.body));
    REQUIRE(m.hasMatch());
    CHECK(!exchange(m.captured(1), verifier).json.value(QStringLiteral("access_token")).toString().isEmpty());
}

TEST_CASE("Answers arrive once in the conversation, inside the reply windows only", "[simulator]")
{
    Running r(testConfig());
    const SimulatedAccount account = r.sim->accounts().constFirst();
    const QString token = r.accessToken(account);
    auto said = r.sim->citizenSays(account.oaId, QString(), QStringLiteral("Cho em hỏi làm căn cước ở đâu ạ"));
    REQUIRE(said.ok());
    const QString user = said->userId;

    const HttpAnswer sent
        = r.http->postJson(Send, answerBody(user, QStringLiteral("Chào bạn, bạn đến trụ sở công an xã nhé."), said->messageId), token);
    REQUIRE(sent.error() == 0);
    const QJsonObject data = sent.json.value(QStringLiteral("data")).toObject();
    const QString answerId = data.value(QStringLiteral("message_id")).toString();
    CHECK(!answerId.isEmpty());
    CHECK(data.value(QStringLiteral("user_id")).toString() == user);
    CHECK(data.value(QStringLiteral("sent_time")).toString() == QString::number(r.clock.nowMs()));

    const QVector<SimMessage> thread = r.sim->conversation(account.oaId, user);
    REQUIRE(thread.size() == 2);
    CHECK(!thread.at(1).fromCitizen);
    CHECK(thread.at(1).messageId == answerId);
    CHECK(thread.at(1).quoteMessageId == said->messageId);
    const HttpAnswer recent = r.http->get(RecentChat, pageData(0, 1), token);
    REQUIRE(rowsOf(recent).size() == 1);
    CHECK(rowsOf(recent).at(0).toObject().value(QStringLiteral("message_id")).toString() == answerId);
    CHECK(rowsOf(recent).at(0).toObject().value(QStringLiteral("src")).toInt() == 0);
    const HttpAnswer convo = r.http->get(Conversation, conversationData(user, 0, 10), token);
    REQUIRE(rowsOf(convo).size() == 2);
    CHECK(rowsOf(convo).at(0).toObject().value(QStringLiteral("message_id")).toString() == answerId);

    // Bad answers change nothing.
    CHECK(r.http->postJson(Send, answerBody(user, QString(2001, QChar(u'a'))), token).error() == -201);
    CHECK(r.http->postJson(Send, answerBody(user, QStringLiteral("x"), QStringLiteral("nosuchmessage")), token).error() == -201);
    CHECK(r.http->postJson(Send, answerBody(QStringLiteral("1234567890123456789"), QStringLiteral("x")), token).error() != 0);
    CHECK(r.http->postJson(Send, QByteArray("{\"recipient\":"), token).error() == -201);
    CHECK(r.http->postJson(QStringLiteral("/v2.0/oa/message"), answerBody(user, QStringLiteral("x")), token).error() == -240);
    CHECK(r.sim->conversation(account.oaId, user).size() == 2);

    // 2,000 characters are counted after NFC: decomposed Vietnamese is not longer.
    const QString composed(2000, QChar(0x1EC7)); // ệ
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    REQUIRE(decomposed.size() > 2000);
    CHECK(r.http->postJson(Send, answerBody(user, decomposed), token).error() == 0);

    // 48 hours to 7 days: billed, refused without a funded Zalo Cloud Account.
    r.clock.advance(3 * 24 * 3600 * 1000LL);
    const QString token2 = r.accessToken(*r.sim->account(account.oaId));
    CHECK(r.http->postJson(Send, answerBody(user, QStringLiteral("Trả lời muộn")), token2).error() == -320);
    r.sim->setBillingFunded(true);
    CHECK(r.http->postJson(Send, answerBody(user, QStringLiteral("Trả lời muộn")), token2).error() == 0);
    // After 7 days: closed.
    r.clock.advance(5 * 24 * 3600 * 1000LL);
    const QString token3 = r.accessToken(*r.sim->account(account.oaId));
    CHECK(r.http->postJson(Send, answerBody(user, QStringLiteral("Quá muộn")), token3).error() == -230);
    CHECK(r.sim->conversation(account.oaId, user).size() == 4);
    CHECK(r.sim->stats().answersAccepted == 3);
}

TEST_CASE("The rate budget is shared by the OAs of one app and can be switched off", "[simulator]")
{
    SimulatorConfig config = testConfig();
    config.rateLimitPerMinute = 30;
    Running r(config);
    const auto accounts = r.sim->accounts();
    REQUIRE(accounts.at(0).appId == accounts.at(1).appId);
    // Tokens first: they count too.
    const QString a = r.accessToken(accounts.at(0));
    const QString b = r.accessToken(accounts.at(1));
    for (int i = 0; i < 14; ++i) {
        REQUIRE(r.http->get(GetOa, QByteArray(), a).error() == 0);
        REQUIRE(r.http->get(GetOa, QByteArray(), b).error() == 0);
    }
    const HttpAnswer over = r.http->get(GetOa, QByteArray(), b);
    CHECK(over.status == 200);
    CHECK(over.error() == -32);
    CHECK(over.headers.value("x-ratelimit-limit") == "30");
    CHECK(over.headers.value("x-ratelimit-remain") == "0");
    CHECK(r.http->get(GetOa, QByteArray(), a).error() == -32);
    CHECK(r.sim->stats().rateLimited == 2);

    r.sim->setRateLimitEnabled(false);
    CHECK(r.http->get(GetOa, QByteArray(), a).error() == 0);
    r.sim->setRateLimitEnabled(true);
    CHECK(r.http->get(GetOa, QByteArray(), a).error() == -32);
    r.clock.advance(61 * 1000);
    const HttpAnswer later = r.http->get(GetOa, QByteArray(), a);
    CHECK(later.error() == 0);
    CHECK(later.headers.value("x-ratelimit-remain") == "29");

    // Separate apps have separate budgets.
    SimulatorConfig twoApps = testConfig();
    twoApps.appCount = 2;
    Running s(twoApps);
    CHECK(s.sim->accounts().at(0).appId != s.sim->accounts().at(1).appId);
    CHECK(s.sim->accounts().at(0).appId == s.sim->accounts().at(2).appId);
}

TEST_CASE("The same seed gives the same world and another seed another", "[simulator]")
{
    ZaloSimulator one(testConfig(99, 4, 80));
    ZaloSimulator two(testConfig(99, 4, 80));
    ZaloSimulator other(testConfig(100, 4, 80));
    const auto accountsOne = one.accounts();
    const auto accountsTwo = two.accounts();
    REQUIRE(accountsOne.size() == 4);
    for (int i = 0; i < accountsOne.size(); ++i) {
        CHECK(accountsOne.at(i).oaId == accountsTwo.at(i).oaId);
        CHECK(accountsOne.at(i).appId == accountsTwo.at(i).appId);
        CHECK(accountsOne.at(i).secretKey == accountsTwo.at(i).secretKey);
        CHECK(accountsOne.at(i).refreshToken == accountsTwo.at(i).refreshToken);
        CHECK(accountsOne.at(i).oaId != other.accounts().at(i).oaId);
        const auto a = one.messages(accountsOne.at(i).oaId);
        const auto b = two.messages(accountsTwo.at(i).oaId);
        REQUIRE(a.size() == 80);
        REQUIRE(b.size() == 80);
        for (int k = 0; k < a.size(); ++k) {
            CHECK(a.at(k).messageId == b.at(k).messageId);
            CHECK(a.at(k).text == b.at(k).text);
            CHECK(a.at(k).timeMs == b.at(k).timeMs);
        }
        CHECK(a.constFirst().messageId != other.messages(other.accounts().at(i).oaId).constFirst().messageId);
    }
}

TEST_CASE("Citizens write every kind of realistic message and the shipped tree makes 127 OAs fast", "[simulator]")
{
    SimulatorConfig config;
    auto tree = casedesk::domain::UnitTreeFile::read(QStringLiteral(CASEDESK_RESOURCES "/units-travinh.json"));
    REQUIRE(tree.ok());
    config.units = casedesk::simulator::simUnits(*tree);
    config.seed = 2026;
    config.historyMessagesPerAccount = 200;
    config.historyEnd = testNow();
    QElapsedTimer timer;
    timer.start();
    ZaloSimulator sim(config);
    const qint64 generationMs = timer.elapsed();
    WARN("127 OAs x 200 messages generated in " << generationMs << " ms");
    CHECK(generationMs < 10000); // a bound against gross regressions, not a benchmark
    const auto accounts = sim.accounts();
    REQUIRE(accounts.size() == 127);

    QSet<QString> categories;
    QSet<QString> types;
    int nfd = 0, plainAscii = 0, shorthand = 0, answeredLast = 0, followUps = 0, withPhoneNumber = 0, withoutShared = 0;
    int oldest = 0, recent = 0;
    QSet<QString> oaIds;
    for (const SimulatedAccount &a : accounts) {
        oaIds.insert(a.oaId);
        const auto all = sim.messages(a.oaId);
        REQUIRE(all.size() == 200);
        for (const SimMessage &m : all) {
            if (!m.category.isEmpty())
                categories.insert(m.category);
            types.insert(m.type);
            if (m.fromCitizen && m.text != m.text.normalized(QString::NormalizationForm_C))
                ++nfd;
            if (m.fromCitizen && m.text.size() > 20 && std::all_of(m.text.begin(), m.text.end(), [](QChar c) { return c.unicode() < 128; }))
                ++plainAscii;
            if (m.text.contains(QStringLiteral(" ko ")) || m.text.contains(QStringLiteral(" dc ")) || m.text.startsWith(QStringLiteral("cho e ")))
                ++shorthand;
            const qint64 age = testNow().toMSecsSinceEpoch() - m.timeMs;
            CHECK(age >= 0);
            CHECK(age <= 30LL * 24 * 3600 * 1000);
            oldest += age > 7LL * 24 * 3600 * 1000 ? 1 : 0;
            recent += age < 48LL * 3600 * 1000 ? 1 : 0;
        }
        for (const SimCitizen &c : sim.citizens(a.oaId)) {
            const auto thread = sim.conversation(a.oaId, c.userId);
            if (thread.isEmpty())
                continue;
            answeredLast += thread.constLast().fromCitizen ? 0 : 1;
            int fromCitizen = 0;
            for (const SimMessage &m : thread)
                fromCitizen += m.fromCitizen ? 1 : 0;
            followUps += fromCitizen > 1 ? 1 : 0;
            withPhoneNumber += c.hasSharedInfo && c.phoneAsNumber ? 1 : 0;
            withoutShared += c.hasSharedInfo ? 0 : 1;
        }
    }
    CHECK(oaIds.size() == 127);
    CHECK(categories
          == QSet<QString> {QStringLiteral("crime_report"), QStringLiteral("security_report"), QStringLiteral("petition"),
                            QStringLiteral("procedure_question"), QStringLiteral("other")});
    CHECK(types.contains(QStringLiteral("photo")));
    CHECK(types.contains(QStringLiteral("sticker")));
    CHECK(nfd > 100);
    CHECK(plainAscii > 100);
    CHECK(shorthand > 20);
    CHECK(answeredLast > 500);
    CHECK(followUps > 500);
    CHECK(withPhoneNumber > 50);
    CHECK(withoutShared > 50);
    CHECK(oldest > 1000);
    CHECK(recent > 100);
}

TEST_CASE("user/detail gives the profile with shared_info, phone as number or string", "[simulator]")
{
    Running r(testConfig(5, 2, 150));
    const SimulatedAccount account = r.sim->accounts().constFirst();
    const QString token = r.accessToken(account);
    bool sawNumber = false, sawString = false, sawNone = false;
    for (const SimCitizen &c : r.sim->citizens(account.oaId)) {
        const HttpAnswer detail = r.http->get(UserDetail, QStringLiteral("{\"user_id\":\"%1\"}").arg(c.userId).toUtf8(), token);
        REQUIRE(detail.error() == 0);
        const QJsonObject d = detail.json.value(QStringLiteral("data")).toObject();
        CHECK(d.value(QStringLiteral("user_id")).toString() == c.userId);
        CHECK(d.value(QStringLiteral("display_name")).toString() == c.displayName);
        CHECK(QRegularExpression(QStringLiteral("^\\d\\d/\\d\\d/\\d{4}$"))
                  .match(d.value(QStringLiteral("user_last_interaction_date")).toString())
                  .hasMatch());
        CHECK(d.value(QStringLiteral("avatars")).toObject().contains(QStringLiteral("240")));
        const QJsonValue phone = d.value(QStringLiteral("shared_info")).toObject().value(QStringLiteral("phone"));
        sawNumber = sawNumber || phone.isDouble();
        sawString = sawString || phone.isString();
        sawNone = sawNone || !d.contains(QStringLiteral("shared_info"));
    }
    CHECK(sawNumber);
    CHECK(sawString);
    CHECK(sawNone);
    CHECK(r.http->get(UserDetail, QByteArray("{\"user_id\":\"42\"}"), token).error() != 0);
}

TEST_CASE("New citizen messages arrive while running", "[simulator]")
{
    SimulatorConfig config = testConfig();
    config.newMessagesPerMinute = 6000; // one every 10 ms
    ZaloSimulator sim(config);
    int arrived = 0;
    QObject::connect(&sim, &ZaloSimulator::citizenMessageArrived, &sim, [&arrived](const QString &, const QString &, const QString &) { ++arrived; });
    REQUIRE(sim.listen().ok());
    QEventLoop loop;
    QTimer::singleShot(400, &loop, &QEventLoop::quit);
    loop.exec();
    CHECK(arrived >= 5);
    int total = 0;
    for (const SimulatedAccount &a : sim.accounts())
        total += int(sim.messages(a.oaId).size());
    CHECK(total == 3 * 60 + arrived);
}
