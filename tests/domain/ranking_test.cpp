#include "domain/ranking.hpp"

#include <doctest/doctest.h>

using namespace collabtender::domain;

namespace {

std::vector<Criterion> two_criteria() {
    std::vector<Criterion> criteria(2);
    criteria[0].title = "Person-led support";
    criteria[0].weight = 40;
    criteria[0].min_score = 1;
    criteria[1].title = "Partnership working";
    criteria[1].weight = 60;
    return criteria;
}

}  // namespace

TEST_CASE("bids are ranked by exact weighted score") {
    // a: (40x2 + 60x3)/4 = 65.00. b: 100.00. c: panel means 7/3 and 10/3: (280 + 600)/12 = 73.33.
    const auto r = rank({{BidId{"a"}, {2, 3}, 1, {}}, {BidId{"b"}, {4, 4}, 1, {}}, {BidId{"c"}, {7, 10}, 3, {}}},
                        two_criteria(), 4, {});
    REQUIRE(r.ranked.size() == 3);
    CHECK(r.ranked[0].bid_id == BidId{"b"});
    CHECK(r.ranked[0].hundredths == 10000);
    CHECK(r.ranked[1].bid_id == BidId{"c"});
    CHECK(r.ranked[1].hundredths == 7333);
    CHECK(r.ranked[2].bid_id == BidId{"a"});
    CHECK(r.ranked[2].rank == 3);
    CHECK(r.out.empty());
}

TEST_CASE("a tie goes to the higher score on the highest-weighted criterion") {
    // Both 70.00: x = (40x4 + 60x2)/4, y = (40x1 + 60x4)/4. y scores higher on the 60% criterion.
    const auto r = rank({{BidId{"x"}, {4, 2}, 1, {}}, {BidId{"y"}, {1, 4}, 1, {}}}, two_criteria(), 4, {});
    REQUIRE(r.ranked.size() == 2);
    CHECK(r.ranked[0].bid_id == BidId{"y"});
    CHECK(r.ranked[0].hundredths == r.ranked[1].hundredths);
    CHECK(r.ranked[1].rank == 2);
    CHECK(r.ranked[0].tie_break == TieBreak::highest_weighted_criterion);
    CHECK(r.ranked[1].tie_break == TieBreak::highest_weighted_criterion);
}

TEST_CASE("a tie level on every score is broken by the commissioner's recorded order, or shares a rank") {
    const auto criteria = two_criteria();
    const auto unresolved = rank({{BidId{"p"}, {3, 3}, 1, {}}, {BidId{"q"}, {3, 3}, 1, {}}}, criteria, 4, {});
    CHECK(unresolved.ranked[0].rank == 1);
    CHECK(unresolved.ranked[1].rank == 1);
    CHECK(unresolved.ranked[1].tie_break == TieBreak::unresolved);
    const auto decided = rank({{BidId{"p"}, {3, 3}, 1, 2}, {BidId{"q"}, {3, 3}, 1, 1}}, criteria, 4, {});
    CHECK(decided.ranked[0].bid_id == BidId{"q"});
    CHECK(decided.ranked[1].rank == 2);
    CHECK(decided.ranked[0].tie_break == TieBreak::commissioner_decision);
}

TEST_CASE("a bid below a criterion minimum or the quality threshold is out, with its reasons") {
    const auto r = rank({{BidId{"low"}, {0, 4}, 1, {}}, {BidId{"weak"}, {2, 2}, 1, {}}, {BidId{"fine"}, {3, 3}, 1, {}}},
                        two_criteria(), 4, 60);
    REQUIRE(r.ranked.size() == 1);
    CHECK(r.ranked[0].bid_id == BidId{"fine"});
    REQUIRE(r.out.size() == 2);
    CHECK(r.out[0].bid_id == BidId{"low"});
    REQUIRE(r.out[0].reasons.size() == 1);
    const auto& minimum = std::get<BelowMinimum>(r.out[0].reasons[0]);
    CHECK(minimum.criterion == "Person-led support");
    CHECK(minimum.score == "0.00");
    CHECK(minimum.minimum == 1);
    REQUIRE(r.out[1].reasons.size() == 1);
    const auto& threshold = std::get<BelowThreshold>(r.out[1].reasons[0]);
    CHECK(threshold.weighted_score == "50.00");
    CHECK(threshold.threshold == 60);
}
