#include "api/consortia/consortium_response.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/consortia/agree_membership_change.hpp"

namespace collabtender::api {

// POST /api/v1/consortia/{consortium_id}/change-agreements: {"reason"}; the owning
// body agrees that a consortium that has submitted may change its membership
// (app::agree_membership_change).
Response post_change_agreement(const Request& request, Context& context) {
    const app::AgreeMembershipChange command{domain::ConsortiumId{request.param("consortium_id")},
                                             read_reason(request)};
    return consortium_response(
        app::agree_membership_change(*context.db, *context.principal, command, context.now));
}

}  // namespace collabtender::api
