#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/clarifications/clarification_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"

namespace collabtender::api {

// Everything for the owning body; for a provider its own questions and every
// published one; for anyone else who may read the tender, the published ones.
Response get_clarifications(const Request& request, Context& context) {
    std::vector<persistence::ClarificationRecord> clarifications;
    bool owner = false;
    std::optional<std::string> own_organisation;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        owner = may_manage_tender(context.principal, tender);
        if (context.principal && context.principal->role == domain::Role::provider)
            own_organisation = context.principal->organisation_id;
        clarifications = persistence::list_clarifications(tx, tender.id, owner, own_organisation);
    });
    boost::json::array items;
    for (const auto& c : clarifications) {
        const auto view = owner ? ClarificationView::owner
                          : own_organisation && c.asked_by_organisation == *own_organisation
                              ? ClarificationView::asker
                              : ClarificationView::published;
        items.push_back(clarification_json(c, view));
    }
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
