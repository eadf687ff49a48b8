#pragma once

#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/awards_repository.hpp"

namespace collabtender::app {

// Every lot's award decision, for the tender's commissioners. Refuses a tender
// the reader may not read (not_found) or manage (forbidden).
std::vector<persistence::AwardDecision> read_awards(persistence::Connection& db, const domain::Principal& reader,
                                                    const domain::TenderId& tender_id);

}  // namespace collabtender::app
