#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace casedesk::domain {

/// The office's time zone: Asia/Ho_Chi_Minh (UTC+7, no daylight saving), or a fixed UTC+7
/// where the system has no time zone database.
inline QTimeZone officeTimeZone()
{
    const QTimeZone zone(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
    return zone.isValid() ? zone : QTimeZone(7 * 3600);
}

/// @p ms (UTC epoch ms) as ISO 8601 in the office's time zone ("2026-11-30T08:12:00+07:00");
/// empty for 0.
inline QString officeIsoTime(qint64 ms)
{
    if (ms <= 0)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(ms, officeTimeZone()).toString(Qt::ISODate);
}

} // namespace casedesk::domain
