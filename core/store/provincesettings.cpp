#include "provincesettings.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>

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
            bool ok = false;
            const int days = value.toInt(&ok);
            if (!ok || days <= 0)
                return Error {Tr::tr("The province's auto-close setting is not a number of days: \"%1\".").arg(QString::fromUtf8(value))};
            s.autoCloseDays = days;
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
    return tx.commit();
}

} // namespace casedesk::store
