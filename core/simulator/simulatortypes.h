#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

namespace casedesk::simulator {

/// How GET /v2.0/oa/listrecentchat reads, since the sources disagree (see zalo-oa-api.md).
enum class RecentChatMode {
    LatestPerConversation, // one row per conversation: its latest message
    AllMessages, // every message of the OA, newest first
};

/// A unit that has an Official Account in the simulated world. The simulator knows nothing of
/// CaseDesk's own types: simUnits() makes these from any list of units with id, name and area.
struct SimUnit
{
    QString id;
    QString name;
    QString area; // the place name its citizens live in (the name when empty)
};

template<typename Units> QVector<SimUnit> simUnits(const Units &units)
{
    QVector<SimUnit> out;
    out.reserve(units.size());
    for (const auto &u : units)
        out.push_back(SimUnit {u.id, u.name, u.area});
    return out;
}

/// What the simulated world looks like and which rules of the real API are enforced.
struct SimulatorConfig
{
    QVector<SimUnit> units; // every unit gets one OA
    quint64 seed = 1;
    int historyMessagesPerAccount = 40;
    int historyDays = 30;
    QDateTime historyEnd; // the backfilled history ends here; invalid = "now" when constructed
    double newMessagesPerMinute = 0; // over all accounts; 0 = none
    bool rateLimit = true;
    int rateLimitPerMinute = 4000; // per app
    int appCount = 1; // OAs are spread round-robin over the apps; all OAs of an app share its budget
    bool idsAsNumbers = false; // user_id, oa_id, from_id, to_id as JSON numbers
    bool billingFunded = false; // the province has a funded Zalo Cloud Account (48 h–7 d answers)
    RecentChatMode recentChatMode = RecentChatMode::LatestPerConversation;
    qint64 accessTokenLifetimeSecs = 25 * 3600;
    qint64 refreshTokenLifetimeSecs = 90LL * 24 * 3600;
    int maxTextLength = 2000; // code points after NFC
};

/// One OA as a test or a trainer needs to add it to CaseDesk. Fake credentials only.
struct SimulatedAccount
{
    QString unitId;
    QString unitName;
    QString oaId;
    QString appId;
    QString secretKey;
    QString refreshToken; // the newest valid refresh token
};

/// One message of a conversation, as the simulator keeps it.
struct SimMessage
{
    QString messageId;
    QString oaId;
    QString userId;
    bool fromCitizen = true; // src 1; false = sent by the OA (src 0)
    qint64 timeMs = 0;
    QString type = QStringLiteral("text"); // text, photo, sticker
    QString text;
    QString url; // media rows
    QString quoteMessageId;
    QString category; // what the generator meant (crime_report, …); empty for OA answers
};

/// One citizen as one OA sees them.
struct SimCitizen
{
    QString userId;
    QString displayName;
    QString avatar;
    bool follower = true;
    bool hasSharedInfo = false;
    QString sharedName;
    QString phone;
    bool phoneAsNumber = false;
    QString address;
    QString district;
    QString city;
    qint64 lastCitizenMessageMs = 0; // last interaction; 0 = never wrote
};

/// The faults the simulator can play on demand.
enum class FaultKind {
    RateLimit, // error -32, X-RateLimit-Remain 0; nothing processed
    Http500,
    Http502,
    Http503, // an nginx-like HTML error page; nothing processed
    MalformedJson, // HTTP 200, broken JSON; nothing processed
    TruncatedJson, // processed, the answer cut in the middle (Content-Length of the cut body)
    HtmlBody, // HTTP 200, text/html maintenance page; nothing processed
    Slow, // processed, answered after delayMs
    ExpiredToken, // error -216 whatever the token; nothing processed (openapi paths only)
    IdsAsNumbers, // processed, ids written as JSON numbers
    Disconnect, // processed, then the connection is closed without an answer
    InvalidUtf8, // processed; the text of the oldest row of a message list page is not UTF-8 (message list paths only)
};

/// "rate_limit", "http500", … as the CLI spells them; empty when unknown.
QString faultKindKey(FaultKind kind);
QStringList faultKindKeys();

/// Play @p kind on the next @p count requests (-1: until cleared), only on @p path when set.
struct FaultPlan
{
    FaultKind kind = FaultKind::Http500;
    int count = 1;
    QString path; // e.g. "/v2.0/oa/conversation"; empty = any path
    int delayMs = 5000; // Slow only
};

/// Request counters, for tests ("the answer was sent once") and for the trainer.
struct SimulatorStats
{
    qint64 requests = 0;
    qint64 rateLimited = 0; // real -32 answers (not injected ones)
    qint64 faultsPlayed = 0;
    qint64 tokenRefreshes = 0; // successful refresh_token grants
    qint64 codeExchanges = 0; // successful authorization_code grants
    qint64 answersAccepted = 0; // message/cs successes
    QHash<QString, qint64> requestsByPath;
};

} // namespace casedesk::simulator
