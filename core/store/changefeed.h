#pragma once

#include "core/common/expected.h"

#include <QObject>
#include <QSet>
#include <QString>

class QSocketNotifier;
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

/// Tells a process what was written to its database, by itself or by any other process (on a
/// shared database, by any PC): every write transaction appends what it changed to the `changes`
/// table (by trigger, in the same transaction), and the feed hands out the rows after the last
/// one it saw. Its own writes reach it at once (check()); other processes' within the polling
/// interval on a PC's file, and at once on a server, which notifies every listening PC of each
/// commit (LISTEN/NOTIFY; the notification carries nothing, the rows only ids).
///
/// On a server a sequence number can commit after a higher one (two PCs writing at once), so the
/// feed hands out every row it has not handed out yet and waits for a missing number for a while
/// before passing it by (a rolled-back write leaves one for ever).
///
/// It also watches the server: when the connection is lost it says so (serverLost), keeps
/// trying to connect again without blocking, and once back (serverBack) hands out what changed
/// meanwhile. One feed per connection, on that connection's thread.
class ChangeFeed final : public QObject
{
    Q_OBJECT

public:
    /// Starts after the latest change already written: a new reader has seen everything before.
    explicit ChangeFeed(Database &db, int pollMs = 500, QObject *parent = nullptr);
    ~ChangeFeed() override;

    /// The sequence number up to which every change was handed out.
    qint64 position() const { return m_position; }
    /// Since when (UTC ms) the server is away; 0 while connected (always, for a PC's file).
    qint64 serverLostSince() const { return m_lostSince; }
    /// How long a missing sequence number is waited for (ms).
    static constexpr qint64 kHoleWaitMs = 30000;

    /// Keeps the newest @p keep changes and deletes the rest (readers further behind see a gap).
    static Status prune(Database &db, qint64 keep = 50000);

public Q_SLOTS:
    /// Reads what changed now (after a write of this process, say) and emits changed() if anything did.
    void check();

Q_SIGNALS:
    void changed(const casedesk::store::ChangeSet &changes);
    /// The database server stopped answering at @p sinceMs (UTC ms).
    void serverLost(qint64 sinceMs);
    /// The database server answers again; what changed meanwhile follows in changed().
    void serverBack();

private:
    void watchSocket();
    void onNotified();
    void lose();
    void tryAgain();

    Database &m_db;
    QTimer *m_timer = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_retry = nullptr; // steps of connecting again, while the server is away
    qint64 m_position = 0;
    QSet<qint64> m_handedOut; // numbers above m_position handed out already
    qint64 m_holeSince = 0; // when m_position + 1 was first seen missing (ms); 0: no hole
    qint64 m_lostSince = 0;
};

} // namespace casedesk::store

Q_DECLARE_METATYPE(casedesk::store::ChangeSet)
