#include "domain/scoring.hpp"

#include <doctest/doctest.h>

#include "tests/support/violations.hpp"

using namespace collabtender::domain;
using collabtender::test::has;

TEST_CASE("decimals are exact and round half up") {
    CHECK(decimal(17, 6) == "2.83");
    CHECK(decimal(5, 2) == "2.50");
    CHECK(decimal(1, 8, 2) == "0.13");  // 0.125
    CHECK(decimal(8500, 100) == "85.00");
    CHECK(decimal(2, 3, 0) == "1");
    CHECK(decimal(-1, 8, 2) == "-0.13");
}

TEST_CASE("aggregates give mean, median, range and the disagreement flag") {
    const auto a = aggregate({3, 1, 4, 2});
    CHECK(a.count == 4);
    CHECK(a.mean() == "2.50");
    CHECK(a.median() == "2.50");
    CHECK(a.min == 1);
    CHECK(a.max == 4);
    CHECK(a.flagged);
    const auto b = aggregate({3, 3, 2});
    CHECK(b.median() == "3.00");
    CHECK(b.mean() == "2.67");
    CHECK_FALSE(b.flagged);
    CHECK(aggregate({2, 4}).flagged);  // a range of exactly the threshold is flagged
    CHECK_FALSE(aggregate({2, 4}, 3).flagged);
    CHECK(aggregate({}).count == 0);
}

TEST_CASE("the weighted score is the weighted share of the maximum, in hundredths") {
    std::vector<Criterion> criteria(2);
    criteria[0].weight = 60;
    criteria[1].weight = 40;
    CHECK(weighted_hundredths(criteria, {3, 4}, 1, 4) == 8500);
    // Means of three panellists: 8/3 and 10/3 out of 4: (60*8 + 40*10) / (3*4) = 73.333..
    CHECK(weighted_hundredths(criteria, {8, 10}, 3, 4) == 7333);
    // 2/3 of a point rounds up: (60*1 + 40*1)/(3*4)... = 8.333.. -> 833
    CHECK(weighted_hundredths(criteria, {1, 1}, 3, 4) == 833);
    CHECK(weighted_hundredths(criteria, {0, 0}, 0, 4) == 0);
}

TEST_CASE("a scoresheet is submitted only with every score and justification") {
    std::vector<CriterionScore> sheet{{3, "Clear plan", ""}, {std::nullopt, " ", "Say more about staffing"}};
    const auto v = check_scoresheet(sheet, 0, 4);
    CHECK(has(v, "/criteria/1/score", "required"));
    CHECK(has(v, "/criteria/1/justification", "required"));
    CHECK_FALSE(has(v, "/criteria/0/score", "required"));
    sheet[1] = {5, "Excellent", ""};
    CHECK(has(check_scoresheet(sheet, 0, 4), "/criteria/1/score", "out_of_range"));
}
