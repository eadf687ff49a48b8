#include <boost/json.hpp>

#include "api/consortia/consortium_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"

namespace collabtender::api {

// Open invitations to the caller's organisation: all an invited organisation sees
// of a consortium until it accepts.
Response get_invitations(const Request&, Context& context) {
    std::vector<persistence::InvitationRecord> invitations;
    context.db->transact([&](persistence::Tx& tx) {
        invitations = persistence::invitations_for(tx, context.principal->organisation_id);
    });
    boost::json::array items;
    for (const auto& invitation : invitations) items.push_back(invitation_json(invitation));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
