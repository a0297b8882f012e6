// casedesk-cli --database URL database settings: what every PC of the province decides alike.
#include "provincesettingscommand.h"

#include "core/common/datafolder.h"
#include "core/domain/workcalendar.h"
#include "core/store/database.h"
#include "core/store/provincesettings.h"
#include "core/store/unitstore.h"
#include "core/triage/competentunitrules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::cli::ProvinceSettingsCommand)
};

QString option(const char *name)
{
    return QString::fromLatin1(name);
}

Expected<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error {Tr::tr("Cannot read %1: %2").arg(path, f.errorString())};
    return f.readAll();
}

QJsonValue jsonOrNull(const QByteArray &json)
{
    if (json.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace

QList<QCommandLineOption> provinceSettingsOptions()
{
    return {
        QCommandLineOption(option("holidays"), Tr::tr("More public holidays and worked days, for every PC (the shape of holidays.json)."),
                           option("FILE")),
        QCommandLineOption(option("competent-units"), Tr::tr("More competent-unit rules, for every PC (the shape of competent-units.json)."),
                           option("FILE")),
        QCommandLineOption(option("deadlines"), Tr::tr("First-response deadlines per category (JSON), for every PC."), option("FILE")),
        QCommandLineOption(option("auto-close-days"), Tr::tr("Days after which a quiet answered case closes, for every sync host."), option("N")),
        QCommandLineOption(option("sync-interval"), Tr::tr("Seconds between two polls of an account, for every sync host (its --interval wins)."),
                           option("SECONDS")),
        QCommandLineOption(option("satisfaction-units"),
                           Tr::tr("The units whose closed cases ask citizens whether they were satisfied: all, none, or unit ids "
                                  "separated by commas."),
                           option("UNITS")),
    };
}

int runProvinceSettings(CliContext &context, const QCommandLineParser &parser)
{
    const QString url = DataFolder::databaseAddress();
    if (url.isEmpty())
        return context.usageError(Tr::tr("database settings are the province's, kept in its shared database: give its address with "
                                         "--database URL. A PC alone keeps holidays.json and competent-units.json in its data folder."));
    // Everything is read and checked before anything is stored: a bad file changes nothing.
    store::ProvinceSettings changes;
    bool any = false;
    if (parser.isSet(option("holidays"))) {
        auto json = readFile(parser.value(option("holidays")));
        if (!json)
            return context.fail(json.error().message);
        auto calendar = domain::WorkCalendar::shipped();
        if (!calendar)
            return context.fail(calendar.error().message);
        if (auto checked = calendar->merge(*json, parser.value(option("holidays"))); !checked)
            return context.fail(checked.error().message);
        changes.holidaysJson = *json;
        any = true;
    }
    if (parser.isSet(option("competent-units"))) {
        auto json = readFile(parser.value(option("competent-units")));
        if (!json)
            return context.fail(json.error().message);
        auto rules = triage::CompetentUnitRules::shipped();
        if (!rules)
            return context.fail(rules.error().message);
        if (auto checked = rules->merge(*json, parser.value(option("competent-units"))); !checked)
            return context.fail(checked.error().message);
        changes.competentUnitsJson = *json;
        any = true;
    }
    if (parser.isSet(option("deadlines"))) {
        auto json = readFile(parser.value(option("deadlines")));
        if (!json)
            return context.fail(json.error().message);
        auto policy = domain::DeadlinePolicy::fromJson(*json, parser.value(option("deadlines")));
        if (!policy)
            return context.fail(policy.error().message);
        changes.deadlines = *policy;
        any = true;
    }
    if (parser.isSet(option("auto-close-days"))) {
        bool ok = false;
        const int days = parser.value(option("auto-close-days")).toInt(&ok);
        if (!ok || days < 1 || days > 365)
            return context.usageError(
                Tr::tr("--auto-close-days takes a number of days from 1 to 365, not \"%1\".").arg(parser.value(option("auto-close-days"))));
        changes.autoCloseDays = days;
        any = true;
    }
    if (parser.isSet(option("sync-interval"))) {
        bool ok = false;
        const int seconds = parser.value(option("sync-interval")).toInt(&ok);
        if (!ok)
            return context.usageError(Tr::tr("--sync-interval takes a number of seconds, not \"%1\".").arg(parser.value(option("sync-interval"))));
        changes.syncIntervalSeconds = seconds;
        any = true;
    }
    if (parser.isSet(option("satisfaction-units"))) {
        const QString value = parser.value(option("satisfaction-units")).trimmed();
        QStringList units;
        if (value == QLatin1String("all"))
            units << QStringLiteral("*");
        else if (value != QLatin1String("none"))
            for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                units << id.trimmed();
        if (units.isEmpty() && value != QLatin1String("none"))
            return context.usageError(Tr::tr("--satisfaction-units takes all, none, or unit ids separated by commas, not \"%1\".").arg(value));
        changes.satisfactionUnits = units;
        any = true;
    }
    if (auto checked = store::ProvinceSettings::check(changes); !checked)
        return context.usageError(checked.error().message);
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message);
    if (changes.satisfactionUnits) {
        store::UnitStore unitStore(**db);
        for (const QString &id : std::as_const(*changes.satisfactionUnits)) {
            if (id == QLatin1String("*"))
                continue;
            auto unit = unitStore.find(id);
            if (!unit)
                return context.usageError(
                    Tr::tr("--satisfaction-units: there is no unit with id \"%1\" (casedesk-cli units list shows them).").arg(id));
            if (unit->isClosed())
                return context.usageError(Tr::tr("--satisfaction-units: %1 (%2) is closed.").arg(unit->name, id));
        }
    }
    if (auto signedIn = any ? context.signInFor(domain::Permission::Administer) : context.signIn(); !signedIn)
        return signedIn.error();
    store::ProvinceSettingsStore settings(**db);
    if (any) {
        if (auto r = settings.write(changes); !r)
            return context.fail(r.error().message);
    }
    auto now = settings.read();
    if (!now)
        return context.fail(now.error().message);
    const domain::DeadlinePolicy deadlines = now->deadlines.value_or(domain::DeadlinePolicy());
    if (context.json()) {
        context.outJson(QJsonDocument(QJsonObject {
            {QStringLiteral("holidays"), jsonOrNull(now->holidaysJson)},
            {QStringLiteral("competent_units"), jsonOrNull(now->competentUnitsJson)},
            {QStringLiteral("deadlines"), jsonOrNull(deadlines.toJson())},
            {QStringLiteral("auto_close_days"), now->autoCloseDays ? QJsonValue(*now->autoCloseDays) : QJsonValue::Null},
            {QStringLiteral("sync_interval_seconds"), now->syncIntervalSeconds ? QJsonValue(*now->syncIntervalSeconds) : QJsonValue::Null},
            {QStringLiteral("satisfaction_units"), QJsonArray::fromStringList(now->satisfactionUnits.value_or(QStringList()))},
        }));
        return ExitOk;
    }
    context.out(any ? Tr::tr("The province's settings were stored; every PC and sync host uses them from its next start.")
                    : Tr::tr("The province's settings:"));
    context.out(Tr::tr("Holidays added to the shipped calendar: %1").arg(now->holidaysJson.isEmpty() ? Tr::tr("none") : Tr::tr("yes")));
    context.out(Tr::tr("Competent-unit rules added: %1").arg(now->competentUnitsJson.isEmpty() ? Tr::tr("none") : Tr::tr("yes")));
    context.out(
        Tr::tr("Auto-close after: %1").arg(now->autoCloseDays ? Tr::tr("%n day(s)", nullptr, *now->autoCloseDays) : Tr::tr("the program's default")));
    context.out(Tr::tr("Pause between two polls of an account: %1")
                    .arg(now->syncIntervalSeconds ? Tr::tr("%n second(s)", nullptr, *now->syncIntervalSeconds) : Tr::tr("the program's default")));
    const QStringList asking = now->satisfactionUnits.value_or(QStringList());
    context.out(Tr::tr("Units that ask citizens' satisfaction: %1")
                    .arg(asking.isEmpty()                           ? Tr::tr("none")
                             : asking.contains(QStringLiteral("*")) ? Tr::tr("all")
                                                                    : asking.join(QStringLiteral(", "))));
    context.out(Tr::tr("Deadlines:") + QLatin1Char('\n') + QString::fromUtf8(deadlines.toJson()).trimmed());
    return ExitOk;
}

} // namespace casedesk::cli
