#include "api/consortia/commands.hpp"
#include "api/consortia/consortium_response.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"

namespace collabtender::api {

// POST /api/v1/consortia/{consortium_id}/mou/acknowledgement: a member acknowledges
// the memorandum by the digest it read (app::acknowledge_mou).
Response post_mou_acknowledgement(const Request& request, Context& context) {
    auto command = read_command<app::AcknowledgeMou>(request);
    command.consortium_id = domain::ConsortiumId{request.param("consortium_id")};
    return consortium_response(
        app::acknowledge_mou(*context.db, *context.principal, command, context.now));
}

}  // namespace collabtender::api
