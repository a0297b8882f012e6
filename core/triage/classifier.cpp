#include "classifier.h"

#include "core/common/logging.h"
#include "core/domain/textfold.h"
#include "core/triage/urgency.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace casedesk::triage {

using domain::FoldedText;
using domain::foldForIndex;
using domain::foldQuery;
using domain::TextFold;

namespace {

// Model constants, chosen on the training part of the seed set (see bench/triage_eval.cpp).
constexpr double Alpha = 0.1; // additive smoothing of feature counts
constexpr float WordWeight = 1.0f;
constexpr float BigramWeight = 1.0f;
constexpr float CharWeight = 0.25f; // many overlapping n-grams per word: each counts for less
// Naive Bayes treats a message's overlapping features as independent evidence, which makes its
// raw posteriors nearly always 0 or 1 for long messages; dividing the log-likelihood by a
// temperature that grows with the evidence (one unit per this much feature weight, within
// bounds) makes them usable as a confidence, for two-word greetings and long stories alike.
constexpr double WeightPerDegree = 6.0;
constexpr double MinTemperature = 1.0;
constexpr double MaxTemperature = 15.0;

struct Feature
{
    quint64 key;
    float weight;
    bool operator<(const Feature &o) const { return key < o.key; }
    bool operator==(const Feature &o) const { return key == o.key; }
};

quint64 fnv1a(char tag, const QChar *data, qsizetype size)
{
    quint64 h = 14695981039346656037ull;
    h ^= quint8(tag);
    h *= 1099511628211ull;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = data[i].unicode();
        h ^= quint8(u & 0xff);
        h *= 1099511628211ull;
        h ^= quint8(u >> 8);
        h *= 1099511628211ull;
    }
    return h;
}

/// The distinct features of a message, each with its weight.
std::vector<Feature> extract(const QString &text)
{
    const QStringList words = TextFold::plainWords(text);
    std::vector<Feature> out;
    out.reserve(size_t(words.size()) * 14);
    QString padded;
    for (int i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        out.push_back({fnv1a('u', w.constData(), w.size()), WordWeight});
        if (i + 1 < words.size()) {
            const QString bigram = w + QLatin1Char(' ') + words.at(i + 1);
            out.push_back({fnv1a('b', bigram.constData(), bigram.size()), BigramWeight});
        }
        padded = QLatin1Char(' ') + w + QLatin1Char(' ');
        for (int n = 3; n <= 5; ++n) {
            for (int s = 0; s + n <= padded.size(); ++s)
                out.push_back({fnv1a('c', padded.constData() + s, n), CharWeight});
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace

Classifier::Classifier()
{
    auto seed = SeedSet::shipped();
    if (!seed) {
        qCWarning(lcTriage) << "The shipped seed set did not load:" << seed.error().message;
        return;
    }
    auto corpus = SeedSet::corpus();
    if (!corpus)
        qCWarning(lcTriage) << "The shipped corpus did not load:" << corpus.error().message;
    train(SeedSet::trainingPart(*seed) + (corpus ? *corpus : QVector<LabelledText>()));
}

Classifier::Classifier(const QVector<LabelledText> &samples, ClassifierOptions options)
    : m_options(options)
{
    train(samples);
}

void Classifier::train(const QVector<LabelledText> &samples)
{
    m_features.clear();
    m_featureTotals.fill(0.0);
    m_documents.fill(0.0);
    m_sampleCount = 0;
    m_features.reserve(samples.size() * 40);
    for (const LabelledText &s : samples)
        add(s.text, s.category, 1.0);
}

void Classifier::learn(const QString &text, Category category, double weight)
{
    add(text, category, weight > 0 ? weight : m_options.feedbackWeight);
}

bool Classifier::isTrained() const
{
    return m_sampleCount > 0;
}

void Classifier::add(const QString &text, Category category, double weight)
{
    const std::vector<Feature> features = extract(text);
    if (features.empty())
        return;
    const int c = int(category);
    for (const Feature &f : features) {
        Counts &counts = m_features[f.key];
        counts[c] += float(weight) * f.weight;
        m_featureTotals[c] += weight * f.weight;
    }
    m_documents[c] += weight;
    ++m_sampleCount;
}

Classification Classifier::classify(const QString &text) const
{
    Classification result;
    const std::vector<Feature> features = extract(text);
    if (features.empty() || m_sampleCount == 0)
        return result; // nothing to go on: other, confidence 0

    const double vocabulary = double(m_features.size()) + 1.0;
    double documents = 0;
    for (double d : m_documents)
        documents += d;

    std::array<double, CategoryCount> logLikelihood {};
    double known = 0;
    for (const Feature &f : features) {
        const auto it = m_features.constFind(f.key);
        if (it == m_features.constEnd())
            continue; // never seen in training: no evidence either way
        known += f.weight;
        for (int c = 0; c < CategoryCount; ++c)
            logLikelihood[c] += f.weight * std::log((double((*it)[c]) + Alpha) / (m_featureTotals[c] + Alpha * vocabulary));
    }
    if (known == 0)
        return result;

    const double temperature = std::clamp(known / WeightPerDegree, MinTemperature, MaxTemperature);
    std::array<double, CategoryCount> score {};
    for (int c = 0; c < CategoryCount; ++c)
        score[c] = std::log((m_documents[c] + 1.0) / (documents + CategoryCount)) + logLikelihood[c] / temperature;
    const double top = *std::max_element(score.begin(), score.end());
    double sum = 0;
    for (int c = 0; c < CategoryCount; ++c) {
        result.probabilities[c] = std::exp(score[c] - top);
        sum += result.probabilities[c];
    }
    int best = 0;
    for (int c = 0; c < CategoryCount; ++c) {
        result.probabilities[c] /= sum;
        if (result.probabilities[c] > result.probabilities[best])
            best = c;
    }
    const int crime = int(Category::CrimeReport);
    if (best != crime && result.probabilities[crime] >= m_options.crimeFloor)
        best = crime;

    result.category = Category(best);
    result.confidence = result.probabilities[best];
    result.checkCategory = result.confidence < m_options.checkThreshold;
    result.urgent = Urgency::isUrgent(text, result.category);
    return result;
}

} // namespace casedesk::triage
