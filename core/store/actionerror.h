#pragma once

#include "core/common/expected.h"

#include <QString>

namespace casedesk::store {

/// Why a case read or an officer's action was refused; the code lets the GUI and the CLI ask
/// for a confirmation (billed window, changed case) instead of only showing the words.
struct ActionError
{
    enum class Code {
        NotFound,
        OutOfScope,
        Forbidden, // the officer's roles lack the permission it needs (named in the message)
        Invalid, // bad input: empty text, unknown unit, reason missing, …
        NotAllowed, // the case's status does not allow it (closed, not transferred, root unit, …)
        WindowClosed, // Zalo's 7-day reply window is closed
        NeedsBilledConfirmation, // the answer would be billed: ask, then retry with confirmBilled
        ChangedSinceShown, // the case changed since the officer last saw it: show, ask, retry
        Storage, // the database refused
    };

    Code code = Code::Storage;
    QString message; // one sentence, translated, saying what to do
};

template<typename T> using ActionResult = Expected<T, ActionError>;
using ActionStatus = Expected<void, ActionError>;

} // namespace casedesk::store
