#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/query.hpp"
#include "app/evaluation/read_gate_results.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/gate-results[?stage=]: every submitted bid's
// minimum-requirement results, for the tender's commissioners (app::read_gate_results).
Response get_gate_results(const Request& request, Context& context) {
    const auto asked = stage_parameter(request);
    const auto read =
        app::read_gate_results(*context.db, *context.principal, domain::TenderId{request.param("tender_id")}, asked);
    boost::json::array items;
    for (const auto& b : read.bids) {
        boost::json::array results;
        for (const auto& r : b.results)
            results.push_back(boost::json::object{{"gate", r.gate},
                                                  {"outcome", domain::to_string(r.result.outcome)},
                                                  {"reason", r.result.reason},
                                                  {"decided_by", nullable(r.decided_by)},
                                                  {"decided_at", domain::format_rfc3339(r.decided_at)}});
        items.push_back(boost::json::object{{"bid_id", b.bid.bid_id},
                                            {"lot_id", b.bid.lot_id},
                                            {"consortium", b.bid.consortium},
                                            {"excluded", b.excluded},
                                            {"all_passed", b.all_passed},
                                            {"results", std::move(results)}});
    }
    return json_response(200, boost::json::object{{"stage", read.stage}, {"items", std::move(items)}});
}

}  // namespace collabtender::api
