#pragma once

#include "core/zalo/tokenstate.h"

namespace casedesk::sync {

/// The Zalo client's token bookkeeping, kept in the account rows of the data folder's database
/// at @p databasePath: each use opens its own connection (a token refresh may run on any thread).
zalo::TokenStateFactory storeTokenStates(const QString &databasePath);

} // namespace casedesk::sync
