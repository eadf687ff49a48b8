#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/evaluation/evaluation_access.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/problem.hpp"
#include "domain/time_format.hpp"
#include "domain/panel.hpp"
#include "persistence/bids_repository.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/gate-results[?stage=]: every submitted bid's
// minimum-requirement results, for the tender's commissioners: what was decided
// from declarations, and what waits for their judgement.
Response get_gate_results(const Request& request, Context& context) {
    const auto asked = stage_parameter(request);
    boost::json::array items;
    int stage = 0;
    context.db->transact([&](persistence::Tx& tx) {
        items.clear();
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        if (!may_manage_tender(context.principal, tender)) throw problems::forbidden();
        stage = opened_stage(tender, asked);
        auto all_results = persistence::tender_gate_results(tx, tender.id, stage);
        for (const auto& bid : persistence::standing_bids(tx, tender.id, stage)) {
            boost::json::array results;
            std::vector<domain::GateResult> outcomes;
            for (const auto& r : all_results[bid.bid_id]) {
                results.push_back(boost::json::object{{"gate", r.gate},
                                                      {"outcome", domain::to_string(r.result.outcome)},
                                                      {"reason", r.result.reason},
                                                      {"decided_by", nullable(r.decided_by)},
                                                      {"decided_at", domain::format_rfc3339(r.decided_at)}});
                outcomes.push_back(r.result);
            }
            items.push_back(boost::json::object{{"bid_id", bid.bid_id},
                                                {"lot_id", bid.lot_id},
                                                {"consortium", bid.consortium},
                                                {"excluded", domain::excluded(outcomes)},
                                                {"all_passed", domain::all_passed(outcomes)},
                                                {"results", std::move(results)}});
        }
    });
    return json_response(200, boost::json::object{{"stage", stage}, {"items", std::move(items)}});
}

}  // namespace collabtender::api
