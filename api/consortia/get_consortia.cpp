#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/consortia/consortium_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"

namespace collabtender::api {

// The consortia for a tender the caller may see: all for the owning body, a
// provider's own (as lead or accepted member) otherwise.
Response get_consortia(const Request& request, Context& context) {
    std::vector<persistence::ConsortiumRecord> consortia;
    bool reveal_lock = true;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        const auto scope = participation_scope(*context.principal, tender);
        reveal_lock = may_see_submission_state(scope ? ConsortiumRole::member : ConsortiumRole::overseer, tender,
                                               context.now);
        consortia = persistence::list_consortia(tx, tender.id, scope);
    });
    boost::json::array items;
    for (const auto& consortium : consortia) items.push_back(consortium_json(consortium, reveal_lock));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
