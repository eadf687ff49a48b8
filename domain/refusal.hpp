#pragma once

#include <exception>
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
    // consortia and the partner register
    participation_closed,   // the tender no longer takes consortia or changes to them
    register_closed,        // a lot's partner register is open only while the tender takes participation
    membership_locked,      // a consortium that has submitted changes only with the commissioner's agreement
    invitation_changed,     // an acceptance names terms the lead has since changed
    already_in_consortium,  // an organisation is invited into a consortium once
    lead_stays,             // the lead cannot leave its consortium
    membership_not_locked,  // a change is agreed only for a locked membership
};

class Refusal : public std::exception {
public:
    Refusal(RefusalCode code, std::string detail, Violations errors = {})
        : code_{code}, detail_{std::move(detail)}, errors_{std::move(errors)} {}

    RefusalCode code() const { return code_; }
    const std::string& detail() const { return detail_; }
    const Violations& errors() const { return errors_; }
    const char* what() const noexcept override { return detail_.c_str(); }

private:
    RefusalCode code_;
    std::string detail_;
    Violations errors_;
};

// `invalid`, naming the fields at fault.
inline Refusal invalid_input(Violations errors) {
    return Refusal{RefusalCode::invalid, "Some fields are missing or invalid.", std::move(errors)};
}

// Refuses with `invalid` when there are violations.
inline void refuse_if(const Violations& errors) {
    if (!errors.empty()) throw invalid_input(errors);
}

}  // namespace collabtender::domain
