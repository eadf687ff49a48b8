#pragma once

#include <optional>
#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/clarifications_repository.hpp"

namespace collabtender::app {

struct AskQuestion {
    domain::TenderId tender_id;
    std::optional<domain::LotId> lot_id;  // none: about the whole tender
    std::string question;
};

// A provider's question, private to its organisation and the owning body until
// the commissioner publishes it; the tender's commissioners hear of it. Refuses
// a tender the provider may not read (not_found), questions after the cut-off
// (questions_closed) and a lot not of the tender (invalid).
persistence::ClarificationRecord ask_question(persistence::Connection& db, const domain::Principal& provider,
                                              const AskQuestion& command, domain::TimePoint now);

}  // namespace collabtender::app
