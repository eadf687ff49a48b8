#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/consortia/consortium_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"

namespace collabtender::api {

Response get_consortium(const Request& request, Context& context) {
    std::optional<VisibleConsortium> visible;
    context.db->transact([&](persistence::Tx& tx) {
        visible = visible_consortium(tx, request.param("consortium_id"), *context.principal);
    });
    auto response = json_response(
        200, consortium_json(visible->consortium, may_see_submission_state(visible->role, visible->tender, context.now)));
    response.headers.emplace_back("ETag", etag(visible->consortium.version));
    return response;
}

}  // namespace collabtender::api
