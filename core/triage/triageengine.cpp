#include "triageengine.h"

#include "urgency.h"

#include <QDir>
#include <QFile>

namespace casedesk::triage {

TriageEngine::TriageEngine(Classifier classifier, Deadlines deadlines, CompetentUnitRules rules, QVector<domain::Unit> units)
    : m_classifier(std::move(classifier))
    , m_deadlines(std::move(deadlines))
    , m_rules(std::move(rules))
    , m_units(std::move(units))
{
}

Expected<std::shared_ptr<TriageEngine>> TriageEngine::create(const QVector<domain::Unit> &units, const QVector<LabelledText> &corrections,
                                                             const QVector<QPair<QString, QString>> &forwards, DeadlinePolicy policy,
                                                             const QString &extensionFolder, const Additions &shared)
{
    auto rules = CompetentUnitRules::shipped();
    if (!rules)
        return rules.error();
    auto calendar = WorkCalendar::shipped();
    if (!calendar)
        return calendar.error();
    if (!extensionFolder.isEmpty()) {
        const QDir folder(extensionFolder);
        if (const QString extra = folder.filePath(QStringLiteral("holidays.json")); QFile::exists(extra)) {
            if (auto merged = calendar->mergeFile(extra); !merged)
                return merged.error();
        }
        if (const QString extra = folder.filePath(QStringLiteral("competent-units.json")); QFile::exists(extra)) {
            if (auto merged = rules->mergeFile(extra); !merged)
                return merged.error();
        }
    }
    if (!shared.holidaysJson.isEmpty()) {
        if (auto merged = calendar->merge(shared.holidaysJson, shared.sourceName); !merged)
            return merged.error();
    }
    if (!shared.competentUnitsJson.isEmpty()) {
        if (auto merged = rules->merge(shared.competentUnitsJson, shared.sourceName); !merged)
            return merged.error();
    }
    Classifier classifier;
    for (const LabelledText &c : corrections)
        classifier.learn(c.text, c.category);
    for (const auto &[text, unitId] : forwards)
        teachForward(classifier, *rules, units, text, unitId);
    std::shared_ptr<TriageEngine> engine(
        new TriageEngine(std::move(classifier), Deadlines(std::move(policy), std::move(*calendar)), std::move(*rules), units));
    return engine;
}

domain::TriageResult TriageEngine::triage(const QString &text, qint64 openedAtMs) const
{
    QReadLocker lock(&m_lock);
    domain::TriageResult r;
    const Classification c = m_classifier.classify(text);
    r.category = c.category;
    r.confidence = c.confidence;
    r.urgent = c.urgent;
    r.competentUnit = competentUnit(text, c.category);
    const QDateTime due = m_deadlines.dueAt(QDateTime::fromMSecsSinceEpoch(openedAtMs, Qt::UTC), c.category, c.urgent);
    r.dueAt = due.isValid() ? due.toMSecsSinceEpoch() : 0;
    return r;
}

domain::TriageResult TriageEngine::assess(const QString &text, domain::Category category, qint64 fromMs) const
{
    QReadLocker lock(&m_lock);
    domain::TriageResult r;
    r.category = category;
    r.confidence = 1.0;
    r.urgent = Urgency::isUrgent(text, category);
    r.competentUnit = competentUnit(text, category);
    const QDateTime due = m_deadlines.dueAt(QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC), category, r.urgent);
    r.dueAt = due.isValid() ? due.toMSecsSinceEpoch() : 0;
    return r;
}

Classification TriageEngine::classify(const QString &text) const
{
    QReadLocker lock(&m_lock);
    return m_classifier.classify(text);
}

qint64 TriageEngine::dueAt(qint64 openedAtMs, domain::Category category, bool urgent) const
{
    QReadLocker lock(&m_lock);
    const QDateTime due = m_deadlines.dueAt(QDateTime::fromMSecsSinceEpoch(openedAtMs, Qt::UTC), category, urgent);
    return due.isValid() ? due.toMSecsSinceEpoch() : 0;
}

QString TriageEngine::suggestUnit(const QString &text, std::optional<domain::Category> category) const
{
    QReadLocker lock(&m_lock);
    return competentUnit(text, category ? *category : m_classifier.classify(text).category);
}

QString TriageEngine::competentUnit(const QString &text, domain::Category category) const
{
    const DepartmentGuess guess = m_classifier.department(text, category);
    return m_rules.suggest(text, m_units, QString(), category, guess.sure ? guess.code : QString());
}

void TriageEngine::teachForward(Classifier &classifier, CompetentUnitRules &rules, const QVector<domain::Unit> &units, const QString &text,
                                const QString &unitId)
{
    rules.learnForward(text, unitId);
    for (const domain::Unit &u : units) {
        if (u.id == unitId) {
            if (u.level == domain::UnitLevel::Department && classifier.model().departments().contains(u.code))
                classifier.learnDepartment(text, classifier.classify(text).category, u.code);
            return;
        }
    }
}

void TriageEngine::learnCategory(const QString &text, domain::Category category)
{
    QWriteLocker lock(&m_lock);
    m_classifier.learn(text, category);
}

void TriageEngine::learnForward(const QString &text, const QString &unitId)
{
    QWriteLocker lock(&m_lock);
    teachForward(m_classifier, m_rules, m_units, text, unitId);
}

domain::TriageFunction TriageEngine::function(std::shared_ptr<const TriageEngine> engine)
{
    return [engine](const QString &text, qint64 openedAtMs) {
        return engine->triage(text, openedAtMs);
    };
}

domain::AssessFunction TriageEngine::assessFunction(std::shared_ptr<const TriageEngine> engine)
{
    return [engine](const QString &text, domain::Category category, qint64 fromMs) {
        return engine->assess(text, category, fromMs);
    };
}

} // namespace casedesk::triage
