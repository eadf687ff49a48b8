#include "domain/gates.hpp"

#include <doctest/doctest.h>

#include "tests/support/violations.hpp"

using namespace collabtender::domain;
using collabtender::test::has;

TEST_CASE("each gate kind has its wire name") {
    CHECK(gate_kind(Insurance{}) == "insurance");
    CHECK(gate_kind(CustomQuestion{}) == "custom");
    CHECK(gate_kind(MandatoryExclusions{}) == "spd_mandatory_exclusions");
    CHECK(gate_kinds().size() == std::variant_size_v<GateParameters>);
}

TEST_CASE("Care Inspectorate grades are 1 to 6 on known key questions") {
    CHECK(validate(Gate{{}, CareInspectorateRegistration{{{"wellbeing", 4}, {"leadership", 3}}}}, "/g").empty());
    const auto v = validate(Gate{{}, CareInspectorateRegistration{{{"wellbeing", 7}, {"catering", 3}}}}, "/g");
    CHECK(has(v, "/g/parameters/minimum_grades/wellbeing", "out_of_range"));
    CHECK(has(v, "/g/parameters/minimum_grades/catering", "unknown_key_question"));
    CHECK(has(validate(Gate{{}, CareInspectorateRegistration{}}, "/g"), "/g/parameters/minimum_grades", "required"));
}

TEST_CASE("employer's liability may not be set below the statutory £5m") {
    CHECK(validate(Gate{{}, Insurance{500'000'000, 1'000'000'000, 200'000'000}}, "/g").empty());
    CHECK(has(validate(Gate{{}, Insurance{100'000'000, 0, 0}}, "/g"), "/g/parameters/employers_liability_pence",
              "below_statutory_minimum"));
}

TEST_CASE("the Fair Work rate is a plausible hourly rate in pence") {
    CHECK(validate(Gate{{}, FairWorkFirst{13'45}}, "/g").empty());
    CHECK(has(validate(Gate{{}, FairWorkFirst{0}}, "/g"), "/g/parameters/minimum_hourly_rate_pence", "out_of_range"));
}

TEST_CASE("a rates catalogue lists unique, priced items") {
    CHECK(validate(Gate{{}, RatesCatalogue{{{"SS1", "Support hour", "hour", 24'50}}}}, "/g").empty());
    const auto v = validate(
        Gate{{}, RatesCatalogue{{{"SS1", "Support hour", "hour", 24'50}, {"SS1", "Sleepover", "night", 0}}}}, "/g");
    CHECK(has(v, "/g/parameters/items/1/code", "duplicate"));
    CHECK(has(v, "/g/parameters/items/1/max_rate_pence", "out_of_range"));
    CHECK(has(validate(Gate{{}, RatesCatalogue{}}, "/g"), "/g/parameters/items", "invalid_length"));
}

TEST_CASE("a custom gate asks a question") {
    CHECK(has(validate(Gate{{}, CustomQuestion{"", true}}, "/g"), "/g/parameters/question", "required"));
    CHECK(validate(Gate{{}, CustomQuestion{"Will you attend the induction?", true}}, "/g").empty());
    CHECK(validate(Gate{{}, MandatoryExclusions{}}, "/g").empty());
}

TEST_CASE("a gate reads in plain words, and a custom gate as its question") {
    CHECK(gate_title(Insurance{}) == "Insurance");
    CHECK(gate_title(FairWorkFirst{}) == "Fair Work First and the Real Living Wage");
    CHECK(gate_title(CustomQuestion{"Will you attend the induction?", true}) == "Will you attend the induction?");
    for (const auto kind : gate_kinds()) CHECK_FALSE(kind.empty());
}

TEST_CASE("a lot's bids answer the gates for every lot and the lot's own, in the tender's order") {
    const LotId lot1{"lot-1"}, lot2{"lot-2"};
    const std::vector<Gate> tender{{std::nullopt, CustomQuestion{"a", true}},
                                   {lot2, CustomQuestion{"b", true}},
                                   {lot1, CustomQuestion{"c", true}},
                                   {std::nullopt, MandatoryExclusions{}}};
    CHECK(lot_gates(tender, lot1) == std::vector<Gate>{tender[0], tender[2], tender[3]});
    CHECK(lot_gates(tender, lot2) == std::vector<Gate>{tender[0], tender[1], tender[3]});
    CHECK(lot_gates(tender, LotId{"lot-3"}) == std::vector<Gate>{tender[0], tender[3]});
    CHECK(lot_gates({}, lot1).empty());
}

TEST_CASE("a gate for one lot names a lot of the tender") {
    const LotId lot1{"lot-1"}, lot2{"lot-2"}, lot9{"lot-9"};
    const std::vector<std::optional<Gate>> gates{Gate{std::nullopt, MandatoryExclusions{}},
                                                 Gate{lot1, CustomQuestion{"a", true}},
                                                 std::nullopt,
                                                 Gate{lot9, CustomQuestion{"b", true}}};
    const auto v = check_gate_lots(gates, {lot1, lot2});
    REQUIRE(v.size() == 1);
    CHECK(has(v, "/gates/3/lot_id", "unknown_lot"));
    CHECK(check_gate_lots(gates, {lot1, lot9}).empty());
    CHECK(check_gate_lots({Gate{lot1, MandatoryExclusions{}}}, {}).size() == 1);
}

TEST_CASE("a Fair Work First gate naming no rate asks for the installation's Real Living Wage") {
    std::vector<std::optional<Gate>> gates{Gate{std::nullopt, FairWorkFirst{real_living_wage_rate}},
                                           Gate{std::nullopt, FairWorkFirst{1500}}, std::nullopt};
    CHECK(validate(*gates[0], "/gates/0").empty());  // the rate is filled in when the gates are set
    auto unset = gates;
    const auto missing = with_real_living_wage(unset, std::nullopt);
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].pointer == "/gates/0/parameters/minimum_hourly_rate_pence");
    CHECK(with_real_living_wage(gates, 1345).empty());
    CHECK(std::get<FairWorkFirst>(gates[0]->parameters).minimum_hourly_rate_pence == 1345);
    CHECK(std::get<FairWorkFirst>(gates[1]->parameters).minimum_hourly_rate_pence == 1500);
}
