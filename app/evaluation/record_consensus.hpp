#pragma once

#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/evaluation_repository.hpp"

namespace collabtender::app {

struct RecordConsensus {
    domain::BidId bid_id;
    std::string criterion;  // its position as the address gives it: "0", "1", …
    int score = 0;
    std::string rationale;
};

// At moderation the chair (free of conflict with the bid) or a commissioner
// records the score the panel agreed and why; audited. The consensus score is
// the one that counts. Returns the bid, stage and criterion. Refuses as an
// evaluator's reading of the bid does (not_found, sealed), a member who is not
// the chair (forbidden), a chair who has not declared or declared a conflict, a
// stage not under evaluation or a bid a gate excluded, a criterion the lot does
// not have (not_found), a score off the scale (invalid), and moderation before
// every unconflicted panellist has submitted (moderation_not_ready).
struct RecordedConsensus {
    domain::BidId bid_id;
    int stage = 1;
    int criterion = 0;
};
RecordedConsensus record_consensus(persistence::Connection& db, const domain::Principal& moderator,
                                   const RecordConsensus& command, domain::TimePoint now);

}  // namespace collabtender::app
