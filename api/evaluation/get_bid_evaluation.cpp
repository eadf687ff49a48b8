#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/query.hpp"
#include "api/tenders/tender_json.hpp"
#include "app/evaluation/read_bid_for_scoring.hpp"
#include "domain/bid.hpp"
#include "domain/time_format.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::api {

// GET /api/v1/bids/{bid_id}/evaluation[?stage=]: what an evaluator reads: the
// standing submission of the stage beside each criterion's guidance and the
// scale, the gate results, and the documents submitted (app::read_bid_for_scoring).
Response get_bid_evaluation(const Request& request, Context& context) {
    const auto bid = app::read_bid_for_scoring(*context.db, *context.principal, domain::BidId{request.param("bid_id")},
                                               stage_parameter(request));
    const auto& access = bid.access;
    const auto& submission = *access.submission;
    const auto content = persistence::parse_stored_json(submission.content_json).as_object();
    const auto& responses = content.at("responses").as_array();
    boost::json::array criteria, gates, scale, members;
    for (std::size_t i = 0; i < bid.frame.criteria.size(); ++i) {
        auto one = criteria_json({bid.frame.criteria[i]}).at(0).as_object();
        const auto response = i < responses.size() && responses[i].is_string() ? std::string{responses[i].as_string()} : "";
        one["criterion"] = i;
        one["response"] = response;
        one["words"] = domain::word_count(response);
        criteria.push_back(std::move(one));
    }
    const auto& declarations = content.at("declarations").as_array();
    for (std::size_t i = 0; i < bid.frame.gates.size(); ++i) {
        auto one = gate_json(bid.frame.gates[i]);
        one["gate"] = i;
        for (const auto& r : bid.frame.results)
            if (r.gate == static_cast<int>(i)) {
                one["outcome"] = domain::to_string(r.result.outcome);
                one["reason"] = r.result.reason;
            }
        // The bidder's declarations are the commissioner's to judge: commissioners only.
        if (bid.commissioner && i < declarations.size()) one["declaration"] = declarations[i];
        gates.push_back(std::move(one));
    }
    for (const auto& p : access.scale)
        scale.push_back(boost::json::object{{"score", p.score}, {"label", p.label}, {"descriptor", p.descriptor}});
    for (const auto& m : access.members)
        members.push_back(
            boost::json::object{{"organisation", m.organisation_name}, {"role", m.role}, {"share_bp", m.share_bp}});
    return json_response(200, boost::json::object{
                                  {"bid_id", bid.bid_id},
                                  {"tender_id", access.tender_id},
                                  {"lot_id", access.lot_id},
                                  {"stage", access.stage},
                                  {"consortium", {{"name", access.consortium_name}, {"members", std::move(members)}}},
                                  {"submission",
                                   {{"id", submission.id},
                                    {"version", submission.version},
                                    {"sha256", submission.sha256},
                                    {"submitted_at", domain::format_rfc3339(submission.submitted_at)}}},
                                  {"scale", std::move(scale)},
                                  {"criteria", std::move(criteria)},
                                  {"gates", std::move(gates)},
                                  {"documents", content.at("documents")}});
}

}  // namespace collabtender::api
