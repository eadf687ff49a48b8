#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "app/evaluation/scoresheet.hpp"
#include "domain/ids.hpp"
#include "domain/scoring.hpp"
#include "domain/time_point.hpp"

namespace collabtender::persistence {
class Connection;
}

namespace collabtender::app {

struct SaveDraftScore {
    domain::BidId bid_id;
    std::string criterion;  // its position as the address gives it: "0", "1", …
    domain::CriterionScore score;
};

// Saves one criterion of a seated panellist's draft scoresheet for the stage under
// evaluation, small enough to autosave as they type, and audits it: the bid row
// locked, the context read in one statement, then the score with its audit event in another.
// Refuses (domain::Refusal) whoever is not on the lot's panel (not_found), a
// commissioner (forbidden), a sealed or closed stage, a panellist who has not
// declared or declared a conflict, a bid a gate excluded, a submitted scoresheet,
// and a score off the scale or advice in stage 2 (invalid).
Scoresheet save_draft_score(persistence::Connection& db, const domain::Principal& panellist,
                            const SaveDraftScore& command, domain::TimePoint now);

}  // namespace collabtender::app
