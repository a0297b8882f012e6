#include "clock.h"

namespace casedesk {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace casedesk
