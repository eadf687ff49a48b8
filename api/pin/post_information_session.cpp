#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/pin/commands.hpp"
#include "api/pin/pin_json.hpp"

namespace collabtender::api {

// POST /api/v1/tenders/{tender_id}/information-sessions: a session announced with
// the PIN (app::add_information_session).
Response post_information_session(const Request& request, Context& context) {
    auto command = read_command<app::AddInformationSession>(request);
    command.tender_id = domain::TenderId{request.param("tender_id")};
    const auto added = app::add_information_session(*context.db, *context.principal, command, context.now);
    auto response = json_response(201, session_json(added));
    response.headers.emplace_back(
        "Location", "/api/v1/tenders/" + added.tender_id.str() + "/information-sessions/" + added.id.str());
    return response;
}

}  // namespace collabtender::api
