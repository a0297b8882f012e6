#include "caserules.h"

namespace casedesk::domain::caserules {

CaseStatus afterOfficerAction(CaseStatus status)
{
    return status == CaseStatus::New ? CaseStatus::Open : status;
}

CaseStatus afterAnswer(CaseStatus status)
{
    return status == CaseStatus::New || status == CaseStatus::Open ? CaseStatus::Answered : status;
}

CaseStatus afterCitizenMessage(CaseStatus status)
{
    return status == CaseStatus::Answered ? CaseStatus::Open : status;
}

bool closesQuietly(CaseStatus status, qint64 lastMessageAt, qint64 at, qint64 quietMs)
{
    return status == CaseStatus::Answered && at - lastMessageAt > quietMs;
}

qint64 quietCloseAt(qint64 lastMessageAt, qint64 quietMs)
{
    return lastMessageAt + quietMs;
}

CaseStatus afterTransfer()
{
    return CaseStatus::Transferred;
}

CaseStatus afterAcceptOrReturn()
{
    return CaseStatus::Open;
}

bool acceptsActions(CaseStatus status)
{
    return status != CaseStatus::Closed;
}

bool awaitsAcceptance(CaseStatus status)
{
    return status == CaseStatus::Transferred;
}

bool canReopen(CaseStatus status)
{
    return status == CaseStatus::Closed;
}

} // namespace casedesk::domain::caserules
