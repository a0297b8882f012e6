#pragma once

// Internal to core/store: the one SELECT of a case row and its mapping to CaseSummary, shared
// by CaseStore (reads), CaseWriter (actions load the row they change) and QueueStore (rows).

#include "statement.h"

#include "core/domain/casetypes.h"

namespace casedesk::store::detail {

// The columns of a case row, as caseFromRow() reads them (c = cases, ci = citizens).
#define CASEDESK_CASE_SELECT                                                                                                                         \
    "c.id, c.code, c.oa_id, c.user_id, c.unit_id, c.origin_unit, ifnull(c.transfer_from, ''), c.category, c.confidence, "                            \
    "c.category_by, c.urgent, c.status, ifnull(c.assignee, ''), ifnull(c.competent_unit, ''), c.opened_at, "                                         \
    "ifnull(c.first_response_at, 0), ifnull(c.last_citizen_at, 0), ifnull(c.last_message_at, 0), ifnull(c.due_at, 0), "                              \
    "ifnull(c.closed_at, 0), ifnull(c.previous_case, 0), ifnull(ci.display_name, ''), c.preview, c.version, c.reporter_protected"
/// How many columns CASEDESK_CASE_SELECT has: a query may read more after them.
inline constexpr int kCaseColumnCount = 25;
#define CASEDESK_CITIZEN_JOIN " LEFT JOIN citizens ci ON ci.oa_id = c.oa_id AND ci.user_id = c.user_id"
#define CASEDESK_CASE_COLUMNS CASEDESK_CASE_SELECT " FROM cases c" CASEDESK_CITIZEN_JOIN " "

inline domain::CaseSummary caseFromRow(const Statement &st)
{
    domain::CaseSummary c;
    c.id = st.int64(0);
    c.code = st.text(1);
    c.oaId = st.text(2);
    c.userId = st.text(3);
    c.unitId = st.text(4);
    c.originUnit = st.text(5);
    c.transferFrom = st.text(6);
    c.category = domain::categoryFromKey(st.text(7)).value_or(domain::Category::Other);
    c.confidence = st.real(8);
    c.categoryBy = st.text(9);
    c.urgent = st.int64(10) != 0;
    c.status = domain::caseStatusFromKey(st.text(11)).value_or(domain::CaseStatus::Open);
    c.assignee = st.text(12);
    c.competentUnit = st.text(13);
    c.openedAt = st.int64(14);
    c.firstResponseAt = st.int64(15);
    c.lastCitizenAt = st.int64(16);
    c.lastMessageAt = st.int64(17);
    c.dueAt = st.int64(18);
    c.closedAt = st.int64(19);
    c.previousCase = st.int64(20);
    c.citizenName = st.text(21);
    c.preview = st.text(22);
    c.version = int(st.int64(23));
    c.reporterProtected = st.int64(24) != 0;
    return c;
}

} // namespace casedesk::store::detail

namespace casedesk::store::detail {

#define CASEDESK_OUTBOX_COLUMNS                                                                                                                      \
    "id, case_id, oa_id, user_id, text, ifnull(quote_message_id, ''), officer, state, attempts, ifnull(message_id, ''), "                            \
    "ifnull(error, ''), ifnull(zalo_code, 0), created_at, updated_at, purpose FROM outbox "

inline domain::OutboxItem outboxFromRow(const Statement &st)
{
    domain::OutboxItem o;
    o.id = st.int64(0);
    o.caseId = st.int64(1);
    o.oaId = st.text(2);
    o.userId = st.text(3);
    o.text = st.text(4);
    o.quoteMessageId = st.text(5);
    o.officer = st.text(6);
    o.state = st.text(7);
    o.attempts = int(st.int64(8));
    o.messageId = st.text(9);
    o.error = st.text(10);
    o.zaloCode = int(st.int64(11));
    o.createdAt = st.int64(12);
    o.updatedAt = st.int64(13);
    o.satisfaction = st.text(14) == QLatin1String("satisfaction");
    return o;
}

} // namespace casedesk::store::detail
