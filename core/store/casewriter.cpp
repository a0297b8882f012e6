// Over 700 lines on purpose: one method per officer action (answer, categorize, assign, note,
// forward, escalate, accept, return, close, reopen, reveal, approve or send back an answer), each one transaction with its checks
// and its event; splitting them would spread what an action may do over several files. The rules
// the actions apply live in domain/caserules.h.
#include "casewriter.h"

#include "caserow.h"
#include "database.h"
#include "eventlog.h"
#include "officerstore.h"
#include "provincesettings.h"
#include "statement.h"

#include "core/common/clock.h"
#include "core/domain/answertext.h"
#include "core/domain/caseevent.h"
#include "core/domain/caserules.h"
#include "core/domain/officetime.h"
#include "core/domain/satisfaction.h"
#include "core/domain/unit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace casedesk::store {

using domain::CaseStatus;
using domain::CaseSummary;
using domain::OfficerScope;
using domain::Permission;
namespace ev = domain::events;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::CaseWriter)
};

using Code = ActionError::Code;

ActionError refused(Code code, const QString &message)
{
    return {code, message};
}

ActionError storage(const QString &message)
{
    return {Code::Storage, Tr::tr("The change was not saved: %1").arg(message)};
}

QString key(CaseStatus s)
{
    return domain::caseStatusKey(s);
}

QString k(const char *word)
{
    return QString::fromLatin1(word);
}

CaseStatus acted(CaseStatus s)
{
    return domain::caserules::afterOfficerAction(s);
}

void addStatus(QJsonObject &detail, CaseStatus before, CaseStatus after)
{
    if (before == after)
        return;
    detail.insert(QStringLiteral("status_before"), key(before));
    detail.insert(QStringLiteral("status_after"), key(after));
}

QString closedRefusal(const CaseSummary &c)
{
    return Tr::tr("Case %1 is closed: reopen it first.").arg(c.code);
}

/// @p text as stored and sent (NFC), or why Zalo would not take it.
ActionResult<QString> checkedAnswer(const QString &text)
{
    const QString normalized = domain::normalizedAnswer(text);
    if (normalized.trimmed().isEmpty())
        return refused(Code::Invalid, Tr::tr("The answer is empty: write the answer first."));
    if (const int length = domain::answerLength(normalized); length > domain::kMaxAnswerLength)
        return refused(Code::Invalid,
                       Tr::tr("The answer has %1 characters; Zalo accepts at most %2. Shorten it or split it in two answers.")
                           .arg(length)
                           .arg(domain::kMaxAnswerLength));
    return normalized;
}

QString outboxState(bool held)
{
    return QString::fromLatin1(held ? domain::outboxstate::kPendingApproval : "queued");
}

} // namespace

struct CaseWriter::Statements
{
    explicit Statements(Database &db)
        // Every action reads its case locked: another PC's action on it waits for this one.
        : byId(db, "SELECT " CASEDESK_CASE_COLUMNS "WHERE c.id = ?1 FOR UPDATE OF c")
        , setCategory(db,
                      "UPDATE cases SET category = ?2, category_by = ?3, confidence = 1.0, status = ?4, urgent = ?5, due_at = ?6, "
                      "reporter_protected = greatest(reporter_protected, ?7), version = version + 1 WHERE id = ?1")
        , setAssignee(db, "UPDATE cases SET assignee = ?2, status = ?3, version = version + 1 WHERE id = ?1")
        , setStatus(db, "UPDATE cases SET status = ?2, version = version + 1 WHERE id = ?1")
        , transfer(db, "UPDATE cases SET unit_id = ?2, transfer_from = ?3, status = ?4, version = version + 1 WHERE id = ?1")
        , close(db, "UPDATE cases SET status = 'closed', closed_at = ?2, version = version + 1 WHERE id = ?1")
        , reopen(db, "UPDATE cases SET status = 'open', closed_at = NULL, version = version + 1 WHERE id = ?1")
        , bump(db, "UPDATE cases SET version = version + 1 WHERE id = ?1")
        , log(db)
        , insertOutbox(db,
                       "INSERT INTO outbox (case_id, oa_id, user_id, text, quote_message_id, officer, state, attempts, created_at, "
                       "updated_at, billed_ok) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?9, 0, ?7, ?7, ?8) RETURNING id")
        , insertFeedback(db, "INSERT INTO classifier_feedback (text, category, at, officer) VALUES (?1, ?2, ?3, ?4)")
        , citizenText(db,
                      "SELECT group_concat(text, char(10)) FROM (SELECT text FROM messages WHERE case_id = ?1 AND direction = 'in' "
                      "AND text <> '' ORDER BY sent_at, id) AS t")
        , unit(db, "SELECT ifnull(parent_id, ''), ifnull(valid_to, ''), name FROM units WHERE id = ?1")
        , advanceSeen(db, "UPDATE case_views SET version = ?4, at = ?5 WHERE case_id = ?1 AND officer = ?2 AND version = ?3")
        , shown(db, "SELECT version FROM case_views WHERE case_id = ?1 AND officer = ?2")
        , clearDraft(db, "DELETE FROM drafts WHERE case_id = ?1 AND officer = ?2")
        , messageDirection(db, "SELECT direction FROM messages WHERE message_id = ?1 AND case_id = ?2")
        , otherOpen(db, "SELECT code FROM cases WHERE oa_id = ?1 AND user_id = ?2 AND is_open = 1 AND id <> ?3 ORDER BY id DESC LIMIT 1")
        , citizen(db,
                  "SELECT display_name, ifnull(avatar, ''), ifnull(shared_info, ''), is_follower, ifnull(fetched_at, 0) "
                  "FROM citizens WHERE oa_id = ?1 AND user_id = ?2")
        , policyCovers(db, "SELECT 1 FROM approval_policies p JOIN units u ON u.level = p.level WHERE u.id = ?1 AND p.category = ?2")
        , outboxById(db, "SELECT " CASEDESK_OUTBOX_COLUMNS "WHERE id = ?1")
        , billedOk(db, "SELECT billed_ok FROM outbox WHERE id = ?1")
        , approve(db, "UPDATE outbox SET state = 'queued', text = ?2, billed_ok = ?3, updated_at = ?4 WHERE id = ?1 AND state = 'pending_approval'")
        , reject(db, "UPDATE outbox SET state = 'rejected', error = ?2, updated_at = ?3 WHERE id = ?1 AND state = 'pending_approval'")
        , retry(db,
                "UPDATE outbox SET state = 'queued', error = NULL, zalo_code = NULL, billed_ok = ?2, updated_at = ?3 "
                "WHERE id = ?1 AND state = 'failed'")
        , giveUp(db, "UPDATE outbox SET state = 'given_up', updated_at = ?2 WHERE id = ?1 AND state = 'failed'")
    {
    }

    Statement byId;
    Statement setCategory;
    Statement setAssignee;
    Statement setStatus;
    Statement transfer;
    Statement close;
    Statement reopen;
    Statement bump;
    EventLog log;
    Statement insertOutbox;
    Statement insertFeedback;
    Statement citizenText;
    Statement unit;
    Statement advanceSeen;
    Statement shown;
    Statement clearDraft;
    Statement messageDirection;
    Statement otherOpen;
    Statement citizen;
    Statement policyCovers;
    Statement outboxById;
    Statement billedOk;
    Statement approve;
    Statement reject;
    Statement retry;
    Statement giveUp;
};

CaseWriter::CaseWriter(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_st(std::make_unique<Statements>(db))
{
}

CaseWriter::~CaseWriter() = default;

void CaseWriter::setHooks(Hooks hooks)
{
    m_hooks = std::move(hooks);
}

domain::ReplyWindow CaseWriter::replyWindow(const CaseSummary &c) const
{
    return domain::replyWindowAt(c.lastCitizenAt, m_clock.nowMs());
}

ActionResult<CaseSummary> CaseWriter::load(const OfficerScope &scope, qint64 caseId, Permission needed)
{
    if (scope.officer.trimmed().isEmpty())
        return refused(Code::Invalid, Tr::tr("Nobody is named as the acting officer: set the officer's name first."));
    if (!scope.may(needed))
        return refused(Code::Forbidden, scope.refusal(needed));
    Statement &st = m_st->byId;
    st.bind(1, caseId);
    const bool found = st.next();
    const QString error = st.error();
    const CaseSummary c = found ? detail::caseFromRow(st) : CaseSummary();
    st.reset();
    if (!error.isEmpty())
        return storage(error);
    if (!found)
        return refused(Code::NotFound, Tr::tr("There is no case %1.").arg(caseId));
    if (!scope.allows(c.unitId))
        return refused(Code::OutOfScope,
                       Tr::tr("Case %1 is now with unit %2, outside your units: only that unit can act on it.").arg(c.code, c.unitId));
    if (needed == Permission::ActOnCases && !scope.mayActOn(c.unitId))
        return refused(Code::OutOfScope,
                       Tr::tr("Case %1 is with unit %2, outside your unit: you may read it, only that unit can act on it.").arg(c.code, c.unitId));
    return c;
}

QString CaseWriter::citizenText(qint64 caseId)
{
    Statement &st = m_st->citizenText;
    st.bind(1, caseId);
    const QString text = st.next() ? st.text(0) : QString();
    st.reset();
    return text;
}

ActionStatus CaseWriter::finish(const OfficerScope &scope, const CaseSummary &before, const QString &kind, const QJsonObject &detail)
{
    const qint64 now = m_clock.nowMs();
    if (auto r = m_st->log.append(before.id, now, scope.officer, kind, detail); !r)
        return storage(r.error().message);
    // The officer's own action is no change they have not seen: when they were up to date,
    // they stay up to date.
    Statement &s = m_st->advanceSeen;
    s.bind(1, before.id).bind(2, scope.officer).bind(3, qint64(before.version)).bind(4, qint64(before.version + 1)).bind(5, now);
    if (auto r = s.exec(); !r)
        return storage(r.error().message);
    return {};
}

ActionStatus CaseWriter::windowAllows(const CaseSummary &c, bool confirmBilled, bool acknowledgement) const
{
    const domain::ReplyWindow w = replyWindow(c);
    if (w.state == domain::ReplyWindowState::Closed) {
        const QString last = c.lastCitizenAt > 0 ? domain::officeDateTimeText(c.lastCitizenAt) : Tr::tr("never");
        QString message = Tr::tr("Zalo's reply window for case %1 is closed: the citizen last wrote on %2, more than 7 days ago, and Zalo "
                                 "refuses answers after that. Nothing was sent. Reach the citizen another way (a phone number they "
                                 "shared, a letter) and record it as an internal note, or wait until they write again.")
                              .arg(c.code, last);
        if (acknowledgement)
            message += QLatin1Char(' ') + Tr::tr("Forward without the acknowledgement.");
        return refused(Code::WindowClosed, message);
    }
    if (w.state == domain::ReplyWindowState::Billed && !confirmBilled) {
        return refused(Code::NeedsBilledConfirmation,
                       Tr::tr("The citizen last wrote more than 48 hours ago (%1): this answer will be billed to the province's Zalo "
                              "Cloud Account, and it fails if that account has no funds. Confirm to send it anyway; Zalo closes the "
                              "conversation on %2.")
                           .arg(domain::officeDateTimeText(c.lastCitizenAt), domain::officeDateTimeText(c.lastCitizenAt + domain::kReplyWindowMs)));
    }
    return {};
}

ActionStatus CaseWriter::categorize(const OfficerScope &scope, qint64 caseId, domain::Category category)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return storage(tx.beginError());
    auto c = load(scope, caseId);
    if (!c)
        return c.error();
    if (c->category == category && c->categoryBy == scope.officer)
        return refused(Code::Invalid, Tr::tr("Case %1 is already in that category.").arg(c->code));
    const CaseStatus after = acted(c->status);
    const QString text = citizenText(caseId);
    bool urgent = c->urgent;
    qint64 dueAt = c->dueAt;
    if (category != c->category && m_hooks.assess) {
        const domain::TriageResult t = m_hooks.assess(text, category, c->openedAt);
        urgent = t.urgent;
        dueAt = t.dueAt;
    }
    Statement &st = m_st->setCategory;
    st.bind(1, caseId).bind(2, domain::categoryKey(category)).bind(3, scope.officer).bind(4, key(after));
    st.bind(5, urgent).bindOptionalMs(6, dueAt).bind(7, category == domain::Category::CrimeReport);
    if (auto r = st.exec(); !r)
        return storage(r.error().message);
    if (!text.isEmpty()) {
        Statement &f = m_st->insertFeedback;
        f.bind(1, text).bind(2, domain::categoryKey(category)).bind(3, m_clock.nowMs()).bind(4, scope.officer);
        if (auto r = f.exec(); !r)
            return storage(r.error().message);
    }
    QJsonObject detail {
        {QStringLiteral("before"), domain::categoryKey(c->category)},
        {QStringLiteral("after"), domain::categoryKey(category)},
        {QStringLiteral("urgent_before"), c->urgent},
        {QStringLiteral("urgent_after"), urgent},
        {QStringLiteral("due_before"), c->dueAt},
        {QStringLiteral("due_after"), dueAt},
    };
    addStatus(detail, c->status, after);
    if (auto r = finish(scope, *c, k(ev::kCategorized), detail); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return storage(r.error().message);
    if (m_hooks.categorized && !text.isEmpty())
        m_hooks.categorized(text, category);
    return {};
}

ActionStatus CaseWriter::assign(const OfficerScope &scope, qint64 caseId, const QString &officer)
{
    const QString to = officer.trimmed();
    Transaction tx(m_db);
    if (!tx.isActive())
        return storage(tx.beginError());
    auto c = load(scope, caseId);
    if (!c)
        return c.error();
    if (!domain::caserules::acceptsActions(c->status))
        return refused(Code::NotAllowed, closedRefusal(*c));
    QString assignee = to;
    if (!to.isEmpty() && scope.signedIn()) {
        // With officers, a case goes to one of them who may act on it, under their stored name.
        OfficerStore officers(m_db);
        auto found = officers.find(to);
        if (!found)
            return storage(found.error().message);
        if (!*found || !(*found)->enabled())
            return refused(Code::Invalid, Tr::tr("There is no officer named %1 who can sign in.").arg(to));
        if (!OfficerStore::mayActOn(**found, c->unitId))
            return refused(
                Code::Invalid,
                Tr::tr("%1 cannot act on the cases of unit %2: assign the case to an officer of that unit.").arg((*found)->name, c->unitId));
        assignee = (*found)->name;
    }
    if (c->assignee == assignee)
        return refused(Code::Invalid,
                       to.isEmpty() ? Tr::tr("Case %1 has no assignee.").arg(c->code)
                                    : Tr::tr("Case %1 is already assigned to %2.").arg(c->code, assignee));
    const CaseStatus after = acted(c->status);
    Statement &st = m_st->setAssignee;
    st.bind(1, caseId).bindOptional(2, assignee).bind(3, key(after));
    if (auto r = st.exec(); !r)
        return storage(r.error().message);
    QJsonObject detail {
        {QStringLiteral("before"), c->assignee},
        {QStringLiteral("after"), assignee},
    };
    addStatus(detail, c->status, after);
    if (auto r = finish(scope, *c, k(ev::kAssigned), detail); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return storage(r.error().message);
    return {};
}

ActionStatus CaseWriter::note(const OfficerScope &scope, qint64 caseId, const QString &text)
{
    const QString body = domain::normalizedAnswer(text).trimmed();
    if (body.isEmpty())
        return refused(Code::Invalid, Tr::tr("The note is empty: write what you want to record."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return storage(tx.beginError());
    auto c = load(scope, caseId);
    if (!c)
        return c.error();
    const CaseStatus after = acted(c->status);
    Statement &st = m_st->setStatus;
    st.bind(1, caseId).bind(2, key(after));
    if (auto r = st.exec(); !r)
        return storage(r.error().message);
    QJsonObject detail {{QStringLiteral("text"), body}};
    addStatus(detail, c->status, after);
    if (auto r = finish(scope, *c, k(ev::kNoted), detail); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return storage(r.error().message);
    return {};
}

ActionResult<qint64> CaseWriter::forward(const OfficerScope &scope, qint64 caseId, const ForwardRequest &request)
{
    const QString to = request.toUnit.trimmed();
    const QString reason = request.reason.trimmed();
    if (reason.isEmpty())
        return refused(Code::Invalid, Tr::tr("Say why the case goes to that unit: a reason is required."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return storage(tx.beginError());
    auto c = load(scope, caseId);
    if (!c)
        return c.error();
    if (!domain::caserules::acceptsActions(c->status))
        return refused(Code::NotAllowed, closedRefusal(*c));
    Statement &u = m_st->unit;
    u.bind(1, to);
    const bool exists = u.next();
    const bool unitClosed = exists && !u.text(1).isEmpty();
    u.reset();
    if (!exists)
        return refused(Code::Invalid, Tr::tr("There is no unit \"%1\": pick a unit of the tree (casedesk-cli units list).").arg(to));
    if (unitClosed)
        return refused(Code::Invalid, Tr::tr("Unit %1 no longer exists (closed in a reorganisation): pick the unit that took over.").arg(to));
    if (to == c->unitId)
        return refused(Code::Invalid, Tr::tr("Case %1 is already with unit %2.").arg(c->code, to));

    qint64 ackId = 0;
    bool ackHeld = false;
    const QString ack = domain::normalizedAnswer(request.acknowledgementText).trimmed();
    if (!ack.isEmpty()) {
        if (auto w = windowAllows(*c, request.confirmBilled, true); !w)
            return w.error();
        if (domain::answerLength(ack) > domain::kMaxAnswerLength)
            return refused(Code::Invalid, Tr::tr("The acknowledgement is longer than Zalo's %1 characters.").arg(domain::kMaxAnswerLength));
        auto held = needsApproval(scope, *c);
        if (!held)
            return held.error();
        ackHeld = *held;
        Statement &o = m_st->insertOutbox;
        o.bind(1, caseId).bind(2, c->oaId).bind(3, c->userId).bind(4, ack).bindNull(5).bind(6, scope.officer).bind(7, m_clock.nowMs());
        o.bind(8, request.confirmBilled).bind(9, outboxState(ackHeld));
        const auto inserted = o.execReturningId();
        if (!inserted)
            return storage(inserted.error().message);
        ackId = *inserted;
    }

    Statement &st = m_st->transfer;
    st.bind(1, caseId).bind(2, to).bind(3, c->unitId).bind(4, key(domain::caserules::afterTransfer()));
    if (auto r = st.exec(); !r)
        return storage(r.error().message);
    QJsonObject detail {
        {QStringLiteral("from"), c->unitId},        {QStringLiteral("to"), to},         {QStringLiteral("reason"), reason},
        {QStringLiteral("unit_before"), c->unitId}, {QStringLiteral("unit_after"), to},
    };
    if (ackId)
        detail.insert(QStringLiteral("acknowledgement_outbox_id"), ackId);
    if (ackHeld)
        detail.insert(QStringLiteral("acknowledgement_held"), true);
    addStatus(detail, c->status, domain::caserules::afterTransfer());
    if (auto r = finish(scope, *c, k(ev::kForwarded), detail); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return storage(r.error().message);
    if (m_hooks.forwarded) {
        if (const QString text = citizenText(caseId); !text.isEmpty())
            m_hooks.forwarded(text, c->category, to);
    }
    return ackId;
}

ActionResult<QString> CaseWriter::escalate(const OfficerScope &scope, qint64 caseId, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return refused(Code::Invalid, Tr::tr("Say why the case goes to the higher level: a reason is required."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return storage(tx.beginError());
    auto c = load(scope, caseId);
    if (!c)
        return c.error();
    if (!domain::caserules::acceptsActions(c->status))
        return refused(Code::NotAllowed, closedRefusal(*c));
    Statement &u = m_st->unit;
    u.bind(1, c->unitId);
    const QString parent = u.next() ? u.text(0) : QString();
    u.reset();
    if (parent.isEmpty())
        return refused(
            Code::NotAllowed,
            Tr::tr("Unit %1 is at the top of the tree: there is no higher level. Forward the case to a competent unit instead.").arg(c->unitId));
    Statement &st = m_st->transfer;
    st.bind(1, caseId).bind(2, parent).bind(3, c->unitId).bind(4, key(domain::caserules::afterTransfer()));
    if (auto r = st.exec(); !r)
        return storage(r.error().message);
    QJsonObject detail {
        {QStringLiteral("from"), c->unitId},        {QStringLiteral("to"), parent},         {QStringLiteral("reason"), why},
        {QStringLiteral("unit_before"), c->unitId}, {QStringLiteral("unit_after"), parent},
    };
    addStatus(detail, c->status, domain::caserules::afterTransfer());
    if (auto r = finish(scope, *c, k(ev::kEscalated), detail); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return storage(r.error().message);
    return parent;
}

ActionStatus CaseWriter::accept(const OfficerScope &scope, qint64 caseId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return storage(tx.beginError());
    auto c = load(scope, caseId);
    if (!c)
        return c.error();
    if (!domain::caserules::awaitsAcceptance(c->status))
        return refused(Code::NotAllowed,
                       Tr::tr("Case %1 is not waiting to be accepted (status: %2).").arg(c->code, domain::caseStatusName(c->status)));
    Statement &st = m_st->transfer;
    st.bind(1, caseId).bind(2, c->unitId).bindNull(3).bind(4, key(domain::caserules::afterAcceptOrReturn()));
    if (auto r = st.exec(); !r)
        return storage(r.error().message);
    QJsonObject detail {
        {QStringLiteral("unit"), c->unitId},
        {QStringLiteral("from"), c->transferFrom},
        {QStringLiteral("unit_before"), c->unitId},
        {QStringLiteral("unit_after"), c->unitId},
    };
    addStatus(detail, c->status, domain::caserules::afterAcceptOrReturn());
    if (auto r = finish(scope, *c, k(ev::kAccepted), detail); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return storage(r.error().message);
    return {};
}

ActionStatus CaseWriter::returnToSender(const OfficerScope &scope, qint64 caseId, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return refused(Code::Invalid, Tr::tr("Say why the case goes back: a reason is required."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return storage(tx.beginError());
    auto c = load(scope, caseId);
    if (!c)
        return c.error();
    if (!domain::caserules::awaitsAcceptance(c->status) || c->transferFrom.isEmpty())
        return refused(Code::NotAllowed,
                       Tr::tr("Case %1 was not transferred to your unit, or was already accepted: there is nobody to return it to.").arg(c->code));
    Statement &st = m_st->transfer;
    st.bind(1, caseId).bind(2, c->transferFrom).bindNull(3).bind(4, key(domain::caserules::afterAcceptOrReturn()));
    if (auto r = st.exec(); !r)
        return storage(r.error().message);
    QJsonObject detail {
        {QStringLiteral("from"), c->unitId},        {QStringLiteral("to"), c->transferFrom},         {QStringLiteral("reason"), why},
        {QStringLiteral("unit_before"), c->unitId}, {QStringLiteral("unit_after"), c->transferFrom},
    };
    addStatus(detail, c->status, domain::caserules::afterAcceptOrReturn());
    if (auto r = finish(scope, *c, k(ev::kReturned), detail); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return storage(r.error().message);
    return {};
}

ActionStatus CaseWriter::close(const OfficerScope &scope, qint64 caseId, const QString &reason)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return storage(tx.beginError());
    auto c = load(scope, caseId);
    if (!c)
        return c.error();
    if (!domain::caserules::acceptsActions(c->status))
        return refused(Code::NotAllowed, Tr::tr("Case %1 is already closed.").arg(c->code));
    Statement &st = m_st->close;
    st.bind(1, caseId).bind(2, m_clock.nowMs());
    if (auto r = st.exec(); !r)
        return storage(r.error().message);
    QJsonObject detail;
    if (!reason.trimmed().isEmpty())
        detail.insert(QStringLiteral("reason"), reason.trimmed());
    addStatus(detail, c->status, CaseStatus::Closed);
    if (auto r = finish(scope, *c, k(ev::kClosed), detail); !r)
        return r;
    if (auto r = askSatisfaction(scope, *c); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return storage(r.error().message);
    return {};
}

ActionStatus CaseWriter::askSatisfaction(const OfficerScope &scope, const CaseSummary &c)
{
    auto settings = ProvinceSettingsStore(m_db).read();
    if (!settings)
        return storage(settings.error().message);
    const bool unitAsks = settings->asksSatisfaction(c.unitId);
    if (!unitAsks)
        return {};
    Statement asked(m_db, "SELECT satisfaction_queued_at IS NOT NULL FROM cases WHERE id = ?1");
    asked.bind(1, c.id);
    const bool alreadyAsked = asked.next() && asked.int64(0) != 0;
    if (asked.failed())
        return storage(asked.error());
    const qint64 now = m_clock.nowMs();
    if (!domain::asksSatisfaction(c, unitAsks, alreadyAsked, now))
        return {};
    const QString question = domain::satisfactionQuestion();
    Statement queue(m_db,
                    "INSERT INTO outbox (case_id, oa_id, user_id, text, officer, state, attempts, created_at, updated_at, purpose) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, 'queued', 0, ?6, ?6, 'satisfaction') RETURNING id");
    const auto id = queue.bind(1, c.id).bind(2, c.oaId).bind(3, c.userId).bind(4, question).bind(5, scope.officer).bind(6, now).execReturningId();
    if (!id)
        return storage(id.error().message);
    Statement mark(m_db, "UPDATE cases SET satisfaction_queued_at = ?2 WHERE id = ?1");
    if (auto r = mark.bind(1, c.id).bind(2, now).exec(); !r)
        return storage(r.error().message);
    const QJsonObject detail {
        {QStringLiteral("outbox_id"), *id},
        {QStringLiteral("text"), question},
    };
    if (auto r = m_st->log.append(c.id, now, scope.officer, k(ev::kSatisfactionAsked), detail); !r)
        return storage(r.error().message);
    return {};
}

ActionStatus CaseWriter::reopen(const OfficerScope &scope, qint64 caseId, const QString &reason)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return storage(tx.beginError());
    auto c = load(scope, caseId);
    if (!c)
        return c.error();
    if (!domain::caserules::canReopen(c->status))
        return refused(Code::NotAllowed, Tr::tr("Case %1 is not closed.").arg(c->code));
    // The citizen's new messages join their open case: two open cases would split the conversation.
    Statement &o = m_st->otherOpen;
    o.bind(1, c->oaId).bind(2, c->userId).bind(3, caseId);
    const QString other = o.next() ? o.text(0) : QString();
    o.reset();
    if (!other.isEmpty())
        return refused(
            Code::NotAllowed,
            Tr::tr("The citizen has an open case %1 at the same Zalo account: continue there instead of reopening %2.").arg(other, c->code));
    Statement &st = m_st->reopen;
    st.bind(1, caseId);
    if (auto r = st.exec(); !r)
        return storage(r.error().message);
    QJsonObject detail;
    if (!reason.trimmed().isEmpty())
        detail.insert(QStringLiteral("reason"), reason.trimmed());
    addStatus(detail, c->status, CaseStatus::Open);
    if (auto r = finish(scope, *c, k(ev::kReopened), detail); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return storage(r.error().message);
    return {};
}

ActionResult<domain::CitizenProfile> CaseWriter::revealIdentity(const OfficerScope &scope, qint64 caseId, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return refused(Code::Invalid, Tr::tr("Say why you need the reporter's identity: every reveal is logged with its reason."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return storage(tx.beginError());
    auto c = load(scope, caseId, Permission::RevealIdentity);
    if (!c)
        return c.error();
    if (!c->reporterProtected)
        return refused(Code::NotAllowed,
                       Tr::tr("Case %1 has never been a crime report: its citizen is not hidden, there is nothing to reveal.").arg(c->code));
    domain::CitizenProfile p;
    p.oaId = c->oaId;
    p.userId = c->userId;
    // On a province's server an officer's login cannot read a protected reporter at all: the
    // server's own function checks --can-reveal, logs the reveal and hands the identity over.
    const bool throughServer = m_db.isShared() && scope.signedIn();
    Statement server(
        m_db, throughServer ? "SELECT display_name, avatar, shared_info, is_follower, fetched_at FROM casedesk_reveal_identity(?1, ?2)" : "SELECT 1");
    if (throughServer)
        server.bind(1, caseId).bind(2, why);
    Statement &st = throughServer ? server : m_st->citizen;
    if (!throughServer)
        st.bind(1, c->oaId).bind(2, c->userId);
    if (st.next()) {
        p.displayName = st.text(0);
        p.avatar = st.text(1);
        p.sharedInfo = st.text(2).toUtf8();
        if (!st.isNull(3))
            p.isFollower = st.int64(3) != 0;
        p.fetchedAt = st.int64(4);
    }
    if (st.failed())
        return refused(Code::Forbidden, st.error());
    st.reset();
    if (auto r = bumpVersion(caseId); !r)
        return r.error();
    if (auto r = finish(scope, *c, k(ev::kIdentityRevealed), {{QStringLiteral("reason"), why}}); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return storage(r.error().message);
    return p;
}

ActionResult<qint64> CaseWriter::queueReply(const OfficerScope &scope, qint64 caseId, const ReplyRequest &request)
{
    const auto checked = checkedAnswer(request.text);
    if (!checked)
        return checked.error();
    const QString text = *checked;
    Transaction tx(m_db);
    if (!tx.isActive())
        return storage(tx.beginError());
    auto c = load(scope, caseId);
    if (!c)
        return c.error();
    if (!domain::caserules::acceptsActions(c->status))
        return refused(Code::NotAllowed, Tr::tr("Case %1 is closed: reopen it before answering.").arg(c->code));
    if (auto w = windowAllows(*c, request.confirmBilled, false); !w)
        return w.error();
    if (!request.confirmChanged) {
        std::optional<int> seen = request.seenVersion;
        if (!seen) {
            Statement &s = m_st->shown;
            s.bind(1, caseId).bind(2, scope.officer);
            if (s.next())
                seen = int(s.int64(0));
            s.reset();
        }
        if (!seen)
            return refused(Code::ChangedSinceShown,
                           Tr::tr("You have not looked at case %1 yet: look at the conversation first, then answer.").arg(c->code));
        if (*seen != c->version)
            return refused(Code::ChangedSinceShown,
                           Tr::tr("Case %1 changed since you last looked at it (a new message, an answer or another officer's action): "
                                  "look at it again, then confirm your answer.")
                               .arg(c->code));
    }
    if (!request.quoteMessageId.isEmpty()) {
        Statement &m = m_st->messageDirection;
        m.bind(1, request.quoteMessageId).bind(2, caseId);
        const bool incoming = m.next() && m.text(0) == QLatin1String("in");
        m.reset();
        if (!incoming)
            return refused(Code::Invalid,
                           Tr::tr("Message %1 is not one of the citizen's messages in case %2: quote a message of this conversation.")
                               .arg(request.quoteMessageId, c->code));
    }

    auto held = needsApproval(scope, *c);
    if (!held)
        return held.error();
    const qint64 now = m_clock.nowMs();
    Statement &o = m_st->insertOutbox;
    o.bind(1, caseId).bind(2, c->oaId).bind(3, c->userId).bind(4, text).bindOptional(5, request.quoteMessageId).bind(6, scope.officer).bind(7, now);
    o.bind(8, request.confirmBilled).bind(9, outboxState(*held));
    const auto inserted = o.execReturningId();
    if (!inserted)
        return storage(inserted.error().message);
    const qint64 outboxId = *inserted;
    const CaseStatus after = acted(c->status);
    Statement &st = m_st->setStatus;
    st.bind(1, caseId).bind(2, key(after));
    if (auto r = st.exec(); !r)
        return storage(r.error().message);
    Statement &d = m_st->clearDraft;
    d.bind(1, caseId).bind(2, scope.officer);
    if (auto r = d.exec(); !r)
        return storage(r.error().message);
    QJsonObject detail {
        {QStringLiteral("outbox_id"), outboxId},
        {QStringLiteral("text"), text},
    };
    if (!request.quoteMessageId.isEmpty())
        detail.insert(QStringLiteral("quote_message_id"), request.quoteMessageId);
    addStatus(detail, c->status, after);
    if (auto r = finish(scope, *c, k(*held ? ev::kAnswerHeld : ev::kAnswerQueued), detail); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return storage(r.error().message);
    return outboxId;
}

ActionResult<bool> CaseWriter::needsApproval(const OfficerScope &scope, const CaseSummary &c)
{
    // An editor's own answer needs nobody else's approval; in open mode (no officers) everyone
    // may approve, so the policy holds nothing until sign-in is enabled.
    if (scope.may(Permission::ApproveAnswers))
        return false;
    Statement &st = m_st->policyCovers;
    st.bind(1, c.unitId).bind(2, domain::categoryKey(c.category));
    const bool covered = st.next();
    const QString error = st.error();
    st.reset();
    if (!error.isEmpty())
        return storage(error);
    return covered;
}

ActionStatus CaseWriter::bumpVersion(qint64 caseId)
{
    Statement &st = m_st->bump;
    st.bind(1, caseId);
    if (auto r = st.exec(); !r)
        return storage(r.error().message);
    return {};
}

ActionResult<domain::OutboxItem> CaseWriter::answerOf(const CaseSummary &c, qint64 outboxId)
{
    Statement &st = m_st->outboxById;
    st.bind(1, outboxId);
    const bool found = st.next();
    const domain::OutboxItem o = found ? detail::outboxFromRow(st) : domain::OutboxItem();
    const QString error = st.error();
    st.reset();
    if (!error.isEmpty())
        return storage(error);
    if (!found || o.caseId != c.id)
        return refused(Code::NotFound,
                       Tr::tr("Case %1 has no answer %2: see its answers with \"casedesk-cli case show %1\".").arg(c.code).arg(outboxId));
    return o;
}

ActionResult<domain::OutboxItem> CaseWriter::heldAnswer(const CaseSummary &c, qint64 outboxId)
{
    auto o = answerOf(c, outboxId);
    if (o && o->state != QLatin1String(domain::outboxstate::kPendingApproval))
        return refused(Code::NotAllowed,
                       Tr::tr("Answer %1 of case %2 is not waiting for approval (its state is %3).").arg(outboxId).arg(c.code, o->state));
    return o;
}

ActionStatus CaseWriter::approveAnswer(const OfficerScope &scope, qint64 caseId, const ApproveRequest &request)
{
    std::optional<QString> edited;
    if (request.text) {
        const auto checked = checkedAnswer(*request.text);
        if (!checked)
            return checked.error();
        edited = *checked;
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return storage(tx.beginError());
    auto c = load(scope, caseId, Permission::ApproveAnswers);
    if (!c)
        return c.error();
    auto held = heldAnswer(*c, request.outboxId);
    if (!held)
        return held.error();
    if (!domain::caserules::acceptsActions(c->status))
        return refused(Code::NotAllowed, Tr::tr("Case %1 is closed: reopen it before approving its answer.").arg(c->code));
    Statement &b = m_st->billedOk;
    b.bind(1, held->id);
    const bool billedOk = request.confirmBilled || (b.next() && b.int64(0) != 0);
    b.reset();
    if (auto w = windowAllows(*c, billedOk, false); !w)
        return w.error();

    const QString text = edited.value_or(held->text);
    const qint64 now = m_clock.nowMs();
    Statement &st = m_st->approve;
    st.bind(1, held->id).bind(2, text).bind(3, billedOk).bind(4, now);
    if (auto r = st.exec(); !r)
        return storage(r.error().message);
    if (m_db.changes() != 1)
        return refused(Code::NotAllowed, Tr::tr("Answer %1 of case %2 is no longer waiting for approval.").arg(held->id).arg(c->code));
    const CaseStatus after = acted(c->status);
    Statement &s = m_st->setStatus;
    s.bind(1, caseId).bind(2, key(after));
    if (auto r = s.exec(); !r)
        return storage(r.error().message);
    const bool changed = text != held->text;
    QJsonObject detail {
        {QStringLiteral("outbox_id"), held->id},
        {QStringLiteral("answered_by"), held->officer},
        {QStringLiteral("edited"), changed},
    };
    if (changed) {
        detail.insert(QStringLiteral("text_before"), held->text);
        detail.insert(QStringLiteral("text_after"), text);
    } else {
        detail.insert(QStringLiteral("text"), text);
    }
    addStatus(detail, c->status, after);
    if (auto r = finish(scope, *c, k(ev::kAnswerApproved), detail); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return storage(r.error().message);
    return {};
}

ActionStatus CaseWriter::rejectAnswer(const OfficerScope &scope, qint64 caseId, qint64 outboxId, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return refused(Code::Invalid, Tr::tr("Say why the answer goes back: the officer who wrote it reads your reason."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return storage(tx.beginError());
    auto c = load(scope, caseId, Permission::ApproveAnswers);
    if (!c)
        return c.error();
    auto held = heldAnswer(*c, outboxId);
    if (!held)
        return held.error();
    Statement &st = m_st->reject;
    st.bind(1, held->id).bind(2, why).bind(3, m_clock.nowMs());
    if (auto r = st.exec(); !r)
        return storage(r.error().message);
    if (m_db.changes() != 1)
        return refused(Code::NotAllowed, Tr::tr("Answer %1 of case %2 is no longer waiting for approval.").arg(held->id).arg(c->code));
    if (auto r = bumpVersion(caseId); !r)
        return r;
    const QJsonObject detail {
        {QStringLiteral("outbox_id"), held->id},
        {QStringLiteral("answered_by"), held->officer},
        {QStringLiteral("reason"), why},
        {QStringLiteral("text"), held->text},
    };
    if (auto r = finish(scope, *c, k(ev::kAnswerRejected), detail); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return storage(r.error().message);
    return {};
}

ActionResult<domain::OutboxItem> CaseWriter::failedAnswer(const CaseSummary &c, qint64 outboxId)
{
    auto o = answerOf(c, outboxId);
    if (o && o->state != QLatin1String(domain::outboxstate::kFailed))
        return refused(Code::NotAllowed, Tr::tr("Answer %1 of case %2 did not fail to send (its state is %3).").arg(outboxId).arg(c.code, o->state));
    return o;
}

ActionStatus CaseWriter::retryAnswer(const OfficerScope &scope, qint64 caseId, qint64 outboxId, bool confirmBilled)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return storage(tx.beginError());
    auto c = load(scope, caseId);
    if (!c)
        return c.error();
    auto failed = failedAnswer(*c, outboxId);
    if (!failed)
        return failed.error();
    if (!domain::caserules::acceptsActions(c->status))
        return refused(Code::NotAllowed, Tr::tr("Case %1 is closed: reopen it before sending its answer again.").arg(c->code));
    Statement &b = m_st->billedOk;
    b.bind(1, failed->id);
    const bool billedOk = confirmBilled || (b.next() && b.int64(0) != 0);
    b.reset();
    if (auto w = windowAllows(*c, billedOk, false); !w)
        return w.error();
    Statement &st = m_st->retry;
    st.bind(1, failed->id).bind(2, billedOk).bind(3, m_clock.nowMs());
    if (auto r = st.exec(); !r)
        return storage(r.error().message);
    if (m_db.changes() != 1)
        return refused(Code::NotAllowed, Tr::tr("Answer %1 of case %2 is no longer a failed answer.").arg(failed->id).arg(c->code));
    if (auto r = bumpVersion(caseId); !r)
        return r;
    const QJsonObject detail {
        {QStringLiteral("outbox_id"), failed->id},
        {QStringLiteral("error_before"), failed->error},
        {QStringLiteral("text"), failed->text},
    };
    if (auto r = finish(scope, *c, k(ev::kAnswerRetried), detail); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return storage(r.error().message);
    return {};
}

ActionStatus CaseWriter::giveUpAnswer(const OfficerScope &scope, qint64 caseId, const GiveUpRequest &request)
{
    const QString note = request.note.trimmed();
    if (request.closeCase && note.isEmpty())
        return refused(Code::Invalid, Tr::tr("Write how the citizen was reached instead (a phone call, a letter, a visit) before closing."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return storage(tx.beginError());
    auto c = load(scope, caseId);
    if (!c)
        return c.error();
    auto failed = failedAnswer(*c, request.outboxId);
    if (!failed)
        return failed.error();
    if (request.closeCase && !domain::caserules::acceptsActions(c->status))
        return refused(Code::NotAllowed, Tr::tr("Case %1 is already closed.").arg(c->code));
    const qint64 now = m_clock.nowMs();
    Statement &st = m_st->giveUp;
    st.bind(1, failed->id).bind(2, now);
    if (auto r = st.exec(); !r)
        return storage(r.error().message);
    if (m_db.changes() != 1)
        return refused(Code::NotAllowed, Tr::tr("Answer %1 of case %2 is no longer a failed answer.").arg(failed->id).arg(c->code));
    if (request.closeCase) {
        Statement &cl = m_st->close;
        cl.bind(1, caseId).bind(2, now);
        if (auto r = cl.exec(); !r)
            return storage(r.error().message);
    } else {
        if (auto r = bumpVersion(caseId); !r)
            return r;
    }
    QJsonObject detail {
        {QStringLiteral("outbox_id"), failed->id},
        {QStringLiteral("error"), failed->error},
        {QStringLiteral("text"), failed->text},
    };
    if (!note.isEmpty())
        detail.insert(QStringLiteral("note"), note);
    if (request.toEdit)
        detail.insert(QStringLiteral("to_edit"), true);
    if (request.closeCase)
        detail.insert(QStringLiteral("closed"), true);
    if (auto r = finish(scope, *c, k(ev::kAnswerGivenUp), detail); !r)
        return r;
    if (request.closeCase) {
        // The action's second event (finish() already recorded that the officer saw the change).
        QJsonObject closed {{QStringLiteral("reason"), note}};
        addStatus(closed, c->status, CaseStatus::Closed);
        if (auto r = m_st->log.append(caseId, now, scope.officer, k(ev::kClosed), closed); !r)
            return storage(r.error().message);
    }
    if (auto r = tx.commit(); !r)
        return storage(r.error().message);
    return {};
}

} // namespace casedesk::store
