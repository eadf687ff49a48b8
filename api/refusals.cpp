#include "api/refusals.hpp"

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
        // consortia and the partner register
        case participation_closed: return {409, "participation-closed", "Tender closed"};
        case register_closed: return {409, "participation-closed", "Register closed"};
        case membership_locked: return {409, "membership-locked", "Membership locked"};
        case invitation_changed: return {409, "invitation-changed", "The invitation has changed"};
        case already_in_consortium:
        case lead_stays:
        case membership_not_locked: return {409, "conflict", "Conflict"};
    }
    return {500, "internal", "Internal error"};  // not reached: every code has its case
}

}  // namespace

Problem problem_for(const domain::Refusal& refusal) {
    const auto [status, slug, title] = shape(refusal.code());
    Problem problem{status, slug, title, refusal.detail()};
    if (!refusal.errors().empty()) problem.with_errors(refusal.errors());
    return problem;
}

}  // namespace collabtender::api
