#pragma once

#include <QtGlobal>

#include <functional>

namespace casedesk::bench {

/// Times of one measured operation, in milliseconds.
struct Timing
{
    double first = 0; // the first (cold) run
    double median = 0; // of the warm runs
    double worst = 0; // of the warm runs
};

/// Runs @p run once cold, then @p repeats times warm.
Timing measure(const std::function<void()> &run, int repeats = 15);

/// This process's peak resident memory (VmHWM) in kB, or -1 where /proc says nothing.
qint64 peakMemoryKb();

} // namespace casedesk::bench
