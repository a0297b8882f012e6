#pragma once

#include "core/domain/category.h"

#include <array>

namespace casedesk::triage {

// Triage sorts messages into the domain's categories; these names keep triage code short.
using domain::Category;
using domain::categoryFromKey;
using domain::categoryKey;
using domain::categoryName;

constexpr int CategoryCount = 5;

/// Every category, in the order of the enum (index = int(category)).
constexpr std::array<Category, CategoryCount> allCategories()
{
    return {Category::CrimeReport, Category::SecurityReport, Category::Petition, Category::ProcedureQuestion, Category::Other};
}

} // namespace casedesk::triage
