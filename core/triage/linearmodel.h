#pragma once

#include "core/triage/features.h"

#include <QDataStream>

#include <vector>

namespace casedesk::triage {

/// One labelled example for training a linear model.
struct Example
{
    SparseVector x;
    int label = 0;
    float weight = 1.0f;
};

/// How a linear model is trained. The defaults were chosen on the grouped cross-validation of
/// the training corpus (bench/triage_eval --explore), never on the held-out set.
struct TrainingOptions
{
    int epochs = 40;
    double l2 = 1e-5; ///< weight decay per example
    double rate = 1.2; ///< initial learning rate
    double crimeWeight = 1.0; ///< how much a crime report counts against the other categories
    quint32 seed = 20261207; ///< shuffling: the same model from the same data on every build
};

/// Multinomial logistic regression over hashed sparse features: weights per (bucket, class) and
/// a bias per class, trained by stochastic gradient descent with L2 decay in a fixed order, and a
/// temperature that turns its scores into calibrated probabilities.
class LinearModel final
{
public:
    LinearModel() = default;
    LinearModel(int classCount, int hashBits);

    int classCount() const { return m_classes; }
    int hashBits() const { return m_bits; }
    bool isEmpty() const { return m_classes == 0; }

    double temperature() const { return m_temperature; }
    void setTemperature(double t) { m_temperature = t; }

    /// Raw scores (logits), one per class.
    std::vector<double> scores(const SparseVector &x) const;
    /// softmax(scores / temperature).
    std::vector<double> probabilities(const SparseVector &x) const;
    static std::vector<double> softmax(const std::vector<double> &scores, double temperature);

    /// Trains a new model on @p examples.
    static LinearModel train(const std::vector<Example> &examples, int classCount, int hashBits, const TrainingOptions &options = {});

    /// Adds @p scale times @p other's weights and biases to this model's (both of one shape), to
    /// average models trained on different parts of the data.
    void addScaled(const LinearModel &other, double scale);

    /// Moves the model toward @p label for @p x (an officer's correction): gradient steps of size
    /// @p rate on this example alone, at most @p maxSteps, until its probability reaches
    /// @p enough. The biases stay, so that one correction does not tilt every other message.
    void learn(const SparseVector &x, int label, double rate, int maxSteps, double enough);

    /// The temperature that makes softmax(scores / T) fit @p labels best (least log-loss), for
    /// scores of examples the model never trained on.
    static double fitTemperature(const std::vector<std::vector<double>> &scores, const std::vector<int> &labels);

    /// Writes the non-zero buckets only; read() refuses a stream that is cut or of another form.
    void write(QDataStream &out) const;
    bool read(QDataStream &in);

private:
    float &weight(quint32 bucket, int c) { return m_weights[size_t(bucket) * size_t(m_classes) + size_t(c)]; }

    int m_classes = 0;
    int m_bits = 0;
    std::vector<float> m_weights; // bucket-major: m_weights[bucket * classes + class]
    std::vector<float> m_bias;
    double m_temperature = 1.0;
};

} // namespace casedesk::triage
