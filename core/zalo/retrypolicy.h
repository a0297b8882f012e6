#pragma once

#include "zaloerror.h"

#include <functional>
#include <optional>

namespace casedesk::zalo {

/// The one retry/back-off policy of every Zalo call: transient failures only (timeouts, resets,
/// 5xx, 429, -32 with a longer pause), exponential back-off with jitter, bounded in attempts and
/// total time. Sleep, clock and randomness are injectable for tests.
class RetryPolicy final
{
public:
    /// Whether sending the same request twice is harmless.
    enum class Idempotency {
        Idempotent,
        NotIdempotent,
    };

    int maxAttempts = 4;
    qint64 baseDelayMs = 500;
    qint64 maxDelayMs = 20000;
    /// The pause after -32 or HTTP 429 without a Retry-After.
    qint64 rateLimitDelayMs = 60000;
    /// No retry starts later than this after the first attempt.
    qint64 maxTotalMs = 150000;
    /// Share of each delay that is random (0..1).
    double jitter = 0.5;

    std::function<void(qint64 ms)> sleep;
    std::function<qint64()> nowMs;
    std::function<double()> random;

    RetryPolicy();

    /// The pause before attempt @p attempt + 1 after @p error, or nullopt when the call must
    /// fail now. @p elapsedMs counts from the first attempt. A call that is not idempotent is
    /// retried only when the request surely did not reach Zalo or Zalo refused it outright (-32, 429).
    std::optional<qint64> nextDelay(int attempt, qint64 elapsedMs, const ZaloError &error, Idempotency idempotency) const;

    /// A policy that never sleeps for real, for tests: it records nothing and returns at once.
    static RetryPolicy noWait();
};

} // namespace casedesk::zalo
