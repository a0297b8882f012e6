#pragma once

#include "core/common/expected.h"

#include <functional>
#include <vector>

struct sqlite3;

namespace casedesk::store {

/// One step of the schema: SQL, or (when the step must compute something SQL cannot, such as the
/// history's hashes) a function, run inside the migration's transaction.
struct Migration
{
    const char *sql = nullptr;
    std::function<Status(sqlite3 *db)> run;
};

/// The numbered, forward-only schema migrations: entry i takes user_version i to i + 1.
/// Cached Zalo data could be fetched again; officers' work never can: migrate it, never drop it.
const std::vector<Migration> &migrations();

} // namespace casedesk::store
