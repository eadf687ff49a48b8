#pragma once

#include <functional>
#include <string>

#include "app/evaluation/lot_ranking.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/ids.hpp"

namespace collabtender::app {

// How a lot's ranking is answered: the rendering, and its version (a ranking
// kept in another version is computed again).
struct RankingFormat {
    int version = 1;
    std::function<std::string(const ManagedLot&, const RankedLot&)> render;
};

// A lot's ranking after stage 2 (rank_lot), rendered, for the tender's
// commissioners. It is kept ready between changes to what it is computed from:
// the first read after a change computes and stores it; the reads that follow
// take the stored one in one statement, outside a transaction block, after the
// same checks. Refuses whoever may not know of the lot (not_found) or does not
// manage it (forbidden), a cancelled lot (lot_cancelled) and a stage 2 not yet
// closed (not_ranked_yet).
std::string read_ranking(persistence::Connection& db, const domain::Principal& commissioner,
                         const domain::LotId& lot_id, const RankingFormat& format);

}  // namespace collabtender::app
