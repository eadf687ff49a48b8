#include "api/refusals.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <tuple>
#include <vector>

#include <boost/json.hpp>

using namespace collabtender;

namespace {

// "status type-slug title" of the problem a refusal code becomes.
std::string problem_shape(domain::RefusalCode code) {
    const auto problem = api::problem_for({code, "x"});
    return std::to_string(problem.status()) + " " + problem.type().substr(problem.type().rfind(':') + 1) + " " +
           problem.what();
}

}  // namespace

TEST_CASE("a refusal becomes its problem: status, stable type, its own detail and the fields at fault") {
    const auto cancelled =
        api::problem_for({domain::RefusalCode::lot_cancelled, "This lot is cancelled: it takes no bids."});
    CHECK(cancelled.status() == 409);
    CHECK(cancelled.type() == "urn:collabtender:problem:lot-cancelled");
    const auto body = boost::json::parse(cancelled.to_response("/x").body).as_object();
    CHECK(body.at("detail").as_string() == "This lot is cancelled: it takes no bids.");

    const auto invalid =
        api::problem_for({domain::RefusalCode::invalid, "Some fields are missing or invalid.",
                          {{"/score", "out_of_range", "must be on the scale"}}});
    CHECK(invalid.status() == 422);
    const auto errors = boost::json::parse(invalid.to_response("/x").body).at("errors").as_array();
    REQUIRE(errors.size() == 1);
    CHECK(errors.at(0).at("pointer").as_string() == "/score");

    CHECK(api::problem_for({domain::RefusalCode::conflicted, "x"}).status() == 403);
    CHECK(api::problem_for({domain::RefusalCode::not_found, "x"}).status() == 404);
}

TEST_CASE("clarification refusals keep the problem types and titles their handlers answered with") {
    const auto shape = [](domain::RefusalCode code) {
        const auto body = boost::json::parse(api::problem_for({code, "x"}).to_response("/x").body).as_object();
        return std::string{body.at("type").as_string()} + " " + std::string{body.at("title").as_string()} + " " +
               std::to_string(body.at("status").as_int64());
    };
    using enum domain::RefusalCode;
    CHECK(shape(questions_closed) == "urn:collabtender:problem:clarifications-closed Questions closed 409");
    CHECK(shape(answers_closed) == "urn:collabtender:problem:clarifications-closed Answers closed 409");
    for (const auto code : {already_answered, not_answered, already_published})
        CHECK(shape(code) == "urn:collabtender:problem:conflict Conflict 409");
    CHECK(shape(reconfirmation_too_late) ==
          "urn:collabtender:problem:reconfirmation-too-late Too late to change submitted bids 409");
    CHECK(shape(invalid_query) == "urn:collabtender:problem:invalid-query Invalid query parameter 400");
}

TEST_CASE("a waiver's refusals keep the problem types and titles their handler answered with") {
    const auto body = [](domain::RefusalCode code) {
        return boost::json::parse(api::problem_for({code, "x"}).to_response("/x").body).as_object();
    };
    CHECK(body(domain::RefusalCode::not_after_deadline).at("type").as_string() ==
          "urn:collabtender:problem:not-after-deadline");
    CHECK(body(domain::RefusalCode::not_after_deadline).at("title").as_string() == "Not decided yet");
    CHECK(body(domain::RefusalCode::not_short_of_bids).at("type").as_string() ==
          "urn:collabtender:problem:not-short-of-bids");
    CHECK(body(domain::RefusalCode::not_short_of_bids).at("title").as_string() == "Not short of bids");
    CHECK(body(domain::RefusalCode::not_short_of_bids).at("status").as_int64() == 409);
}

TEST_CASE("a lifecycle step refused for its preconditions has one title whatever the step") {
    const auto body = boost::json::parse(
        api::problem_for({domain::RefusalCode::preconditions_unmet, "x"}).to_response("/x").body).as_object();
    CHECK(body.at("type").as_string() == "urn:collabtender:problem:preconditions-unmet");
    CHECK(body.at("title").as_string() == "Conditions for this step not met");
    CHECK(body.at("status").as_int64() == 409);
}

TEST_CASE("a stale edit is 412 with the current version's ETag, a frozen tender 409 tender-frozen") {
    try {
        domain::require_current(5, 4);
        FAIL("a stale edit");
    } catch (const domain::Refusal& refused) {
        const auto response = api::problem_for(refused).to_response("/x");
        CHECK(response.status == 412);
        const auto body = boost::json::parse(response.body).as_object();
        CHECK(body.at("type").as_string() == "urn:collabtender:problem:precondition-failed");
        CHECK(body.at("title").as_string() == "Version has changed");
        const auto etag = std::find_if(response.headers.begin(), response.headers.end(),
                                       [](const auto& h) { return h.first == "ETag"; });
        REQUIRE(etag != response.headers.end());
        CHECK(etag->second == "\"5\"");
    }
    const auto shape = [](domain::RefusalCode code) {
        const auto problem = api::problem_for({code, "x"});
        return std::to_string(problem.status()) + " " + problem.type() + " " + problem.what();
    };
    CHECK(shape(domain::RefusalCode::lot_already_cancelled) == "409 urn:collabtender:problem:conflict Conflict");
    CHECK(shape(domain::RefusalCode::not_cancellable) ==
          "409 urn:collabtender:problem:not-cancellable The lot cannot be cancelled");
    CHECK(shape(domain::RefusalCode::award_proposed) ==
          "409 urn:collabtender:problem:award-proposed Award already proposed");
    const auto frozen = api::problem_for({domain::RefusalCode::tender_frozen, "x"}).to_response("/x");
    CHECK(frozen.status == 409);
    CHECK(boost::json::parse(frozen.body).at("title").as_string() == "Tender is frozen");
}

TEST_CASE("PIN and award refusals keep the problem types and titles their handlers answered with") {
    // status, type and title, as "409 sessions-closed Sessions closed"
    using enum domain::RefusalCode;
    CHECK(problem_shape(sessions_closed) == "409 sessions-closed Sessions closed");
    CHECK(problem_shape(bookings_closed) == "409 bookings-closed Bookings closed");
    CHECK(problem_shape(interest_closed) == "409 interest-closed Registration closed");
    CHECK(problem_shape(not_ranked_yet) == "409 not-ranked-yet Stage 2 has not closed");
    for (const auto code : {already_awarded, awards_proposed, award_status}) CHECK(problem_shape(code) == "409 conflict Conflict");
    CHECK(problem_shape(ranking_incomplete) == "409 ranking-incomplete Ranking incomplete");
    CHECK(problem_shape(tie_unresolved) == "409 tie-unresolved Tie unresolved");
    CHECK(problem_shape(standstill) == "409 standstill Standstill not over");
    CHECK(problem_shape(no_decision_yet) == "409 no-decision-yet No award decision yet");
}

TEST_CASE("consortium and partner-register refusals keep the problem types and titles their handlers answered with") {
    using enum domain::RefusalCode;
    const std::vector<std::tuple<domain::RefusalCode, std::string, std::string>> expected{
        {participation_closed, "participation-closed", "Tender closed"},
        {register_closed, "participation-closed", "Register closed"},
        {membership_locked, "membership-locked", "Membership locked"},
        {invitation_changed, "invitation-changed", "The invitation has changed"},
        {already_in_consortium, "conflict", "Conflict"},
        {lead_stays, "conflict", "Conflict"},
        {membership_not_locked, "conflict", "Conflict"}};
    for (const auto& [code, slug, title] : expected) {
        const auto problem = api::problem_for({code, "x"});
        CHECK(problem.status() == 409);
        CHECK(problem.type() == "urn:collabtender:problem:" + slug);
        CHECK(boost::json::parse(problem.to_response("/x").body).at("title").as_string() == title);
    }
}

TEST_CASE("bid refusals keep the problem types and titles their handlers answered with") {
    using enum domain::RefusalCode;
    CHECK(problem_shape(submissions_closed) == "409 submissions-closed Not open for bids");
    CHECK(problem_shape(excluded) == "409 excluded Out of this tender");
    CHECK(problem_shape(too_late) == "409 deadline-passed Deadline passed");
    CHECK(problem_shape(not_in_stage2) == "409 not-in-stage-2 Not in stage 2");
    CHECK(problem_shape(bid_incomplete) == "422 bid-incomplete Bid incomplete");
    CHECK(problem_shape(nothing_to_withdraw) == "409 conflict Conflict");
    CHECK(problem_shape(nothing_to_reconfirm) == "409 nothing-to-reconfirm Nothing to reconfirm");
}

TEST_CASE("retrying an email that has not failed keeps the problem type and title its handler answered with") {
    const auto problem = api::problem_for({domain::RefusalCode::not_failed, "x"});
    CHECK(problem.status() == 409);
    CHECK(problem.type() == "urn:collabtender:problem:not-failed");
    CHECK(boost::json::parse(problem.to_response("/x").body).at("title").as_string() == "Only failed emails are retried");
}

TEST_CASE("section and sign-off refusals keep the problem types and titles their handlers answered with") {
    using enum domain::RefusalCode;
    CHECK(problem_shape(uploaded_section) == "409 uploaded-section This section is made of documents");
    CHECK(problem_shape(not_section_owner) == "403 not-section-owner Not your section");
    CHECK(problem_shape(section_transition) == "409 section-transition Not allowed now");
    CHECK(problem_shape(not_a_thread) == "409 conflict Conflict");
    CHECK(problem_shape(not_authorised_signatory) == "403 not-authorised-signatory Not an authorised signatory");
    CHECK(problem_shape(draft_changed) == "409 draft-changed The draft has changed");
    CHECK(problem_shape(not_lead) == "403 not-lead Only the lead asks");
}

TEST_CASE("evaluation refusals keep the problem types and titles their handlers answered with") {
    using enum domain::RefusalCode;
    for (const auto code : {panels_closed, panel_exists, feedback_closed, ties_closed}) CHECK(problem_shape(code) == "409 conflict Conflict");
    CHECK(problem_shape(scoring_started) == "409 scoring-started Scoring has started");
    CHECK(problem_shape(conflict_pre_flagged) == "409 conflict-pre-flagged You told us of a link to this bid");
    CHECK(problem_shape(not_flagged) == "409 not-flagged Nothing to clear");
    CHECK(problem_shape(not_cleared) == "409 not-cleared Nothing to withdraw");
    CHECK(problem_shape(panellist_answered) == "409 panellist-answered The panellist has answered");
    CHECK(problem_shape(scores_hidden) == "409 scores-hidden Submit your scores first");
    CHECK(problem_shape(moderation_not_ready) == "409 moderation-not-ready Not every panellist has scored");
    CHECK(problem_shape(feedback_not_released) == "409 feedback-not-released Feedback not released yet");
}

TEST_CASE("a bid's document refusals keep the problem type and title their handlers answered with") {
    const auto problem = api::problem_for({domain::RefusalCode::document_submitted, "x"});
    CHECK(problem.status() == 409);
    CHECK(problem.type() == "urn:collabtender:problem:conflict");
    CHECK(boost::json::parse(problem.to_response("/x").body).at("title").as_string() == "Conflict");
}
