#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/awards/award_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/awards: every lot's award decision, for the
// tender's commissioners.
Response get_awards(const Request& request, Context& context) {
    boost::json::array items;
    context.db->transact([&](persistence::Tx& tx) {
        items.clear();
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        if (!may_manage_tender(context.principal, tender)) throw problems::forbidden();
        for (const auto& d : persistence::award_decisions(tx, tender.id)) items.push_back(award_decision_json(d));
    });
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
