#pragma once

#include <string>

#include "app/clarifications/publication.hpp"
#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"

namespace collabtender::app {

struct AnswerClarification {
    domain::TenderId tender_id;
    domain::ClarificationId clarification_id;
    std::string answer;
    bool publish = false;  // else the answer goes to the asker alone
    Publication publication;
};

// The commissioner answers once, privately to the asking organisation (which
// hears of it) or, with `publish`, anonymised to every provider (equal
// treatment; see publish()). Refuses a publication's wording or change without
// `publish` (invalid), a tender the commissioner does not manage (not_found,
// forbidden) or that takes no more answers (answers_closed), an unknown question
// (not_found) and one already answered (already_answered).
ClarificationChange answer_clarification(persistence::Connection& db, const domain::Principal& commissioner,
                                         const AnswerClarification& command, domain::TimePoint now);

}  // namespace collabtender::app
