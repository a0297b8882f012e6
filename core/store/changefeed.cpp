#include "changefeed.h"

#include "database.h"
#include "statement.h"

#include "core/common/logging.h"

#include <QTimer>

namespace casedesk::store {

namespace {

qint64 latest(Database &db)
{
    Statement st(db, "SELECT ifnull(max(seq), 0) FROM changes");
    return st.next() ? st.int64(0) : -1;
}

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
}

ChangeFeed::~ChangeFeed() = default;

void ChangeFeed::check()
{
    const qint64 last = latest(m_db);
    if (last <= m_position)
        return;
    ChangeSet set;
    Statement first(m_db, "SELECT ifnull(min(seq), 0) FROM changes");
    if (first.next() && first.int64(0) > m_position + 1)
        set.gap = true; // pruned past what this reader saw
    Statement st(m_db, "SELECT seq, kind, ref FROM changes WHERE seq > ?1 AND seq <= ?2 ORDER BY seq");
    st.bind(1, m_position).bind(2, last);
    while (st.next()) {
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
        qCWarning(lcStore) << "the change feed cannot be read:" << st.error();
        return; // tried again at the next check
    }
    m_position = last;
    Q_EMIT changed(set);
}

Status ChangeFeed::prune(Database &db, qint64 keep)
{
    Statement st(db, "DELETE FROM changes WHERE seq <= (SELECT max(seq) FROM changes) - ?1");
    st.bind(1, keep);
    return st.exec();
}

} // namespace casedesk::store
