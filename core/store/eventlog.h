#pragma once

#include "connection.h"
#include "statement.h"

#include "core/common/expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace casedesk::store {

class Database;

/// Appends events to the case history, the one way an event is written. The history is one hash
/// chain per database: each event stores the SHA-256 of the event before it (prev_hash) and of
/// its own content and that link (hash); the chain's head (audit_chain: event count, last id,
/// head hash) moves in the same transaction, by trigger. Triggers refuse an event that does not
/// continue the head, and any UPDATE, DELETE or REPLACE of an event.
///
/// What it protects against: a colleague or another OS user editing the file with sqlite3, an
/// accidental edit — any change to, removal of or insertion into the history breaks the chain at
/// that event (`casedesk-cli audit verify`). What it cannot: whoever owns the file recomputing
/// the whole chain after an edit; only an anchor (head hash and count) kept elsewhere, such as a
/// printed daily summary, detects that.
class EventLog final
{
public:
    /// The hash of the first event's predecessor: 64 zeros.
    static QByteArray genesisHash();
    /// The hex SHA-256 of an event's content and of @p prevHash: the fields, each followed by a
    /// unit separator (0x1f), in this order: prev_hash, id, case_id ("" when none), at, officer,
    /// kind, detail (the stored JSON text).
    static QByteArray eventHash(const QByteArray &prevHash, qint64 id, qint64 caseId, qint64 at, const QString &officer, const QString &kind,
                                const QByteArray &detail);

    /// The triggers that guard the history and the reporter's protection, by name, with the SQL
    /// that creates each. The migration creates them; Database::open puts back any that is missing.
    static const QVector<QPair<QString, QByteArray>> &guardTriggers(Dialect dialect);

    explicit EventLog(Database &db);

    /// Appends one event inside the caller's write transaction. @p caseId 0: an event of the
    /// database itself (no case). Returns the event's id.
    Expected<qint64> append(qint64 caseId, qint64 at, const QString &officer, const QString &kind, const QJsonObject &detail);
    Expected<qint64> appendRaw(qint64 caseId, qint64 at, const QString &officer, const QString &kind, const QByteArray &detail);

private:
    bool m_throughServer = false; // a server's casedesk_append_event makes the event
    Statement m_head;
    Statement m_insert;
    std::optional<Statement> m_append; // prepared only where the server appends
};

} // namespace casedesk::store
