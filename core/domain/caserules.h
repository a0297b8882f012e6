#pragma once

#include "core/domain/category.h"

#include <QtGlobal>

namespace casedesk::domain {

/// The life of a case, as plain rules: the stores ask these what a status becomes and persist
/// the answer; nothing else decides it. (Who may act, and the reply window, are separate:
/// OfficerScope and replyWindowAt.)
namespace caserules {

/// An officer acted on the case (a note, an assignment, an answer queued…): a new case is being
/// handled now; every other status stays.
CaseStatus afterOfficerAction(CaseStatus status);

/// An answer reached the citizen (through CaseDesk or Zalo's own inbox): a case that waited for
/// one is answered; a transferred or closed case keeps its status.
CaseStatus afterAnswer(CaseStatus status);

/// The citizen wrote again on an open case: an answered case needs an answer again.
CaseStatus afterCitizenMessage(CaseStatus status);

/// Whether an answered case whose last message was at @p lastMessageAt is closed by @p at, after
/// @p quietMs without a message (the citizen's next message then opens a new case).
bool closesQuietly(CaseStatus status, qint64 lastMessageAt, qint64 at, qint64 quietMs);
/// When such a case closed: @p quietMs after its last message.
qint64 quietCloseAt(qint64 lastMessageAt, qint64 quietMs);

/// A forward or an escalation hands the case to another unit: it waits there to be accepted.
CaseStatus afterTransfer();
/// The receiving unit accepts it, or returns it to the sender: it is being handled again.
CaseStatus afterAcceptOrReturn();

/// Whether a case in @p status can be acted on (closed cases must be reopened first).
bool acceptsActions(CaseStatus status);
/// Whether a case waits to be accepted or returned by its current unit.
bool awaitsAcceptance(CaseStatus status);
/// Whether a case can be reopened.
bool canReopen(CaseStatus status);

} // namespace caserules

} // namespace casedesk::domain
