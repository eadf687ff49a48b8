#pragma once

#include <map>
#include <optional>
#include <string>

#include "app/evaluation/feedback.hpp"
#include "domain/ids.hpp"

namespace collabtender::app {

struct WriteFeedback {
    domain::BidId bid_id;
    std::string text;
    std::optional<domain::LotId> suggested_lot_id;
    std::map<int, std::string> advice;  // by criterion; a criterion not given keeps the panel's own
};

// The commissioner's edit of a bidder's stage-1 feedback before release, e.g.
// suggesting a single bidder seek partners for a lot; audited. Returns the
// feedback as the commissioner reads it. Refuses as an evaluator's reading of the
// bid does (not_found, sealed), a panellist (forbidden), outside stage-1
// evaluation (feedback_closed), and a suggested lot not of the tender or
// cancelled, or advice on a criterion the lot does not have (invalid).
Feedback write_feedback(persistence::Connection& db, const domain::Principal& commissioner,
                        const WriteFeedback& command, domain::TimePoint now);

}  // namespace collabtender::app
