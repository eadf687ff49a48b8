#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/gates.hpp"
#include "domain/ids.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

// A tender's gates as read or written, with the tender's version (its ETag).
struct GateSet {
    std::vector<domain::Gate> gates;
    int version = 0;
};

// A tender's gates, in order. Refuses a tender the reader may not read (not_found).
GateSet read_gates(persistence::Connection& db, const std::optional<domain::Principal>& reader,
                   const domain::TenderId& tender_id);

}  // namespace collabtender::app
