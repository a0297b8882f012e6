#pragma once

#include "core/common/expected.h"

#include <QObject>
#include <QSet>
#include <QString>

class QTimer;

namespace casedesk::store {

class Database;

/// What changed since a reader last looked: ids by kind. @c gap: more changed than the feed
/// still holds (a reader away for long): read everything again.
struct ChangeSet
{
    QSet<qint64> cases;
    QSet<QString> accounts; // oa ids whose account row changed
    QSet<QString> outboxes; // oa ids whose outbox changed
    QSet<QString> units;
    bool gap = false;

    bool isEmpty() const { return !gap && cases.isEmpty() && accounts.isEmpty() && outboxes.isEmpty() && units.isEmpty(); }
};

/// Tells a process what was written to its data folder, by itself or by any other process:
/// every write transaction appends what it changed to the `changes` table (by trigger, in the
/// same transaction), and the feed hands out the rows after the last one it saw. Its own writes
/// reach it at once (check()), other processes' within the polling interval — a cheap read of
/// the latest sequence number. One feed per connection, on that connection's thread.
class ChangeFeed final : public QObject
{
    Q_OBJECT

public:
    /// Starts after the latest change already written: a new reader has seen everything before.
    explicit ChangeFeed(Database &db, int pollMs = 500, QObject *parent = nullptr);
    ~ChangeFeed() override;

    /// The sequence number of the last change handed out.
    qint64 position() const { return m_position; }

    /// Keeps the newest @p keep changes and deletes the rest (readers further behind see a gap).
    static Status prune(Database &db, qint64 keep = 50000);

public Q_SLOTS:
    /// Reads what changed now (after a write of this process, say) and emits changed() if anything did.
    void check();

Q_SIGNALS:
    void changed(const casedesk::store::ChangeSet &changes);

private:
    Database &m_db;
    QTimer *m_timer = nullptr;
    qint64 m_position = 0;
};

} // namespace casedesk::store

Q_DECLARE_METATYPE(casedesk::store::ChangeSet)
