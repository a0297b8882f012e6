#include "stopsignals.h"

#include <csignal>

namespace casedesk::cli {

namespace {

volatile std::sig_atomic_t stopRequested = 0;

extern "C" void onStopSignal(int)
{
    stopRequested = 1;
}

} // namespace

StopSignals::StopSignals(std::function<void()> onStop, QObject *parent)
    : QObject(parent)
    , m_onStop(std::move(onStop))
{
    stopRequested = 0;
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (stopRequested && !m_fired) {
            m_fired = true;
            m_onStop();
        }
    });
    m_poll.start(100);
}

StopSignals::~StopSignals()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

bool StopSignals::requested()
{
    return stopRequested != 0;
}

} // namespace casedesk::cli
