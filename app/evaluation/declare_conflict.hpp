#pragma once

#include <optional>
#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/evaluation_repository.hpp"

namespace collabtender::app {

struct DeclareConflict {
    domain::BidId bid_id;
    bool conflicted = false;
    std::optional<std::string> description;  // of a declared conflict
};

// Before seeing a bid, a panellist says whether they have a conflict of interest
// with it, for the stage under evaluation; audited as whether, never what. A
// declared conflict may be corrected until scoring of the bid starts. Returns
// the bid and stage declared for. Refuses whoever is not on the lot's panel (not_found),
// a commissioner (forbidden), a stage not under evaluation (sealed,
// evaluation_closed), a correction once scoring started (scoring_started), and
// "no conflict" from a panellist linked to a partner of the bid whose link the
// commissioner has not cleared (conflict_pre_flagged).
struct DeclaredConflict {
    domain::BidId bid_id;
    int stage = 1;
};
DeclaredConflict declare_conflict(persistence::Connection& db, const domain::Principal& panellist, const DeclareConflict& command,
                     domain::TimePoint now);

}  // namespace collabtender::app
