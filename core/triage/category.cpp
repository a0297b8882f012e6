#include "category.h"

#include <QCoreApplication>

namespace casedesk::triage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::triage::Category)
};

} // namespace

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
        break;
    }
    return QStringLiteral("other");
}

std::optional<Category> categoryFromKey(const QString &key)
{
    for (Category c : allCategories()) {
        if (categoryKey(c) == key)
            return c;
    }
    return std::nullopt;
}

QString categoryName(Category category)
{
    switch (category) {
    case Category::CrimeReport:
        return Tr::tr("Crime report");
    case Category::SecurityReport:
        return Tr::tr("Security report");
    case Category::Petition:
        return Tr::tr("Petition");
    case Category::ProcedureQuestion:
        return Tr::tr("Procedure question");
    case Category::Other:
        break;
    }
    return Tr::tr("Other");
}

} // namespace casedesk::triage
