#include "officerscope.h"

#include <QCoreApplication>

#include <algorithm>

namespace casedesk::domain {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::domain::OfficerScope)
};

struct RoleInfo
{
    Role role;
    const char *key;
};

constexpr RoleInfo kRoles[] = {
    {Role::Commune, "commune"}, {Role::District, "district"},     {Role::Department, "department"},
    {Role::Editor, "editor"},   {Role::Supervisor, "supervisor"}, {Role::Admin, "admin"},
};

bool isUnitOfficer(Role r)
{
    return r == Role::Commune || r == Role::District || r == Role::Department;
}

} // namespace

std::optional<Role> roleFromKey(const QString &key)
{
    for (const RoleInfo &info : kRoles) {
        if (key == QLatin1String(info.key))
            return info.role;
    }
    return std::nullopt;
}

QString roleKey(Role role)
{
    for (const RoleInfo &info : kRoles) {
        if (info.role == role)
            return QString::fromLatin1(info.key);
    }
    return QString();
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Commune:
        return Tr::tr("Commune officer");
    case Role::District:
        return Tr::tr("District officer");
    case Role::Department:
        return Tr::tr("Department officer");
    case Role::Editor:
        return Tr::tr("Editor");
    case Role::Supervisor:
        return Tr::tr("Supervisor");
    case Role::Admin:
        return Tr::tr("Administrator");
    }
    return QString();
}

QStringList roleKeys()
{
    QStringList keys;
    for (const RoleInfo &info : kRoles)
        keys << QString::fromLatin1(info.key);
    return keys;
}

QString permissionKey(Permission permission)
{
    switch (permission) {
    case Permission::ReadCases:
        return QStringLiteral("case.read");
    case Permission::ActOnCases:
        return QStringLiteral("case.act");
    case Permission::ApproveAnswers:
        return QStringLiteral("answer.approve");
    case Permission::RevealIdentity:
        return QStringLiteral("identity.reveal");
    case Permission::PrintReports:
        return QStringLiteral("report.print");
    case Permission::Administer:
        return QStringLiteral("admin");
    }
    return QString();
}

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::ReadCases:
        return Tr::tr("read cases");
    case Permission::ActOnCases:
        return Tr::tr("act on cases");
    case Permission::ApproveAnswers:
        return Tr::tr("approve answers");
    case Permission::RevealIdentity:
        return Tr::tr("reveal informants");
    case Permission::PrintReports:
        return Tr::tr("print reports");
    case Permission::Administer:
        return Tr::tr("administer officers, units, accounts and settings");
    }
    return QString();
}

QString missingPermissionText(Permission permission, const QString &officer, const QString &roles)
{
    return Tr::tr("Refused: this needs the permission \"%1\" (%2), which %3 (%4) does not have.")
        .arg(permissionName(permission), permissionKey(permission), officer, roles);
}

bool OfficerScope::may(Permission permission) const
{
    if (openMode())
        return true;
    const bool caseRole = std::any_of(roles.cbegin(), roles.cend(), [](Role r) { return r != Role::Admin; });
    switch (permission) {
    case Permission::ReadCases:
        return caseRole;
    case Permission::ActOnCases:
        return std::any_of(roles.cbegin(), roles.cend(), [](Role r) { return isUnitOfficer(r) || r == Role::Editor; });
    case Permission::ApproveAnswers:
        return roles.contains(Role::Editor);
    case Permission::RevealIdentity:
        return canReveal && caseRole;
    case Permission::PrintReports:
        return roles.contains(Role::Supervisor) || roles.contains(Role::Editor);
    case Permission::Administer:
        return roles.contains(Role::Admin);
    }
    return false;
}

QString OfficerScope::rolesText() const
{
    if (openMode())
        return Tr::tr("sign-in not enabled");
    QStringList keys;
    for (const RoleInfo &info : kRoles) {
        if (roles.contains(info.role))
            keys << QString::fromLatin1(info.key);
    }
    return keys.join(QStringLiteral(", "));
}

OfficerScope scopeForOfficer(qint64 officerId, const QString &name, const QSet<Role> &roles, const QString &unitId, bool canReveal,
                             const QSet<QString> &subtree)
{
    OfficerScope s;
    s.officer = name;
    s.officerId = officerId;
    s.roles = roles;
    s.unitId = unitId;
    s.canReveal = canReveal;
    s.everyUnit = roles.contains(Role::Editor);
    s.actEveryUnit = roles.contains(Role::Editor);
    // Unit officers and supervisors read their unit's subtree; an administrator alone reads no case.
    if (!s.everyUnit && s.may(Permission::ReadCases)) {
        s.units = subtree;
        s.units.insert(unitId);
    }
    if (!s.actEveryUnit && std::any_of(roles.cbegin(), roles.cend(), isUnitOfficer))
        s.actUnits.insert(unitId);
    return s;
}

} // namespace casedesk::domain
