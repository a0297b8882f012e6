// triage_eval: an honest measure of the triage model and the competent-unit suggestion (issue 15).
//
//  1. Cross-validation over the training corpus (the shipped seed set,
//     tests/data/sample-messages.tsv and the hand-written corpus), two ways:
//     - grouped k-fold: messages that are instances of one template, share a group id, or are near
//       duplicates of each other (their folded word sets overlap by at least 0.5, joined
//       transitively) form one group, and a group is never split between training and scoring;
//     - each source left out (a source is a file: one writer, or one round of writing), as the
//       build calibrates the model (TriageModel::train): its temperatures and crime threshold are
//       the ones shown there, and the build's own set's are the shipped model's.
//  2. The held-out sets (tests/triage/heldoutsets.h), written apart from the
//     training corpus and never used to tune anything, scored with the model as shipped (trained by
//     the build on the seed set's training part and the hand-written corpus).
// Each prints accuracy, per-category precision, recall and F1, the confusion matrix, crime-report
// recall and precision, competent-department accuracy over the rows that name a department (the
// model given the true category when it is sure, else the phrase rules), and calibration (mean
// confidence next to accuracy, per band). --errors lists the messages the cross-validation got
// wrong; --by-part leaves each source out in turn, runs the whole procedure (calibration included)
// on the rest and scores it — the figures on a writer never seen, nested — and which threshold
// those scores would choose (--by-part-only does that without the cross-validations; --l2 X and
// --crime-head W set options there, and --one-model trains one model on all the rest in place of
// the average of the calibration's models; --dump FILE writes each scored message's source,
// category, decision and crime probability; --jobs N runs the sources on N threads, one per core
// by default); --without part-x.tsv,... leaves corpus parts out of everything, to measure what a
// part adds, and --with FILE,... adds parts not yet shipped; --cv-only leaves the held-out sets
// and the speed out, --speed-only measures the speed alone; --quick skips the build's own set;
// --explore N also cross-validates other training options (a benchmark that prints figures; it
// chooses nothing by itself).
#include "core/domain/textfold.h"
#include "core/triage/classifier.h"
#include "core/triage/competentunitrules.h"
#include "core/triage/seedset.h"
#include "core/triage/triagemodel.h"
#include "tests/triage/heldoutsets.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <numeric>
#include <thread>
#include <vector>

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

/// The department the program suggests given the true category: the model's when it is sure,
/// else the phrase rules'.
QString suggestedDepartment(const DepartmentGuess &guess, const CompetentUnitRules &rules, const LabelledText &s)
{
    return guess.sure ? guess.code : rules.suggestCode(s.text, s.category);
}

Scored score(const Classifier &classifier, const CompetentUnitRules &rules, const LabelledText &s)
{
    const Classification c = classifier.classify(s.text);
    Scored r;
    r.truth = s.category;
    r.got = c.category;
    r.confidence = c.confidence;
    r.unitNamed = !s.departmentCode.isEmpty();
    r.unitRight = r.unitNamed && suggestedDepartment(classifier.department(s.text, s.category), rules, s) == s.departmentCode;
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int explore = 0;
    const bool errors = QCoreApplication::arguments().contains(QStringLiteral("--errors"));
    // --cv-only: the cross-validation alone (and --explore), without a look at the held-out set.
    const bool cvOnly = QCoreApplication::arguments().contains(QStringLiteral("--cv-only"));
    // --quick: the training corpus' cross-validation alone, not the build's set's as well.
    const bool quick = QCoreApplication::arguments().contains(QStringLiteral("--quick"));
    // --speed-only: the shipped model's load time and speed alone (no cross-validation, no
    // held-out set).
    const bool speedOnly = QCoreApplication::arguments().contains(QStringLiteral("--speed-only"));
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--explore"))
            explore = args.at(i + 1).toInt();
    }
    auto seed = SeedSet::shipped();
    auto sample = SeedSet::read(QStringLiteral(CASEDESK_SOURCE_DIR "/tests/data/sample-messages.tsv"));
    auto handWritten = SeedSet::corpus();
    QStringList heldOutFiles;
    for (const HeldOutSet &set : kHeldOutSets)
        heldOutFiles << QStringLiteral("tests/data/") + QString::fromLatin1(set.file);
    QVector<QVector<LabelledText>> heldOutSets;
    QString heldOutError;
    for (const QString &file : heldOutFiles) {
        auto rows = SeedSet::read(QStringLiteral(CASEDESK_SOURCE_DIR "/") + file);
        if (!rows && heldOutError.isEmpty())
            heldOutError = rows.error().message;
        heldOutSets.push_back(rows ? *rows : QVector<LabelledText> {});
    }
    auto rules = CompetentUnitRules::shipped();
    const QString error = !seed   ? seed.error().message
        : !sample                 ? sample.error().message
        : !handWritten            ? handWritten.error().message
        : !heldOutError.isEmpty() ? heldOutError
        : !rules                  ? rules.error().message
                                  : QString();
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", error.toUtf8().constData());
        return 1;
    }

    // 1. Grouped k-fold cross-validation over the training corpus.
    // --without part-l.tsv,part-m.tsv: those corpus parts left out of everything, to measure what
    // a part adds.
    QStringList without;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--without"))
            without = args.at(i + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    QVector<LabelledText> kept;
    for (const LabelledText &s : std::as_const(*handWritten)) {
        if (!without.contains(s.source.section(QLatin1Char('/'), -1)))
            kept.push_back(s);
    }
    *handWritten = kept;
    // --with FILE,...: corpus parts not yet shipped, read from those files and added to the
    // hand-written corpus (each one its own source), to measure a new part before it is kept.
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) != QLatin1String("--with"))
            continue;
        for (const QString &file : args.at(i + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto rows = SeedSet::read(file);
            if (!rows) {
                std::fprintf(stderr, "%s\n", rows.error().message.toUtf8().constData());
                return 1;
            }
            *handWritten += *rows;
        }
    }
    const QVector<LabelledText> corpus = *seed + *sample + *handWritten;
    // Where each row comes from, for the figures per source: the seed set, the sample set, and
    // each part of the corpus, by the file each row was read from.
    QStringList sourceNames;
    QVector<int> source;
    for (const LabelledText &s : corpus) {
        const QString name = s.source.section(QLatin1Char('/'), -1);
        if (!sourceNames.contains(name))
            sourceNames.push_back(name);
        source.push_back(int(sourceNames.indexOf(name)));
    }
    // The build's training set: the seed set's training part and the hand-written corpus (the
    // seed set's held-out part and the sample set are scored by tests/triage/test_classifier.cpp).
    const QVector<LabelledText> buildSet = SeedSet::trainingPart(*seed) + *handWritten;
    const auto crossValidate
        = [&](const QVector<LabelledText> &rows, const TrainingOptions &options, bool print, CalibrationOptions::Folding folding) {
              QElapsedTimer timer;
              timer.start();
              CrossValidation cv;
              CalibrationOptions calibration;
              calibration.folding = folding;
              TriageModel::train(rows, calibration, options, &cv);
              const bool bySource = cv.folding == CalibrationOptions::Folding::Sources;
              QVector<Scored> scored;
              for (const CrossValidated &c : std::as_const(cv.scored)) {
                  Scored r;
                  r.truth = c.truth;
                  r.got = c.got;
                  r.confidence = c.confidence;
                  const LabelledText &s = rows[c.sample];
                  r.unitNamed = !c.departmentTruth.isEmpty();
                  if (print && errors && c.truth == Category::CrimeReport && c.crimeProbability < 0.3)
                      ::print(QStringLiteral("  weak crime report: %1 as %2: %3")
                                  .arg(c.crimeProbability, 0, 'f', 3)
                                  .arg(categoryKey(c.got))
                                  .arg(s.text.left(160)));
                  if (print && errors && c.got != c.truth)
                      ::print(QStringLiteral("  wrong: %1 as %2 (%3): %4")
                                  .arg(categoryKey(c.truth), categoryKey(c.got))
                                  .arg(c.confidence, 0, 'f', 2)
                                  .arg(s.text.left(160)));
                  DepartmentGuess guess;
                  guess.code = c.departmentGot;
                  guess.sure = !c.departmentGot.isEmpty();
                  r.unitRight = r.unitNamed && suggestedDepartment(guess, *rules, s) == c.departmentTruth;
                  scored.push_back(r);
              }
              const QString method = bySource ? QStringLiteral("each of the %1 sources left out in turn, as the build calibrates (each message "
                                                               "scored once, by a model trained on the other sources)")
                                                    .arg(cv.folds)
                                              : QStringLiteral("grouped %1-fold cross-validation over %2 fold assignments (each message "
                                                               "scored once per assignment, by a model that saw no message of its group)")
                                                    .arg(cv.folds)
                                                    .arg(cv.repeats);
              if (print && &rows == &buildSet) {
                  ::print(QString());
                  ::print(QStringLiteral("The build's training set: %1 messages (the seed set's training part and the hand-written corpus) in %2 "
                                         "groups; temperature %3, crime threshold %4 chosen for recall ≥ 0.97; %5 s")
                              .arg(rows.size())
                              .arg(cv.groups)
                              .arg(cv.temperature, 0, 'f', 3)
                              .arg(cv.crimeThreshold, 0, 'f', 3)
                              .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
                  report(QStringLiteral("The build's set, ") + method, scored);
              } else if (print) {
                  ::print(QStringLiteral("Training corpus: %1 messages (seed set %2, sample set %3, hand-written corpus %4) in %5 groups "
                                         "(largest %6 messages); temperature %7, crime threshold %8 chosen for recall ≥ 0.97; %9 s")
                              .arg(rows.size())
                              .arg(seed->size())
                              .arg(sample->size())
                              .arg(handWritten->size())
                              .arg(cv.groups)
                              .arg(cv.largestGroup)
                              .arg(cv.temperature, 0, 'f', 3)
                              .arg(cv.crimeThreshold, 0, 'f', 3)
                              .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
                  report(QStringLiteral("Training corpus, ") + method, scored);
                  if (source.size() == rows.size()) {
                      ::print(QStringLiteral("  by source: messages, accuracy, crime reports, crime recall, crime precision"));
                      for (int k = 0; k < sourceNames.size(); ++k) {
                          int n = 0, right = 0, crimes = 0, found = 0, said = 0;
                          for (int i = 0; i < cv.scored.size(); ++i) {
                              if (source[cv.scored[i].sample] != k)
                                  continue;
                              const Scored &x = scored[i];
                              ++n;
                              right += x.truth == x.got;
                              crimes += x.truth == Category::CrimeReport;
                              said += x.got == Category::CrimeReport;
                              found += x.truth == Category::CrimeReport && x.got == Category::CrimeReport;
                          }
                          ::print(QStringLiteral("    %1 %2 %3 %4 %5 %6")
                                      .arg(sourceNames[k], -24)
                                      .arg(n, 5)
                                      .arg(n ? double(right) / n : 0.0, 6, 'f', 3)
                                      .arg(crimes, 5)
                                      .arg(crimes ? double(found) / crimes : 0.0, 6, 'f', 3)
                                      .arg(said ? double(found) / said : 0.0, 6, 'f', 3));
                      }
                  }
              }
              return scored;
          };
    // --by-part-only: the sources left out alone (below), without the two cross-validations.
    if (!speedOnly && !QCoreApplication::arguments().contains(QStringLiteral("--by-part-only"))) {
        crossValidate(corpus, TrainingOptions {}, true, CalibrationOptions::Folding::NearDuplicates);
        crossValidate(corpus, TrainingOptions {}, true, CalibrationOptions::Folding::Sources);
    }
    // The build's calibration on its own training set: its threshold is the one the shipped model carries.
    if (!quick && !speedOnly)
        crossValidate(buildSet, TrainingOptions {}, true, CalibrationOptions::Folding::Sources);
    {
        const Classifier shipped;
        print(QStringLiteral("  the shipped model (trained by the build on %1 messages): crime threshold %2, temperature %3")
                  .arg(shipped.sampleCount())
                  .arg(shipped.model().crimeThreshold(), 0, 'f', 3)
                  .arg(shipped.model().temperature(), 0, 'f', 3));
    }

    // 1b. --by-part: each source left out in turn, the whole procedure (one fold assignment for
    // the temperatures and the threshold) run on the rest, the left-out source scored: how the
    // threshold chosen on the cross-validation holds on messages of a writer it never saw.
    if ((QCoreApplication::arguments().contains(QStringLiteral("--by-part"))
         || QCoreApplication::arguments().contains(QStringLiteral("--by-part-only")))
        && source.size() == corpus.size()) {
        print(QString());
        print(QStringLiteral("Each source left out: trained and calibrated on the others, scored on it -> messages, accuracy, crime "
                             "reports, threshold, crime recall, crime precision"));
        int allCrimes = 0, allFound = 0, allSaid = 0, allRight = 0, allN = 0;
        QVector<std::array<double, CategoryCount>> pooled;
        QVector<Category> pooledTruth;
        CalibrationOptions calibration;
        calibration.repeats = 1;
        TrainingOptions options;
        for (int a = 1; a + 1 < args.size(); ++a) {
            if (args.at(a) == QLatin1String("--l2"))
                options.l2 = args.at(a + 1).toDouble();
            if (args.at(a) == QLatin1String("--crime-head"))
                calibration.crimeHead = args.at(a + 1).toDouble();
        }
        if (QCoreApplication::arguments().contains(QStringLiteral("--one-model")))
            calibration.averageFolds = false;
        // --dump FILE: each left-out message's source, category, decision and crime probability,
        // tab-separated, for measures this program does not print.
        QFile dump;
        for (int a = 1; a + 1 < args.size(); ++a) {
            if (args.at(a) == QLatin1String("--dump")) {
                dump.setFileName(args.at(a + 1));
                if (!dump.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                    std::fprintf(stderr, "%s: %s\n", qPrintable(dump.fileName()), qPrintable(dump.errorString()));
                    return 1;
                }
            }
        }
        // Each source's left-out run is independent of the others: --jobs N runs them on N threads
        // (default: one per core); the figures are printed in the sources' order, as one thread
        // would print them.
        int jobs = int(std::max(1u, std::thread::hardware_concurrency()));
        for (int a = 1; a + 1 < args.size(); ++a) {
            if (args.at(a) == QLatin1String("--jobs"))
                jobs = std::max(1, args.at(a + 1).toInt());
        }
        struct LeftOut
        {
            QVector<std::array<double, CategoryCount>> probabilities;
            QVector<Category> got;
            double threshold = 0;
        };
        QVector<LeftOut> leftOut(sourceNames.size());
        LeftOut *const slots = leftOut.data(); // each thread fills its sources' slots
        std::atomic<int> next {0};
        const auto work = [&] {
            for (int k = next++; k < sourceNames.size(); k = next++) {
                QVector<LabelledText> rest;
                for (int i = 0; i < corpus.size(); ++i) {
                    if (source[i] != k)
                        rest.push_back(corpus[i]);
                }
                const Classifier model(TriageModel::train(rest, calibration, options));
                LeftOut &out = slots[k];
                out.threshold = model.model().crimeThreshold();
                for (int i = 0; i < corpus.size(); ++i) {
                    if (source[i] == k) {
                        out.got.push_back(model.classify(corpus[i].text).category);
                        out.probabilities.push_back(model.model().probabilities(corpus[i].text));
                    }
                }
            }
        };
        std::vector<std::thread> threads;
        for (int j = 0; j < jobs; ++j)
            threads.emplace_back(work);
        for (std::thread &t : threads)
            t.join();
        for (int k = 0; k < sourceNames.size(); ++k) {
            QVector<LabelledText> left;
            for (int i = 0; i < corpus.size(); ++i) {
                if (source[i] == k)
                    left.push_back(corpus[i]);
            }
            int n = 0, right = 0, crimes = 0, found = 0, said = 0;
            for (int j = 0; j < left.size(); ++j) {
                const LabelledText &s = left.at(j);
                const Category got = leftOut[k].got.at(j);
                pooled.push_back(leftOut[k].probabilities.at(j));
                if (dump.isOpen())
                    dump.write(QStringLiteral("%1\t%2\t%3\t%4\n")
                                   .arg(sourceNames[k], categoryKey(s.category), categoryKey(got))
                                   .arg(pooled.constLast()[size_t(Category::CrimeReport)], 0, 'g', 6)
                                   .toUtf8());
                if (errors && got != s.category)
                    print(QStringLiteral("  wrong (%1 left out): %2 as %3 (crime %4): %5")
                              .arg(sourceNames[k], categoryKey(s.category), categoryKey(got))
                              .arg(pooled.constLast()[size_t(Category::CrimeReport)], 0, 'f', 3)
                              .arg(s.text.left(200)));
                pooledTruth.push_back(s.category);
                ++n;
                right += got == s.category;
                crimes += s.category == Category::CrimeReport;
                said += got == Category::CrimeReport;
                found += got == Category::CrimeReport && s.category == Category::CrimeReport;
            }
            allN += n;
            allRight += right;
            allCrimes += crimes;
            allFound += found;
            allSaid += said;
            print(QStringLiteral("    %1 %2 %3 %4 %5 %6 %7")
                      .arg(sourceNames[k], -24)
                      .arg(n, 5)
                      .arg(n ? double(right) / n : 0.0, 6, 'f', 3)
                      .arg(crimes, 5)
                      .arg(leftOut[k].threshold, 6, 'f', 3)
                      .arg(crimes ? double(found) / crimes : 0.0, 6, 'f', 3)
                      .arg(said ? double(found) / said : 0.0, 6, 'f', 3));
        }
        print(QStringLiteral("    all sources, pooled:     %1 %2 %3        %4 %5")
                  .arg(allN, 5)
                  .arg(allN ? double(allRight) / allN : 0.0, 6, 'f', 3)
                  .arg(allCrimes, 5)
                  .arg(allCrimes ? double(allFound) / allCrimes : 0.0, 6, 'f', 3)
                  .arg(allSaid ? double(allFound) / allSaid : 0.0, 6, 'f', 3));
        for (double recall : {0.96, 0.97, 0.98}) {
            const double t = TriageModel::chooseCrimeThreshold(pooled, pooledTruth, recall);
            int crimes = 0, found = 0, said = 0, right = 0;
            for (int i = 0; i < pooled.size(); ++i) {
                const Category got = TriageModel::decide(pooled[i], t);
                right += got == pooledTruth[i];
                crimes += pooledTruth[i] == Category::CrimeReport;
                said += got == Category::CrimeReport;
                found += got == Category::CrimeReport && pooledTruth[i] == Category::CrimeReport;
            }
            print(QStringLiteral("    a threshold chosen on these scores for recall %1: %2 -> accuracy %3, crime recall %4, precision %5")
                      .arg(recall, 0, 'f', 2)
                      .arg(t, 0, 'f', 3)
                      .arg(double(right) / pooled.size(), 0, 'f', 3)
                      .arg(double(found) / crimes, 0, 'f', 3)
                      .arg(double(found) / std::max(said, 1), 0, 'f', 3));
        }
    }

    // 2. The held-out sets, with the model as shipped.
    int sink = 0;
    if (!cvOnly) {
        QElapsedTimer loading;
        loading.start();
        const Classifier shipped;
        const qint64 loadMs = loading.elapsed();
        if (!shipped.isTrained()) {
            std::fprintf(stderr, "The shipped triage model did not load.\n");
            return 1;
        }
        for (int k = 0; k < heldOutFiles.size() && !speedOnly; ++k) {
            QVector<Scored> held;
            for (const LabelledText &s : std::as_const(heldOutSets.at(k)))
                held.push_back(score(shipped, *rules, s));
            report(QStringLiteral("Held-out set %1 (model as shipped: trained by the build on %2 messages, crime threshold %3)")
                       .arg(heldOutFiles.at(k))
                       .arg(shipped.sampleCount())
                       .arg(shipped.model().crimeThreshold(), 0, 'f', 3),
                   held);
        }

        // Speed of the shipped model.
        QVector<QString> texts;
        for (const LabelledText &s : corpus)
            texts.push_back(s.text);
        QElapsedTimer timer;
        timer.start();
        int classified = 0;
        while (timer.elapsed() < 1000) {
            for (const QString &t : std::as_const(texts)) {
                sink += int(shipped.classify(t).category);
                ++classified;
            }
        }
        print(QString());
        // Loaded again four times: the first load in a process is the slowest.
        QVector<qint64> again;
        for (int i = 0; i < 4; ++i) {
            loading.restart();
            const Classifier reloaded;
            again.push_back(loading.elapsed());
            sink += reloaded.isTrained() ? 0 : 1;
        }
        std::sort(again.begin(), again.end());
        print(QStringLiteral("model load: %1 ms (loaded four times more: %2–%3 ms); classify: %4 messages/s")
                  .arg(loadMs)
                  .arg(again.first())
                  .arg(again.last())
                  .arg(qint64(classified * 1000.0 / timer.elapsed())));
    }

    // 3. Other training options, on the cross-validation only (both training sets).
    if (explore > 0) {
        print(QString());
        print(QStringLiteral("Other training options (grouped cross-validation, all fold assignments; the training corpus, then the "
                             "build's set) -> accuracy, crime recall, crime precision, mean confidence"));
        struct Option
        {
            int epochs;
            double l2;
            double crimeWeight;
        };
        const Option grid[] = {{40, 1e-5, 1.0}, {40, 1e-5, 1.5}, {40, 3e-6, 1.0}, {40, 3e-5, 1.0},
                               {40, 1e-5, 2.0}, {20, 1e-5, 1.0}, {40, 3e-6, 1.5}, {40, 3e-5, 1.5}};
        int tried = 0;
        for (const Option &g : grid) {
            if (tried++ >= explore)
                break;
            TrainingOptions o;
            o.epochs = g.epochs;
            o.l2 = g.l2;
            o.crimeWeight = g.crimeWeight;
            QString line = QStringLiteral("  epochs %1, l2 %2, rate %3, crime weight %4 ->").arg(o.epochs).arg(o.l2).arg(o.rate).arg(o.crimeWeight);
            for (const QVector<LabelledText> *set : {&corpus, &buildSet}) {
                const QVector<Scored> r = crossValidate(*set, o, false, CalibrationOptions::Folding::Sources);
                int right = 0, crimes = 0, found = 0, said = 0;
                double confidence = 0;
                for (const Scored &x : r) {
                    right += x.truth == x.got;
                    confidence += x.confidence;
                    crimes += x.truth == Category::CrimeReport;
                    said += x.got == Category::CrimeReport;
                    found += x.truth == Category::CrimeReport && x.got == Category::CrimeReport;
                }
                line += QStringLiteral("  %1 %2 %3 %4")
                            .arg(double(right) / r.size(), 0, 'f', 3)
                            .arg(double(found) / crimes, 0, 'f', 3)
                            .arg(double(found) / std::max(said, 1), 0, 'f', 3)
                            .arg(confidence / r.size(), 0, 'f', 3);
            }
            print(line);
        }
    }
    return sink >= 0 ? 0 : 1;
}
