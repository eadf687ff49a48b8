#pragma once

#include <optional>
#include <string>

#include "app/evaluation/scoresheet.hpp"
#include "domain/accounts.hpp"
#include "domain/ids.hpp"

namespace collabtender::app {

// The panellist's own scoresheet for a bid and stage (asked for, else the latest
// closed). Refuses as an evaluator's reading of the bid does: not_found, sealed,
// declaration_required, conflicted.
Scoresheet read_my_scores(persistence::Connection& db, const domain::Principal& reader, const domain::BidId& bid_id,
                          std::optional<int> stage);

}  // namespace collabtender::app
