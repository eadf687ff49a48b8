#pragma once

#include <string>

#include "app/clarifications/publication.hpp"
#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"

namespace collabtender::app {

struct PublishClarification {
    domain::TenderId tender_id;
    domain::ClarificationId clarification_id;
    Publication publication;
};

// Publishes a question first answered privately (see publish()). Refuses as
// answer_clarification does, and a question not yet answered (not_answered) or
// already published (already_published).
ClarificationChange publish_clarification(persistence::Connection& db, const domain::Principal& commissioner,
                                          const PublishClarification& command, domain::TimePoint now);

}  // namespace collabtender::app
