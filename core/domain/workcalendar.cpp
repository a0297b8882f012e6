#include "workcalendar.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk::domain {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::triage::WorkCalendar)
};

} // namespace

WorkCalendar::WorkCalendar()
    : m_weekend {6, 7}
{
}

Expected<WorkCalendar> WorkCalendar::shipped()
{
    WorkCalendar calendar;
    if (auto merged = calendar.mergeFile(QString::fromLatin1(ShippedPath)); !merged)
        return merged.error();
    return calendar;
}

Status WorkCalendar::mergeFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Tr::tr("Cannot read the holiday file %1: %2").arg(fileName, file.errorString())};
    return merge(file.readAll(), fileName);
}

Status WorkCalendar::merge(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {Tr::tr("%1 is not valid JSON at byte %2: %3").arg(sourceName).arg(parseError.offset).arg(parseError.errorString())};
    if (!doc.isObject())
        return Error {Tr::tr("%1: expected a JSON object with \"holidays\".").arg(sourceName)};
    const QJsonObject root = doc.object();

    QSet<int> weekend = m_weekend;
    if (root.contains(QStringLiteral("weekend"))) {
        weekend.clear();
        for (const QJsonValue &v : root.value(QStringLiteral("weekend")).toArray()) {
            const int day = v.toInt(0);
            if (day < 1 || day > 7)
                return Error {Tr::tr("%1: weekend days are numbers 1 (Monday) to 7 (Sunday).").arg(sourceName)};
            weekend.insert(day);
        }
    }
    auto readDates = [&sourceName](const QJsonValue &list, const QString &key, QHash<QDate, QString> &into) -> Status {
        if (!list.isUndefined() && !list.isArray())
            return Error {Tr::tr("%1: \"%2\" must be a list.").arg(sourceName, key)};
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject o = v.toObject();
            const QString text = o.value(QStringLiteral("date")).toString();
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (!date.isValid())
                return Error {Tr::tr("%1: \"%2\" has an entry without a valid date (YYYY-MM-DD): \"%3\".").arg(sourceName, key, text)};
            into.insert(date, o.value(QStringLiteral("name")).toString());
        }
        return {};
    };
    QHash<QDate, QString> holidays;
    QHash<QDate, QString> working;
    if (auto s = readDates(root.value(QStringLiteral("holidays")), QStringLiteral("holidays"), holidays); !s)
        return s;
    if (auto s = readDates(root.value(QStringLiteral("working_days")), QStringLiteral("working_days"), working); !s)
        return s;

    m_weekend = weekend;
    for (auto it = holidays.cbegin(); it != holidays.cend(); ++it) {
        m_holidays.insert(it.key(), it.value());
        m_workingDays.remove(it.key());
    }
    for (auto it = working.cbegin(); it != working.cend(); ++it) {
        m_workingDays.insert(it.key());
        m_holidays.remove(it.key());
    }
    return {};
}

bool WorkCalendar::isWorkingDay(const QDate &date) const
{
    if (m_workingDays.contains(date))
        return true;
    return !m_weekend.contains(date.dayOfWeek()) && !m_holidays.contains(date);
}

QDate WorkCalendar::addWorkingDays(const QDate &date, int n) const
{
    QDate day = date;
    int counted = 0;
    // Bounded: a calendar that has no working day at all would otherwise loop for ever.
    for (int guard = 0; counted < n && guard < 3660; ++guard) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++counted;
    }
    return counted == n ? day : QDate();
}

int WorkCalendar::firstYear() const
{
    int year = 0;
    for (auto it = m_holidays.cbegin(); it != m_holidays.cend(); ++it)
        year = year == 0 ? it.key().year() : std::min(year, it.key().year());
    return year;
}

int WorkCalendar::lastYear() const
{
    int year = 0;
    for (auto it = m_holidays.cbegin(); it != m_holidays.cend(); ++it)
        year = std::max(year, it.key().year());
    return year;
}

} // namespace casedesk::domain
