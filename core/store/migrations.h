#pragma once

#include <vector>

namespace casedesk::store {

/// The numbered, forward-only schema migrations: entry i takes user_version i to i + 1.
/// Cached Zalo data could be fetched again; officers' work never can: migrate it, never drop it.
const std::vector<const char *> &migrations();

} // namespace casedesk::store
