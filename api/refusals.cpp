#include "api/refusals.hpp"

#include "api/preconditions.hpp"

namespace collabtender::api {

namespace {

struct Shape {
    int status;
    const char* slug;  // the problem type is urn:collabtender:problem:<slug>
    const char* title;
};

Shape shape(domain::RefusalCode code) {
    using enum domain::RefusalCode;
    switch (code) {
        case invalid: return {422, "validation-failed", "Validation failed"};
        case not_found: return {404, "not-found", "Not found"};
        case forbidden: return {403, "forbidden", "Not allowed"};
        case sealed: return {409, "sealed", "Bids are sealed"};
        case evaluation_closed: return {409, "evaluation-closed", "Not under evaluation"};
        case declaration_required: return {409, "declaration-required", "Declare any conflict first"};
        case conflicted: return {403, "conflicted", "You declared a conflict"};
        case bid_excluded: return {409, "bid-excluded", "Excluded by a gate"};
        case scores_submitted: return {409, "scores-submitted", "Scores already submitted"};
        case lot_cancelled: return {409, "lot-cancelled", "Lot cancelled"};
        case invalid_query: return {400, "invalid-query", "Invalid query parameter"};
        case questions_closed: return {409, "clarifications-closed", "Questions closed"};
        case answers_closed: return {409, "clarifications-closed", "Answers closed"};
        case already_answered:
        case not_answered:
        case already_published: return {409, "conflict", "Conflict"};
        case reconfirmation_too_late: return {409, "reconfirmation-too-late", "Too late to change submitted bids"};
        case preconditions_unmet: return {409, "preconditions-unmet", "Conditions for this step not met"};
        case not_after_deadline: return {409, "not-after-deadline", "Not decided yet"};
        case not_short_of_bids: return {409, "not-short-of-bids", "Not short of bids"};
        case stage_closed: return {409, "stage-closed", "The deadline cannot move"};
        case deadline_passed: return {409, "deadline-passed", "The deadline cannot move"};
        case lot_already_cancelled: return {409, "conflict", "Conflict"};
        case not_cancellable: return {409, "not-cancellable", "The lot cannot be cancelled"};
        case award_proposed: return {409, "award-proposed", "Award already proposed"};
        case tender_frozen: return {409, "tender-frozen", "Tender is frozen"};
        case stale: return {412, "precondition-failed", "Version has changed"};
        // The PIN stage and awards:
        case sessions_closed: return {409, "sessions-closed", "Sessions closed"};
        case bookings_closed: return {409, "bookings-closed", "Bookings closed"};
        case interest_closed: return {409, "interest-closed", "Registration closed"};
        case not_ranked_yet: return {409, "not-ranked-yet", "Stage 2 has not closed"};
        case already_awarded:
        case awards_proposed:
        case award_status: return {409, "conflict", "Conflict"};
        case ranking_incomplete: return {409, "ranking-incomplete", "Ranking incomplete"};
        case tie_unresolved: return {409, "tie-unresolved", "Tie unresolved"};
        case standstill: return {409, "standstill", "Standstill not over"};
        case no_decision_yet: return {409, "no-decision-yet", "No award decision yet"};
        // consortia and the partner register
        case participation_closed: return {409, "participation-closed", "Tender closed"};
        case register_closed: return {409, "participation-closed", "Register closed"};
        case membership_locked: return {409, "membership-locked", "Membership locked"};
        case invitation_changed: return {409, "invitation-changed", "The invitation has changed"};
        case already_in_consortium:
        case lead_stays:
        case membership_not_locked: return {409, "conflict", "Conflict"};
        // bids
        case submissions_closed: return {409, "submissions-closed", "Not open for bids"};
        case excluded: return {409, "excluded", "Out of this tender"};
        case too_late: return {409, "deadline-passed", "Deadline passed"};
        case not_in_stage2: return {409, "not-in-stage-2", "Not in stage 2"};
        case bid_incomplete: return {422, "bid-incomplete", "Bid incomplete"};
        case nothing_to_withdraw: return {409, "conflict", "Conflict"};
        case nothing_to_reconfirm: return {409, "nothing-to-reconfirm", "Nothing to reconfirm"};
        // notifications
        case not_failed: return {409, "not-failed", "Only failed emails are retried"};
        // sections, comments and sign-offs
        case uploaded_section: return {409, "uploaded-section", "This section is made of documents"};
        case not_section_owner: return {403, "not-section-owner", "Not your section"};
        case section_transition: return {409, "section-transition", "Not allowed now"};
        case not_a_thread: return {409, "conflict", "Conflict"};
        case not_authorised_signatory: return {403, "not-authorised-signatory", "Not an authorised signatory"};
        case draft_changed: return {409, "draft-changed", "The draft has changed"};
        case not_lead: return {403, "not-lead", "Only the lead asks"};
        // evaluation
        case panels_closed:
        case panel_exists:
        case feedback_closed:
        case ties_closed: return {409, "conflict", "Conflict"};
        case scoring_started: return {409, "scoring-started", "Scoring has started"};
        case conflict_pre_flagged: return {409, "conflict-pre-flagged", "You told us of a link to this bid"};
        case not_flagged: return {409, "not-flagged", "Nothing to clear"};
        case not_cleared: return {409, "not-cleared", "Nothing to withdraw"};
        case panellist_answered: return {409, "panellist-answered", "The panellist has answered"};
        case scores_hidden: return {409, "scores-hidden", "Submit your scores first"};
        case moderation_not_ready: return {409, "moderation-not-ready", "Not every panellist has scored"};
        case feedback_not_released: return {409, "feedback-not-released", "Feedback not released yet"};
        // bids' documents
        case document_submitted: return {409, "conflict", "Conflict"};
        // accounts
        case email_taken: return {409, "email-taken", "Email address already registered"};
        case link_invalid: return {410, "link-invalid", "Link expired or used"};
        case not_invited: return {409, "not-invited", "No invitation waiting"};
        case two_factor_enabled: return {409, "two-factor-enabled", "Two-factor sign-in already on"};
        case two_factor_required: return {409, "two-factor-required", "Two-factor sign-in required"};
        // organisations
        case registration_decided: return {409, "registration-decided", "Registration not waiting"};
        case organisation_closed: return {409, "organisation-closed", "Organisation closed"};
    }
    return {500, "internal", "Internal error"};  // not reached: every code has its case
}

}  // namespace

std::string_view problem_slug(domain::RefusalCode code) { return shape(code).slug; }

Problem problem_for(const domain::Refusal& refusal) {
    const auto [status, slug, title] = shape(refusal.code());
    Problem problem{status, slug, title, refusal.detail()};
    if (!refusal.errors().empty()) problem.with_errors(refusal.errors());
    if (refusal.current_version()) problem.with_header("ETag", etag(*refusal.current_version()));
    return problem;
}

}  // namespace collabtender::api
