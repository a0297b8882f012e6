#include "ratebudget.h"

#include "core/common/logging.h"

#include <QMutexLocker>

#include <chrono>

namespace casedesk::zalo {

namespace {

constexpr qint64 kWindowMs = 60000;

qint64 steadyNowMs()
{
    return qint64(std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count());
}

} // namespace

RateBudget::RateBudget(int perMinute, std::function<qint64()> nowMs)
    : m_nowMs(nowMs ? std::move(nowMs) : std::function<qint64()>(&steadyNowMs))
    , m_configured(std::max(1, perMinute))
{
}

void RateBudget::rollWindow(qint64 now)
{
    if (m_windowStart < 0 || now - m_windowStart >= kWindowMs) {
        m_windowStart = now;
        m_used = 0;
        m_serverRemain = -1;
    }
}

qint64 RateBudget::tryAcquire()
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_nowMs();
    if (now < m_pausedUntil)
        return m_pausedUntil - now;
    rollWindow(now);
    const int limit = m_serverLimit > 0 ? std::min(m_configured, m_serverLimit) : m_configured;
    if (m_counter) {
        // Counted for every process together; Zalo's own figure still stops this one.
        if (m_serverRemain == 0)
            return std::max<qint64>(1, m_windowStart + kWindowMs - now);
        const std::shared_ptr<RequestCounter> counter = m_counter;
        const QString appId = m_appId;
        lock.unlock(); // the count may take a round trip: other threads need not wait for it
        const qint64 wait = counter->take(appId, limit);
        if (wait > 0)
            return wait;
        lock.relock();
        ++m_used;
        if (m_serverRemain > 0)
            --m_serverRemain;
        return 0;
    }
    const bool spent = m_used >= limit || m_serverRemain == 0;
    if (spent)
        return std::max<qint64>(1, m_windowStart + kWindowMs - now);
    ++m_used;
    if (m_serverRemain > 0)
        --m_serverRemain;
    return 0;
}

bool RateBudget::acquire(qint64 maxWaitMs, const std::function<void(qint64)> &sleep, qint64 *waitNeededMs)
{
    qint64 waited = 0;
    for (;;) {
        const qint64 wait = tryAcquire();
        if (wait == 0)
            return true;
        if (waited + wait > maxWaitMs) {
            if (waitNeededMs)
                *waitNeededMs = wait;
            return false;
        }
        sleep(wait);
        waited += wait;
    }
}

void RateBudget::noteHeaders(const QByteArray &limit, const QByteArray &remain)
{
    QMutexLocker lock(&m_mutex);
    bool ok = false;
    const int l = limit.trimmed().toInt(&ok);
    if (ok && l > 0)
        m_serverLimit = l;
    const int r = remain.trimmed().toInt(&ok);
    if (ok && r >= 0) {
        rollWindow(m_nowMs());
        // Zalo counts all processes and PCs using the app: trust the lower figure.
        m_serverRemain = m_serverRemain < 0 ? r : std::min(m_serverRemain, r);
    }
}

void RateBudget::noteRateLimited(qint64 pauseMs)
{
    QMutexLocker lock(&m_mutex);
    m_pausedUntil = std::max(m_pausedUntil, m_nowMs() + pauseMs);
    qCInfo(lcZalo) << "rate limit reached, pausing the app's requests for" << pauseMs << "ms";
}

int RateBudget::limitPerMinute() const
{
    QMutexLocker lock(&m_mutex);
    return m_serverLimit > 0 ? std::min(m_configured, m_serverLimit) : m_configured;
}

void RateBudget::setCounter(const QString &appId, std::shared_ptr<RequestCounter> counter)
{
    QMutexLocker lock(&m_mutex);
    m_appId = appId;
    m_counter = std::move(counter);
}

int RateBudget::remaining() const
{
    QMutexLocker lock(&m_mutex);
    const int limit = m_serverLimit > 0 ? std::min(m_configured, m_serverLimit) : m_configured;
    int left = limit - m_used;
    if (m_windowStart >= 0 && m_nowMs() - m_windowStart >= kWindowMs)
        left = limit;
    else if (m_serverRemain >= 0)
        left = std::min(left, m_serverRemain);
    return std::max(0, left);
}

RateBudgets::RateBudgets(int perMinute, std::function<qint64()> nowMs)
    : m_perMinute(perMinute)
    , m_nowMs(std::move(nowMs))
{
}

std::shared_ptr<RateBudget> RateBudgets::forApp(const QString &appId)
{
    QMutexLocker lock(&m_mutex);
    auto &budget = m_budgets[appId];
    if (!budget) {
        budget = std::make_shared<RateBudget>(m_perMinute, m_nowMs);
        if (m_counter)
            budget->setCounter(appId, m_counter);
    }
    return budget;
}

void RateBudgets::setCounter(std::shared_ptr<RequestCounter> counter)
{
    QMutexLocker lock(&m_mutex);
    m_counter = std::move(counter);
    for (auto it = m_budgets.begin(); it != m_budgets.end(); ++it)
        it.value()->setCounter(it.key(), m_counter);
}

} // namespace casedesk::zalo
