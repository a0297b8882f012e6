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

/// @p ms (UTC epoch ms) in the office's time zone.
inline QDateTime officeDateTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, officeTimeZone());
}

/// @p ms as the office reads it ("30/11/2026 08:12"); "—" for 0.
inline QString officeDateTimeText(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("—");
    return officeDateTime(ms).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
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
