#pragma once

#include "core/domain/casetypes.h"

namespace casedesk::domain {

/// The reply window in words for the case view: "12 hours left to answer free",
/// "Billed answer", "Zalo reply window closed" (see replyWindowAt in casetypes.h).
QString replyWindowText(const ReplyWindow &window, qint64 nowMs);

} // namespace casedesk::domain
