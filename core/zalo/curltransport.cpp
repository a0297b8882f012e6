#include "curltransport.h"

#include "core/common/logging.h"
#include "core/common/urlforlog.h"

#include <QElapsedTimer>
#include <QUrl>

#include <curl/curl.h>

#include <mutex>

namespace casedesk::zalo {

QByteArray HttpResponse::header(const QByteArray &lowerCaseName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerCaseName)
            return h.second;
    }
    return QByteArray();
}

QString transportErrorKindKey(TransportError::Kind kind)
{
    switch (kind) {
    case TransportError::Kind::Timeout:
        return QStringLiteral("timeout");
    case TransportError::Kind::Reset:
        return QStringLiteral("reset");
    case TransportError::Kind::Dns:
        return QStringLiteral("dns");
    case TransportError::Kind::Tls:
        return QStringLiteral("tls");
    case TransportError::Kind::ConnectRefused:
        return QStringLiteral("connect_refused");
    case TransportError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case TransportError::Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

namespace {

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// One easy handle per thread: libcurl keeps the connection open inside it between requests.
struct ThreadHandle
{
    CURL *curl = nullptr;
    ~ThreadHandle()
    {
        if (curl)
            curl_easy_cleanup(curl);
    }
};

CURL *threadHandle()
{
    thread_local ThreadHandle handle;
    if (!handle.curl)
        handle.curl = curl_easy_init();
    else
        curl_easy_reset(handle.curl);
    return handle.curl;
}

struct Transfer
{
    QByteArray body;
    HttpHeaders headers;
    qint64 maxBody = 0;
    bool tooLarge = false;
    const std::atomic<bool> *cancel = nullptr;
};

size_t writeBody(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t n = size * count;
    if (t->body.size() + qint64(n) > t->maxBody) {
        t->tooLarge = true;
        return 0;
    }
    t->body.append(data, qsizetype(n));
    return n;
}

size_t writeHeader(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t n = size * count;
    const QByteArray line = QByteArray(data, qsizetype(n)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new answer (after 100-continue or a redirect): forget the previous headers.
        t->headers.clear();
    } else if (const int colon = line.indexOf(':'); colon > 0) {
        t->headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return n;
}

int progress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *t = static_cast<Transfer *>(user);
    return (t->cancel && t->cancel->load()) ? 1 : 0;
}

TransportError errorFor(CURLcode code, bool sent, const char *message)
{
    TransportError e;
    e.requestSent = sent;
    e.detail = QString::fromUtf8(message[0] ? message : curl_easy_strerror(code));
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
        e.kind = TransportError::Kind::Timeout;
        break;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        e.kind = TransportError::Kind::Dns;
        e.requestSent = false;
        break;
    case CURLE_COULDNT_CONNECT:
        e.kind = TransportError::Kind::ConnectRefused;
        e.requestSent = false;
        break;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
        e.kind = TransportError::Kind::Tls;
        e.requestSent = false;
        break;
    case CURLE_ABORTED_BY_CALLBACK:
        e.kind = TransportError::Kind::Cancelled;
        break;
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        e.kind = TransportError::Kind::Reset;
        break;
    default:
        e.kind = TransportError::Kind::Other;
        break;
    }
    return e;
}

} // namespace

CurlTransport::CurlTransport()
{
    globalInit();
}

CurlTransport::~CurlTransport() = default;

Expected<HttpResponse, TransportError> CurlTransport::send(const HttpRequest &request)
{
    if (request.cancel && request.cancel->load())
        return TransportError {TransportError::Kind::Cancelled, false, QStringLiteral("cancelled before sending")};
    CURL *curl = threadHandle();
    if (!curl)
        return TransportError {TransportError::Kind::Other, false, QStringLiteral("libcurl could not create a handle")};

    Transfer transfer;
    transfer.maxBody = m_maxBodyBytes;
    transfer.cancel = request.cancel;
    char errorBuffer[CURL_ERROR_SIZE] = {0};

    curl_slist *headers = nullptr;
    for (const auto &h : request.headers)
        headers = curl_slist_append(headers, QByteArray(h.first + ": " + h.second).constData());
    // No "Expect: 100-continue" round trip for small JSON bodies.
    headers = curl_slist_append(headers, "Expect:");

    curl_easy_setopt(curl, CURLOPT_URL, request.url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(request.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(request.timeoutMs));
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    // Proxies come from the environment (http_proxy, https_proxy, no_proxy), except for this
    // computer itself (the simulator), which no proxy can reach.
    const QString host = QUrl::fromEncoded(request.url).host();
    if (host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("::1"))
        curl_easy_setopt(curl, CURLOPT_PROXY, "");
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "CaseDesk/" CASEDESK_VERSION);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &writeBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &writeHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    if (request.method == "GET") {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    } else {
        if (request.method == "POST")
            curl_easy_setopt(curl, CURLOPT_POST, 1L);
        else
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
        // libcurl silently resends a request whose reused connection died before any answer:
        // for a POST (an answer to a citizen, a single-use refresh token) that could act twice.
        // A fresh connection, closed afterwards, is never resent.
        curl_easy_setopt(curl, CURLOPT_FRESH_CONNECT, 1L);
        curl_easy_setopt(curl, CURLOPT_FORBID_REUSE, 1L);
    }

    QElapsedTimer timer;
    timer.start();
    const CURLcode code = curl_easy_perform(curl);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_slist_free_all(headers);

    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    long requestSize = 0;
    curl_easy_getinfo(curl, CURLINFO_REQUEST_SIZE, &requestSize);

    // Tokens travel in headers or form bodies, which are never logged; the URL's query carries
    // citizens' user ids, so only its scheme, host and path are.
    const QString where = QString::fromLatin1(request.method) + QLatin1Char(' ') + urlForLog(request.url);
    if (code != CURLE_OK) {
        if (transfer.tooLarge) {
            qCWarning(lcZalo) << where << "answer larger than" << m_maxBodyBytes << "bytes";
            return TransportError {TransportError::Kind::Other, true, QStringLiteral("answer larger than %1 bytes").arg(m_maxBodyBytes)};
        }
        TransportError e = errorFor(code, requestSize > 0, errorBuffer);
        qCWarning(lcZalo).noquote() << where << "failed after" << timer.elapsed() << "ms:" << transportErrorKindKey(e.kind) << e.detail;
        return e;
    }
    qCDebug(lcZalo).noquote() << where << "->" << status << "in" << timer.elapsed() << "ms," << transfer.body.size() << "bytes";
    HttpResponse response;
    response.status = int(status);
    response.headers = std::move(transfer.headers);
    response.body = std::move(transfer.body);
    return response;
}

} // namespace casedesk::zalo
