#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/clarification.hpp"
#include "domain/ids.hpp"
#include "persistence/clarifications_repository.hpp"

namespace collabtender::app {

struct SeenClarification {
    persistence::ClarificationRecord clarification;
    domain::ClarificationView view;  // what of it the reader sees
};

// A tender's clarifications, oldest first: everything for the owning body; for a
// provider its own questions and every published one; for anyone else who may
// read the tender (signed in or not), the published ones.
std::vector<SeenClarification> read_clarifications(persistence::Connection& db,
                                                   const std::optional<domain::Principal>& reader,
                                                   const domain::TenderId& tender_id);

}  // namespace collabtender::app
