#include "zaloerror.h"

#include <QCoreApplication>

namespace casedesk::zalo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::zalo::ZaloError)
};

} // namespace

bool ZaloError::isTransient() const
{
    switch (kind) {
    case Kind::Transport:
    case Kind::Timeout:
    case Kind::RateLimited:
        return true;
    case Kind::HttpStatus:
        return httpStatus == 429 || httpStatus >= 500;
    default:
        return false;
    }
}

QString ZaloError::kindKey() const
{
    switch (kind) {
    case Kind::Transport:
        return QStringLiteral("transport");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::HttpStatus:
        return QStringLiteral("http_status");
    case Kind::MalformedBody:
        return QStringLiteral("malformed_body");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::TokenInvalid:
        return QStringLiteral("token_invalid");
    case Kind::NeedsConsent:
        return QStringLiteral("needs_consent");
    case Kind::WindowClosed:
        return QStringLiteral("window_closed");
    case Kind::BilledNotFunded:
        return QStringLiteral("billed_not_funded");
    case Kind::UserUnreachable:
        return QStringLiteral("user_unreachable");
    case Kind::BadParameter:
        return QStringLiteral("bad_parameter");
    case Kind::AccountUnusable:
        return QStringLiteral("account_unusable");
    case Kind::ApiGone:
        return QStringLiteral("api_gone");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

ZaloError ZaloError::make(Kind kind, const QString &message, const QString &detail)
{
    ZaloError e;
    e.kind = kind;
    e.message = message;
    e.detail = detail;
    return e;
}

ZaloError ZaloError::fromZaloCode(int code, const QString &zaloMessage)
{
    ZaloError e;
    e.zaloCode = code;
    e.httpStatus = 200;
    e.detail = QStringLiteral("Zalo error %1: %2").arg(code).arg(zaloMessage);
    switch (code) {
    case -32:
        e.kind = Kind::RateLimited;
        e.retryAfterMs = 60000;
        e.message = Tr::tr("Zalo's request limit for this app is reached; CaseDesk tries again in about a minute.");
        break;
    case -201:
        e.kind = Kind::BadParameter;
        e.message = Tr::tr("Zalo refused a parameter of the request as invalid.");
        break;
    case -210:
        e.kind = Kind::BadParameter;
        e.message = Tr::tr("Zalo refused a parameter of the request as beyond its limit.");
        break;
    case -213:
        e.kind = Kind::UserUnreachable;
        e.message = Tr::tr("The citizen does not follow the unit's Zalo account, so the answer cannot be delivered.");
        break;
    case -227:
        e.kind = Kind::UserUnreachable;
        e.message = Tr::tr("The citizen's Zalo account is inactive or banned, so the answer cannot be delivered.");
        break;
    case -244:
        e.kind = Kind::UserUnreachable;
        e.message = Tr::tr("The citizen refuses this type of message from the unit's Zalo account.");
        break;
    case -218:
        e.kind = Kind::UserUnreachable;
        e.message = Tr::tr("The citizen has reached Zalo's quota of messages they can receive.");
        break;
    case -216:
    case -220:
        e.kind = Kind::TokenInvalid;
        e.message = Tr::tr("Zalo refused the access token of the unit's account.");
        break;
    case -223:
        e.kind = Kind::NeedsConsent;
        e.message = Tr::tr("The unit's Zalo account has not granted this permission: the unit's Zalo admin must grant access again.");
        break;
    case -230:
    case -232:
        e.kind = Kind::WindowClosed;
        e.message = Tr::tr("The reply window is closed: Zalo accepts answers only within 7 days of the citizen's last interaction.");
        break;
    case -240:
        e.kind = Kind::ApiGone;
        e.message = Tr::tr("Zalo has shut down this interface; CaseDesk must be updated.");
        break;
    case -320:
    case -321:
        e.kind = Kind::BilledNotFunded;
        e.message = Tr::tr("This answer is billed, and the province's Zalo Cloud Account is not funded.");
        break;
    case -204:
        e.kind = Kind::AccountUnusable;
        e.message = Tr::tr("Zalo says the unit's Official Account is disabled.");
        break;
    case -205:
        e.kind = Kind::AccountUnusable;
        e.message = Tr::tr("Zalo says the unit's Official Account does not exist.");
        break;
    case -219:
        e.kind = Kind::AccountUnusable;
        e.message = Tr::tr("Zalo says the app of the unit's account has been removed.");
        break;
    default:
        e.kind = Kind::Other;
        e.message = Tr::tr("Zalo answered with error %1: %2").arg(code).arg(zaloMessage);
        break;
    }
    return e;
}

ZaloError ZaloError::fromTokenRefusal(int code, const QString &zaloMessage)
{
    if (code == -32)
        return fromZaloCode(code, zaloMessage);
    ZaloError e;
    e.kind = Kind::NeedsConsent;
    e.zaloCode = code;
    e.httpStatus = 200;
    e.detail = QStringLiteral("token request refused, Zalo error %1: %2").arg(code).arg(zaloMessage);
    e.message = Tr::tr("Zalo refused the unit's token (error %1): the unit's Zalo admin must grant access again.").arg(code);
    return e;
}

ZaloError ZaloError::fromTransport(const TransportError &error)
{
    ZaloError e;
    e.detail = transportErrorKindKey(error.kind) + QStringLiteral(": ") + error.detail;
    switch (error.kind) {
    case TransportError::Kind::Timeout:
        e.kind = Kind::Timeout;
        e.message = Tr::tr("Zalo did not answer in time.");
        break;
    case TransportError::Kind::Dns:
        e.kind = Kind::Transport;
        e.message = Tr::tr("The Zalo server's name cannot be resolved: check the network connection.");
        break;
    case TransportError::Kind::ConnectRefused:
        e.kind = Kind::Transport;
        e.message = Tr::tr("The Zalo server cannot be reached: check the network connection.");
        break;
    case TransportError::Kind::Tls:
        e.kind = Kind::Transport;
        e.message = Tr::tr("The secure connection to Zalo failed (certificate or TLS problem).");
        break;
    case TransportError::Kind::Reset:
        e.kind = Kind::Transport;
        e.message = Tr::tr("The connection to Zalo broke off before the answer was complete.");
        break;
    case TransportError::Kind::Cancelled:
        e.kind = Kind::Cancelled;
        e.message = Tr::tr("The request to Zalo was cancelled.");
        break;
    case TransportError::Kind::Other:
        e.kind = Kind::Transport;
        e.message = Tr::tr("The request to Zalo failed: %1").arg(error.detail);
        break;
    }
    return e;
}

ZaloError ZaloError::fromHttpStatus(int status, const QByteArray &retryAfter)
{
    ZaloError e;
    e.httpStatus = status;
    e.detail = QStringLiteral("HTTP status %1").arg(status);
    if (status == 429) {
        e.kind = Kind::RateLimited;
        bool ok = false;
        const qint64 seconds = retryAfter.trimmed().toLongLong(&ok);
        e.retryAfterMs = ok && seconds > 0 ? seconds * 1000 : 60000;
        e.message = Tr::tr("Zalo asks CaseDesk to slow down; it tries again shortly.");
        return e;
    }
    e.kind = Kind::HttpStatus;
    e.message = status >= 500 ? Tr::tr("The Zalo server has a problem (HTTP %1); CaseDesk tries again later.").arg(status)
                              : Tr::tr("Zalo refused the request (HTTP %1).").arg(status);
    return e;
}

ZaloError ZaloError::malformed(const QString &detail)
{
    return make(Kind::MalformedBody, Tr::tr("Zalo's answer could not be read."), detail);
}

} // namespace casedesk::zalo
