#pragma once

#include "actionerror.h"

#include "core/domain/casetypes.h"
#include "core/domain/officerscope.h"

#include <memory>
#include <optional>

namespace casedesk::store {

class Database;

/// A half-written answer, kept per case and officer so that none is ever lost.
struct Draft
{
    QString text;
    QString quoteMessageId;
    qint64 updatedAt = 0;
};

/// How much a store holds, for the demo's summary.
struct StoreTotals
{
    qint64 messages = 0;
    qint64 cases = 0;
    qint64 openCases = 0;
    qint64 urgentOpenCases = 0; ///< urgent, open and not yet answered: what the queue puts first and the unit tree counts
};

/// Reads cases for the case view and `case show`: one case by id or code, its conversation,
/// history and outbox, the citizen's profile, and the version for change detection. Also keeps
/// what each officer last saw of a case and their drafts (view state, not case changes: no event).
/// Every read takes the officer's scope: a case is readable when its current or origin unit, or a
/// unit that forwarded or escalated it, is in scope (the sending unit keeps read access).
class CaseStore final
{
public:
    explicit CaseStore(Database &db);
    ~CaseStore();

    /// A case by its integer id or its code ("TV-2026-000123"), or by the code it had in a data
    /// folder moved into this database (an alias: a case's own code comes first; refused, naming
    /// the new codes, when the old code belongs to cases of several folders).
    ActionResult<domain::CaseSummary> find(const domain::OfficerScope &scope, const QString &idOrCode);
    ActionResult<domain::CaseSummary> summary(const domain::OfficerScope &scope, qint64 caseId);
    /// The case with its messages (oldest first), events (oldest first) and outbox rows.
    ActionResult<domain::CaseDetail> detail(const domain::OfficerScope &scope, qint64 caseId);
    /// The case's version: bumped by every change (new message, action, outbox state).
    ActionResult<int> version(const domain::OfficerScope &scope, qint64 caseId);

    /// Records that scope.officer has now seen @p version of the case ("changed since shown").
    ActionStatus markShown(const domain::OfficerScope &scope, qint64 caseId, int version, qint64 nowMs);
    /// The version scope.officer last saw, if they ever saw the case.
    std::optional<int> shownVersion(const QString &officer, qint64 caseId);

    /// Keeps scope.officer's draft of an answer to the case; an empty text removes it.
    ActionStatus saveDraft(const domain::OfficerScope &scope, qint64 caseId, const Draft &draft);
    std::optional<Draft> draft(const domain::OfficerScope &scope, qint64 caseId);

    /// Messages and cases stored, open cases, urgent open cases (the whole store).
    Expected<StoreTotals> totals();

    /// Whether @p scope may read @p c (see the class comment).
    bool readable(const domain::OfficerScope &scope, const domain::CaseSummary &c);

private:
    struct Statements;
    ActionResult<domain::CaseSummary> findByAlias(const domain::OfficerScope &scope, const QString &key);
    Database &m_db;
    std::unique_ptr<Statements> m_st;
};

} // namespace casedesk::store
