#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/evaluation/conflict_links.hpp"
#include "api/evaluation/evaluation_access.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "domain/panel.hpp"
#include "domain/text.hpp"

namespace collabtender::api {

// PUT /api/v1/bids/{bid_id}/conflict-declaration: before seeing a bid, a panellist
// says whether they have a conflict of interest with it, {"conflicted": false} or
// {"conflicted": true, "description": "..."}, for the stage under evaluation. A
// declared conflict may be corrected until scoring of the bid starts; then it stands.
Response put_conflict_declaration(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    bool conflicted = false;
    std::optional<std::string> description;
    fields.boolean("conflicted", conflicted);
    fields.nullable_text("description", description);
    domain::Violations more;
    if (conflicted) {
        if (!description) more.push_back({"/description", "required", "say what the conflict is"});
        else domain::check_text(more, *description, "/description", 1, 2000);
    } else if (description) {
        more.push_back({"/description", "not_applicable", "describe a conflict only when you declare one"});
    }
    fields.finish(more);

    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto bid = evaluated_bid(tx, request.param("bid_id"), *context.principal, std::nullopt, true);
        if (bid.commissioner) throw problems::forbidden();
        require_under_evaluation(bid);
        bool withdrawn = false;
        for (const auto& d : persistence::declarations(tx, bid.bid.id, bid.stage))
            withdrawn = withdrawn || (d.user_id == context.principal->user_id && d.conflicted && !conflicted);
        if (withdrawn && !domain::may_withdraw_conflict(persistence::scores(tx, bid.bid.id, bid.stage).size()))
            throw Problem{409, "scoring-started", "Scoring has started",
                          "A declared conflict stands once scoring of this bid has started. Ask the commissioner if it "
                          "was a mistake."};
        if (!conflicted) refuse_pre_flagged(tx, bid.bid.id, context.principal->user_id);
        persistence::save_declaration(tx, bid.bid.id, bid.stage,
                                      {context.principal->user_id, conflicted, description, context.now});
        // Only whether there is a conflict: the description may be about the panellist's health.
        audit(tx, context, {bid.tender.id, withdrawn ? "conflict.correct" : "conflict.declare", "bid", bid.bid.id,
                            withdrawn ? boost::json::value(boost::json::object{{"conflicted", true}}) : nullptr,
                            boost::json::object{{"stage", bid.stage}, {"conflicted", conflicted}}});
        out = {{"bid_id", bid.bid.id}, {"stage", bid.stage}, {"conflicted", conflicted},
               {"description", description ? boost::json::value(*description) : nullptr}};
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
