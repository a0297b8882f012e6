#include "linearmodel.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <random>

namespace casedesk::triage {

namespace {

constexpr quint32 MaxClasses = 64;
constexpr int MaxHashBits = 24;

} // namespace

LinearModel::LinearModel(int classCount, int hashBits)
    : m_classes(classCount)
    , m_bits(hashBits)
    , m_weights((size_t(1) << hashBits) * size_t(classCount), 0.0f)
    , m_bias(size_t(classCount), 0.0f)
{
}

std::vector<double> LinearModel::scores(const SparseVector &x) const
{
    std::vector<double> s(m_bias.begin(), m_bias.end());
    const size_t classes = size_t(m_classes);
    const quint32 mask = (quint32(1) << m_bits) - 1;
    for (size_t k = 0; k < x.index.size(); ++k) {
        const float *row = m_weights.data() + size_t(x.index[k] & mask) * classes;
        const double v = x.value[k];
        for (size_t c = 0; c < classes; ++c)
            s[c] += v * row[c];
    }
    return s;
}

std::vector<double> LinearModel::softmax(const std::vector<double> &scores, double temperature)
{
    std::vector<double> p(scores.size());
    if (scores.empty())
        return p;
    const double top = *std::max_element(scores.begin(), scores.end());
    double sum = 0;
    for (size_t c = 0; c < scores.size(); ++c) {
        p[c] = std::exp((scores[c] - top) / temperature);
        sum += p[c];
    }
    for (double &v : p)
        v /= sum;
    return p;
}

std::vector<double> LinearModel::probabilities(const SparseVector &x) const
{
    return softmax(scores(x), m_temperature);
}

void LinearModel::addScaled(const LinearModel &other, double scale)
{
    Q_ASSERT(other.m_classes == m_classes && other.m_bits == m_bits);
    const float s = float(scale);
    for (size_t i = 0; i < m_weights.size(); ++i)
        m_weights[i] += s * other.m_weights[i];
    for (size_t c = 0; c < m_bias.size(); ++c)
        m_bias[c] += s * other.m_bias[c];
}

LinearModel LinearModel::train(const std::vector<Example> &examples, int classCount, int hashBits, const TrainingOptions &options)
{
    LinearModel model(classCount, hashBits);
    if (examples.empty())
        return model;
    const size_t classes = size_t(classCount);
    const quint32 mask = (quint32(1) << hashBits) - 1;
    std::vector<size_t> order(examples.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::mt19937 random(options.seed);

    // The weights are kept as scale × stored, so that the L2 decay of every weight after each
    // example is one multiplication (Bottou's trick); the rate falls as 1 / (1 + rate·l2·t).
    double scale = 1.0;
    double t = 0;
    std::vector<double> s(classes), p(classes);
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        // Fisher–Yates with the engine's raw output: the same order with every standard library.
        for (size_t i = order.size() - 1; i > 0; --i)
            std::swap(order[i], order[size_t(random() % (i + 1))]);
        for (size_t n : order) {
            const Example &e = examples[n];
            const double rate = options.rate / (1.0 + options.rate * options.l2 * t);
            t += 1;
            for (size_t c = 0; c < classes; ++c)
                s[c] = model.m_bias[c];
            for (size_t k = 0; k < e.x.index.size(); ++k) {
                const float *row = model.m_weights.data() + size_t(e.x.index[k] & mask) * classes;
                const double v = e.x.value[k] * scale;
                for (size_t c = 0; c < classes; ++c)
                    s[c] += v * row[c];
            }
            p = softmax(s, 1.0);
            scale *= 1.0 - rate * options.l2;
            for (size_t c = 0; c < classes; ++c) {
                const double g = (p[c] - (int(c) == e.label ? 1.0 : 0.0)) * e.weight;
                p[c] = g; // reused as the gradient of the score
                model.m_bias[c] -= float(rate * g);
            }
            const double step = rate / scale;
            for (size_t k = 0; k < e.x.index.size(); ++k) {
                float *row = model.m_weights.data() + size_t(e.x.index[k] & mask) * classes;
                const double v = e.x.value[k] * step;
                for (size_t c = 0; c < classes; ++c)
                    row[c] -= float(v * p[c]);
            }
            if (scale < 1e-6) {
                for (float &w : model.m_weights)
                    w = float(w * scale);
                scale = 1.0;
            }
        }
    }
    for (float &w : model.m_weights)
        w = float(w * scale);
    return model;
}

void LinearModel::learn(const SparseVector &x, int label, double rate, int maxSteps, double enough)
{
    if (x.isEmpty() || label < 0 || label >= m_classes)
        return;
    const quint32 mask = (quint32(1) << m_bits) - 1;
    for (int step = 0; step < maxSteps; ++step) {
        std::vector<double> p = probabilities(x);
        if (p[size_t(label)] >= enough)
            return;
        for (size_t k = 0; k < x.index.size(); ++k) {
            const quint32 bucket = x.index[k] & mask;
            for (int c = 0; c < m_classes; ++c)
                weight(bucket, c) -= float(rate * x.value[k] * (p[size_t(c)] - (c == label ? 1.0 : 0.0)));
        }
    }
}

double LinearModel::fitTemperature(const std::vector<std::vector<double>> &scores, const std::vector<int> &labels)
{
    const auto loss = [&](double temperature) {
        double sum = 0;
        for (size_t i = 0; i < scores.size(); ++i) {
            const std::vector<double> p = softmax(scores[i], temperature);
            sum -= std::log(std::max(p[size_t(labels[i])], 1e-12));
        }
        return sum;
    };
    // Golden-section search over ln T in [ln 0.05, ln 20]: the log-loss is unimodal in T.
    double a = std::log(0.05), b = std::log(20.0);
    const double ratio = (std::sqrt(5.0) - 1) / 2;
    double c = b - ratio * (b - a), d = a + ratio * (b - a);
    double fc = loss(std::exp(c)), fd = loss(std::exp(d));
    for (int i = 0; i < 60; ++i) {
        if (fc < fd) {
            b = d;
            d = c;
            fd = fc;
            c = b - ratio * (b - a);
            fc = loss(std::exp(c));
        } else {
            a = c;
            c = d;
            fc = fd;
            d = a + ratio * (b - a);
            fd = loss(std::exp(d));
        }
    }
    return std::exp((a + b) / 2);
}

void LinearModel::write(QDataStream &out) const
{
    out << quint32(m_classes) << quint32(m_bits);
    const QDataStream::FloatingPointPrecision precision = out.floatingPointPrecision();
    out.setFloatingPointPrecision(QDataStream::DoublePrecision);
    out << m_temperature;
    out.setFloatingPointPrecision(precision);
    for (float b : m_bias)
        out << b;
    const size_t buckets = size_t(1) << m_bits;
    const size_t classes = size_t(m_classes);
    quint32 used = 0;
    for (size_t i = 0; i < buckets; ++i) {
        const float *row = m_weights.data() + i * classes;
        used += std::any_of(row, row + classes, [](float w) { return w != 0.0f; }) ? 1 : 0;
    }
    out << used;
    for (size_t i = 0; i < buckets; ++i) {
        const float *row = m_weights.data() + i * classes;
        if (!std::any_of(row, row + classes, [](float w) { return w != 0.0f; }))
            continue;
        out << quint32(i);
        for (size_t c = 0; c < classes; ++c)
            out << row[c];
    }
}

bool LinearModel::read(QDataStream &in)
{
    quint32 classes = 0, bits = 0, used = 0;
    double temperature = 1.0;
    in >> classes >> bits;
    const QDataStream::FloatingPointPrecision precision = in.floatingPointPrecision();
    in.setFloatingPointPrecision(QDataStream::DoublePrecision);
    in >> temperature;
    in.setFloatingPointPrecision(precision);
    if (in.status() != QDataStream::Ok || classes == 0 || classes > MaxClasses || bits == 0 || bits > quint32(MaxHashBits) || !(temperature > 0.0))
        return false;
    LinearModel model {int(classes), int(bits)};
    model.m_temperature = temperature;
    for (float &b : model.m_bias)
        in >> b;
    in >> used;
    if (in.status() != QDataStream::Ok || used > (quint32(1) << bits))
        return false;
    if (precision != QDataStream::SinglePrecision || in.byteOrder() != QDataStream::BigEndian) {
        for (quint32 n = 0; n < used; ++n) {
            quint32 bucket = 0;
            in >> bucket;
            if (bucket >= (quint32(1) << bits))
                return false;
            for (quint32 c = 0; c < classes; ++c)
                in >> model.weight(bucket, int(c));
        }
    } else {
        // The used buckets in one read, as the stream wrote them: each its number and one weight
        // per class, big-endian. The model loads when a program starts: read weight by weight,
        // the shipped one (11 MB) took 173 ms the first time in a process, against 124 ms.
        const qint64 record = qint64(sizeof(quint32)) * (1 + qint64(classes));
        QByteArray records(qsizetype(record * used), Qt::Uninitialized);
        if (in.readRawData(records.data(), int(records.size())) != records.size())
            return false;
        const uchar *at = reinterpret_cast<const uchar *>(records.constData());
        for (quint32 n = 0; n < used; ++n, at += record) {
            const quint32 bucket = qFromBigEndian<quint32>(at);
            if (bucket >= (quint32(1) << bits))
                return false;
            for (quint32 c = 0; c < classes; ++c) {
                const quint32 raw = qFromBigEndian<quint32>(at + sizeof(quint32) * (1 + c));
                std::memcpy(&model.weight(bucket, int(c)), &raw, sizeof raw);
            }
        }
    }
    if (in.status() != QDataStream::Ok)
        return false;
    *this = std::move(model);
    return true;
}

} // namespace casedesk::triage
