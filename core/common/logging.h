#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcZalo)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcTriage)
Q_DECLARE_LOGGING_CATEGORY(lcSimulator)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace casedesk {

/// Logs warnings and errors only, unless QT_LOGGING_RULES (or CASEDESK_VERBOSE=1) asks for
/// more: a command's stderr is for problems a user can act on.
void setQuietLogging();

} // namespace casedesk
