#pragma once

#include <QString>

#include <array>
#include <optional>

namespace casedesk::triage {

/// The category (loại) of a citizen's message or case, as officers sort them.
enum class Category {
    CrimeReport,
    SecurityReport,
    Petition,
    ProcedureQuestion,
    Other,
};

constexpr int CategoryCount = 5;

/// Every category, in the order of the enum (index = int(category)).
constexpr std::array<Category, CategoryCount> allCategories()
{
    return {Category::CrimeReport, Category::SecurityReport, Category::Petition, Category::ProcedureQuestion, Category::Other};
}

/// "crime_report", "security_report", "petition", "procedure_question", "other": as stored and in the CLI.
QString categoryKey(Category category);
/// The category of a key; nullopt when unknown.
std::optional<Category> categoryFromKey(const QString &key);
/// The category's name for people, translated.
QString categoryName(Category category);

} // namespace casedesk::triage
