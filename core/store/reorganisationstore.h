#pragma once

#include "core/common/expected.h"
#include "core/domain/reorganisation.h"

#include <QStringList>
#include <QVector>

namespace casedesk::store {

class Database;

/// What a reorganisation changes, worked out against the stored tree before anything changes:
/// the `--dry-run` answer, and what apply() then does.
struct ReorganisationPlan
{
    struct UnitLine
    {
        QString id;
        QString name;
        QString detail; // the new name, the new parent, the successors (default first)
    };
    struct CaseMove
    {
        qint64 caseId = 0;
        QString code;
        QString from;
        QString to;
        bool open = false; // false: closed, but opened at the closed unit on or after the effective date
    };
    struct AccountChange
    {
        QString oaId;
        QString from;
        QString to; // empty: disabled
    };
    struct OfficerMove
    {
        qint64 officerId = 0;
        QString name;
        QString from;
        QString to;
    };
    QVector<UnitLine> created, renamed, moved, closed;
    QVector<CaseMove> cases;
    QVector<AccountChange> accounts;
    QVector<OfficerMove> officers;
};

/// Applies a reorganisation of the unit tree (units merged, moved, split, renamed, abolished,
/// created) with everything that hangs on the units: open cases of closed units move to their
/// default successor with a "reorganised" event in their history (deadlines and history stay),
/// and with an effective date in the past so do the cases opened there since; Zalo accounts move
/// or are disabled as the file says; officers of closed units move. Checked as a whole first,
/// applied in one transaction: a refusal changes nothing.
class ReorganisationStore final
{
public:
    explicit ReorganisationStore(Database &db);

    /// Checks @p r against the stored tree (unknown or closed units, a unit changed twice, a
    /// successor that is closed too, cycles, a unit left under a closed parent) and says what
    /// would change; changes nothing.
    Expected<ReorganisationPlan> plan(const domain::Reorganisation &r);
    /// plan(), then the changes, in one transaction; events written as @p officer at @p nowMs.
    Expected<ReorganisationPlan> apply(const domain::Reorganisation &r, const QString &officer, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace casedesk::store
