#pragma once

#include <string>

#include "domain/accounts.hpp"
#include "domain/gate_assessment.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/evaluation_repository.hpp"

namespace collabtender::app {

struct RecordGateResult {
    domain::BidId bid_id;
    std::string gate;  // its position as the address gives it: "0", "1", …
    domain::GateResult result;  // pass, fail or clarification_requested, with the reason
};

// The commissioner's judgement on a gate, for what a declaration cannot decide
// (discretionary grounds, document checks), or to correct an automatic result;
// audited, and the bid's partners told when it asks them for clarification. The
// bidder reads the reason when feedback is released. Returns the bid, stage and
// gate judged. Refuses as an evaluator's reading of the bid does (not_found, sealed),
// a panellist (forbidden), a stage not under evaluation (evaluation_closed) and
// a gate the lot does not have (not_found).
struct RecordedGateResult {
    domain::BidId bid_id;
    int stage = 1;
    int gate = 0;
};
RecordedGateResult record_gate_result(persistence::Connection& db, const domain::Principal& commissioner,
                                      const RecordGateResult& command, domain::TimePoint now);

}  // namespace collabtender::app
