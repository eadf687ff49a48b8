#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/criteria.hpp"
#include "domain/ids.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

// A set of award criteria as read or written, with the tender's version (its
// ETag: criteria are part of the tender's configuration).
struct CriteriaSet {
    std::vector<domain::Criterion> criteria;
    bool inherited = false;  // a lot's: the tender's, the lot having none of its own
    int version = 0;
};

// The tender's criteria, or with a lot those the lot's bids are scored on: its
// own, or else the tender's. Refuses a tender the reader may not read and a lot
// not of it (not_found).
CriteriaSet read_criteria(persistence::Connection& db, const std::optional<domain::Principal>& reader,
                          const domain::TenderId& tender_id, const std::optional<domain::LotId>& lot_id);

}  // namespace collabtender::app
