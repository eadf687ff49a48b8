#include "api/consortia/commands.hpp"
#include "api/consortia/consortium_response.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"

namespace collabtender::api {

// POST /api/v1/tenders/{tender_id}/consortia: a provider forms a consortium
// (app::form_consortium).
Response post_consortium(const Request& request, Context& context) {
    auto command = read_command<app::FormConsortium>(request);
    command.tender_id = domain::TenderId{request.param("tender_id")};
    const auto formed = app::form_consortium(*context.db, *context.principal, command, context.now);
    auto response = consortium_response(formed, 201);
    response.headers.emplace_back("Location", "/api/v1/consortia/" + formed.id.str());
    return response;
}

}  // namespace collabtender::api
