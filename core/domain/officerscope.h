#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace casedesk::domain {

/// An officer's role. An officer has one or more: a case role (the first five) and, for some,
/// Admin as well (an administrator sees no case content unless also given a case role).
enum class Role {
    Commune, // cán bộ công an xã/phường: their unit's cases
    District, // cán bộ công an cấp huyện
    Department, // cán bộ phòng nghiệp vụ
    Editor, // tổ biên tập: every unit, answers, approves answers
    Supervisor, // lãnh đạo: reads its unit's subtree, prints reports
    Admin, // quản trị: officers, units, Zalo accounts, settings
};

/// "commune", "editor", … as stored and typed after --role; nullopt when unknown.
std::optional<Role> roleFromKey(const QString &key);
QString roleKey(Role role);
/// The role's name for people, translated ("Biên tập viên").
QString roleName(Role role);
/// Every role's key, for help texts.
QStringList roleKeys();

/// What an officer may do. A refused query or action names the permission it needed.
enum class Permission {
    ReadCases, // list and open cases of the readable units
    ActOnCases, // answer, note, assign, categorise, forward, escalate, accept, return, close, reopen
    ApproveAnswers, // approve or send back answers that need an editor's approval
    RevealIdentity, // see who reported (a logged reveal with a reason)
    PrintReports, // print and export the daily summary
    Administer, // officers, units, Zalo accounts, settings
};

/// "case.read", "case.act", … (stable, in JSON and logs).
QString permissionKey(Permission permission);
/// The permission's name for people, translated.
QString permissionName(Permission permission);
/// "Refused: this needs the permission «…» (case.act), which NAME (roles) does not have." for
/// an error message, translated.
QString missingPermissionText(Permission permission, const QString &officer, const QString &roles);

/// Who acts, which units' cases they may read and act on, and what else they may do. Every
/// query that lists or opens cases and every action takes one, so roles are enforced in core,
/// not by hiding widgets.
///
/// Default-constructed it is the open mode of a data folder without officers (as before sign-in
/// existed): the whole tree, every permission, the name as given.
struct OfficerScope
{
    QString officer; // the display name recorded in the history
    qint64 officerId = 0; // 0: nobody signed in (open mode)
    QSet<Role> roles;
    QString unitId; // the officer's own unit
    bool canReveal = false;

    bool everyUnit = true; // reads every unit's cases
    QSet<QString> units; // when !everyUnit: the units whose cases it reads (expanded to descendants)
    bool actEveryUnit = true; // acts on every unit's cases
    QSet<QString> actUnits; // when !actEveryUnit: the units whose cases it acts on

    /// Open mode: no officer signed in, everything allowed (a folder without officers).
    bool openMode() const { return officerId == 0; }
    bool signedIn() const { return officerId != 0; }

    /// May read the cases of @p unitId.
    bool allows(const QString &unit) const { return everyUnit || units.contains(unit); }
    /// May act on the cases of @p unitId (and holds ActOnCases).
    bool mayActOn(const QString &unit) const { return may(Permission::ActOnCases) && (actEveryUnit || actUnits.contains(unit)); }
    bool may(Permission permission) const;
    bool hasRole(Role role) const { return roles.contains(role); }
    /// "editor, admin".
    QString rolesText() const;
    /// The text of a refusal for lacking @p permission.
    QString refusal(Permission permission) const { return missingPermissionText(permission, officer, rolesText()); }
};

/// An officer's scope from their roles and unit: @p subtree is the officer's unit and every unit
/// below it (the caller reads the tree).
OfficerScope scopeForOfficer(qint64 officerId, const QString &name, const QSet<Role> &roles, const QString &unitId, bool canReveal,
                             const QSet<QString> &subtree);

} // namespace casedesk::domain
