#include "reorganisation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk::domain {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::domain::Reorganisation)
};

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

} // namespace

Expected<Reorganisation> Reorganisation::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error {Tr::tr("%1: expected a JSON object {\"effective\", \"title\", \"changes\"} (%2).").arg(sourceName, error.errorString())};
    const QJsonObject root = doc.object();
    Reorganisation r;
    r.effective = QDate::fromString(text(root, "effective"), Qt::ISODate);
    if (!r.effective.isValid())
        return Error {Tr::tr("%1: \"effective\" takes the date the reorganisation takes effect, as YYYY-MM-DD.").arg(sourceName)};
    r.title = text(root, "title");
    if (r.title.isEmpty())
        return Error {Tr::tr("%1: \"title\" names the reorganisation (it is written in each moved case's history).").arg(sourceName)};
    const QJsonValue changes = root.value(QLatin1String("changes"));
    if (!changes.isArray() || changes.toArray().isEmpty())
        return Error {Tr::tr("%1: \"changes\" is a list of at least one change.").arg(sourceName)};
    int n = 0;
    for (const QJsonValue &v : changes.toArray()) {
        ++n;
        const QString where = Tr::tr("%1, change %2").arg(sourceName).arg(n);
        if (!v.isObject())
            return Error {Tr::tr("%1: a change is a JSON object.").arg(where)};
        const QJsonObject o = v.toObject();
        UnitChange c;
        const QString action = text(o, "action");
        c.unitId = o.value(QLatin1String("unit")).isString() ? text(o, "unit") : QString();
        if (action == QLatin1String("create")) {
            c.action = UnitChange::Action::Create;
            const QJsonObject u = o.value(QLatin1String("unit")).toObject();
            c.created.id = text(u, "id");
            c.created.name = text(u, "name");
            c.created.parentId = text(u, "parent");
            c.created.area = text(u, "area");
            c.created.code = text(u, "code");
            const auto level = unitLevelFromKey(text(u, "level"));
            if (c.created.id.isEmpty() || c.created.name.isEmpty() || !level)
                return Error {Tr::tr("%1: \"create\" takes \"unit\": {\"id\", \"name\", \"level\" (province, department, district or commune), "
                                     "\"parent\"}.")
                                  .arg(where)};
            c.created.level = *level;
            c.unitId = c.created.id;
        } else {
            if (c.unitId.isEmpty())
                return Error {Tr::tr("%1: \"unit\" names the unit it changes.").arg(where)};
            if (action == QLatin1String("rename")) {
                c.action = UnitChange::Action::Rename;
                c.name = text(o, "name");
                if (c.name.isEmpty())
                    return Error {Tr::tr("%1: \"rename\" takes the new \"name\".").arg(where)};
            } else if (action == QLatin1String("move")) {
                c.action = UnitChange::Action::Move;
                c.parentId = text(o, "parent");
                if (c.parentId.isEmpty())
                    return Error {Tr::tr("%1: \"move\" takes the new \"parent\".").arg(where)};
            } else if (action == QLatin1String("merge")) {
                c.action = UnitChange::Action::Merge;
                c.successors = QStringList {text(o, "into")};
            } else if (action == QLatin1String("abolish")) {
                c.action = UnitChange::Action::Abolish;
                c.successors = QStringList {text(o, "successor")};
            } else if (action == QLatin1String("split")) {
                c.action = UnitChange::Action::Split;
                for (const QJsonValue &s : o.value(QLatin1String("successors")).toArray())
                    c.successors.push_back(s.toString().trimmed());
                const QString byDefault = text(o, "default");
                if (c.successors.size() < 2 || !c.successors.contains(byDefault))
                    return Error {Tr::tr("%1: \"split\" takes \"successors\" (two units or more) and \"default\", one of them, where the cases go.")
                                      .arg(where)};
                c.successors.removeAll(byDefault);
                c.successors.prepend(byDefault);
            } else {
                return Error {
                    Tr::tr("%1: unknown action \"%2\"; the actions are rename, move, merge, split, abolish and create.").arg(where, action)};
            }
            if (c.closes()) {
                if (c.successors.isEmpty() || c.successors.constFirst().isEmpty())
                    return Error {Tr::tr("%1: unit %2 is closed without a successor: its cases and accounts need somewhere to go (\"into\" for a "
                                         "merge, \"successor\" for an abolition).")
                                      .arg(where, c.unitId)};
                const QString accounts = text(o, "accounts");
                if (!accounts.isEmpty() && accounts != QLatin1String("move") && accounts != QLatin1String("disable"))
                    return Error {Tr::tr("%1: \"accounts\" is \"move\" (to the successor) or \"disable\", not \"%2\".").arg(where, accounts)};
                c.disableAccounts = accounts == QLatin1String("disable");
                c.officersTo = text(o, "officers");
            }
        }
        r.changes.push_back(c);
    }
    return r;
}

} // namespace casedesk::domain
