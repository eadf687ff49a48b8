#pragma once

#include <map>
#include <string>
#include <vector>

#include "domain/criteria.hpp"
#include "domain/ranking.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

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
    std::map<domain::BidId, Bid> bids;
    std::vector<domain::BidId> stage1_bids;  // the lot's bids standing in stage 1, in submission order
};
RankedLot rank_lot(persistence::Tx& tx, const persistence::TenderRecord& tender, const persistence::LotRecord& lot);

}  // namespace collabtender::app
