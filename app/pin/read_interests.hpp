#pragma once

#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/pin_repository.hpp"

namespace collabtender::app {

// A tender's registrations of interest: all of them for the owning body, a
// provider's own organisation's. Refuses a tender the reader may not read
// (not_found) and anyone else on the tender (forbidden).
std::vector<persistence::InterestRecord> read_interests(persistence::Connection& db, const domain::Principal& reader,
                                                        const domain::TenderId& tender_id);

}  // namespace collabtender::app
