#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>

namespace casedesk::zalo {

/// Counts an app's requests where every process using the app sees them (a province's sync
/// hosts count in the shared database): takes one request of @p appId from the minute's
/// @p limitPerMinute; 0 when granted, else how many ms to wait first. Thread-safe.
class RequestCounter
{
public:
    virtual ~RequestCounter() = default;
    virtual qint64 take(const QString &appId, int limitPerMinute) = 0;
};

/// The request budget of one Zalo app, shared by all its accounts and worker threads: by
/// default 4,000 requests a minute, lowered by what Zalo's X-RateLimit-* headers say.
class RateBudget final
{
public:
    explicit RateBudget(int perMinute = 4000, std::function<qint64()> nowMs = {});

    /// Takes one request from the budget: 0 when granted, else how many ms to wait first.
    qint64 tryAcquire();
    /// Takes one request, sleeping (through @p sleep) while the budget is spent; false, taking
    /// nothing, when that would take longer than @p maxWaitMs.
    bool acquire(qint64 maxWaitMs, const std::function<void(qint64)> &sleep, qint64 *waitNeededMs = nullptr);

    /// What the answer's headers said (X-RateLimit-Limit, X-RateLimit-Remain); empty = unknown.
    void noteHeaders(const QByteArray &limit, const QByteArray &remain);
    /// Zalo refused a request for the rate (-32 or 429): nothing more until @p pauseMs passed.
    void noteRateLimited(qint64 pauseMs);

    int limitPerMinute() const;
    /// Counts requests through @p counter (for every process together) instead of in this one.
    void setCounter(const QString &appId, std::shared_ptr<RequestCounter> counter);
    /// Requests left in the current minute.
    int remaining() const;

private:
    void rollWindow(qint64 now);

    mutable QMutex m_mutex;
    std::function<qint64()> m_nowMs;
    int m_configured;
    int m_serverLimit = 0;
    qint64 m_windowStart = -1;
    int m_used = 0;
    int m_serverRemain = -1;
    qint64 m_pausedUntil = 0;
    QString m_appId;
    std::shared_ptr<RequestCounter> m_counter;
};

/// One RateBudget per Zalo app id; thread-safe.
class RateBudgets final
{
public:
    explicit RateBudgets(int perMinute = 4000, std::function<qint64()> nowMs = {});
    std::shared_ptr<RateBudget> forApp(const QString &appId);
    /// Every app's budget counts through @p counter from now on (see RateBudget::setCounter).
    void setCounter(std::shared_ptr<RequestCounter> counter);

private:
    std::shared_ptr<RequestCounter> m_counter;
    QMutex m_mutex;
    int m_perMinute;
    std::function<qint64()> m_nowMs;
    QHash<QString, std::shared_ptr<RateBudget>> m_budgets;
};

} // namespace casedesk::zalo
