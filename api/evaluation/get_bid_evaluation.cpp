#include <boost/json.hpp>

#include "api/evaluation/evaluation_access.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/tenders/tender_json.hpp"
#include "domain/time_format.hpp"
#include "domain/bid.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::api {

// GET /api/v1/bids/{bid_id}/evaluation[?stage=]: what an evaluator reads: the
// standing submission of the stage beside each criterion's guidance and the
// scale, the gate results, and the documents submitted. A panellist must first
// declare no conflict with the bid.
Response get_bid_evaluation(const Request& request, Context& context) {
    const auto asked = stage_parameter(request);
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto bid = evaluated_bid(tx, request.param("bid_id"), *context.principal, asked);
        require_unconflicted(tx, bid, *context.principal);
        const auto content = persistence::parse_stored_json(bid.submission.content_json).as_object();
        const auto& responses = content.at("responses").as_array();
        boost::json::array criteria, gates, scale, members;
        for (std::size_t i = 0; i < bid.criteria.size(); ++i) {
            auto one = criteria_json({bid.criteria[i]}).at(0).as_object();
            const auto response = i < responses.size() && responses[i].is_string() ? std::string{responses[i].as_string()} : "";
            one["criterion"] = i;
            one["response"] = response;
            one["words"] = domain::word_count(response);
            criteria.push_back(std::move(one));
        }
        const auto results = persistence::gate_results(tx, bid.bid.id, bid.stage);
        for (std::size_t i = 0; i < bid.gates.size(); ++i) {
            auto one = gate_json(bid.gates[i]);
            one["gate"] = i;
            for (const auto& r : results)
                if (r.gate == static_cast<int>(i)) {
                    one["outcome"] = domain::to_string(r.result.outcome);
                    one["reason"] = r.result.reason;
                }
            if (bid.commissioner && i < content.at("declarations").as_array().size())
                one["declaration"] = content.at("declarations").as_array()[i];
            gates.push_back(std::move(one));
        }
        for (const auto& p : bid.tender.details.scoring_scale)
            scale.push_back(boost::json::object{{"score", p.score}, {"label", p.label}, {"descriptor", p.descriptor}});
        for (const auto& m : bid.consortium.members)
            if (m.member.status == domain::MemberStatus::accepted)
                members.push_back(boost::json::object{{"organisation", m.organisation_name},
                                                      {"role", domain::to_string(m.member.role)},
                                                      {"share_bp", m.member.share_bp}});
        out = {{"bid_id", bid.bid.id},
               {"tender_id", bid.tender.id},
               {"lot_id", bid.bid.lot_id},
               {"stage", bid.stage},
               {"consortium", {{"name", bid.consortium.name}, {"members", std::move(members)}}},
               {"submission",
                {{"id", bid.submission.id},
                 {"version", bid.submission.version},
                 {"sha256", bid.submission.sha256},
                 {"submitted_at", domain::format_rfc3339(bid.submission.submitted_at)}}},
               {"scale", std::move(scale)},
               {"criteria", std::move(criteria)},
               {"gates", std::move(gates)},
               {"documents", content.at("documents")}};
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
