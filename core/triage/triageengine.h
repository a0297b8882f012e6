#pragma once

#include "core/common/expected.h"
#include "core/domain/casetypes.h"
#include "core/domain/deadlines.h"
#include "core/domain/unit.h"
#include "core/triage/classifier.h"
#include "core/triage/competentunitrules.h"

#include <QReadWriteLock>

#include <memory>

namespace casedesk::triage {

using domain::DeadlinePolicy;
using domain::Deadlines;
using domain::WorkCalendar;

/// Everything triage knows, shared by sync (new cases, on worker threads), officers' corrections
/// (which teach it) and the GUI: classifier, urgency, deadlines, competent-unit rules and the
/// unit tree. Thread-safe: many readers, one learner at a time.
class TriageEngine final
{
public:
    /// The shipped seed set, calendar and rules, plus officers' past corrections and forwards.
    /// @p forwards: (text, unit id) of officers' past forwards. A unit's own additions, when
    /// present in @p extensionFolder (its data folder): holidays.json (more public holidays or
    /// worked days, the shape of resources/triage/holidays-vn.json) and competent-units.json
    /// (more rules, the shape of resources/triage/competent-units.json); a malformed one is
    /// refused with the reason. A province on a shared database gives the same additions as
    /// @p shared instead (one for every PC), and no folder.
    struct Additions
    {
        QByteArray holidaysJson;
        QByteArray competentUnitsJson;
        QString sourceName; // names them in errors
    };
    static Expected<std::shared_ptr<TriageEngine>> create(const QVector<domain::Unit> &units, const QVector<LabelledText> &corrections = {},
                                                          const QVector<QPair<QString, QString>> &forwards = {}, DeadlinePolicy policy = {},
                                                          const QString &extensionFolder = {}, const Additions &shared = {});

    /// Category, confidence, urgency, competent unit and first-response deadline of a new case.
    domain::TriageResult triage(const QString &text, qint64 openedAtMs) const;
    /// Urgency, deadline (counted from @p fromMs) and competent unit of @p text in a category an
    /// officer chose.
    domain::TriageResult assess(const QString &text, domain::Category category, qint64 fromMs) const;
    /// Whether the triage model loaded (false only for a broken build).
    bool isTrained() const { return m_classifier.isTrained(); }
    /// The classifier's view alone (for `classify` and the category control).
    Classification classify(const QString &text) const;
    /// The deadline of a case of @p category opened at @p openedAtMs (0 = none).
    qint64 dueAt(qint64 openedAtMs, domain::Category category, bool urgent) const;
    /// The suggested competent unit for @p text, or an empty string: the department the triage
    /// model is sure of, else the phrase rules', unless officers' forwards of similar messages
    /// say more. Without @p category, the classifier's.
    QString suggestUnit(const QString &text, std::optional<domain::Category> category = std::nullopt) const;

    /// An officer set the category of @p text.
    void learnCategory(const QString &text, domain::Category category);
    /// An officer forwarded a case about @p text to @p unitId.
    void learnForward(const QString &text, const QString &unitId);

    /// A TriageFunction for the ingest store that keeps this engine alive.
    static domain::TriageFunction function(std::shared_ptr<const TriageEngine> engine);
    /// An AssessFunction for the case writer that keeps this engine alive.
    static domain::AssessFunction assessFunction(std::shared_ptr<const TriageEngine> engine);

    const Deadlines &deadlines() const { return m_deadlines; }

private:
    TriageEngine(Classifier classifier, Deadlines deadlines, CompetentUnitRules rules, QVector<domain::Unit> units);
    /// suggestUnit() with the lock held.
    QString competentUnit(const QString &text, domain::Category category) const;
    /// Teaches a forward to @p unitId to the rules and, for a department the model knows, to it.
    static void teachForward(Classifier &classifier, CompetentUnitRules &rules, const QVector<domain::Unit> &units, const QString &text,
                             const QString &unitId);

    mutable QReadWriteLock m_lock;
    Classifier m_classifier;
    Deadlines m_deadlines;
    CompetentUnitRules m_rules;
    QVector<domain::Unit> m_units;
};

} // namespace casedesk::triage
