#pragma once

#include <exception>
#include <optional>
#include <string>
#include <utility>

#include "domain/violation.hpp"

namespace collabtender::domain {

// Why the service will not do what was asked, as a stable code. The rules in
// domain/ and the use cases in app/ refuse with these; api/refusals.cpp gives
// each its HTTP status, problem type and title, in one place.
enum class RefusalCode {
    invalid,                // the input breaks a rule: `errors` says where
    not_found,              // nothing there, or nothing the caller may know of
    forbidden,              // there, but not for this caller
    sealed,                 // bids unopened until the stage's deadline has passed
    evaluation_closed,      // the stage is not being evaluated now
    declaration_required,   // a panellist declares any conflict before seeing a bid
    conflicted,             // ... and does not see a bid they declared a conflict with
    bid_excluded,           // a gate excluded the bid: it is not scored
    scores_submitted,       // a submitted scoresheet no longer changes
    lot_cancelled,          // a cancelled lot takes no bids and awards nothing
    invalid_query,          // a query parameter names nothing it could: `errors` says which
    questions_closed,       // clarification questions are no longer taken: `errors` says why
    answers_closed,         // the tender no longer takes answers to questions
    already_answered,       // a question is answered once
    not_answered,           // a question is published only once answered
    already_published,      // ... and only once
    reconfirmation_too_late,  // a change would need bids reconfirmed after their deadline
    // tenders
    preconditions_unmet,    // a lifecycle step whose conditions do not all hold: `errors` names each
    not_after_deadline,     // a lot's shortfall of bids is decided only after the stage's deadline
    not_short_of_bids,      // ... and only for a lot short of bids, once
    stage_closed,           // a stage's deadline no longer moves: the stage closed, or the tender is not public
    deadline_passed,        // ... or the deadline passed
    lot_already_cancelled,  // a lot is cancelled once
    not_cancellable,        // ... after bidding has begun and before the tender is settled
    award_proposed,         // ... and before its award is proposed
    tender_frozen,          // criteria, gates, lots and details change only before stage 1 opens
    stale,                  // an edit of a version that is no longer current: `current_version` says which is
    // The PIN stage and awards (app/pin, app/awards):
    sessions_closed,  // information sessions are added only until stage 1 closes
    bookings_closed,  // a session is booked while the tender is open, before it starts
    interest_closed,  // interest in a lot is registered only while providers take part
    not_ranked_yet,   // bids are ranked, and awards proposed, once stage 2 has closed
    already_awarded,  // an awarded tender's awards are settled
    awards_proposed,  // a lot's awards are proposed once
    ranking_incomplete,  // ... once every bid is ranked or out
    tie_unresolved,   // ... and no bids tie for the last award place
    award_status,     // the award is not in the status the action needs
    standstill,       // an award is confirmed only after the standstill
    no_decision_yet,  // an outcome letter follows the lot's award decision
    // consortia and the partner register
    participation_closed,   // the tender no longer takes consortia or changes to them
    register_closed,        // a lot's partner register is open only while the tender takes participation
    membership_locked,      // a consortium that has submitted changes only with the commissioner's agreement
    invitation_changed,     // an acceptance names terms the lead has since changed
    already_in_consortium,  // an organisation is invited into a consortium once
    lead_stays,             // the lead cannot leave its consortium
    membership_not_locked,  // a change is agreed only for a locked membership
    // bids
    submissions_closed,  // drafts, documents and submissions change only while a stage is open for bids
    excluded,            // a bid a stage-1 gate put out of the tender changes no more
    too_late,            // a bid is sent, withdrawn or reconfirmed only while its stage is open
    not_in_stage2,       // stage 2 takes revised bids only from bids standing at the end of stage 1
    bid_incomplete,      // a bid is submitted complete and signed off: `errors` says what is missing
    nothing_to_withdraw,     // only a standing submission is withdrawn
    nothing_to_reconfirm,    // a bid is reconfirmed only when a change to the tender asks for it
    // notifications (app/notifications)
    not_failed,  // only an email that failed is sent again
    // sections, comments and sign-offs (app/sections)
    uploaded_section,          // a required document's section changes by uploads, not writing
    not_section_owner,         // a section is edited by its owner or the lead
    section_transition,        // a section's status move that is not the caller's to make now: `errors` says why
    not_a_thread,              // a reply is resolved with its thread
    not_authorised_signatory,  // only an authorised signatory signs off for an organisation
    draft_changed,             // a sign-off names a draft that has since changed
    not_lead,                  // only the lead asks members to sign off
    // evaluation (app/evaluation)
    panels_closed,          // panels are formed and changed only until the award is proposed
    panel_exists,           // one panel per lot, and one for all lots
    scoring_started,        // a declared conflict stands once scoring of the bid has started
    conflict_pre_flagged,   // a panellist linked to a partner does not declare "no conflict" uncleared
    not_flagged,            // only a pre-flag is cleared
    not_cleared,            // only a clearance is withdrawn
    panellist_answered,     // ... and only before the panellist answered relying on it
    scores_hidden,          // a panellist sees the panel's scores once they have submitted their own
    moderation_not_ready,   // moderation waits for every unconflicted panellist's scores
    feedback_not_released,  // a bidder reads its feedback once released
    feedback_closed,        // feedback is edited during stage-1 evaluation only
    ties_closed,            // ties are decided before awards are proposed
    // bids' documents (app/bids)
    document_submitted,  // a document in a submission stays as it was sent
    // accounts (app/accounts)
    email_taken,   // an address belongs to one account
    link_invalid,  // a link sent by email works once, until it expires or a newer one replaces it
    not_invited,   // an invitation is resent or withdrawn only while it waits to be accepted
    two_factor_enabled,   // a person enrolled in two-factor sign-in turns it off before adding another app
    two_factor_required,  // ... and cannot turn it off where the installation requires it for their role
    // organisations (app/organisations)
    registration_decided,   // a registration is approved or refused once, after its address is confirmed
    organisation_closed,    // a closed organisation is closed once, and changes no more
};

class Refusal : public std::exception {
public:
    // `current_version`: for `stale`, the version that is current now.
    Refusal(RefusalCode code, std::string detail, Violations errors = {}, std::optional<int> current_version = {})
        : code_{code}, detail_{std::move(detail)}, errors_{std::move(errors)}, current_version_{current_version} {}

    RefusalCode code() const { return code_; }
    const std::string& detail() const { return detail_; }
    const Violations& errors() const { return errors_; }
    const std::optional<int>& current_version() const { return current_version_; }
    const char* what() const noexcept override { return detail_.c_str(); }

private:
    RefusalCode code_;
    std::string detail_;
    Violations errors_;
    std::optional<int> current_version_;
};

// Optimistic concurrency: an edit names the version it was made to (If-Match);
// refused (stale) when that is no longer the current one.
inline void require_current(int current_version, int expected_version) {
    if (current_version == expected_version) return;
    throw Refusal{RefusalCode::stale,
                  "Someone else changed this since you fetched it. Fetch it again, then reapply your change.",
                  {},
                  current_version};
}

// `invalid`, naming the fields at fault.
inline Refusal invalid_input(Violations errors) {
    return Refusal{RefusalCode::invalid, "Some fields are missing or invalid.", std::move(errors)};
}

// Refuses with `invalid` when there are violations.
inline void refuse_if(const Violations& errors) {
    if (!errors.empty()) throw invalid_input(errors);
}

}  // namespace collabtender::domain
