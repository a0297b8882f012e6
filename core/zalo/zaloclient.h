#pragma once

#include "httptransport.h"
#include "ratebudget.h"
#include "retrypolicy.h"
#include "zaloerror.h"
#include "zalotypes.h"

#include <QJsonValue>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

namespace casedesk::zalo {

/// Gives the access token of one account (TokenManager in production).
class AccessTokenProvider
{
public:
    virtual ~AccessTokenProvider() = default;
    /// A valid access token, refreshed ahead of expiry when needed.
    virtual Expected<QString, ZaloError> accessToken() = 0;
    /// Zalo refused @p rejected (-216/-220): a new token, refreshing unless another thread already did.
    virtual Expected<QString, ZaloError> renewAccessToken(const QString &rejected) = 0;
};

/// The real Zalo hosts.
QString defaultOpenapiBase();
QString defaultOauthBase();
/// Whether @p s has the form of a Zalo id (OA, app or user): 1 to 32 ASCII digits.
bool isZaloId(const QString &s);

/// The Zalo OA API of one account: one small typed operation per call, every call through the
/// same retry policy and the app's rate budget. Thread-safe as long as its transport, token
/// provider and budget are (CurlTransport, TokenManager and RateBudget are).
class ZaloClient final
{
public:
    struct Options
    {
        QString openapiBase = defaultOpenapiBase();
        QString oauthBase = defaultOauthBase();
        QString appId;
        int connectTimeoutMs = 10000;
        int timeoutMs = 30000;
        /// Longest wait for the app's rate budget before a call fails as RateLimited.
        qint64 maxBudgetWaitMs = 60000;
    };

    /// Most rows Zalo gives per page of listrecentchat and conversation.
    static constexpr int kMaxPageSize = 10;
    /// Longest text answer, counted in characters after NFC normalisation.
    static constexpr int kMaxTextLength = 2000;

    ZaloClient(HttpTransport &transport, Options options, AccessTokenProvider *tokens = nullptr, std::shared_ptr<RateBudget> budget = {},
               RetryPolicy policy = RetryPolicy());

    const Options &options() const { return m_options; }
    /// Abandons calls in flight and retries when *@p cancel becomes true.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    /// Asked before every request (each attempt): false stops the call as cancelled, before it
    /// is sent. A sync host's lease check: no call once the account may be someone else's.
    void setMayCall(std::function<bool()> mayCall) { m_mayCall = std::move(mayCall); }

    /// GET /v2.0/oa/listrecentchat: newest first, @p count at most 10.
    Expected<QVector<ZaloMessage>, ZaloError> listRecentChat(int offset, int count);
    /// GET /v2.0/oa/conversation: one citizen's thread, newest first, @p count at most 10.
    Expected<QVector<ZaloMessage>, ZaloError> conversation(const QString &userId, int offset, int count);
    /// POST /v3.0/oa/message/cs: a text answer (NFC, at most 2,000 characters), optionally quoting a message.
    Expected<SendResult, ZaloError> sendText(const QString &userId, const QString &text, const QString &quoteMessageId = QString());
    /// GET /v3.0/oa/user/detail.
    Expected<UserDetail, ZaloError> userDetail(const QString &userId);
    /// GET /v2.0/oa/getoa: the OA's id and name; a cheap check that a token works.
    Expected<OaInfo, ZaloError> getOa();

    /// POST /v4/oa/access_token with a refresh token. Refresh tokens are single use: the old one
    /// is dead once Zalo answers, so store the new pair before anything else.
    Expected<TokenPair, ZaloError> refreshToken(const QString &refreshToken, const QString &secretKey);
    /// POST /v4/oa/access_token with an authorisation code and its PKCE verifier.
    Expected<TokenPair, ZaloError> exchangeCode(const QString &code, const QString &verifier, const QString &secretKey);

    /// The NFC form of @p text, or BadParameter when it is empty or longer than 2,000 characters.
    static Expected<QString, ZaloError> prepareText(const QString &text);
    /// The value of the `data` query parameter: JSON text with @p userId digits written in as
    /// they are (quoted when @p quoteUserId), never through a double.
    static QByteArray dataParameter(const QString &userId, bool quoteUserId, int offset, int count);

private:
    enum class Auth {
        AccessToken,
        None,
    };
    using BodyParser = Expected<QJsonValue, ZaloError> (*)(const QByteArray &body);
    Expected<QJsonValue, ZaloError> perform(HttpRequest request, Auth auth, RetryPolicy::Idempotency idempotency, BodyParser parser);
    Expected<QJsonValue, ZaloError> apiGet(const QByteArray &path, const QByteArray &data);
    Expected<TokenPair, ZaloError> tokenRequest(const QByteArray &form, const QString &secretKey);
    QByteArray openapiUrl(const QByteArray &path) const;

    HttpTransport &m_transport;
    Options m_options;
    AccessTokenProvider *m_tokens;
    std::shared_ptr<RateBudget> m_budget;
    RetryPolicy m_policy;
    const std::atomic<bool> *m_cancel = nullptr;
    std::function<bool()> m_mayCall;
};

} // namespace casedesk::zalo
