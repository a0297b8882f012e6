#include "changefeed.h"

#include "database.h"
#include "statement.h"

#include "core/common/logging.h"

#include <QDateTime>
#include <QSocketNotifier>
#include <QTimer>

namespace casedesk::store {

namespace {

qint64 latest(Database &db)
{
    Statement st(db, "SELECT ifnull(max(seq), 0) FROM changes");
    return st.next() ? st.int64(0) : -1;
}

} // namespace

namespace {
constexpr char kChannel[] = "casedesk_changes";
} // namespace

ChangeFeed::ChangeFeed(Database &db, int pollMs, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_position(std::max<qint64>(latest(db), 0))
{
    m_timer = new QTimer(this);
    m_timer->setInterval(pollMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeFeed::check);
    m_timer->start();
    if (m_db.isShared()) {
        if (auto r = m_db.listen(kChannel); !r)
            qCWarning(lcStore) << "the change feed cannot listen to the server:" << r.error().message;
        watchSocket();
    }
}

ChangeFeed::~ChangeFeed() = default;

void ChangeFeed::watchSocket()
{
    delete m_notifier;
    m_notifier = nullptr;
    const int fd = m_db.notificationSocket();
    if (fd < 0)
        return;
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ChangeFeed::onNotified);
}

void ChangeFeed::onNotified()
{
    const int notifications = m_db.takeNotifications();
    if (!m_db.isUsable()) {
        lose();
        return;
    }
    if (notifications > 0)
        check();
}

void ChangeFeed::lose()
{
    if (m_lostSince > 0)
        return;
    m_lostSince = QDateTime::currentMSecsSinceEpoch();
    delete m_notifier; // its socket is gone
    m_notifier = nullptr;
    // Connecting again goes step by step (the server's answers in between), a step a tick.
    if (!m_retry) {
        m_retry = new QTimer(this);
        m_retry->setInterval(100);
        connect(m_retry, &QTimer::timeout, this, &ChangeFeed::tryAgain);
    }
    m_retry->start();
    qCWarning(lcStore) << "the database server went away";
    Q_EMIT serverLost(m_lostSince);
}

void ChangeFeed::tryAgain()
{
    if (!m_db.reconnectStep())
        return;
    m_lostSince = 0;
    if (m_retry)
        m_retry->stop();
    watchSocket();
    Q_EMIT serverBack();
    check(); // what changed meanwhile
}

void ChangeFeed::check()
{
    if (m_lostSince > 0)
        return; // the retry timer connects again
    const qint64 last = latest(m_db);
    if (last < 0) {
        if (!m_db.isUsable())
            lose();
        return;
    }
    if (last <= m_position && m_handedOut.isEmpty())
        return;
    ChangeSet set;
    Statement first(m_db, "SELECT ifnull(min(seq), 0) FROM changes");
    if (first.next() && first.int64(0) > m_position + 1 && m_handedOut.isEmpty() && m_holeSince == 0)
        set.gap = true; // pruned past what this reader saw
    Statement st(m_db, "SELECT seq, kind, ref FROM changes WHERE seq > ?1 AND seq <= ?2 ORDER BY seq");
    st.bind(1, m_position).bind(2, last);
    QSet<qint64> seen;
    bool any = set.gap;
    while (st.next()) {
        const qint64 seq = st.int64(0);
        seen.insert(seq);
        if (m_handedOut.contains(seq))
            continue;
        m_handedOut.insert(seq);
        any = true;
        const QString kind = st.text(1);
        const QString ref = st.text(2);
        if (kind == QLatin1String("case"))
            set.cases.insert(ref.toLongLong());
        else if (kind == QLatin1String("account"))
            set.accounts.insert(ref);
        else if (kind == QLatin1String("outbox"))
            set.outboxes.insert(ref);
        else if (kind == QLatin1String("unit"))
            set.units.insert(ref);
    }
    if (st.failed()) {
        if (!m_db.isUsable())
            lose();
        else
            qCWarning(lcStore) << "the change feed cannot be read:" << st.error();
        return; // tried again at the next check
    }
    // The position moves over every number handed out; a missing one (a write still committing
    // elsewhere, or one rolled back) is waited for, then passed by.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (;;) {
        while (m_handedOut.remove(m_position + 1))
            ++m_position;
        if (m_handedOut.isEmpty()) {
            m_holeSince = 0;
            break;
        }
        if (m_holeSince == 0)
            m_holeSince = now;
        if (now - m_holeSince < kHoleWaitMs)
            break;
        ++m_position; // waited long enough: it will never come
        m_holeSince = 0;
    }
    if (any)
        Q_EMIT changed(set);
}

Status ChangeFeed::prune(Database &db, qint64 keep)
{
    Statement st(db, "DELETE FROM changes WHERE seq <= (SELECT max(seq) FROM changes) - ?1");
    st.bind(1, keep);
    return st.exec();
}

} // namespace casedesk::store
