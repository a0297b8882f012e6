#include "ratelimiter.h"

#include <algorithm>

namespace casedesk::simulator {

RateLimiter::RateLimiter(int apps, int perMinute)
    : m_limit(perMinute)
    , m_windows(size_t(std::max(1, apps)))
{
}

RateLimiter::Decision RateLimiter::take(int app, qint64 nowMs, bool enforce)
{
    Window &w = m_windows.at(size_t(std::clamp(app, 0, int(m_windows.size()) - 1)));
    const qint64 nowSecond = nowMs / 1000;
    int used = 0;
    for (size_t i = 0; i < w.second.size(); ++i) {
        if (w.second[i] > nowSecond - 60 && w.second[i] <= nowSecond)
            used += w.count[i];
    }
    Decision d;
    d.limit = m_limit;
    if (enforce && used >= m_limit) {
        d.allowed = false;
        d.remaining = 0;
        return d;
    }
    const size_t slot = size_t(((nowSecond % 60) + 60) % 60);
    if (w.second[slot] != nowSecond) {
        w.second[slot] = nowSecond;
        w.count[slot] = 0;
    }
    ++w.count[slot];
    d.remaining = std::max(0, m_limit - used - 1);
    return d;
}

} // namespace casedesk::simulator
