#pragma once

#include "actionerror.h"

#include "core/domain/casetypes.h"
#include "core/domain/officerscope.h"

#include <functional>
#include <memory>
#include <optional>

namespace casedesk {
class Clock;
}

namespace casedesk::store {

class Database;

/// Every officer action on a case, for the GUI and the CLI alike: each one is committed at once
/// in ONE transaction together with its audit event (core/domain/caseevent.h), bumps the case's
/// version, and is refused — changing nothing — for a case outside the officer's scope (the
/// case's current unit must be in scope). Status rules: new → open when someone acts;
/// transferred while forwarded or escalated until the receiving unit accepts (→ open) or returns
/// it (→ open at the sender); closed; reopen → open. Answers are queued in the outbox here and
/// sent by the sync service (OutboxStore).
class CaseWriter final
{
public:
    /// Called after a commit, so that triage can learn (Classifier::learn, learnForward).
    struct Hooks
    {
        std::function<void(const QString &citizenText, domain::Category category)> categorized;
        std::function<void(const QString &citizenText, domain::Category category, const QString &unitId)> forwarded;
        /// Urgency and deadline of a case an officer put in another category; without it, a
        /// new category keeps the case's urgency and deadline.
        domain::AssessFunction assess;
    };

    struct ReplyRequest
    {
        QString text;
        QString quoteMessageId; // a citizen message of the case, or empty
        bool confirmBilled = false; // the officer agreed to a billed answer (48 h – 7 days)
        bool confirmChanged = false; // the officer saw that the case changed and answers anyway
        /// The version the officer's screen shows; when unset, the version recorded by the last
        /// CaseStore::markShown of this officer (what `case show` printed).
        std::optional<int> seenVersion;
    };

    struct ForwardRequest
    {
        QString toUnit;
        QString reason;
        /// Sent to the citizen as an acknowledgement when not empty (window rules apply).
        QString acknowledgementText;
        bool confirmBilled = false;
    };

    CaseWriter(Database &db, const Clock &clock);
    ~CaseWriter();

    void setHooks(Hooks hooks);

    /// Sets the category by hand (category_by = the officer) and records classifier feedback.
    /// Urgency and deadline follow the new category, counted from the case's opening (the report
    /// was received then); a crime report's reporter stays protected whatever comes after.
    ActionStatus categorize(const domain::OfficerScope &scope, qint64 caseId, domain::Category category);
    /// Assigns to @p officer; an empty name removes the assignee.
    ActionStatus assign(const domain::OfficerScope &scope, qint64 caseId, const QString &officer);
    /// An internal note, never sent to the citizen.
    ActionStatus note(const domain::OfficerScope &scope, qint64 caseId, const QString &text);
    /// Hands the case to any open unit as competent unit; returns the acknowledgement's outbox id (0 = none).
    ActionResult<qint64> forward(const domain::OfficerScope &scope, qint64 caseId, const ForwardRequest &request);
    /// Hands the case to the parent of its current unit; refused at the root. Returns the parent's id.
    ActionResult<QString> escalate(const domain::OfficerScope &scope, qint64 caseId, const QString &reason);
    /// The receiving unit takes a transferred case.
    ActionStatus accept(const domain::OfficerScope &scope, qint64 caseId);
    /// The receiving unit sends a transferred case back to the unit that sent it, with a reason.
    ActionStatus returnToSender(const domain::OfficerScope &scope, qint64 caseId, const QString &reason);
    ActionStatus close(const domain::OfficerScope &scope, qint64 caseId, const QString &reason = {});
    /// Reopens a closed case; refused while the citizen has a newer open case at the same OA.
    ActionStatus reopen(const domain::OfficerScope &scope, qint64 caseId, const QString &reason = {});
    /// The citizen's identity, with the reveal logged (identity_revealed, reason required).
    ActionResult<domain::CitizenProfile> revealIdentity(const domain::OfficerScope &scope, qint64 caseId, const QString &reason);
    /// Queues an answer in the outbox (the text stored NFC-normalised); returns the outbox id.
    /// Refused: closed case, empty text or over 2,000 characters after NFC, reply window closed,
    /// billed window without confirmBilled, case changed since shown without confirmChanged.
    ActionResult<qint64> queueReply(const domain::OfficerScope &scope, qint64 caseId, const ReplyRequest &request);

    /// Editorial approval (ApprovalPolicyStore): an answer — or a forward's acknowledgement — of a
    /// case whose category and current unit's level need approval is held in state
    /// pending_approval (event answer_held) unless its officer may approve answers themself; the
    /// sender never sends it. Deadlines keep running: a held answer is no first response.
    struct ApproveRequest
    {
        qint64 outboxId = 0;
        std::optional<QString> text; // the editor's version; unset: approved as written
        bool confirmBilled = false; // the editor agrees to a billed answer (48 h – 7 days)
    };
    /// The editor approves a held answer (ApproveAnswers): it is queued for sending, with the
    /// editor's text when given (NFC, same limits as queueReply); event answer_approved. Refused,
    /// changing nothing: an answer of another case, one not waiting for approval, a closed case,
    /// Zalo's reply window closed, a billed window that nobody agreed to.
    ActionStatus approveAnswer(const domain::OfficerScope &scope, qint64 caseId, const ApproveRequest &request);
    /// The editor sends a held answer back with a reason (ApproveAnswers): state rejected, never
    /// sent; event answer_rejected. The case still needs an answer, so it stays in its unit's queue.
    ActionStatus rejectAnswer(const domain::OfficerScope &scope, qint64 caseId, qint64 outboxId, const QString &reason);

    /// Failed answers (state failed: Zalo refused, or the reply window closed before sending).
    /// The officer puts one back in the queue (ActOnCases on the case's unit): the sync service
    /// sends it again; event answer_retried. Refused, changing nothing: an answer of another case,
    /// one that is not failed, a closed case, Zalo's reply window closed, a billed window without
    /// @p confirmBilled (unless the answer was already agreed to be billed).
    ActionStatus retryAnswer(const domain::OfficerScope &scope, qint64 caseId, qint64 outboxId, bool confirmBilled = false);
    struct GiveUpRequest
    {
        qint64 outboxId = 0;
        /// What the officer did instead (e.g. reached the citizen by phone); required with closeCase.
        QString note;
        /// Close the case too (note-and-close): a closed event follows, with the note as its reason.
        bool closeCase = false;
        /// The answer is taken back to be corrected and sent as a new answer (Sửa).
        bool toEdit = false;
    };
    /// The officer gives up a failed answer (state given_up, never sent); event answer_given_up,
    /// and with closeCase the case is closed (event closed). Refused, changing nothing: an answer
    /// of another case, one that is not failed, closeCase without a note or on a closed case.
    ActionStatus giveUpAnswer(const domain::OfficerScope &scope, qint64 caseId, const GiveUpRequest &request);

    /// The case's Zalo reply window now.
    domain::ReplyWindow replyWindow(const domain::CaseSummary &c) const;

private:
    struct Statements;
    ActionResult<domain::CaseSummary> load(const domain::OfficerScope &scope, qint64 caseId,
                                           domain::Permission needed = domain::Permission::ActOnCases);
    ActionStatus finish(const domain::OfficerScope &scope, const domain::CaseSummary &before, const QString &kind, const QJsonObject &detail);
    ActionStatus windowAllows(const domain::CaseSummary &c, bool confirmBilled, bool acknowledgement) const;
    QString citizenText(qint64 caseId);
    /// Whether an answer @p scope queues now on @p c waits for an editor.
    ActionResult<bool> needsApproval(const domain::OfficerScope &scope, const domain::CaseSummary &c);
    /// The held answer @p outboxId of @p c, or the refusal when it is not one.
    /// A new version of case @p caseId (its row changed without its columns changing).
    ActionStatus bumpVersion(qint64 caseId);
    /// After a close by @p scope's officer: queues the satisfaction question when
    /// domain::asksSatisfaction() says so (its event carries that officer's name).
    ActionStatus askSatisfaction(const domain::OfficerScope &scope, const domain::CaseSummary &c);
    /// The answer @p outboxId of case @p c, or NotFound.
    ActionResult<domain::OutboxItem> answerOf(const domain::CaseSummary &c, qint64 outboxId);
    ActionResult<domain::OutboxItem> heldAnswer(const domain::CaseSummary &c, qint64 outboxId);
    /// The failed answer @p outboxId of @p c, or the refusal when it is not one.
    ActionResult<domain::OutboxItem> failedAnswer(const domain::CaseSummary &c, qint64 outboxId);

    Database &m_db;
    const Clock &m_clock;
    Hooks m_hooks;
    std::unique_ptr<Statements> m_st;
};

} // namespace casedesk::store
