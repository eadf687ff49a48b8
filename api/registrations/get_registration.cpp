#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/registrations/registration_json.hpp"
#include "app/organisations/registrations.hpp"

namespace collabtender::api {

// GET /api/v1/registrations/{registration_id} (app::read_registration).
Response get_registration(const Request& request, Context& context) {
    return json_response(200, registration_json(app::read_registration(
                                  *context.db, domain::RegistrationId{request.param("registration_id")})));
}

}  // namespace collabtender::api
