#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/organisations/organisation_json.hpp"
#include "api/problem.hpp"

namespace collabtender::api {

Response get_organisation(const Request& request, Context& context) {
    const auto& id = request.param("organisation_id");
    // Another organisation's record is simply not there for this caller.
    if (!may_see_organisation(*context.principal, id)) throw problems::not_found("No such organisation.");
    std::optional<persistence::OrganisationRecord> organisation;
    context.db->transact([&](persistence::Tx& tx) { organisation = persistence::find_organisation(tx, id); });
    if (!organisation) throw problems::not_found("No such organisation.");
    return json_response(200, organisation_json(*organisation));
}

}  // namespace collabtender::api
