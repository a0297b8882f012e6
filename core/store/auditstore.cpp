#include "auditstore.h"

#include "database.h"
#include "eventlog.h"
#include "officerstore.h"
#include "statement.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace casedesk::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::AuditStore)
};

} // namespace

std::optional<ChainHead> ChainHead::fromAnchorText(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^([0-9a-fA-F]{64}):([0-9]{1,15})$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    ChainHead h;
    h.hash = m.captured(1).toLower();
    h.eventCount = m.captured(2).toLongLong();
    return h;
}

QString AuditReport::problemKey(Problem p)
{
    switch (p) {
    case Problem::None:
        return QStringLiteral("none");
    case Problem::Changed:
        return QStringLiteral("changed");
    case Problem::Unlinked:
        return QStringLiteral("unlinked");
    case Problem::HeadMismatch:
        return QStringLiteral("head_mismatch");
    case Problem::AnchorMissing:
        return QStringLiteral("anchor_missing");
    }
    return {};
}

AuditStore::AuditStore(Database &db)
    : m_db(db)
{
}

Expected<ChainHead> AuditStore::head()
{
    Statement st(m_db, "SELECT event_count, head FROM audit_chain WHERE id = 1");
    if (!st.next()) {
        if (st.failed() || !st.isValid())
            return Error {Tr::tr("The head of the case history cannot be read: %1").arg(st.isValid() ? st.error() : st.prepareError())};
        return Error {Tr::tr("The head of the case history is missing: the database was changed outside CaseDesk.")};
    }
    ChainHead h;
    h.eventCount = st.int64(0);
    h.hash = st.text(1);
    return h;
}

Expected<AuditReport> AuditStore::verify(const std::optional<ChainHead> &anchor)
{
    // One read transaction: the chain, its head and the anchor are read as of one moment.
    Transaction tx(m_db, false);
    if (!tx.isActive())
        return Error {Tr::tr("The case history cannot be read: %1").arg(tx.beginError())};
    // An officer's login on a server reads only its units' events: the server reads the whole
    // chain for it and hands over each link and the hash of each event's content, not the content.
    auto serverLogin = OfficerStore(m_db).mayWorkWithoutOfficers();
    if (!serverLogin)
        return serverLogin.error();
    const bool throughServer = !*serverLogin;
    Statement st(m_db,
                 throughServer ? "SELECT id, case_id, 0, '', '', '', prev_hash, hash, code, content_hash FROM casedesk_history_links()"
                               : "SELECT e.id, ifnull(e.case_id, 0), e.at, e.officer, e.kind, e.detail, e.prev_hash, e.hash, "
                                 "ifnull(c.code, '') FROM case_events e LEFT JOIN cases c ON c.id = e.case_id ORDER BY e.id");
    if (!st.isValid())
        return Error {Tr::tr("The case history cannot be read: %1").arg(st.prepareError())};
    AuditReport report;
    QByteArray expectedPrev = EventLog::genesisHash();
    qint64 lastId = 0;
    const auto breakAt = [&report](AuditReport::Problem p, qint64 id, qint64 caseId, const QString &code, const QString &message) {
        if (report.problem != AuditReport::Problem::None)
            return;
        report.problem = p;
        report.brokenEventId = id;
        report.brokenCaseId = caseId;
        report.brokenCaseCode = code;
        report.message = message;
    };
    while (st.next()) {
        const qint64 id = st.int64(0);
        const qint64 caseId = st.int64(1);
        const QByteArray prev = st.blob(6);
        const QByteArray stored = st.blob(7);
        const QString code = st.text(8);
        const QString where = code.isEmpty() ? Tr::tr("event %1").arg(id) : Tr::tr("event %1 (case %2)").arg(id).arg(code);
        const QByteArray computed
            = throughServer ? st.blob(9) : EventLog::eventHash(prev, id, caseId, st.int64(2), st.text(3), st.text(4), st.blob(5));
        if (prev != expectedPrev)
            breakAt(AuditReport::Problem::Unlinked, id, caseId, code,
                    Tr::tr("The history is broken at %1: it does not follow the event before it, so an event was removed or inserted "
                           "just before it.")
                        .arg(where));
        else if (computed != stored)
            breakAt(AuditReport::Problem::Changed, id, caseId, code,
                    Tr::tr("The history is broken at %1: its content was changed after it was written (it no longer matches its hash).").arg(where));
        ++report.eventCount;
        if (anchor && report.eventCount == anchor->eventCount) {
            report.anchorChecked = true;
            report.anchorFound = QString::fromLatin1(stored) == anchor->hash;
        }
        // Go on from what is stored: one edit shows once, not as every event after it.
        expectedPrev = stored;
        lastId = id;
    }
    if (st.failed())
        return Error {Tr::tr("The case history cannot be read: %1").arg(st.error())};
    report.headHash = QString::fromLatin1(expectedPrev);

    Statement h(m_db, "SELECT event_count, last_event, head FROM audit_chain WHERE id = 1");
    if (!h.next()) {
        breakAt(AuditReport::Problem::HeadMismatch, 0, 0, {},
                Tr::tr("The head of the history is missing: the database was changed outside CaseDesk."));
    } else if (h.int64(0) != report.eventCount || h.int64(1) != lastId || h.blob(2) != expectedPrev) {
        breakAt(AuditReport::Problem::HeadMismatch, 0, 0, {},
                Tr::tr("The history has %1 events but its head records %2: events were removed from its end, or it was changed outside "
                       "CaseDesk.")
                    .arg(report.eventCount)
                    .arg(h.int64(0)));
    }
    if (anchor) {
        if (!report.anchorChecked) {
            report.anchorChecked = true;
            report.anchorFound = false;
        }
        if (!report.anchorFound)
            breakAt(AuditReport::Problem::AnchorMissing, 0, 0, {},
                    Tr::tr("The anchor %1 is not on the history's chain: event number %2 is missing or has another hash, so the history "
                           "was rewritten after the anchor was taken.")
                        .arg(anchor->anchorText())
                        .arg(anchor->eventCount));
    }
    return report;
}

} // namespace casedesk::store
