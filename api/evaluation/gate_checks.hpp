#pragma once

#include <boost/json/value.hpp>

#include "api/router.hpp"
#include "domain/gate_assessment.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::api {

// A declaration from a submission's content, for the gate it answers. Missing or
// mistyped fields read as empty or false, so they fail rather than pass.
domain::Declaration declaration_from(const domain::Gate& gate, const boost::json::value& declaration);

// Checks every standing submission of the stage against its lot's gates, in the
// transaction that closes the stage. In stage 2 a commissioner's judgement on a
// gate carries over when the bidder's declaration for it did not change.
void check_gates(persistence::Tx& tx, const persistence::TenderRecord& tender, int stage, domain::TimePoint now);

}  // namespace collabtender::api
