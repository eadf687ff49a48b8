#include "domain/tender.hpp"

#include <doctest/doctest.h>

#include "tests/support/violations.hpp"

#include "domain/cpv.hpp"
#include "domain/criteria.hpp"
#include "domain/lot.hpp"

using namespace collabtender::domain;
using collabtender::test::has;

namespace {

TenderDetails edinburgh() {
    TenderDetails t;
    t.reference = "EDI-2026-014";
    t.title = "Thrive Welcome Teams and themed community support";
    t.description = "Community mental-health support across Edinburgh's four localities.";
    t.cpv_codes = {"85312000-9", "85320000-8"};
    t.contract_term_months = 60;
    t.extension_months = 24;
    t.estimated_value_pence = 4'200'000'000;
    t.outcomes = {"People feel welcome and connected", "People have choice and control"};
    t.partnership_statement = "We expect partnership bids for every lot.";
    return t;
}
}  // namespace

TEST_CASE("CPV codes carry a check digit") {
    for (const char* good : {"85000000-9", "85310000-5", "85311000-2", "85312000-9", "85320000-8", "03000000-1"})
        CHECK_MESSAGE(valid_cpv(good), good);
    for (const char* bad : {"85311000-3", "85311000", "8531100-2", "85311000_2", "8531100a-2", "85311000-22", ""})
        CHECK_FALSE_MESSAGE(valid_cpv(bad), bad);
}

TEST_CASE("social work CPV codes have titles") {
    CHECK(cpv_title("85312000") == "Social work services without accommodation");
    CHECK_FALSE(cpv_title("45000000"));
}

TEST_CASE("a complete tender is valid") { CHECK(validate(edinburgh()).empty()); }

TEST_CASE("tender fields are checked one by one") {
    auto t = edinburgh();
    t.reference = "";
    t.cpv_codes = {"85312000-9", "85312000-9", "12345678-9"};
    t.procedure = "open";
    t.contract_term_months = 0;
    t.estimated_value_pence = -1;
    t.price_weight = 101;
    t.timetable.standstill_days = 5;
    const auto v = validate(t);
    CHECK(has(v, "/reference", "required"));
    CHECK(has(v, "/cpv_codes/1", "duplicate"));
    CHECK(has(v, "/cpv_codes/2", "invalid_cpv"));
    CHECK(has(v, "/procedure", "invalid_value"));
    CHECK(has(v, "/contract_term_months", "out_of_range"));
    CHECK(has(v, "/estimated_value_pence", "out_of_range"));
    CHECK(has(v, "/price_weight", "out_of_range"));
    CHECK(has(v, "/timetable/standstill_days", "out_of_range"));
}

TEST_CASE("expecting partnership bids needs a statement to show providers") {
    auto t = edinburgh();
    t.partnership_statement = "";
    CHECK(has(validate(t), "/partnership_statement", "required"));
    t.partnership_bids_expected = false;
    CHECK(validate(t).empty());
}

TEST_CASE("a tender patch replaces the fields it gives, clears the nullable ones given as null, and keeps the others") {
    auto before = edinburgh();
    before.quality_threshold = 60;
    before.timetable.stage1_deadline = TimePoint{std::chrono::hours{1}};
    TenderPatch patch;
    patch.title = "Thrive Welcome Teams";
    patch.outcomes = std::vector<std::string>{};
    patch.quality_threshold = std::optional<int>{};
    patch.timetable.stage1_deadline = std::optional<TimePoint>{};
    patch.timetable.stage2_deadline = TimePoint{std::chrono::hours{2}};
    patch.minimum_bids_stage2 = 3;
    auto expected = before;
    expected.title = "Thrive Welcome Teams";
    expected.outcomes.clear();
    expected.quality_threshold.reset();
    expected.timetable.stage1_deadline.reset();
    expected.timetable.stage2_deadline = TimePoint{std::chrono::hours{2}};
    expected.minimum_bids.stage2 = 3;
    CHECK(patched(before, patch) == expected);
    CHECK(patched(before, TenderPatch{}) == before);
}

TEST_CASE("the default scale runs 0 Unacceptable to 4 Excellent") {
    const auto scale = default_scale();
    REQUIRE(scale.size() == 5);
    CHECK(scale.front().label == "Unacceptable");
    CHECK(scale.back().label == "Excellent");
    CHECK(max_score(scale) == 4);
    CHECK(validate_scale(scale, "/s").empty());
}

TEST_CASE("a scale must count up from 0 with a label and descriptor per point") {
    CHECK(has(validate_scale({{1, "Poor", "x"}, {2, "Good", "y"}}, "/s"), "/s/0/score", "invalid_scale"));
    CHECK(has(validate_scale({{0, "", "x"}, {1, "Good", "y"}}, "/s"), "/s/0/label", "required"));
    CHECK(has(validate_scale({{0, "Only", "x"}}, "/s"), "/s", "invalid_scale"));
}

TEST_CASE("published means not a draft, and a cancelled draft was never published") {
    CHECK_FALSE(is_published(TenderStatus::draft, false));
    CHECK(is_published(TenderStatus::pin_published, true));
    CHECK(is_published(TenderStatus::stage2_open, true));
    CHECK_FALSE(is_published(TenderStatus::cancelled, false));
    CHECK(is_published(TenderStatus::cancelled, true));
}

TEST_CASE("criteria weights and the price weight sum to 100") {
    const std::vector<Criterion> criteria{{"Person-led support", "", "", 60, 1000, 2},
                                          {"Partnership working", "", "", 40, 1000, std::nullopt}};
    CHECK(validate_criteria(criteria, 0, default_scale()).empty());
    CHECK(has(validate_criteria(criteria, 10, default_scale()), "/criteria", "weights_do_not_sum"));
    auto priced = criteria;
    priced[1].weight = 30;
    CHECK(validate_criteria(priced, 10, default_scale()).empty());
}

TEST_CASE("criteria are checked one by one") {
    const std::vector<Criterion> criteria{{"", "", "", 0, 10, 5}};
    const auto v = validate_criteria(criteria, 0, default_scale());
    CHECK(has(v, "/criteria/0/title", "required"));
    CHECK(has(v, "/criteria/0/weight", "out_of_range"));
    CHECK(has(v, "/criteria/0/word_limit", "out_of_range"));
    CHECK(has(v, "/criteria/0/min_score", "out_of_range"));
    CHECK(has(validate_criteria({}, 0, default_scale()), "/criteria", "invalid_length"));
}

TEST_CASE("lots are checked one by one") {
    LotDetails lot{1, "North West Welcome Team", "Locality welcome team", "North West", {"Connected"}, 90'000'000, 60, 1};
    CHECK(validate(lot).empty());
    lot.number = 0;
    lot.max_awards = 0;
    lot.title = " ";
    const auto v = validate(lot);
    CHECK(has(v, "/number", "out_of_range"));
    CHECK(has(v, "/max_awards", "out_of_range"));
    CHECK(has(v, "/title", "required"));
}
