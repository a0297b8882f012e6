#include "retrypolicy.h"

#include <QRandomGenerator>
#include <QThread>

#include <chrono>

namespace casedesk::zalo {

RetryPolicy::RetryPolicy()
    : sleep([](qint64 ms) { QThread::msleep(ulong(ms)); })
    , nowMs([] { return qint64(std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count()); })
    , random([] { return QRandomGenerator::global()->generateDouble(); })
{
}

std::optional<qint64> RetryPolicy::nextDelay(int attempt, qint64 elapsedMs, const ZaloError &error, Idempotency idempotency) const
{
    if (!error.isTransient() || attempt >= maxAttempts)
        return std::nullopt;
    const bool refusedOutright = error.kind == ZaloError::Kind::RateLimited;
    if (idempotency == Idempotency::NotIdempotent && !refusedOutright && error.uncertain)
        return std::nullopt;

    qint64 delay = 0;
    if (error.kind == ZaloError::Kind::RateLimited) {
        delay = error.retryAfterMs > 0 ? error.retryAfterMs : rateLimitDelayMs;
    } else {
        delay = baseDelayMs;
        for (int i = 1; i < attempt && delay < maxDelayMs; ++i)
            delay *= 2;
        delay = std::min(delay, maxDelayMs);
    }
    // Jitter spreads the retries of many workers that failed together.
    const double r = random ? random() : 0.5;
    delay = qint64(double(delay) * (1.0 - jitter / 2 + jitter * r));
    if (elapsedMs + delay > maxTotalMs)
        return std::nullopt;
    return delay;
}

RetryPolicy RetryPolicy::noWait()
{
    RetryPolicy p;
    p.sleep = [](qint64) {
    };
    return p;
}

} // namespace casedesk::zalo
