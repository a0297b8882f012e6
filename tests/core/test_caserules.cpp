// The life of a case as plain rules (domain/caserules.h), without a store.
#include "core/domain/caserules.h"

#include <catch2/catch.hpp>

using namespace casedesk::domain;
using namespace casedesk::domain::caserules;

TEST_CASE("An officer's action makes a new case handled and leaves every other status", "[domain][rules]")
{
    CHECK(afterOfficerAction(CaseStatus::New) == CaseStatus::Open);
    for (CaseStatus s : {CaseStatus::Open, CaseStatus::Transferred, CaseStatus::Answered, CaseStatus::Closed})
        CHECK(afterOfficerAction(s) == s);
}

TEST_CASE("An answer answers a case that waited for one, not a transferred or closed one", "[domain][rules]")
{
    CHECK(afterAnswer(CaseStatus::New) == CaseStatus::Answered);
    CHECK(afterAnswer(CaseStatus::Open) == CaseStatus::Answered);
    CHECK(afterAnswer(CaseStatus::Answered) == CaseStatus::Answered);
    CHECK(afterAnswer(CaseStatus::Transferred) == CaseStatus::Transferred);
    CHECK(afterAnswer(CaseStatus::Closed) == CaseStatus::Closed);
}

TEST_CASE("The citizen writing again reopens an answered case for an answer", "[domain][rules]")
{
    CHECK(afterCitizenMessage(CaseStatus::Answered) == CaseStatus::Open);
    CHECK(afterCitizenMessage(CaseStatus::New) == CaseStatus::New);
    CHECK(afterCitizenMessage(CaseStatus::Transferred) == CaseStatus::Transferred);
}

TEST_CASE("Only an answered case closes by itself, after the quiet period, at its end", "[domain][rules]")
{
    const qint64 day = 24LL * 3600 * 1000;
    CHECK(closesQuietly(CaseStatus::Answered, 0, 8 * day, 7 * day));
    CHECK_FALSE(closesQuietly(CaseStatus::Answered, 0, 7 * day, 7 * day)); // exactly at the end: not yet
    CHECK_FALSE(closesQuietly(CaseStatus::Open, 0, 30 * day, 7 * day)); // waiting for an answer: never
    CHECK_FALSE(closesQuietly(CaseStatus::Transferred, 0, 30 * day, 7 * day));
    CHECK(quietCloseAt(5, 7 * day) == 5 + 7 * day);
}

TEST_CASE("Transfers wait for the receiving unit, and closed cases take no action but reopening", "[domain][rules]")
{
    CHECK(afterTransfer() == CaseStatus::Transferred);
    CHECK(afterAcceptOrReturn() == CaseStatus::Open);
    CHECK(awaitsAcceptance(CaseStatus::Transferred));
    CHECK_FALSE(awaitsAcceptance(CaseStatus::Open));
    CHECK_FALSE(acceptsActions(CaseStatus::Closed));
    CHECK(acceptsActions(CaseStatus::Answered));
    CHECK(canReopen(CaseStatus::Closed));
    CHECK_FALSE(canReopen(CaseStatus::Open));
}
