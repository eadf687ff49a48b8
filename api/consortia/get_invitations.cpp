#include <boost/json.hpp>

#include "api/consortia/consortium_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/consortia/read_invitations.hpp"

namespace collabtender::api {

// GET /api/v1/invitations: open invitations to the caller's organisation, with
// enough to decide (app::read_invitations; the memorandum is readable at
// GET /consortia/{id}/mou).
Response get_invitations(const Request&, Context& context) {
    boost::json::array items;
    for (const auto& open : app::read_invitations(*context.db, *context.principal))
        items.push_back(invitation_json(open.invitation, open.consortium, open.lots));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
