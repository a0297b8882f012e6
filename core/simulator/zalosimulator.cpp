// Over 600 lines on purpose: the whole OA API surface the client speaks (paths, envelope, errors,
// tokens, quotas, windows and every fault on demand) in one place, read side by side with
// zalo-oa-api.md; its world (citizens, phrases, tokens, limits) lives in the files beside it.
#include "zalosimulator.h"

#include "core/simulator/jsonwriter.h"
#include "core/simulator/phrasebank.h"
#include "core/simulator/ratelimiter.h"
#include "core/simulator/simworld.h"
#include "core/simulator/tokenbook.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

namespace casedesk::simulator {

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;
constexpr qint64 CodeLifetimeMs = 10 * 60 * 1000;

const QString PathRecentChat = QStringLiteral("/v2.0/oa/listrecentchat");
const QString PathConversation = QStringLiteral("/v2.0/oa/conversation");
const QString PathSend = QStringLiteral("/v3.0/oa/message/cs");
const QString PathSendV2 = QStringLiteral("/v2.0/oa/message");
const QString PathUserDetail = QStringLiteral("/v3.0/oa/user/detail");
const QString PathGetOa = QStringLiteral("/v2.0/oa/getoa");
const QString PathAccessToken = QStringLiteral("/v4/oa/access_token");
const QString PathPermission = QStringLiteral("/v4/oa/permission");

const QByteArray JsonType = QByteArrayLiteral("application/json; charset=utf-8");
const QByteArray HtmlType = QByteArrayLiteral("text/html; charset=utf-8");

QByteArray htmlPage(const QString &title, const QString &body)
{
    return (QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") + title.toHtmlEscaped()
            + QStringLiteral("</title></head><body>") + body + QStringLiteral("</body></html>\n"))
        .toUtf8();
}

QByteArray nginxError(int status, const char *reason)
{
    const QString title = QString::number(status) + QLatin1Char(' ') + QLatin1String(reason);
    return htmlPage(title, QStringLiteral("<center><h1>") + title + QStringLiteral("</h1></center><hr><center>nginx</center>"));
}

QString sentTime(qint64 ms)
{
    // Zalo writes sent_time in Vietnam time.
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, 7 * 3600).toString(QStringLiteral("HH:mm:ss dd/MM/yyyy"));
}

/// The digits of "user_id" written quoted or as a bare number (which may exceed 2^53, so it is
/// read from the text, never through a double).
QString userIdIn(const QByteArray &json)
{
    static const QRegularExpression re(QStringLiteral("\"user_id\"\\s*:\\s*\"?\\s*(\\d+)"));
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(json));
    return m.hasMatch() ? m.captured(1) : QString();
}

std::optional<qint64> integerIn(const QJsonObject &o, const QString &key, qint64 fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d != double(qint64(d)))
            return std::nullopt;
        return qint64(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::simulator::ZaloSimulator)
};

struct FaultName
{
    FaultKind kind;
    const char *key;
};

const FaultName faultNames[] = {
    {FaultKind::RateLimit, "rate_limit"},
    {FaultKind::Http500, "http500"},
    {FaultKind::Http502, "http502"},
    {FaultKind::Http503, "http503"},
    {FaultKind::MalformedJson, "malformed_json"},
    {FaultKind::TruncatedJson, "truncated_json"},
    {FaultKind::HtmlBody, "html"},
    {FaultKind::Slow, "slow"},
    {FaultKind::ExpiredToken, "expired_token"},
    {FaultKind::IdsAsNumbers, "ids_as_numbers"},
    {FaultKind::Disconnect, "disconnect"},
    {FaultKind::InvalidUtf8, "invalid_utf8"},
};

} // namespace

QString faultKindKey(FaultKind kind)
{
    for (const FaultName &f : faultNames) {
        if (f.kind == kind)
            return QString::fromLatin1(f.key);
    }
    return {};
}

QStringList faultKindKeys()
{
    QStringList keys;
    for (const FaultName &f : faultNames)
        keys.append(QString::fromLatin1(f.key));
    return keys;
}

/// What one request asked for.
struct ZaloSimulator::Call
{
    QString path;
    bool post = false;
    QByteArray accessToken;
    QByteArray secretKey;
    QByteArray data; // GET: the "data" query parameter, decoded; POST: the body
    QUrlQuery query;
};

/// What the simulator answers.
struct ZaloSimulator::Reply
{
    int status = 200;
    QByteArray contentType = JsonType;
    QByteArray body;
    bool rateHeaders = false;
    int limit = 0;
    int remaining = 0;
    int delayMs = 0;
    bool disconnect = false;

    static Reply error(int code, const QString &message)
    {
        JsonWriter w;
        w.beginObject();
        w.key("error");
        w.number(code);
        w.key("message");
        w.string(message);
        w.endObject();
        Reply r;
        r.body = w.take();
        return r;
    }
    static Reply html(int status, QByteArray page)
    {
        Reply r;
        r.status = status;
        r.contentType = HtmlType;
        r.body = std::move(page);
        return r;
    }
};

ZaloSimulator::ZaloSimulator(SimulatorConfig config, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_random(SimRandom::mix(m_config.seed) ^ 0x11FEULL)
{
    auto phrases = PhraseBank::shipped();
    if (!phrases) {
        m_setupError = phrases.error();
        return;
    }
    const qint64 end = m_config.historyEnd.isValid() ? m_config.historyEnd.toMSecsSinceEpoch() : nowMs();
    m_world = std::make_unique<SimWorld>(m_config, std::move(*phrases), end);
    m_tokens = std::make_unique<TokenBook>(m_config.seed, m_world->accountCount());
    m_limiter = std::make_unique<RateLimiter>(m_world->appCount(), m_config.rateLimitPerMinute);
    for (int i = 0; i < m_world->accountCount(); ++i)
        m_tokens->issueRefresh(i, nowMs() + m_config.refreshTokenLifetimeSecs * 1000);
    m_liveTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_liveTimer, &QTimer::timeout, this, &ZaloSimulator::liveTick);
}

ZaloSimulator::~ZaloSimulator() = default;

qint64 ZaloSimulator::nowMs() const
{
    return (m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch()) + m_offsetMs;
}

Expected<quint16> ZaloSimulator::listen(quint16 port)
{
    if (!m_world)
        return m_setupError;
    if (m_server)
        return m_port;
    m_server = std::make_unique<QHttpServer>();
    const auto handler = [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        respond(request, std::move(responder));
    };
    for (const QString &path : {PathRecentChat, PathConversation, PathSend, PathSendV2, PathUserDetail, PathGetOa, PathAccessToken, PathPermission})
        m_server->route(path, handler);
    m_server->setMissingHandler(handler);
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        m_server.reset();
        return Error {tr("The Zalo simulator cannot listen on port %1 of 127.0.0.1 (in use or not allowed).").arg(port)};
    }
    if (m_config.newMessagesPerMinute > 0) {
        m_liveTimer.start(std::max(1, int(60000.0 / m_config.newMessagesPerMinute)));
    }
    return m_port;
}

QUrl ZaloSimulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QVector<SimulatedAccount> ZaloSimulator::accounts() const
{
    QVector<SimulatedAccount> list;
    if (!m_world)
        return list;
    list.reserve(m_world->accountCount());
    for (int i = 0; i < m_world->accountCount(); ++i) {
        const SimAccountData &a = m_world->account(i);
        list.append(SimulatedAccount {a.unit.id, a.unit.name, a.oaId, m_world->appId(a.app), m_world->secretKey(a.app), m_tokens->latestRefresh(i)});
    }
    return list;
}

std::optional<SimulatedAccount> ZaloSimulator::account(const QString &oaId) const
{
    const int i = m_world ? m_world->accountByOaId(oaId) : -1;
    if (i < 0)
        return std::nullopt;
    const SimAccountData &a = m_world->account(i);
    return SimulatedAccount {a.unit.id, a.unit.name, a.oaId, m_world->appId(a.app), m_world->secretKey(a.app), m_tokens->latestRefresh(i)};
}

Expected<QString> ZaloSimulator::mintAuthorizationCode(const QString &oaId, const QString &codeChallenge)
{
    const int i = m_world ? m_world->accountByOaId(oaId) : -1;
    if (i < 0)
        return Error {tr("The simulator has no OA %1.").arg(oaId)};
    return m_tokens->issueCode(i, codeChallenge, nowMs() + CodeLifetimeMs);
}

Status ZaloSimulator::revokeRefreshTokens(const QString &oaId)
{
    const int i = m_world ? m_world->accountByOaId(oaId) : -1;
    if (i < 0)
        return Error {tr("The simulator has no OA %1.").arg(oaId)};
    m_tokens->revokeRefreshTokens(i);
    return {};
}

QString ZaloSimulator::codeChallengeFor(const QString &codeVerifier)
{
    return TokenBook::challengeFor(codeVerifier);
}

QVector<SimCitizen> ZaloSimulator::citizens(const QString &oaId) const
{
    const int i = m_world ? m_world->accountByOaId(oaId) : -1;
    return i < 0 ? QVector<SimCitizen>() : m_world->account(i).citizens;
}

std::optional<SimCitizen> ZaloSimulator::citizen(const QString &oaId, const QString &userId) const
{
    const int i = m_world ? m_world->accountByOaId(oaId) : -1;
    if (i < 0)
        return std::nullopt;
    const SimAccountData &a = m_world->account(i);
    const int ci = a.citizenByUserId.value(userId, -1);
    if (ci < 0)
        return std::nullopt;
    return a.citizens.at(ci);
}

QVector<SimMessage> ZaloSimulator::conversation(const QString &oaId, const QString &userId) const
{
    QVector<SimMessage> list;
    const int i = m_world ? m_world->accountByOaId(oaId) : -1;
    if (i < 0)
        return list;
    const SimAccountData &a = m_world->account(i);
    const int ci = a.citizenByUserId.value(userId, -1);
    if (ci < 0)
        return list;
    for (const int index : a.threads.at(size_t(ci)))
        list.append(a.messages.at(size_t(index)));
    return list;
}

QVector<SimMessage> ZaloSimulator::messages(const QString &oaId) const
{
    const int i = m_world ? m_world->accountByOaId(oaId) : -1;
    if (i < 0)
        return {};
    const auto &all = m_world->account(i).messages;
    return QVector<SimMessage>(all.begin(), all.end());
}

Expected<QString> ZaloSimulator::newCitizen(const QString &oaId, const QString &displayName)
{
    const int i = m_world ? m_world->accountByOaId(oaId) : -1;
    if (i < 0)
        return Error {tr("The simulator has no OA %1.").arg(oaId)};
    const int ci = m_world->addCitizen(i, m_random, displayName);
    return m_world->account(i).citizens.at(ci).userId;
}

Expected<SimMessage> ZaloSimulator::citizenSays(const QString &oaId, const QString &userId, const QString &text)
{
    const int i = m_world ? m_world->accountByOaId(oaId) : -1;
    if (i < 0)
        return Error {tr("The simulator has no OA %1.").arg(oaId)};
    QString user = userId;
    if (user.isEmpty())
        user = m_world->account(i).citizens.at(m_world->addCitizen(i, m_random)).userId;
    else if (!m_world->account(i).citizenByUserId.contains(user))
        return Error {tr("OA %1 has no citizen %2.").arg(oaId, userId)};
    SimMessage m;
    m.messageId = m_world->newMessageId(m_random);
    m.oaId = oaId;
    m.userId = user;
    m.fromCitizen = true;
    m.timeMs = nowMs();
    m.text = text;
    const SimMessage &stored = m_world->append(i, std::move(m));
    Q_EMIT citizenMessageArrived(stored.oaId, stored.userId, stored.messageId);
    return stored;
}

void ZaloSimulator::injectFaults(const FaultPlan &plan)
{
    if (plan.count != 0)
        m_faults.append(plan);
}

Expected<FaultPlan> ZaloSimulator::parseFault(const QString &spec)
{
    const QStringList parts = spec.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_')).split(QLatin1Char(':'));
    FaultPlan plan;
    bool known = false;
    for (const FaultName &f : faultNames) {
        if (parts.constFirst() == QLatin1String(f.key)) {
            plan.kind = f.kind;
            known = true;
        }
    }
    if (!known || parts.size() > 3)
        return Error {tr("Unknown fault \"%1\"; use KIND[:N] with KIND one of %2.").arg(spec, faultKindKeys().join(QStringLiteral(", ")))};
    if (parts.size() >= 2) {
        if (parts.at(1) == QLatin1String("always")) {
            plan.count = -1;
        } else {
            bool ok = false;
            plan.count = parts.at(1).toInt(&ok);
            if (!ok || plan.count < 1)
                return Error {tr("Fault \"%1\": N must be a positive number of requests or \"always\".").arg(spec)};
        }
    }
    if (parts.size() == 3) {
        bool ok = false;
        plan.delayMs = parts.at(2).toInt(&ok);
        if (!ok || plan.delayMs < 0 || plan.kind != FaultKind::Slow)
            return Error {tr("Fault \"%1\": only slow takes a third part, the delay in milliseconds.").arg(spec)};
    }
    return plan;
}

std::optional<FaultPlan> ZaloSimulator::takeFault(const QString &path)
{
    const bool openApi = path.startsWith(QLatin1String("/v2.0/")) || path.startsWith(QLatin1String("/v3.0/"));
    for (int i = 0; i < m_faults.size(); ++i) {
        FaultPlan &plan = m_faults[i];
        if (!plan.path.isEmpty() && plan.path != path)
            continue;
        if (plan.kind == FaultKind::ExpiredToken && !openApi)
            continue;
        if (plan.kind == FaultKind::InvalidUtf8 && path != PathRecentChat && path != PathConversation)
            continue; // only message rows have a text to spoil
        const FaultPlan taken = plan;
        if (plan.count > 0 && --plan.count == 0)
            m_faults.removeAt(i);
        ++m_stats.faultsPlayed;
        return taken;
    }
    return std::nullopt;
}

void ZaloSimulator::respond(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    Reply reply = handle(request);
    if (reply.disconnect) {
        // The request was processed; the client never learns the outcome.
        if (QTcpSocket *socket = responder.socket())
            socket->abort();
        return;
    }
    auto write = [reply](QHttpServerResponder &r) {
        const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
        if (reply.rateHeaders) {
            r.write(reply.body,
                    {
                        {QByteArrayLiteral("Content-Type"), reply.contentType},
                        {QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(reply.limit)},
                        {QByteArrayLiteral("X-RateLimit-Remain"), QByteArray::number(reply.remaining)},
                    },
                    status);
        } else {
            r.write(reply.body, {{QByteArrayLiteral("Content-Type"), reply.contentType}}, status);
        }
    };
    if (reply.delayMs <= 0 || !responder.socket()) {
        write(responder);
        return;
    }
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(reply.delayMs, held->socket(), [held, write]() { write(*held); });
}

ZaloSimulator::Reply ZaloSimulator::handle(const QHttpServerRequest &request)
{
    Call call;
    call.path = request.url().path();
    call.post = request.method() == QHttpServerRequest::Method::Post;
    call.query = request.query();
    for (const auto &header : request.headers()) {
        if (header.first.compare("access_token", Qt::CaseInsensitive) == 0)
            call.accessToken = header.second;
        else if (header.first.compare("secret_key", Qt::CaseInsensitive) == 0)
            call.secretKey = header.second;
    }
    call.data = call.post ? request.body() : call.query.queryItemValue(QStringLiteral("data"), QUrl::FullyDecoded).toUtf8();

    ++m_stats.requests;
    ++m_stats.requestsByPath[call.path];

    const std::optional<FaultPlan> fault = takeFault(call.path);
    if (fault) {
        switch (fault->kind) {
        case FaultKind::RateLimit: {
            Reply r = Reply::error(-32, QStringLiteral("The application has reached the request rate limit"));
            r.rateHeaders = true;
            r.limit = m_config.rateLimitPerMinute;
            r.remaining = 0;
            return r;
        }
        case FaultKind::Http500:
            return Reply::html(500, nginxError(500, "Internal Server Error"));
        case FaultKind::Http502:
            return Reply::html(502, nginxError(502, "Bad Gateway"));
        case FaultKind::Http503:
            return Reply::html(503, nginxError(503, "Service Temporarily Unavailable"));
        case FaultKind::MalformedJson: {
            Reply r;
            r.body = QByteArrayLiteral("{\"data\":[{\"message_id\":\"9a1f\",\"src\":1 \"time\":1661832540000,}],\"error\":0,\"message\":Success}");
            return r;
        }
        case FaultKind::HtmlBody:
            return Reply::html(200,
                               htmlPage(QStringLiteral("Bảo trì hệ thống"),
                                        QStringLiteral("<h1>Hệ thống đang bảo trì</h1><p>Vui lòng quay lại sau.</p><script>var x = 1;</script>")));
        case FaultKind::ExpiredToken:
            return Reply::error(-216, QStringLiteral("Access token has expired"));
        case FaultKind::TruncatedJson:
        case FaultKind::Slow:
        case FaultKind::IdsAsNumbers:
        case FaultKind::Disconnect:
        case FaultKind::InvalidUtf8:
            break;
        }
    }

    m_idsAsNumbersNow = m_config.idsAsNumbers || (fault && fault->kind == FaultKind::IdsAsNumbers);
    m_invalidUtf8Now = fault && fault->kind == FaultKind::InvalidUtf8;
    Reply reply = dispatch(call);
    if (fault && fault->kind == FaultKind::TruncatedJson)
        reply.body.truncate(std::max(1, int(reply.body.size() / 2)));
    if (fault && fault->kind == FaultKind::Slow)
        reply.delayMs = fault->delayMs;
    if (fault && fault->kind == FaultKind::Disconnect)
        reply.disconnect = true;
    return reply;
}

ZaloSimulator::Reply ZaloSimulator::dispatch(const Call &call)
{
    if (call.path == PathAccessToken) {
        if (!call.post)
            return Reply::html(405, nginxError(405, "Not Allowed"));
        return accessToken(call);
    }
    if (call.path == PathPermission)
        return permissionPage(call);
    const bool known = call.path == PathRecentChat || call.path == PathConversation || call.path == PathSend || call.path == PathSendV2
        || call.path == PathUserDetail || call.path == PathGetOa;
    if (!known)
        return Reply::html(404, nginxError(404, "Not Found"));
    return openApi(call);
}

ZaloSimulator::Reply ZaloSimulator::openApi(const Call &call)
{
    int account = -1;
    switch (m_tokens->checkAccess(QString::fromLatin1(call.accessToken), nowMs(), &account)) {
    case TokenBook::Check::Valid:
        break;
    case TokenBook::Check::Expired:
        return Reply::error(-216, QStringLiteral("Access token has expired"));
    default:
        return Reply::error(-216, QStringLiteral("Access token is invalid"));
    }
    const RateLimiter::Decision budget = m_limiter->take(m_world->account(account).app, nowMs(), m_config.rateLimit);
    Reply reply;
    if (!budget.allowed) {
        ++m_stats.rateLimited;
        reply = Reply::error(-32, QStringLiteral("The application has reached the request rate limit"));
    } else if (call.path == PathSendV2) {
        reply = Reply::error(-240, QStringLiteral("This API version is no longer supported; use /v3.0/oa/message/cs"));
    } else if (call.path == PathSend) {
        reply = call.post ? sendMessage(call, account) : Reply::html(405, nginxError(405, "Not Allowed"));
    } else if (call.post) {
        reply = Reply::html(405, nginxError(405, "Not Allowed"));
    } else if (call.path == PathRecentChat) {
        reply = listRecentChat(call, account);
    } else if (call.path == PathConversation) {
        reply = conversationCall(call, account);
    } else if (call.path == PathUserDetail) {
        reply = userDetail(call, account);
    } else {
        reply = getOa(account);
    }
    // With the quota off, no budget headers either: the client must not slow itself down.
    reply.rateHeaders = m_config.rateLimit;
    reply.limit = budget.limit;
    reply.remaining = budget.remaining;
    return reply;
}

namespace {

/// offset and count of a paged call, or the error Zalo gives.
struct Paging
{
    int offset = 0;
    int count = 0;
    int errorCode = 0;
    QString errorMessage;
};

Paging pagingOf(const QByteArray &data, QJsonObject *object)
{
    Paging p;
    if (data.trimmed().isEmpty()) {
        p.errorCode = -201;
        p.errorMessage = QStringLiteral("Parameter data is missing");
        return p;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    if (!doc.isObject()) {
        p.errorCode = -201;
        p.errorMessage = QStringLiteral("Parameter data is invalid");
        return p;
    }
    *object = doc.object();
    const auto offset = integerIn(*object, QStringLiteral("offset"), 0);
    const auto count = integerIn(*object, QStringLiteral("count"), 5);
    if (!offset || !count || *offset < 0 || *count < 1 || *offset > 1000000) {
        p.errorCode = -201;
        p.errorMessage = QStringLiteral("Parameter offset or count is invalid");
        return p;
    }
    if (*count > 10) {
        p.errorCode = -210;
        p.errorMessage = QStringLiteral("Parameter count exceeds the limit of 10");
        return p;
    }
    p.offset = int(*offset);
    p.count = int(*count);
    return p;
}

/// @p text as a sender whose software garbles it would send it: a sequence cut short, an
/// overlong form, an encoded surrogate, a stray continuation byte and a byte UTF-8 never uses.
QByteArray notUtf8(const QString &text)
{
    static const char spoilt[] = {'\xE1', '\xBA', '\xC0', '\xAF', '\xED', '\xA0', '\x80', '\x80', '\xFF'};
    QByteArray bytes = text.toUtf8();
    bytes.insert(bytes.size() / 2, spoilt, qsizetype(sizeof spoilt));
    return bytes;
}

void writeRow(JsonWriter &w, const SimAccountData &a, const SimMessage &m, bool idsAsNumbers, bool textNotUtf8 = false)
{
    const SimCitizen &c = a.citizens.at(a.citizenByUserId.value(m.userId));
    w.beginObject();
    w.key("src");
    w.number(m.fromCitizen ? 1 : 0);
    w.key("time");
    w.number(m.timeMs);
    w.key("sent_time");
    w.string(sentTime(m.timeMs));
    w.key("from_id");
    w.id(m.fromCitizen ? c.userId : a.oaId, idsAsNumbers);
    w.key("from_display_name");
    w.string(m.fromCitizen ? c.displayName : a.oaName);
    w.key("from_avatar");
    w.string(m.fromCitizen ? c.avatar : a.oaAvatar);
    w.key("to_id");
    w.id(m.fromCitizen ? a.oaId : c.userId, idsAsNumbers);
    w.key("to_display_name");
    w.string(m.fromCitizen ? a.oaName : c.displayName);
    w.key("to_avatar");
    w.string(m.fromCitizen ? a.oaAvatar : c.avatar);
    w.key("message_id");
    w.string(m.messageId);
    w.key("type");
    w.string(m.type);
    w.key("message");
    if (textNotUtf8)
        w.stringBytes(notUtf8(m.text));
    else
        w.string(m.text);
    if (!m.url.isEmpty()) {
        w.key("url");
        w.string(m.url);
        w.key("thumb");
        w.string(m.url);
    }
    w.endObject();
}

QByteArray success(JsonWriter &w)
{
    w.key("error");
    w.number(0);
    w.key("message");
    w.string(QStringLiteral("Success"));
    w.endObject();
    return w.take();
}

} // namespace

ZaloSimulator::Reply ZaloSimulator::listRecentChat(const Call &call, int account)
{
    QJsonObject data;
    const Paging p = pagingOf(call.data, &data);
    if (p.errorCode != 0)
        return Reply::error(p.errorCode, p.errorMessage);
    const SimAccountData &a = m_world->account(account);
    JsonWriter w;
    w.beginObject();
    w.key("data");
    w.beginArray();
    const std::vector<const SimMessage *> rows = m_world->recentPage(account, p.offset, p.count, m_config.recentChatMode);
    for (size_t i = 0; i < rows.size(); ++i)
        writeRow(w, a, *rows[i], m_idsAsNumbersNow, m_invalidUtf8Now && i + 1 == rows.size());
    w.endArray();
    Reply r;
    r.body = success(w);
    return r;
}

ZaloSimulator::Reply ZaloSimulator::conversationCall(const Call &call, int account)
{
    QJsonObject data;
    const Paging p = pagingOf(call.data, &data);
    if (p.errorCode != 0)
        return Reply::error(p.errorCode, p.errorMessage);
    const QString userId = userIdIn(call.data);
    if (userId.isEmpty())
        return Reply::error(-201, QStringLiteral("Parameter user_id is missing"));
    const SimAccountData &a = m_world->account(account);
    const int ci = a.citizenByUserId.value(userId, -1);
    if (ci < 0)
        return Reply::error(-201, QStringLiteral("user_id is invalid"));
    JsonWriter w;
    w.beginObject();
    w.key("data");
    w.beginArray();
    const std::vector<const SimMessage *> rows = m_world->conversationPage(account, ci, p.offset, p.count);
    for (size_t i = 0; i < rows.size(); ++i)
        writeRow(w, a, *rows[i], m_idsAsNumbersNow, m_invalidUtf8Now && i + 1 == rows.size());
    w.endArray();
    Reply r;
    r.body = success(w);
    return r;
}

ZaloSimulator::Reply ZaloSimulator::sendMessage(const Call &call, int account)
{
    const QJsonDocument doc = QJsonDocument::fromJson(call.data);
    if (!doc.isObject())
        return Reply::error(-201, QStringLiteral("Body is not valid JSON"));
    const QJsonObject message = doc.object().value(QStringLiteral("message")).toObject();
    const QString userId = userIdIn(call.data);
    if (userId.isEmpty())
        return Reply::error(-201, QStringLiteral("recipient.user_id is missing"));
    if (message.contains(QStringLiteral("attachment")))
        return Reply::error(-201, QStringLiteral("The simulator only sends text messages"));
    const QJsonValue textValue = message.value(QStringLiteral("text"));
    if (!textValue.isString() || textValue.toString().trimmed().isEmpty())
        return Reply::error(-201, QStringLiteral("message.text is missing or empty"));
    const QString text = textValue.toString();
    const qsizetype length = text.normalized(QString::NormalizationForm_C).toUcs4().size();
    if (length > m_config.maxTextLength)
        return Reply::error(-201, QStringLiteral("message.text is longer than %1 characters").arg(m_config.maxTextLength));

    const SimAccountData &a = m_world->account(account);
    const int ci = a.citizenByUserId.value(userId, -1);
    if (ci < 0)
        return Reply::error(-201, QStringLiteral("user_id is invalid"));
    const SimCitizen &c = a.citizens.at(ci);
    const qint64 now = nowMs();
    const qint64 since = now - c.lastCitizenMessageMs;
    if (c.lastCitizenMessageMs == 0 || since > 7 * DayMs)
        return Reply::error(-230, QStringLiteral("User has not interacted with the OA in the last 7 days"));
    if (since > 48 * HourMs && !m_config.billingFunded)
        return Reply::error(-320, QStringLiteral("This message is outside the free 48-hour window and the OA has no funded Zalo Cloud Account"));
    const QString quote = message.value(QStringLiteral("quote_message_id")).toString();
    if (!quote.isEmpty()) {
        const auto &thread = a.threads.at(size_t(ci));
        const bool found = std::any_of(thread.begin(), thread.end(), [&](int i) { return a.messages.at(size_t(i)).messageId == quote; });
        if (!found)
            return Reply::error(-201, QStringLiteral("quote_message_id is invalid"));
    }

    SimMessage m;
    m.messageId = m_world->newMessageId(m_random);
    m.oaId = a.oaId;
    m.userId = userId;
    m.fromCitizen = false;
    m.timeMs = now;
    m.text = text;
    m.quoteMessageId = quote;
    const SimMessage &stored = m_world->append(account, std::move(m));
    ++m_stats.answersAccepted;
    Q_EMIT answerReceived(stored.oaId, stored.userId, stored.messageId);

    JsonWriter w;
    w.beginObject();
    w.key("data");
    w.beginObject();
    w.key("message_id");
    w.string(stored.messageId);
    w.key("user_id");
    w.id(userId, m_idsAsNumbersNow);
    w.key("sent_time");
    w.string(QString::number(stored.timeMs));
    if (since > 48 * HourMs) {
        w.key("quota");
        w.beginObject();
        w.key("quota_type");
        w.string(QStringLiteral("paid"));
        w.endObject();
    }
    w.endObject();
    Reply r;
    r.body = success(w);
    return r;
}

ZaloSimulator::Reply ZaloSimulator::userDetail(const Call &call, int account)
{
    const QString userId = userIdIn(call.data);
    if (userId.isEmpty())
        return Reply::error(-201, QStringLiteral("Parameter user_id is missing"));
    const SimAccountData &a = m_world->account(account);
    const int ci = a.citizenByUserId.value(userId, -1);
    if (ci < 0)
        return Reply::error(-201, QStringLiteral("user_id is invalid"));
    const SimCitizen &c = a.citizens.at(ci);
    JsonWriter w;
    w.beginObject();
    w.key("data");
    w.beginObject();
    w.key("user_id");
    w.id(c.userId, m_idsAsNumbersNow);
    w.key("user_id_by_app");
    w.id(c.userId, m_idsAsNumbersNow);
    w.key("display_name");
    w.string(c.displayName);
    w.key("user_alias");
    w.string(QString());
    w.key("is_sensitive");
    w.boolean(false);
    w.key("user_is_follower");
    w.boolean(c.follower);
    w.key("avatar");
    w.string(c.avatar);
    w.key("avatars");
    w.beginObject();
    w.key("120");
    w.string(c.avatar);
    w.key("240");
    w.string(c.avatar);
    w.endObject();
    if (c.lastCitizenMessageMs > 0) {
        w.key("user_last_interaction_date");
        w.string(QDateTime::fromMSecsSinceEpoch(c.lastCitizenMessageMs, Qt::OffsetFromUTC, 7 * 3600).toString(QStringLiteral("dd/MM/yyyy")));
    }
    w.key("tags_and_notes_info");
    w.beginObject();
    w.key("notes");
    w.beginArray();
    w.endArray();
    w.key("tag_names");
    w.beginArray();
    w.endArray();
    w.endObject();
    if (c.hasSharedInfo) {
        w.key("shared_info");
        w.beginObject();
        w.key("name");
        w.string(c.sharedName);
        w.key("phone");
        if (c.phoneAsNumber)
            w.number(c.phone.toLongLong());
        else
            w.string(c.phone);
        w.key("address");
        w.string(c.address);
        w.key("city");
        w.string(c.city);
        w.key("district");
        w.string(c.district);
        w.endObject();
    }
    w.endObject();
    Reply r;
    r.body = success(w);
    return r;
}

ZaloSimulator::Reply ZaloSimulator::getOa(int account)
{
    const SimAccountData &a = m_world->account(account);
    JsonWriter w;
    w.beginObject();
    w.key("data");
    w.beginObject();
    w.key("oa_id");
    w.id(a.oaId, m_idsAsNumbersNow);
    w.key("name");
    w.string(a.oaName);
    w.key("description");
    w.string(QStringLiteral("Trang Zalo chính thức của ") + a.oaName);
    w.key("avatar");
    w.string(a.oaAvatar);
    w.key("cover");
    w.string(a.oaAvatar);
    w.key("is_verified");
    w.boolean(true);
    w.key("num_follower");
    w.number(a.citizens.size());
    w.endObject();
    Reply r;
    r.body = success(w);
    return r;
}

namespace {

QByteArray oauthError(int code, const QString &name, const QString &reason)
{
    JsonWriter w;
    w.beginObject();
    w.key("error");
    w.number(code);
    w.key("error_name");
    w.string(name);
    w.key("error_reason");
    w.string(reason);
    w.key("message");
    w.string(reason);
    w.key("ref_doc");
    w.string(QStringLiteral("https://developers.zalo.me/docs/official-account/bat-dau/xac-thuc-va-uy-quyen-cho-ung-dung-new"));
    w.endObject();
    return w.take();
}

} // namespace

ZaloSimulator::Reply ZaloSimulator::accessToken(const Call &call)
{
    // Forms encode spaces as '+', which QUrlQuery does not decode.
    QByteArray form = call.data;
    form.replace('+', "%20");
    const QUrlQuery query(QString::fromUtf8(form));
    const auto field = [&query](const char *name) {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    Reply reply;
    const int app = m_world->appById(field("app_id"));
    if (app < 0) {
        reply.body = oauthError(-14002, QStringLiteral("Invalid parameter"), QStringLiteral("invalid app_id"));
        return reply;
    }
    const RateLimiter::Decision budget = m_limiter->take(app, nowMs(), m_config.rateLimit);
    // With the quota off, no budget headers either: the client must not slow itself down.
    reply.rateHeaders = m_config.rateLimit;
    reply.limit = budget.limit;
    reply.remaining = budget.remaining;
    if (!budget.allowed) {
        ++m_stats.rateLimited;
        reply.body = oauthError(-32, QStringLiteral("Rate limit"), QStringLiteral("The application has reached the request rate limit"));
        return reply;
    }
    if (QString::fromLatin1(call.secretKey) != m_world->secretKey(app)) {
        reply.body = oauthError(-14003, QStringLiteral("Invalid parameter"), QStringLiteral("invalid secret_key"));
        return reply;
    }
    const QString grant = field("grant_type");
    int account = -1;
    if (grant == QLatin1String("refresh_token")) {
        const QString token = field("refresh_token");
        int owner = -1;
        const TokenBook::Check check = m_tokens->consumeRefresh(token, nowMs(), &owner);
        if (check != TokenBook::Check::Valid || m_world->account(owner).app != app) {
            reply.body = oauthError(-118, QStringLiteral("Invalid parameter"), QStringLiteral("invalid refresh token"));
            return reply;
        }
        account = owner;
        ++m_stats.tokenRefreshes;
    } else if (grant == QLatin1String("authorization_code")) {
        int owner = -1;
        const TokenBook::Check check = m_tokens->consumeCode(field("code"), field("code_verifier"), nowMs(), &owner);
        if (check == TokenBook::Check::WrongVerifier) {
            reply.body = oauthError(-14019, QStringLiteral("Invalid parameter"), QStringLiteral("invalid code_verifier"));
            return reply;
        }
        if (check != TokenBook::Check::Valid || m_world->account(owner).app != app) {
            reply.body = oauthError(-14005, QStringLiteral("Invalid parameter"), QStringLiteral("invalid authorization code"));
            return reply;
        }
        account = owner;
        ++m_stats.codeExchanges;
    } else {
        reply.body = oauthError(-14004, QStringLiteral("Invalid parameter"), QStringLiteral("invalid grant_type"));
        return reply;
    }
    const QString access = m_tokens->issueAccess(account, nowMs() + m_config.accessTokenLifetimeSecs * 1000);
    const QString refresh = m_tokens->issueRefresh(account, nowMs() + m_config.refreshTokenLifetimeSecs * 1000);
    JsonWriter w;
    w.beginObject();
    w.key("access_token");
    w.string(access);
    w.key("refresh_token");
    w.string(refresh);
    w.key("expires_in");
    w.string(QString::number(m_config.accessTokenLifetimeSecs));
    w.endObject();
    reply.body = w.take();
    return reply;
}

ZaloSimulator::Reply ZaloSimulator::permissionPage(const Call &call)
{
    // The consent page a unit's admin would see: here every OA of the app, each with a code.
    const int app = m_world->appById(call.query.queryItemValue(QStringLiteral("app_id"), QUrl::FullyDecoded));
    if (app < 0)
        return Reply::html(400, htmlPage(QStringLiteral("Zalo"), QStringLiteral("<h1>Ứng dụng không tồn tại (app_id không hợp lệ)</h1>")));
    const QString challenge = call.query.queryItemValue(QStringLiteral("code_challenge"), QUrl::FullyDecoded);
    const QString redirect = call.query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    const QString state = call.query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    QString body
        = QStringLiteral("<h1>Zalo simulator: cấp quyền cho ứng dụng</h1><table border=\"1\"><tr><th>OA</th><th>oa_id</th><th>code</th></tr>");
    for (int i = 0; i < m_world->accountCount(); ++i) {
        const SimAccountData &a = m_world->account(i);
        if (a.app != app)
            continue;
        const QString code = m_tokens->issueCode(i, challenge, nowMs() + CodeLifetimeMs);
        QString cell = code;
        if (!redirect.isEmpty()) {
            QUrl target(redirect);
            QUrlQuery q(target);
            q.addQueryItem(QStringLiteral("code"), code);
            q.addQueryItem(QStringLiteral("oa_id"), a.oaId);
            q.addQueryItem(QStringLiteral("state"), state);
            target.setQuery(q);
            cell = QStringLiteral("<a href=\"") + target.toString(QUrl::FullyEncoded).toHtmlEscaped() + QStringLiteral("\">") + code
                + QStringLiteral("</a>");
        }
        body += QStringLiteral("<tr><td>") + a.oaName.toHtmlEscaped() + QStringLiteral("</td><td>") + a.oaId + QStringLiteral("</td><td>") + cell
            + QStringLiteral("</td></tr>");
    }
    body += QStringLiteral("</table>");
    return Reply::html(200, htmlPage(QStringLiteral("Zalo"), body));
}

void ZaloSimulator::liveTick()
{
    if (!m_world || m_world->accountCount() == 0)
        return;
    const SimMessage &m = m_world->generateLive(m_random, nowMs());
    Q_EMIT citizenMessageArrived(m.oaId, m.userId, m.messageId);
}

} // namespace casedesk::simulator
