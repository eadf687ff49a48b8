#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/accounts/two_factor.hpp"

namespace collabtender::api {

// POST /api/v1/me/two-factor/enrolment (app::begin_enrolment): a new secret for
// the person's app, to scan (GET …/enrolment/qr) or type in.
Response post_two_factor_enrolment(const Request&, Context& context) {
    const auto enrolment = app::begin_enrolment(*context.db, *context.principal, context.now);
    return json_response(201, boost::json::object{{"secret", enrolment.secret},
                                                  {"otpauth_uri", enrolment.uri},
                                                  {"qr", "/api/v1/me/two-factor/enrolment/qr"}});
}

}  // namespace collabtender::api
