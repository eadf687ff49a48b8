#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/evaluation/evaluation_access.hpp"
#include "api/handlers.hpp"
#include "api/notifications/notices.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "domain/panel.hpp"
#include "domain/text.hpp"

namespace collabtender::api {

// PUT /api/v1/bids/{bid_id}/gate-results/{gate}: the commissioner's judgement on
// a gate, {"outcome": "pass" | "fail" | "clarification_requested", "reason"}, for
// what a declaration cannot decide (discretionary grounds, document checks), or
// to correct an automatic result. The bidder reads the reason when feedback is
// released.
Response put_gate_result(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    std::string outcome_text, reason;
    fields.text("outcome", outcome_text);
    fields.text("reason", reason);
    domain::Violations more;
    const auto outcome = domain::parse_gate_outcome(outcome_text);
    if (!outcome || *outcome == domain::GateOutcome::pending)
        more.push_back({"/outcome", "invalid_value", "must be pass, fail or clarification_requested"});
    domain::check_text(more, reason, "/reason", 1, 2000);
    fields.finish(more);

    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto bid = evaluated_bid(tx, request.param("bid_id"), *context.principal, std::nullopt, true);
        if (!bid.commissioner) throw problems::forbidden();
        require_under_evaluation(bid);
        const int gate = position_param(request.param("gate"), bid.gates.size(), "gate");
        std::string before = "none";
        for (const auto& r : persistence::gate_results(tx, bid.bid.id, bid.stage))
            if (r.gate == gate) before = std::string{domain::to_string(r.result.outcome)};
        persistence::save_gate_result(tx, bid.bid.id, bid.stage,
                                      {gate, {*outcome, reason}, context.principal->user_id, context.now});
        if (*outcome == domain::GateOutcome::clarification_requested)
            tell_partners(tx, context, bid.bid.id, "gate_clarification_requested", "/opportunities/" + bid.tender.id,
                          {{"gate", domain::gate_title(bid.gates.at(static_cast<std::size_t>(gate)).parameters)},
                           {"reason", reason}});
        audit(tx, context, {bid.tender.id, "gate_result.decide", "bid", bid.bid.id,
                            boost::json::object{{"stage", bid.stage}, {"gate", gate}, {"outcome", before}},
                            boost::json::object{{"stage", bid.stage}, {"gate", gate}, {"outcome", outcome_text}}});
        out = {{"bid_id", bid.bid.id}, {"stage", bid.stage}, {"gate", gate}, {"outcome", outcome_text}, {"reason", reason}};
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
