#include "classifier.h"

#include "core/common/logging.h"
#include "core/triage/urgency.h"

namespace casedesk::triage {

Classifier::Classifier()
{
    auto model = TriageModel::shipped();
    if (!model) {
        qCWarning(lcTriage) << "The triage model did not load:" << model.error().message;
        return;
    }
    m_model = std::move(*model);
}

Classifier::Classifier(const QVector<LabelledText> &samples, ClassifierOptions options)
    : m_options(options)
    , m_model(TriageModel::train(samples))
{
}

Classifier::Classifier(TriageModel model, ClassifierOptions options)
    : m_options(options)
    , m_model(std::move(model))
{
}

void Classifier::learn(const QString &text, Category category, double weight)
{
    m_model.learnCategory(text, category, weight > 0 ? weight : m_options.feedbackWeight);
}

void Classifier::learnDepartment(const QString &text, Category category, const QString &code)
{
    m_model.learnDepartment(text, category, code, m_options.feedbackWeight);
}

Classification Classifier::classify(const QString &text) const
{
    Classification result;
    const std::array<double, CategoryCount> p = m_model.probabilities(text);
    double sum = 0;
    for (double v : p)
        sum += v;
    if (sum <= 0)
        return result; // nothing to go on: other, confidence 0
    result.probabilities = p;
    result.category = m_model.decide(p);
    result.confidence = p[size_t(result.category)];
    result.checkCategory = result.confidence < m_options.checkThreshold;
    result.urgent = Urgency::isUrgent(text, result.category);
    return result;
}

} // namespace casedesk::triage
