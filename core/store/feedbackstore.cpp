#include "feedbackstore.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>

namespace casedesk::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::FeedbackStore)
};

} // namespace

FeedbackStore::FeedbackStore(Database &db)
    : m_db(db)
{
}

Expected<qint64> FeedbackStore::add(const QString &text, const QString &category, qint64 atMs, const QString &officer)
{
    Statement st(m_db, "INSERT INTO classifier_feedback (text, category, at, officer) VALUES (?1, ?2, ?3, ?4) RETURNING id");
    if (!st.isValid())
        return Error {Tr::tr("Cannot record the category correction: %1").arg(st.prepareError())};
    st.bind(1, text).bind(2, category).bind(3, atMs).bind(4, officer);
    const auto id = st.execReturningId();
    if (!id)
        return Error {Tr::tr("Cannot record the category correction: %1").arg(id.error().message)};
    return *id;
}

Expected<QVector<FeedbackRow>> FeedbackStore::all() const
{
    Statement st(m_db, "SELECT id, text, category, at, officer FROM classifier_feedback ORDER BY id");
    if (!st.isValid())
        return Error {Tr::tr("Cannot read the category corrections: %1").arg(st.prepareError())};
    QVector<FeedbackRow> rows;
    while (st.next())
        rows.push_back(FeedbackRow {st.int64(0), st.text(1), st.text(2), st.int64(3), st.text(4)});
    if (st.failed())
        return Error {Tr::tr("Cannot read the category corrections: %1").arg(st.error())};
    return rows;
}

Expected<QVector<FeedbackStore::Forward>> FeedbackStore::forwards() const
{
    Statement st(m_db,
                 "SELECT c.preview, json_extract(e.detail, '$.to') FROM case_events e JOIN cases c ON c.id = e.case_id "
                 "WHERE e.kind = 'forwarded' ORDER BY e.id");
    QVector<Forward> rows;
    while (st.next()) {
        if (!st.isNull(1))
            rows.push_back(Forward {st.text(0), st.text(1)});
    }
    if (st.failed())
        return Error {Tr::tr("Cannot read the forwards: %1").arg(st.error())};
    return rows;
}

int FeedbackStore::count() const
{
    Statement st(m_db, "SELECT count(*) FROM classifier_feedback");
    return st.next() ? int(st.int64(0)) : 0;
}

} // namespace casedesk::store
