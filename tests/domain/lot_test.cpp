#include "domain/lot.hpp"

#include <doctest/doctest.h>

using namespace collabtender::domain;

namespace {
LotDetails welcome_team() {
    return {1, "Welcome Team 1", "A locality welcome team", "North West", {"Fewer admissions"}, 90000000, 60, 1};
}
}  // namespace

TEST_CASE("a lot patch replaces the fields it gives and keeps the others") {
    LotPatch patch;
    patch.term_months = 48;
    patch.outcomes = std::vector<std::string>{};
    auto expected = welcome_team();
    expected.term_months = 48;
    expected.outcomes.clear();
    CHECK(patched(welcome_team(), patch) == expected);
    CHECK(patched(welcome_team(), LotPatch{}) == welcome_team());
}
