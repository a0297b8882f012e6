#pragma once

#include <QtGlobal>

#include <array>
#include <vector>

namespace casedesk::simulator {

/// Zalo's per-app request budget: requests in the last 60 seconds, in one-second buckets.
class RateLimiter final
{
public:
    RateLimiter(int apps, int perMinute);

    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
    };

    /// Counts one request of @p app at @p nowMs unless the budget is spent and @p enforce.
    Decision take(int app, qint64 nowMs, bool enforce);
    void setLimit(int perMinute) { m_limit = perMinute; }
    int limit() const { return m_limit; }

private:
    struct Window
    {
        std::array<qint64, 60> second {};
        std::array<int, 60> count {};
    };

    int m_limit;
    std::vector<Window> m_windows;
};

} // namespace casedesk::simulator
