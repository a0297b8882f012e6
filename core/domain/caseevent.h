#pragma once

// The vocabulary of the audit trail (case_events.kind) and the keys of each event's detail.
// Every officer action writes exactly one event, in the same transaction as its change; the
// store refuses to change or delete events, and each event carries the SHA-256 of its content
// and of the event before it (one chain per database, store/eventlog.h), so that an edit made
// behind CaseDesk's back shows. Reports count these events, so keep the words.
//
// kind                 detail
// opened               unit, category, confidence, urgent, [previous_case]   (officer "CaseDesk")
// categorized          before, after, urgent_before, urgent_after, due_before, due_after
//                                                     (trains the classifier; due_*: UTC ms, 0 = none)
// retriaged            before, after, confidence, message_id, urgent_before, urgent_after,
//                      due_before, due_after          (a citizen's message changed the classifier's
//                                                      category; officer "CaseDesk")
// assigned             before, after                                         (officer names; "" = nobody)
// noted                text                                                  (internal, never sent)
// forwarded            from, to, reason, [acknowledgement_outbox_id]          (unit ids)
// escalated            from, to, reason                                      (to = parent unit)
// accepted             unit
// returned             from, to, reason                                      (from = returning unit, to = sender)
// answer_queued        outbox_id, text, [quote_message_id]
// answer_held          outbox_id, text, [quote_message_id]                   (queued for an editor's approval:
//                                                      state pending_approval; not sent, not an answer yet)
// answer_approved      outbox_id, answered_by, edited, text | text_before, text_after
//                                                     (by the editor: the row is queued for sending)
// answer_rejected      outbox_id, answered_by, reason, text  (sent back by the editor; never sent)
// answer_sent          outbox_id, message_id                                  (officer "CaseDesk")
// answer_failed        outbox_id, error, [zalo_code]                          (officer "CaseDesk")
// answer_uncertain     outbox_id, error                                       (officer "CaseDesk")
// answer_retried       outbox_id, error_before, text   (an officer put a failed answer back in the queue)
// answer_given_up      outbox_id, error, text, [note], [to_edit: true], [closed: true]
//                                                     (an officer gave up a failed answer: never sent;
//                                                      with closed, a closed event follows)
// answered_outside     message_id                     (sent from Zalo's own inbox; officer "CaseDesk")
// closed               [auto: true], [reason]
// satisfaction_asked   outbox_id, text            (the case closed after an answer in Zalo's free window
//                                                  and its unit asks: the question is queued; by the
//                                                  officer who closed it; never for a crime report)
// satisfaction_sent    outbox_id, message_id      (officer "CaseDesk")
// satisfaction_failed  outbox_id, error           (not sent: never retried; officer "CaseDesk")
// satisfaction_rated   rating, message_id         (the citizen's reply, 1–5; the case stays closed)
// reopened             [reason]
// identity_revealed    reason
// history_guard_restored  triggers                (the database's protections of the history were
//                                                  missing at open and were put back; no case)
// folder_moved         folder, folder_path, prefix, source_anchor, counts, copied, first_move
//                                                 (a PC's data folder moved into this shared database:
//                                                  its events come just before, re-appended; no case)
// officer_added        officer, officer_id, roles, unit, can_reveal      (no case; by the administrator)
// officer_disabled     officer, officer_id                                 (no case)
// officer_password_set officer, officer_id                                 (no case; never the password)
// officer_locked       officer, officer_id, failures, until                (no case; officer "CaseDesk")
// approval_policy_set  category, level, required                          (no case; by the administrator)
//
// Every event whose action changes the status also carries status_before and status_after;
// forward/escalate/accept/return carry unit_before and unit_after.

namespace casedesk::domain::events {

inline constexpr char kOpened[] = "opened";
inline constexpr char kCategorized[] = "categorized";
inline constexpr char kAssigned[] = "assigned";
inline constexpr char kNoted[] = "noted";
inline constexpr char kForwarded[] = "forwarded";
/// Moved by a reorganisation of the units (from, to, unit_before, unit_after, reorganisation, effective).
inline constexpr char kReorganised[] = "reorganised";
/// A reorganisation of the unit tree (no case): title, effective, counts.
inline constexpr char kUnitsReorganised[] = "units_reorganised";
inline constexpr char kEscalated[] = "escalated";
inline constexpr char kAccepted[] = "accepted";
inline constexpr char kReturned[] = "returned";
inline constexpr char kAnswerQueued[] = "answer_queued";
inline constexpr char kAnswerHeld[] = "answer_held";
inline constexpr char kAnswerApproved[] = "answer_approved";
inline constexpr char kAnswerRejected[] = "answer_rejected";
inline constexpr char kAnswerSent[] = "answer_sent";
inline constexpr char kAnswerFailed[] = "answer_failed";
inline constexpr char kAnswerUncertain[] = "answer_uncertain";
inline constexpr char kAnswerRetried[] = "answer_retried";
inline constexpr char kAnswerGivenUp[] = "answer_given_up";
inline constexpr char kAnsweredOutside[] = "answered_outside";
inline constexpr char kClosed[] = "closed";
inline constexpr char kReopened[] = "reopened";
inline constexpr char kSatisfactionAsked[] = "satisfaction_asked";
inline constexpr char kSatisfactionSent[] = "satisfaction_sent";
inline constexpr char kSatisfactionFailed[] = "satisfaction_failed";
inline constexpr char kSatisfactionRated[] = "satisfaction_rated";
inline constexpr char kIdentityRevealed[] = "identity_revealed";
inline constexpr char kRetriaged[] = "retriaged";
inline constexpr char kHistoryGuardRestored[] = "history_guard_restored";
inline constexpr char kFolderMoved[] = "folder_moved";
inline constexpr char kOfficerAdded[] = "officer_added";
inline constexpr char kOfficerDisabled[] = "officer_disabled";
inline constexpr char kOfficerPasswordSet[] = "officer_password_set";
inline constexpr char kOfficerLocked[] = "officer_locked";
inline constexpr char kApprovalPolicySet[] = "approval_policy_set";

/// The officer name recorded for what CaseDesk does by itself.
inline constexpr char kSystemOfficer[] = "CaseDesk";

} // namespace casedesk::domain::events
