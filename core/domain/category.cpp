#include "category.h"

#include <QCoreApplication>

namespace casedesk::domain {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::domain::Category)
};
} // namespace

std::optional<Category> categoryFromKey(const QString &key)
{
    if (key == QLatin1String("crime_report"))
        return Category::CrimeReport;
    if (key == QLatin1String("security_report"))
        return Category::SecurityReport;
    if (key == QLatin1String("petition"))
        return Category::Petition;
    if (key == QLatin1String("procedure_question"))
        return Category::ProcedureQuestion;
    if (key == QLatin1String("other"))
        return Category::Other;
    return std::nullopt;
}

QString categoryKey(Category category)
{
    switch (category) {
    case Category::CrimeReport:
        return QStringLiteral("crime_report");
    case Category::SecurityReport:
        return QStringLiteral("security_report");
    case Category::Petition:
        return QStringLiteral("petition");
    case Category::ProcedureQuestion:
        return QStringLiteral("procedure_question");
    case Category::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString categoryName(Category category)
{
    switch (category) {
    case Category::CrimeReport:
        return Tr::tr("Crime report");
    case Category::SecurityReport:
        return Tr::tr("Security and order report");
    case Category::Petition:
        return Tr::tr("Feedback and petition");
    case Category::ProcedureQuestion:
        return Tr::tr("Administrative procedure question");
    case Category::Other:
        return Tr::tr("Other");
    }
    return {};
}

QString categoryShortName(Category category)
{
    switch (category) {
    case Category::CrimeReport:
        return Tr::tr("Crime");
    case Category::SecurityReport:
        return Tr::tr("Security");
    case Category::Petition:
        return Tr::tr("Petition");
    case Category::ProcedureQuestion:
        return Tr::tr("Procedure");
    case Category::Other:
        return Tr::tr("Other");
    }
    return {};
}

QStringList categoryKeys()
{
    return {
        QStringLiteral("crime_report"),       QStringLiteral("security_report"), QStringLiteral("petition"),
        QStringLiteral("procedure_question"), QStringLiteral("other"),
    };
}

std::optional<CaseStatus> caseStatusFromKey(const QString &key)
{
    if (key == QLatin1String("new"))
        return CaseStatus::New;
    if (key == QLatin1String("open"))
        return CaseStatus::Open;
    if (key == QLatin1String("transferred"))
        return CaseStatus::Transferred;
    if (key == QLatin1String("answered"))
        return CaseStatus::Answered;
    if (key == QLatin1String("closed"))
        return CaseStatus::Closed;
    return std::nullopt;
}

QString caseStatusKey(CaseStatus status)
{
    switch (status) {
    case CaseStatus::New:
        return QStringLiteral("new");
    case CaseStatus::Open:
        return QStringLiteral("open");
    case CaseStatus::Transferred:
        return QStringLiteral("transferred");
    case CaseStatus::Answered:
        return QStringLiteral("answered");
    case CaseStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString caseStatusName(CaseStatus status)
{
    switch (status) {
    case CaseStatus::New:
        return Tr::tr("New");
    case CaseStatus::Open:
        return Tr::tr("In progress");
    case CaseStatus::Transferred:
        return Tr::tr("Transferred");
    case CaseStatus::Answered:
        return Tr::tr("Answered");
    case CaseStatus::Closed:
        return Tr::tr("Closed");
    }
    return {};
}

QString maskedReporterName()
{
    return Tr::tr("Reporter (hidden)");
}

QString citizenForDisplay(bool reporterProtected, const QString &displayName)
{
    if (reporterProtected)
        return maskedReporterName();
    return displayName.isEmpty() ? Tr::tr("(no name)") : displayName;
}

} // namespace casedesk::domain
