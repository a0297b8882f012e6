#include "provincesettings.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace casedesk::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::ProvinceSettingsStore)
};

constexpr char kHolidays[] = "province.holidays";
constexpr char kCompetentUnits[] = "province.competent_units";
constexpr char kDeadlines[] = "province.deadlines";
constexpr char kAutoCloseDays[] = "province.auto_close_days";
constexpr char kSyncInterval[] = "province.sync_interval_seconds";
constexpr char kSatisfactionUnits[] = "province.satisfaction_units";

/// A rule's longest length in hours, for comparing two rules roughly (a working day counts as a
/// calendar day: at least that long); none is longest of all.
qint64 longestHours(const domain::DeadlineRule &rule)
{
    switch (rule.kind) {
    case domain::DeadlineRule::Kind::None:
        return std::numeric_limits<qint64>::max();
    case domain::DeadlineRule::Kind::Hours:
        return rule.amount;
    case domain::DeadlineRule::Kind::CalendarDays:
    case domain::DeadlineRule::Kind::WorkingDays:
        return qint64(rule.amount) * 24;
    }
    return 0;
}

/// The whole number in a stored value, or nullopt.
std::optional<int> storedNumber(const QByteArray &value)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

} // namespace

ProvinceSettingsStore::ProvinceSettingsStore(Database &db)
    : m_db(db)
{
}

Expected<ProvinceSettings> ProvinceSettingsStore::read() const
{
    Statement st(m_db, "SELECT key, value FROM settings WHERE key LIKE 'province.%'");
    ProvinceSettings s;
    while (st.next()) {
        const QString key = st.text(0);
        const QByteArray value = st.blob(1);
        if (key == QLatin1String(kHolidays)) {
            s.holidaysJson = value;
        } else if (key == QLatin1String(kCompetentUnits)) {
            s.competentUnitsJson = value;
        } else if (key == QLatin1String(kDeadlines)) {
            auto policy = domain::DeadlinePolicy::fromJson(value, Tr::tr("the province's deadlines"));
            if (!policy)
                return policy.error();
            s.deadlines = *policy;
        } else if (key == QLatin1String(kAutoCloseDays)) {
            const auto days = storedNumber(value);
            if (!days || *days <= 0)
                return Error {Tr::tr("The province's auto-close setting is not a number of days: \"%1\".").arg(QString::fromUtf8(value))};
            s.autoCloseDays = days;
        } else if (key == QLatin1String(kSyncInterval)) {
            const auto seconds = storedNumber(value);
            if (!seconds || *seconds <= 0)
                return Error {Tr::tr("The province's sync interval is not a number of seconds: \"%1\".").arg(QString::fromUtf8(value))};
            s.syncIntervalSeconds = seconds;
        } else if (key == QLatin1String(kSatisfactionUnits)) {
            const QJsonDocument doc = QJsonDocument::fromJson(value);
            if (!doc.isArray())
                return Error {Tr::tr("The units that ask citizens' satisfaction are not a list: \"%1\".").arg(QString::fromUtf8(value))};
            QStringList units;
            for (const QJsonValue &v : doc.array())
                units << v.toString();
            s.satisfactionUnits = units;
        }
    }
    if (st.failed())
        return Error {Tr::tr("The province's settings cannot be read: %1").arg(st.error())};
    return s;
}

Status ProvinceSettingsStore::write(const ProvinceSettings &changes)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {tx.beginError()};
    Statement put(m_db, "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    const auto store = [&put](const char *key, const QByteArray &value) {
        put.bind(1, QString::fromLatin1(key)).bind(2, value);
        return put.exec();
    };
    if (!changes.holidaysJson.isEmpty()) {
        if (auto r = store(kHolidays, changes.holidaysJson); !r)
            return r;
    }
    if (!changes.competentUnitsJson.isEmpty()) {
        if (auto r = store(kCompetentUnits, changes.competentUnitsJson); !r)
            return r;
    }
    if (changes.deadlines) {
        if (auto r = store(kDeadlines, changes.deadlines->toJson()); !r)
            return r;
    }
    if (changes.autoCloseDays) {
        if (auto r = store(kAutoCloseDays, QByteArray::number(*changes.autoCloseDays)); !r)
            return r;
    }
    if (changes.syncIntervalSeconds) {
        if (auto r = store(kSyncInterval, QByteArray::number(*changes.syncIntervalSeconds)); !r)
            return r;
    }
    if (changes.satisfactionUnits) {
        const QByteArray list = QJsonDocument(QJsonArray::fromStringList(*changes.satisfactionUnits)).toJson(QJsonDocument::Compact);
        if (auto r = store(kSatisfactionUnits, list); !r)
            return r;
    }
    return tx.commit();
}

Status ProvinceSettingsStore::write(const ProvinceSettings &changes, const domain::OfficerScope &scope)
{
    if (!scope.may(domain::Permission::Administer))
        return Error {scope.refusal(domain::Permission::Administer)};
    if (auto checked = ProvinceSettings::check(changes); !checked)
        return checked;
    return write(changes);
}

bool ProvinceSettings::asksSatisfaction(const QString &unitId) const
{
    return satisfactionUnits && (satisfactionUnits->contains(QStringLiteral("*")) || satisfactionUnits->contains(unitId));
}

Status ProvinceSettings::check(const ProvinceSettings &settings)
{
    if (settings.autoCloseDays && (*settings.autoCloseDays < kMinAutoCloseDays || *settings.autoCloseDays > kMaxAutoCloseDays))
        return Error {Tr::tr("A quiet answered case closes after %1 to %2 days, not %3.")
                          .arg(kMinAutoCloseDays)
                          .arg(kMaxAutoCloseDays)
                          .arg(*settings.autoCloseDays)};
    if (settings.syncIntervalSeconds
        && (*settings.syncIntervalSeconds < kMinSyncIntervalSeconds || *settings.syncIntervalSeconds > kMaxSyncIntervalSeconds))
        return Error {Tr::tr("The pause between two polls of an account is %1 to %2 seconds, not %3.")
                          .arg(kMinSyncIntervalSeconds)
                          .arg(kMaxSyncIntervalSeconds)
                          .arg(*settings.syncIntervalSeconds)};
    if (!settings.deadlines)
        return {};
    const domain::DeadlinePolicy &d = *settings.deadlines;
    using Kind = domain::DeadlineRule::Kind;
    const struct
    {
        domain::DeadlineRule rule;
        QString name;
    } required[] = {
        {d.crime, Tr::tr("A crime report")},
        {d.urgentCrime, Tr::tr("An urgent crime report")},
        {d.security, Tr::tr("A security report")},
        {d.urgentSecurity, Tr::tr("An urgent security report")},
    };
    for (const auto &r : required) {
        if (r.rule.kind == Kind::None)
            return Error {Tr::tr("%1 must have a first-response deadline: the law sets one.").arg(r.name)};
    }
    if (longestHours(d.urgentCrime) > longestHours(d.crime))
        return Error {Tr::tr("An urgent crime report's deadline cannot be longer than a crime report's.")};
    if (longestHours(d.urgentSecurity) > longestHours(d.security))
        return Error {Tr::tr("An urgent security report's deadline cannot be longer than a security report's.")};
    for (const domain::DeadlineRule &rule : {d.urgentCrime, d.crime, d.urgentSecurity, d.security, d.petition, d.procedureQuestion, d.other}) {
        if (rule.kind != Kind::None && (rule.amount < 1 || rule.amount > 365))
            return Error {Tr::tr("A deadline is a whole number from 1 to 365, not %1.").arg(rule.amount)};
    }
    if (!d.officeCloses.isValid() || d.officeCloses < QTime(12, 0) || d.officeCloses > QTime(22, 0))
        return Error {Tr::tr("The office closes between 12:00 and 22:00.")};
    return {};
}

} // namespace casedesk::store
