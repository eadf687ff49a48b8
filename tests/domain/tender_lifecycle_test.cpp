#include "domain/tender_lifecycle.hpp"

#include <algorithm>
#include <map>

#include <doctest/doctest.h>

#include "domain/refusal.hpp"
#include "tests/support/violations.hpp"

using namespace collabtender::domain;
using collabtender::test::has;
using namespace std::chrono_literals;

namespace {

const TimePoint now = TimePoint{} + 24h * 365 * 56;


// A tender ready for anything, so that only the state decides.
TenderFacts ready(TenderStatus status, TimePoint at = now) {
    TenderFacts f;
    f.status = status;
    f.has_pin_summary = true;
    f.lots = 9;
    f.criteria = 4;
    f.criteria_valid = true;
    f.gates = 5;
    f.timetable.clarification_cutoff = now + 24h * 20;
    f.timetable.stage1_deadline = now + 24h * 28;
    f.timetable.stage2_deadline = now + 24h * 90;
    f.now = at;
    f.cancel_reason = "Budget withdrawn by the IJB";
    return f;
}

// For each action, the one state it leaves and the state it reaches (cancel aside),
// and the moment at which the deadline preconditions hold.
struct Edge {
    TenderStatus from;
    TenderStatus to;
    TimePoint at;
};
const std::map<TenderAction, Edge> edges{
    {TenderAction::publish_pin, {TenderStatus::draft, TenderStatus::pin_published, now}},
    {TenderAction::open_stage1, {TenderStatus::pin_published, TenderStatus::stage1_open, now}},
    {TenderAction::close_stage1, {TenderStatus::stage1_open, TenderStatus::stage1_evaluation, now + 24h * 29}},
    {TenderAction::release_feedback, {TenderStatus::stage1_evaluation, TenderStatus::stage2_open, now + 24h * 40}},
    {TenderAction::close_stage2, {TenderStatus::stage2_open, TenderStatus::stage2_evaluation, now + 24h * 91}},
};

const TenderStatus all_statuses[] = {TenderStatus::draft,           TenderStatus::pin_published,
                                     TenderStatus::stage1_open,     TenderStatus::stage1_evaluation,
                                     TenderStatus::stage2_open,     TenderStatus::stage2_evaluation,
                                     TenderStatus::standstill,      TenderStatus::awarded,
                                     TenderStatus::cancelled};

}  // namespace

TEST_CASE("each action is allowed from exactly one state and refused from every other") {
    for (const auto& [action, edge] : edges) {
        for (const auto status : all_statuses) {
            const auto result = apply(action, ready(status, edge.at));
            CAPTURE(to_string(action));
            CAPTURE(to_string(status));
            if (status == edge.from) {
                CHECK(result.unmet.empty());
                CHECK(result.next == edge.to);
            } else {
                CHECK_FALSE(result.next);
                CHECK(has(result.unmet, "/status", "wrong_status"));
            }
        }
    }
}

TEST_CASE("cancel is allowed from every state before award, with a reason") {
    for (const auto status : all_statuses) {
        const auto result = apply(TenderAction::cancel, ready(status));
        CAPTURE(to_string(status));
        const bool allowed = status != TenderStatus::awarded && status != TenderStatus::cancelled;
        CHECK(result.next.has_value() == allowed);
        if (allowed) CHECK(result.next == TenderStatus::cancelled);
    }
    auto facts = ready(TenderStatus::stage1_open);
    facts.cancel_reason = "  ";
    CHECK(has(apply(TenderAction::cancel, facts).unmet, "/reason", "required"));
}

TEST_CASE("publishing a PIN needs a summary and a lot to announce") {
    auto facts = ready(TenderStatus::draft);
    facts.lots = 0;
    facts.has_pin_summary = false;
    const auto unmet = apply(TenderAction::publish_pin, facts).unmet;
    CHECK(has(unmet, "/lots", "required"));
    CHECK(has(unmet, "/pin_summary", "required"));
}

TEST_CASE("opening stage 1 names every unmet precondition at once") {
    TenderFacts facts;
    facts.status = TenderStatus::pin_published;
    facts.now = now;
    facts.timetable.stage1_deadline = now - 1h;
    const auto result = apply(TenderAction::open_stage1, facts);
    CHECK_FALSE(result.next);
    CHECK(has(result.unmet, "/lots", "required"));
    CHECK(has(result.unmet, "/criteria", "required"));
    CHECK(has(result.unmet, "/gates", "required"));
    CHECK(has(result.unmet, "/timetable/stage1_deadline", "in_the_past"));
    CHECK(has(result.unmet, "/timetable/stage2_deadline", "required"));
    CHECK(has(result.unmet, "/timetable/clarification_cutoff", "required"));
}

TEST_CASE("opening stage 1 needs weights that sum and deadlines in order") {
    auto facts = ready(TenderStatus::pin_published);
    facts.criteria_valid = false;
    facts.lots_with_invalid_criteria = {3};
    facts.timetable.clarification_cutoff = *facts.timetable.stage1_deadline + 1h;
    facts.timetable.stage2_deadline = *facts.timetable.stage1_deadline;
    const auto unmet = apply(TenderAction::open_stage1, facts).unmet;
    CHECK(has(unmet, "/criteria", "weights_do_not_sum"));
    CHECK(has(unmet, "/lots/3/criteria", "weights_do_not_sum"));
    CHECK(has(unmet, "/timetable/clarification_cutoff", "out_of_order"));
    CHECK(has(unmet, "/timetable/stage2_deadline", "out_of_order"));
}

TEST_CASE("a stage closes only once its deadline has passed") {
    auto facts = ready(TenderStatus::stage1_open);
    CHECK(has(apply(TenderAction::close_stage1, facts).unmet, "/timetable/stage1_deadline", "not_yet_passed"));
    facts.now = *facts.timetable.stage1_deadline;
    CHECK(apply(TenderAction::close_stage1, facts).next == TenderStatus::stage1_evaluation);
    facts = ready(TenderStatus::stage2_open, now + 24h * 89);
    CHECK(has(apply(TenderAction::close_stage2, facts).unmet, "/timetable/stage2_deadline", "not_yet_passed"));
}

TEST_CASE("a step refused in the wrong state says so in plain words") {
    const auto unmet = apply(TenderAction::close_stage1, ready(TenderStatus::draft)).unmet;
    REQUIRE_FALSE(unmet.empty());
    CHECK(unmet[0].message == "this step is for a tender open for first bids; this one is a draft");
}

TEST_CASE("a lot short of the minimum bids holds up closing the stage until waived or cancelled") {
    auto facts = ready(TenderStatus::stage1_open, now + 24h * 31);
    facts.minimum_bids = {2, 1};
    facts.lot_bids = {{1, 3, false, false}, {2, 1, false, false}, {3, 0, false, false}};
    auto unmet = apply(TenderAction::close_stage1, facts).unmet;
    REQUIRE(unmet.size() == 2);
    CHECK(has(unmet, "/lots/2", "below_minimum_bids"));
    CHECK(has(unmet, "/lots/3", "below_minimum_bids"));
    CHECK(unmet[0].message.find("lot 2 has 1 bid, fewer than the 2") == 0);
    facts.lot_bids[1].waived = true;
    facts.lot_bids[2].cancelled = true;
    CHECK(apply(TenderAction::close_stage1, facts).next == TenderStatus::stage1_evaluation);

    facts = ready(TenderStatus::stage2_open, now + 24h * 91);
    facts.minimum_bids = {2, 1};
    facts.lot_bids = {{1, 1, false, false}};
    CHECK(apply(TenderAction::close_stage2, facts).next == TenderStatus::stage2_evaluation);
    facts.lot_bids = {{1, 0, false, false}};
    CHECK(has(apply(TenderAction::close_stage2, facts).unmet, "/lots/1", "below_minimum_bids"));
}

TEST_CASE("a tender's minimum bids per lot are between 1 and 100") {
    TenderDetails details;
    details.minimum_bids = {0, 101};
    const auto found = validate(details);
    CHECK(std::any_of(found.begin(), found.end(), [](const auto& v) { return v.pointer == "/minimum_bids/stage1"; }));
    CHECK(std::any_of(found.begin(), found.end(), [](const auto& v) { return v.pointer == "/minimum_bids/stage2"; }));
}

TEST_CASE("stage 2 opens only with its deadline still ahead") {
    auto facts = ready(TenderStatus::stage1_evaluation, now + 24h * 95);
    CHECK(has(apply(TenderAction::release_feedback, facts).unmet, "/timetable/stage2_deadline", "in_the_past"));
}

TEST_CASE("configuration is editable only before stage 1 opens") {
    CHECK(configuration_editable(TenderStatus::draft));
    CHECK(configuration_editable(TenderStatus::pin_published));
    for (const auto status : all_statuses)
        if (status != TenderStatus::draft && status != TenderStatus::pin_published)
            CHECK_FALSE(configuration_editable(status));
}

TEST_CASE("actions round-trip through their names") {
    for (const auto& [action, edge] : edges) CHECK(parse_tender_action(to_string(action)) == action);
    CHECK(parse_tender_action("cancel") == TenderAction::cancel);
    CHECK_FALSE(parse_tender_action("award"));
}

TEST_CASE("interest can be registered from the PIN until the last stage closes") {
    CHECK(participation_open(TenderStatus::pin_published));
    CHECK(participation_open(TenderStatus::stage2_open));
    CHECK_FALSE(participation_open(TenderStatus::draft));
    CHECK_FALSE(participation_open(TenderStatus::stage2_evaluation));
    CHECK_FALSE(participation_open(TenderStatus::cancelled));
}

TEST_CASE("feedback is released only when every gate is decided and every scored bid moderated") {
    auto facts = ready(TenderStatus::stage1_evaluation, now + 24h * 40);
    CHECK(apply(TenderAction::release_feedback, facts).next == TenderStatus::stage2_open);
    facts.undecided_gates = 1;
    facts.unscored_bids = 2;
    facts.unmoderated_flags = 3;
    const auto unmet = apply(TenderAction::release_feedback, facts).unmet;
    CHECK(has(unmet, "/gate_results", "undecided"));
    CHECK(has(unmet, "/scores", "incomplete"));
    CHECK(has(unmet, "/moderation", "unmoderated"));
}

TEST_CASE("criteria, gates, lots and details are frozen once stage 1 opens, saying how the tender stands") {
    CHECK_NOTHROW(require_configuration_editable(TenderStatus::draft));
    CHECK_NOTHROW(require_configuration_editable(TenderStatus::pin_published));
    try {
        require_configuration_editable(TenderStatus::stage1_open);
        FAIL("a change after stage 1 opened");
    } catch (const Refusal& refused) {
        CHECK(refused.code() == RefusalCode::tender_frozen);
        CHECK(refused.detail() == "The tender is stage1_open; its criteria, gates, lots and details can no longer be changed.");
    }
}

TEST_CASE("an edit of a version no longer current is refused as stale, naming the current one") {
    CHECK_NOTHROW(require_current(3, 3));
    try {
        require_current(4, 3);
        FAIL("a stale edit");
    } catch (const Refusal& refused) {
        CHECK(refused.code() == RefusalCode::stale);
        CHECK(refused.current_version() == 4);
    }
}
