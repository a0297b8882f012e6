#pragma once

#include "core/common/expected.h"

#include <functional>
#include <vector>

namespace casedesk::store {

class Database;

/// One step of the schema: SQL in each engine's spelling, or (when the step must compute
/// something SQL cannot, such as the history's hashes) a function, run inside the migration's
/// transaction.
struct Migration
{
    const char *sql = nullptr; // SQLite
    const char *pgSql = nullptr; // PostgreSQL (store/pgschema.cpp)
    std::function<Status(Database &db)> run;
};

/// The numbered, forward-only schema migrations, the same numbers on both engines: entry i takes
/// the schema from version i to i + 1.
/// Cached Zalo data could be fetched again; officers' work never can: migrate it, never drop it.
const std::vector<Migration> &migrations();

} // namespace casedesk::store
