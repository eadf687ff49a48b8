#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

struct BrokenLink {
    std::string chain;
    std::int64_t position = 0;
    std::string reason;
};

struct ChainsVerified {
    long chains = 0;
    long links = 0;
    std::vector<BrokenLink> broken;  // the first broken link of each chain, if any
};

// Recomputes every hash of the audit chains, or of one tender's (`tender_id`),
// and names the first broken link of each. Refuses anyone but an admin who names
// no tender (invalid, at ?tender_id), a tender the caller may not know of
// (not_found) and one they do not manage (forbidden).
ChainsVerified verify_chains(persistence::Connection& db, const domain::Principal& verifier,
                             const std::optional<domain::TenderId>& tender_id);

}  // namespace collabtender::app
