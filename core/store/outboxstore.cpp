#include "outboxstore.h"

#include "caserow.h"
#include "database.h"
#include "eventlog.h"
#include "leasestore.h"
#include "statement.h"

#include "core/common/clock.h"
#include "core/domain/caseevent.h"
#include "core/domain/caserules.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk::store {

namespace ev = domain::events;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::OutboxStore)
};

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

struct OutboxStore::Statements
{
    explicit Statements(Database &db)
        : nextQueued(db, "SELECT " CASEDESK_OUTBOX_COLUMNS "WHERE state = 'queued' AND (?1 = '' OR oa_id = ?1) ORDER BY id LIMIT 1")
        , byId(db, "SELECT " CASEDESK_OUTBOX_COLUMNS "WHERE id = ?1")
        , inState(db, "SELECT " CASEDESK_OUTBOX_COLUMNS "WHERE state = ?1 AND (?2 = '' OR oa_id = ?2) ORDER BY id")
        , billedOk(db, "SELECT billed_ok FROM outbox WHERE id = ?1")
        , claim(db, "UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ?2 WHERE id = ?1 AND state = 'queued'")
        , caseState(db, "SELECT status, ifnull(last_citizen_at, 0) FROM cases WHERE id = ?1")
        , setSent(db,
                  "UPDATE outbox SET state = 'sent', message_id = ?2, error = NULL, zalo_code = NULL, updated_at = ?3 "
                  "WHERE id = ?1 AND state IN ('sending', 'uncertain', 'failed')")
        , answerCase(db,
                     "UPDATE cases SET first_response_at = ifnull(first_response_at, ?2), "
                     "last_message_at = greatest(ifnull(last_message_at, 0), ?2), "
                     "status = ?3, version = version + 1 WHERE id = ?1")
        , setState(db,
                   "UPDATE outbox SET state = ?2, error = ?3, zalo_code = ?4, updated_at = ?5 WHERE id = ?1 "
                   "AND state IN ('queued', 'sending', 'uncertain')")
        , requeue(db,
                  "UPDATE outbox SET state = 'queued', error = NULL, zalo_code = NULL, updated_at = ?2 "
                  "WHERE id = ?1 AND state IN ('sending', 'failed', 'uncertain')")
        , bump(db, "UPDATE cases SET version = version + 1 WHERE id = ?1")
        , log(db)
        , counts(db, "SELECT state, count(*) FROM outbox WHERE purpose = 'answer' GROUP BY state")
        , queuedFor(db, "SELECT 1 FROM outbox WHERE state = 'queued' AND oa_id = ?1 LIMIT 1")
    {
    }

    Statement nextQueued;
    Statement byId;
    Statement inState;
    Statement billedOk;
    Statement claim;
    Statement caseState;
    Statement setSent;
    Statement answerCase;
    Statement setState;
    Statement requeue;
    Statement bump;
    EventLog log;
    Statement counts;
    Statement queuedFor;
};

OutboxStore::OutboxStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_st(std::make_unique<Statements>(db))
{
}

OutboxStore::~OutboxStore() = default;

Expected<domain::OutboxItem> OutboxStore::item(qint64 outboxId)
{
    Statement &st = m_st->byId;
    st.bind(1, outboxId);
    const bool found = st.next();
    const domain::OutboxItem o = found ? detail::outboxFromRow(st) : domain::OutboxItem();
    const QString error = st.error();
    st.reset();
    if (!error.isEmpty())
        return Error {error};
    if (!found)
        return Error {Tr::tr("There is no answer %1 in the outbox.").arg(outboxId)};
    return o;
}

Expected<std::optional<domain::OutboxItem>> OutboxStore::claimNext(const QString &oaId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {Tr::tr("The database is busy: %1").arg(tx.beginError())};
    if (m_fence) {
        if (auto r = m_fence->check(m_db); !r)
            return r.error();
    }
    Statements &s = *m_st;
    const qint64 now = m_clock.nowMs();
    for (;;) {
        s.nextQueued.bind(1, oaId.isNull() ? QString(QLatin1String("")) : oaId);
        const bool found = s.nextQueued.next();
        domain::OutboxItem o = found ? detail::outboxFromRow(s.nextQueued) : domain::OutboxItem();
        const QString error = s.nextQueued.error();
        s.nextQueued.reset();
        if (!error.isEmpty())
            return Error {error};
        if (!found) {
            if (auto r = tx.commit(); !r)
                return r.error();
            return std::optional<domain::OutboxItem>();
        }

        s.caseState.bind(1, o.caseId);
        const qint64 lastCitizenAt = s.caseState.next() ? s.caseState.int64(1) : 0;
        s.caseState.reset();
        const domain::ReplyWindowState window = domain::replyWindowAt(lastCitizenAt, now).state;
        s.billedOk.bind(1, o.id);
        const bool billedOk = s.billedOk.next() && s.billedOk.int64(0) != 0;
        s.billedOk.reset();
        const bool billedUnconfirmed = window == domain::ReplyWindowState::Billed && !billedOk;
        // The satisfaction question goes only while answers are free, never billed.
        const bool questionLate = o.satisfaction && window != domain::ReplyWindowState::Free;
        if (window == domain::ReplyWindowState::Closed || billedUnconfirmed || questionLate) {
            // Zalo would refuse it (-230), or bill the province for an answer nobody agreed to pay:
            // say so now instead of sending.
            const QString why = questionLate ? Tr::tr("Not sent: Zalo's free 48 hours passed before the satisfaction question could go out.")
                : billedUnconfirmed
                ? Tr::tr("Not sent: the answer waited until Zalo's free 48 hours had passed, and nobody agreed to a billed answer. "
                         "Send it again and confirm the billed answer.")
                : Tr::tr("Not sent: Zalo's 7-day reply window closed before the answer could go out.");
            s.setState.bind(1, o.id).bind(2, QStringLiteral("failed")).bind(3, why).bindNull(4).bind(5, now);
            if (auto r = s.setState.exec(); !r)
                return r.error();
            s.bump.bind(1, o.caseId);
            if (auto r = s.bump.exec(); !r)
                return r.error();
            if (auto r = s.log.appendRaw(o.caseId, now, QString::fromLatin1(ev::kSystemOfficer),
                                         QString::fromLatin1(o.satisfaction ? ev::kSatisfactionFailed : ev::kAnswerFailed),
                                         json({{QStringLiteral("outbox_id"), o.id}, {QStringLiteral("error"), why}}));
                !r)
                return r.error();
            continue;
        }

        s.claim.bind(1, o.id).bind(2, now);
        if (auto r = s.claim.exec(); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        o.state = QStringLiteral("sending");
        o.attempts += 1;
        o.updatedAt = now;
        return std::optional<domain::OutboxItem>(o);
    }
}

Status OutboxStore::markSent(qint64 outboxId, const QString &messageId, qint64 sentAtMs)
{
    if (messageId.trimmed().isEmpty())
        return Error {Tr::tr("Answer %1 cannot be marked sent without Zalo's message id.").arg(outboxId)};
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {Tr::tr("The database is busy: %1").arg(tx.beginError())};
    if (m_fence) {
        if (auto r = m_fence->check(m_db); !r)
            return r.error();
    }
    auto o = item(outboxId);
    if (!o)
        return o.error();
    if (o->state == QLatin1String("sent")) {
        if (o->messageId == messageId)
            return {};
        return Error {Tr::tr("Answer %1 was already sent as message %2, not %3.").arg(outboxId).arg(o->messageId, messageId)};
    }
    Statements &s = *m_st;
    const qint64 now = m_clock.nowMs();
    const qint64 at = sentAtMs > 0 ? sentAtMs : now;
    s.setSent.bind(1, outboxId).bind(2, messageId).bind(3, now);
    if (auto r = s.setSent.exec(); !r)
        return r.error();
    if (m_db.changes() != 1)
        return Error {Tr::tr("Answer %1 is %2: only an answer being sent can be marked sent.").arg(outboxId).arg(o->state)};

    if (o->satisfaction) {
        // The question is no answer: the case's status and first response stay as they are.
        Statement sent(m_db, "UPDATE cases SET satisfaction_sent_at = ?2, version = version + 1 WHERE id = ?1");
        if (auto r = sent.bind(1, o->caseId).bind(2, at).exec(); !r)
            return r.error();
        const QJsonObject detail {
            {QStringLiteral("outbox_id"), outboxId},
            {QStringLiteral("message_id"), messageId},
        };
        if (auto r
            = s.log.appendRaw(o->caseId, at, QString::fromLatin1(ev::kSystemOfficer), QString::fromLatin1(ev::kSatisfactionSent), json(detail));
            !r)
            return r.error();
        return tx.commit();
    }
    s.caseState.bind(1, o->caseId);
    const QString before = s.caseState.next() ? s.caseState.text(0) : QString();
    s.caseState.reset();
    const auto status = domain::caseStatusFromKey(before);
    const QString after = status ? domain::caseStatusKey(domain::caserules::afterAnswer(*status)) : before;
    s.answerCase.bind(1, o->caseId).bind(2, at).bind(3, after);
    if (auto r = s.answerCase.exec(); !r)
        return r.error();
    QJsonObject detail {
        {QStringLiteral("outbox_id"), outboxId},
        {QStringLiteral("message_id"), messageId},
    };
    if (after != before) {
        detail.insert(QStringLiteral("status_before"), before);
        detail.insert(QStringLiteral("status_after"), after);
    }
    if (auto r = s.log.appendRaw(o->caseId, at, QString::fromLatin1(ev::kSystemOfficer), QString::fromLatin1(ev::kAnswerSent), json(detail)); !r)
        return r.error();
    return tx.commit();
}

Status OutboxStore::setFinalState(qint64 outboxId, const QString &state, const QString &error, int zaloCode, const char *eventKind)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {Tr::tr("The database is busy: %1").arg(tx.beginError())};
    if (m_fence) {
        if (auto r = m_fence->check(m_db); !r)
            return r.error();
    }
    auto o = item(outboxId);
    if (!o)
        return o.error();
    Statements &s = *m_st;
    const qint64 now = m_clock.nowMs();
    s.setState.bind(1, outboxId).bind(2, state).bind(3, error);
    if (zaloCode != 0)
        s.setState.bind(4, qint64(zaloCode));
    else
        s.setState.bindNull(4);
    s.setState.bind(5, now);
    if (auto r = s.setState.exec(); !r)
        return r.error();
    if (m_db.changes() != 1)
        return Error {Tr::tr("Answer %1 is %2 and cannot become %3.").arg(outboxId).arg(o->state, state)};
    s.bump.bind(1, o->caseId);
    if (auto r = s.bump.exec(); !r)
        return r.error();
    QJsonObject detail {
        {QStringLiteral("outbox_id"), outboxId},
        {QStringLiteral("error"), error},
    };
    if (zaloCode != 0)
        detail.insert(QStringLiteral("zalo_code"), zaloCode);
    // A satisfaction question that failed, or may have, is never retried: its own event says so.
    if (o->satisfaction) {
        eventKind = ev::kSatisfactionFailed;
        detail.insert(QStringLiteral("state"), state);
    }
    if (auto r = s.log.appendRaw(o->caseId, now, QString::fromLatin1(ev::kSystemOfficer), QString::fromLatin1(eventKind), json(detail)); !r)
        return r.error();
    return tx.commit();
}

Status OutboxStore::markFailed(qint64 outboxId, const QString &error, int zaloCode)
{
    return setFinalState(outboxId, QStringLiteral("failed"), error, zaloCode, ev::kAnswerFailed);
}

Status OutboxStore::markUncertain(qint64 outboxId, const QString &error)
{
    return setFinalState(outboxId, QStringLiteral("uncertain"), error, 0, ev::kAnswerUncertain);
}

Status OutboxStore::requeue(qint64 outboxId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {Tr::tr("The database is busy: %1").arg(tx.beginError())};
    if (m_fence) {
        if (auto r = m_fence->check(m_db); !r)
            return r.error();
    }
    auto o = item(outboxId);
    if (!o)
        return o.error();
    m_st->requeue.bind(1, outboxId).bind(2, m_clock.nowMs());
    if (auto r = m_st->requeue.exec(); !r)
        return r.error();
    if (m_db.changes() != 1)
        return Error {Tr::tr("Answer %1 is %2 and cannot be queued again.").arg(outboxId).arg(o->state)};
    m_st->bump.bind(1, o->caseId);
    if (auto r = m_st->bump.exec(); !r)
        return r.error();
    return tx.commit();
}

namespace {

Expected<QVector<domain::OutboxItem>> rowsInState(Statement &st, const QString &state, const QString &oaId)
{
    st.bind(1, state).bind(2, oaId.isNull() ? QString(QLatin1String("")) : oaId);
    QVector<domain::OutboxItem> rows;
    while (st.next())
        rows.push_back(detail::outboxFromRow(st));
    const QString error = st.error();
    st.reset();
    if (!error.isEmpty())
        return Error {error};
    return rows;
}

} // namespace

Expected<QVector<domain::OutboxItem>> OutboxStore::leftSending(const QString &oaId)
{
    return rowsInState(m_st->inState, QStringLiteral("sending"), oaId);
}

Expected<QVector<domain::OutboxItem>> OutboxStore::uncertain(const QString &oaId)
{
    return rowsInState(m_st->inState, QStringLiteral("uncertain"), oaId);
}

bool OutboxStore::holdsMessage(const QString &messageId)
{
    Statement st(m_db, "SELECT 1 FROM outbox WHERE message_id = ?1");
    st.bind(1, messageId);
    return st.next();
}

Expected<bool> OutboxStore::hasQueued(const QString &oaId)
{
    Statement &st = m_st->queuedFor;
    st.bind(1, oaId);
    const bool found = st.next();
    const QString error = st.error();
    st.reset();
    if (!error.isEmpty())
        return Error {error};
    return found;
}

Expected<OutboxCounts> OutboxStore::counts()
{
    OutboxCounts c;
    Statement &st = m_st->counts;
    while (st.next()) {
        const QString state = st.text(0);
        const int n = int(st.int64(1));
        if (state == QLatin1String("queued"))
            c.queued = n;
        else if (state == QLatin1String("sending"))
            c.sending = n;
        else if (state == QLatin1String("sent"))
            c.sent = n;
        else if (state == QLatin1String("failed"))
            c.failed = n;
        else if (state == QLatin1String("uncertain"))
            c.uncertain = n;
        else if (state == QLatin1String(domain::outboxstate::kPendingApproval))
            c.pendingApproval = n;
    }
    const QString error = st.error();
    st.reset();
    if (!error.isEmpty())
        return Error {error};
    return c;
}

} // namespace casedesk::store
