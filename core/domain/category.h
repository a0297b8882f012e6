#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace casedesk::domain {

/// What a citizen raised: the five categories of the triage queue.
enum class Category {
    CrimeReport,
    SecurityReport,
    Petition,
    ProcedureQuestion,
    Other,
};

/// "crime_report", … as stored, in the CLI and in JSON; nullopt when unknown.
std::optional<Category> categoryFromKey(const QString &key);
QString categoryKey(Category category);
/// The category's name for people ("Tố giác tội phạm"), translated.
QString categoryName(Category category);
/// The short name for tabs and columns ("Tố giác", "TTHC"), translated.
QString categoryShortName(Category category);
/// Every category key, in the order of the queue's tabs.
QStringList categoryKeys();

/// The life of a case.
enum class CaseStatus {
    New,
    Open,
    Transferred,
    Answered,
    Closed,
};

std::optional<CaseStatus> caseStatusFromKey(const QString &key);
QString caseStatusKey(CaseStatus status);
QString caseStatusName(CaseStatus status);

/// Below this confidence a category the classifier chose asks an officer to check it.
inline constexpr double kCheckCategoryBelow = 0.6;

/// Whether the category of a case should be checked by an officer: the classifier chose it
/// (@p categoryBy is "classifier") with a confidence below kCheckCategoryBelow.
inline bool categoryNeedsCheck(const QString &categoryBy, double confidence)
{
    return categoryBy == QLatin1String("classifier") && confidence < kCheckCategoryBelow;
}

/// How a citizen is shown. The reporter of a crime is protected (Law on Denunciation 2018,
/// Art. 8–9): once a case has been a crime report — by the classifier on any of its messages or
/// by an officer — its reporter is masked everywhere (name, Zalo id, avatar), whatever the
/// category becomes later; an officer sees the identity only through a logged reveal.
/// @p reporterProtected is the case's flag (CaseSummary::reporterProtected).
QString citizenForDisplay(bool reporterProtected, const QString &displayName);
/// The words shown in place of a protected reporter ("Người tố giác (ẩn)").
QString maskedReporterName();

} // namespace casedesk::domain
