#pragma once

#include "core/domain/category.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace casedesk::domain {

/// One message of a conversation, in or out, keyed by Zalo's message id. Times: UTC epoch ms.
struct MessageRecord
{
    qint64 id = 0; // local row id
    QString messageId;
    QString oaId;
    QString userId;
    bool incoming = true;
    qint64 sentAt = 0;
    QString type = QStringLiteral("text");
    QString text;
    QByteArray raw; // the API row as received (unknown fields kept)
    qint64 caseId = 0;
};

/// A message as sync hands it to the store (which folds its text for the full-text index).
struct IncomingMessage
{
    MessageRecord message;
};

/// What Zalo told us of a citizen (per OA).
struct CitizenProfile
{
    QString oaId;
    QString userId;
    QString displayName;
    QString avatar;
    QByteArray sharedInfo; // JSON
    std::optional<bool> isFollower;
    qint64 fetchedAt = 0;
};

/// What triage decides for a new case.
struct TriageResult
{
    Category category = Category::Other;
    double confidence = 0;
    bool urgent = false;
    QString competentUnit; // unit id, or empty
    qint64 dueAt = 0; // UTC ms, 0 = no deadline
};

/// Triage of a case's citizen text (its first message, or everything the citizen wrote so far
/// when a message joins it), the deadline counted from @p fromMs → result.
using TriageFunction = std::function<TriageResult(const QString &text, qint64 fromMs)>;
/// Urgency, deadline (counted from @p fromMs) and competent unit of a case whose category an
/// officer set: the classifier's category is replaced, the rest follows from the text.
using AssessFunction = std::function<TriageResult(const QString &text, Category category, qint64 fromMs)>;

/// A row of the queue.
struct CaseSummary
{
    qint64 id = 0;
    QString code;
    QString oaId;
    QString userId;
    QString unitId;
    QString originUnit;
    QString transferFrom; // the unit that forwarded or escalated, while transferred
    Category category = Category::Other;
    double confidence = 0;
    QString categoryBy; // "classifier" or the officer who set it
    bool urgent = false;
    CaseStatus status = CaseStatus::New;
    QString assignee;
    QString competentUnit;
    qint64 openedAt = 0;
    qint64 firstResponseAt = 0;
    qint64 lastCitizenAt = 0;
    qint64 lastMessageAt = 0;
    qint64 dueAt = 0;
    qint64 closedAt = 0;
    qint64 previousCase = 0;
    QString citizenName; // unmasked: mask with citizenForDisplay() before showing
    bool reporterProtected = false; // once a crime report, always: the reporter is masked
    QString preview;
    int version = 0; // bumped by every change; "changed since shown" checks compare it
};

/// One entry of a case's audit trail.
struct CaseEvent
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 at = 0;
    QString officer;
    QString kind;
    QJsonObject detail;
};

/// The states of an outbox row that editorial approval adds: an answer waits for an editor
/// (never sent in that state), or the editor sent it back (never sent; its error holds the reason).
namespace outboxstate {
inline constexpr char kPendingApproval[] = "pending_approval";
inline constexpr char kRejected[] = "rejected";
/// A failed answer an officer gave up (never sent): the citizen was reached another way, or the
/// answer was taken back to be corrected and sent as a new one.
inline constexpr char kGivenUp[] = "given_up";
inline constexpr char kFailed[] = "failed";
} // namespace outboxstate

/// An answer on its way to the citizen.
struct OutboxItem
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString oaId;
    QString userId;
    QString text;
    QString quoteMessageId;
    QString officer;
    QString state; // pending_approval, queued, sending, sent, failed, uncertain, rejected, given_up (outboxstate above)
    int attempts = 0;
    QString messageId;
    QString error;
    int zaloCode = 0; // the Zalo error code of a failed send, 0 = none
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    bool satisfaction = false; // the satisfaction question (domain/satisfaction.h), not an answer
};

/// An answer template (mẫu trả lời) of the answer library.
struct AnswerTemplate
{
    qint64 id = 0;
    QString slug; // stable key of a shipped template ("acknowledgement", …), empty for officers' own
    QString title;
    QString text; // may hold {code} (case code) and {unit} (unit name)
    Category category = Category::ProcedureQuestion;
    QString legalBasis;
    QDate reviewDate; // when the legal basis should be checked again
    qint64 updatedAt = 0;
};

/// A suggested answer: an earlier answered question like this one, and its answer.
struct Suggestion
{
    qint64 caseId = 0;
    QString code;
    QString question;
    QString answer;
    double score = 0; // bm25: lower is more similar
};

/// Everything about one case.
struct CaseDetail
{
    CaseSummary summary;
    QVector<MessageRecord> messages;
    QVector<CaseEvent> events;
    QVector<OutboxItem> outbox;
};

/// What a queue is sorted by, over the whole queue (each order is read from an index, never by
/// sorting every case). A search ignores it: its results come newest match first.
enum class QueueSort {
    Deadline, // urgent and needing an answer first, then the earliest deadline (none last), then oldest
    Received, // when the case was opened (opened_at), then id
};

/// Which cases a queue shows, and in which order.
struct QueueFilter
{
    QStringList unitIds; // empty = every unit the officer may see; otherwise these units
    QString level; // level key of the case's current unit, or empty
    std::optional<Category> category;
    QStringList statuses; // empty = every status but closed ("open cases")
    QString assignee; // empty = anyone
    QString search; // words to find, as typed (the store folds them as it folds the index); newest first
    bool replyWindowClosing = false; // the citizen's last message is 24 h to 7 days old
    bool awaitingApproval = false; // "Chờ duyệt": at least one answer waits for an editor's approval
    qint64 now = 0; // for overdue and reply-window filters
    QueueSort sort = QueueSort::Deadline;
    bool descending = false; // the order reversed: Received newest first, Deadline last first
};

/// Where the next page of a queue starts (keyset paging); empty = the first page.
struct QueueCursor
{
    bool valid = false;
    int urgent = 0;
    qint64 dueKey = 0; // due_sort of the last row: due_at, or a large value when there is none
    qint64 openedAt = 0; // QueueSort::Received: opened_at of the last row
    qint64 id = 0;
    qint64 matchRowId = 0; // with a search: the next page starts at this message row (newest first)
};

struct QueuePage
{
    QVector<CaseSummary> cases;
    QueueCursor next; // valid when more rows may follow
};

/// The Zalo reply window of a case: answers are free within 48 hours of the citizen's last
/// message, billed from 48 hours to 7 days, refused after that.
enum class ReplyWindowState {
    Free,
    Billed,
    Closed,
};

struct ReplyWindow
{
    ReplyWindowState state = ReplyWindowState::Closed;
    qint64 closesAt = 0; // UTC ms: end of the free part (Free) or of the whole window (Billed, Closed)
};

inline constexpr qint64 kFreeReplyWindowMs = 48LL * 3600 * 1000;
inline constexpr qint64 kReplyWindowMs = 7LL * 24 * 3600 * 1000;

/// The reply window at @p now for a citizen whose last message was at @p lastCitizenAt (0 = none).
inline ReplyWindow replyWindowAt(qint64 lastCitizenAt, qint64 now)
{
    if (lastCitizenAt <= 0)
        return {ReplyWindowState::Closed, 0};
    if (now < lastCitizenAt + kFreeReplyWindowMs)
        return {ReplyWindowState::Free, lastCitizenAt + kFreeReplyWindowMs};
    if (now < lastCitizenAt + kReplyWindowMs)
        return {ReplyWindowState::Billed, lastCitizenAt + kReplyWindowMs};
    return {ReplyWindowState::Closed, lastCitizenAt + kReplyWindowMs};
}

/// "free", "billed", "closed" as in the command line's JSON.
inline QString replyWindowKey(ReplyWindowState state)
{
    switch (state) {
    case ReplyWindowState::Free:
        return QStringLiteral("free");
    case ReplyWindowState::Billed:
        return QStringLiteral("billed");
    case ReplyWindowState::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

} // namespace casedesk::domain
