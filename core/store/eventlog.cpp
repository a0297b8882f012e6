#include "eventlog.h"

#include "database.h"
#include "pgschema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace casedesk::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::EventLog)
};

} // namespace

QByteArray EventLog::genesisHash()
{
    return QByteArray(64, '0');
}

QByteArray EventLog::eventHash(const QByteArray &prevHash, qint64 id, qint64 caseId, qint64 at, const QString &officer, const QString &kind,
                               const QByteArray &detail)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const char sep = '\x1f';
    h.addData(prevHash);
    h.addData(QByteArrayView(&sep, 1));
    h.addData(QByteArray::number(id));
    h.addData(QByteArrayView(&sep, 1));
    if (caseId > 0)
        h.addData(QByteArray::number(caseId));
    h.addData(QByteArrayView(&sep, 1));
    h.addData(QByteArray::number(at));
    h.addData(QByteArrayView(&sep, 1));
    h.addData(officer.toUtf8());
    h.addData(QByteArrayView(&sep, 1));
    h.addData(kind.toUtf8());
    h.addData(QByteArrayView(&sep, 1));
    h.addData(detail);
    return h.result().toHex();
}

const QVector<QPair<QString, QByteArray>> &EventLog::guardTriggers(Dialect dialect)
{
    if (dialect == Dialect::Postgres)
        return pg::guardTriggers();
    static const QVector<QPair<QString, QByteArray>> all = {
        {QStringLiteral("case_events_no_update"),
         "CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events "
         "BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END"},
        {QStringLiteral("case_events_no_delete"),
         "CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events "
         "BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END"},
        // BEFORE INSERT runs before a REPLACE removes the row it conflicts with (which, without
        // recursive triggers, would not fire the DELETE trigger): an id already used is refused.
        // An id at or below the head's last event (one already used) is refused with the rest.
        {QStringLiteral("case_events_chained"),
         "CREATE TRIGGER case_events_chained BEFORE INSERT ON case_events "
         "WHEN NOT EXISTS (SELECT 1 FROM audit_chain WHERE id = 1 AND NEW.id > last_event AND NEW.prev_hash = head) "
         "BEGIN SELECT RAISE(ABORT, 'case history is a hash chain: an event must continue its head'); END"},
        {QStringLiteral("case_events_advance_head"),
         "CREATE TRIGGER case_events_advance_head AFTER INSERT ON case_events "
         "BEGIN UPDATE audit_chain SET event_count = event_count + 1, last_event = NEW.id, head = NEW.hash WHERE id = 1; END"},
        {QStringLiteral("audit_chain_follows"),
         "CREATE TRIGGER audit_chain_follows BEFORE UPDATE ON audit_chain "
         "WHEN NEW.event_count <> OLD.event_count + 1 OR NEW.head IS NOT (SELECT hash FROM case_events WHERE id = NEW.last_event) "
         "BEGIN SELECT RAISE(ABORT, 'the head of the case history moves only with a new event'); END"},
        {QStringLiteral("audit_chain_kept"),
         "CREATE TRIGGER audit_chain_kept BEFORE DELETE ON audit_chain "
         "BEGIN SELECT RAISE(ABORT, 'the head of the case history cannot be removed'); END"},
        {QStringLiteral("cases_protect_reporter_insert"),
         "CREATE TRIGGER cases_protect_reporter_insert AFTER INSERT ON cases "
         "WHEN NEW.category = 'crime_report' AND NEW.reporter_protected = 0 "
         "BEGIN UPDATE cases SET reporter_protected = 1 WHERE id = NEW.id; END"},
        {QStringLiteral("cases_protect_reporter"),
         "CREATE TRIGGER cases_protect_reporter AFTER UPDATE OF category ON cases "
         "WHEN NEW.category = 'crime_report' AND NEW.reporter_protected = 0 "
         "BEGIN UPDATE cases SET reporter_protected = 1 WHERE id = NEW.id; END"},
        {QStringLiteral("cases_reporter_stays_protected"),
         "CREATE TRIGGER cases_reporter_stays_protected BEFORE UPDATE OF reporter_protected ON cases "
         "WHEN OLD.reporter_protected <> 0 AND NEW.reporter_protected = 0 "
         "BEGIN SELECT RAISE(ABORT, 'the reporter of a crime stays protected'); END"},
    };
    return all;
}

namespace {

/// Whether the server appends the history itself (database init made casedesk_append_event).
bool serverAppends(Database &db)
{
    if (!db.isShared())
        return false;
    Statement st(db, "SELECT to_regprocedure('casedesk_append_event(bigint,bigint,text,text,text)') IS NOT NULL");
    return st.next() && st.int64(0) != 0;
}

} // namespace

EventLog::EventLog(Database &db)
    : m_throughServer(serverAppends(db))
    // On a server the head's row lock orders the writers of the one chain (SQLite's write
    // transaction already holds the whole file).
    , m_head(db, "SELECT head, last_event FROM audit_chain WHERE id = 1 FOR UPDATE")
    , m_insert(db, "INSERT INTO case_events (id, case_id, at, officer, kind, detail, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
{
    // Not prepared on SQLite, which has no such function (preparing it there logs a warning).
    if (m_throughServer)
        m_append.emplace(db, "SELECT casedesk_append_event(?1, ?2, ?3, ?4, ?5)");
}

Expected<qint64> EventLog::append(qint64 caseId, qint64 at, const QString &officer, const QString &kind, const QJsonObject &detail)
{
    return appendRaw(caseId, at, officer, kind, QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

Expected<qint64> EventLog::appendRaw(qint64 caseId, qint64 at, const QString &officer, const QString &kind, const QByteArray &detail)
{
    if (m_throughServer) {
        // The server checks who appends what, locks the head and makes the hash as eventHash() does.
        if (caseId > 0)
            m_append->bind(1, caseId);
        else
            m_append->bindNull(1);
        m_append->bind(2, at).bind(3, officer).bind(4, kind).bind(5, detail);
        const bool made = m_append->next();
        const qint64 id = made ? m_append->int64(0) : 0;
        const QString error = m_append->error();
        m_append->reset();
        if (!made)
            return Error {error};
        return id;
    }
    if (!m_head.next()) {
        const QString error = m_head.isValid() ? m_head.error() : m_head.prepareError();
        m_head.reset();
        return Error {error.isEmpty() ? Tr::tr("The head of the case history is missing: the database was changed outside CaseDesk.") : error};
    }
    const QByteArray prev = m_head.text(0).toLatin1();
    const qint64 id = m_head.int64(1) + 1;
    m_head.reset();
    const QByteArray hash = eventHash(prev, id, caseId, at, officer, kind, detail);
    m_insert.bind(1, id);
    if (caseId > 0)
        m_insert.bind(2, caseId);
    else
        m_insert.bindNull(2);
    m_insert.bind(3, at).bind(4, officer).bind(5, kind).bind(6, detail).bind(7, prev).bind(8, hash);
    if (auto r = m_insert.exec(); !r)
        return r.error();
    return id;
}

} // namespace casedesk::store
