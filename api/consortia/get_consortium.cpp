#include "api/consortia/consortium_response.hpp"
#include "api/handlers.hpp"
#include "app/consortia/read_consortia.hpp"

namespace collabtender::api {

// GET /api/v1/consortia/{consortium_id} (app::read_consortium).
Response get_consortium(const Request& request, Context& context) {
    const auto seen = app::read_consortium(*context.db, *context.principal,
                                           domain::ConsortiumId{request.param("consortium_id")}, context.now);
    return consortium_response(seen.consortium, 200, seen.reveal_lock);
}

}  // namespace collabtender::api
