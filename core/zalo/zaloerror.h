#pragma once

#include "httptransport.h"

#include "core/common/expected.h"

#include <QString>

namespace casedesk::zalo {

/// A failed Zalo call, typed so that callers can act on it: retry, refresh, mark a case or an
/// account. `message` is for people (translated); `detail` is for the log and never holds a token.
struct ZaloError
{
    enum class Kind {
        Transport,
        Timeout,
        HttpStatus,
        MalformedBody,
        RateLimited,
        TokenInvalid,
        NeedsConsent,
        WindowClosed,
        BilledNotFunded,
        UserUnreachable,
        BadParameter,
        AccountUnusable,
        ApiGone,
        Cancelled,
        Other,
    };

    Kind kind = Kind::Other;
    /// Zalo's own error code (negative), 0 when the failure came before Zalo answered.
    int zaloCode = 0;
    /// The HTTP status, 0 when there was no HTTP answer.
    int httpStatus = 0;
    QString message;
    QString detail;
    /// For a call that is not idempotent (sending, refreshing): the server may have acted on it
    /// although no answer came back (timeout, reset, 5xx after sending).
    bool uncertain = false;
    /// How long to wait before trying again, when known (rate limits); 0 otherwise.
    qint64 retryAfterMs = 0;

    /// Timeouts, resets, 5xx, 429 and -32: worth trying again later.
    bool isTransient() const;
    /// A short stable key for logs and JSON ("rate_limited", "window_closed", …).
    QString kindKey() const;
    /// The error as shown to people.
    casedesk::Error toError() const { return casedesk::Error {message}; }

    /// The typed error for a Zalo error code and Zalo's own message text.
    static ZaloError fromZaloCode(int code, const QString &zaloMessage);
    /// The typed error of a refused token request (refresh or code exchange).
    static ZaloError fromTokenRefusal(int code, const QString &zaloMessage);
    static ZaloError fromTransport(const TransportError &error);
    static ZaloError fromHttpStatus(int status, const QByteArray &retryAfter);
    static ZaloError malformed(const QString &detail);
    static ZaloError make(Kind kind, const QString &message, const QString &detail = QString());
};

} // namespace casedesk::zalo
