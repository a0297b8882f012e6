#pragma once

#include <QDateTime>

namespace casedesk {

/// The source of "now", so that deadlines, reply windows and reports can be tested at any time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

/// The real clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

} // namespace casedesk
