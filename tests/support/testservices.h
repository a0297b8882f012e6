#pragma once

// The window's services over a test's database, as app/gui/main.cpp builds them for the program.

#include "core/domain/officerscope.h"
#include "core/domain/textfold.h"
#include "ui/services.h"

#include <memory>

namespace casedesk::testsupport {

inline std::unique_ptr<ui::Services> makeServices(store::Database &db, const Clock &clock, domain::OfficerScope scope = {})
{
    if (scope.officer.isEmpty())
        scope.officer = QStringLiteral("Phạm Thu");
    return std::make_unique<ui::Services>(db, clock, std::move(scope));
}

} // namespace casedesk::testsupport
