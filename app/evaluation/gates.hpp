#pragma once

// A stage's bids checked against their lot's minimum requirements, and the
// failures read back for the people they exclude.
#include <string>
#include <vector>

#include "domain/gates.hpp"
#include "domain/time_point.hpp"
#include "persistence/evaluation_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

// Checks every standing submission of the stage against its lot's gates, in the
// transaction that closes the stage. In stage 2 a commissioner's judgement on a
// gate carries over when the bidder's declaration for it did not change.
void check_gates(persistence::Tx& tx, const persistence::TenderRecord& tender, int stage, domain::TimePoint now);

// The gates among these results that failed: a bid with any is out of the tender.
std::vector<persistence::GateResultRecord> failed_gates(const std::vector<persistence::GateResultRecord>& results);
// The failures in sentences: "Fair Work First and the Real Living Wage: £12.00 is …."
// (`gates`: the lot's, in the order of the results' positions).
std::string exclusion_reasons(const std::vector<domain::Gate>& gates,
                              const std::vector<persistence::GateResultRecord>& results);

}  // namespace collabtender::app
