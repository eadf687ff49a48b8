#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/pin/pin_json.hpp"

namespace collabtender::api {

// Sessions with seats taken and free: part of the public notice, no names.
Response get_information_sessions(const Request& request, Context& context) {
    std::vector<persistence::InformationSessionRecord> sessions;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        sessions = persistence::list_information_sessions(tx, tender.id);
    });
    boost::json::array items;
    for (const auto& session : sessions) items.push_back(session_json(session));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
