#include "triagemodel.h"

#include "core/domain/textfold.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <numeric>
#include <random>

namespace casedesk::triage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::triage::TriageModel)
};

constexpr quint32 Magic = 0x4344544d; // "CDTM"
constexpr quint32 FormatVersion = 3; // 2: the crime-report head; 3: word trigrams, 2^20 buckets
constexpr int CategoryBits = TextFeatures::DefaultHashBits;
constexpr int DepartmentBits = 17;
// One step of an officer's correction per unit of weight, repeated until the message itself is
// that category with this probability. The steps shrink as it nears it, hence the many allowed:
// with word trigrams each word counts for less, and stopping at 0.99 no longer carried a
// rewording of the corrected message (tests/triage/test_classifier.cpp).
constexpr double CorrectionRate = 0.3;
constexpr int CorrectionSteps = 200;
constexpr double CorrectionEnough = 0.999;

QString categoryToken(Category category)
{
    return QStringLiteral("category:") + categoryKey(category);
}

/// A message's distinct folded words as sorted hashes, for near-duplicate grouping.
std::vector<size_t> wordSet(const QString &text)
{
    std::vector<size_t> words;
    for (const QString &w : domain::TextFold::plainWords(text))
        words.push_back(qHash(w));
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

double jaccard(const std::vector<size_t> &a, const std::vector<size_t> &b)
{
    size_t shared = 0;
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j]) {
            ++shared;
            ++i;
            ++j;
        } else if (a[i] < b[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    const size_t joined = a.size() + b.size() - shared;
    return joined ? double(shared) / double(joined) : 0.0;
}

/// Crime report when its probability reaches @p threshold or it is the most probable.
Category decideWith(const std::array<double, CategoryCount> &p, double threshold)
{
    const int crime = int(Category::CrimeReport);
    const int best = int(std::max_element(p.begin(), p.end()) - p.begin());
    return p[size_t(crime)] >= threshold ? Category::CrimeReport : Category(best);
}

std::array<double, CategoryCount> toArray(const std::vector<double> &p)
{
    std::array<double, CategoryCount> a {};
    for (size_t c = 0; c < a.size() && c < p.size(); ++c)
        a[c] = p[c];
    return a;
}

/// The multinomial model's probabilities @p p with the crime probability mixed with the crime
/// head's @p head (weight @p weight), the other categories scaled to what is left.
std::array<double, CategoryCount> mixCrime(std::array<double, CategoryCount> p, double head, double weight)
{
    const size_t crime = size_t(Category::CrimeReport);
    const double mixed = (1 - weight) * p[crime] + weight * head;
    const double rest = 1 - p[crime];
    for (size_t c = 0; c < p.size(); ++c) {
        if (c != crime)
            p[c] = rest > 0 ? p[c] * (1 - mixed) / rest : (1 - mixed) / double(CategoryCount - 1);
    }
    p[crime] = mixed;
    return p;
}

/// The same examples labelled crime report (1) or not (0), for the crime head.
std::vector<Example> crimeOrNot(const std::vector<Example> &examples)
{
    std::vector<Example> binary = examples;
    for (Example &e : binary)
        e.label = e.label == int(Category::CrimeReport) ? 1 : 0;
    return binary;
}

} // namespace

Expected<TriageModel> TriageModel::shipped()
{
    QFile file(QString::fromLatin1(ShippedPath));
    if (!file.open(QIODevice::ReadOnly))
        return Error {Tr::tr("The triage model %1 is missing from this build: %2").arg(QString::fromLatin1(ShippedPath), file.errorString())};
    return fromBytes(file.readAll(), QString::fromLatin1(ShippedPath));
}

Expected<TriageModel> TriageModel::fromBytes(const QByteArray &bytes, const QString &sourceName)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 magic = 0, version = 0;
    in >> magic >> version;
    if (magic != Magic || version != FormatVersion)
        return Error {Tr::tr("%1 is not a CaseDesk triage model of format %2.").arg(sourceName).arg(FormatVersion)};
    TriageModel model;
    qint32 samples = 0;
    double threshold = 0, crimeHead = 0;
    in.setFloatingPointPrecision(QDataStream::DoublePrecision);
    in >> samples >> threshold >> crimeHead >> model.m_departmentCodes;
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    if (in.status() != QDataStream::Ok || samples <= 0 || !(threshold > 0 && threshold <= 1) || !(crimeHead >= 0 && crimeHead <= 1))
        return Error {Tr::tr("%1: the model's header is damaged.").arg(sourceName)};
    model.m_sampleCount = samples;
    model.m_crimeThreshold = threshold;
    model.m_crimeHead = crimeHead;
    if (!model.m_categories.read(in) || model.m_categories.classCount() != CategoryCount
        || (crimeHead > 0 && (!model.m_crime.read(in) || model.m_crime.classCount() != 2)) || !model.m_departments.read(in)
        || model.m_departments.classCount() != model.m_departmentCodes.size() + 1 || !in.atEnd())
        return Error {Tr::tr("%1: the model's weights are damaged or cut short.").arg(sourceName)};
    return model;
}

QByteArray TriageModel::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << FormatVersion;
    out.setFloatingPointPrecision(QDataStream::DoublePrecision);
    out << qint32(m_sampleCount) << m_crimeThreshold << m_crimeHead << m_departmentCodes;
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    m_categories.write(out);
    if (m_crimeHead > 0)
        m_crime.write(out);
    m_departments.write(out);
    return bytes;
}

QVector<int> TriageModel::groupedFolds(const QVector<LabelledText> &samples, int folds, double overlap, int *groupCount, int *largestGroup,
                                       quint32 shuffle)
{
    const int n = int(samples.size());
    std::vector<std::vector<size_t>> words;
    words.reserve(size_t(n));
    for (const LabelledText &s : samples)
        words.push_back(wordSet(s.text));
    QVector<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&parent](int i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    QHash<QString, int> firstOfGroup;
    for (int i = 0; i < n; ++i) {
        if (samples[i].group.isEmpty())
            continue;
        const auto it = firstOfGroup.constFind(samples[i].group);
        if (it == firstOfGroup.constEnd())
            firstOfGroup.insert(samples[i].group, i);
        else
            parent[root(i)] = root(*it);
    }
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            if (root(i) != root(j) && jaccard(words[size_t(i)], words[size_t(j)]) >= overlap)
                parent[root(i)] = root(j);
        }
    }
    QHash<int, QVector<int>> members;
    for (int i = 0; i < n; ++i)
        members[root(i)].push_back(i);
    QVector<QVector<int>> groups = members.values().toVector();
    std::sort(groups.begin(), groups.end(), [](const QVector<int> &a, const QVector<int> &b) {
        return a.size() != b.size() ? a.size() > b.size() : a.constFirst() < b.constFirst();
    });
    if (shuffle != 0 && groups.size() > 1) {
        // Fisher–Yates with the engine's raw output (the same order with every standard library),
        // then the largest groups first again.
        std::mt19937 random(shuffle);
        for (qsizetype i = groups.size() - 1; i > 0; --i)
            std::swap(groups[i], groups[qsizetype(random() % quint32(i + 1))]);
        std::stable_sort(groups.begin(), groups.end(), [](const QVector<int> &a, const QVector<int> &b) { return a.size() > b.size(); });
    }
    QVector<int> fold(n, 0);
    QVector<int> size(std::max(folds, 1), 0);
    for (const QVector<int> &g : std::as_const(groups)) {
        const int f = int(std::min_element(size.begin(), size.end()) - size.begin());
        for (int i : g)
            fold[i] = f;
        size[f] += int(g.size());
    }
    if (groupCount)
        *groupCount = int(groups.size());
    if (largestGroup)
        *largestGroup = groups.isEmpty() ? 0 : int(groups.constFirst().size());
    return fold;
}

double TriageModel::chooseCrimeThreshold(const QVector<std::array<double, CategoryCount>> &p, const QVector<Category> &truth, double recall)
{
    const size_t crime = size_t(Category::CrimeReport);
    std::vector<double> candidates;
    for (const auto &row : p) {
        if (row[crime] <= 0.5)
            candidates.push_back(row[crime]);
    }
    candidates.push_back(0.5);
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    double chosen = candidates.front();
    double bestPrecision = -1;
    for (double t : candidates) {
        int truePositive = 0, predicted = 0, actual = 0;
        for (int i = 0; i < p.size(); ++i) {
            const bool isCrime = truth[i] == Category::CrimeReport;
            const bool saysCrime = decideWith(p[i], t) == Category::CrimeReport;
            actual += isCrime;
            predicted += saysCrime;
            truePositive += isCrime && saysCrime;
        }
        if (actual == 0 || double(truePositive) / actual < recall)
            continue;
        const double precision = predicted ? double(truePositive) / predicted : 0.0;
        if (precision >= bestPrecision) {
            bestPrecision = precision;
            chosen = t;
        }
    }
    return chosen;
}

SparseVector TriageModel::departmentFeatures(const QString &text, Category category)
{
    // Word pairs are enough for the department: trigrams cost it 0.007 on the cross-validation.
    return TextFeatures::extract(text, DepartmentBits, {categoryToken(category)}, 2);
}

TriageModel TriageModel::train(const QVector<LabelledText> &samples, const CalibrationOptions &calibration, const TrainingOptions &options,
                               CrossValidation *report)
{
    TriageModel model;
    QStringList codes;
    for (const LabelledText &s : samples) {
        if (!s.departmentCode.isEmpty() && !codes.contains(s.departmentCode))
            codes.push_back(s.departmentCode);
    }
    std::sort(codes.begin(), codes.end());
    std::vector<Example> categoryExamples, departmentExamples;
    for (const LabelledText &s : samples) {
        SparseVector x = TextFeatures::extract(s.text, CategoryBits);
        if (x.isEmpty())
            continue;
        const float weight = s.category == Category::CrimeReport ? float(options.crimeWeight) : 1.0f;
        categoryExamples.push_back(Example {std::move(x), int(s.category), weight});
        departmentExamples.push_back(Example {departmentFeatures(s.text, s.category), int(codes.indexOf(s.departmentCode)) + 1, 1.0f});
    }
    const int departmentClasses = int(codes.size()) + 1;
    const bool crimeHead = calibration.crimeHead > 0;
    const std::vector<Example> crimeExamples = crimeHead ? crimeOrNot(categoryExamples) : std::vector<Example> {};

    CrossValidation cv;
    double categoryTemperature = 1.0, crimeTemperature = 1.0, departmentTemperature = 1.0, threshold = 0.5;
    if (calibration.folds >= 2 && samples.size() >= calibration.folds) {
        // Each message's fold, by the rows that have examples (a wordless row has none).
        QVector<LabelledText> kept;
        QVector<int> keptIndex;
        for (int i = 0; i < samples.size(); ++i) {
            if (!TextFeatures::extract(samples[i].text, CategoryBits).isEmpty()) {
                kept.push_back(samples[i]);
                keptIndex.push_back(i);
            }
        }
        // Each source's fold, when the rows come from enough sources to leave each one out.
        QStringList sources;
        QVector<int> sourceFold;
        for (const LabelledText &s : std::as_const(kept)) {
            qsizetype k = sources.indexOf(s.source);
            if (k < 0) {
                k = sources.size();
                sources.push_back(s.source);
            }
            sourceFold.push_back(int(k));
        }
        const bool bySource = calibration.folding == CalibrationOptions::Folding::Sources && sources.size() >= CalibrationOptions::MinimumSources;
        const int folds = bySource ? int(sources.size()) : calibration.folds;
        // Every fold assignment scores every message once, by models that saw nothing of its
        // group (or of its source); one assignment only when the folds are the sources.
        const int repeats = bySource ? 1 : std::max(calibration.repeats, 1);
        const size_t n = size_t(kept.size());
        std::vector<std::vector<double>> categoryScores(n * size_t(repeats)), crimeScores(n * size_t(repeats)), departmentScores(n * size_t(repeats));
        if (calibration.averageFolds) {
            model.m_categories = LinearModel(CategoryCount, CategoryBits);
            model.m_crime = crimeHead ? LinearModel(2, CategoryBits) : LinearModel {};
            model.m_departments = LinearModel(departmentClasses, DepartmentBits);
        }
        const double share = 1.0 / double(folds * repeats);
        for (int r = 0; r < repeats; ++r) {
            int groups = 0, largest = 0;
            QVector<int> fold = sourceFold;
            if (bySource) {
                groups = folds;
                for (int f = 0; f < folds; ++f)
                    largest = std::max(largest, int(sourceFold.count(f)));
            } else {
                fold = groupedFolds(kept, folds, calibration.groupOverlap, &groups, &largest, quint32(r));
            }
            if (r == 0) {
                cv.groups = groups;
                cv.largestGroup = largest;
            }
            for (int f = 0; f < folds; ++f) {
                std::vector<Example> c, b, d;
                for (size_t i = 0; i < n; ++i) {
                    if (fold[qsizetype(i)] != f) {
                        c.push_back(categoryExamples[i]);
                        if (crimeHead)
                            b.push_back(crimeExamples[i]);
                        d.push_back(departmentExamples[i]);
                    }
                }
                const LinearModel cm = LinearModel::train(c, CategoryCount, CategoryBits, options);
                const LinearModel bm = crimeHead ? LinearModel::train(b, 2, CategoryBits, options) : LinearModel {};
                const LinearModel dm = LinearModel::train(d, departmentClasses, DepartmentBits, options);
                if (calibration.averageFolds) {
                    model.m_categories.addScaled(cm, share);
                    if (crimeHead)
                        model.m_crime.addScaled(bm, share);
                    model.m_departments.addScaled(dm, share);
                }
                for (size_t i = 0; i < n; ++i) {
                    if (fold[qsizetype(i)] == f) {
                        categoryScores[size_t(r) * n + i] = cm.scores(categoryExamples[i].x);
                        if (crimeHead)
                            crimeScores[size_t(r) * n + i] = bm.scores(categoryExamples[i].x);
                        departmentScores[size_t(r) * n + i] = dm.scores(departmentExamples[i].x);
                    }
                }
            }
        }
        std::vector<int> categoryLabels, crimeLabels, departmentLabels;
        for (int r = 0; r < repeats; ++r) {
            for (size_t i = 0; i < n; ++i) {
                categoryLabels.push_back(categoryExamples[i].label);
                crimeLabels.push_back(categoryExamples[i].label == int(Category::CrimeReport) ? 1 : 0);
                departmentLabels.push_back(departmentExamples[i].label);
            }
        }
        categoryTemperature = LinearModel::fitTemperature(categoryScores, categoryLabels);
        if (crimeHead)
            crimeTemperature = LinearModel::fitTemperature(crimeScores, crimeLabels);
        departmentTemperature = LinearModel::fitTemperature(departmentScores, departmentLabels);
        QVector<std::array<double, CategoryCount>> p;
        QVector<Category> truth;
        for (size_t k = 0; k < categoryScores.size(); ++k) {
            std::array<double, CategoryCount> pk = toArray(LinearModel::softmax(categoryScores[k], categoryTemperature));
            if (crimeHead)
                pk = mixCrime(pk, LinearModel::softmax(crimeScores[k], crimeTemperature)[1], calibration.crimeHead);
            p.push_back(pk);
            truth.push_back(kept[qsizetype(k % n)].category);
        }
        threshold = chooseCrimeThreshold(p, truth, calibration.crimeRecall);
        cv.folding = bySource ? CalibrationOptions::Folding::Sources : CalibrationOptions::Folding::NearDuplicates;
        cv.folds = folds;
        cv.repeats = repeats;
        cv.temperature = categoryTemperature;
        cv.crimeThreshold = threshold;
        for (size_t k = 0; k < categoryScores.size(); ++k) {
            const size_t i = k % n;
            CrossValidated r;
            r.sample = keptIndex[qsizetype(i)];
            r.repeat = int(k / n);
            r.truth = kept[qsizetype(i)].category;
            r.got = decideWith(p[qsizetype(k)], threshold);
            r.confidence = p[qsizetype(k)][size_t(r.got)];
            r.crimeProbability = p[qsizetype(k)][size_t(Category::CrimeReport)];
            r.departmentTruth = kept[qsizetype(i)].departmentCode;
            // The department is guessed given the true category, as when an officer has set it.
            const std::vector<double> dp = LinearModel::softmax(departmentScores[k], departmentTemperature);
            const int best = int(std::max_element(dp.begin(), dp.end()) - dp.begin());
            if (dp[size_t(best)] >= DepartmentSure && best > 0)
                r.departmentGot = codes.at(best - 1);
            cv.scored.push_back(r);
        }
    }

    const bool averaged = calibration.averageFolds && !model.m_categories.isEmpty();
    if (!averaged)
        model.m_categories = LinearModel::train(categoryExamples, CategoryCount, CategoryBits, options);
    model.m_categories.setTemperature(categoryTemperature);
    if (crimeHead) {
        if (!averaged)
            model.m_crime = LinearModel::train(crimeExamples, 2, CategoryBits, options);
        model.m_crime.setTemperature(crimeTemperature);
        model.m_crimeHead = calibration.crimeHead;
    }
    if (!averaged)
        model.m_departments = LinearModel::train(departmentExamples, departmentClasses, DepartmentBits, options);
    model.m_departments.setTemperature(departmentTemperature);
    model.m_departmentCodes = codes;
    model.m_crimeThreshold = threshold;
    model.m_sampleCount = int(categoryExamples.size());
    if (report)
        *report = cv;
    return model;
}

std::array<double, CategoryCount> TriageModel::probabilities(const QString &text) const
{
    std::array<double, CategoryCount> p {};
    if (!isTrained())
        return p;
    const SparseVector x = TextFeatures::extract(text, CategoryBits);
    if (x.isEmpty())
        return p;
    p = toArray(m_categories.probabilities(x));
    if (m_crimeHead > 0 && !m_crime.isEmpty())
        p = mixCrime(p, m_crime.probabilities(x)[1], m_crimeHead);
    return p;
}

Category TriageModel::decide(const std::array<double, CategoryCount> &probabilities) const
{
    return decideWith(probabilities, m_crimeThreshold);
}

Category TriageModel::decide(const std::array<double, CategoryCount> &probabilities, double crimeThreshold)
{
    return decideWith(probabilities, crimeThreshold);
}

DepartmentGuess TriageModel::department(const QString &text, Category category) const
{
    DepartmentGuess guess;
    if (m_departments.isEmpty())
        return guess;
    const SparseVector x = departmentFeatures(text, category);
    if (x.isEmpty())
        return guess;
    const std::vector<double> p = m_departments.probabilities(x);
    const int best = int(std::max_element(p.begin(), p.end()) - p.begin());
    guess.confidence = p[size_t(best)];
    guess.sure = guess.confidence >= DepartmentSure;
    if (best > 0)
        guess.code = m_departmentCodes.at(best - 1);
    return guess;
}

void TriageModel::learnCategory(const QString &text, Category category, double weight)
{
    if (!isTrained())
        return;
    const SparseVector x = TextFeatures::extract(text, CategoryBits);
    m_categories.learn(x, int(category), CorrectionRate * weight, CorrectionSteps, CorrectionEnough);
    if (m_crimeHead > 0 && !m_crime.isEmpty())
        m_crime.learn(x, category == Category::CrimeReport ? 1 : 0, CorrectionRate * weight, CorrectionSteps, CorrectionEnough);
}

void TriageModel::learnDepartment(const QString &text, Category category, const QString &code, double weight)
{
    const int label = code.isEmpty() ? 0 : int(m_departmentCodes.indexOf(code)) + 1;
    if (m_departments.isEmpty() || label < 0 || (!code.isEmpty() && label == 0))
        return;
    m_departments.learn(departmentFeatures(text, category), label, CorrectionRate * weight, CorrectionSteps, CorrectionEnough);
}

} // namespace casedesk::triage
