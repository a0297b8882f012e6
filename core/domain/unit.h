#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace casedesk::domain {

/// The level of a police unit in the provincial tree.
enum class UnitLevel {
    Province,
    Department,
    District,
    Commune,
};

/// "province", "department", … as stored and as in the unit file; nullopt when unknown.
std::optional<UnitLevel> unitLevelFromKey(const QString &key);
QString unitLevelKey(UnitLevel level);
/// The level's name for people, translated.
QString unitLevelName(UnitLevel level);

/// One police unit (đơn vị): a node of the unit tree, valid between two dates.
struct Unit
{
    QString id;
    QString parentId; // empty for the root
    UnitLevel level = UnitLevel::Commune;
    QString name;
    QString area;
    QString code;
    QDate validFrom;
    QDate validTo; // null while the unit exists
    QStringList successors; // a closed unit's successors (units reorganise), the default first

    /// "Công an tỉnh Trà Vinh / Công an thành phố Trà Vinh / Công an phường 4", filled by queries.
    QString path;

    bool isClosed() const { return validTo.isValid(); }
};

} // namespace casedesk::domain
