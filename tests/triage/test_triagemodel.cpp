// The triage model of issue 15: its figures on the grouped cross-validation (asserted) and on
// the held-out set (a looser floor, so that it stays a measure and not a target), the choice of
// the crime-report threshold, the model file, and learning from corrections and forwards.
#include <catch2/catch.hpp>

#include "core/domain/unittreefile.h"
#include "core/triage/competentunitrules.h"
#include "core/triage/seedset.h"
#include "core/triage/triageengine.h"
#include "core/triage/triagemodel.h"
#include "tests/triage/heldoutsets.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace casedesk;
using namespace casedesk::triage;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

/// Figures as triage_eval prints them.
struct Figures
{
    int total = 0, right = 0, crimes = 0, crimesFound = 0, saidCrime = 0, named = 0, namedRight = 0;
    double confidence = 0;
    void add(Category truth, Category got, double conf, const QString &departmentTruth, const QString &departmentGot)
    {
        ++total;
        right += truth == got;
        confidence += conf;
        crimes += truth == Category::CrimeReport;
        saidCrime += got == Category::CrimeReport;
        crimesFound += truth == Category::CrimeReport && got == Category::CrimeReport;
        if (!departmentTruth.isEmpty()) {
            ++named;
            namedRight += departmentGot == departmentTruth;
        }
    }
    double accuracy() const { return double(right) / total; }
    double meanConfidence() const { return confidence / total; }
    double crimeRecall() const { return double(crimesFound) / crimes; }
    double crimePrecision() const { return double(crimesFound) / saidCrime; }
    double department() const { return double(namedRight) / named; }
};

QString describe(const Figures &f)
{
    return QStringLiteral("%1 messages: accuracy %2, mean confidence %3, crime recall %4, crime precision %5, department %6 over %7")
        .arg(f.total)
        .arg(f.accuracy(), 0, 'f', 3)
        .arg(f.meanConfidence(), 0, 'f', 3)
        .arg(f.crimeRecall(), 0, 'f', 3)
        .arg(f.crimePrecision(), 0, 'f', 3)
        .arg(f.department(), 0, 'f', 3)
        .arg(f.named);
}

/// Adds a cross-validated message to @p f, its department as the program suggests it: the
/// model's when sure, else the rules'.
void addScored(Figures &f, const CrossValidated &c, const QVector<LabelledText> &corpus, const CompetentUnitRules &rules)
{
    const QString department = c.departmentGot.isEmpty() ? rules.suggestCode(corpus[c.sample].text, c.truth) : c.departmentGot;
    f.add(c.truth, c.got, c.confidence, c.departmentTruth, department);
}

QVector<LabelledText> trainingCorpus()
{
    auto seed = SeedSet::shipped();
    auto sample = SeedSet::read(QStringLiteral(CASEDESK_TEST_DATA "/sample-messages.tsv"));
    auto corpus = SeedSet::corpus();
    REQUIRE(seed);
    REQUIRE(sample);
    REQUIRE(corpus);
    return *seed + *sample + *corpus;
}

} // namespace

TEST_CASE("Grouped cross-validation: accuracy, crime recall and precision, calibration and departments", "[triage][model]")
{
    const QVector<LabelledText> corpus = trainingCorpus();
    REQUIRE(corpus.size() >= 2800);
    const auto rules = CompetentUnitRules::shipped();
    REQUIRE(rules);
    CrossValidation cv;
    CalibrationOptions nearDuplicates;
    nearDuplicates.folding = CalibrationOptions::Folding::NearDuplicates;
    TriageModel::train(corpus, nearDuplicates, {}, &cv);
    REQUIRE(cv.folding == CalibrationOptions::Folding::NearDuplicates);
    REQUIRE(cv.folds == 5);
    REQUIRE(cv.repeats == 3);
    REQUIRE(cv.scored.size() >= 3 * (corpus.size() - 5));
    // Templates and near-duplicates stay on one side: far fewer groups than messages.
    CHECK(cv.groups < corpus.size());
    Figures f;
    for (const CrossValidated &c : std::as_const(cv.scored))
        addScored(f, c, corpus, *rules);
    INFO(describe(f).toStdString());
    // Reached (triage_eval, pooled over the three fold assignments, corpus parts A to Z): accuracy
    // 0.915, crime recall 0.970, crime precision 0.853, department 0.889, mean confidence 0.910;
    // issue 15 asks 0.90, 0.97, 0.85 and 0.80. With parts A to W it was 0.908 and precision 0.839.
    CHECK(f.accuracy() >= 0.90);
    CHECK(f.crimeRecall() >= 0.97);
    CHECK(f.crimePrecision() >= 0.85);
    CHECK(std::abs(f.meanConfidence() - f.accuracy()) <= 0.05);
    CHECK(f.department() >= 0.86);
    // The threshold that decided them keeps the recall it was chosen for, and no higher one does
    // better in precision at that recall.
    CHECK(cv.crimeThreshold > 0.0);
    CHECK(cv.crimeThreshold <= 0.5);
}

TEST_CASE("The build's calibration leaves each source out: its threshold keeps crime recall on a writer it never saw", "[triage][model]")
{
    const QVector<LabelledText> corpus = trainingCorpus();
    const auto rules = CompetentUnitRules::shipped();
    REQUIRE(rules);
    QStringList sources;
    for (const LabelledText &s : corpus) {
        if (!sources.contains(s.source))
            sources.push_back(s.source);
    }
    REQUIRE(sources.size() >= 10);
    CrossValidation cv;
    TriageModel::train(corpus, {}, {}, &cv);
    REQUIRE(cv.folding == CalibrationOptions::Folding::Sources);
    REQUIRE(cv.folds == sources.size());
    REQUIRE(cv.repeats == 1);
    REQUIRE(cv.scored.size() >= corpus.size() - 5);
    Figures f;
    QSet<QString> scoredSources;
    for (const CrossValidated &c : std::as_const(cv.scored)) {
        addScored(f, c, corpus, *rules);
        scoredSources.insert(corpus[c.sample].source);
    }
    INFO(describe(f).toStdString());
    // The threshold was chosen on these scores to keep the recall. The rest reached (triage_eval,
    // 27 sources, corpus parts A to Z): accuracy 0.904, crime precision 0.829, department 0.889,
    // mean confidence 0.896 — below the near-duplicate grouping's figures, as a new writer is
    // harder than a new template (with parts A to W: 0.891 and 0.809).
    CHECK(f.crimeRecall() >= 0.97);
    CHECK(f.accuracy() >= 0.90);
    CHECK(f.crimePrecision() >= 0.82);
    CHECK(std::abs(f.meanConfidence() - f.accuracy()) <= 0.05);
    CHECK(f.department() >= 0.86);
    // Every source was scored.
    CHECK(scoredSources.size() == sources.size());
}

TEST_CASE("The held-out sets, never used to choose anything: a floor below the cross-validation", "[triage][model][heldout]")
{
    const Classifier shipped;
    REQUIRE(shipped.isTrained());
    const auto rules = CompetentUnitRules::shipped();
    REQUIRE(rules);
    for (const HeldOutSet &set : kHeldOutSets) {
        const char *file = set.file;
        auto heldOut = SeedSet::read(QStringLiteral(CASEDESK_TEST_DATA "/") + QString::fromLatin1(file));
        REQUIRE(heldOut);
        REQUIRE(heldOut->size() >= 400);
        Figures f;
        for (const LabelledText &s : std::as_const(*heldOut)) {
            const Classification c = shipped.classify(s.text);
            const DepartmentGuess g = shipped.department(s.text, s.category);
            f.add(s.category, c.category, c.confidence, s.departmentCode, g.sure ? g.code : rules->suggestCode(s.text, s.category));
        }
        INFO(file << ": " << describe(f).toStdString());
        CHECK(f.accuracy() >= 0.85);
        CHECK(f.crimeRecall() >= 0.93);
        CHECK(f.crimePrecision() >= 0.75);
        CHECK(std::abs(f.meanConfidence() - f.accuracy()) <= 0.08);
        CHECK(f.department() >= 0.80);
    }
}

TEST_CASE("The crime threshold is the best precision that keeps the recall asked for", "[triage][model]")
{
    // Ten crime reports whose crime probability falls from 0.9 to 0.05, and ten other messages.
    QVector<std::array<double, CategoryCount>> p;
    QVector<Category> truth;
    const double crimes[] = {0.9, 0.8, 0.7, 0.6, 0.45, 0.4, 0.3, 0.2, 0.1, 0.05};
    for (double c : crimes) {
        p.push_back({c, (1 - c) / 2, (1 - c) / 2, 0, 0});
        truth.push_back(Category::CrimeReport);
    }
    const double others[] = {0.48, 0.35, 0.25, 0.15, 0.12, 0.08, 0.04, 0.03, 0.02, 0.01};
    for (double c : others) {
        p.push_back({c, 0, 1 - c, 0, 0});
        truth.push_back(Category::Petition);
    }
    // Every crime report found: the threshold is the lowest crime probability of a crime report.
    CHECK(TriageModel::chooseCrimeThreshold(p, truth, 1.0) == Approx(0.05));
    // Nine of ten: 0.1 keeps them and takes one other message fewer for a crime than 0.05 would.
    CHECK(TriageModel::chooseCrimeThreshold(p, truth, 0.9) == Approx(0.1));
    // Half: above 0.45 no other message is taken for a crime (precision 1), and ties go higher.
    CHECK(TriageModel::chooseCrimeThreshold(p, truth, 0.5) == Approx(0.5));
    // A crime report that is the most probable category stays one below the threshold.
    TriageModel model;
    CHECK(model.decide({0.3, 0.25, 0.25, 0.2, 0.0}) == Category::CrimeReport);
}

TEST_CASE("The crime threshold is chosen over several fold assignments, each keeping groups whole", "[triage][model]")
{
    auto seed = SeedSet::shipped();
    REQUIRE(seed);
    const QVector<LabelledText> rows = *seed;
    const QVector<int> first = TriageModel::groupedFolds(rows, 5, 0.5);
    const QVector<int> again = TriageModel::groupedFolds(rows, 5, 0.5);
    const QVector<int> other = TriageModel::groupedFolds(rows, 5, 0.5, nullptr, nullptr, 2);
    CHECK(first == again);
    CHECK(first != other);
    // Rows of one template (group id) share a fold in every assignment, and the folds stay even.
    for (const QVector<int> *fold : {&first, &other}) {
        QHash<QString, int> foldOfGroup;
        QVector<int> size(5, 0);
        for (int i = 0; i < rows.size(); ++i) {
            ++size[(*fold)[i]];
            if (rows[i].group.isEmpty())
                continue;
            CHECK(foldOfGroup.value(rows[i].group, (*fold)[i]) == (*fold)[i]);
            foldOfGroup.insert(rows[i].group, (*fold)[i]);
        }
        CHECK(*std::max_element(size.begin(), size.end()) - *std::min_element(size.begin(), size.end()) <= rows.size() / 10);
    }

    // Every message is scored once per assignment; the threshold is chosen on all of them.
    TrainingOptions quick;
    quick.epochs = 5;
    CalibrationOptions calibration;
    calibration.repeats = 3;
    CrossValidation cv;
    TriageModel::train(rows.mid(0, 300), calibration, quick, &cv);
    // One source only (the seed set): the folds are grouped near-duplicates, not sources.
    CHECK(cv.folding == CalibrationOptions::Folding::NearDuplicates);
    CHECK(cv.repeats == 3);
    CHECK(cv.scored.size() == 3 * 300);
    CHECK(cv.scored[0].sample == cv.scored[300].sample);
    CHECK(cv.scored[300].repeat == 1);
    int crimes = 0, found = 0;
    for (const CrossValidated &c : std::as_const(cv.scored)) {
        crimes += c.truth == Category::CrimeReport;
        found += c.truth == Category::CrimeReport && c.got == Category::CrimeReport;
    }
    // The pooled crime recall keeps what the threshold was chosen for.
    CHECK(double(found) / crimes >= 0.97);
}

TEST_CASE("The model file: the same data trains the same bytes, which load back, and a damaged file is refused", "[triage][model]")
{
    auto seed = SeedSet::shipped();
    REQUIRE(seed);
    const QVector<LabelledText> few = seed->mid(0, 300);
    TrainingOptions quick;
    quick.epochs = 5;
    const TriageModel a = TriageModel::train(few, {}, quick);
    const TriageModel b = TriageModel::train(few, {}, quick);
    const QByteArray bytes = a.toBytes();
    CHECK(bytes == b.toBytes());

    auto loaded = TriageModel::fromBytes(bytes, QStringLiteral("model.bin"));
    REQUIRE(loaded);
    CHECK(loaded->sampleCount() == a.sampleCount());
    CHECK(loaded->crimeThreshold() == a.crimeThreshold());
    const QString text = u("Nhà tôi bị trộm mất xe máy tối qua");
    CHECK(loaded->probabilities(text) == a.probabilities(text));

    auto cut = TriageModel::fromBytes(bytes.left(bytes.size() - 7), QStringLiteral("model.bin"));
    REQUIRE_FALSE(cut);
    CHECK(cut.error().message.contains(QStringLiteral("model.bin")));
    auto other = TriageModel::fromBytes(QByteArray("PK\x03\x04 not a model"), QStringLiteral("x.bin"));
    REQUIRE_FALSE(other);

    // The shipped model loads from the program's resources and knows the departments.
    auto shipped = TriageModel::shipped();
    REQUIRE(shipped);
    CHECK(shipped->departments().contains(QStringLiteral("PC02")));
    CHECK(shipped->departments().contains(QStringLiteral("PA05")));
    CHECK(shipped->sampleCount() >= 2000);
}

TEST_CASE("Averaged models: the average of the models trained with each source left out, calibrated as the full model is", "[triage][model]")
{
    // Two linear models of one shape average to a model whose scores are the mean of theirs.
    auto seed = SeedSet::shipped();
    REQUIRE(seed);
    std::vector<Example> first, second;
    for (int i = 0; i < 400; ++i) {
        Example e {TextFeatures::extract((*seed)[i].text, 16), int((*seed)[i].category), 1.0f};
        (i % 2 ? second : first).push_back(e);
    }
    TrainingOptions quick;
    quick.epochs = 5;
    const LinearModel a = LinearModel::train(first, CategoryCount, 16, quick);
    const LinearModel b = LinearModel::train(second, CategoryCount, 16, quick);
    LinearModel mean(CategoryCount, 16);
    mean.addScaled(a, 0.5);
    mean.addScaled(b, 0.5);
    const SparseVector x = TextFeatures::extract(u("Nhà tôi bị trộm mất xe máy tối qua"), 16);
    const std::vector<double> sa = a.scores(x), sb = b.scores(x), sm = mean.scores(x);
    REQUIRE(sm.size() == size_t(CategoryCount));
    for (size_t c = 0; c < sm.size(); ++c)
        CHECK(sm[c] == Approx((sa[c] + sb[c]) / 2).margin(1e-4));

    // Five sources: the calibration leaves each out, and the shipped weights are those five
    // models' average. The temperature and threshold are the same as without averaging (the
    // same cross-validation chose them); the weights differ, and the model still knows a theft.
    QVector<LabelledText> rows = seed->mid(0, 500);
    for (int i = 0; i < rows.size(); ++i)
        rows[i].source = QStringLiteral("writer-%1").arg(i % 5);
    CalibrationOptions oneModel;
    oneModel.averageFolds = false;
    CrossValidation cvAveraged, cvFull;
    const TriageModel m = TriageModel::train(rows, {}, quick, &cvAveraged);
    const TriageModel full = TriageModel::train(rows, oneModel, quick, &cvFull);
    CHECK(cvAveraged.folding == CalibrationOptions::Folding::Sources);
    CHECK(cvAveraged.folds == 5);
    CHECK(m.crimeThreshold() == full.crimeThreshold());
    CHECK(cvAveraged.temperature == cvFull.temperature);
    CHECK(m.toBytes() != full.toBytes());
    CHECK(m.decide(m.probabilities(u("Tối qua nhà tôi bị trộm đột nhập lấy mất chiếc xe máy và 5 triệu"))) == Category::CrimeReport);
    // It is a model like any other: it loads back from its bytes.
    auto loaded = TriageModel::fromBytes(m.toBytes(), QStringLiteral("averaged.bin"));
    REQUIRE(loaded);
    const QString text = u("làm căn cước cho con ở đâu");
    CHECK(loaded->probabilities(text) == m.probabilities(text));
}

TEST_CASE("Officers' forwards teach the department model, and corrections replayed at start teach the categories", "[triage][model]")
{
    auto units = domain::UnitTreeFile::read(QStringLiteral(":/casedesk/units-travinh.json"));
    REQUIRE(units);
    // Raising fighting cocks for sale is none of the shipped departments' phrases.
    const QString text = u("Nhà bên cạnh nuôi gà đá bán qua biên giới, xe tải chở gà đi lúc nửa đêm không có giấy kiểm dịch");
    const QString again = u("nha ben canh nuoi ga da ban qua bien gioi, xe tai cho ga di luc nua dem ko co giay kiem dich");
    auto plain = TriageEngine::create(*units);
    REQUIRE(plain);
    REQUIRE((*plain)->suggestUnit(again, Category::SecurityReport) != QStringLiteral("84-PC03"));

    QVector<QPair<QString, QString>> forwards {{text, QStringLiteral("84-PC03")}};
    QVector<LabelledText> corrections {{text, Category::CrimeReport, QString(), QString(), QString()}};
    auto taught = TriageEngine::create(*units, corrections, forwards);
    REQUIRE(taught);
    CHECK((*taught)->classify(text).category == Category::CrimeReport);
    CHECK((*taught)->suggestUnit(again, Category::CrimeReport) == QStringLiteral("84-PC03"));
    // Unrelated messages keep their department.
    CHECK((*taught)->suggestUnit(u("Làm hộ chiếu lần đầu cần giấy tờ gì"), Category::ProcedureQuestion) == QStringLiteral("84-PA08"));
    CHECK((*taught)->suggestUnit(u("Tôi bị lừa chuyển khoản 20 triệu qua Facebook"), Category::CrimeReport) == QStringLiteral("84-PA05"));

    // Learning a forward at run time does the same, for the category the engine gives the message
    // (the forward is learnt under that category, whatever the shipped model calls the message).
    const Category seen = (*plain)->classify(text).category;
    (*plain)->learnForward(text, QStringLiteral("84-PC03"));
    CHECK((*plain)->suggestUnit(again, seen) == QStringLiteral("84-PC03"));
}
