#pragma once

#include "domain/accounts.hpp"
#include "domain/tender.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

struct CreateTender {
    domain::TenderDetails details;
};

// A draft tender of the commissioner's body, which only its commissioners see
// until the PIN is published. A reference the body already uses is refused by the
// database as a conflict.
persistence::TenderRecord create_tender(persistence::Connection& db, const domain::Principal& commissioner,
                                        const CreateTender& command, domain::TimePoint now);

}  // namespace collabtender::app
