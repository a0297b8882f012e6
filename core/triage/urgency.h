#pragma once

#include "core/triage/category.h"

#include <QString>

namespace casedesk::triage {

/// Tells a report of something happening now ("đang đánh nhau", "cứu", "cháy", "có dao") from a
/// report of something past ("đêm qua bị trộm"). Only crime and security reports are urgent.
class Urgency final
{
public:
    /// The text's own signals, whatever its category.
    static bool soundsUrgent(const QString &text);
    /// soundsUrgent() for crime and security reports; false for every other category.
    static bool isUrgent(const QString &text, Category category);
};

} // namespace casedesk::triage
