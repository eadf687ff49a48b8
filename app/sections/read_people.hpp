#pragma once

#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/sections_repository.hpp"

namespace collabtender::app {

// Everyone who may work on the bid (provider users of its accepted member
// organisations), so that members can assign sections, mention each other and
// name who signs. For the bid's members only (not_found).
std::vector<persistence::Person> read_people(persistence::Connection& db, const domain::Principal& member,
                                             const domain::BidId& bid_id);

}  // namespace collabtender::app
