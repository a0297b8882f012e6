// casedesk-train-triage: the build step that trains the shipped triage model (issue 15).
//
//   casedesk-train-triage --out MODEL --seed SEED.tsv CORPUS.tsv...
//
// Trains TriageModel on the seed set's training part (its held-out part never) and every corpus
// file, calibrated with each file left out in turn (a file is one writer or one round of writing:
// the temperatures and the crime threshold are fitted on how the model does on a writer it never
// saw), and writes the model to MODEL: the average of the models trained with each file left
// out, an average over writers. The same files give the same model, byte for byte.
#include "core/triage/seedset.h"
#include "core/triage/triagemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace casedesk::triage;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    args.removeFirst();
    QString out, seedFile;
    QStringList corpusFiles;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--out") && i + 1 < args.size())
            out = args.at(++i);
        else if (args.at(i) == QLatin1String("--seed") && i + 1 < args.size())
            seedFile = args.at(++i);
        else
            corpusFiles << args.at(i);
    }
    if (out.isEmpty() || seedFile.isEmpty()) {
        std::fprintf(stderr, "usage: casedesk-train-triage --out MODEL --seed SEED.tsv [CORPUS.tsv...]\n");
        return 2;
    }
    auto seed = SeedSet::read(seedFile);
    if (!seed) {
        std::fprintf(stderr, "%s\n", qPrintable(seed.error().message));
        return 1;
    }
    QVector<LabelledText> samples = SeedSet::trainingPart(*seed);
    for (const QString &file : std::as_const(corpusFiles)) {
        auto rows = SeedSet::read(file);
        if (!rows) {
            std::fprintf(stderr, "%s\n", qPrintable(rows.error().message));
            return 1;
        }
        samples += *rows;
    }
    QElapsedTimer timer;
    timer.start();
    CrossValidation cv;
    const TriageModel model = TriageModel::train(samples, {}, {}, &cv);
    int right = 0, crimes = 0, found = 0, said = 0;
    for (const CrossValidated &r : std::as_const(cv.scored)) {
        right += r.truth == r.got;
        crimes += r.truth == Category::CrimeReport;
        said += r.got == Category::CrimeReport;
        found += r.truth == Category::CrimeReport && r.got == Category::CrimeReport;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(model.toBytes()) < 0 || !file.commit()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(out), qPrintable(file.errorString()));
        return 1;
    }
    const QByteArray folding = cv.folding == CalibrationOptions::Folding::Sources
        ? QByteArray(QByteArray::number(cv.folds) + " sources, each left out")
        : QByteArray("grouped " + QByteArray::number(cv.folds) + "-fold × " + QByteArray::number(cv.repeats));
    std::printf("triage model: %d messages, %s: accuracy %.3f, crime recall %.3f, precision %.3f, temperature %.3f, crime "
                "threshold %.3f, %lld ms\n",
                model.sampleCount(), folding.constData(), cv.scored.isEmpty() ? 0.0 : double(right) / double(cv.scored.size()),
                crimes ? double(found) / crimes : 0.0, said ? double(found) / said : 0.0, cv.temperature, cv.crimeThreshold, qint64(timer.elapsed()));
    return 0;
}
