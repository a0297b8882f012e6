#include "zaloclient.h"

#include "jsonutf8.h"
#include "zalojson.h"

#include "core/common/logging.h"
#include "core/common/urlforlog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace casedesk::zalo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::zalo::ZaloClient)
};

QByteArray trimBase(const QString &base)
{
    QByteArray b = base.toUtf8();
    while (b.endsWith('/'))
        b.chop(1);
    return b;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ZaloMessage messageFromRow(const QJsonObject &o)
{
    ZaloMessage m;
    m.messageId = json::text(o.value(QStringLiteral("message_id")));
    if (m.messageId.isEmpty())
        m.messageId = json::text(o.value(QStringLiteral("msg_id")));
    m.src = int(json::int64(o.value(QStringLiteral("src")), 0));
    m.timeMs = json::int64(o.value(QStringLiteral("time")), 0);
    m.sentTime = json::text(o.value(QStringLiteral("sent_time")));
    m.fromId = json::text(o.value(QStringLiteral("from_id")));
    m.fromDisplayName = json::text(o.value(QStringLiteral("from_display_name")));
    m.fromAvatar = json::text(o.value(QStringLiteral("from_avatar")));
    m.toId = json::text(o.value(QStringLiteral("to_id")));
    m.toDisplayName = json::text(o.value(QStringLiteral("to_display_name")));
    m.toAvatar = json::text(o.value(QStringLiteral("to_avatar")));
    m.type = json::text(o.value(QStringLiteral("type")));
    m.text = json::text(o.value(QStringLiteral("message")));
    m.url = json::text(o.value(QStringLiteral("url")));
    m.thumb = json::text(o.value(QStringLiteral("thumb")));
    m.description = json::text(o.value(QStringLiteral("description")));
    m.raw = compact(o);
    return m;
}

Expected<QVector<ZaloMessage>, ZaloError> messagesFrom(const QJsonValue &data)
{
    QVector<ZaloMessage> rows;
    if (data.isNull() || data.isUndefined())
        return rows;
    if (!data.isArray())
        return ZaloError::malformed(QStringLiteral("\"data\" of a message list is not an array"));
    const QJsonArray array = data.toArray();
    rows.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isObject()) {
            qCWarning(lcZalo) << "skipped a message row that is not an object";
            continue;
        }
        const QJsonObject row = v.toObject();
        ZaloMessage m = messageFromRow(row);
        if (m.messageId.isEmpty()) {
            qCWarning(lcZalo) << "skipped a message row without message_id";
            continue;
        }
        if (const QJsonValue bytes = row.value(QLatin1String(json::kUndecodableBytesKey)); !bytes.isUndefined())
            qCInfo(lcZalo) << "message" << m.messageId << "has" << json::int64(bytes) << "bytes of text that are not UTF-8: kept as unreadable";
        rows.push_back(std::move(m));
    }
    return rows;
}

Expected<QJsonValue, ZaloError> parseTokenAnswer(const QByteArray &body)
{
    auto value = json::parse(body);
    if (!value)
        return value.error();
    if (!value->isObject())
        return ZaloError::malformed(QStringLiteral("the token answer is not a JSON object"));
    QJsonObject o = value->toObject();
    // Some gateways wrap it in the usual envelope.
    if (!o.contains(QStringLiteral("access_token")) && o.value(QStringLiteral("data")).isObject()
        && o.value(QStringLiteral("data")).toObject().contains(QStringLiteral("access_token")))
        o = o.value(QStringLiteral("data")).toObject();
    if (!json::text(o.value(QStringLiteral("access_token"))).isEmpty())
        return QJsonValue(o);
    const int code = json::errorCode(o);
    if (code != 0) {
        QString reason = json::text(o.value(QStringLiteral("error_name")));
        for (const char *key : {"error_description", "error_reason", "message"}) {
            const QString more = json::text(o.value(QString::fromLatin1(key)));
            if (!more.isEmpty())
                reason += (reason.isEmpty() ? QString() : QStringLiteral("; ")) + more;
        }
        return ZaloError::fromTokenRefusal(code, reason);
    }
    return ZaloError::malformed(QStringLiteral("the token answer has no access_token and no error"));
}

} // namespace

bool isZaloId(const QString &s)
{
    if (s.isEmpty() || s.size() > 32)
        return false;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QString defaultOpenapiBase()
{
    return QStringLiteral("https://openapi.zalo.me");
}

QString defaultOauthBase()
{
    return QStringLiteral("https://oauth.zaloapp.com");
}

ZaloClient::ZaloClient(HttpTransport &transport, Options options, AccessTokenProvider *tokens, std::shared_ptr<RateBudget> budget, RetryPolicy policy)
    : m_transport(transport)
    , m_options(std::move(options))
    , m_tokens(tokens)
    , m_budget(std::move(budget))
    , m_policy(std::move(policy))
{
}

QByteArray ZaloClient::openapiUrl(const QByteArray &path) const
{
    return trimBase(m_options.openapiBase) + path;
}

QByteArray ZaloClient::dataParameter(const QString &userId, bool quoteUserId, int offset, int count)
{
    QByteArray json = "{";
    if (!userId.isNull()) {
        const QByteArray digits = userId.toLatin1();
        json += quoteUserId ? QByteArray("\"user_id\":\"" + digits + "\"") : QByteArray("\"user_id\":" + digits);
        if (offset >= 0)
            json += ',';
    }
    if (offset >= 0)
        json += "\"offset\":" + QByteArray::number(offset) + ",\"count\":" + QByteArray::number(count);
    json += '}';
    return json;
}

Expected<QJsonValue, ZaloError> ZaloClient::perform(HttpRequest request, Auth auth, RetryPolicy::Idempotency idempotency, BodyParser parser)
{
    request.connectTimeoutMs = m_options.connectTimeoutMs;
    request.timeoutMs = m_options.timeoutMs;
    // A call that acts (an answer, a token refresh) is never abandoned half-way: cut off after
    // its body left, nobody could tell whether Zalo acted. Cancellation waits for its answer.
    request.cancel = idempotency == RetryPolicy::Idempotency::Idempotent ? m_cancel : nullptr;
    const HttpHeaders baseHeaders = request.headers;
    const qint64 started = m_policy.nowMs();
    bool renewedToken = false;
    QString token;
    if (auth == Auth::AccessToken) {
        if (!m_tokens)
            return ZaloError::make(ZaloError::Kind::TokenInvalid, Tr::tr("No access token is available for this account."));
        auto t = m_tokens->accessToken();
        if (!t)
            return t.error();
        token = *t;
    }

    for (int attempt = 1;; ++attempt) {
        if ((m_cancel && m_cancel->load()) || (m_mayCall && !m_mayCall()))
            return ZaloError::fromTransport({TransportError::Kind::Cancelled, false, QStringLiteral("cancelled")});
        if (m_budget) {
            qint64 waitNeeded = 0;
            if (!m_budget->acquire(m_options.maxBudgetWaitMs, m_policy.sleep, &waitNeeded)) {
                ZaloError e = ZaloError::fromZaloCode(-32, QStringLiteral("local rate budget of app %1 spent").arg(m_options.appId));
                e.zaloCode = 0;
                e.httpStatus = 0;
                e.retryAfterMs = waitNeeded;
                return e;
            }
        }
        if (m_mayCall && !m_mayCall()) // the budget's wait may have outlasted the lease
            return ZaloError::fromTransport({TransportError::Kind::Cancelled, false, QStringLiteral("cancelled")});
        request.headers = baseHeaders;
        if (auth == Auth::AccessToken)
            request.headers.append({QByteArrayLiteral("access_token"), token.toUtf8()});

        ZaloError error;
        auto response = m_transport.send(request);
        if (!response) {
            error = ZaloError::fromTransport(response.error());
            error.uncertain = response.error().requestSent;
        } else {
            if (m_budget)
                m_budget->noteHeaders(response->header("x-ratelimit-limit"), response->header("x-ratelimit-remain"));
            if (response->status != 200) {
                error = ZaloError::fromHttpStatus(response->status, response->header("retry-after"));
                error.uncertain = response->status >= 500;
            } else {
                auto parsed = parser(response->body);
                if (parsed)
                    return parsed;
                error = parsed.error();
                error.httpStatus = 200;
                // Zalo answered, so it may well have acted on the request.
                error.uncertain = error.kind == ZaloError::Kind::MalformedBody;
            }
        }
        if (idempotency == RetryPolicy::Idempotency::Idempotent)
            error.uncertain = false;
        if (error.kind == ZaloError::Kind::RateLimited && m_budget)
            m_budget->noteRateLimited(error.retryAfterMs > 0 ? error.retryAfterMs : m_policy.rateLimitDelayMs);
        qCInfo(lcZalo).noquote() << request.method << urlForLog(request.url) << "attempt" << attempt << "failed:" << error.kindKey() << error.detail;

        if (error.kind == ZaloError::Kind::TokenInvalid && auth == Auth::AccessToken && !renewedToken) {
            // -216/-220: refresh once and retry once.
            renewedToken = true;
            auto t = m_tokens->renewAccessToken(token);
            if (!t)
                return t.error();
            token = *t;
            continue;
        }
        const auto delay = m_policy.nextDelay(attempt, m_policy.nowMs() - started, error, idempotency);
        if (!delay)
            return error;
        m_policy.sleep(*delay);
    }
}

Expected<QJsonValue, ZaloError> ZaloClient::apiGet(const QByteArray &path, const QByteArray &data)
{
    HttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url = openapiUrl(path) + "?data=" + QUrl::toPercentEncoding(QString::fromUtf8(data));
    return perform(request, Auth::AccessToken, RetryPolicy::Idempotency::Idempotent, &json::parseEnvelope);
}

Expected<QVector<ZaloMessage>, ZaloError> ZaloClient::listRecentChat(int offset, int count)
{
    if (offset < 0 || count < 1 || count > kMaxPageSize)
        return ZaloError::make(ZaloError::Kind::BadParameter, Tr::tr("A page of recent chats holds 1 to %1 rows.").arg(kMaxPageSize));
    auto data = apiGet(QByteArrayLiteral("/v2.0/oa/listrecentchat"), dataParameter(QString(), false, offset, count));
    if (!data)
        return data.error();
    return messagesFrom(*data);
}

Expected<QVector<ZaloMessage>, ZaloError> ZaloClient::conversation(const QString &userId, int offset, int count)
{
    if (!isZaloId(userId))
        return ZaloError::make(ZaloError::Kind::BadParameter, Tr::tr("\"%1\" is not a Zalo user id.").arg(userId));
    if (offset < 0 || count < 1 || count > kMaxPageSize)
        return ZaloError::make(ZaloError::Kind::BadParameter, Tr::tr("A page of a conversation holds 1 to %1 rows.").arg(kMaxPageSize));
    auto data = apiGet(QByteArrayLiteral("/v2.0/oa/conversation"), dataParameter(userId, false, offset, count));
    if (!data)
        return data.error();
    return messagesFrom(*data);
}

Expected<QString, ZaloError> ZaloClient::prepareText(const QString &text)
{
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    if (nfc.trimmed().isEmpty())
        return ZaloError::make(ZaloError::Kind::BadParameter, Tr::tr("The answer is empty."));
    const qsizetype length = nfc.toUcs4().size();
    if (length > kMaxTextLength)
        return ZaloError::make(ZaloError::Kind::BadParameter,
                               Tr::tr("The answer has %1 characters; Zalo accepts at most %2.").arg(length).arg(kMaxTextLength));
    return nfc;
}

Expected<SendResult, ZaloError> ZaloClient::sendText(const QString &userId, const QString &text, const QString &quoteMessageId)
{
    if (!isZaloId(userId))
        return ZaloError::make(ZaloError::Kind::BadParameter, Tr::tr("\"%1\" is not a Zalo user id.").arg(userId));
    auto prepared = prepareText(text);
    if (!prepared)
        return prepared.error();
    QJsonObject message {{QStringLiteral("text"), *prepared}};
    if (!quoteMessageId.isEmpty())
        message.insert(QStringLiteral("quote_message_id"), quoteMessageId);
    const QJsonObject body {
        {QStringLiteral("recipient"), QJsonObject {{QStringLiteral("user_id"), userId}}},
        {QStringLiteral("message"), message},
    };
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = openapiUrl(QByteArrayLiteral("/v3.0/oa/message/cs"));
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = compact(body);
    auto data = perform(request, Auth::AccessToken, RetryPolicy::Idempotency::NotIdempotent, &json::parseEnvelope);
    if (!data)
        return data.error();
    const QJsonObject o = data->toObject();
    SendResult r;
    r.messageId = json::text(o.value(QStringLiteral("message_id")));
    if (r.messageId.isEmpty())
        r.messageId = json::text(o.value(QStringLiteral("msg_id")));
    r.userId = json::text(o.value(QStringLiteral("user_id")));
    r.sentTimeMs = json::int64(o.value(QStringLiteral("sent_time")), 0);
    r.quota = o.value(QStringLiteral("quota")).toObject();
    if (r.messageId.isEmpty()) {
        ZaloError e = ZaloError::malformed(QStringLiteral("message/cs answered success without message_id"));
        e.uncertain = true;
        return e;
    }
    return r;
}

Expected<UserDetail, ZaloError> ZaloClient::userDetail(const QString &userId)
{
    if (!isZaloId(userId))
        return ZaloError::make(ZaloError::Kind::BadParameter, Tr::tr("\"%1\" is not a Zalo user id.").arg(userId));
    auto data = apiGet(QByteArrayLiteral("/v3.0/oa/user/detail"), dataParameter(userId, true, -1, 0));
    if (!data)
        return data.error();
    if (!data->isObject())
        return ZaloError::malformed(QStringLiteral("user/detail: \"data\" is not an object"));
    const QJsonObject o = data->toObject();
    UserDetail u;
    u.userId = json::text(o.value(QStringLiteral("user_id")));
    if (u.userId.isEmpty())
        u.userId = userId;
    u.displayName = json::text(o.value(QStringLiteral("display_name")));
    u.alias = json::text(o.value(QStringLiteral("user_alias")));
    u.avatar = json::text(o.value(QStringLiteral("avatar")));
    const QJsonObject avatars = o.value(QStringLiteral("avatars")).toObject();
    for (auto it = avatars.begin(); it != avatars.end(); ++it)
        u.avatars.insert(it.key(), json::text(it.value()));
    const QJsonValue follower = o.value(QStringLiteral("user_is_follower"));
    if (follower.isBool())
        u.isFollower = follower.toBool();
    else if (follower.isDouble() || follower.isString())
        u.isFollower = json::int64(follower, 0) != 0 || follower.toString() == QLatin1String("true");
    u.lastInteractionDate = QDate::fromString(json::text(o.value(QStringLiteral("user_last_interaction_date"))), QStringLiteral("dd/MM/yyyy"));
    const QJsonObject shared = o.value(QStringLiteral("shared_info")).toObject();
    u.sharedName = json::text(shared.value(QStringLiteral("name")));
    u.sharedPhone = json::text(shared.value(QStringLiteral("phone")));
    u.sharedAddress = json::text(shared.value(QStringLiteral("address")));
    u.sharedCity = json::text(shared.value(QStringLiteral("city")));
    u.sharedDistrict = json::text(shared.value(QStringLiteral("district")));
    u.raw = compact(o);
    return u;
}

Expected<OaInfo, ZaloError> ZaloClient::getOa()
{
    HttpRequest request;
    request.url = openapiUrl(QByteArrayLiteral("/v2.0/oa/getoa"));
    auto data = perform(request, Auth::AccessToken, RetryPolicy::Idempotency::Idempotent, &json::parseEnvelope);
    if (!data)
        return data.error();
    if (!data->isObject())
        return ZaloError::malformed(QStringLiteral("getoa: \"data\" is not an object"));
    const QJsonObject o = data->toObject();
    OaInfo info;
    info.oaId = json::text(o.value(QStringLiteral("oaid")));
    if (info.oaId.isEmpty())
        info.oaId = json::text(o.value(QStringLiteral("oa_id")));
    info.name = json::text(o.value(QStringLiteral("name")));
    info.avatar = json::text(o.value(QStringLiteral("avatar")));
    info.raw = compact(o);
    return info;
}

Expected<TokenPair, ZaloError> ZaloClient::tokenRequest(const QByteArray &form, const QString &secretKey)
{
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = trimBase(m_options.oauthBase) + "/v4/oa/access_token";
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    request.headers.append({QByteArrayLiteral("secret_key"), secretKey.toUtf8()});
    request.body = form;
    request.sensitive = true;
    // Not idempotent: once Zalo has answered, the refresh token or code it was given is dead.
    auto answer = perform(request, Auth::None, RetryPolicy::Idempotency::NotIdempotent, &parseTokenAnswer);
    if (!answer)
        return answer.error();
    const QJsonObject o = answer->toObject();
    TokenPair pair;
    pair.accessToken = json::text(o.value(QStringLiteral("access_token")));
    pair.refreshToken = json::text(o.value(QStringLiteral("refresh_token")));
    pair.expiresInSeconds = json::int64(o.value(QStringLiteral("expires_in")), 0);
    if (pair.refreshToken.isEmpty() || pair.expiresInSeconds <= 0) {
        ZaloError e = ZaloError::malformed(QStringLiteral("the token answer lacks refresh_token or expires_in"));
        e.uncertain = true;
        return e;
    }
    return pair;
}

Expected<TokenPair, ZaloError> ZaloClient::refreshToken(const QString &refreshToken, const QString &secretKey)
{
    const QByteArray form = "refresh_token=" + QUrl::toPercentEncoding(refreshToken) + "&app_id=" + QUrl::toPercentEncoding(m_options.appId)
        + "&grant_type=refresh_token";
    return tokenRequest(form, secretKey);
}

Expected<TokenPair, ZaloError> ZaloClient::exchangeCode(const QString &code, const QString &verifier, const QString &secretKey)
{
    QByteArray form
        = "code=" + QUrl::toPercentEncoding(code) + "&app_id=" + QUrl::toPercentEncoding(m_options.appId) + "&grant_type=authorization_code";
    if (!verifier.isEmpty())
        form += "&code_verifier=" + QUrl::toPercentEncoding(verifier);
    return tokenRequest(form, secretKey);
}

} // namespace casedesk::zalo
