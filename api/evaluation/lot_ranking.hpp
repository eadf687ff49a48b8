#pragma once

#include <map>
#include <string>
#include <vector>

#include "api/router.hpp"
#include "domain/criteria.hpp"
#include "domain/ranking.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::api {

// A lot the caller manages, reached by its id alone: 404 if they may not know of
// it, 403 if they may see but not manage it. With `lock`, the tender row is locked.
struct ManagedLot {
    persistence::TenderRecord tender;
    persistence::LotRecord lot;
};
ManagedLot managed_lot(persistence::Tx& tx, const std::string& lot_id, const std::optional<domain::Principal>& principal,
                       bool lock = false);

// Where every bid of a lot stands after stage 2: ranked by moderated weighted
// score, out (with each reason: a failed gate in either stage, no revised bid,
// a criterion minimum, the quality threshold, no reconfirmation after the tender
// changed), or still pending (gates to
// decide, scores to submit, flags to moderate). Per criterion a bid's score is
// the consensus where one was recorded, else the panel's mean.
struct RankedLot {
    std::vector<domain::Criterion> criteria;
    domain::Ranking ranking;  // ranking.out holds every bid that is out
    std::vector<domain::OutOfRanking> pending;
    struct Bid {
        std::string consortium;
        std::vector<std::string> scores;  // per criterion, 2 decimals; empty when not scored
        std::vector<std::string> bases;   // per criterion: "consensus" (agreed) or "panel_mean"
    };
    std::map<std::string, Bid> bids;
    std::vector<std::string> stage1_bids;  // the lot's bids standing in stage 1, in submission order
};
RankedLot rank_lot(persistence::Tx& tx, const persistence::TenderRecord& tender, const persistence::LotRecord& lot);

// For a tender already read, the same answer as managed_lot's: 404 if the caller
// may not know of it, 403 if they may see but not manage it.
void require_manager(const persistence::TenderRecord& tender, const std::optional<domain::Principal>& principal);

// A cancelled lot is neither ranked nor awarded: 409.
void require_lot_active(const persistence::LotRecord& lot);

// Ranking and award need stage 2 closed: 409 before.
void require_stage2_closed(const persistence::TenderRecord& tender);

}  // namespace collabtender::api
