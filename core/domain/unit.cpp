#include "unit.h"

namespace casedesk::domain {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::domain::Unit)
};
} // namespace

std::optional<UnitLevel> unitLevelFromKey(const QString &key)
{
    if (key == QLatin1String("province"))
        return UnitLevel::Province;
    if (key == QLatin1String("department"))
        return UnitLevel::Department;
    if (key == QLatin1String("district"))
        return UnitLevel::District;
    if (key == QLatin1String("commune"))
        return UnitLevel::Commune;
    return std::nullopt;
}

QString unitLevelKey(UnitLevel level)
{
    switch (level) {
    case UnitLevel::Province:
        return QStringLiteral("province");
    case UnitLevel::Department:
        return QStringLiteral("department");
    case UnitLevel::District:
        return QStringLiteral("district");
    case UnitLevel::Commune:
        return QStringLiteral("commune");
    }
    return {};
}

QString unitLevelName(UnitLevel level)
{
    switch (level) {
    case UnitLevel::Province:
        return Tr::tr("Province");
    case UnitLevel::Department:
        return Tr::tr("Department");
    case UnitLevel::District:
        return Tr::tr("District");
    case UnitLevel::Commune:
        return Tr::tr("Commune");
    }
    return {};
}

} // namespace casedesk::domain
