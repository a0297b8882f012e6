#pragma once

#include <QCoreApplication>

namespace casedesk::ui {

/// The translation context of the case view and its parts: the case view was one class, and its
/// texts keep that class's context ("casedesk::ui::CaseView") so that every translation still
/// matches after the split. The parts call CaseViewStrings::tr() where they would call tr().
struct CaseViewStrings
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::ui::CaseView)
};

} // namespace casedesk::ui
