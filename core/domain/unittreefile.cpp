#include "unittreefile.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace casedesk::domain {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::domain::UnitTreeFile)
};

QString idOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

Expected<QDate> dateOf(const QJsonObject &o, const QString &key, const QString &unitId)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QDate();
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    if (!d.isValid())
        return Error {Tr::tr("Unit %1: %2 \"%3\" is not a date (YYYY-MM-DD).").arg(unitId, key, v.toString())};
    return d;
}

} // namespace

Expected<QVector<Unit>> UnitTreeFile::read(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Tr::tr("Cannot read %1: %2").arg(fileName, file.errorString())};
    return parse(file.readAll());
}

Expected<QVector<Unit>> UnitTreeFile::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {Tr::tr("The unit file is not valid JSON at byte %1: %2.").arg(parseError.offset).arg(parseError.errorString())};

    QJsonArray array;
    if (doc.isObject() && doc.object().value(QStringLiteral("units")).isArray())
        array = doc.object().value(QStringLiteral("units")).toArray();
    else if (doc.isArray())
        array = doc.array();
    else
        return Error {Tr::tr("The unit file has no \"units\" list.")};
    if (array.isEmpty())
        return Error {Tr::tr("The unit file lists no units.")};

    QVector<Unit> units;
    units.reserve(array.size());
    QHash<QString, int> indexById;
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return Error {Tr::tr("Entry %1 of the unit list is not an object.").arg(i + 1)};
        const QJsonObject o = array.at(i).toObject();
        Unit unit;
        unit.id = idOf(o.value(QStringLiteral("id")));
        if (unit.id.isEmpty())
            return Error {Tr::tr("Entry %1 of the unit list has no id.").arg(i + 1)};
        if (indexById.contains(unit.id))
            return Error {Tr::tr("Unit %1: the id is used twice (entries %2 and %3).").arg(unit.id).arg(indexById.value(unit.id) + 1).arg(i + 1)};
        unit.parentId = idOf(o.value(QStringLiteral("parent")));
        if (unit.parentId == unit.id)
            return Error {Tr::tr("Unit %1: a unit cannot be its own parent.").arg(unit.id)};
        const QString levelKey = o.value(QStringLiteral("level")).toString();
        const auto level = unitLevelFromKey(levelKey);
        if (!level)
            return Error {Tr::tr("Unit %1: unknown level \"%2\" (expected province, department, district or commune).").arg(unit.id, levelKey)};
        unit.level = *level;
        unit.name = o.value(QStringLiteral("name")).toString().trimmed();
        if (unit.name.isEmpty())
            return Error {Tr::tr("Unit %1: the name is missing.").arg(unit.id)};
        unit.area = o.value(QStringLiteral("area")).toString();
        unit.code = o.value(QStringLiteral("code")).toString();
        auto from = dateOf(o, QStringLiteral("valid_from"), unit.id);
        if (!from)
            return from.error();
        auto to = dateOf(o, QStringLiteral("valid_to"), unit.id);
        if (!to)
            return to.error();
        unit.validFrom = *from;
        unit.validTo = *to;
        indexById.insert(unit.id, i);
        units.push_back(unit);
    }

    int roots = 0;
    for (const Unit &unit : units) {
        if (unit.parentId.isEmpty()) {
            ++roots;
            continue;
        }
        if (!indexById.contains(unit.parentId))
            return Error {Tr::tr("Unit %1: its parent %2 is not in the file.").arg(unit.id, unit.parentId)};
    }
    if (roots == 0)
        return Error {Tr::tr("The unit file has no root unit (one without a parent): the parents form a cycle.")};

    // Walk up from every unit; a walk longer than the number of units is a cycle.
    for (const Unit &unit : units) {
        QSet<QString> seen;
        QString current = unit.id;
        while (!current.isEmpty()) {
            if (seen.contains(current))
                return Error {Tr::tr("Unit %1: its parents form a cycle.").arg(unit.id)};
            seen.insert(current);
            current = units.at(indexById.value(current)).parentId;
        }
    }
    return units;
}

} // namespace casedesk::domain
