#include "approvalpolicystore.h"

#include "database.h"
#include "eventlog.h"
#include "statement.h"

#include "core/domain/caseevent.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace casedesk::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::ApprovalPolicyStore)
};

} // namespace

ApprovalPolicyStore::ApprovalPolicyStore(Database &db)
    : m_db(db)
{
}

Expected<QVector<ApprovalRule>> ApprovalPolicyStore::list()
{
    Statement st(m_db, "SELECT category, level, set_at, set_by FROM approval_policies ORDER BY category, level");
    QVector<ApprovalRule> rules;
    while (st.next()) {
        const auto category = domain::categoryFromKey(st.text(0));
        const auto level = domain::unitLevelFromKey(st.text(1));
        if (!category || !level)
            continue; // a word a newer CaseDesk wrote: this one cannot apply it
        rules.push_back({*category, *level, st.int64(2), st.text(3)});
    }
    if (st.failed())
        return Error {Tr::tr("The approval policy cannot be read: %1").arg(st.error())};
    return rules;
}

Expected<bool> ApprovalPolicyStore::set(domain::Category category, domain::UnitLevel level, bool required, const QString &by, qint64 nowMs)
{
    const QString categoryKey = domain::categoryKey(category);
    const QString levelKey = domain::unitLevelKey(level);
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {Tr::tr("The database is busy: %1").arg(tx.beginError())};
    Statement st(m_db,
                 required ? "INSERT INTO approval_policies (category, level, set_at, set_by) VALUES (?1, ?2, ?3, ?4) "
                            "ON CONFLICT (category, level) DO NOTHING"
                          : "DELETE FROM approval_policies WHERE category = ?1 AND level = ?2");
    st.bind(1, categoryKey).bind(2, levelKey);
    if (required)
        st.bind(3, nowMs).bind(4, by);
    if (auto r = st.exec(); !r)
        return Error {Tr::tr("The approval policy was not changed: %1").arg(r.error().message)};
    if (m_db.changes() == 0)
        return false;
    const QJsonObject detail {
        {QStringLiteral("category"), categoryKey},
        {QStringLiteral("level"), levelKey},
        {QStringLiteral("required"), required},
    };
    if (auto r = EventLog(m_db).append(0, nowMs, by, QString::fromLatin1(domain::events::kApprovalPolicySet), detail); !r)
        return Error {Tr::tr("The approval policy was not changed: %1").arg(r.error().message)};
    if (auto r = tx.commit(); !r)
        return r.error();
    return true;
}

} // namespace casedesk::store
