#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/registrations/registration_json.hpp"
#include "app/organisations/registrations.hpp"

namespace collabtender::api {

// POST /api/v1/registrations/{registration_id}/approval {} (app::approve_registration):
// the organisation is made and its contact invited.
Response post_registration_approval(const Request& request, Context& context) {
    parse_json_object(request);  // {}: nothing to say
    return json_response(200, registration_json(app::approve_registration(
                                  *context.db, *context.principal,
                                  domain::RegistrationId{request.param("registration_id")}, context.now)));
}

// POST /api/v1/registrations/{registration_id}/refusal {"reason"} (app::refuse_registration).
Response post_registration_refusal(const Request& request, Context& context) {
    const auto reason = read_reason(request);
    return json_response(200, registration_json(app::refuse_registration(
                                  *context.db, *context.principal,
                                  domain::RegistrationId{request.param("registration_id")}, reason, context.now)));
}

}  // namespace collabtender::api
