#pragma once

#include "core/triage/category.h"
#include "core/triage/seedset.h"
#include "core/triage/triagemodel.h"

#include <QString>
#include <QVector>

#include <array>

namespace casedesk::triage {

/// What the classifier says about one message.
struct Classification
{
    Category category = Category::Other;
    double confidence = 0.0; ///< the model's probability of @c category, 0..1
    bool urgent = false; ///< a crime or security report about something happening now
    bool checkCategory = true; ///< confidence below the threshold: an officer should check the category
    std::array<double, CategoryCount> probabilities {}; ///< per category, index = int(Category)
};

/// Tunable parts of the classifier's decision.
struct ClassifierOptions
{
    /// Below this confidence a case is marked "check category".
    double checkThreshold = 0.6;
    /// How many training messages one officer's correction weighs.
    double feedbackWeight = 5.0;
};

/// Sorts citizens' messages into categories with the triage model (TriageModel: logistic
/// regression over hashed words, word pairs and character n-grams of the folded text, its
/// probabilities calibrated and its crime-report threshold chosen on grouped cross-validation),
/// flags urgency and doubt, and learns from officers' corrections.
class Classifier final
{
public:
    /// The model the build trained on the training part of the shipped seed set (its held-out
    /// part never) and the hand-written corpus (resources/triage/corpus), loaded from resources.
    Classifier();
    /// A model trained now on @p samples only (calibrated on their grouped cross-validation).
    explicit Classifier(const QVector<LabelledText> &samples, ClassifierOptions options = {});
    explicit Classifier(TriageModel model, ClassifierOptions options = {});

    /// Adds one sample with weight @p weight (default: ClassifierOptions::feedbackWeight, for an
    /// officer's correction).
    void learn(const QString &text, Category category, double weight = -1.0);
    /// An officer forwarded a message of @p category to department @p code ("PC02").
    void learnDepartment(const QString &text, Category category, const QString &code);

    Classification classify(const QString &text) const;
    /// The competent department the model suggests for @p text of @p category.
    DepartmentGuess department(const QString &text, Category category) const { return m_model.department(text, category); }

    const ClassifierOptions &options() const { return m_options; }
    void setOptions(const ClassifierOptions &options) { m_options = options; }
    /// Whether the model loaded (false only for a broken build).
    bool isTrained() const { return m_model.isTrained(); }
    int sampleCount() const { return m_model.sampleCount(); }
    const TriageModel &model() const { return m_model; }

private:
    ClassifierOptions m_options;
    TriageModel m_model;
};

} // namespace casedesk::triage
