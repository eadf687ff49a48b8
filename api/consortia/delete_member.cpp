#include "api/consortia/consortium_response.hpp"
#include "api/handlers.hpp"
#include "app/consortia/remove_member.hpp"

namespace collabtender::api {

// DELETE /api/v1/consortia/{consortium_id}/members/{organisation_id}: the lead
// removes a member or withdraws an invitation; a member may leave (app::remove_member).
Response delete_member(const Request& request, Context& context) {
    app::remove_member(*context.db, *context.principal,
                       {domain::ConsortiumId{request.param("consortium_id")},
                        domain::OrganisationId{request.param("organisation_id")}},
                       context.now);
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
