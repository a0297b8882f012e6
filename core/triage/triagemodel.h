#pragma once

#include "core/common/expected.h"
#include "core/triage/category.h"
#include "core/triage/linearmodel.h"
#include "core/triage/seedset.h"

#include <QByteArray>
#include <QStringList>
#include <QVector>

#include <array>

namespace casedesk::triage {

/// The competent department a model suggests for a message.
struct DepartmentGuess
{
    QString code; ///< "PC02"; empty: the receiving unit itself, or the model is unsure
    double confidence = 0.0;
    bool sure = false; ///< confident enough to be used before the phrase rules
};

/// How the model is calibrated: a cross-validation over its training set, each source left out
/// (or, with fewer sources, grouped k-fold).
struct CalibrationOptions
{
    /// How the calibration's folds are made.
    enum class Folding {
        /// Each source (LabelledText::source: a file, one writer or one round of writing) is a
        /// fold of its own, scored by models trained on the other sources: how the model does on
        /// a writer it never saw. Grouping near-duplicates alone keeps a writer's style on both
        /// sides of the split, and a threshold chosen there lost crime recall on new writers
        /// (0.964 instead of 0.97 with each source left out, bench/triage_eval --by-part). Falls
        /// back to NearDuplicates when the rows come from fewer than MinimumSources sources.
        Sources,
        /// Grouped k-fold: near-duplicates and rows of one group id kept whole, @c folds folds,
        /// @c repeats fold assignments.
        NearDuplicates,
    };
    static constexpr int MinimumSources = 4;
    Folding folding = Folding::Sources;
    int folds = 5;
    /// How many fold assignments (each a different shuffle of the groups) the temperature and the
    /// crime threshold are chosen over, pooling every assignment's out-of-fold probabilities: one
    /// assignment alone moves the threshold by a factor of two.
    int repeats = 3;
    double groupOverlap = 0.5; ///< messages whose folded word sets overlap this much are one group
    double crimeRecall = 0.97; ///< the crime-report threshold keeps at least this recall
    /// How much the crime-report head (a logistic regression of crime report against the rest)
    /// counts in a message's crime probability, next to the multinomial model's; 0: not used.
    double crimeHead = 0.5;
    /// The shipped weights are the average of the cross-validation's models (each trained with one
    /// source, or one fold, left out) instead of one more model trained on every row: an average
    /// over writers. With each source left out of the whole procedure (bench/triage_eval
    /// --by-part-only), accuracy 0.894 -> 0.897 and crime precision 0.819 -> 0.821 at recall
    /// 0.968 -> 0.969, on parts A to W; the build no longer trains the one model more.
    bool averageFolds = true;
};

/// One message of the cross-validation, scored by a model that saw nothing of its group (or of its
/// source).
struct CrossValidated
{
    int sample = 0; ///< its index in the training set
    int repeat = 0; ///< which fold assignment scored it
    Category truth = Category::Other;
    Category got = Category::Other;
    double confidence = 0.0;
    double crimeProbability = 0.0;
    QString departmentTruth; ///< empty: the row names no department
    QString departmentGot;
};

/// What the calibration measured and chose.
struct CrossValidation
{
    CalibrationOptions::Folding folding = CalibrationOptions::Folding::NearDuplicates;
    int folds = 0;
    int repeats = 0;
    int groups = 0;
    int largestGroup = 0;
    double temperature = 1.0;
    double crimeThreshold = 0.5;
    /// Each message once per fold assignment: the first assignment's in the order of the
    /// training set, then the second's, and so on.
    QVector<CrossValidated> scored;
};

/// The triage model of issue 15, trained by a build step from the shipped TSV files and loaded at
/// start: a multinomial logistic regression over the categories and a binary one of crime report
/// against the rest, whose probabilities (each calibrated by a temperature fitted on the
/// cross-validation, each source left out) are mixed into the crime probability; crime reports decided by a threshold
/// chosen there to keep their recall; and a third model over competent departments, given the
/// text and its category. Officers' corrections and forwards move them.
class TriageModel final
{
public:
    static constexpr const char *ShippedPath = ":/casedesk/triage/model.bin";
    static constexpr double DepartmentSure = 0.5;

    TriageModel() = default;

    /// The model the build trained (resources: triage/model.bin in the build tree).
    static Expected<TriageModel> shipped();
    static Expected<TriageModel> fromBytes(const QByteArray &bytes, const QString &sourceName);
    QByteArray toBytes() const;

    /// Trains on @p samples; with @p calibration.folds ≥ 2, first runs the
    /// cross-validation that fits the temperatures and the crime threshold (and reports it in
    /// @p report), and the model is the average of its models when @p calibration.averageFolds.
    static TriageModel train(const QVector<LabelledText> &samples, const CalibrationOptions &calibration = {}, const TrainingOptions &options = {},
                             CrossValidation *report = nullptr);

    /// Each message's fold: groups of near-duplicates (and rows sharing a group id) kept whole,
    /// the largest first, each to the smallest fold so far; groups of one size in the order of
    /// the training set when @p shuffle is 0, else in an order shuffled by that seed. The same
    /// folds on every run.
    static QVector<int> groupedFolds(const QVector<LabelledText> &samples, int folds, double overlap, int *groupCount = nullptr,
                                     int *largestGroup = nullptr, quint32 shuffle = 0);

    /// The crime-report threshold for calibrated probabilities @p p of messages whose categories
    /// are @p truth: the one of best precision among those that keep crime recall at least
    /// @p recall, at most 0.5 (above it the most probable category decides anyway); ties go to
    /// the higher threshold.
    static double chooseCrimeThreshold(const QVector<std::array<double, CategoryCount>> &p, const QVector<Category> &truth, double recall);

    bool isTrained() const { return !m_categories.isEmpty(); }
    int sampleCount() const { return m_sampleCount; }
    double crimeThreshold() const { return m_crimeThreshold; }
    double temperature() const { return m_categories.temperature(); }
    double crimeHead() const { return m_crimeHead; }
    QStringList departments() const { return m_departmentCodes; }

    /// Calibrated probabilities of the categories, index = int(category): the multinomial
    /// model's, with the crime probability mixed with the crime head's and the others scaled to
    /// the rest.
    std::array<double, CategoryCount> probabilities(const QString &text) const;
    /// The category the probabilities decide: crime report whenever its probability reaches the
    /// threshold, otherwise the most probable.
    Category decide(const std::array<double, CategoryCount> &probabilities) const;
    /// The same rule with another threshold (for measuring thresholds the model does not carry).
    static Category decide(const std::array<double, CategoryCount> &probabilities, double crimeThreshold);
    DepartmentGuess department(const QString &text, Category category) const;

    /// An officer set the category of @p text (weight: how many training messages it is worth).
    void learnCategory(const QString &text, Category category, double weight);
    /// An officer forwarded a message of @p category to department @p code.
    void learnDepartment(const QString &text, Category category, const QString &code, double weight);

private:
    static SparseVector departmentFeatures(const QString &text, Category category);

    LinearModel m_categories;
    LinearModel m_crime; // class 1: crime report; empty when m_crimeHead is 0
    double m_crimeHead = 0.0;
    LinearModel m_departments; // class 0: no department (the receiving unit)
    QStringList m_departmentCodes; // class i ≥ 1 → m_departmentCodes[i - 1]
    double m_crimeThreshold = 0.5;
    int m_sampleCount = 0;
};

} // namespace casedesk::triage
