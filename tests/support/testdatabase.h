#pragma once

#include <QString>

namespace casedesk::testsupport {

/// True on the PostgreSQL leg of the tests (CASEDESK_TEST_BACKEND=postgresql, set by ctest for
/// the tests registered a second time with "pg " before their name).
bool onPostgres();

/// The database a test's data folder @p dir works on: the folder's SQLite file, or on the
/// PostgreSQL leg a new database of its own on the test cluster (CASEDESK_TEST_PG, started by
/// scripts/test.sh), made from a migrated template and dropped when the test program ends. Its
/// address also goes to CASEDESK_DATABASE, so that casedesk-cli run by the test uses it too.
/// Fails the test (never skips it) when the cluster cannot be reached.
QString freshDatabase(const QString &dir);

/// A login of the test cluster that is a member of @p group (casedesk_sync or casedesk_officer)
/// and nothing more, for connecting to @p databaseUrl as a sync host or an officer's window does
/// in a province: the group's privileges granted on that database first (as `database init`
/// does), the login made once per cluster. Its address (@p databaseUrl with the login as user)
/// and a password file in @p dir holding the login's line and those of PGPASSFILE. Fails the test
/// when the cluster refuses.
struct ServerLogin
{
    QString url;
    QString pgpassFile;
};
ServerLogin loginInGroup(const QString &databaseUrl, const char *group, const QString &dir);

/// A new database on the test cluster with no schema at all (what `createdb` gives an
/// administrator before `database init`), dropped when the test program ends.
QString emptyServerDatabase();

} // namespace casedesk::testsupport
