#pragma once

#include "core/triage/category.h"
#include "core/triage/seedset.h"

#include <QHash>
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
    /// A crime report must almost never be missed: when the model is unsure and gives crime_report
    /// at least this probability, crime_report wins (and its low confidence asks for a check).
    double crimeFloor = 0.2;
    /// How many seed samples one officer's correction weighs.
    double feedbackWeight = 5.0;
};

/// Sorts citizens' messages into categories: a multinomial naive Bayes model over folded
/// (diacritic-free, shorthand-expanded) word unigrams and bigrams and character 3–5-grams
/// inside words, with Laplace smoothing and class priors, a tempered posterior as confidence,
/// and a cost-sensitive rule that prefers crime_report when it is close. It learns
/// incrementally from officers' corrections.
class Classifier final
{
public:
    /// A model trained on the training part of the shipped seed set (its held-out part never) and
    /// the hand-written corpus (resources/triage/corpus).
    Classifier();
    /// A model trained on @p samples only.
    explicit Classifier(const QVector<LabelledText> &samples, ClassifierOptions options = {});

    /// Forgets everything and trains on @p samples.
    void train(const QVector<LabelledText> &samples);
    /// Adds one sample with weight @p weight (default: ClassifierOptions::feedbackWeight, for an
    /// officer's correction).
    void learn(const QString &text, Category category, double weight = -1.0);

    Classification classify(const QString &text) const;

    const ClassifierOptions &options() const { return m_options; }
    void setOptions(const ClassifierOptions &options) { m_options = options; }
    /// Whether the shipped seed set loaded (false only for a broken build).
    bool isTrained() const;
    int sampleCount() const { return m_sampleCount; }

private:
    using Counts = std::array<float, CategoryCount>;
    void add(const QString &text, Category category, double weight);

    ClassifierOptions m_options;
    QHash<quint64, Counts> m_features;
    std::array<double, CategoryCount> m_featureTotals {};
    std::array<double, CategoryCount> m_documents {};
    int m_sampleCount = 0;
};

} // namespace casedesk::triage
