#pragma once

#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/consortia_repository.hpp"

namespace collabtender::app {

// A consortium as the caller may see it. `reveal_lock` is false for the owning body
// while bids are sealed: a lock would tell it that the consortium has submitted.
struct SeenConsortium {
    persistence::ConsortiumRecord consortium;
    bool reveal_lock = true;
};
// Refuses anyone but its members and the owning body (not_found).
SeenConsortium read_consortium(persistence::Connection& db, const domain::Principal& principal,
                               const domain::ConsortiumId& consortium_id, domain::TimePoint now);

struct SeenConsortia {
    std::vector<persistence::ConsortiumRecord> consortia;
    bool reveal_lock = true;
};
// A tender's consortia: all for the owning body, a provider's own (as lead or
// accepted member) otherwise. Refuses a tender the caller may not read (not_found)
// and anyone else (forbidden).
SeenConsortia list_consortia(persistence::Connection& db, const domain::Principal& principal,
                             const domain::TenderId& tender_id, domain::TimePoint now);

}  // namespace collabtender::app
