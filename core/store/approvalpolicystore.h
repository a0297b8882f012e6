#pragma once

#include "core/common/expected.h"
#include "core/domain/category.h"
#include "core/domain/unit.h"

#include <QString>
#include <QVector>

namespace casedesk::store {

class Database;

/// One (category, unit level) whose answers wait for an editor's approval.
struct ApprovalRule
{
    domain::Category category = domain::Category::Other;
    domain::UnitLevel level = domain::UnitLevel::Commune;
    qint64 setAt = 0;
    QString setBy;
};

/// Which answers need an editor's approval before they reach Zalo: a policy per category and
/// unit level (of the case's current unit), off unless an administrator turns it on. Kept in the
/// database, so in a shared province it holds for every PC. Each change is an event of the
/// history (approval_policy_set, no case) in the same transaction.
class ApprovalPolicyStore final
{
public:
    explicit ApprovalPolicyStore(Database &db);

    /// Every (category, level) that needs approval, in category then level order.
    Expected<QVector<ApprovalRule>> list();
    /// Turns approval of @p category answers at @p level on or off; setting what is already
    /// set changes nothing and writes no event. Returns whether anything changed.
    Expected<bool> set(domain::Category category, domain::UnitLevel level, bool required, const QString &by, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace casedesk::store
