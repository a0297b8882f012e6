#include "casestore.h"

#include "caserow.h"
#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace casedesk::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::CaseStore)
};

ActionError storageError(const QString &what)
{
    return {ActionError::Code::Storage, Tr::tr("The case store cannot be read: %1").arg(what)};
}

} // namespace

struct CaseStore::Statements
{
    explicit Statements(Database &db)
        : byId(db, "SELECT " CASEDESK_CASE_COLUMNS "WHERE c.id = ?1")
        , byCode(db, "SELECT " CASEDESK_CASE_COLUMNS "WHERE c.code = ?1")
        , byAlias(db, "SELECT a.case_id, c.code FROM case_aliases a JOIN cases c ON c.id = a.case_id WHERE a.code = ?1 ORDER BY c.code")
        , messages(db,
                   "SELECT id, message_id, oa_id, user_id, direction, sent_at, type, text, ifnull(raw, ''), case_id "
                   "FROM messages WHERE case_id = ?1 ORDER BY sent_at, id")
        , events(db, "SELECT id, case_id, at, officer, kind, detail FROM case_events WHERE case_id = ?1 ORDER BY id")
        , outbox(db, "SELECT " CASEDESK_OUTBOX_COLUMNS "WHERE case_id = ?1 ORDER BY id")
        , citizen(db,
                  "SELECT display_name, ifnull(avatar, ''), ifnull(shared_info, ''), is_follower, ifnull(fetched_at, 0) "
                  "FROM citizens WHERE oa_id = ?1 AND user_id = ?2")
        , transferUnits(db,
                        "SELECT json_extract(detail, '$.from'), json_extract(detail, '$.to') FROM case_events "
                        "WHERE case_id = ?1 AND kind IN ('forwarded', 'escalated', 'returned')")
        , version(db, "SELECT version FROM cases WHERE id = ?1")
        , markShown(db,
                    "INSERT INTO case_views (case_id, officer, version, at) VALUES (?1, ?2, ?3, ?4) "
                    "ON CONFLICT (case_id, officer) DO UPDATE SET version = excluded.version, at = excluded.at")
        , shown(db, "SELECT version FROM case_views WHERE case_id = ?1 AND officer = ?2")
        , saveDraft(db,
                    "INSERT INTO drafts (case_id, officer, text, quote_message_id, updated_at) VALUES (?1, ?2, ?3, ?4, ?5) "
                    "ON CONFLICT (case_id, officer) DO UPDATE SET text = excluded.text, "
                    "quote_message_id = excluded.quote_message_id, updated_at = excluded.updated_at")
        , deleteDraft(db, "DELETE FROM drafts WHERE case_id = ?1 AND officer = ?2")
        , draft(db, "SELECT text, ifnull(quote_message_id, ''), updated_at FROM drafts WHERE case_id = ?1 AND officer = ?2")
    {
    }

    Statement byId;
    Statement byCode;
    Statement byAlias;
    Statement messages;
    Statement events;
    Statement outbox;
    Statement citizen;
    Statement transferUnits;
    Statement version;
    Statement markShown;
    Statement shown;
    Statement saveDraft;
    Statement deleteDraft;
    Statement draft;
};

CaseStore::CaseStore(Database &db)
    : m_db(db)
    , m_st(std::make_unique<Statements>(db))
{
}

CaseStore::~CaseStore() = default;

bool CaseStore::readable(const domain::OfficerScope &scope, const domain::CaseSummary &c)
{
    if (!scope.may(domain::Permission::ReadCases))
        return false;
    if (scope.everyUnit || scope.allows(c.unitId) || scope.allows(c.originUnit) || (!c.transferFrom.isEmpty() && scope.allows(c.transferFrom)))
        return true;
    // A unit that forwarded or escalated the case keeps read access and sees the outcome.
    Statement &st = m_st->transferUnits;
    st.bind(1, c.id);
    bool allowed = false;
    while (!allowed && st.next())
        allowed = scope.allows(st.text(0)) || scope.allows(st.text(1));
    st.reset();
    return allowed;
}

ActionResult<domain::CaseSummary> CaseStore::summary(const domain::OfficerScope &scope, qint64 caseId)
{
    Statement &st = m_st->byId;
    st.bind(1, caseId);
    const bool found = st.next();
    if (!found && st.failed()) {
        const QString error = st.error();
        st.reset();
        return storageError(error);
    }
    const domain::CaseSummary c = found ? detail::caseFromRow(st) : domain::CaseSummary();
    st.reset();
    if (!found)
        return ActionError {ActionError::Code::NotFound, Tr::tr("There is no case %1.").arg(caseId)};
    if (!readable(scope, c))
        return ActionError {ActionError::Code::OutOfScope, Tr::tr("Case %1 belongs to a unit outside your units.").arg(c.code)};
    return c;
}

ActionResult<domain::CaseSummary> CaseStore::find(const domain::OfficerScope &scope, const QString &idOrCode)
{
    const QString key = idOrCode.trimmed();
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (isNumber && id > 0)
        return summary(scope, id);
    Statement &st = m_st->byCode;
    st.bind(1, key.toUpper());
    const bool found = st.next();
    const domain::CaseSummary c = found ? detail::caseFromRow(st) : domain::CaseSummary();
    st.reset();
    if (!found)
        return findByAlias(scope, key);
    if (!readable(scope, c))
        return ActionError {ActionError::Code::OutOfScope, Tr::tr("Case %1 belongs to a unit outside your units.").arg(c.code)};
    return c;
}

ActionResult<domain::CaseSummary> CaseStore::findByAlias(const domain::OfficerScope &scope, const QString &key)
{
    // A case of a data folder moved into a shared database keeps its old code as an alias; the
    // same old code in two folders names two cases, and the new codes tell them apart.
    Statement &st = m_st->byAlias;
    st.bind(1, key.toUpper());
    QVector<qint64> ids;
    QStringList codes;
    while (st.next()) {
        ids << st.int64(0);
        codes << st.text(1);
    }
    const QString error = st.error();
    st.reset();
    if (!error.isEmpty())
        return storageError(error);
    if (ids.size() > 1)
        return ActionError {ActionError::Code::Invalid,
                            Tr::tr("The old code %1 belongs to %n case(s) of data folders moved into this database: %2. "
                                   "Give the new code.",
                                   nullptr, int(ids.size()))
                                .arg(key, codes.join(QStringLiteral(", ")))};
    if (ids.isEmpty())
        return ActionError {ActionError::Code::NotFound, Tr::tr("There is no case \"%1\": give a case id or a code like TV-2026-000123.").arg(key)};
    return summary(scope, ids.constFirst());
}

ActionResult<domain::CaseDetail> CaseStore::detail(const domain::OfficerScope &scope, qint64 caseId)
{
    auto c = summary(scope, caseId);
    if (!c)
        return c.error();
    domain::CaseDetail d;
    d.summary = *c;

    Statement &m = m_st->messages;
    m.bind(1, caseId);
    while (m.next()) {
        domain::MessageRecord r;
        r.id = m.int64(0);
        r.messageId = m.text(1);
        r.oaId = m.text(2);
        r.userId = m.text(3);
        r.incoming = m.text(4) == QLatin1String("in");
        r.sentAt = m.int64(5);
        r.type = m.text(6);
        r.text = m.text(7);
        r.raw = m.text(8).toUtf8();
        r.caseId = m.int64(9);
        d.messages.push_back(r);
    }
    const QString messagesError = m.error();
    m.reset();

    Statement &e = m_st->events;
    e.bind(1, caseId);
    while (e.next()) {
        domain::CaseEvent ev;
        ev.id = e.int64(0);
        ev.caseId = e.int64(1);
        ev.at = e.int64(2);
        ev.officer = e.text(3);
        ev.kind = e.text(4);
        ev.detail = QJsonDocument::fromJson(e.text(5).toUtf8()).object();
        d.events.push_back(ev);
    }
    const QString eventsError = e.error();
    e.reset();

    Statement &o = m_st->outbox;
    o.bind(1, caseId);
    while (o.next())
        d.outbox.push_back(detail::outboxFromRow(o));
    const QString outboxError = o.error();
    o.reset();

    for (const QString &error : {messagesError, eventsError, outboxError}) {
        if (!error.isEmpty())
            return storageError(error);
    }
    return d;
}

Expected<StoreTotals> CaseStore::totals()
{
    Statement st(m_db,
                 "SELECT (SELECT count(*) FROM messages), (SELECT count(*) FROM cases), "
                 "(SELECT count(*) FROM cases WHERE is_open = 1), (SELECT count(*) FROM cases WHERE is_open = 1 AND queue_urgent = 1)");
    if (!st.next())
        return Error {st.error()};
    return StoreTotals {st.int64(0), st.int64(1), st.int64(2), st.int64(3)};
}

ActionResult<int> CaseStore::version(const domain::OfficerScope &scope, qint64 caseId)
{
    if (!scope.everyUnit) {
        auto c = summary(scope, caseId);
        if (!c)
            return c.error();
        return c->version;
    }
    Statement &st = m_st->version;
    st.bind(1, caseId);
    const bool found = st.next();
    const int v = found ? int(st.int64(0)) : 0;
    st.reset();
    if (!found)
        return ActionError {ActionError::Code::NotFound, Tr::tr("There is no case %1.").arg(caseId)};
    return v;
}

ActionStatus CaseStore::markShown(const domain::OfficerScope &scope, qint64 caseId, int version, qint64 nowMs)
{
    if (auto c = summary(scope, caseId); !c)
        return c.error();
    Statement &st = m_st->markShown;
    st.bind(1, caseId).bind(2, scope.officer).bind(3, qint64(version)).bind(4, nowMs);
    if (auto r = st.exec(); !r)
        return storageError(r.error().message);
    return {};
}

std::optional<int> CaseStore::shownVersion(const QString &officer, qint64 caseId)
{
    Statement &st = m_st->shown;
    st.bind(1, caseId).bind(2, officer);
    std::optional<int> v;
    if (st.next())
        v = int(st.int64(0));
    st.reset();
    return v;
}

ActionStatus CaseStore::saveDraft(const domain::OfficerScope &scope, qint64 caseId, const Draft &draft)
{
    if (auto c = summary(scope, caseId); !c)
        return c.error();
    if (draft.text.isEmpty()) {
        m_st->deleteDraft.bind(1, caseId).bind(2, scope.officer);
        if (auto r = m_st->deleteDraft.exec(); !r)
            return storageError(r.error().message);
        return {};
    }
    Statement &st = m_st->saveDraft;
    st.bind(1, caseId).bind(2, scope.officer).bind(3, draft.text).bindOptional(4, draft.quoteMessageId).bind(5, draft.updatedAt);
    if (auto r = st.exec(); !r)
        return storageError(r.error().message);
    return {};
}

std::optional<Draft> CaseStore::draft(const domain::OfficerScope &scope, qint64 caseId)
{
    Statement &st = m_st->draft;
    st.bind(1, caseId).bind(2, scope.officer);
    std::optional<Draft> d;
    if (st.next())
        d = Draft {st.text(0), st.text(1), st.int64(2)};
    st.reset();
    return d;
}

} // namespace casedesk::store
