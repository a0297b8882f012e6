#include "logging.h"

Q_LOGGING_CATEGORY(lcZalo, "casedesk.zalo")
Q_LOGGING_CATEGORY(lcSync, "casedesk.sync")
Q_LOGGING_CATEGORY(lcStore, "casedesk.store")
Q_LOGGING_CATEGORY(lcTriage, "casedesk.triage")
Q_LOGGING_CATEGORY(lcSimulator, "casedesk.simulator")
Q_LOGGING_CATEGORY(lcUi, "casedesk.ui")

namespace casedesk {

void setQuietLogging()
{
    if (qEnvironmentVariableIntValue("CASEDESK_VERBOSE") == 1)
        return;
    QLoggingCategory::setFilterRules(QStringLiteral("casedesk.*.debug=false\ncasedesk.*.info=false"));
}

} // namespace casedesk
