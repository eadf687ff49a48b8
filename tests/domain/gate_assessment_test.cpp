#include "domain/gate_assessment.hpp"

#include <doctest/doctest.h>

using namespace collabtender::domain;
using namespace std::chrono_literals;

namespace {

const TimePoint deadline = TimePoint{} + 1000h;

GateOutcome outcome(const GateParameters& gate, const Declaration& declaration) {
    return assess(Gate{{}, gate}, declaration, deadline).outcome;
}

}  // namespace

TEST_CASE("grades must reach the minimum on every key question the gate names") {
    const CareInspectorateRegistration gate{{{"wellbeing", 4}, {"leadership", 3}}};
    CHECK(outcome(gate, RegistrationDeclaration{"CS2003001025", {{"wellbeing", 4}, {"leadership", 5}}}) ==
          GateOutcome::pass);
    const auto low = assess(Gate{{}, gate}, RegistrationDeclaration{"CS2003001025", {{"wellbeing", 3}, {"leadership", 5}}},
                            deadline);
    CHECK(low.outcome == GateOutcome::fail);
    // In the words of the Care Inspectorate's framework, not the API's keys.
    CHECK(low.reason == "The grade for “How well do we support people’s wellbeing?” is 3 (Adequate); at least 4 (Good) "
                        "is required.");
    CHECK(outcome(gate, RegistrationDeclaration{"CS2003001025", {{"wellbeing", 6}}}) == GateOutcome::fail);
    CHECK(outcome(gate, RegistrationDeclaration{"", {{"wellbeing", 6}, {"leadership", 6}}}) == GateOutcome::fail);
}

TEST_CASE("insurance cover must reach each minimum and be in force after the deadline") {
    const Insurance gate{500'000'000, 1'000'000'000, 0};
    const InsuranceDeclaration enough{500'000'000, 1'000'000'000, 0, deadline + 24h};
    CHECK(outcome(gate, enough) == GateOutcome::pass);
    auto short_cover = enough;
    short_cover.public_liability_pence = 999'999'999;
    const auto result = assess(Gate{{}, gate}, short_cover, deadline);
    CHECK(result.outcome == GateOutcome::fail);
    CHECK(result.reason == "Public liability cover of £9,999,999.99 is below the minimum of £10,000,000.");
    auto expiring = enough;
    expiring.expires_at = deadline;
    CHECK(outcome(gate, expiring) == GateOutcome::fail);
}

TEST_CASE("exclusion grounds: mandatory ones fail, discretionary ones wait for judgement") {
    CHECK(outcome(MandatoryExclusions{}, ExclusionDeclaration{false, ""}) == GateOutcome::pass);
    CHECK(outcome(MandatoryExclusions{}, ExclusionDeclaration{true, "fraud"}) == GateOutcome::fail);
    CHECK(outcome(DiscretionaryExclusions{}, ExclusionDeclaration{false, ""}) == GateOutcome::pass);
    CHECK(outcome(DiscretionaryExclusions{}, ExclusionDeclaration{true, "insolvency, now resolved"}) ==
          GateOutcome::pending);
}

TEST_CASE("Fair Work First needs the commitment and at least the minimum hourly rate") {
    const FairWorkFirst gate{1345};
    CHECK(outcome(gate, FairWorkDeclaration{true, 1345}) == GateOutcome::pass);
    CHECK(outcome(gate, FairWorkDeclaration{true, 1344}) == GateOutcome::fail);
    CHECK(outcome(gate, FairWorkDeclaration{false, 1500}) == GateOutcome::fail);
}

TEST_CASE("the catalogue must be accepted and custom questions answered as required") {
    CHECK(outcome(RatesCatalogue{}, YesNoDeclaration{true}) == GateOutcome::pass);
    CHECK(outcome(RatesCatalogue{}, YesNoDeclaration{false}) == GateOutcome::fail);
    CHECK(outcome(CustomQuestion{"Will you use local volunteers?", false}, YesNoDeclaration{false}) == GateOutcome::pass);
    CHECK(outcome(CustomQuestion{"Will you use local volunteers?", false}, YesNoDeclaration{true}) == GateOutcome::fail);
}

TEST_CASE("a declaration of the wrong kind fails rather than passes") {
    CHECK(outcome(RatesCatalogue{}, FairWorkDeclaration{true, 2000}) == GateOutcome::fail);
}

TEST_CASE("a bid is excluded by any failed gate and ranked only when all passed") {
    const GateResult pass{GateOutcome::pass, ""}, fail{GateOutcome::fail, ""}, pending{GateOutcome::pending, ""};
    CHECK(excluded({pass, fail}));
    CHECK_FALSE(excluded({pass, pending}));
    CHECK(all_passed({pass, pass}));
    CHECK_FALSE(all_passed({pass, pending}));
}

TEST_CASE("a rate below the Fair Work minimum says both amounts as a person reads them") {
    const FairWorkFirst gate{1260};
    const auto low = assess(Gate{{}, gate}, FairWorkDeclaration{true, 1200}, deadline);
    CHECK(low.outcome == GateOutcome::fail);
    CHECK(low.reason == "The hourly rate paid, £12.00, is below the £12.60 an hour required.");
    const auto staff = assess(Gate{{}, CareInspectorateRegistration{{{"staff_team", 4}}}},
                              RegistrationDeclaration{"CS2003001025", {}}, deadline);
    CHECK(staff.reason == "No current grade was declared for “How good is our staff team?”.");
}
