#pragma once

#include "core/common/expected.h"

#include <QStringList>

namespace casedesk::store {

class Database;

/// The group roles of a province's PostgreSQL database (`database init` makes and grants them;
/// an administrator makes each person's or host's login role a member of one):
/// casedesk_officer — every table but the secrets and the sync keys (officers' windows never
/// hold tokens or the key); casedesk_sync — everything a sync host needs, the secrets included.
struct RoleGrants
{
    QStringList created; // roles made now
    QStringList granted; // roles whose privileges were (re)granted
    QStringList notes; // what could not be done, in words (e.g. no CREATEROLE)
    bool officerLogins = false; // the functions that manage officers' own logins are in place
};

/// Creates the roles when missing (NOLOGIN) and grants their privileges on the current schema's
/// tables and sequences; a role that is missing and cannot be made is skipped with a note.
Expected<RoleGrants> grantProvinceRoles(Database &db);

/// The two role names.
inline constexpr char kOfficerRole[] = "casedesk_officer";
inline constexpr char kSyncRole[] = "casedesk_sync";

} // namespace casedesk::store
