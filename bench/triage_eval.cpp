// Prints how well the triage classifier and the competent-unit rules do on the two sets it is
// never trained on: the held-out part of the shipped seed set and tests/data/sample-messages.tsv.
#include "core/domain/textfold.h"
#include "core/triage/classifier.h"
#include "core/triage/competentunitrules.h"
#include "core/triage/seedset.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace casedesk::triage;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
}

void evaluate(const QString &name, const Classifier &classifier, const CompetentUnitRules &rules, const QVector<LabelledText> &set, bool verbose)
{
    int tp[CategoryCount] = {}, fp[CategoryCount] = {}, fn[CategoryCount] = {};
    int correct = 0, unitCorrect = 0, checks = 0, checkWrong = 0;
    double confidenceSum = 0;
    for (const LabelledText &s : set) {
        const Classification c = classifier.classify(s.text);
        const int truth = int(s.category), got = int(c.category);
        confidenceSum += c.confidence;
        if (c.checkCategory)
            ++checks;
        if (truth == got) {
            ++correct;
            ++tp[truth];
        } else {
            ++fp[got];
            ++fn[truth];
            if (c.checkCategory)
                ++checkWrong;
            if (verbose)
                print(QStringLiteral("  miss: %1 -> %2 (%3)  %4")
                          .arg(categoryKey(s.category), categoryKey(c.category))
                          .arg(c.confidence, 0, 'f', 2)
                          .arg(s.text));
        }
        if (rules.suggestCode(s.text, s.category) == s.departmentCode)
            ++unitCorrect;
    }
    const int n = int(set.size());
    const int wrong = n - correct;
    print(QStringLiteral("%1: %2 messages, accuracy %3, mean confidence %4, marked \"check category\" %5 (%6 of %7 errors)")
              .arg(name)
              .arg(n)
              .arg(double(correct) / n, 0, 'f', 3)
              .arg(confidenceSum / n, 0, 'f', 3)
              .arg(checks)
              .arg(checkWrong)
              .arg(wrong));
    print(QStringLiteral("  %1 %2 %3 %4")
              .arg(QStringLiteral("category"), -20)
              .arg(QStringLiteral("precision"), 10)
              .arg(QStringLiteral("recall"), 10)
              .arg(QStringLiteral("support"), 8));
    for (Category cat : allCategories()) {
        const int i = int(cat);
        const int support = tp[i] + fn[i];
        const double precision = tp[i] + fp[i] ? double(tp[i]) / (tp[i] + fp[i]) : 0.0;
        const double recall = support ? double(tp[i]) / support : 0.0;
        print(QStringLiteral("  %1 %2 %3 %4").arg(categoryKey(cat), -20).arg(precision, 10, 'f', 3).arg(recall, 10, 'f', 3).arg(support, 8));
    }
    print(QStringLiteral("  competent department (rules, given the true category): %1 of %2 (%3)")
              .arg(unitCorrect)
              .arg(n)
              .arg(double(unitCorrect) / n, 0, 'f', 3));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool verbose = app.arguments().contains(QStringLiteral("--verbose"));
    QString samplePath = QStringLiteral(CASEDESK_SOURCE_DIR "/tests/data/sample-messages.tsv");
    for (const QString &a : app.arguments()) {
        if (a.endsWith(QLatin1String(".tsv")))
            samplePath = a;
    }

    QElapsedTimer timer;
    timer.start();
    const Classifier classifier;
    const qint64 buildMs = timer.elapsed();
    auto seed = SeedSet::shipped();
    auto sample = SeedSet::read(samplePath);
    auto rules = CompetentUnitRules::shipped();
    if (!seed || !sample || !rules) {
        std::fprintf(stderr, "%s\n", (!seed ? seed.error() : !sample ? sample.error() : rules.error()).message.toUtf8().constData());
        return 1;
    }
    const QVector<LabelledText> heldOut = SeedSet::heldOutPart(*seed);
    print(QStringLiteral("Seed set: %1 messages, %2 trained on, %3 held out; model built in %4 ms")
              .arg(seed->size())
              .arg(classifier.sampleCount())
              .arg(heldOut.size())
              .arg(buildMs));
    evaluate(QStringLiteral("Held-out seed"), classifier, *rules, heldOut, verbose);
    evaluate(QStringLiteral("Sample set (tests/data)"), classifier, *rules, *sample, verbose);

    // Folding speed: the ingest budget is about 60,000 messages a second.
    QVector<QString> texts;
    for (const LabelledText &s : *seed)
        texts.push_back(s.text);
    timer.restart();
    qint64 chars = 0;
    int folded = 0;
    while (timer.elapsed() < 1000) {
        for (const QString &t : texts) {
            chars += casedesk::domain::foldForIndex(t).size();
            ++folded;
        }
    }
    print(QStringLiteral("foldForIndex: %1 messages/s").arg(qint64(folded * 1000.0 / timer.elapsed())));
    timer.restart();
    int classified = 0;
    while (timer.elapsed() < 1000) {
        for (const QString &t : texts) {
            chars += int(classifier.classify(t).category);
            ++classified;
        }
    }
    print(QStringLiteral("classify: %1 messages/s").arg(qint64(classified * 1000.0 / timer.elapsed())));
    return chars > 0 ? 0 : 1;
}
