#include "app/evaluation/record_gate_result.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/evaluation/evaluation_access.hpp"
#include "app/notifications/notify.hpp"
#include "domain/evaluation_access.hpp"

namespace collabtender::app {

RecordedGateResult record_gate_result(persistence::Connection& db, const domain::Principal& commissioner,
                                      const RecordGateResult& command, domain::TimePoint now) {
    RecordedGateResult out;
    db.transact([&](persistence::Tx& tx) {
        const auto bid = evaluated_bid(tx, command.bid_id, commissioner, std::nullopt, true);
        domain::require_commissioner(bid.commissioner);
        require_under_evaluation(bid);
        const int gate = position_in_lot(command.gate, bid.gates.size(), "gate");
        std::string before = "none";
        for (const auto& r : persistence::gate_results(tx, bid.bid.id, bid.stage))
            if (r.gate == gate) before = std::string{domain::to_string(r.result.outcome)};
        persistence::save_gate_result(tx, bid.bid.id, bid.stage, {gate, command.result, commissioner.user_id, now});
        if (command.result.outcome == domain::GateOutcome::clarification_requested)
            tell_partners(tx, commissioner, now, bid.bid.id, "gate_clarification_requested",
                          "/opportunities/" + bid.tender.id.str(),
                          {{"gate", domain::gate_title(bid.gates.at(static_cast<std::size_t>(gate)).parameters)},
                           {"reason", command.result.reason}});
        const auto outcome = std::string{domain::to_string(command.result.outcome)};
        append_audit(tx, commissioner, now,
                     {bid.tender.id, "gate_result.decide", "bid", bid.bid.id,
                      boost::json::object{{"stage", bid.stage}, {"gate", gate}, {"outcome", before}},
                      boost::json::object{{"stage", bid.stage}, {"gate", gate}, {"outcome", outcome}}});
        out = {bid.bid.id, bid.stage, gate};
    });
    return out;
}

}  // namespace collabtender::app
