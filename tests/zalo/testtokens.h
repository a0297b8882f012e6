#pragma once

#include "core/zalo/zaloclient.h"

#include <QMutex>

#include <atomic>

namespace casedesk::tests {

/// A token provider for client tests: hands out "token-N", N growing at each renewal.
class CountingTokens final : public zalo::AccessTokenProvider
{
public:
    Expected<QString, zalo::ZaloError> accessToken() override
    {
        QMutexLocker lock(&m_mutex);
        return QStringLiteral("token-%1").arg(m_generation);
    }
    Expected<QString, zalo::ZaloError> renewAccessToken(const QString &) override
    {
        QMutexLocker lock(&m_mutex);
        ++renewals;
        return QStringLiteral("token-%1").arg(++m_generation);
    }
    std::atomic<int> renewals {0};

private:
    QMutex m_mutex;
    int m_generation = 1;
};

} // namespace casedesk::tests
