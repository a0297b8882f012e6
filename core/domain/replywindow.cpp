#include "replywindow.h"

#include <QCoreApplication>

#include <algorithm>

namespace casedesk::domain {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::domain::ReplyWindow)
};

// Whole hours, rounded up so that "0 hours" never shows while time is left.
int hoursLeft(qint64 untilMs, qint64 nowMs)
{
    const qint64 hour = 3600 * 1000;
    return int(std::max<qint64>(0, (untilMs - nowMs + hour - 1) / hour));
}
} // namespace

QString replyWindowText(const ReplyWindow &window, qint64 nowMs)
{
    switch (window.state) {
    case ReplyWindowState::Free:
        return Tr::tr("%n hour(s) left to answer free", nullptr, hoursLeft(window.closesAt, nowMs));
    case ReplyWindowState::Billed:
        return Tr::tr("Billed answer (Zalo closes the conversation in %n hour(s))", nullptr, hoursLeft(window.closesAt, nowMs));
    case ReplyWindowState::Closed:
        return Tr::tr("Zalo reply window closed");
    }
    return {};
}

} // namespace casedesk::domain
