#include "pgroles.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>

namespace casedesk::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::ProvinceRoles)
};

bool roleExists(Database &db, const QString &role)
{
    Statement st(db, "SELECT 1 FROM pg_roles WHERE rolname = ?1");
    st.bind(1, role);
    return st.next();
}

bool mayCreateRoles(Database &db)
{
    Statement st(db, "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user");
    return st.next() && st.int64(0) != 0;
}

// Officers: the cases, the queue and the rest, never the secrets nor the sync keys; the schema's
// version readable, not writable.
const char kOfficerGrants[] = R"SQL(
GRANT USAGE ON SCHEMA public TO casedesk_officer;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO casedesk_officer;
REVOKE ALL ON secrets, sync_keys FROM casedesk_officer;
REVOKE INSERT, UPDATE, DELETE ON casedesk_schema FROM casedesk_officer;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO casedesk_officer;
)SQL";

const char kSyncGrants[] = R"SQL(
GRANT USAGE ON SCHEMA public TO casedesk_sync;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO casedesk_sync;
REVOKE INSERT, UPDATE, DELETE ON casedesk_schema FROM casedesk_sync;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO casedesk_sync;
)SQL";

} // namespace

Expected<RoleGrants> grantProvinceRoles(Database &db)
{
    RoleGrants result;
    if (!db.isShared())
        return result;
    const bool canCreate = mayCreateRoles(db);
    for (const char *name : {kOfficerRole, kSyncRole}) {
        const QString role = QString::fromLatin1(name);
        if (!roleExists(db, role)) {
            if (!canCreate) {
                result.notes << Tr::tr("The role %1 does not exist and this database user may not create roles (CREATEROLE); its "
                                       "privileges were not granted. Have the server's administrator run database init once, or "
                                       "CREATE ROLE %1 NOLOGIN.")
                                    .arg(role);
                continue;
            }
            // Another init may make it at the same moment: a duplicate is no failure.
            const QByteArray create
                = "DO $$ BEGIN CREATE ROLE " + QByteArray(name) + " NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$";
            if (auto made = db.exec(create.constData()); !made)
                return Error {Tr::tr("The role %1 cannot be created: %2").arg(role, made.error().message)};
            result.created << role;
        }
        const char *grants = QByteArray(name) == kOfficerRole ? kOfficerGrants : kSyncGrants;
        if (auto granted = db.exec(grants); !granted)
            return Error {Tr::tr("The privileges of the role %1 cannot be granted: %2").arg(role, granted.error().message)};
        result.granted << role;
    }
    // A sync host that takes over a dead host's accounts ends that host's database sessions
    // (another login's): that needs PostgreSQL's predefined roles, which only a superuser grants.
    if (roleExists(db, QString::fromLatin1(kSyncRole))) {
        const char *kTakeOver = "DO $$ BEGIN GRANT pg_signal_backend, pg_read_all_stats TO casedesk_sync; "
                                "EXCEPTION WHEN insufficient_privilege THEN RAISE NOTICE 'not granted'; END $$";
        Statement granted(db,
                          "SELECT pg_has_role('casedesk_sync', 'pg_signal_backend', 'MEMBER') "
                          "AND pg_has_role('casedesk_sync', 'pg_read_all_stats', 'MEMBER')");
        const bool before = granted.next() && granted.int64(0) != 0;
        granted.reset();
        if (!before) {
            if (auto r = db.exec(kTakeOver); !r)
                return Error {Tr::tr("The privileges of the role casedesk_sync cannot be granted: %1").arg(r.error().message)};
            if (!(granted.next() && granted.int64(0) != 0))
                result.notes << Tr::tr("casedesk_sync may not end a dead sync host's sessions yet: have the server's administrator "
                                       "(a superuser) run GRANT pg_signal_backend, pg_read_all_stats TO casedesk_sync.");
        }
    }
    return result;
}

} // namespace casedesk::store
