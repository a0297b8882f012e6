// triage_eval: an honest measure of the triage classifier and the competent-unit rules (issue 15).
//
//  1. Grouped k-fold cross-validation over the training corpus (the shipped seed set,
//     tests/data/sample-messages.tsv and the hand-written corpus): messages that are instances of one template, or near
//     duplicates of each other (their folded word sets overlap by at least --group-overlap, joined
//     transitively), form one group, and a group is never split between training and scoring.
//  2. The held-out set tests/data/triage-heldout.tsv, written apart from the training corpus and
//     never used to tune anything, scored with the model as shipped (trained on the seed set's
//     training part and the hand-written corpus), and with the seed set alone for comparison.
// Each prints accuracy, per-category precision, recall and F1, the confusion matrix, crime-report
// recall and precision, competent-department accuracy over the rows that name a department (the
// rules given the true category), and calibration (mean confidence next to accuracy per band).
// A benchmark that prints figures; it is not a test and chooses nothing.
#include "core/domain/textfold.h"
#include "core/triage/classifier.h"
#include "core/triage/competentunitrules.h"
#include "core/triage/seedset.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cstdio>
#include <numeric>

using namespace casedesk::triage;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

/// One scored message: its truth and what the model said.
struct Scored
{
    Category truth = Category::Other;
    Category got = Category::Other;
    double confidence = 0;
    bool unitNamed = false; // the row names a competent department
    bool unitRight = false;
};

/// A department as the rules name it ("PC02"): the held-out set names units of the tree ("84-PC02").
QString departmentCode(const QString &code)
{
    return code.section(QLatin1Char('-'), -1);
}

Scored score(const Classifier &classifier, const CompetentUnitRules &rules, const LabelledText &s)
{
    const Classification c = classifier.classify(s.text);
    Scored r;
    r.truth = s.category;
    r.got = c.category;
    r.confidence = c.confidence;
    r.unitNamed = !s.departmentCode.isEmpty() && s.departmentCode != QLatin1String("-");
    r.unitRight = r.unitNamed && departmentCode(rules.suggestCode(s.text, s.category)) == departmentCode(s.departmentCode);
    return r;
}

void report(const QString &name, const QVector<Scored> &all)
{
    constexpr int n = CategoryCount;
    std::array<std::array<int, n>, n> matrix {};
    int correct = 0, named = 0, unitRight = 0;
    double confidence = 0;
    for (const Scored &s : all) {
        ++matrix[size_t(s.truth)][size_t(s.got)];
        correct += s.truth == s.got ? 1 : 0;
        confidence += s.confidence;
        named += s.unitNamed ? 1 : 0;
        unitRight += s.unitRight ? 1 : 0;
    }
    const int total = int(all.size());
    print(QString());
    print(QStringLiteral("%1: %2 messages, accuracy %3, mean confidence %4")
              .arg(name)
              .arg(total)
              .arg(double(correct) / total, 0, 'f', 3)
              .arg(confidence / total, 0, 'f', 3));
    print(QStringLiteral("  %1 %2 %3 %4 %5")
              .arg(QStringLiteral("category"), -20)
              .arg(QStringLiteral("precision"), 10)
              .arg(QStringLiteral("recall"), 8)
              .arg(QStringLiteral("F1"), 8)
              .arg(QStringLiteral("support"), 8));
    for (Category cat : allCategories()) {
        const size_t i = size_t(cat);
        int predicted = 0, support = 0;
        for (size_t j = 0; j < size_t(n); ++j) {
            predicted += matrix[j][i];
            support += matrix[i][j];
        }
        const double precision = predicted ? double(matrix[i][i]) / predicted : 0.0;
        const double recall = support ? double(matrix[i][i]) / support : 0.0;
        const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        print(QStringLiteral("  %1 %2 %3 %4 %5")
                  .arg(categoryKey(cat), -20)
                  .arg(precision, 10, 'f', 3)
                  .arg(recall, 8, 'f', 3)
                  .arg(f1, 8, 'f', 3)
                  .arg(support, 8));
        if (cat == Category::CrimeReport)
            print(QStringLiteral("  crime reports: recall %1, precision %2").arg(recall, 0, 'f', 3).arg(precision, 0, 'f', 3));
    }
    QString header = QStringLiteral("  confusion (rows: truth, columns: model)  ");
    for (Category cat : allCategories())
        header += QStringLiteral("%1").arg(categoryKey(cat).left(10), 11);
    print(header);
    for (Category truth : allCategories()) {
        QString row = QStringLiteral("  %1").arg(categoryKey(truth), -41);
        for (Category got : allCategories())
            row += QStringLiteral("%1").arg(matrix[size_t(truth)][size_t(got)], 11);
        print(row);
    }
    print(QStringLiteral("  competent department over the %1 rows that name one (rules, given the true category): %2 (%3 right)")
              .arg(named)
              .arg(named ? double(unitRight) / named : 0.0, 0, 'f', 3)
              .arg(unitRight));
    print(QStringLiteral("  calibration: confidence band, messages, mean confidence, accuracy"));
    const double bands[] = {0.0, 0.5, 0.7, 0.9, 1.0001};
    for (int b = 0; b < 4; ++b) {
        int count = 0, right = 0;
        double sum = 0;
        for (const Scored &s : all) {
            if (s.confidence >= bands[b] && s.confidence < bands[b + 1]) {
                ++count;
                sum += s.confidence;
                right += s.truth == s.got ? 1 : 0;
            }
        }
        print(QStringLiteral("    [%1, %2)  %3  %4  %5")
                  .arg(bands[b], 0, 'f', 1)
                  .arg(std::min(bands[b + 1], 1.0), 0, 'f', 1)
                  .arg(count, 5)
                  .arg(count ? sum / count : 0.0, 0, 'f', 3)
                  .arg(count ? double(right) / count : 0.0, 0, 'f', 3));
    }
}

/// Groups of near-duplicates: two messages whose folded word sets overlap (Jaccard) by at least
/// @p overlap are in one group, transitively. Returns each message's group id.
QVector<int> groupsOf(const QVector<LabelledText> &set, double overlap)
{
    QVector<QSet<QString>> words;
    words.reserve(set.size());
    for (const LabelledText &s : set) {
        const QStringList w = casedesk::domain::TextFold::plainWords(s.text);
        words.push_back(QSet<QString>(w.begin(), w.end()));
    }
    QVector<int> parent(set.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&parent](int i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    for (int i = 0; i < set.size(); ++i) {
        for (int j = i + 1; j < set.size(); ++j) {
            const qsizetype shared = QSet<QString>(words[i]).intersect(words[j]).size();
            const qsizetype joined = words[i].size() + words[j].size() - shared;
            if (joined > 0 && double(shared) / double(joined) >= overlap)
                parent[root(i)] = root(j);
        }
    }
    QVector<int> group(set.size());
    for (int i = 0; i < set.size(); ++i)
        group[i] = root(i);
    return group;
}

/// A file of the held-out set's form (the held-out set, a part of the corpus): text, category,
/// competent, group (the group is not used here).
QVector<LabelledText> readHeldOut(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return {};
    }
    QVector<LabelledText> out;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (line.isEmpty() || line.startsWith('#') || line.startsWith("text\t"))
            continue;
        const QList<QByteArray> c = line.split('\t');
        const auto category = c.size() == 4 ? categoryFromKey(QString::fromUtf8(c.at(1))) : std::nullopt;
        if (!category) {
            *error = QStringLiteral("%1: a malformed row: %2").arg(path, QString::fromUtf8(line.left(80)));
            return {};
        }
        out.push_back(LabelledText {QString::fromUtf8(c.at(0)), *category, QString::fromUtf8(c.at(2))});
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int folds = 5;
    double overlap = 0.5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--folds"))
            folds = std::max(2, args.at(i + 1).toInt());
        if (args.at(i) == QLatin1String("--group-overlap"))
            overlap = args.at(i + 1).toDouble();
    }
    auto seed = SeedSet::shipped();
    auto sample = SeedSet::read(QStringLiteral(CASEDESK_SOURCE_DIR "/tests/data/sample-messages.tsv"));
    auto rules = CompetentUnitRules::shipped();
    if (!seed || !sample || !rules) {
        std::fprintf(stderr, "%s\n", (!seed ? seed.error() : !sample ? sample.error() : rules.error()).message.toUtf8().constData());
        return 1;
    }
    QString error;
    const QVector<LabelledText> heldOut = readHeldOut(QStringLiteral(CASEDESK_SOURCE_DIR "/tests/data/triage-heldout.tsv"), &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", error.toUtf8().constData());
        return 1;
    }

    // 1. Grouped k-fold cross-validation over the training corpus.
    auto handWritten = SeedSet::corpus();
    if (!handWritten) {
        std::fprintf(stderr, "%s\n", handWritten.error().message.toUtf8().constData());
        return 1;
    }
    const QVector<LabelledText> corpus = *seed + *sample + *handWritten;
    const QVector<int> group = groupsOf(corpus, overlap);
    QHash<int, QVector<int>> members;
    for (int i = 0; i < corpus.size(); ++i)
        members[group[i]].push_back(i);
    QVector<QVector<int>> groups = members.values().toVector();
    // Largest groups first, each to the fold with fewest messages so far (ties: the first): the
    // same folds on every run.
    std::sort(groups.begin(), groups.end(), [](const QVector<int> &a, const QVector<int> &b) {
        return a.size() != b.size() ? a.size() > b.size() : a.constFirst() < b.constFirst();
    });
    QVector<int> fold(corpus.size());
    QVector<int> foldSize(folds, 0);
    int largest = 0;
    for (const QVector<int> &g : std::as_const(groups)) {
        const int f = int(std::min_element(foldSize.begin(), foldSize.end()) - foldSize.begin());
        for (int i : g)
            fold[i] = f;
        foldSize[f] += int(g.size());
        largest = std::max(largest, int(g.size()));
    }
    print(QStringLiteral(
              "Training corpus: %1 messages (seed set %2, sample set %3, hand-written corpus %9) in %4 groups of near-duplicates (word overlap ≥ %5; "
              "largest group %6 messages); %7 folds of %8 messages")
              .arg(corpus.size())
              .arg(seed->size())
              .arg(sample->size())
              .arg(groups.size())
              .arg(overlap, 0, 'f', 2)
              .arg(largest)
              .arg(folds)
              .arg(QStringList([&] {
                       QStringList s;
                       for (int n : foldSize)
                           s << QString::number(n);
                       return s;
                   }())
                       .join(QLatin1Char('/')))
              .arg(handWritten->size()));
    QVector<Scored> crossValidated;
    QElapsedTimer timer;
    timer.start();
    for (int f = 0; f < folds; ++f) {
        QVector<LabelledText> training;
        for (int i = 0; i < corpus.size(); ++i) {
            if (fold[i] != f)
                training.push_back(corpus[i]);
        }
        const Classifier model(training);
        for (int i = 0; i < corpus.size(); ++i) {
            if (fold[i] == f)
                crossValidated.push_back(score(model, *rules, corpus[i]));
        }
    }
    report(QStringLiteral("Grouped %1-fold cross-validation (each message scored by a model that saw no message of its group)").arg(folds),
           crossValidated);

    // 2. The held-out set, with the model as shipped.
    const Classifier shipped;
    QVector<Scored> held;
    for (const LabelledText &s : heldOut)
        held.push_back(score(shipped, *rules, s));
    report(QStringLiteral("Held-out set tests/data/triage-heldout.tsv (model as shipped: trained on %1 messages of the seed set and the corpus)")
               .arg(shipped.sampleCount()),
           held);

    // 3. For comparison, the model as it was shipped before the corpus: the seed set's training part alone.
    const Classifier seedOnly(SeedSet::trainingPart(*seed));
    QVector<Scored> heldSeedOnly;
    for (const LabelledText &s : heldOut)
        heldSeedOnly.push_back(score(seedOnly, *rules, s));
    report(QStringLiteral("Held-out set, the model trained on the seed set's training part alone (%1 messages; shipped until the corpus)")
               .arg(seedOnly.sampleCount()),
           heldSeedOnly);

    // Speed of the shipped model.
    QVector<QString> texts;
    for (const LabelledText &s : corpus)
        texts.push_back(s.text);
    timer.restart();
    int classified = 0, sink = 0;
    while (timer.elapsed() < 1000) {
        for (const QString &t : std::as_const(texts)) {
            sink += int(shipped.classify(t).category);
            ++classified;
        }
    }
    print(QString());
    print(QStringLiteral("classify: %1 messages/s").arg(qint64(classified * 1000.0 / timer.elapsed())));
    return sink >= 0 ? 0 : 1;
}
