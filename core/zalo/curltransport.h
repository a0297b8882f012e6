#pragma once

#include "httptransport.h"

namespace casedesk::zalo {

/// HttpTransport over libcurl easy handles: one handle per thread, reused for keep-alive;
/// TLS verification on; proxies from the environment (http_proxy, https_proxy, no_proxy).
class CurlTransport final : public HttpTransport
{
public:
    CurlTransport();
    ~CurlTransport() override;

    /// Largest body accepted; a longer answer fails as a transport error.
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    Expected<HttpResponse, TransportError> send(const HttpRequest &request) override;

private:
    qint64 m_maxBodyBytes = 32 * 1024 * 1024;
};

} // namespace casedesk::zalo
