#include "domain/award.hpp"

#include <doctest/doctest.h>

#include "domain/refusal.hpp"
#include "tests/support/refusals.hpp"
#include "tests/support/violations.hpp"

using namespace collabtender::domain;
using collabtender::test::has;
using collabtender::test::refusal;

namespace {

// Bids a, b, c ranked 1, 2, 2: b and c tie for second place.
const std::vector<RankedBid> ranked{{BidId{"a"}, 1, 8000, TieBreak::none},
                                    {BidId{"b"}, 2, 7000, TieBreak::unresolved},
                                    {BidId{"c"}, 2, 7000, TieBreak::unresolved}};

Violations choice_errors(int max_awards, std::vector<BidId> chosen, std::optional<std::string> reason) {
    try {
        choose_awards(ranked, max_awards, std::move(chosen), std::move(reason));
    } catch (const Refusal& r) {
        CHECK(r.code() == RefusalCode::invalid);
        return r.errors();
    }
    return {};
}

}  // namespace

TEST_CASE("awards are proposed after stage 2 closes, once per lot, and not once the tender is awarded") {
    CHECK(refusal([] { require_stage2_closed(TenderStatus::stage2_open); }) == RefusalCode::not_ranked_yet);
    CHECK_FALSE(refusal([] { require_stage2_closed(TenderStatus::stage2_evaluation); }));
    CHECK_FALSE(refusal([] { require_not_awarded(TenderStatus::standstill); }));
    CHECK(refusal([] { require_not_awarded(TenderStatus::awarded); }) == RefusalCode::already_awarded);
    CHECK_FALSE(refusal([] { require_undecided(false); }));
    CHECK(refusal([] { require_undecided(true); }) == RefusalCode::awards_proposed);
    CHECK(refusal([] { require_ranking_complete({{BidId{"a"}, {AwaitingScores{}}}}); }) ==
          RefusalCode::ranking_incomplete);
    CHECK_FALSE(refusal([] { require_ranking_complete({}); }));
}

TEST_CASE("by default the ranking's top bids are awarded, unless bids tie for the last place") {
    const auto one = choose_awards(ranked, 1, std::nullopt, std::nullopt);
    CHECK(one.bid_ids == std::vector<BidId>{BidId{"a"}});
    CHECK_FALSE(one.reason);
    CHECK(choose_awards(ranked, 3, std::nullopt, std::nullopt).bid_ids.size() == 3);
    CHECK(refusal([] { choose_awards(ranked, 2, std::nullopt, std::nullopt); }) == RefusalCode::tie_unresolved);
}

TEST_CASE("a choice departing from the ranking needs a reason, and the ranking's own choice keeps none") {
    const auto same = choose_awards(ranked, 1, std::vector<BidId>{BidId{"a"}}, "not needed");
    CHECK(same.bid_ids == std::vector<BidId>{BidId{"a"}});
    CHECK_FALSE(same.reason);
    const auto other = choose_awards(ranked, 1, std::vector<BidId>{BidId{"b"}}, "Local knowledge");
    CHECK(other.bid_ids == std::vector<BidId>{BidId{"b"}});
    CHECK(other.reason == "Local knowledge");
    CHECK(choose_awards(ranked, 1, std::vector<BidId>{}, "None good enough").bid_ids.empty());

    CHECK(has(choice_errors(1, {BidId{"b"}}, std::nullopt), "/reason", "required"));
    // b or c: a tie to decide
    CHECK(has(choice_errors(2, {BidId{"a"}, BidId{"b"}}, std::nullopt), "/reason", "required"));
    CHECK(has(choice_errors(1, {BidId{"b"}}, " "), "/reason", "required"));
    const auto wrong = choice_errors(1, {BidId{"a"}, BidId{"x"}}, "why");
    CHECK(has(wrong, "/bid_ids", "too_many"));
    CHECK(has(wrong, "/bid_ids/1", "not_eligible"));
}

TEST_CASE("a challenge suspends a proposed award, which is confirmed after the standstill") {
    const TimePoint now = TimePoint{} + std::chrono::days{20000};
    const auto later = now + std::chrono::seconds{1};
    CHECK_FALSE(refusal([] { require_suspendable("proposed"); }));
    CHECK(refusal([] { require_suspendable("suspended"); }) == RefusalCode::award_status);
    CHECK(refusal([] { require_suspendable("confirmed"); }) == RefusalCode::award_status);
    CHECK_FALSE(refusal([] { require_resumable("suspended"); }));
    CHECK(refusal([] { require_resumable("proposed"); }) == RefusalCode::award_status);
    CHECK_FALSE(refusal([&] { require_confirmable("proposed", now, now); }));
    CHECK(refusal([&] { require_confirmable("proposed", later, now); }) == RefusalCode::standstill);
    CHECK(refusal([&] { require_confirmable("suspended", now, now); }) == RefusalCode::award_status);
    CHECK(refusal([&] { require_confirmable("confirmed", now, now); }) == RefusalCode::award_status);
}

TEST_CASE("a contract starts on a real date and runs a bounded term") {
    CHECK(validate_contract("2027-04-01", 60, 24).empty());
    CHECK(validate_contract("", 1, 0).empty());  // a missing date is reported by whoever read it
    CHECK(has(validate_contract("2027-02-30", 60, 0), "/start_date", "invalid_date"));
    CHECK(has(validate_contract("1 April 2027", 60, 0), "/start_date", "invalid_date"));
    CHECK(has(validate_contract("2027-04-01", 0, 0), "/term_months", "out_of_range"));
    CHECK(has(validate_contract("2027-04-01", 241, 0), "/term_months", "out_of_range"));
    CHECK(has(validate_contract("2027-04-01", 60, -1), "/extension_months", "out_of_range"));
    CHECK(has(validate_contract("2027-04-01", 60, 241), "/extension_months", "out_of_range"));
}

TEST_CASE("a letter gives why a bid is out, or where it ranked, and the commissioner's reason") {
    const Ranking ranking{{{BidId{"a"}, 1, 8000, TieBreak::none}, {BidId{"b"}, 2, 7000, TieBreak::none}},
                          {{BidId{"x"}, {NoRevisedBid{}}}}};
    const auto out = letter_reasons(ranking, BidId{"x"}, 1, std::nullopt);
    REQUIRE(out.size() == 1);
    CHECK(std::holds_alternative<NoRevisedBid>(out[0]));
    const auto second = letter_reasons(ranking, BidId{"b"}, 1, "Local knowledge");
    REQUIRE(second.size() == 2);
    CHECK(std::get<Ranked>(second[0]).rank == 2);
    CHECK(std::get<Ranked>(second[0]).of == 2);
    CHECK(std::get<CommissionerDecision>(second[1]).reason == "Local knowledge");
}

TEST_CASE("ties are decided in stage-2 evaluation, naming two or more ranked bids once each, with a reason") {
    CHECK(refusal([] { require_ties_open(TenderStatus::stage2_evaluation); }) == std::nullopt);
    CHECK(refusal([] { require_ties_open(TenderStatus::standstill); }) == RefusalCode::ties_closed);
    CHECK(validate_tie_break({BidId{"a"}, BidId{"b"}}, "Local hub").empty());
    CHECK(has(validate_tie_break({BidId{"a"}}, "x"), "/order", "too_few"));
    CHECK(has(validate_tie_break({BidId{"a"}, BidId{"a"}}, "x"), "/order", "duplicate"));
    CHECK(has(validate_tie_break({BidId{"a"}, BidId{"b"}}, ""), "/reason", "required"));
    const std::vector<RankedBid> ranked{{BidId{"a"}, 1, 7500, TieBreak::unresolved},
                                        {BidId{"b"}, 1, 7500, TieBreak::unresolved}};
    CHECK(check_tie_break_order({BidId{"b"}, BidId{"a"}}, ranked).empty());
    CHECK(has(check_tie_break_order({BidId{"a"}, BidId{"c"}}, ranked), "/order/1", "not_ranked"));
}
