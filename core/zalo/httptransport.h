#pragma once

#include "core/common/expected.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>

namespace casedesk::zalo {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One HTTP request as the Zalo client sends it.
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QByteArray url;
    HttpHeaders headers;
    QByteArray body;
    int connectTimeoutMs = 10000;
    int timeoutMs = 30000;
    /// The body or headers carry secrets (token calls): never logged.
    bool sensitive = false;
    /// Set by another thread to abandon the request as soon as possible.
    const std::atomic<bool> *cancel = nullptr;
};

/// One HTTP answer; header names are lower-case.
struct HttpResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;

    /// The first header named @p lowerCaseName, or a null array.
    QByteArray header(const QByteArray &lowerCaseName) const;
};

/// Why a request got no HTTP answer at all.
struct TransportError
{
    enum class Kind {
        Timeout,
        Reset,
        Dns,
        Tls,
        ConnectRefused,
        Cancelled,
        Other,
    };
    Kind kind = Kind::Other;
    /// False when the request surely never reached the server (safe to send again).
    bool requestSent = true;
    /// Technical detail for the log (never a token).
    QString detail;
};

QString transportErrorKindKey(TransportError::Kind kind);

/// Sends one HTTP request and waits for its answer. Implementations are thread-safe.
class HttpTransport
{
public:
    virtual ~HttpTransport() = default;
    virtual Expected<HttpResponse, TransportError> send(const HttpRequest &request) = 0;
};

} // namespace casedesk::zalo
