#include "app/evaluation/read_gate_results.hpp"

#include "app/tenders/tender_access.hpp"
#include "domain/evaluation_access.hpp"
#include "domain/gate_assessment.hpp"

namespace collabtender::app {

GateResults read_gate_results(persistence::Connection& db, const domain::Principal& reader,
                              const domain::TenderId& tender_id, std::optional<int> stage) {
    GateResults out;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = tender_for_commissioners(tx, tender_id, reader);
        out = {domain::opened_stage(tender.status, stage), {}};
        auto results = persistence::tender_gate_results(tx, tender.id, out.stage);
        for (auto& bid : persistence::standing_bids(tx, tender.id, out.stage)) {
            auto& mine = results[bid.bid_id];
            std::vector<domain::GateResult> outcomes;
            for (const auto& r : mine) outcomes.push_back(r.result);
            out.bids.push_back({std::move(bid), std::move(mine), domain::excluded(outcomes), domain::all_passed(outcomes)});
        }
    });
    return out;
}

}  // namespace collabtender::app
