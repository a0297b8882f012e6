#pragma once

// The held-out sets of issue 15, in tests/data: citizens' messages written by hand apart from the
// training data, to measure the classifier and never to tune it. One list for the tests that guard
// them (tests/triage/test_heldout.cpp), the floor test (tests/triage/test_triagemodel.cpp) and
// bench/triage_eval. The second set was written when the first had been scored after three rounds
// of choices and had started to be a target; each later one when the one before had been scored
// at the end of a round.

namespace casedesk::triage {

struct HeldOutSet
{
    const char *file; ///< in tests/data
    /// `sha256sum tests/data/<file>`, taken after its last edit. A model is never fitted to a
    /// held-out set: change the file only to fix a wrong label or a duplicate of the training
    /// data, say so in the commit, and record the new sum here.
    const char *sha256;
};

inline constexpr HeldOutSet kHeldOutSets[] = {
    {"triage-heldout.tsv", "8af253e446035d9e0fe110695a9284d8b73da526ad1f343150a6cd692475fa27"},
    {"triage-heldout-2.tsv", "ddbc887e550c5a4a2b303566c2ff1778629c240c94b20d2e5115743d75e368f8"},
    {"triage-heldout-3.tsv", "4373ead3ef65b9a27096668f69c5134201a47d59e3fcff4a2fc318d796ec206a"},
    {"triage-heldout-4.tsv", "9bf2e4677458b2dd013837224b7ebdf6db1038dc4bdbe0979fc54230fd101350"},
    {"triage-heldout-5.tsv", "896651451d151527f01693eb9440c2b453725c4b7db568a8b23ee6b2db5b6b35"},
};

} // namespace casedesk::triage
